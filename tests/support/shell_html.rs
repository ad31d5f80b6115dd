//! The app shell rendered to HTML by yew's server renderer, at a path with an in-memory history, and
//! that HTML without the renderer's component markers (`<!--<[Link]>-->`). Shared by the rendering
//! tests (tests/support) and the home page pre-render (examples/prerender.rs).

use ec2_lab::app::Shell;
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

/// HTML without the renderer's component markers.
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
