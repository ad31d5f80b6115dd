use yew::prelude::*;

use crate::components::storage::{ConnectButton, RetireButton};
use crate::hooks::use_lang;
use crate::i18n::{seconds, state_reason_gloss, Text};
use crate::sim::clock::gmt;
use crate::store::use_lab;

/// The selected instance's details: type, storage, protections, launch time, state reason, billing.
#[component]
pub fn InstanceDetails() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let Some(i) = lab.selected.as_deref().and_then(|id| world.instance(id)) else {
        return html! {};
    };
    let on_off = |b: bool| lang.t(if b { Text::Enabled } else { Text::Disabled });
    let row =
        |label: Text, value: Html| html! { <><dt>{ lang.t(label) }</dt><dd>{ value }</dd></> };
    // The API's English reason, and in Korean what it means.
    let reason_gloss = i
        .state_reason
        .as_ref()
        .and_then(|r| state_reason_gloss(lang.lang, &r.code));
    let storage = i
        .block_devices
        .iter()
        .map(|b| format!("{} → {} ({})", b.device_name, b.volume_id, b.guest_device))
        .chain(
            i.instance_store
                .iter()
                // Instance store named as such: it is fixed by the type and loses its data on stop.
                .map(|s| {
                    format!(
                        "{} → {} · {} ({})",
                        s.virtual_name,
                        crate::i18n::disk_text(s.size_gb, s.hdd, s.nvme),
                        lang.t(crate::i18n::LaunchText::InstanceStoreRow),
                        s.guest_device
                    )
                }),
        )
        .collect::<Vec<_>>();
    html! {
        <section class="details" aria-labelledby="details-heading">
            <h2 id="details-heading">{ lang.t(Text::DetailsHeading) }{ ": " }<code>{ &i.id }</code></h2>
            <div class="toolbar">
                <ConnectButton instance_id={i.id.clone()} />
                <RetireButton instance_id={i.id.clone()} />
            </div>
            <dl>
                { row(Text::DetailType, html! { <code>{ &i.instance_type }</code> }) }
                { row(Text::DetailRootDevice, html! { <code>{ i.root_device_type.as_str() }</code> }) }
                { row(Text::DetailStorage, html! { <ul class="plain">{ for storage.iter().map(|s| html! { <li><code>{ s }</code></li> }) }</ul> }) }
                { row(Text::DetailLaunchTime, html! { gmt(i.launch_time) }) }
                { row(Text::DetailStateReason, html! {
                    <>
                        <code>{ i.state_reason.as_ref().map(|r| r.message.clone()).unwrap_or_else(|| i.state_transition_reason.clone()) }</code>
                        if let Some(gloss) = reason_gloss { { " " }{ gloss } }
                    </>
                }) }
                { row(Text::DetailTerminationProtection, html! { on_off(i.disable_api_termination) }) }
                { row(Text::DetailStopProtection, html! { on_off(i.disable_api_stop) }) }
                { row(Text::DetailHibernation, html! { on_off(i.hibernation_configured) }) }
                { row(Text::DetailBillable, html! {
                    seconds(lang.lang, world.instance_billable_seconds(&i.id).unwrap_or(0.0))
                }) }
            </dl>
        </section>
    }
}
