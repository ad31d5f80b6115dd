//! The glossary: every key term of the lessons, plus the Korean console's state names, in English and
//! Korean with the API name, searchable. The entries are computed once from the lesson data.

use std::sync::OnceLock;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_events::input_value;
use crate::components::LessonCallout;
use crate::content::lessons::{self, Tone};
use crate::content::LessonId;
use crate::hooks::use_lang;
use crate::i18n::{Lang, Text};
use crate::route::Route;

/// One term of the glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlossaryEntry {
    pub en: &'static str,
    pub ko: &'static str,
    /// The API's name for it, where it has one (`terminated`, `TerminateInstances`).
    pub api: Option<&'static str>,
    /// The first lesson that teaches it; none for a console term no lesson lists.
    pub lesson: Option<LessonId>,
}

impl GlossaryEntry {
    pub fn term(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }

    /// True when the query (already trimmed and lower-cased) is part of the English or Korean term or
    /// of the API name. An empty query matches everything.
    fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || self.en.to_lowercase().contains(query)
            || self.ko.to_lowercase().contains(query)
            || self
                .api
                .is_some_and(|api| api.to_lowercase().contains(query))
    }
}

/// The Korean console's words for the instance states and actions (product.md), always in the
/// glossary even if no lesson lists them.
const CONSOLE_TERMS: [(&str, &str, &str); 8] = [
    ("Pending", "대기 중", "pending"),
    ("Running", "실행 중", "running"),
    ("Stopping", "중지 중", "stopping"),
    ("Stopped", "중지됨", "stopped"),
    ("Shutting-down", "종료 중", "shutting-down"),
    ("Terminated", "종료됨", "terminated"),
    ("Reboot", "재부팅", "RebootInstances"),
    ("Hibernate", "최대 절전 모드", "Hibernate"),
];

/// Every term once (by English term, ignoring case; the first lesson to list a term wins), in no
/// particular order: [`search`] sorts.
pub fn entries() -> &'static [GlossaryEntry] {
    static ENTRIES: OnceLock<Vec<GlossaryEntry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let from_lessons = lessons::all().iter().flat_map(|lesson| {
            lesson.key_terms.iter().map(|term| GlossaryEntry {
                en: term.term.en.as_str(),
                ko: term.term.ko.as_str(),
                api: term.api.as_deref(),
                lesson: Some(lesson.id),
            })
        });
        let from_console = CONSOLE_TERMS.iter().map(|&(en, ko, api)| GlossaryEntry {
            en,
            ko,
            api: Some(api),
            lesson: None,
        });
        let mut out: Vec<GlossaryEntry> = Vec::new();
        for entry in from_lessons.chain(from_console) {
            if !out.iter().any(|e| e.en.eq_ignore_ascii_case(entry.en)) {
                out.push(entry);
            }
        }
        out
    })
}

/// The entries matching the query, sorted by their term in `lang` (Hangul sorts in dictionary order
/// by code point).
pub fn search(query: &str, lang: Lang) -> Vec<GlossaryEntry> {
    let query = query.trim().to_lowercase();
    let mut found: Vec<GlossaryEntry> = entries()
        .iter()
        .filter(|entry| entry.matches(&query))
        .copied()
        .collect();
    crate::sorting::sort_by_cached_key(&mut found, |entry| {
        (entry.term(lang).to_lowercase(), entry.en)
    });
    found
}

/// A lesson's topic in a few words, for the glossary's lesson column (the full titles are long on a
/// phone): the names the quiz gives the same topics.
pub fn lesson_name(id: LessonId) -> Text {
    match id {
        LessonId::CloudBasics => Text::QuizTopicCloudBasics,
        LessonId::ComputeServices => Text::QuizTopicComputeServices,
        LessonId::InstanceTypes => Text::QuizTopicInstanceTypes,
        LessonId::Lifecycle => Text::QuizTopicLifecycle,
        LessonId::Amis => Text::QuizTopicAmis,
        LessonId::Storage => Text::QuizTopicStorage,
    }
}

/// "3 of 49 terms match." / "전체 49개 중 3개 용어가 일치합니다."
pub fn terms_matching(lang: Lang, matching: usize, total: usize) -> String {
    match lang {
        Lang::En if matching == total => format!("{total} terms."),
        Lang::En => format!("{matching} of {total} terms match."),
        Lang::Ko if matching == total => format!("용어 {total}개입니다."),
        Lang::Ko => format!("전체 {total}개 중 {matching}개 용어가 일치합니다."),
    }
}

const SEARCH_ID: &str = "glossary-search";
const HINT_ID: &str = "glossary-search-hint";

