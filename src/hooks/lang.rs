use yew::prelude::*;

use crate::i18n::{Lang, Localize};

/// The current language and how to change it, provided by the app shell to every page.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

impl LangContext {
    pub fn t(&self, text: impl Localize) -> &'static str {
        self.lang.t(text)
    }
}

/// The language context; English with a no-op setter if a component is rendered outside the shell
/// (as in a rendering test of a single component).
#[hook]
pub fn use_lang() -> LangContext {
    use_context::<LangContext>().unwrap_or_else(|| LangContext {
        lang: Lang::En,
        set: Callback::noop(),
    })
}
