use yew::prelude::*;

use crate::components::form_events::select_value;
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::sim::clock::gmt;
use crate::store::{use_lab, ClockSpeed, LabAction};

fn speed_label(speed: ClockSpeed) -> Text {
    match speed {
        ClockSpeed::Paused => Text::SpeedPaused,
        ClockSpeed::RealTime => Text::SpeedRealTime,
        ClockSpeed::Times5 => Text::SpeedTimes5,
        ClockSpeed::Times20 => Text::SpeedTimes20,
        ClockSpeed::Instant => Text::SpeedInstant,
    }
}

fn speed_value(speed: ClockSpeed) -> &'static str {
    match speed {
        ClockSpeed::Paused => "paused",
        ClockSpeed::RealTime => "1",
        ClockSpeed::Times5 => "5",
        ClockSpeed::Times20 => "20",
        ClockSpeed::Instant => "instant",
    }
}

/// The simulated clock: its time, its speed, and a step to the next change. The timer that drives it
/// lives in the store provider (app.rs), so the clock runs on every page.
#[component]
pub fn ClockControls() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let on_speed = {
        let store = store.clone();
        move |e: Event| {
            let value = select_value(&e);
            if let Some(speed) = ClockSpeed::ALL
                .into_iter()
                .find(|s| speed_value(*s) == value)
            {
                store.dispatch(LabAction::SetSpeed(speed));
            }
        }
    };
    let on_step = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::Step)
    };
    html! {
        <section class="clock" aria-labelledby="clock-heading">
            <h2 id="clock-heading">{ lang.t(Text::ClockHeading) }</h2>
            <p>
                <span class="sr-only">{ lang.t(Text::SimulatedTime) }{ ": " }</span>
                <time class="sim-time" aria-live="off">{ gmt(lab.world.now()) }</time>
            </p>
            <div class="clock-controls">
                <div class="field">
                    <label for="clock-speed">{ lang.t(Text::ClockSpeedLabel) }</label>
                    <select id="clock-speed" onchange={on_speed}>
                        { for ClockSpeed::ALL.into_iter().map(|s| html! {
                            <option value={speed_value(s)} selected={s == lab.speed}>{ lang.t(speed_label(s)) }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="secondary" onclick={on_step}>{ lang.t(Text::StepButton) }</button>
            </div>
        </section>
    }
}
