//! One quiz question of any kind, the learner's picks, and (once graded) which answer was right, the
//! explanation and where to learn more. Number keys and clicks both end up in `on_pick`.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::lesson_text::rich_text;
use crate::content::quiz_bank::{Answer, Kind, Link as QuestionLink, StateId};
use crate::hooks::use_lang;
use crate::i18n::{Lang, QuizText};
use crate::quiz::session::{Draft, Item, Outcome};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub item: Item,
    pub draft: Draft,
    /// Set once graded.
    pub outcome: Option<Outcome>,
    /// Show right/wrong and the explanation (practice after each answer; an exam in its review).
    pub feedback: bool,
    /// 1-based position in the sitting, and how many questions it has.
    pub number: usize,
    pub total: usize,
    #[prop_or_default]
    pub on_pick: Callback<usize>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    #[prop_or_default]
    pub on_text: Callback<String>,
}

/// How a state is named in a choice: the API id, with the console's Korean name in Korean.
pub fn state_label(state: StateId, lang: Lang) -> String {
    match lang {
        Lang::En => state.id().to_owned(),
        Lang::Ko => format!("{} ({})", state.console_name(Lang::Ko), state.id()),
    }
}

/// The labels of what can be picked, in key order.
pub fn choice_labels(item: &Item, lang: Lang) -> Vec<String> {
    match &item.question.kind {
        Kind::TrueFalse { .. } => vec![
            lang.t(QuizText::AnswerTrue).to_owned(),
            lang.t(QuizText::AnswerFalse).to_owned(),
        ],
        Kind::Order { .. } => item
            .shown_states
            .iter()
            .map(|&s| state_label(s, lang))
            .collect(),
        Kind::NextState { .. } => StateId::ALL.iter().map(|&s| state_label(s, lang)).collect(),
        _ => item
            .question
            .options()
            .iter()
            .map(|o| o.get(lang).to_owned())
            .collect(),
    }
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let lang = use_lang().lang;
    let item = &props.item;
    let question = &item.question;
    let graded = props.outcome.as_ref().filter(|_| props.feedback);
    let generated = question.source == "simulator";

    let situation = match &question.kind {
        Kind::Scenario { situation, .. } => {
            html! { <p class="quiz-situation">{ rich_text(situation.get(lang)) }</p> }
        }
        _ => html! {},
    };
    let decode_name = match &question.kind {
        Kind::Decode { name, .. } => {
            html! { <p class="quiz-decode-name"><code>{ name.clone() }</code></p> }
        }
        _ => html! {},
    };
    let hint = match &question.kind {
        Kind::Order { .. } => Some(QuizText::OrderHint),
        Kind::NextState { .. } => Some(QuizText::NextStateHint),
        _ if question.is_multi_select() => Some(QuizText::SelectAllHint),
        _ => None,
    };
    let prompt_id = format!("quiz-prompt-{}", props.number);

    html! {
        <article class="quiz-question" aria-labelledby={prompt_id.clone()}>
            <p class="quiz-meta">
                <span>{ lang.t(QuizText::QuestionLabel) }{ format!(" {} / {}", props.number, props.total) }</span>
                if generated {
                    <span class="quiz-tag">{ lang.t(QuizText::Generated) }</span>
                } else {
                    <span class="quiz-id">{ lang.t(QuizText::QuestionIdLabel) }{ ": " }<code>{ question.id.clone() }</code></span>
                }
            </p>
            { situation }
            <p class="quiz-prompt" id={prompt_id.clone()}>{ rich_text(question.prompt.get(lang)) }</p>
            { decode_name }
            if let Some(hint) = hint {
                <p class="hint">{ lang.t(hint) }</p>
            }
            { answer_area(props, lang, &prompt_id) }
            if let Some(outcome) = graded {
                { feedback(item, outcome, lang) }
            }
        </article>
    }
}

