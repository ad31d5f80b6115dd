use yew::prelude::*;

use crate::hooks::use_lang;
use yew_router::Routable;

use crate::i18n::{SettingsText, Text};
use crate::route::Route;

#[component]
pub fn Footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="site-footer">
            <p>{ lang.t(Text::FooterDisclaimer) }</p>
            <p>{ lang.t(Text::FooterSimplified) }</p>
            // A plain fragment link: the footer also renders where no router is above it.
            <p><a href={format!("#{}", Route::Data.to_path())}>{ lang.t(SettingsText::FooterDataLink) }</a></p>
        </footer>
    }
}
