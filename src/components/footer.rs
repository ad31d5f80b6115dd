use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::Text;

#[component]
pub fn Footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="site-footer">
            <p>{ lang.t(Text::FooterDisclaimer) }</p>
            <p>{ lang.t(Text::FooterSimplified) }</p>
        </footer>
    }
}
