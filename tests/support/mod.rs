//! Shared by the rendering tests (tests/render*.rs): the app shell at a path with an in-memory
//! history, and a language context around a single component.

#![allow(dead_code)] // each test file uses its own part of this

use ec2_lab::app::Shell;
use ec2_lab::hooks::LangContext;
use ec2_lab::i18n::Lang;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AtRouteProps {
    pub path: &'static str,
    pub lang: Lang,
}

/// The app shell at a given path, with an in-memory history instead of the browser's.
#[component]
pub fn ShellAt(props: &AtRouteProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path);
    html! {
        <Router {history}>
            <Shell lang={props.lang} on_lang_change={Callback::noop()} />
        </Router>
    }
}

/// The shell at `path` rendered to HTML, as the renderer writes it (with its component markers).
pub async fn render_shell(path: &'static str, lang: Lang) -> String {
    LocalServerRenderer::<ShellAt>::with_props(AtRouteProps { path, lang })
        .render()
        .await
}

/// HTML without the renderer's component markers (`<!--<[Link]>-->`).
pub fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out
}

/// The language context a page would get from the shell, with a no-op setter.
pub fn lang_context(lang: Lang) -> LangContext {
    LangContext {
        lang,
        set: Callback::noop(),
    }
}
