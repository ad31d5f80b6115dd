//! Learning content as data: lessons, the quiz bank, and the identifiers that link them to each other and
//! to the Lab. Pure Rust (no yew or browser APIs), so every link and translation is checked natively.

pub mod ids;
pub mod lessons;
pub mod localized;
pub mod quiz_bank;

pub use ids::{ExperimentId, LessonId, QuizTopic};
pub use localized::Localized;
