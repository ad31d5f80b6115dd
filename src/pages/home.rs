use yew::prelude::*;

use crate::components::NavLink;
use crate::hooks::use_lang;
use crate::i18n::{Localize, Text};
use crate::route::Route;

#[component]
pub fn HomePage() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ lang.t(Text::HomeTitle) }</h1>
            <p class="lead">{ lang.t(Text::HomeIntro) }</p>
            <h2>{ lang.t(Text::HomePagesHeading) }</h2>
            <ul class="page-cards">
                { for Route::NAV.into_iter().filter_map(|route| {
                    let description = route.description()?;
                    Some(html! {
                        <li key={route.title().en()} class="page-card">
                            <h3><NavLink to={route} /></h3>
                            <p>{ lang.t(description) }</p>
                        </li>
                    })
                }) }
            </ul>
            <p class="note">{ lang.t(Text::HomeOfflineNote) }</p>
        </>
    }
}
