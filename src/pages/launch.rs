use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

/// The launch page. The wizard needs the simulation engine; until it lands, the page says so and leads
/// to the instance-type explorer, which works now.
#[component]
pub fn LaunchPage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(Text::NavLaunch) }</h1>
            <p class="lead">{ lang.t(Text::LaunchDescription) }</p>
            <p class="note" role="status">{ lang.t(Text::LaunchWizardComing) }</p>
            <p>
                <Link<Route> to={Route::InstanceTypes} classes="button">{ lang.t(Text::OpenTypeExplorer) }</Link<Route>>
            </p>
        </>
    }
}
