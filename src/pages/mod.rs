//! One page per route.

mod amis;
mod cli;
mod data;
mod glossary;
mod home;
mod instance_types;
mod lab;
mod launch;
mod learn;
mod learn_lesson;
mod not_found;
mod quiz;
mod volumes;

pub use amis::AmisPage;
pub use cli::CliPage;
pub use data::DataPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use instance_types::InstanceTypesPage;
pub use lab::LabPage;
pub use launch::LaunchPage;
pub use learn::LearnPage;
pub use learn_lesson::LessonPage;
pub use not_found::NotFoundPage;
pub use quiz::QuizPage;
pub use volumes::VolumesPage;

use yew::prelude::*;

use crate::route::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::NotFound => html! { <NotFoundPage /> },
        Route::Launch => html! { <LaunchPage /> },
        Route::InstanceTypes => html! { <InstanceTypesPage /> },
        Route::Learn => html! { <LearnPage /> },
        Route::Lesson { slug } => html! { <LessonPage {slug} /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Lab => html! { <LabPage /> },
        Route::Cli => html! { <CliPage /> },
        Route::Data => html! { <DataPage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Volumes => html! { <VolumesPage /> },
        Route::Amis => html! { <AmisPage /> },
    }
}
