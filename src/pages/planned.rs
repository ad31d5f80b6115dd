use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlannedPageProps {
    pub route: Route,
}

/// A page whose feature is still to come: its title, what it will hold, and a plain statement that it
/// is not built yet (never a fake).
#[component]
pub fn PlannedPage(props: &PlannedPageProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(props.route.title()) }</h1>
            if let Some(description) = props.route.description() {
                <p class="lead">{ lang.t(description) }</p>
            }
            <p class="note" role="status">{ lang.t(Text::PageInProgress) }</p>
        </>
    }
}
