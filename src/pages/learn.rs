use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::lesson_text::rich_text;
use crate::content::lessons;
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

/// The Learn page: every lesson in reading order, each a link with its summary, and the glossary.
#[component]
pub fn LearnPage() -> Html {
    let lang = use_lang();
    html! {
        <div class="learn">
            <h1>{ lang.t(Text::NavLearn) }</h1>
            <p class="lead">{ lang.t(Text::LearnDescription) }</p>
            <p class="glossary-link">
                <Link<Route> to={Route::Glossary}>{ lang.t(Text::OpenGlossary) }</Link<Route>>
            </p>
            <h2>{ lang.t(Text::LessonsHeading) }</h2>
            <p>{ lang.t(Text::LessonsIntro) }</p>
            <ol class="lesson-index">
                { for lessons::all().iter().map(|lesson| html! {
                    <li key={lesson.id.slug()} class="lesson-card">
                        <h3>
                            <Link<Route> to={Route::lesson(lesson.id)}>
                                { rich_text(lesson.title.get(lang.lang)) }
                            </Link<Route>>
                        </h3>
                        <p>{ rich_text(lesson.summary.get(lang.lang)) }</p>
                    </li>
                }) }
            </ol>
        </div>
    }
}
