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

/// The world is saved once the learner has paused this long: writing a large world as JSON takes
/// longer than a frame (`examples/ec2bench.rs`: tens of milliseconds with 500 instances), so it is
/// done between bursts of clicks, never in the middle of one.
const SAVE_QUIET_MS: f64 = 2_000.0;

/// ... but a change is never left unsaved longer than this, even while changes keep coming (the clock
/// running instances through their states). Leaving or hiding the page saves at once.
const SAVE_MAX_WAIT_MS: f64 = 15_000.0;

#[derive(Properties, PartialEq)]
pub struct LabProviderProps {
    pub children: Html,
}

/// Whether a change is still unsaved, and the timer that will save it. The timer is only replaced
/// (dropped) outside its own callback, once it has fired or is no longer needed.
#[derive(Default)]
struct PendingSave {
    due: Cell<bool>,
    /// When the oldest unsaved change happened (browser clock, ms).
    since: Cell<f64>,
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
            if !store.changed_since_load() {
                return;
            }
            let now = browser::now_ms();
            if !pending.due.replace(true) {
                pending.since.set(now);
            }
            // Each change restarts the wait for a pause, within the longest wait allowed.
            let left = SAVE_MAX_WAIT_MS - (now - pending.since.get());
            let delay = SAVE_QUIET_MS.min(left.max(0.0)) as u32;
            let timer = {
                let pending = pending.clone();
                Timeout::new(delay, move || save_now(&store, &pending))
            };
            // Replacing the timer cancels the one it replaces; this runs in an effect, never inside
            // a timer's own callback.
            *pending.timer.borrow_mut() = Some(timer);
        });
    }

    html! {
        <ContextProvider<LabStore> context={store}>
            { props.children.clone() }
        </ContextProvider<LabStore>>
    }
}
