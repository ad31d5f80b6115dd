//! The self-quiz's components: a question of any kind, and the progress figures.

mod question;
mod stats;

pub use question::{choice_labels, state_label, QuestionCard};
pub use stats::{bar_heights, QuizStats};
