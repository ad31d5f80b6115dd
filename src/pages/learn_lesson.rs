use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::lesson_text::{plain_text, rich_text};
use crate::components::{LessonBlock, LessonPager};
use crate::content::lessons::{self, Lesson, Source};
use crate::content::{ExperimentId, LessonId, QuizTopic};
use crate::diagram::cases::case_for;
use crate::hooks::use_lang;
use crate::i18n::{Lang, Text};
use crate::quiz::session::QuizQuery;
use crate::route::{LessonSlug, Route};
use crate::store::storage::StorageAction;
use crate::store::{use_lab, LabAction};

#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    pub slug: LessonSlug,
}

/// "Lesson 4 of 6".
pub fn lesson_position(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Lesson {number} of {total}"),
        Lang::Ko => format!("전체 {total}개 중 {number}번째 강의"),
    }
}

/// "EC2 Lab's EC2 reference (ec2-facts), sections 1.1, 1.4 and 3.1": the sections of the domain
/// reference a lesson's facts come from, in one line.
pub fn facts_sources(lang: Lang, sections: &[&str]) -> String {
    match (lang, sections) {
        (Lang::En, [one]) => format!("EC2 Lab's EC2 reference (ec2-facts), section {one}"),
        (Lang::En, [init @ .., last]) => format!(
            "EC2 Lab's EC2 reference (ec2-facts), sections {} and {last}",
            init.join(", ")
        ),
        (Lang::En, []) => String::new(),
        (Lang::Ko, _) => format!(
            "EC2 Lab의 EC2 참고 자료(ec2-facts) {}절",
            sections.join(", ")
        ),
    }
}

/// The name of a quiz topic, for the lesson's quiz links.
pub fn quiz_topic_name(topic: QuizTopic) -> Text {
    match topic {
        QuizTopic::CloudBasics => Text::QuizTopicCloudBasics,
        QuizTopic::ComputeServices => Text::QuizTopicComputeServices,
        QuizTopic::InstanceTypes => Text::QuizTopicInstanceTypes,
        QuizTopic::Lifecycle => Text::QuizTopicLifecycle,
        QuizTopic::Amis => Text::QuizTopicAmis,
        QuizTopic::Storage => Text::QuizTopicStorage,
        QuizTopic::Persistence => Text::QuizTopicPersistence,
        QuizTopic::Volumes => Text::QuizTopicVolumes,
        QuizTopic::Billing => Text::QuizTopicBilling,
    }
}

const TITLE_ID: &str = "lesson-title";

fn heading_id(section_id: &str) -> String {
    format!("{section_id}-heading")
}

/// One lesson, or "no such lesson" for an address that names none.
#[component]
pub fn LessonPage(props: &LessonPageProps) -> Html {
    let lang = use_lang();
    let shown_before = use_mut_ref(|| false);
    use_effect_with(props.slug, move |_| {
        // A new lesson starts at its top; after previous/next, focus moves to its title so a screen
        // reader announces it (not on first arrival, where the browser has just loaded the page).
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        if shown_before.replace(true) {
            crate::browser::focus_element(TITLE_ID);
        }
    });
    match props.slug.lesson() {
        Some(id) => lesson_view(lang.lang, id),
        None => html! {
            <>
                <h1 id={TITLE_ID} tabindex="-1">{ lang.t(Text::NoSuchLessonTitle) }</h1>
                <p>{ lang.t(Text::NoSuchLessonBody) }</p>
                <p><Link<Route> to={Route::Learn}>{ lang.t(Text::BackToLessons) }</Link<Route>></p>
            </>
        },
    }
}

