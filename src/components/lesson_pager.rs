use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::{lessons, LessonId};
use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LessonPagerProps {
    pub id: LessonId,
}

/// The lessons before and after this one, in reading order.
pub fn neighbours(id: LessonId) -> (Option<LessonId>, Option<LessonId>) {
    let all = LessonId::ALL;
    match all.iter().position(|&x| x == id) {
        Some(i) => (
            i.checked_sub(1).and_then(|p| all.get(p).copied()),
            all.get(i + 1).copied(),
        ),
        None => (None, None),
    }
}

/// Previous and next lesson links at the end of a lesson.
#[component]
pub fn LessonPager(props: &LessonPagerProps) -> Html {
    let lang = use_lang();
    let (previous, next) = neighbours(props.id);
    let link = |id: LessonId, direction: Text, class: &'static str| {
        html! {
            <Link<Route> to={Route::lesson(id)} classes={classes!("pager-link", class)}>
                <span class="pager-direction">{ lang.t(direction) }</span>
                <span class="pager-title">{ lessons::get(id).title.get(lang.lang) }</span>
            </Link<Route>>
        }
    };
    html! {
        <nav class="lesson-pager" aria-label={lang.t(Text::LessonNavigation)}>
            if let Some(id) = previous { { link(id, Text::PreviousLesson, "pager-previous") } }
            if let Some(id) = next { { link(id, Text::NextLesson, "pager-next") } }
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_and_last_lessons_have_one_neighbour() {
        let first = LessonId::ALL[0];
        let last = LessonId::ALL[LessonId::ALL.len() - 1];
        assert_eq!(neighbours(first), (None, Some(LessonId::ALL[1])));
        assert_eq!(
            neighbours(last),
            (Some(LessonId::ALL[LessonId::ALL.len() - 2]), None)
        );
        assert_eq!(
            neighbours(LessonId::Lifecycle),
            (Some(LessonId::InstanceTypes), Some(LessonId::Amis))
        );
    }
}
