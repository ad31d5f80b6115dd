use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::{action_label, state_term};
use crate::components::form_events::checkbox_checked;
use crate::components::pager::{page_of, Pager, PAGE_SIZE};
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::{select_instance, Lang, Text};
use crate::sim::{DisplayPhase, Instance, InstanceAction, LifecycleState, World};
use crate::store::{use_lab, LabAction};

const TOOLBAR: [InstanceAction; 4] = [
    InstanceAction::Start,
    InstanceAction::Stop,
    InstanceAction::Reboot,
    InstanceAction::Terminate,
];

/// The rows ticked for the toolbar's actions.
#[derive(Default, PartialEq)]
struct Ticked(BTreeSet<String>);

/// Tick (true) or untick (false) one row.
struct TickRow(String, bool);

impl Reducible for Ticked {
    type Action = TickRow;

    fn reduce(self: Rc<Self>, TickRow(id, on): TickRow) -> Rc<Self> {
        let mut ids = self.0.clone();
        if on {
            ids.insert(id);
        } else {
            ids.remove(&id);
        }
        Rc::new(Ticked(ids))
    }
}

/// The instances table, like the console's: tick rows for the state actions, pick a row's ID to see it
/// on the diagram and in the details.
///
/// Each row is its own component with only plain values as props, so a clock tick or a click that
/// changes one instance re-renders that row, not all of them (issue 9: 500 instances within a frame).
#[component]
pub fn InstanceList() -> Html {
    let lang = use_lang();
    let ticked = use_reducer(Ticked::default);
    // The page shown; kept in a cell because following the selection changes it during a render.
    let page = use_mut_ref(|| 0usize);
    let redraw = use_force_update();
    // The selection this list last followed: a new selection (a launch, a console command) turns to
    // the page that shows it.
    let followed = use_mut_ref(|| None::<String>);
    let Some(store) = use_lab() else {
        return html! {};
    };
    // Made once: the dispatchers never change, so the rows' props stay equal between renders.
    let on_select = {
        let store = store.clone();
        use_callback((), move |id: String, _| {
            store.dispatch(LabAction::Select(Some(id)))
        })
    };
    let on_tick = {
        let ticked = ticked.dispatcher();
        use_callback((), move |(id, on): (String, bool), _| {
            ticked.dispatch(TickRow(id, on))
        })
    };
    let lab = store.read();
    let world = &lab.world;

    let ticked_now: Vec<String> = ticked
        .0
        .iter()
        .filter(|id| world.instance(id).is_some())
        .cloned()
        .collect();
    let toolbar = TOOLBAR.into_iter().map(|action| {
        let (store, ids) = (store.clone(), ticked_now.clone());
        html! {
            <button type="button" class="secondary" disabled={ticked_now.is_empty()}
                onclick={move |_| store.dispatch(LabAction::Act { ids: ids.clone(), action })}>
                { lang.t(action_label(action)) }
            </button>
        }
    });
    let listed = world.instances_in_launch_order();
    let count = listed.len();
    let mut asked_page = *page.borrow();
    if *followed.borrow() != lab.selected {
        followed.borrow_mut().clone_from(&lab.selected);
        if let Some(at) = lab
            .selected
            .as_deref()
            .and_then(|id| listed.iter().position(|i| i.id == id))
        {
            asked_page = at / PAGE_SIZE;
        }
    }
    let (shown_page, on_page) = page_of(&listed, asked_page);
    *page.borrow_mut() = shown_page;
    let on_turn = {
        let (page, redraw) = (page.clone(), redraw.clone());
        Callback::from(move |to: usize| {
            *page.borrow_mut() = to;
            redraw.force_update();
        })
    };
    // In launch order, so a new instance comes last and a start moves nothing. Keyed by the place on
    // the page, not the instance: turning the page (or following a new selection to another page)
    // patches 50 rows' text instead of removing 50 rows and building 50 (28 -> 11 ms of work with 500
    // instances, unoptimised build), and a launch adds one row. Unkeyed rows would do the first, but
    // Yew pairs unkeyed children from the end, so a row added last re-rendered every row (issue 9).
    let rows = on_page.iter().enumerate().map(|(place, &i)| {
        let row = RowView::of(world, i);
        let selected = lab.selected.as_deref() == Some(i.id.as_str());
        let is_ticked = ticked.0.contains(&i.id);
        html! {
            <InstanceRow key={place} {row} {selected} ticked={is_ticked}
                on_select={on_select.clone()} on_tick={on_tick.clone()} />
        }
    });
    html! {
        <section class="instances" aria-labelledby="instances-heading">
            <h2 id="instances-heading">{ lang.t(Text::InstancesHeading) }</h2>
            <div class="toolbar" role="group" aria-label={lang.t(Text::StateActionsLabel)}>{ for toolbar }</div>
            if listed.is_empty() {
                <p class="note">{ lang.t(Text::NoInstances) }</p>
            } else {
                <ScrollRegion name={lang.t(Text::InstancesHeading)}>
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
                </ScrollRegion>
                <Pager label={lang.t(Text::InstancePagesLabel)} page={shown_page} total={count} {on_turn} />
            }
        </section>
    }
}