fn lesson_view(lang: Lang, id: LessonId) -> Html {
    let lesson = lessons::get(id);
    let number = LessonId::ALL.iter().position(|&x| x == id).unwrap_or(0) + 1;
    html! {
        <article class="lesson">
            <p class="lesson-kicker">
                <Link<Route> to={Route::Learn}>{ lang.t(Text::LessonBreadcrumb) }</Link<Route>>
                <span aria-hidden="true">{ " › " }</span>
                { lesson_position(lang, number, LessonId::ALL.len()) }
            </p>
            <h1 id={TITLE_ID} tabindex="-1">{ rich_text(lesson.title.get(lang)) }</h1>
            <p class="lead">{ rich_text(lesson.summary.get(lang)) }</p>
            { contents(lang, lesson) }
            { for lesson.sections.iter().map(|section| {
                let heading = section.heading.get(lang);
                html! {
                    <section key={section.id.as_str()} id={section.id.clone()} class="lesson-section">
                        <h2 id={heading_id(&section.id)} tabindex="-1">{ rich_text(heading) }</h2>
                        { for section.blocks.iter().map(|block| html! {
                            <LessonBlock {block} fallback_caption={heading} />
                        }) }
                    </section>
                }
            }) }
            { key_terms(lang, lesson) }
            { try_it(lang, lesson) }
            { quiz(lang, lesson) }
            { sources(lang, lesson) }
            <LessonPager {id} />
        </article>
    }
}

