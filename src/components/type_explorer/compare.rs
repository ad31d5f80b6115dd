use yew::prelude::*;

use super::filters::{category_name, manufacturer_name};
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::{remove_from_comparison, Text};
use crate::sim::catalog::InstanceTypeInfo;
use crate::sim::decode::describe_disks;
use crate::units::format_gib;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub compared: Vec<&'static InstanceTypeInfo>,
    pub on_remove: Callback<&'static InstanceTypeInfo>,
}

/// Two to four types side by side, one column each.
#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let lang = use_lang();
    let types = &props.compared;
    let yes_no = |b: bool| lang.t(if b { Text::FilterYes } else { Text::FilterNo });
    let row = |label: Text, cell: &dyn Fn(&InstanceTypeInfo) -> String| {
        html! {
            <tr>
                <th scope="row">{ lang.t(label) }</th>
                { for types.iter().map(|t| html! { <td>{ cell(t) }</td> }) }
            </tr>
        }
    };
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ lang.t(Text::CompareHeading) }</h2>
            if types.len() < 2 {
                <p class="note">{ lang.t(Text::CompareHint) }</p>
            }
            if !types.is_empty() {
                <ScrollRegion name={lang.t(Text::CompareHeading)}>
                    <table class="compare-table">
                        <thead>
                            <tr>
                                <td></td>
                                { for types.iter().map(|&t| {
                                    let on_remove = props.on_remove.clone();
                                    html! {
                                        <th scope="col" key={t.name.clone()}>
                                            <code>{ &t.name }</code>
                                            <button type="button" class="icon"
                                                aria-label={remove_from_comparison(lang.lang, &t.name)}
                                                onclick={move |_| on_remove.emit(t)}>{ "×" }</button>
                                        </th>
                                    }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { row(Text::RowCategory, &|t| t.category().map_or(String::new(), |c| category_name(lang.lang, c).to_owned())) }
                            { row(Text::ColumnVcpus, &|t| t.vcpus.to_string()) }
                            { row(Text::ColumnMemory, &|t| format_gib(t.memory_mib)) }
                            { row(Text::RowProcessor, &|t| {
                                let clock = t.sustained_clock_ghz.map(|g| format!(", {g} GHz")).unwrap_or_default();
                                format!("{}{clock}", manufacturer_name(t.manufacturer))
                            }) }
                            { row(Text::ColumnArchitecture, &|t| t.architectures.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ")) }
                            { row(Text::RowHypervisor, &|t| t.hypervisor.map_or_else(|| lang.t(Text::BareMetal).to_owned(), |h| h.as_str().to_owned())) }
                            { row(Text::ColumnInstanceStore, &|t| t.instance_store.as_ref().map_or_else(|| lang.t(Text::NoInstanceStore).to_owned(), describe_disks)) }
                            { row(Text::ColumnNetwork, &|t| t.network_performance.clone()) }
                            { row(Text::RowBurstable, &|t| yes_no(t.burstable).to_owned()) }
                            { row(Text::RowCurrentGeneration, &|t| yes_no(t.current_generation).to_owned()) }
                            { row(Text::ColumnHibernation, &|t| yes_no(t.hibernation_supported).to_owned()) }
                            { row(Text::RowRootDevice, &|t| {
                                let mut kinds = Vec::new();
                                if t.supports_ebs_root { kinds.push("ebs"); }
                                if t.supports_instance_store_root { kinds.push("instance-store"); }
                                kinds.join(", ")
                            }) }
                        </tbody>
                    </table>
                </ScrollRegion>
            }
        </section>
    }
}
