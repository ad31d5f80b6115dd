//! The pages of the app. Routes live in the URL's fragment (`#/lab`), so every page's URL reloads on any
//! plain static host, under any sub-path, with no server-side fallback and no copies of index.html.

use std::fmt;
use std::str::FromStr;

use yew_router::Routable;

use crate::content::LessonId;
use crate::i18n::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/lab")]
    Lab,
    #[at("/launch")]
    Launch,
    #[at("/launch/types")]
    InstanceTypes,
    #[at("/amis")]
    Amis,
    #[at("/volumes")]
    Volumes,
    #[at("/cli")]
    Cli,
    #[at("/learn")]
    Learn,
    /// One lesson: `#/learn/lifecycle`. An unknown slug still routes here and shows "no such lesson".
    #[at("/learn/:slug")]
    Lesson { slug: LessonSlug },
    #[at("/glossary")]
    Glossary,
    #[at("/quiz")]
    Quiz,
    /// Export, import and reset (linked from the footer).
    #[at("/data")]
    Data,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The pages in the main navigation, in order.
    pub const NAV: [Route; 8] = [
        Route::Home,
        Route::Lab,
        Route::Launch,
        Route::Amis,
        Route::Volumes,
        Route::Cli,
        Route::Learn,
        Route::Quiz,
    ];

    /// The page's name in the navigation and its heading.
    pub fn title(self) -> Text {
        match self {
            Route::Home => Text::NavHome,
            Route::Lab => Text::NavLab,
            Route::Launch => Text::NavLaunch,
            Route::InstanceTypes => Text::TypesTitle,
            Route::Amis => Text::NavAmis,
            Route::Volumes => Text::NavVolumes,
            Route::Cli => Text::NavCli,
            Route::Learn | Route::Lesson { .. } => Text::NavLearn,
            Route::Glossary => Text::GlossaryTitle,
            Route::Quiz => Text::NavQuiz,
            Route::Data => Text::DataTitle,
            Route::NotFound => Text::NotFoundTitle,
        }
    }

    /// The navigation entry a page belongs to: sub-pages light up their parent.
    pub fn section(self) -> Route {
        match self {
            Route::InstanceTypes => Route::Launch,
            Route::Lesson { .. } | Route::Glossary => Route::Learn,
            other => other,
        }
    }

    /// One sentence saying what the page is for (home page cards and page intros).
    pub fn description(self) -> Option<Text> {
        match self {
            Route::Lab => Some(Text::LabDescription),
            Route::Launch => Some(Text::LaunchDescription),
            Route::Amis => Some(Text::AmisDescription),
            Route::Volumes => Some(Text::VolumesDescription),
            Route::Cli => Some(Text::CliDescription),
            Route::Learn => Some(Text::LearnDescription),
            Route::Quiz => Some(Text::QuizDescription),
            Route::Data => Some(Text::DataDescription),
            Route::InstanceTypes => Some(Text::TypesIntro),
            Route::Glossary => Some(Text::GlossaryIntro),
            Route::Home | Route::NotFound | Route::Lesson { .. } => None,
        }
    }
}

/// The lesson part of a lesson's URL. Any text parses, so an unknown slug reaches the lesson page (which
/// says there is no such lesson and links back to the list) rather than the generic not-found page;
/// it stays `Copy`, so `Route` does too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonSlug {
    Known(LessonId),
    Unknown,
}

impl LessonSlug {
    /// What an unknown slug prints as (no lesson has this slug).
    const UNKNOWN: &'static str = "unknown";

    pub fn lesson(self) -> Option<LessonId> {
        match self {
            LessonSlug::Known(id) => Some(id),
            LessonSlug::Unknown => None,
        }
    }
}

impl From<LessonId> for LessonSlug {
    fn from(id: LessonId) -> Self {
        LessonSlug::Known(id)
    }
}

impl FromStr for LessonSlug {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(LessonId::ALL
            .into_iter()
            .find(|id| id.slug() == s)
            .map_or(LessonSlug::Unknown, LessonSlug::Known))
    }
}

impl fmt::Display for LessonSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LessonSlug::Known(id) => id.slug(),
            LessonSlug::Unknown => Self::UNKNOWN,
        })
    }
}

impl Route {
    /// The page of one lesson.
    pub fn lesson(id: LessonId) -> Route {
        Route::Lesson { slug: id.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_navigation_entry_has_its_own_path_that_routes_back_to_it() {
        let mut paths: Vec<String> = Route::NAV.iter().map(|r| r.to_path()).collect();
        for route in Route::NAV {
            assert_eq!(Route::recognize(&route.to_path()), Some(route));
        }
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), Route::NAV.len());
    }

    #[test]
    fn every_page_belongs_to_a_navigation_entry() {
        for route in [Route::InstanceTypes, Route::NotFound, Route::Lab] {
            let section = route.section();
            assert!(
                section == Route::NotFound || Route::NAV.contains(&section),
                "{route:?}"
            );
        }
        assert_eq!(Route::InstanceTypes.section(), Route::Launch);
    }

    #[test]
    fn every_lesson_has_a_path_that_routes_back_to_it() {
        for id in LessonId::ALL {
            let path = Route::lesson(id).to_path();
            assert_eq!(path, format!("/learn/{}", id.slug()));
            assert_eq!(Route::recognize(&path), Some(Route::lesson(id)));
        }
    }

    #[test]
    fn an_unknown_lesson_still_reaches_the_lesson_page() {
        let route = Route::recognize("/learn/no-such-lesson");
        assert_eq!(
            route,
            Some(Route::Lesson {
                slug: LessonSlug::Unknown
            })
        );
        assert_eq!(route.map(Route::section), Some(Route::Learn));
    }

    #[test]
    fn lessons_and_the_glossary_belong_to_learn() {
        assert_eq!(Route::recognize("/glossary"), Some(Route::Glossary));
        assert_eq!(Route::Glossary.section(), Route::Learn);
        assert_eq!(Route::lesson(LessonId::Amis).section(), Route::Learn);
        assert!(Route::Glossary.description().is_some());
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(Route::recognize("/no-such-page"), Some(Route::NotFound));
    }

    #[test]
    fn every_page_but_home_describes_itself() {
        for route in Route::NAV.into_iter().filter(|r| *r != Route::Home) {
            assert!(route.description().is_some(), "{route:?}");
        }
    }
}
