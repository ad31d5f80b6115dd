//! Component rendering tests: yew's server renderer turns components into HTML natively, no browser.
//! Effects and events do not run here; the end-to-end tests in `tests/e2e/` cover those.

mod support;

use ec2_lab::components::{Footer, LangSwitch};
use ec2_lab::hooks::LangContext;
use ec2_lab::i18n::{Lang, Localize, Text};
use ec2_lab::route::Route;
use support::{lang_context, render_shell};
use yew::prelude::*;
use yew::LocalServerRenderer;

#[tokio::test]
async fn shell_has_landmarks_and_every_navigation_link() {
    let html = render_shell("/", Lang::En).await;
    assert!(html.contains("<header"), "{html}");
    assert!(html.contains(r#"<nav aria-label="Main""#), "{html}");
    assert!(html.contains(r#"<main id="main""#), "{html}");
    assert!(html.contains("<footer"), "{html}");
    for route in Route::NAV {
        let link = format!(r##"href="#{}""##, yew_router::Routable::to_path(&route));
        assert!(html.contains(&link), "no link to {route:?} in {html}");
        assert!(html.contains(route.title().en()), "no {route:?} title");
    }
}

#[tokio::test]
async fn the_current_page_is_marked_in_the_navigation() {
    let html = render_shell("/volumes", Lang::En).await;
    assert!(
        html.contains(r##"href="#/volumes" aria-current="page""##),
        "{html}"
    );
    assert_eq!(html.matches(r#"aria-current="page""#).count(), 1, "{html}");
    assert!(html.contains(&format!("<h1>{}</h1>", Text::NavVolumes.en())));
}

#[tokio::test]
async fn korean_shell_shows_korean_navigation_and_page() {
    let html = render_shell("/volumes", Lang::Ko).await;
    assert!(html.contains("실습"), "{html}");
    assert!(html.contains("인스턴스 시작"), "{html}");
    assert!(html.contains(Text::VolumesDescription.ko()), "{html}");
    assert!(!html.contains(Text::VolumesDescription.en()), "{html}");
}

#[tokio::test]
async fn unknown_path_renders_the_not_found_page() {
    let html = render_shell("/nowhere", Lang::En).await;
    assert!(html.contains(Text::NotFoundTitle.en()), "{html}");
}

#[derive(Properties, PartialEq)]
struct LangProps {
    lang: Lang,
}

#[component]
fn SwitchIn(props: &LangProps) -> Html {
    let context = lang_context(props.lang);
    html! {
        <ContextProvider<LangContext> {context}>
            <LangSwitch />
            <Footer />
        </ContextProvider<LangContext>>
    }
}

#[tokio::test]
async fn language_switch_presses_the_current_language_and_names_each_in_itself() {
    let html = LocalServerRenderer::<SwitchIn>::with_props(LangProps { lang: Lang::Ko })
        .render()
        .await;
    assert!(html.contains(r#"aria-label="언어""#), "{html}");
    assert!(
        html.contains(r#"lang="ko" aria-pressed="true""#),
        "Korean should be pressed: {html}"
    );
    assert!(html.contains(r#"lang="en" aria-pressed="false""#), "{html}");
    assert!(html.contains("English") && html.contains("한국어"));
    assert!(html.contains(Text::FooterDisclaimer.ko()));
}

#[derive(Properties, PartialEq)]
struct DecoderProps {
    name: &'static str,
    lang: Lang,
}

#[component]
fn DecoderIn(props: &DecoderProps) -> Html {
    let context = lang_context(props.lang);
    html! {
        <ContextProvider<LangContext> {context}>
            <ec2_lab::components::TypeDecoder name={props.name} on_change={Callback::noop()} />
        </ContextProvider<LangContext>>
    }
}

async fn render_decoder(name: &'static str, lang: Lang) -> String {
    LocalServerRenderer::<DecoderIn>::with_props(DecoderProps { name, lang })
        .render()
        .await
}

/// ec2-facts 2.1: c7gn.xlarge is family c, generation 7, attributes g and n, size xlarge.
#[tokio::test]
async fn decoder_explains_each_part_and_shows_the_size_ladder() {
    let html = render_decoder("c7gn.xlarge", Lang::En).await;
    for part in [
        "<code>c</code>",
        "<code>7</code>",
        "<code>g</code>",
        "<code>n</code>",
        "<code>xlarge</code>",
    ] {
        assert!(html.contains(part), "no {part} in {html}");
    }
    assert!(html.contains("Graviton"), "{html}");
    assert!(html.contains("c7gn.metal"), "size ladder missing: {html}");
    assert!(
        html.contains(r#"aria-current="true""#),
        "current size not marked: {html}"
    );
}

/// The name strip keeps the separators: `u-3tb1.56xlarge` is not "u 3tb 1 56xlarge".
#[tokio::test]
async fn decoder_strip_keeps_the_dash_and_the_dot_between_parts() {
    let html = render_decoder("u-3tb1.56xlarge", Lang::En).await;
    let strip: String = html
        .split(r#"class="decoded-name""#)
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("the name strip")
        .split('<')
        .filter_map(|tag| tag.split('>').nth(1))
        .collect();
    assert_eq!(strip, "u-3tb1.56xlarge", "{html}");
    assert!(
        html.contains(r#"<span class="name-sep">.</span>"#),
        "{html}"
    );
}

#[tokio::test]
async fn decoder_suggests_the_real_type_for_a_typo() {
    let html = render_decoder("t2.mircro", Lang::En).await;
    assert!(html.contains("Did you mean"), "{html}");
    assert!(html.contains("<code>t2.micro</code>"), "{html}");
    assert!(
        html.contains("field-error"),
        "the error should be shown: {html}"
    );
}

#[tokio::test]
async fn decoder_speaks_korean_and_renders_typed_text_as_text() {
    let html = render_decoder("m5d.large", Lang::Ko).await;
    assert!(html.contains("인스턴스 스토어"), "{html}");
    let html = render_decoder("<script>alert(1)</script>", Lang::En).await;
    assert!(
        !html.contains("<script>"),
        "user text must be escaped: {html}"
    );
}
