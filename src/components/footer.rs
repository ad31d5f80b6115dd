use yew::prelude::*;

use crate::hooks::use_lang;
use yew_router::prelude::Link;

use crate::i18n::{SettingsText, Text};
use crate::route::Route;

#[component]
pub fn Footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="site-footer">
            <p>{ lang.t(Text::FooterDisclaimer) }</p>
            <p>{ lang.t(Text::FooterSimplified) }</p>
            <p><Link<Route> to={Route::Data}>{ lang.t(SettingsText::FooterDataLink) }</Link<Route>></p>
        </footer>
    }
}
