//! Saving the deck in the browser and reading it back, as the world is saved (`store::persist`): a
//! saved deck that cannot be read is kept under a backup key, the quiz starts afresh, and the learner
//! is told in their language. Pure: the quiz provider does the storage calls.

use super::schedule::Deck;

/// Versioned key: a future incompatible format gets a new key and a migration from this one.
pub const QUIZ_KEY: &str = "ec2-lab/v1/quiz";
pub const QUIZ_BACKUP_KEY: &str = "ec2-lab/v1/quiz.unreadable";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizNotice {
    /// The saved quiz progress could not be read; it was kept under `QUIZ_BACKUP_KEY`.
    UnreadableProgressKept { reason: String },
}

/// Whether saved quiz progress can be read (an import checks this before replacing anything).
pub fn check_saved_quiz(text: &str) -> Result<(), String> {
    Deck::from_json(text).map(drop)
}

/// What to start with, given what storage holds: (deck, notice, text to back up).
pub fn load_deck(saved: Option<&str>) -> (Deck, Option<QuizNotice>, Option<String>) {
    match saved {
        None => (Deck::default(), None, None),
        Some(text) => match Deck::from_json(text) {
            Ok(deck) => (deck, None, None),
            Err(reason) => (
                Deck::default(),
                Some(QuizNotice::UnreadableProgressKept { reason }),
                Some(text.to_owned()),
            ),
        },
    }
}
