//! The pages of the app. Routes live in the URL's fragment (`#/lab`), so every page's URL reloads on any
//! plain static host, under any sub-path, with no server-side fallback and no copies of index.html.

use yew_router::Routable;

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
    #[at("/diagram")]
    Diagram,
    #[at("/cli")]
    Cli,
    #[at("/learn")]
    Learn,
    #[at("/quiz")]
    Quiz,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The pages in the main navigation, in order.
    pub const NAV: [Route; 9] = [
        Route::Home,
        Route::Lab,
        Route::Launch,
        Route::Amis,
        Route::Volumes,
        Route::Diagram,
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
            Route::Diagram => Text::NavDiagram,
            Route::Cli => Text::NavCli,
            Route::Learn => Text::NavLearn,
            Route::Quiz => Text::NavQuiz,
            Route::NotFound => Text::NotFoundTitle,
        }
    }

    /// The navigation entry a page belongs to: sub-pages light up their parent.
    pub fn section(self) -> Route {
        match self {
            Route::InstanceTypes => Route::Launch,
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
            Route::Diagram => Some(Text::DiagramDescription),
            Route::Cli => Some(Text::CliDescription),
            Route::Learn => Some(Text::LearnDescription),
            Route::Quiz => Some(Text::QuizDescription),
            Route::InstanceTypes => Some(Text::TypesIntro),
            Route::Home | Route::NotFound => None,
        }
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
