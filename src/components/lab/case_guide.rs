use yew::prelude::*;

use crate::diagram::cases::{case, StepKind, CASES};
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::store::{use_lab, LabAction};

use super::action_label;

/// The five cases of the notes as guided walk-throughs (issue 4): each step says what happens and
/// why, the learner takes it, and the diagram follows; any case can be replayed.
#[component]
pub fn CaseGuide() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let pick = CASES.iter().map(|c| {
        let (store, id) = (store.clone(), c.id);
        let active = lab.walkthrough.as_ref().is_some_and(|w| w.case == id);
        html! {
            <li key={lang.t(c.title)}>
                <button type="button" class="secondary" aria-pressed={active.to_string()}
                    onclick={move |_| store.dispatch(LabAction::StartCase(id))}>
                    { lang.t(c.title) }
                </button>
            </li>
        }
    });
    let current = lab.walkthrough.as_ref().map(|w| {
        let c = case(w.case);
        let path = c
            .path()
            .iter()
            .enumerate()
            .map(|(n, node)| {
                // Without a starting state the path begins at the first step's state.
                let reached = if c.start.is_some() { n <= w.done } else { n < w.done };
                html! {
                    <li key={n} class={classes!(reached.then_some("reached"))}>
                        <code>{ node.id() }</code>
                        if lang.lang == crate::i18n::Lang::Ko { { format!(" {}", lang.t(node.term())) } }
                    </li>
                }
            })
            .collect::<Html>();
        let next = c.steps.get(w.done);
        let take = {
            let store = store.clone();
            move |_| store.dispatch(LabAction::CaseNext)
        };
        let replay = {
            let (store, id) = (store.clone(), w.case);
            move |_| store.dispatch(LabAction::StartCase(id))
        };
        let end = {
            let store = store.clone();
            move |_| store.dispatch(LabAction::EndCase)
        };
        html! {
            <div class="case-current">
                <h3>{ lang.t(c.title) }</h3>
                <p>{ lang.t(Text::CasePath) }{ ": " }</p>
                <ol class="case-path">{ path }</ol>
                if let Some(step) = next {
                    <p class="case-step" role="status">
                        <strong>{ format!("{} {}/{}: ", lang.t(Text::CaseStepOf), w.done + 1, c.steps.len()) }</strong>
                        { lang.t(step.explanation) }
                    </p>
                    <button type="button" class="button" onclick={take}>
                        { match step.kind {
                            StepKind::Launch => lang.t(Text::LaunchDefaultButton).to_owned(),
                            StepKind::Action(a) => format!("{}: {}", lang.t(Text::CaseDoIt), lang.t(action_label(a))),
                            StepKind::Wait => lang.t(Text::CaseLetTimePass).to_owned(),
                        } }
                    </button>
                } else {
                    <p class="case-step" role="status">
                        { lang.t(c.steps.last().map_or(Text::CaseDone, |s| s.explanation)) }
                    </p>
                    <p><strong>{ lang.t(Text::CaseDone) }</strong></p>
                }
                <div class="toolbar">
                    <button type="button" class="secondary" onclick={replay}>{ lang.t(Text::CaseReplay) }</button>
                    <button type="button" class="secondary" onclick={end}>{ lang.t(Text::CaseEnd) }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="cases" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{ lang.t(Text::CasesHeading) }</h2>
            <p class="hint">{ lang.t(Text::CasesIntro) }</p>
            <ul class="case-list">{ for pick }</ul>
            { current.unwrap_or_default() }
        </section>
    }
}