#[component]
pub fn GlossaryPage() -> Html {
    let lang = use_lang();
    let query = use_state(String::new);
    let on_input = {
        let query = query.clone();
        move |e: InputEvent| query.set(input_value(&e))
    };
    let found = search(&query, lang.lang);
    let other = match lang.lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    };
    let (first_column, second_column) = match lang.lang {
        Lang::En => (Text::GlossaryColumnEnglish, Text::GlossaryColumnKorean),
        Lang::Ko => (Text::GlossaryColumnKorean, Text::GlossaryColumnEnglish),
    };
    html! {
        <div class="glossary">
            <p class="lesson-kicker">
                <Link<Route> to={Route::Learn}>{ lang.t(Text::LessonBreadcrumb) }</Link<Route>>
            </p>
            <h1>{ lang.t(Text::GlossaryTitle) }</h1>
            <p class="lead">{ lang.t(Text::GlossaryIntro) }</p>
            <LessonCallout
                tone={Tone::Trap}
                title={Some(lang.t(Text::GlossaryTrapTitle))}
                text={lang.t(Text::GlossaryTrapText)}
            />
            <div class="field glossary-search">
                <label for={SEARCH_ID}>{ lang.t(Text::GlossarySearch) }</label>
                <input
                    id={SEARCH_ID}
                    type="search"
                    value={(*query).clone()}
                    oninput={on_input}
                    aria-describedby={HINT_ID}
                    autocomplete="off"
                    spellcheck="false"
                />
                <span class="hint" id={HINT_ID}>{ lang.t(Text::GlossarySearchHint) }</span>
            </div>
            <p class="results-count" role="status">
                { terms_matching(lang.lang, found.len(), entries().len()) }
            </p>
            if found.is_empty() {
                <p>{ lang.t(Text::GlossaryNoMatch) }</p>
            } else {
                <div class="table-scroll lesson-table glossary-table" tabindex="0" role="region"
                    aria-label={lang.t(Text::GlossaryTableCaption)}>
                    <table>
                        <caption class="visually-hidden">{ lang.t(Text::GlossaryTableCaption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(first_column) }</th>
                                <th scope="col">{ lang.t(second_column) }</th>
                                <th scope="col">{ lang.t(Text::GlossaryColumnApi) }</th>
                                <th scope="col">{ lang.t(Text::GlossaryColumnLesson) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for found.iter().map(|entry| html! {
                                <tr key={entry.en}>
                                    <th scope="row" lang={lang.lang.code()}>{ entry.term(lang.lang) }</th>
                                    <td lang={other.code()}>{ entry.term(other) }</td>
                                    <td>
                                        if let Some(api) = entry.api {
                                            <code translate="no">{ api }</code>
                                        }
                                    </td>
                                    <td>
                                        if let Some(id) = entry.lesson {
                                            <Link<Route> to={Route::lesson(id)}>
                                                { lang.t(lesson_name(id)) }
                                            </Link<Route>>
                                        } else {
                                            { lang.t(Text::GlossaryConsoleOnly) }
                                        }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <p class="glossary-link">
                <Link<Route> to={Route::Learn}>{ lang.t(Text::BackToLessons) }</Link<Route>>
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_term_is_in_once() {
        let all = entries();
        for lesson in lessons::all() {
            for term in &lesson.key_terms {
                let same: Vec<_> = all
                    .iter()
                    .filter(|e| e.en.eq_ignore_ascii_case(&term.term.en))
                    .collect();
                assert_eq!(same.len(), 1, "{:?}", term.term.en);
            }
        }
    }

    #[test]
    fn the_console_state_names_are_all_there() {
        let all = entries();
        for (en, ko, _) in CONSOLE_TERMS {
            assert!(
                all.iter().any(|e| e.en == en && e.ko == ko),
                "{en} / {ko} missing"
            );
        }
        let terminate = all.iter().find(|e| e.en == "Terminate").copied();
        assert_eq!(terminate.map(|e| e.ko), Some("종료"));
        assert_eq!(terminate.and_then(|e| e.api), Some("TerminateInstances"));
    }

    #[test]
    fn search_finds_english_korean_and_api_names() {
        let en = |found: Vec<GlossaryEntry>| found.iter().map(|e| e.en).collect::<Vec<_>>();
        let terminate = en(search("  TERMINATE ", Lang::En));
        assert!(terminate.contains(&"Terminate"), "{terminate:?}");
        assert!(terminate.contains(&"Terminated"), "{terminate:?}");
        assert!(!terminate.contains(&"Stop"), "{terminate:?}");
        let korean = en(search("종료", Lang::Ko));
        for expected in [
            "Terminate",
            "Terminated",
            "Shutting-down",
            "Termination protection",
        ] {
            assert!(korean.contains(&expected), "{expected} not in {korean:?}");
        }
        let api = en(search("deleteontermination", Lang::En));
        assert_eq!(api, vec!["Delete on termination"]);
        assert!(search("no such term", Lang::En).is_empty());
        assert_eq!(search("", Lang::En).len(), entries().len());
    }

    #[test]
    fn the_list_is_sorted_in_the_reading_language() {
        for lang in Lang::ALL {
            let found = search("", lang);
            let keys: Vec<String> = found.iter().map(|e| e.term(lang).to_lowercase()).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "{lang:?}");
        }
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(terms_matching(Lang::En, 3, 49), "3 of 49 terms match.");
        assert_eq!(terms_matching(Lang::En, 49, 49), "49 terms.");
        assert_eq!(
            terms_matching(Lang::Ko, 3, 49),
            "전체 49개 중 3개 용어가 일치합니다."
        );
    }
}
