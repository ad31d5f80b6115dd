//! The learner's deck: one FSRS card per question of the bank and per kind of generated question
//! (a concept), plus tallies for the stats. Pure: "now" is always passed in ([`Clock`]), so the
//! scheduler is tested with fixed timestamps and the browser only supplies `Date.now()`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Parameters, Rating, State, FSRS};
use serde::{Deserialize, Serialize};

use crate::content::QuizTopic;

/// Saved-format version; a future incompatible format gets a new key (`ec2-lab/v2/quiz`).
pub const DECK_VERSION: u32 = 1;

/// A card answered wrong this many times is a leech (Anki's idea: a card that keeps failing needs a
/// different approach, such as the lesson again). Anki's default is 8 lapses; our decks are small and
/// a learner sees a card often, so 4 wrong answers is enough to flag it.
pub const LEECH_WRONG: u32 = 4;

const DAY_MS: i64 = 86_400_000;

/// The moment of an answer: milliseconds since the Unix epoch, and the learner's UTC offset in minutes
/// (Seoul is +540), so "today" and the streak follow the learner's own midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    pub now_ms: i64,
    pub utc_offset_min: i32,
}

impl Clock {
    pub fn utc(now_ms: i64) -> Clock {
        Clock {
            now_ms,
            utc_offset_min: 0,
        }
    }

    /// The learner's calendar day, as days since 1970-01-01 in their time zone.
    pub fn day(self) -> i64 {
        (self.now_ms + i64::from(self.utc_offset_min) * 60_000).div_euclid(DAY_MS)
    }

    fn instant(self) -> DateTime<Utc> {
        instant(self.now_ms)
    }
}

fn instant(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// How the learner rates their recall (FSRS's four grades).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// The grade when the learner does not choose one: right is Good, wrong is Again.
    pub fn automatic(correct: bool) -> Grade {
        if correct {
            Grade::Good
        } else {
            Grade::Again
        }
    }

    fn rating(self) -> Rating {
        match self {
            Grade::Again => Rating::Again,
            Grade::Hard => Rating::Hard,
            Grade::Good => Rating::Good,
            Grade::Easy => Rating::Easy,
        }
    }
}

/// One card: its FSRS memory state and what the learner answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardRecord {
    pub topic: QuizTopic,
    pub fsrs: Card,
    pub right: u32,
    pub wrong: u32,
    /// The learner's day of the last answer, when it was wrong (for "today's mistakes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_wrong_day: Option<i64>,
}

impl CardRecord {
    pub fn due_ms(&self) -> i64 {
        self.fsrs.due.timestamp_millis()
    }

    pub fn is_due(&self, clock: Clock) -> bool {
        self.due_ms() <= clock.now_ms
    }

    pub fn is_leech(&self) -> bool {
        self.wrong >= LEECH_WRONG
    }

    pub fn wrong_today(&self, clock: Clock) -> bool {
        self.last_wrong_day == Some(clock.day())
    }

    /// The chance the learner still remembers it now (FSRS's forgetting curve), 0..1.
    pub fn retrievability(&self, clock: Clock) -> f64 {
        if self.fsrs.state == State::New {
            return 0.0;
        }
        let elapsed_days = ((clock.now_ms - self.fsrs.last_review.timestamp_millis()) as f64
            / DAY_MS as f64)
            .max(0.0);
        let stability = self.fsrs.stability.max(0.01);
        Parameters::forgetting_curve(elapsed_days, stability).clamp(0.0, 1.0)
    }
}

/// Answers on one day, for the streak and the chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTally {
    pub answered: u32,
    pub right: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deck {
    pub version: u32,
    /// By card id: a question id of the bank (`lifecycle-007`) or a generated concept (`gen-survival`).
    pub cards: BTreeMap<String, CardRecord>,
    /// By the learner's day number.
    pub days: BTreeMap<i64, DayTally>,
}

impl Default for Deck {
    fn default() -> Self {
        Deck {
            version: DECK_VERSION,
            cards: BTreeMap::new(),
            days: BTreeMap::new(),
        }
    }
}

/// FSRS with its published default weights, short-term (same-day) steps on, and no fuzz, so the
/// schedule is deterministic. `Parameters::default()` reads the clock for a fuzz seed we never use;
/// chrono's clock works in the browser (through js-sys), so that is harmless there too.
fn scheduler() -> FSRS {
    FSRS::new(Parameters {
        enable_fuzz: false,
        enable_short_term: true,
        ..Parameters::default()
    })
}

impl Deck {
    pub fn card(&self, id: &str) -> Option<&CardRecord> {
        self.cards.get(id)
    }

