//! Shared by the rendering tests (tests/render*.rs): the app shell at a path with an in-memory
//! history, a language context around a single component, and a store holding a prepared state.

#![allow(dead_code)] // each test file uses its own part of this

mod markers;
#[allow(unused_imports)] // not every test file uses it
pub use markers::without_markers;

use ec2_lab::app::Shell;
use ec2_lab::hooks::LangContext;
use ec2_lab::i18n::Lang;
use ec2_lab::store::{LabModel, LabState};
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

/// The language context a page would get from the shell, with a no-op setter.
pub fn lang_context(lang: Lang) -> LangContext {
    LangContext {
        lang,
        set: Callback::noop(),
    }
}

#[derive(Properties, PartialEq)]
pub struct WithLabProps {
    /// The store's state: a prepared world, selection and so on.
    pub state: LabState,
    pub lang: Lang,
    pub children: Html,
}

/// Components that read the store (`use_lab`), rendered around a prepared state in one language.
#[component]
pub fn WithLab(props: &WithLabProps) -> Html {
    let state = props.state.clone();
    let store = use_reducer(move || LabModel::new(state));
    html! {
        <ContextProvider<LangContext> context={lang_context(props.lang)}>
            <ContextProvider<UseReducerHandle<LabModel>> context={store}>
                { props.children.clone() }
            </ContextProvider<UseReducerHandle<LabModel>>>
        </ContextProvider<LangContext>>
    }
}
