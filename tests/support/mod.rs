//! Shared by the rendering tests (tests/render*.rs): the app shell at a path with an in-memory
//! history, a language context around a single component, and a store holding a prepared state.

#![allow(dead_code)] // each test file uses its own part of this

mod shell_html;
#[allow(unused_imports)] // not every test file uses each of them
pub use shell_html::{render_shell, without_markers, AtRouteProps, ShellAt};

use ec2_lab::hooks::LangContext;
use ec2_lab::i18n::Lang;
use ec2_lab::store::{LabModel, LabState};
use yew::prelude::*;

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
