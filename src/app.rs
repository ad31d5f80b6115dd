//! The app root: the browser-facing `App` (language from storage or the browser, routing in the URL
//! fragment) around `Shell`, the layout every page shares. `Shell` touches no browser API, so it renders
//! natively in tests.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::{Footer, Header};
use crate::hooks::{LangContext, Theme, ThemeContext};
use crate::i18n::{Lang, Text};
use crate::pages;
use crate::route::Route;
use crate::store::backup::THEME_KEY;
use crate::store::LabProvider;

/// The start language: the learner's saved choice, else the browser's preference.
fn initial_lang() -> Lang {
    browser::saved_lang()
        .as_deref()
        .and_then(Lang::from_code)
        .or_else(|| browser::browser_language().map(|tag| Lang::from_browser_tag(&tag)))
        .unwrap_or(Lang::En)
}

/// The learner's saved theme, else the system's.
fn initial_theme() -> Theme {
    browser::load_setting(THEME_KEY)
        .as_deref()
        .and_then(Theme::from_code)
        .unwrap_or_default()
}

#[component]
pub fn App() -> Html {
    let lang = use_state(initial_lang);
    let theme = use_state(initial_theme);
    let on_theme_change = {
        let theme = theme.clone();
        Callback::from(move |next: Theme| theme.set(next))
    };
    use_effect_with(*theme, |theme| {
        browser::save_setting(THEME_KEY, theme.code());
        browser::set_document_theme((*theme != Theme::System).then(|| theme.code()));
    });
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
                <Shell lang={*lang} {on_lang_change} theme={*theme} {on_theme_change} />
            </LabProvider>
        </HashRouter>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub lang: Lang,
    pub on_lang_change: Callback<Lang>,
    #[prop_or_default]
    pub theme: Theme,
    #[prop_or_default]
    pub on_theme_change: Callback<Theme>,
}

/// Header with navigation, language and theme switches, the current page, and the footer. Expects a router above.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let context = LangContext {
        lang: props.lang,
        set: props.on_lang_change.clone(),
    };
    let theme = ThemeContext {
        theme: props.theme,
        set: props.on_theme_change.clone(),
    };
    html! {
        <ContextProvider<LangContext> {context}>
            <ContextProvider<ThemeContext> context={theme}>
                <Header />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={pages::switch} />
                </main>
                <Footer />
            </ContextProvider<ThemeContext>>
        </ContextProvider<LangContext>>
    }
}
