//! The self-quiz page (`#/quiz`): choose a mode and topic, answer with keys or clicks, see the grade
//! and the explanation, and the progress. The deck is loaded from and saved to the browser here; the
//! logic is `crate::quiz` (pure, tested natively).

use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;
use yew_router::prelude::*;

use super::learn_lesson::quiz_topic_name;
use crate::browser;
use crate::components::quiz::{QuestionCard, QuizStats};
use crate::content::quiz_bank::Answer;
use crate::content::QuizTopic;
use crate::hooks::use_lang;
use crate::i18n::{Lang, QuizText, Text};
use crate::quiz::persist::{load_deck, QuizNotice, QUIZ_BACKUP_KEY, QUIZ_KEY};
use crate::quiz::schedule::{Clock, Grade};
use crate::quiz::session::{
    all_cards, Draft, Mode, Outcome, QuizQuery, Session, Setup, EXAM_SIZES, TIME_LIMITS_MIN,
};
use crate::quiz::state::{QuizAction, QuizState};
use crate::route::Route;

const SESSION_ID: &str = "quiz-session";

/// The browser's clock and the learner's UTC offset. Rendering tests run natively with no browser
/// clock, so they get a fixed moment.
fn clock_now() -> Clock {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new_0();
        Clock {
            now_ms: date.get_time() as i64,
            // getTimezoneOffset is UTC minus local (Seoul: -540).
            utc_offset_min: -(date.get_timezone_offset() as i32),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Clock::utc(1_780_000_000_000)
    }
}

fn saved_deck() -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        browser::load_setting(QUIZ_KEY)
    } else {
        None
    }
}

