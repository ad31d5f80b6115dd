use yew::prelude::*;

use super::{action_label, state_term};
use crate::components::form_events::checkbox_checked;
use crate::hooks::use_lang;
use crate::i18n::{select_instance, Lang, Text};
use crate::sim::InstanceAction;
use crate::store::{use_lab, LabAction};

const TOOLBAR: [InstanceAction; 4] = [
    InstanceAction::Start,
    InstanceAction::Stop,
    InstanceAction::Reboot,
    InstanceAction::Terminate,
];

/// The instances table, like the console's: tick rows for the state actions, pick a row's ID to see it
/// on the diagram and in the details.
#[component]
pub fn InstanceList() -> Html {
    let lang = use_lang();
    let Some(lab) = use_lab() else {
        return html! {};
    };
    let ticked = use_state(Vec::<String>::new);
    let world = &lab.world;

    let ticked_now: Vec<String> = ticked
        .iter()
        .filter(|id| world.instance(id).is_some())
        .cloned()
        .collect();
    let toolbar = TOOLBAR.into_iter().map(|action| {
        let (lab, ids) = (lab.clone(), ticked_now.clone());
        html! {
            <button type="button" class="secondary" disabled={ticked_now.is_empty()}
                onclick={move |_| lab.dispatch(LabAction::Act { ids: ids.clone(), action })}>
                { lang.t(action_label(action)) }
            </button>
        }
    });
    let rows = world.instances().map(|i| {
        let id = i.id.clone();
        let selected = lab.selected.as_deref() == Some(id.as_str());
        let is_ticked = ticked_now.contains(&id);
        let on_tick = {
            let (ticked, id) = (ticked.clone(), id.clone());
            move |e: Event| {
                let mut next: Vec<String> = ticked.iter().filter(|t| **t != id).cloned().collect();
                if checkbox_checked(&e) {
                    next.push(id.clone());
                }
                ticked.set(next);
            }
        };
        let on_select = {
            let (lab, id) = (lab.clone(), id.clone());
            move |_| lab.dispatch(LabAction::Select(Some(id.clone())))
        };
        let phase = i.phase(world.now());
        html! {
            <tr key={id.clone()} class={classes!(selected.then_some("selected"))}
                aria-selected={selected.to_string()}>
                <td><input type="checkbox" checked={is_ticked} aria-label={select_instance(lang.lang, &id)}
                    onchange={on_tick} /></td>
                <td>{ i.name().unwrap_or("–") }</td>
                <th scope="row">
                    <button type="button" class="link" aria-pressed={selected.to_string()} onclick={on_select}>
                        <code>{ &id }</code>
                    </button>
                </th>
                <td><span class={classes!("badge", format!("state-{}", i.state.as_str()))}>
                    { i.state.as_str() }
                    if lang.lang == Lang::Ko { { format!(" · {}", lang.t(state_term(i.state))) } }
                    if phase.phase == crate::sim::DisplayPhase::Rebooting { { " ↻" } }
                </span></td>
                <td><code>{ &i.instance_type }</code></td>
                <td><code>{ &i.image_id }</code></td>
                <td>{ &i.availability_zone }</td>
                <td>{ world.public_ip(i).unwrap_or_else(|| "–".into()) }</td>
                <td>{ i.private_ip.clone().unwrap_or_else(|| "–".into()) }</td>
            </tr>
        }
    });
    html! {
        <section class="instances" aria-labelledby="instances-heading">
            <h2 id="instances-heading">{ lang.t(Text::InstancesHeading) }</h2>
            <div class="toolbar" role="group" aria-label={lang.t(Text::StateActionsLabel)}>{ for toolbar }</div>
            if world.instances().next().is_none() {
                <p class="note">{ lang.t(Text::NoInstances) }</p>
            } else {
                <div class="table-scroll">
                    <table class="instances-table" aria-labelledby="instances-heading">
                        <thead><tr>
                            <td></td>
                            <th scope="col">{ lang.t(Text::ColumnName) }</th>
                            <th scope="col">{ lang.t(Text::ColumnInstanceId) }</th>
                            <th scope="col">{ lang.t(Text::ColumnState) }</th>
                            <th scope="col">{ lang.t(Text::DetailType) }</th>
                            <th scope="col">{ lang.t(Text::ColumnImage) }</th>
                            <th scope="col">{ lang.t(Text::ColumnZone) }</th>
                            <th scope="col">{ lang.t(Text::ColumnPublicIp) }</th>
                            <th scope="col">{ lang.t(Text::ColumnPrivateIp) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
