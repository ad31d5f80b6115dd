//! Puts the store in context for every page, runs the simulated clock's timer, and saves the world.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::persist::{load_world, WORLD_BACKUP_KEY, WORLD_KEY};
use super::{LabAction, LabState};
use crate::browser;

/// Real milliseconds between clock ticks: smooth enough for progress bars, cheap enough for a phone.
const TICK_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct LabProviderProps {
    pub children: Html,
}

#[component]
pub fn LabProvider(props: &LabProviderProps) -> Html {
    let store = use_reducer(|| {
        let saved = browser::load_setting(WORLD_KEY);
        let (world, notice, backup) = load_world(saved.as_deref());
        if let Some(text) = backup {
            // Keep what could not be read; the learner may want it back.
            browser::save_setting(WORLD_BACKUP_KEY, &text);
        }
        LabState::new(world, notice)
    });

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

    // Save when something happened (an action or a state change), not on every tick of the clock.
    let last_event = store.world.event_log().next_seq();
    {
        let store = store.clone();
        use_effect_with(last_event, move |_| {
            browser::save_setting(WORLD_KEY, &store.world.to_json());
        });
    }

    html! {
        <ContextProvider<UseReducerHandle<LabState>> context={store}>
            { props.children.clone() }
        </ContextProvider<UseReducerHandle<LabState>>>
    }
}
