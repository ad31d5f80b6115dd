//! Rendering tests of the quiz page and its question component (yew's server renderer, no browser).

mod support;

use std::rc::Rc;

use ec2_lab::components::quiz::{choice_labels, QuestionCard};
use ec2_lab::content::quiz_bank::{self, Kind};
use ec2_lab::hooks::LangContext;
use ec2_lab::i18n::{Lang, QuizText};
use ec2_lab::pages::QuizPage;
use ec2_lab::quiz::generate::{generate, Concept};
use ec2_lab::quiz::rng::Rng;
use ec2_lab::quiz::schedule::{Clock, Deck};
use ec2_lab::quiz::session::{Draft, Item, Mode, Outcome, Session, Setup};
use support::{lang_context, render_shell, without_markers};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct CardAt {
    lang: Lang,
    item: Item,
    draft: Draft,
    outcome: Option<Outcome>,
}

#[component]
fn CardInContext(props: &CardAt) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    html! {
        <Router {history}>
            <ContextProvider<LangContext> context={lang_context(props.lang)}>
                <QuestionCard item={props.item.clone()} draft={props.draft.clone()} outcome={props.outcome.clone()}
                    feedback={true} number={1} total={5} />
            </ContextProvider<LangContext>>
        </Router>
    }
}

async fn card(lang: Lang, item: &Item, outcome: Option<Outcome>) -> String {
    let draft = outcome
        .as_ref()
        .map(|o| o.draft.clone())
        .unwrap_or_default();
    let html = LocalServerRenderer::<CardInContext>::with_props(CardAt {
        lang,
        item: item.clone(),
        draft,
        outcome,
    })
    .render()
    .await;
    without_markers(&html)
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A text as the quiz renders it: escaped, with backticked runs in `<code>`.
fn rendered(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, piece)| {
            if i % 2 == 1 {
                format!("<code>{}</code>", escaped(piece))
            } else {
                escaped(piece)
            }
        })
        .collect()
}

/// One question of each kind in the bank, plus one of each generated concept.
fn one_of_each_kind() -> Vec<Item> {
    let mut seen = Vec::new();
    let mut items = Vec::new();
    let mut rng = Rng::new(1);
    for q in quiz_bank::all() {
        let kind = std::mem::discriminant(&q.kind);
        let text_decode = matches!(&q.kind, Kind::Decode { options, .. } if options.is_empty());
        let key = (kind, text_decode, q.is_multi_select());
        if !seen.contains(&key) {
            seen.push(key);
            items.push(Session::item_for(q.id.clone(), q.clone(), &mut rng));
        }
    }
    for concept in Concept::ALL {
        let g = generate(concept, 11);
        items.push(Session::item_for(
            concept.card_id().into(),
            g.question,
            &mut rng,
        ));
    }
    items
}

/// A graded outcome as the session would record it for `right`/`wrong` picks.
fn answered(item: &Item, right: bool) -> Outcome {
    let mut session = Session::from_items(vec![item.clone()]);
    let n = item.choice_count();
    if item.is_text() {
        let text = match item.question.expected() {
            quiz_bank::Answer::Text(t) if right => t,
            _ => "nope".into(),
        };
        session.set_text(text);
    } else if item.is_order() {
        let expected = match item.question.expected() {
            quiz_bank::Answer::Order(ids) => ids,
            _ => unreachable!(),
        };
        let mut order: Vec<usize> = expected
            .iter()
            .map(|id| item.shown_states.iter().position(|s| s.id() == id).unwrap())
            .collect();
        if !right {
            order.reverse();
        }
        for i in order {
            session.pick(i);
        }
    } else {
        for i in (0..n).filter(|&i| item.is_right_pick(i) == right) {
            session.pick(i);
            if !item.question.is_multi_select() {
                break;
            }
        }
    }
    let mut deck = Deck::default();
    assert!(
        session.submit(&mut deck, Clock::utc(0)),
        "{}",
        item.question.id
    );
    session.outcomes[0].clone().unwrap()
}

#[tokio::test]
async fn every_kind_of_question_renders_its_prompt_and_choices_in_both_languages() {
    let items = one_of_each_kind();
    assert!(items.len() >= 10, "{} kinds", items.len());
    for item in &items {
        for lang in Lang::ALL {
            let html = card(lang, item, None).await;
            assert!(
                html.contains(&rendered(item.question.prompt.get(lang))),
                "{}",
                item.question.id
            );
            for (i, label) in choice_labels(item, lang).iter().enumerate() {
                assert!(
                    html.contains(&format!("<kbd aria-hidden=\"true\">{}</kbd>", i + 1)),
                    "{}",
                    item.question.id
                );
                assert!(
                    html.contains(&rendered(label)),
                    "{}: {label}",
                    item.question.id
                );
            }
            if item.is_text() {
                assert!(html.contains("id=\"quiz-text-answer\""));
            }
            assert!(
                !html.contains(lang.t(QuizText::CorrectAnswer)) || item.is_text(),
                "no answer shown before grading"
            );
        }
    }
}

