//! One page per route. Pages whose feature has not landed yet show what they will hold, and say so.

mod home;
mod not_found;
mod planned;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use planned::PlannedPage;

use yew::prelude::*;

use crate::route::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::NotFound => html! { <NotFoundPage /> },
        Route::Lab
        | Route::Launch
        | Route::Amis
        | Route::Volumes
        | Route::Diagram
        | Route::Cli
        | Route::Learn
        | Route::Quiz => html! { <PlannedPage {route} /> },
    }
}
