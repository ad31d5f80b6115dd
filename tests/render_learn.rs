//! Rendering tests of the Learn page, the lessons and the glossary (yew's server renderer, no browser).

mod support;

use ec2_lab::content::{lessons, LessonId};
use ec2_lab::i18n::{Lang, Localize, Text};
use support::{render_shell, without_markers};

/// The rendered HTML without the renderer's component markers (`<!--<[Link]>-->`).
async fn render(path: &'static str, lang: Lang) -> String {
    without_markers(&render_shell(path, lang).await)
}

/// A lesson text as the page renders it: escaped, with backticked runs in `<code>`.
fn rendered(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, piece)| {
            let piece = piece
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;");
            if i % 2 == 1 {
                format!("<code>{piece}</code>")
            } else {
                piece
            }
        })
        .collect()
}

/// The page's `<main>` only, so the navigation's own words do not count.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>");
    &html[start..end]
}

#[tokio::test]
async fn the_learn_page_lists_every_lesson_in_order_as_links() {
    let html = render("/learn", Lang::En).await;
    let main = main_of(&html);
    assert!(
        main.contains(&format!("<h1>{}</h1>", Text::NavLearn.en())),
        "{main}"
    );
    let mut last = 0;
    for lesson in lessons::all() {
        let link = format!(r#"href="/learn/{}""#, lesson.id.slug());
        let at = main
            .find(&link)
            .unwrap_or_else(|| panic!("no link {link} in {main}"));
        assert!(at > last, "{:?} is out of order", lesson.id);
        last = at;
        assert!(
            main.contains(&rendered(&lesson.summary.en)),
            "no summary of {:?}",
            lesson.id
        );
    }
    assert!(
        main.contains(r#"href="/glossary""#),
        "no glossary link: {main}"
    );
    assert!(
        html.contains(r##"href="#/learn" aria-current="page""##),
        "{html}"
    );
}

#[tokio::test]
async fn the_learn_page_speaks_korean() {
    let html = render("/learn", Lang::Ko).await;
    let main = main_of(&html);
    assert!(main.contains("<h1>학습</h1>"), "{main}");
    assert!(main.contains("인스턴스 수명 주기"), "{main}");
    assert!(!main.contains("The instance lifecycle"), "{main}");
}

#[tokio::test]
async fn a_lesson_shows_its_sections_tables_code_and_callouts() {
    let html = render("/learn/lifecycle", Lang::En).await;
    let main = main_of(&html);
    assert!(
        main.contains(r#"<h1 id="lesson-title" tabindex="-1">The instance lifecycle</h1>"#),
        "{main}"
    );
    assert!(main.contains("Lesson 4 of 6"), "{main}");
    // Sections carry their anchor ids and headings.
    assert!(main.contains(r#"id="five-cases""#), "{main}");
    assert!(main.contains(">The five cases</h2>"), "{main}");
    assert!(main.contains(r#"id="what-persists""#), "{main}");
    // Tables: a caption (the section's heading when the data has none), column and row headers.
    assert!(
        main.contains(r#"<caption class="visually-hidden">What persists</caption>"#),
        "{main}"
    );
    assert!(
        main.contains(r#"<th scope="col">Stop/start</th>"#),
        "{main}"
    );
    assert!(
        main.contains(r#"<th scope="row">Instance ID</th>"#),
        "{main}"
    );
    assert!(
        main.contains(r#"role="region" aria-label="What persists""#),
        "{main}"
    );
    // Inline code from backticks, and code blocks in <pre><code>.
    assert!(main.contains("<code>pending</code>"), "{main}");
    assert!(!main.contains('`'), "a backtick leaked: {main}");
    assert!(
        main.contains(r#"<pre translate="no"><code>aws ec2 stop-instances"#),
        "{main}"
    );
    // Every callout names its tone in words.
    for label in ["Trap", "Simplified in the simulator", "Unverified"] {
        assert!(
            main.contains(&format!("</span>{label}</p>")),
            "no {label} label: {main}"
        );
    }
    assert!(
        main.contains(r#"<div role="note" class="callout callout-trap">"#),
        "{main}"
    );
    assert!(main.contains("종료 = terminate, not shut down"), "{main}");
}

#[tokio::test]
async fn a_lesson_ends_with_try_it_quiz_sources_and_its_neighbours() {
    let html = render("/learn/lifecycle", Lang::En).await;
    let main = main_of(&html);
    // Try-it buttons open the Lab and say what they will open.
    assert!(
        main.contains(
            r#"<a href="/lab" class="button"><span class="visually-hidden">Try it in the Lab: </span>Case 2: stop</a>"#
        ),
        "{main}"
    );
    assert!(main.contains(Text::TryItNotWired.en()), "{main}");
    // Quiz links name their topic.
    assert!(
        main.contains(r#"<span class="visually-hidden">Quiz: </span>What persists</a>"#),
        "{main}"
    );
    // ...and open the quiz on that topic.
    assert!(main.contains(r#"href="/quiz?topic=persistence""#), "{main}");
    // Sources, key terms, glossary, previous and next.
    assert!(
        main.contains("EC2 Lab's EC2 reference (ec2-facts), sections 1.1, 1.2, 1.3, 1.4 and 3.1"),
        "{main}"
    );
    assert!(main.contains("<dt>Terminate</dt>"), "{main}");
    assert!(main.contains(r#"<span lang="ko">종료</span>"#), "{main}");
    assert!(
        main.contains("<code translate=\"no\">TerminateInstances</code>"),
        "{main}"
    );
    assert!(main.contains(r#"href="/glossary""#), "{main}");
    assert!(
        main.contains(r#"aria-label="Previous and next lesson""#),
        "{main}"
    );
    assert!(main.contains(r#"href="/learn/instance-types""#), "{main}");
    assert!(main.contains(r#"href="/learn/amis""#), "{main}");
    // The Learn entry of the navigation is where the learner is.
    assert!(
        html.contains(r##"href="#/learn" aria-current="true""##),
        "{html}"
    );
}

#[tokio::test]
async fn a_lesson_in_korean_has_korean_headings_and_labels() {
    let html = render("/learn/lifecycle", Lang::Ko).await;
    let main = main_of(&html);
    assert!(main.contains(">인스턴스 수명 주기</h1>"), "{main}");
    assert!(main.contains(">다섯 가지 경우</h2>"), "{main}");
    assert!(main.contains(">무엇이 유지되는가</h2>"), "{main}");
    assert!(
        main.contains(r#"<th scope="col">중지 후 시작</th>"#),
        "{main}"
    );
    assert!(main.contains("</span>함정 주의</p>"), "{main}");
    assert!(
        main.contains("종료 = terminate(삭제), 끄기가 아닙니다"),
        "{main}"
    );
    assert!(
        main.contains("실습에서 해 보기: </span>경우 2: 중지"),
        "{main}"
    );
    assert!(main.contains("전체 6개 중 4번째 강의"), "{main}");
    for english in [
        "The five cases",
        "What persists</h2>",
        "Trap</p>",
        "Try it in the Lab",
    ] {
        assert!(
            !main.contains(english),
            "English {english:?} in Korean: {main}"
        );
    }
}

#[tokio::test]
async fn web_sources_are_text_not_links_to_other_hosts() {
    let html = render("/learn/cloud-basics", Lang::En).await;
    let main = main_of(&html);
    assert!(
        main.contains("https://aws.amazon.com/what-is-cloud-computing/"),
        "{main}"
    );
    assert!(!main.contains(r#"href="http"#), "an external link: {main}");
    // The first lesson has a next lesson and no previous one.
    assert!(!main.contains(Text::PreviousLesson.en()), "{main}");
    assert!(main.contains(Text::NextLesson.en()), "{main}");
}

#[tokio::test]
async fn every_lesson_renders_in_both_languages() {
    for id in LessonId::ALL {
        for lang in Lang::ALL {
            let path: &'static str = Box::leak(format!("/learn/{}", id.slug()).into_boxed_str());
            let html = render(path, lang).await;
            let title = &lessons::get(id).title;
            assert!(
                main_of(&html).contains(&rendered(title.get(lang))),
                "{id:?} {lang:?}"
            );
        }
    }
}

#[tokio::test]
async fn an_unknown_lesson_says_so_and_links_back_to_the_list() {
    for lang in Lang::ALL {
        let html = render("/learn/no-such-lesson", lang).await;
        let main = main_of(&html);
        assert!(main.contains(lang.t(Text::NoSuchLessonTitle)), "{main}");
        assert!(
            main.contains(&format!(
                r#"<a href="/learn">{}</a>"#,
                lang.t(Text::BackToLessons)
            )),
            "{main}"
        );
        assert!(!main.contains(Text::NotFoundTitle.en()), "{main}");
    }
}

#[tokio::test]
async fn the_glossary_has_every_term_and_the_종료_trap() {
    let html = render("/glossary", Lang::En).await;
    let main = main_of(&html);
    assert!(main.contains("<h1>Glossary</h1>"), "{main}");
    assert!(
        html.contains(r##"href="#/learn" aria-current="true""##),
        "{html}"
    );
    // The trap, up front and labelled in words.
    assert!(
        main.contains(r#"<div role="note" class="callout callout-trap">"#),
        "{main}"
    );
    assert!(main.contains("종료 = terminate, not shut down"), "{main}");
    // The search box is labelled.
    assert!(
        main.contains(r#"<label for="glossary-search">Search the glossary</label>"#),
        "{main}"
    );
    assert!(
        main.contains(r#"id="glossary-search" type="search""#),
        "{main}"
    );
    // 종료 is terminate, with its API name; the console's state names are all there.
    assert!(
        main.contains(r#"<th scope="row" lang="en">Terminate</th><td lang="ko">종료</td><td><code translate="no">TerminateInstances</code></td>"#),
        "{main}"
    );
    for (en, ko) in [
        ("Pending", "대기 중"),
        ("Running", "실행 중"),
        ("Stopping", "중지 중"),
        ("Stopped", "중지됨"),
        ("Shutting-down", "종료 중"),
        ("Terminated", "종료됨"),
        ("Reboot", "재부팅"),
        ("Hibernate", "최대 절전 모드"),
        ("Stop", "중지"),
    ] {
        let row = format!(r#"<th scope="row" lang="en">{en}</th><td lang="ko">{ko}</td>"#);
        assert!(main.contains(&row), "no {en} / {ko} row: {main}");
    }
    // Every key term of every lesson, each once, in English alphabetical order.
    let mut last = 0;
    let mut terms: Vec<&str> = lessons::all()
        .iter()
        .flat_map(|l| l.key_terms.iter().map(|t| t.term.en.as_str()))
        .collect();
    terms.sort_by_key(|t| t.to_lowercase());
    terms.dedup();
    for term in terms {
        let cell = format!(r#"<th scope="row" lang="en">{}</th>"#, rendered(term));
        assert_eq!(main.matches(&cell).count(), 1, "{term}");
        let at = main.find(&cell).unwrap_or(0);
        assert!(at > last, "{term} is out of order");
        last = at;
    }
    // A term links to the lesson that teaches it.
    assert!(
        main.contains(r#"<a href="/learn/lifecycle">The lifecycle</a>"#),
        "{main}"
    );
}

#[tokio::test]
async fn the_glossary_in_korean_leads_with_the_korean_term() {
    let html = render("/glossary", Lang::Ko).await;
    let main = main_of(&html);
    assert!(main.contains("<h1>용어집</h1>"), "{main}");
    assert!(main.contains(">용어집 검색</label>"), "{main}");
    assert!(
        main.contains("종료 = terminate(영구 삭제), 끄기가 아닙니다"),
        "{main}"
    );
    assert!(
        main.contains(r#"<th scope="row" lang="ko">종료</th><td lang="en">Terminate</td>"#),
        "{main}"
    );
    assert!(
        main.contains(r#"<th scope="col">한국어</th><th scope="col">영어</th>"#),
        "{main}"
    );
    for english in ["Search the glossary", "Glossary</h1>", "API name"] {
        assert!(
            !main.contains(english),
            "English {english:?} in Korean: {main}"
        );
    }
}