    /// Records an answer to card `id` and schedules its next review.
    pub fn review(
        &mut self,
        id: &str,
        topic: QuizTopic,
        correct: bool,
        grade: Grade,
        clock: Clock,
    ) {
        let now = clock.instant();
        let record = self
            .cards
            .entry(id.to_owned())
            .or_insert_with(|| CardRecord {
                topic,
                fsrs: Card {
                    due: now,
                    last_review: now,
                    ..Card::default()
                },
                right: 0,
                wrong: 0,
                last_wrong_day: None,
            });
        record.topic = topic;
        record.fsrs = scheduler()
            .next(record.fsrs.clone(), now, grade.rating())
            .card;
        if correct {
            record.right += 1;
            // Put right again: no longer one of today's mistakes (a leech stays one).
            record.last_wrong_day = None;
        } else {
            record.wrong += 1;
            record.last_wrong_day = Some(clock.day());
        }
        let day = self.days.entry(clock.day()).or_default();
        day.answered += 1;
        if correct {
            day.right += 1;
        }
    }

    /// Ids of cards due now, the most overdue first.
    pub fn due(&self, clock: Clock) -> Vec<&str> {
        let mut due: Vec<(&str, i64)> = self
            .cards
            .iter()
            .filter(|(_, c)| c.is_due(clock))
            .map(|(id, c)| (id.as_str(), c.due_ms()))
            .collect();
        crate::sorting::sort_by_key(&mut due, |&(id, due)| (due, id));
        due.into_iter().map(|(id, _)| id).collect()
    }

    /// Ids of cards answered wrong today, then leeches, without repeats.
    pub fn mistakes(&self, clock: Clock) -> Vec<&str> {
        let today = self
            .cards
            .iter()
            .filter(|(_, c)| c.wrong_today(clock))
            .map(|(id, _)| id.as_str());
        let leeches = self
            .cards
            .iter()
            .filter(|(_, c)| c.is_leech() && !c.wrong_today(clock))
            .map(|(id, _)| id.as_str());
        today.chain(leeches).collect()
    }

    /// Days in a row, ending today (or yesterday, when nothing is answered yet today), with at least
    /// one answer.
    pub fn streak(&self, clock: Clock) -> u32 {
        let today = clock.day();
        let mut day = if self.days.contains_key(&today) {
            today
        } else {
            today - 1
        };
        let mut streak = 0;
        while self.days.get(&day).is_some_and(|t| t.answered > 0) {
            streak += 1;
            day -= 1;
        }
        streak
    }

    /// The last `n` days' tallies, oldest first, today last (days without answers are zero).
    pub fn recent_days(&self, clock: Clock, n: usize) -> Vec<DayTally> {
        let today = clock.day();
        (0..n as i64)
            .rev()
            .map(|back| self.days.get(&(today - back)).copied().unwrap_or_default())
            .collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a saved deck; an error says why it cannot be used.
    pub fn from_json(text: &str) -> Result<Deck, String> {
        let deck: Deck = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if deck.version != DECK_VERSION {
            return Err(format!("unknown quiz format version {}", deck.version));
        }
        Ok(deck)
    }
}

/// One topic's figures for the stats table.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TopicStats {
    pub questions: usize,
    /// Cards of the topic the learner has answered at least once.
    pub seen: usize,
    pub due: usize,
    pub right: u32,
    pub wrong: u32,
    /// Mean recall probability of the seen cards now; None before any answer.
    pub retention: Option<f64>,
}

impl TopicStats {
    /// Share of answers that were right; None before any answer.
    pub fn accuracy(&self) -> Option<f64> {
        let total = self.right + self.wrong;
        (total > 0).then(|| f64::from(self.right) / f64::from(total))
    }
}

impl Deck {
    /// Figures for one topic; `questions` is how many cards the topic has in all.
    pub fn topic_stats(&self, topic: QuizTopic, questions: usize, clock: Clock) -> TopicStats {
        let mut stats = TopicStats {
            questions,
            ..TopicStats::default()
        };
        let mut recall = 0.0;
        for card in self.cards.values().filter(|c| c.topic == topic) {
            stats.seen += 1;
            stats.right += card.right;
            stats.wrong += card.wrong;
            if card.is_due(clock) {
                stats.due += 1;
            }
            recall += card.retrievability(clock);
        }
        if stats.seen > 0 {
            stats.retention = Some(recall / stats.seen as f64);
        }
        stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_780_000_000_000; // a fixed moment in 2026

    #[test]
    fn a_wrong_answer_comes_back_sooner_than_a_right_one() {
        let mut deck = Deck::default();
        let clock = Clock::utc(T0);
        deck.review("a", QuizTopic::Lifecycle, false, Grade::Again, clock);
        deck.review("b", QuizTopic::Lifecycle, true, Grade::Good, clock);
        assert!(deck.card("a").unwrap().due_ms() < deck.card("b").unwrap().due_ms());
    }

    #[test]
    fn days_follow_the_learners_midnight() {
        // 2026-05-28 20:00 UTC is already the 29th in Seoul.
        let utc = Clock::utc(T0);
        let seoul = Clock {
            utc_offset_min: 540,
            ..utc
        };
        assert!(seoul.day() >= utc.day());
    }
}
