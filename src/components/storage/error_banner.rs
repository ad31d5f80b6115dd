use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::store::{use_lab, LabAction};

/// EC2's error for the last action that failed, as the Lab shows it (for pages other than the Lab).
#[component]
pub fn ErrorBanner() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let Some(failed) = &lab.last_error else {
        return html! {};
    };
    let dismiss = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::DismissError)
    };
    html! {
        <div class="error-banner" role="alert">
            <h2>{ lang.t(Text::ErrorHeading) }</h2>
            <p><code>{ failed.error.cli_text(failed.operation) }</code></p>
            if let Some(hint) = &failed.error.hint { <p>{ hint }</p> }
            <button type="button" class="secondary" onclick={dismiss}>{ lang.t(Text::Dismiss) }</button>
        </div>
    }
}