fn answer_area(props: &QuestionCardProps, lang: Lang, prompt_id: &str) -> Html {
    let item = &props.item;
    if item.is_text() {
        return text_answer(props, lang);
    }
    let labels = choice_labels(item, lang);
    let show = props.outcome.is_some() && props.feedback;
    let order = item.is_order();
    let multi = item.question.is_multi_select();
    let (group_role, option_role) = if order || multi {
        ("group", "checkbox")
    } else {
        ("radiogroup", "radio")
    };
    let picked = |i: usize| {
        if order {
            props.draft.sequence.contains(&i)
        } else {
            props
                .outcome
                .as_ref()
                .map_or(&props.draft, |o| &o.draft)
                .picked
                .contains(&i)
        }
    };
    let mut class = classes!("quiz-options");
    if matches!(item.question.kind, Kind::NextState { .. }) {
        class.push("quiz-states");
    }
    let options = labels.iter().enumerate().map(|(i, label)| {
        let on_pick = props.on_pick.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(i));
        let is_picked = picked(i);
        let right = show && !order && item.is_right_pick(i);
        let wrong_pick = show && !order && is_picked && !item.is_right_pick(i);
        let position = order
            .then(|| props.draft.sequence.iter().position(|&p| p == i))
            .flatten();
        let state_class = match &item.question.kind {
            Kind::NextState { .. } => StateId::ALL.get(i).map(|s| format!("state-{}", s.id())),
            _ => None,
        };
        html! {
            <li key={i}>
                <button type="button" role={option_role} aria-checked={is_picked.to_string()}
                    class={classes!("quiz-option", is_picked.then_some("picked"), right.then_some("right"),
                        wrong_pick.then_some("wrong"), state_class)}
                    {onclick}>
                    <kbd aria-hidden="true">{ i + 1 }</kbd>
                    <span class="quiz-option-text">{ rich_text(label) }</span>
                    if let Some(p) = position {
                        <span class="quiz-order-pos">{ format!("#{}", p + 1) }</span>
                    }
                    if right {
                        <span class="badge right">{ lang.t(QuizText::CorrectAnswer) }</span>
                    }
                    if show && is_picked {
                        <span class={classes!("badge", if wrong_pick { "wrong" } else { "mine" })}>{ lang.t(QuizText::YourAnswer) }</span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <>
            <ul class={class} role={group_role} aria-labelledby={prompt_id.to_owned()}>
                { for options }
            </ul>
            if order {
                { order_so_far(props, lang) }
            }
        </>
    }
}

fn order_so_far(props: &QuestionCardProps, lang: Lang) -> Html {
    let item = &props.item;
    let sequence = props
        .outcome
        .as_ref()
        .map_or(&props.draft.sequence, |o| &o.draft.sequence);
    let on_undo = props.on_undo.clone();
    html! {
        <div class="quiz-order">
            <p class="quiz-order-label">{ lang.t(QuizText::OrderSoFar) }{ ": " }
                if sequence.is_empty() {
                    <span class="hint">{ lang.t(QuizText::OrderEmpty) }</span>
                } else {
                    <span>{ sequence.iter().filter_map(|&i| item.shown_states.get(i)).map(|&s| state_label(s, lang)).collect::<Vec<_>>().join(" → ") }</span>
                }
            </p>
            if props.outcome.is_none() && !sequence.is_empty() {
                <button type="button" class="secondary" onclick={move |_| on_undo.emit(())}>{ lang.t(QuizText::UndoLast) }</button>
            }
        </div>
    }
}

fn text_answer(props: &QuestionCardProps, lang: Lang) -> Html {
    let on_text = props.on_text.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_text.emit(input.value());
        }
    });
    let value = props
        .outcome
        .as_ref()
        .map_or(&props.draft.text, |o| &o.draft.text)
        .clone();
    html! {
        <div class="field quiz-text">
            <label for="quiz-text-answer">{ lang.t(QuizText::TextAnswerLabel) }</label>
            <input id="quiz-text-answer" type="text" autocomplete="off" spellcheck="false"
                {value} {oninput} readonly={props.outcome.is_some()} />
        </div>
    }
}

/// Right or wrong, the right answer where the options do not show it, the explanation and links.
fn feedback(item: &Item, outcome: &Outcome, lang: Lang) -> Html {
    let question = &item.question;
    let expected = match question.expected() {
        Answer::Order(ids) => Some((
            QuizText::CorrectOrder,
            ids.iter()
                .filter_map(|id| StateId::from_id(id))
                .map(|s| state_label(s, lang))
                .collect::<Vec<_>>()
                .join(" → "),
        )),
        Answer::Text(text) => Some((QuizText::CorrectAnswer, text)),
        _ => None,
    };
    let experiment = matches!(question.link, QuestionLink::Experiment(_));
    html! {
        <div class={classes!("quiz-feedback", if outcome.correct { "is-right" } else { "is-wrong" })} role="status">
            <p class="quiz-verdict">
                { if outcome.correct { lang.t(QuizText::Correct) } else { lang.t(QuizText::Incorrect) } }
            </p>
            if let Some((label, text)) = expected {
                <p><strong>{ lang.t(label) }{ ": " }</strong>{ text }</p>
            }
            <h3>{ lang.t(QuizText::Explanation) }</h3>
            <p>{ rich_text(question.explanation.get(lang)) }</p>
            <p class="quiz-links">
                if experiment {
                    <Link<Route> to={Route::Lab} classes="button secondary">{ lang.t(QuizText::TryInLab) }</Link<Route>>
                }
                <Link<Route> to={Route::lesson(link_lesson(question))} classes="button secondary">{ lang.t(QuizText::ReadLesson) }</Link<Route>>
            </p>
        </div>
    }
}

fn link_lesson(question: &crate::content::quiz_bank::Question) -> crate::content::LessonId {
    match question.link {
        QuestionLink::Lesson(lesson) => lesson,
        QuestionLink::Experiment(_) => question.lesson(),
    }
}
