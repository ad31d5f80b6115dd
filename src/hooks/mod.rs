//! Hooks shared by pages and components.

mod lang;

pub use lang::{use_lang, LangContext};