/// Saves to the browser's storage; rendering tests have none.
fn save(key: &str, text: &str) {
    if cfg!(target_arch = "wasm32") {
        browser::save_setting(key, text);
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct QuizPageProps {
    /// What storage holds, for rendering tests; None reads the browser's storage.
    #[prop_or_default]
    pub saved: Option<Rc<Option<String>>>,
}

#[component]
pub fn QuizPage(props: &QuizPageProps) -> Html {
    let lang = use_lang().lang;
    let override_saved = props.saved.clone();
    let state = use_reducer(move || {
        let saved = match override_saved {
            Some(saved) => (*saved).clone(),
            None => saved_deck(),
        };
        let (deck, notice, backup) = load_deck(saved.as_deref());
        if let Some(text) = backup {
            // Keep what could not be read; the learner may want it back.
            save(QUIZ_BACKUP_KEY, &text);
        }
        QuizState::new(deck, notice)
    });
    let query = use_location()
        .map(|l| QuizQuery::parse(l.query_str()))
        .unwrap_or_default();

    // Save whenever an answer was recorded (not on every pick).
    let answers: u32 = state.deck.days.values().map(|d| d.answered).sum();
    {
        let state = state.clone();
        use_effect_with(answers, move |&answers| {
            if answers > 0 {
                save(QUIZ_KEY, &state.deck.to_json());
            }
        });
    }

    let dismiss = {
        let state = state.clone();
        move |_| state.dispatch(QuizAction::DismissNotice)
    };
    let notice = match &state.notice {
        Some(QuizNotice::UnreadableProgressKept { .. }) => html! {
            <div class="notice" role="alert">
                <p>{ lang.t(QuizText::NoticeUnreadable) }</p>
                <button type="button" class="secondary" onclick={dismiss}>{ lang.t(Text::Dismiss) }</button>
            </div>
        },
        None => html! {},
    };

    let body = match &state.session {
        None => html! { <Chooser state={state.clone()} query={query} /> },
        Some(session) if session.finished => results(&state, session, lang),
        Some(_) => html! { <SessionView state={state.clone()} /> },
    };

    html! {
        <div class="page quiz-page">
            <h1>{ lang.t(Route::Quiz.title()) }</h1>
            <p class="lead">{ lang.t(Text::QuizDescription) }</p>
            { notice }
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChooserProps {
    state: UseReducerHandle<QuizState>,
    query: QuizQuery,
}

/// The mode, topic and exam settings, the start button, and the progress figures.
#[component]
fn Chooser(props: &ChooserProps) -> Html {
    let lang = use_lang().lang;
    let setup = use_state(|| props.query.setup(0));
    let state = &props.state;

    let start = {
        let state = state.clone();
        let setup = setup.clone();
        let seed_given = props.query.seed.is_some();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let clock = clock_now();
            let mut chosen = (*setup).clone();
            if !seed_given {
                chosen.seed = clock.now_ms as u64;
            }
            state.dispatch(QuizAction::Start(chosen, clock));
            browser::focus_element(SESSION_ID);
        })
    };
    let on_mode = |mode: Mode| {
        let setup = setup.clone();
        Callback::from(move |_: Event| {
            setup.set(Setup {
                mode,
                ..(*setup).clone()
            })
        })
    };
    let on_topic = {
        let setup = setup.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let topic = QuizQuery::parse(&format!("topic={}", select.value())).topic;
                setup.set(Setup {
                    topic,
                    ..(*setup).clone()
                });
            }
        })
    };
    let on_size = {
        let setup = setup.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let exam_size = select.value().parse().unwrap_or(EXAM_SIZES[0]);
                setup.set(Setup {
                    exam_size,
                    ..(*setup).clone()
                });
            }
        })
    };
    let on_limit = {
        let setup = setup.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let time_limit_min = select.value().parse().ok();
                setup.set(Setup {
                    time_limit_min,
                    ..(*setup).clone()
                });
            }
        })
    };
    let on_practice = {
        let state = state.clone();
        Callback::from(move |topic: QuizTopic| {
            let clock = clock_now();
            let setup = Setup {
                topic: Some(topic),
                seed: clock.now_ms as u64,
                ..Setup::default()
            };
            state.dispatch(QuizAction::Start(setup, clock));
            browser::focus_element(SESSION_ID);
        })
    };

    let modes = [
        (
            Mode::Practice,
            QuizText::ModePractice,
            QuizText::ModePracticeHint,
        ),
        (Mode::Exam, QuizText::ModeExam, QuizText::ModeExamHint),
        (
            Mode::Mistakes,
            QuizText::ModeMistakes,
            QuizText::ModeMistakesHint,
        ),
    ];
    let clock = clock_now();
    let deck = &state.deck;
    let cards = all_cards();
    let topics: Vec<_> = QuizTopic::ALL
        .iter()
        .map(|&topic| {
            let count = cards.iter().filter(|(_, t)| *t == topic).count();
            (
                topic,
                quiz_topic_name(topic),
                deck.topic_stats(topic, count, clock),
            )
        })
        .collect();
    let leeches = deck.cards.values().filter(|c| c.is_leech()).count();

    html! {
        <>
            <form class="quiz-chooser" onsubmit={start}>
                <fieldset class="quiz-modes">
                    <legend>{ lang.t(QuizText::ModeLabel) }</legend>
                    { for modes.iter().map(|&(mode, name, hint)| html! {
                        <label class="quiz-mode" key={mode.slug()}>
                            <input type="radio" name="quiz-mode" value={mode.slug()}
                                checked={setup.mode == mode} onchange={on_mode(mode)} />
                            <span><strong>{ lang.t(name) }</strong><span class="hint">{ lang.t(hint) }</span></span>
                        </label>
                    }) }
                </fieldset>
                <div class="filters">
                    <div class="field">
                        <label for="quiz-topic">{ lang.t(QuizText::TopicLabel) }</label>
                        <select id="quiz-topic" onchange={on_topic}>
                            <option value="" selected={setup.topic.is_none()}>{ lang.t(QuizText::AllTopics) }</option>
                            { for QuizTopic::ALL.iter().map(|&t| html! {
                                <option value={topic_slug(t)} selected={setup.topic == Some(t)}>{ lang.t(quiz_topic_name(t)) }</option>
                            }) }
                        </select>
                    </div>
                    if setup.mode == Mode::Exam {
                        <div class="field">
                            <label for="quiz-size">{ lang.t(QuizText::ExamSizeLabel) }</label>
                            <select id="quiz-size" onchange={on_size}>
                                { for EXAM_SIZES.iter().map(|&n| html! {
                                    <option value={n.to_string()} selected={setup.exam_size == n}>{ n }</option>
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="quiz-limit">{ lang.t(QuizText::TimeLimitLabel) }</label>
                            <select id="quiz-limit" onchange={on_limit}>
                                <option value="" selected={setup.time_limit_min.is_none()}>{ lang.t(QuizText::NoTimeLimit) }</option>
                                { for TIME_LIMITS_MIN.iter().map(|&m| html! {
                                    <option value={m.to_string()} selected={setup.time_limit_min == Some(m)}>{ m }{ lang.t(QuizText::MinutesSuffix) }</option>
                                }) }
                            </select>
                        </div>
                    }
                </div>
                <p class="hint">{ lang.t(QuizText::KeyboardHint) }</p>
                <button type="submit" class="button">{ lang.t(QuizText::Start) }</button>
            </form>
            <QuizStats {topics} streak={deck.streak(clock)} due_now={deck.due(clock).len()} {leeches}
                days={deck.recent_days(clock, 14)} {on_practice} />
        </>
    }
}

/// The topic's id as in URLs and data files (`instance-types`).
fn topic_slug(topic: QuizTopic) -> String {
    serde_json::to_value(topic)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct SessionViewProps {
    state: UseReducerHandle<QuizState>,
}

/// The question in progress, its buttons, the keyboard, and a timed exam's countdown.
#[component]
fn SessionView(props: &SessionViewProps) -> Html {
    let lang = use_lang().lang;
    let state = props.state.clone();
    let now = use_state(|| clock_now().now_ms);
    let Some(session) = state.session.clone() else {
        return html! {};
    };

    // A timed exam: tick every second to count down and to end it when time is up.
    {
        let state = state.clone();
        let now = now.clone();
        use_effect_with(session.deadline_ms, move |deadline| {
            let interval = deadline.map(|_| {
                Interval::new(1000, move || {
                    let clock = clock_now();
                    now.set(clock.now_ms);
                    state.dispatch(QuizAction::Tick(clock));
                })
            });
            move || drop(interval)
        });
    }
    // Keep the keyboard on the question as the learner moves on.
    use_effect_with(session.index, |_| browser::focus_element(SESSION_ID));

    let Some(item) = session.current().cloned() else {
        return html! {};
    };
    let outcome = session.current_outcome().cloned();
    let graded = outcome.is_some();
    let feedback = session.shows_feedback();
    let can_submit = session.answer().is_some();
    let last = session.index + 1 == session.items.len();

    let onkeydown = {
        let state = state.clone();
        let outcome = outcome.clone();
        let in_text = item.is_text();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let key = e.key();
            let typing = in_text && e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
            match key.as_str() {
                "Enter" => {
                    // Also stops a focused button from clicking itself a second time.
                    e.prevent_default();
                    if graded {
                        state.dispatch(QuizAction::Next(None, clock_now()));
                    } else {
                        state.dispatch(QuizAction::Submit(clock_now()));
                    }
                }
                "Backspace" if !typing => state.dispatch(QuizAction::Undo),
                digit if !typing && digit.len() == 1 => {
                    let Some(n) = digit.chars().next().and_then(|c| c.to_digit(10)) else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    match &outcome {
                        None => state.dispatch(QuizAction::Pick(n as usize - 1)),
                        Some(o) if o.correct && n <= 4 => state.dispatch(QuizAction::Next(
                            Some(Grade::ALL[n as usize - 1]),
                            clock_now(),
                        )),
                        Some(_) => {}
                    }
                }
                _ => {}
            }
        })
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |i| state.dispatch(QuizAction::Pick(i)))
    };
    let on_undo = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(QuizAction::Undo))
    };
    let on_text = {
        let state = state.clone();
        Callback::from(move |t| state.dispatch(QuizAction::Text(t)))
    };
    let submit = {
        let state = state.clone();
        move |_| state.dispatch(QuizAction::Submit(clock_now()))
    };
    let next = |grade: Option<Grade>| {
        let state = state.clone();
        move |_| state.dispatch(QuizAction::Next(grade, clock_now()))
    };
    let quit = {
        let state = state.clone();
        move |_| state.dispatch(QuizAction::Quit)
    };

    let submit_label = if feedback {
        QuizText::Check
    } else {
        QuizText::SubmitAnswer
    };
    let continue_label = if last {
        QuizText::SeeResults
    } else {
        QuizText::NextQuestion
    };
    let actions = match &outcome {
        None => html! {
            <button type="button" class="button" disabled={!can_submit} onclick={submit}>
                { lang.t(submit_label) }<kbd aria-hidden="true">{ "Enter" }</kbd>
            </button>
        },
        Some(o) if o.correct => html! {
            <div class="quiz-grades" role="group" aria-labelledby="quiz-grade-heading">
                <p id="quiz-grade-heading">{ lang.t(QuizText::GradeHeading) }<span class="hint">{ " " }{ lang.t(QuizText::GradeKeysHint) }</span></p>
                { for Grade::ALL.iter().enumerate().map(|(i, &g)| html! {
                    <button type="button" key={i} class={if g == Grade::Good { "button" } else { "secondary" }} onclick={next(Some(g))}>
                        <kbd aria-hidden="true">{ i + 1 }</kbd>{ lang.t(grade_name(g)) }
                    </button>
                }) }
            </div>
        },
        Some(_) => html! {
            <div class="quiz-grades">
                <p class="hint">{ lang.t(QuizText::WrongComesBack) }</p>
                <button type="button" class="button" onclick={next(None)}>{ lang.t(continue_label) }<kbd aria-hidden="true">{ "Enter" }</kbd></button>
            </div>
        },
    };
    let mode_name = match session.setup.mode {
        Mode::Practice => QuizText::ModePractice,
        Mode::Exam => QuizText::ModeExam,
        Mode::Mistakes => QuizText::ModeMistakes,
    };
    let remaining = session.remaining_ms(Clock::utc(*now));
    let question_key = format!("{}-{}", session.index, item.question.id);

    html! {
        <section id={SESSION_ID} class="quiz-session" tabindex="-1" {onkeydown}
            aria-label={lang.t(mode_name)}>
            <div class="quiz-bar">
                <strong>{ lang.t(mode_name) }</strong>
                if let Some(ms) = remaining {
                    <span class="quiz-timer" role="timer">{ lang.t(QuizText::TimeLeft) }{ ": " }{ format!("{}:{:02}", ms / 60_000, (ms / 1000) % 60) }</span>
                }
                <button type="button" class="secondary small" onclick={quit}>{ lang.t(QuizText::EndSession) }</button>
            </div>
            <QuestionCard key={question_key} item={item}
                draft={session.draft.clone()} outcome={outcome.clone()} {feedback}
                number={session.index + 1} total={session.items.len()} {on_pick} {on_undo} {on_text} />
            <div class="quiz-actions">{ actions }</div>
        </section>
    }
}

