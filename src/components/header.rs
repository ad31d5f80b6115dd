use yew::prelude::*;
use yew_router::Routable;

use super::{LangSwitch, NavLink, ThemeSwitch};
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

#[component]
pub fn Header() -> Html {
    let lang = use_lang();
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip_to_main}>{ lang.t(Text::SkipToContent) }</a>
            <div class="brand">
                <svg class="brand-logo" viewBox="0 0 64 64" width="28" height="28" aria-hidden="true">
                    <rect width="64" height="64" rx="12" fill="#232f3e" />
                    <rect x="14" y="14" width="36" height="36" rx="4" fill="none" stroke="#ff9900" stroke-width="5" />
                    <rect x="24" y="24" width="16" height="16" rx="2" fill="#ff9900" />
                </svg>
                <span class="brand-name">{ lang.t(Text::Brand) }</span>
                <span class="brand-tagline">{ lang.t(Text::Tagline) }</span>
            </div>
            <nav class="main-nav" aria-label={lang.t(Text::MainNavigation)}>
                <ul>
                    { for Route::NAV.into_iter().map(|route| html! {
                        <li key={route.to_path()}><NavLink to={route} /></li>
                    }) }
                </ul>
            </nav>
            <div class="header-settings">
                <LangSwitch />
                <ThemeSwitch />
            </div>
        </header>
    }
}

/// With routes in the fragment, `href="#main"` would be read as a route; move focus by hand instead.
fn skip_to_main(e: MouseEvent) {
    e.prevent_default();
    crate::browser::focus_element("main");
}
