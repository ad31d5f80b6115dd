use yew::prelude::*;

use crate::components::form_events::input_value;
use crate::components::lab::{
    BillingStrip, CaseGuide, ClockControls, Console, EventLog, InstanceDetails, InstanceList,
    LifecycleDiagram,
};
use crate::components::storage::{InstanceShell, StorageExperiment, SurvivalPanel};
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::store::persist::LoadNotice;
use crate::store::{use_lab, LabAction};

/// The Lab (issue 4): an EC2-console-like instance list beside the live lifecycle diagram, the clock,
/// the event log and the billing strip.
#[component]
pub fn LabPage() -> Html {
    let lang = use_lang();
    let name = use_state(String::new);
    let Some(store) = use_lab() else {
        return html! { <h1>{ lang.t(Text::NavLab) }</h1> };
    };
    let lab = store.read();
    let on_launch = {
        let (store, name) = (store.clone(), name.clone());
        move |e: SubmitEvent| {
            e.prevent_default();
            store.dispatch(LabAction::LaunchDefault {
                name: (*name).clone(),
            });
            name.set(String::new());
        }
    };
    let on_name = {
        let name = name.clone();
        move |e: InputEvent| name.set(input_value(&e))
    };
    let dismiss_error = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::DismissError)
    };
    let dismiss_notice = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::DismissNotice)
    };
    html! {
        <>
            <h1>{ lang.t(Text::NavLab) }</h1>
            <p class="lead">{ lang.t(Text::LabIntro) }</p>
            if let Some(LoadNotice::UnreadableWorldKept { .. }) = &lab.notice {
                <div class="notice" role="alert">
                    <p>{ lang.t(Text::UnreadableWorld) }</p>
                    <button type="button" class="secondary" onclick={dismiss_notice}>{ lang.t(Text::Dismiss) }</button>
                </div>
            }
            <form class="launch-bar" onsubmit={on_launch}>
                <div class="field">
                    <label for="launch-name">{ lang.t(Text::LaunchNameLabel) }</label>
                    <input id="launch-name" type="text" maxlength="256" value={(*name).clone()} oninput={on_name} />
                </div>
                <button type="submit" class="button">{ lang.t(Text::LaunchDefaultButton) }</button>
            </form>
            if let Some(failed) = &lab.last_error {
                <div class="error-banner" role="alert">
                    <h2>{ lang.t(Text::ErrorHeading) }</h2>
                    <p><code>{ failed.error.cli_text(failed.operation) }</code></p>
                    // The engine's study hints are English (like the error itself).
                    if let Some(hint) = &failed.error.hint { <p lang="en">{ hint }</p> }
                    <button type="button" class="secondary" onclick={dismiss_error}>{ lang.t(Text::Dismiss) }</button>
                </div>
            }
            <div class="lab-grid">
                <div class="lab-main">
                    <InstanceList />
                    <LifecycleDiagram />
                    <CaseGuide />
                    <StorageExperiment />
                    <Console />
                    <InstanceDetails />
                    <InstanceShell />
                </div>
                <aside class="lab-side">
                    <ClockControls />
                    <BillingStrip />
                    <EventLog />
                </aside>
            </div>
            // Full width: the matrix has six columns.
            <SurvivalPanel />
        </>
    }
}
