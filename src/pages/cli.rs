use yew::prelude::*;

use crate::components::lab::{ClockControls, Console, InstanceList};
use crate::hooks::use_lang;
use crate::i18n::Text;

/// The AWS CLI console on its own page, beside the instance list it acts on.
#[component]
pub fn CliPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(Text::NavCli) }</h1>
            <p class="lead">{ lang.t(Text::CliDescription) }</p>
            <div class="lab-grid">
                <div class="lab-main">
                    <Console />
                </div>
                <aside class="lab-side">
                    <ClockControls />
                    <InstanceList />
                </aside>
            </div>
        </>
    }
}