/// What one row shows of an instance, as plain values that compare cheaply.
#[derive(Clone, PartialEq)]
struct RowView {
    id: Rc<str>,
    name: Option<Rc<str>>,
    state: LifecycleState,
    rebooting: bool,
    instance_type: Rc<str>,
    image_id: Rc<str>,
    zone: Rc<str>,
    public_ip: Option<Rc<str>>,
    private_ip: Option<Rc<str>>,
}

impl RowView {
    fn of(world: &World, i: &Instance) -> RowView {
        RowView {
            id: i.id.as_str().into(),
            name: i.name().map(Into::into),
            state: i.state,
            rebooting: i.phase(world.now()).phase == DisplayPhase::Rebooting,
            instance_type: i.instance_type.as_str().into(),
            image_id: i.image_id.as_str().into(),
            zone: i.availability_zone.as_str().into(),
            public_ip: world.public_ip(i).map(Into::into),
            private_ip: i.private_ip.as_deref().map(Into::into),
        }
    }
}

#[derive(Properties, PartialEq)]
struct InstanceRowProps {
    row: RowView,
    selected: bool,
    ticked: bool,
    on_select: Callback<String>,
    on_tick: Callback<(String, bool)>,
}

#[component]
fn InstanceRow(props: &InstanceRowProps) -> Html {
    let lang = use_lang();
    let row = &props.row;
    let id = row.id.to_string();
    let on_tick = {
        let (on_tick, id) = (props.on_tick.clone(), id.clone());
        move |e: Event| on_tick.emit((id.clone(), checkbox_checked(&e)))
    };
    let on_select = {
        let (on_select, id) = (props.on_select.clone(), id.clone());
        move |_| on_select.emit(id.clone())
    };
    let selected = props.selected.to_string();
    html! {
        <tr class={classes!(props.selected.then_some("selected"))} aria-selected={selected.clone()}>
            <td><input type="checkbox" checked={props.ticked} aria-label={select_instance(lang.lang, &id)}
                onchange={on_tick} /></td>
            <td>{ row.name.as_deref().unwrap_or("–") }</td>
            <th scope="row">
                <button type="button" class="link" aria-pressed={selected} onclick={on_select}>
                    <code>{ &id }</code>
                </button>
            </th>
            <td><span class={classes!("badge", format!("state-{}", row.state.as_str()))}>
                { row.state.as_str() }
                if lang.lang == Lang::Ko { { format!(" · {}", lang.t(state_term(row.state))) } }
                if row.rebooting { { " ↻" } }
            </span></td>
            // The labels name the values when a phone shows each row as a card (styles/phone.css).
            <td data-label={lang.t(Text::DetailType)}><code>{ &*row.instance_type }</code></td>
            <td data-label={lang.t(Text::ColumnImage)}><code>{ &*row.image_id }</code></td>
            <td data-label={lang.t(Text::ColumnZone)}>{ &*row.zone }</td>
            <td data-label={lang.t(Text::ColumnPublicIp)}>{ row.public_ip.as_deref().unwrap_or("–") }</td>
            <td data-label={lang.t(Text::ColumnPrivateIp)}>{ row.private_ip.as_deref().unwrap_or("–") }</td>
        </tr>
    }
}
