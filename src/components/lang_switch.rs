use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{Lang, Text};

/// Two toggle buttons, each named in its own language, so a learner who cannot read the current
/// language still finds theirs.
#[component]
pub fn LangSwitch() -> Html {
    let ctx = use_lang();
    html! {
        <div class="lang-switch" role="group" aria-label={ctx.t(Text::LanguageLabel)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let set = ctx.set.clone();
                let pressed = ctx.lang == lang;
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={pressed.to_string()}
                        onclick={move |_| set.emit(lang)}>
                        { lang.native_name() }
                    </button>
                }
            }) }
        </div>
    }
}
