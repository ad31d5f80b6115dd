//! Puts the store in context for every page, runs the simulated clock's timer, and saves the world.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use yew::prelude::*;

use super::persist::{load_world, WORLD_BACKUP_KEY, WORLD_KEY};
use super::{LabAction, LabModel, LabState, LabStore};
use crate::browser;

/// Real milliseconds between clock ticks: smooth enough for progress bars, cheap enough for a phone.
const TICK_MS: u32 = 250;

/// How long after a change the world is saved. Writing a large world as JSON takes longer than a
/// frame (`examples/ec2bench.rs`), so a burst of clicks and state changes is saved once, after it.
const SAVE_DELAY_MS: u32 = 2_000;

#[derive(Properties, PartialEq)]
pub struct LabProviderProps {
    pub children: Html,
}

/// Whether a change is still unsaved, and the timer that will save it. The timer is only replaced
/// (dropped) outside its own callback, once it has fired or is no longer needed.
#[derive(Default)]
struct PendingSave {
    due: Cell<bool>,
    timer: RefCell<Option<Timeout>>,
}

fn save_now(store: &LabStore, pending: &PendingSave) {
    if pending.due.replace(false) {
        browser::save_setting(WORLD_KEY, &store.read().world.to_json());
    }
}

#[component]
pub fn LabProvider(props: &LabProviderProps) -> Html {
    // The saved world is read the first time a page needs it (LabModel::lazy).
    let store = use_reducer(|| {
        LabModel::lazy(|| {
            let saved = browser::load_setting(WORLD_KEY);
            let (world, notice, backup) = load_world(saved.as_deref());
            if let Some(text) = backup {
                // Keep what could not be read; the learner may want it back.
                browser::save_setting(WORLD_BACKUP_KEY, &text);
            }
            LabState::new(world, notice)
        })
    });
    let pending: Rc<PendingSave> = use_memo((), |_| PendingSave::default());

    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let interval = Interval::new(TICK_MS, move || {
                store.dispatch(LabAction::Tick {
                    real_ms: u64::from(TICK_MS),
                })
            });
            move || drop(interval)
        });
    }

    // Whatever is still unsaved is saved when the learner leaves or hides the page.
    {
        let (store, pending) = (store.clone(), pending.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_page_hidden(move || save_now(&store, &pending));
            move || drop(listener)
        });
    }

    // Save when something happened (an action or a state change), not on every tick of the clock.
    // Read without loading: a world no page has opened is not loaded just to be looked at. The world
    // as loaded is not a change: saving it would overwrite an unreadable saved world (kept aside for
    // the learner) if the page were left within the save delay.
    let last_event = store
        .is_loaded()
        .then(|| store.read().world.event_log().next_seq());
    {
        let (store, pending) = (store.clone(), pending.clone());
        use_effect_with(last_event, move |_| {
            if store.changed_since_load() && !pending.due.replace(true) {
                let timer = {
                    let pending = pending.clone();
                    Timeout::new(SAVE_DELAY_MS, move || save_now(&store, &pending))
                };
                *pending.timer.borrow_mut() = Some(timer);
            }
        });
    }

    html! {
        <ContextProvider<LabStore> context={store}>
            { props.children.clone() }
        </ContextProvider<LabStore>>
    }
}
