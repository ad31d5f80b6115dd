//! Components shared by pages: one component and its props per file.

pub mod amis;
mod footer;
pub mod form_events;
mod header;
pub mod lab;
mod lang_switch;
mod launch;
mod lesson_block;
mod lesson_callout;
mod lesson_pager;
pub mod lesson_text;
pub mod line_history;
mod nav_link;
pub mod pager;
pub mod quiz;
pub mod scroll_region;
pub mod storage;
mod theme_switch;
pub mod transcript;
mod type_decoder;
pub mod type_explorer;

pub use footer::Footer;
pub use header::Header;
pub use lang_switch::LangSwitch;
pub use launch::LaunchWizard;
pub use lesson_block::LessonBlock;
pub use lesson_callout::{tone_label, LessonCallout};
pub use lesson_pager::{neighbours, LessonPager};
pub use nav_link::NavLink;
pub use scroll_region::ScrollRegion;
pub use theme_switch::ThemeSwitch;
pub use type_decoder::TypeDecoder;
pub use type_explorer::TypeExplorer;
