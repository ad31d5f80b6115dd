use yew::prelude::*;

use crate::i18n::SettingsText;

/// Light or dark: the system's (the default), or the learner's choice, remembered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// As saved and as the `data-theme` attribute (none for the system's).
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }

    pub fn label(self) -> SettingsText {
        match self {
            Theme::System => SettingsText::ThemeSystem,
            Theme::Light => SettingsText::ThemeLight,
            Theme::Dark => SettingsText::ThemeDark,
        }
    }
}

/// The current theme and how to change it, provided by the app shell.
#[derive(Clone, PartialEq)]
pub struct ThemeContext {
    pub theme: Theme,
    pub set: Callback<Theme>,
}

/// The theme context; the system's with a no-op setter outside the shell (a rendering test).
#[hook]
pub fn use_theme() -> ThemeContext {
    use_context::<ThemeContext>().unwrap_or_else(|| ThemeContext {
        theme: Theme::System,
        set: Callback::noop(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), Some(theme));
        }
        assert_eq!(Theme::from_code("sepia"), None);
    }
}
