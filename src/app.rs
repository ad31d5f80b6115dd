//! The app root: the browser-facing `App` (language from storage or the browser, routing in the URL
//! fragment) around `Shell`, the layout every page shares. `Shell` touches no browser API, so it renders
//! natively in tests.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::{Footer, Header};
use crate::hooks::LangContext;
use crate::i18n::{Lang, Text};
use crate::pages;
use crate::route::Route;
use crate::store::LabProvider;

/// The start language: the learner's saved choice, else the browser's preference.
fn initial_lang() -> Lang {
    browser::saved_lang()
        .as_deref()
        .and_then(Lang::from_code)
        .or_else(|| browser::browser_language().map(|tag| Lang::from_browser_tag(&tag)))
        .unwrap_or(Lang::En)
}

#[component]
pub fn App() -> Html {
    let lang = use_state(initial_lang);
    let on_lang_change = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| lang.set(next))
    };

    use_effect_with(*lang, |lang| {
        browser::save_lang(lang.code());
        browser::set_document_language(lang.code(), lang.t(Text::Brand));
    });

    html! {
        <HashRouter>
            <LabProvider>
                <Shell lang={*lang} {on_lang_change} />
            </LabProvider>
        </HashRouter>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub lang: Lang,
    pub on_lang_change: Callback<Lang>,
}

/// Header with navigation and language switch, the current page, and the footer. Expects a router above.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let context = LangContext {
        lang: props.lang,
        set: props.on_lang_change.clone(),
    };
    html! {
        <ContextProvider<LangContext> {context}>
            <Header />
            <main id="main" tabindex="-1">
                <Switch<Route> render={pages::switch} />
            </main>
            <Footer />
        </ContextProvider<LangContext>>
    }
}
