//! Components shared by pages: one component and its props per file.

mod footer;
mod header;
mod lang_switch;
mod nav_link;

pub use footer::Footer;
pub use header::Header;
pub use lang_switch::LangSwitch;
pub use nav_link::NavLink;
