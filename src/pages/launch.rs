use yew::prelude::*;

use crate::components::LaunchWizard;
use crate::hooks::use_lang;
use crate::i18n::{LaunchText, Text};

/// The launch wizard (issue 5): one screen like the console's Launch instances page.
#[component]
pub fn LaunchPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(Text::NavLaunch) }</h1>
            <p class="lead">{ lang.t(LaunchText::Intro) }</p>
            <LaunchWizard />
        </>
    }
}