fn grade_name(grade: Grade) -> QuizText {
    match grade {
        Grade::Again => QuizText::GradeAgain,
        Grade::Hard => QuizText::GradeHard,
        Grade::Good => QuizText::GradeGood,
        Grade::Easy => QuizText::GradeEasy,
    }
}

/// The end of a sitting: the score and every question with its answer and explanation.
fn results(state: &UseReducerHandle<QuizState>, session: &Session, lang: Lang) -> Html {
    let (right, total) = session.score();
    let again = {
        let state = state.clone();
        let setup = session.setup.clone();
        move |_| {
            let clock = clock_now();
            let setup = Setup {
                seed: clock.now_ms as u64,
                ..setup.clone()
            };
            state.dispatch(QuizAction::Start(setup, clock));
        }
    };
    let back = {
        let state = state.clone();
        move |_| state.dispatch(QuizAction::Quit)
    };
    if session.items.is_empty() {
        let message = if session.setup.mode == Mode::Mistakes {
            QuizText::NoMistakes
        } else {
            QuizText::NothingToStudy
        };
        return html! {
            <section class="quiz-results">
                <p>{ lang.t(message) }</p>
                <button type="button" class="button" onclick={back}>{ lang.t(QuizText::ChooseMode) }</button>
            </section>
        };
    }
    let timed_out = session
        .deadline_ms
        .is_some_and(|_| session.answered() < session.items.len());
    let percent = right * 100 / total.max(1);
    html! {
        <section class="quiz-results" aria-labelledby="quiz-results-heading">
            <h2 id="quiz-results-heading">{ lang.t(QuizText::SessionDone) }</h2>
            if timed_out {
                <p class="notice">{ lang.t(QuizText::TimeUp) }</p>
            }
            <p class="quiz-score" role="status">
                { lang.t(QuizText::Score) }{ ": " }<strong>{ format!("{right} / {total}") }</strong>{ format!(" ({percent}%)") }
            </p>
            <p class="action-list">
                <button type="button" class="button" onclick={again}>{ lang.t(QuizText::PracticeAgain) }</button>
                <button type="button" class="secondary" onclick={back}>{ lang.t(QuizText::ChooseMode) }</button>
            </p>
            <h2>{ lang.t(QuizText::ReviewHeading) }</h2>
            <ol class="quiz-review">
                { for session.items.iter().enumerate().map(|(i, item)| {
                    let answered = session.outcomes.get(i).cloned().flatten();
                    // An unanswered question (time ran out) is reviewed like a wrong one: the right
                    // answer marked and explained.
                    let outcome = answered.clone().or_else(|| Some(Outcome {
                        correct: false,
                        answer: Answer::Text(String::new()),
                        draft: Draft::default(),
                        scheduled: None,
                    }));
                    html! {
                        <li key={i} class={classes!(outcome.as_ref().map(|o| if o.correct { "is-right" } else { "is-wrong" }))}>
                            if answered.is_none() {
                                <p class="badge wrong">{ lang.t(QuizText::NotAnswered) }</p>
                            }
                            <QuestionCard item={item.clone()} draft={outcome.as_ref().map(|o| o.draft.clone()).unwrap_or_default()}
                                outcome={outcome.clone()} feedback={true} number={i + 1} total={session.items.len()} />
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