/// "On this page": the sections, each a link that moves focus (and the view) to its heading. The
/// route lives in the URL's fragment, so a plain `#section` link would be read as a page address.
fn contents(lang: Lang, lesson: &'static Lesson) -> Html {
    let route = Route::lesson(lesson.id);
    html! {
        <nav class="lesson-contents" aria-labelledby="lesson-contents-heading">
            <h2 id="lesson-contents-heading" class="contents-heading">{ lang.t(Text::OnThisPage) }</h2>
            <ol>
                { for lesson.sections.iter().map(|section| {
                    let target = heading_id(&section.id);
                    let onclick = Callback::from(move |e: MouseEvent| {
                        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                            return;
                        }
                        e.prevent_default();
                        crate::browser::focus_element(&target);
                    });
                    html! {
                        <li key={section.id.as_str()}>
                            <a href={format!("#{}", route.to_path())} {onclick}>
                                { rich_text(section.heading.get(lang)) }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    }
}

fn key_terms(lang: Lang, lesson: &'static Lesson) -> Html {
    let other_lang = other(lang);
    html! {
        <section class="lesson-extra">
            <h2>{ lang.t(Text::KeyTermsHeading) }</h2>
            <dl class="key-terms">
                { for lesson.key_terms.iter().map(|term| html! {
                    <div key={term.term.en.as_str()}>
                        <dt>{ term.term.get(lang) }</dt>
                        <dd>
                            <span lang={other_lang.code()}>{ term.term.get(other_lang) }</span>
                            if let Some(api) = &term.api {
                                <code translate="no">{ api.as_str() }</code>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
            <p>
                { lang.t(Text::AllTermsInGlossary) }{ " " }
                <Link<Route> to={Route::Glossary}>{ lang.t(Text::GlossaryTitle) }</Link<Route>>
            </p>
        </section>
    }
}

/// The "try it" buttons; the accessible name says what each is for. The five lifecycle cases set the
/// Lab up (`TryItButton`); the other experiments are not built yet, so they open the Lab as it is, and
/// the section says so.
fn try_it(lang: Lang, lesson: &'static Lesson) -> Html {
    let all_wired = lesson.try_it.iter().all(|b| {
        case_for(b.experiment).is_some() || b.experiment == ExperimentId::EbsVsInstanceStore
    });
    html! {
        <section class="lesson-extra">
            <h2>{ lang.t(Text::TryItHeading) }</h2>
            <ul class="action-list">
                { for lesson.try_it.iter().map(|button| html! {
                    <li key={format!("{:?}", button.experiment)}>
                        <TryItButton experiment={button.experiment}>
                            <span class="visually-hidden">{ lang.t(Text::TryItHeading) }{ ": " }</span>
                            { rich_text(button.label.get(lang)) }
                        </TryItButton>
                    </li>
                }) }
            </ul>
            if !all_wired {
                <p class="note">{ lang.t(Text::TryItNotWired) }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TryItButtonProps {
    experiment: ExperimentId,
    children: Html,
}

/// A lifecycle case: set it up in the Lab and go there. Anything else: a link to the Lab.
#[component]
fn TryItButton(props: &TryItButtonProps) -> Html {
    let store = use_lab();
    let navigator = use_navigator();
    match (case_for(props.experiment), store, navigator) {
        (None, Some(store), Some(navigator))
            if props.experiment == ExperimentId::EbsVsInstanceStore =>
        {
            let onclick = move |_| {
                store.dispatch(LabAction::Storage(StorageAction::StartExperiment));
                navigator.push(&Route::Lab);
            };
            html! { <button type="button" class="button" {onclick}>{ props.children.clone() }</button> }
        }
        (Some(case), Some(store), Some(navigator)) => {
            let onclick = move |_| {
                store.dispatch(LabAction::StartCase(case));
                navigator.push(&Route::Lab);
            };
            html! { <button type="button" class="button" {onclick}>{ props.children.clone() }</button> }
        }
        _ => html! {
            <Link<Route> to={Route::Lab} classes="button">{ props.children.clone() }</Link<Route>>
        },
    }
}

fn quiz(lang: Lang, lesson: &'static Lesson) -> Html {
    html! {
        <section class="lesson-extra">
            <h2>{ lang.t(Text::QuizHeading) }</h2>
            <ul class="action-list">
                { for lesson.quiz_topics.iter().map(|&topic| html! {
                    <li key={format!("{topic:?}")}>
                        <Link<Route, QuizQuery> to={Route::Quiz} query={Some(QuizQuery::topic(topic))} classes="button secondary">
                            <span class="visually-hidden">{ lang.t(Text::QuizLinkPrefix) }{ ": " }</span>
                            { lang.t(quiz_topic_name(topic)) }
                        </Link<Route, QuizQuery>>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// The sources as text: web pages with their address written out but not linked (the app makes no
/// request to any other host, and a learner copying the address is a deliberate step).
fn sources(lang: Lang, lesson: &'static Lesson) -> Html {
    let facts: Vec<&str> = lesson
        .sources
        .iter()
        .filter_map(|source| match source {
            Source::Facts { section } => Some(section.as_str()),
            Source::Web { .. } => None,
        })
        .collect();
    let web: Vec<(&str, &str)> = lesson
        .sources
        .iter()
        .filter_map(|source| match source {
            Source::Web { title, url } => Some((title.as_str(), url.as_str())),
            Source::Facts { .. } => None,
        })
        .collect();
    html! {
        <section class="lesson-extra lesson-sources">
            <h2>{ lang.t(Text::SourcesHeading) }</h2>
            <ul>
                if !facts.is_empty() {
                    <li>{ facts_sources(lang, &facts) }</li>
                }
                { for web.iter().map(|&(title, url)| html! {
                    <li key={url}>
                        <cite lang="en">{ plain_text(title) }</cite>
                        <br />
                        <span class="source-url" translate="no">{ url }</span>
                    </li>
                }) }
            </ul>
            if !web.is_empty() {
                <p class="note">{ lang.t(Text::SourcesNote) }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localize;

    #[test]
    fn fact_sections_read_as_one_line() {
        assert_eq!(
            facts_sources(Lang::En, &["1.4"]),
            "EC2 Lab's EC2 reference (ec2-facts), section 1.4"
        );
        assert_eq!(
            facts_sources(Lang::En, &["1.1", "1.4", "3.1"]),
            "EC2 Lab's EC2 reference (ec2-facts), sections 1.1, 1.4 and 3.1"
        );
        assert_eq!(
            facts_sources(Lang::Ko, &["1.1", "1.4"]),
            "EC2 Lab의 EC2 참고 자료(ec2-facts) 1.1, 1.4절"
        );
    }

    #[test]
    fn every_quiz_topic_has_a_name_in_both_languages() {
        let mut names: Vec<&str> = QuizTopic::ALL
            .iter()
            .map(|&topic| quiz_topic_name(topic).en())
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), QuizTopic::ALL.len());
    }
}