#[tokio::test]
async fn a_graded_question_marks_the_right_answer_and_explains_with_a_link() {
    for item in &one_of_each_kind() {
        for right in [true, false] {
            let outcome = answered(item, right);
            assert_eq!(outcome.correct, right, "{}", item.question.id);
            for lang in Lang::ALL {
                let html = card(lang, item, Some(outcome.clone())).await;
                let verdict = if right {
                    QuizText::Correct
                } else {
                    QuizText::Incorrect
                };
                assert!(html.contains(lang.t(verdict)), "{}", item.question.id);
                assert!(html.contains(lang.t(QuizText::Explanation)));
                assert!(
                    html.contains(&rendered(item.question.explanation.get(lang))),
                    "{}",
                    item.question.id
                );
                assert!(
                    html.contains("href=\"/learn/"),
                    "a link to the lesson: {}",
                    item.question.id
                );
                if !item.is_order() && !item.is_text() {
                    assert!(
                        html.contains(lang.t(QuizText::CorrectAnswer)),
                        "{}",
                        item.question.id
                    );
                }
            }
        }
    }
}

async fn page(lang: Lang, saved: Option<&str>) -> String {
    #[derive(Properties, PartialEq)]
    struct At {
        lang: Lang,
        saved: Rc<Option<String>>,
    }
    #[component]
    fn PageAt(props: &At) -> Html {
        let history = AnyHistory::from(MemoryHistory::new());
        html! {
            <Router {history}>
                <ContextProvider<LangContext> context={lang_context(props.lang)}>
                    <QuizPage saved={props.saved.clone()} />
                </ContextProvider<LangContext>>
            </Router>
        }
    }
    let html = LocalServerRenderer::<PageAt>::with_props(At {
        lang,
        saved: Rc::new(saved.map(str::to_owned)),
    })
    .render()
    .await;
    without_markers(&html)
}

#[tokio::test]
async fn the_quiz_route_shows_the_modes_topics_and_progress_in_both_languages() {
    for lang in Lang::ALL {
        let html = without_markers(&render_shell("/quiz", lang).await);
        for text in [
            QuizText::ModePractice,
            QuizText::ModeExam,
            QuizText::ModeMistakes,
            QuizText::Start,
            QuizText::StatsHeading,
            QuizText::KeyboardHint,
        ] {
            assert!(html.contains(&escaped(lang.t(text))), "{lang:?} {text:?}");
        }
        assert_eq!(
            html.matches("<tr").count(),
            10,
            "a header row and nine topics"
        );
        assert!(html.contains("<svg"), "the chart");
        assert!(!html.contains(lang.t(QuizText::NoticeUnreadable)));
    }
}

#[tokio::test]
async fn damaged_saved_progress_shows_the_notice_and_a_working_quiz() {
    for lang in Lang::ALL {
        let html = page(lang, Some("{\"version\":1,\"cards\":[tru")).await;
        assert!(html.contains("role=\"alert\""));
        assert!(
            html.contains(&escaped(lang.t(QuizText::NoticeUnreadable))),
            "{lang:?}"
        );
        assert!(html.contains(lang.t(QuizText::Start)));
        let fine = page(lang, Some(&Deck::default().to_json())).await;
        assert!(!fine.contains(&escaped(lang.t(QuizText::NoticeUnreadable))));
    }
}

#[test]
fn an_exam_setup_draws_questions_the_page_can_render() {
    let session = Session::new(
        Setup {
            mode: Mode::Exam,
            exam_size: 20,
            seed: 4,
            ..Setup::default()
        },
        &Deck::default(),
        Clock::utc(0),
    );
    assert_eq!(session.items.len(), 20);
    assert!(session
        .items
        .iter()
        .all(|i| i.choice_count() > 0 || i.is_text()));
}

#[tokio::test]
async fn a_lesson_links_to_the_quiz_of_its_topics() {
    let html = without_markers(&render_shell("/learn/lifecycle", Lang::En).await);
    for topic in ["lifecycle", "persistence", "billing"] {
        assert!(
            html.contains(&format!("href=\"/quiz?topic={topic}\"")),
            "{topic}"
        );
    }
}
