use yew::prelude::*;

use crate::components::lab::action_label;
use crate::hooks::use_lang;
use crate::i18n::{StorageText, Text};
use crate::store::storage::{StorageAction, EXPERIMENT_STEPS};
use crate::store::{use_lab, LabAction};

/// What each of the experiment's steps shows.
const STEP_TEXTS: [StorageText; 4] = [
    StorageText::ExperimentStep1,
    StorageText::ExperimentStep2,
    StorageText::ExperimentStep3,
    StorageText::ExperimentStep4,
];

/// "EBS vs instance store" (issue 6), a step guide like the Lab's cases: set up, then reboot,
/// stop, start and terminate, with the survival matrix and the shell showing what each did.
#[component]
pub fn StorageExperiment() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let send = |action: fn() -> StorageAction| {
        let store = store.clone();
        move |_| store.dispatch(LabAction::Storage(action()))
    };
    let current = lab.storage.experiment.as_ref().map(|e| {
        let path = EXPERIMENT_STEPS.iter().enumerate().map(|(n, &a)| html! {
            <li key={n} class={classes!((n < e.done).then_some("reached"))}>{ lang.t(action_label(a)) }</li>
        });
        html! {
            <div class="case-current">
                <ol class="case-path">{ for path }</ol>
                if let Some(&action) = EXPERIMENT_STEPS.get(e.done) {
                    <p class="case-step" role="status">
                        <strong>{ format!("{} {}/{}: ", lang.t(Text::CaseStepOf), e.done + 1, EXPERIMENT_STEPS.len()) }</strong>
                        { lang.t(STEP_TEXTS[e.done]) }
                    </p>
                    <button type="button" class="button" onclick={send(|| StorageAction::ExperimentNext)}>
                        { format!("{}: {}", lang.t(Text::CaseDoIt), lang.t(action_label(action))) }
                    </button>
                } else {
                    <p class="case-step" role="status">{ lang.t(StorageText::ExperimentDone) }</p>
                }
                <div class="toolbar">
                    <button type="button" class="secondary" onclick={send(|| StorageAction::StartExperiment)}>{ lang.t(StorageText::ExperimentRestart) }</button>
                    <button type="button" class="secondary" onclick={send(|| StorageAction::EndExperiment)}>{ lang.t(StorageText::ExperimentEnd) }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="cases experiment" aria-labelledby="experiment-heading">
            <h2 id="experiment-heading">{ lang.t(StorageText::ExperimentHeading) }</h2>
            <p class="hint">{ lang.t(StorageText::ExperimentIntro) }</p>
            if let Some(current) = current {
                { current }
            } else {
                <button type="button" class="button" onclick={send(|| StorageAction::StartExperiment)}>
                    { lang.t(StorageText::ExperimentStart) }
                </button>
            }
        </section>
    }
}
