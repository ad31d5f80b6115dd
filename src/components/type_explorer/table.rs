use yew::prelude::*;

use super::form::{Sort, SortKey};
use super::MAX_COMPARED;
use crate::components::form_events::checkbox_checked;
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::{compare_type, sort_by, Text};
use crate::sim::catalog::InstanceTypeInfo;
use crate::sim::decode::describe_disks;
use crate::units::format_gib;

#[derive(Properties, PartialEq)]
pub struct TypeTableProps {
    pub types: Vec<&'static InstanceTypeInfo>,
    pub sort: Sort,
    /// Names of the types ticked for comparison.
    pub compared: Vec<String>,
    pub on_sort: Callback<SortKey>,
    pub on_compare: Callback<(&'static InstanceTypeInfo, bool)>,
    pub on_pick: Callback<String>,
}

#[component]
pub fn TypeTable(props: &TypeTableProps) -> Html {
    let lang = use_lang();
    let header = |key: SortKey, label: Text| {
        let sorted = props.sort.key == key;
        let aria_sort = match (sorted, props.sort.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let on_sort = props.on_sort.clone();
        let arrow = match aria_sort {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" title={sort_by(lang.lang, lang.t(label))}
                    onclick={move |_| on_sort.emit(key)}>
                    { lang.t(label) }<span aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    let compare_full = props.compared.len() >= MAX_COMPARED;
    html! {
        <ScrollRegion name={lang.t(Text::ResultsHeading)}>
            <table class="types" aria-labelledby="results-heading">
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(Text::ColumnCompare) }</th>
                        { header(SortKey::Name, Text::ColumnType) }
                        { header(SortKey::Vcpus, Text::ColumnVcpus) }
                        { header(SortKey::Memory, Text::ColumnMemory) }
                        <th scope="col">{ lang.t(Text::ColumnArchitecture) }</th>
                        { header(SortKey::InstanceStore, Text::ColumnInstanceStore) }
                        <th scope="col">{ lang.t(Text::ColumnNetwork) }</th>
                        <th scope="col">{ lang.t(Text::ColumnHibernation) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.types.iter().map(|&t| {
                        let ticked = props.compared.contains(&t.name);
                        let on_compare = props.on_compare.clone();
                        let on_pick = props.on_pick.clone();
                        let name = t.name.clone();
                        // Unkeyed on purpose: when the filter changes, the rows are patched in place
                        // (new text in the same cells) instead of 50 rows removed and 50 created, which
                        // was most of a keystroke's time. A row holds no state of its own to lose.
                        html! {
                            <tr>
                                <td>
                                    <input type="checkbox" checked={ticked}
                                        disabled={compare_full && !ticked}
                                        aria-label={compare_type(lang.lang, &t.name)}
                                        onchange={move |e: Event| on_compare.emit((t, checkbox_checked(&e)))} />
                                </td>
                                <th scope="row">
                                    <button type="button" class="link" onclick={move |_| on_pick.emit(name.clone())}>
                                        <code>{ &t.name }</code>
                                    </button>
                                </th>
                                <td class="num">{ t.vcpus }</td>
                                <td class="num">{ format_gib(t.memory_mib) }</td>
                                <td>{ t.architectures.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ") }</td>
                                <td>{ t.instance_store.as_ref().map_or_else(|| lang.t(Text::NoInstanceStore).to_owned(), describe_disks) }</td>
                                <td>{ &t.network_performance }</td>
                                <td>{ lang.t(if t.hibernation_supported { Text::FilterYes } else { Text::FilterNo }) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </ScrollRegion>
    }
}
