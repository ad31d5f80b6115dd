//! Hooks shared by pages and components.

mod lang;
mod theme;

pub use lang::{use_lang, LangContext};
pub use theme::{use_theme, Theme, ThemeContext};
