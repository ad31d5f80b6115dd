//! One sitting of the quiz: which questions, in which order, the learner's answer in progress, the
//! grades, and the score. Pure: the page turns clicks and keys into calls here, and the deck is
//! updated (scheduled) as answers are given.

use std::collections::BTreeSet;

use crate::content::quiz_bank::{self, Answer, DecodeAnswer, Kind, Question, StateId};
use crate::content::QuizTopic;

use super::generate::{self, Concept};
use super::rng::Rng;
use super::schedule::{Clock, Deck, Grade};

/// How many cards one practice sitting holds at most, and how many of them may be new.
pub const PRACTICE_SIZE: usize = 20;
pub const PRACTICE_NEW: usize = 10;
pub const EXAM_SIZES: [usize; 4] = [5, 10, 20, 40];
pub const TIME_LIMITS_MIN: [u32; 3] = [5, 10, 30];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Due cards first, then new ones; each answer graded and explained at once.
    Practice,
    /// N questions, no feedback until the end, optionally timed; a score and a review at the end.
    Exam,
    /// Today's wrong answers and leeches.
    Mistakes,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Practice, Mode::Exam, Mode::Mistakes];

    pub fn slug(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
            Mode::Mistakes => "mistakes",
        }
    }

    pub fn from_slug(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.slug() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub mode: Mode,
    /// Only this topic's questions ("by topic"); None for all.
    pub topic: Option<QuizTopic>,
    pub exam_size: usize,
    pub time_limit_min: Option<u32>,
    /// Draws the exam's questions and the generated ones; the page takes it from the clock.
    pub seed: u64,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            mode: Mode::Practice,
            topic: None,
            exam_size: EXAM_SIZES[0],
            time_limit_min: None,
            seed: 0,
        }
    }
}

/// One question of the sitting and the card it counts for.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The bank question's id, or a generated concept's card id (`gen-survival`).
    pub card: String,
    pub question: Question,
    /// For an order question: the states as shown, shuffled.
    pub shown_states: Vec<StateId>,
}

impl Item {
    fn new(card: String, question: Question, rng: &mut Rng) -> Item {
        let shown_states = match &question.kind {
            Kind::Order { states } => {
                let mut shown = states.clone();
                rng.shuffle(&mut shown);
                if shown == *states && shown.len() > 1 {
                    shown.rotate_left(1);
                }
                shown
            }
            _ => Vec::new(),
        };
        Item {
            card,
            question,
            shown_states,
        }
    }

    /// How many things there are to pick (number keys 1..=n).
    pub fn choice_count(&self) -> usize {
        match &self.question.kind {
            Kind::TrueFalse { .. } => 2,
            Kind::Order { .. } => self.shown_states.len(),
            Kind::NextState { .. } => StateId::ALL.len(),
            _ => self.question.options().len(),
        }
    }

    /// A typed answer rather than picked ones (a decode question without options).
    pub fn is_text(&self) -> bool {
        matches!(
            self.question.kind,
            Kind::Decode {
                answer: DecodeAnswer::Text(_),
                ..
            }
        )
    }

    pub fn is_order(&self) -> bool {
        matches!(self.question.kind, Kind::Order { .. })
    }

    /// Whether the i-th pick is part of the right answer (to mark "correct answer" after grading).
    pub fn is_right_pick(&self, i: usize) -> bool {
        match self.question.expected() {
            Answer::Choice(right) => right == i,
            Answer::Choices(right) => right.contains(&i),
            Answer::Bool(right) => (i == 0) == right,
            Answer::State(right) => StateId::ALL.get(i).is_some_and(|s| s.id() == right),
            Answer::Order(_) | Answer::Text(_) => false,
        }
    }
}

/// The learner's answer in progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// Picked options (choice, true/false: 0 is true, next state: index in `StateId::ALL`).
    pub picked: BTreeSet<usize>,
    /// Order questions: indexes into `Item::shown_states`, in the order picked.
    pub sequence: Vec<usize>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub correct: bool,
    pub answer: Answer,
    /// The draft as answered, to show the learner's picks in the review.
    pub draft: Draft,
    /// Set once the card is scheduled with this grade.
    pub scheduled: Option<Grade>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub setup: Setup,
    pub items: Vec<Item>,
    pub index: usize,
    pub draft: Draft,
    pub outcomes: Vec<Option<Outcome>>,
    pub deadline_ms: Option<i64>,
    pub finished: bool,
}

/// The question a card id stands for: the bank's, or a fresh generated one.
pub fn question_for(card: &str, seed: u64) -> Option<Question> {
    match Concept::from_card_id(card) {
        Some(concept) => Some(generate::generate(concept, seed).question),
        None => quiz_bank::get(card).cloned(),
    }
}

fn topic_of(card: &str) -> Option<QuizTopic> {
    match Concept::from_card_id(card) {
        Some(concept) => Some(concept.topic()),
        None => quiz_bank::get(card).map(|q| q.topic),
    }
}

/// Every card there is: the bank's questions and the generated concepts.
pub fn all_cards() -> Vec<(String, QuizTopic)> {
    quiz_bank::all()
        .iter()
        .map(|q| (q.id.clone(), q.topic))
        .chain(
            Concept::ALL
                .into_iter()
                .map(|c| (c.card_id().to_owned(), c.topic())),
        )
        .collect()
}

impl Session {
    /// Picks the questions of a sitting.
    pub fn new(setup: Setup, deck: &Deck, clock: Clock) -> Session {
        let mut rng = Rng::new(setup.seed);
        let in_topic = |card: &str| setup.topic.is_none() || topic_of(card) == setup.topic;
        let cards: Vec<String> = match setup.mode {
            Mode::Practice => {
                let due = deck.due(clock).into_iter().filter(|c| in_topic(c));
                let mut new: Vec<String> = all_cards()
                    .into_iter()
                    .map(|(card, _)| card)
                    .filter(|c| deck.card(c).is_none() && in_topic(c))
                    .collect();
                rng.shuffle(&mut new);
                due.map(str::to_owned)
                    .take(PRACTICE_SIZE)
                    .chain(new.into_iter().take(PRACTICE_NEW))
                    .take(PRACTICE_SIZE)
                    .collect()
            }
            Mode::Exam => {
                let mut pool: Vec<String> = quiz_bank::all()
                    .iter()
                    .map(|q| q.id.clone())
                    .filter(|c| in_topic(c))
                    .collect();
                rng.shuffle(&mut pool);
                let size = setup.exam_size.max(1);
                let mut generated: Vec<String> = Concept::ALL
                    .into_iter()
                    .map(|c| c.card_id().to_owned())
                    .filter(|c| in_topic(c))
                    .collect();
                rng.shuffle(&mut generated);
                // About one question in five comes from the simulator when the topic has some.
                generated.truncate(size / 5);
                let mut picked: Vec<String> =
                    pool.into_iter().take(size - generated.len()).collect();
                for card in generated {
                    let at = rng.below(picked.len() + 1);
                    picked.insert(at, card);
                }
                picked
            }
            Mode::Mistakes => deck
                .mistakes(clock)
                .into_iter()
                .filter(|c| in_topic(c))
                .map(str::to_owned)
                .collect(),
        };
        let items: Vec<Item> = cards
            .into_iter()
            .filter_map(|card| {
                let question = question_for(&card, rng.next_u64())?;
                Some(Item::new(card, question, &mut rng))
            })
            .collect();
        let deadline_ms = match (setup.mode, setup.time_limit_min) {
            (Mode::Exam, Some(min)) => Some(clock.now_ms + i64::from(min) * 60_000),
            _ => None,
        };
        Session {
            outcomes: vec![None; items.len()],
            finished: items.is_empty(),
            setup,
            items,
            index: 0,
            draft: Draft::default(),
            deadline_ms,
        }
    }

    /// An item as a sitting would show it (an order question's states shuffled by `rng`).
    pub fn item_for(card: String, question: Question, rng: &mut Rng) -> Item {
        Item::new(card, question, rng)
    }

    /// A practice sitting of exactly these items (for tests and previews).
    pub fn from_items(items: Vec<Item>) -> Session {
        Session {
            outcomes: vec![None; items.len()],
            finished: items.is_empty(),
            setup: Setup::default(),
            items,
            index: 0,
            draft: Draft::default(),
            deadline_ms: None,
        }
    }

    pub fn current(&self) -> Option<&Item> {
        if self.finished {
            None
        } else {
            self.items.get(self.index)
        }
    }

    pub fn current_outcome(&self) -> Option<&Outcome> {
        self.outcomes.get(self.index)?.as_ref()
    }

    /// Practice and mistakes show the grade and explanation after each answer; an exam waits.
    pub fn shows_feedback(&self) -> bool {
        self.setup.mode != Mode::Exam
    }

    /// Picks option `i` (a number key or a click): selects it, toggles it for "select all", or
    /// appends it to an order. Ignored once graded.
    pub fn pick(&mut self, i: usize) {
        let Some(item) = self.current() else { return };
        if self.current_outcome().is_some() || i >= item.choice_count() || item.is_text() {
            return;
        }
        if item.is_order() {
            if !self.draft.sequence.contains(&i) {
                self.draft.sequence.push(i);
            }
        } else if item.question.is_multi_select() {
            if !self.draft.picked.remove(&i) {
                self.draft.picked.insert(i);
            }
        } else {
            self.draft.picked = BTreeSet::from([i]);
        }
    }

    /// Takes back the last state of an order.
    pub fn undo(&mut self) {
        if self.current_outcome().is_none() {
            self.draft.sequence.pop();
        }
    }

    pub fn set_text(&mut self, text: String) {
        if self.current_outcome().is_none() {
            self.draft.text = text;
        }
    }

    /// The draft as an answer, once it is complete enough to grade.
    pub fn answer(&self) -> Option<Answer> {
        let item = self.current()?;
        let picked_one = || self.draft.picked.first().copied();
        match &item.question.kind {
            Kind::Order { states } => (self.draft.sequence.len() == states.len()).then(|| {
                Answer::Order(
                    self.draft
                        .sequence
                        .iter()
                        .filter_map(|&i| item.shown_states.get(i))
                        .map(|s| s.id().to_owned())
                        .collect(),
                )
            }),
            Kind::TrueFalse { .. } => picked_one().map(|i| Answer::Bool(i == 0)),
            Kind::NextState { .. } => picked_one()
                .and_then(|i| StateId::ALL.get(i))
                .map(|s| Answer::State(s.id().to_owned())),
            _ if item.is_text() => {
                let text = self.draft.text.trim();
                (!text.is_empty()).then(|| Answer::Text(text.to_owned()))
            }
            _ if item.question.is_multi_select() => {
                (!self.draft.picked.is_empty()).then(|| Answer::Choices(self.draft.picked.clone()))
            }
            _ => picked_one().map(Answer::Choice),
        }
    }

    /// Grades the answer. In an exam the card is scheduled at once (right is Good, wrong is Again)
    /// and the next question follows; in practice the learner sees the result and then chooses.
    /// Returns false when there is nothing to grade yet.
    pub fn submit(&mut self, deck: &mut Deck, clock: Clock) -> bool {
        if self.expire(clock) || self.current_outcome().is_some() {
            return false;
        }
        let (Some(item), Some(answer)) = (self.current(), self.answer()) else {
            return false;
        };
        let correct = item.question.grade(&answer).correct;
        self.outcomes[self.index] = Some(Outcome {
            correct,
            answer,
            draft: self.draft.clone(),
            scheduled: None,
        });
        if !self.shows_feedback() {
            self.next(deck, None, clock);
        }
        true
    }

    /// Schedules the graded card (with `grade`, or automatically) and moves on. A wrong answer is
    /// always Again. Does nothing before the answer is graded.
    pub fn next(&mut self, deck: &mut Deck, grade: Option<Grade>, clock: Clock) {
        let index = self.index;
        let Some(item) = self.items.get(index) else {
            return;
        };
        let (card, topic) = (item.card.clone(), item.question.topic);
        let Some(outcome) = self.outcomes.get_mut(index).and_then(Option::as_mut) else {
            return;
        };
        if outcome.scheduled.is_none() {
            let grade = match (outcome.correct, grade) {
                (false, _) => Grade::Again,
                (true, Some(g)) => g,
                (true, None) => Grade::automatic(true),
            };
            deck.review(&card, topic, outcome.correct, grade, clock);
            outcome.scheduled = Some(grade);
        }
        self.index += 1;
        self.draft = Draft::default();
        if self.index >= self.items.len() {
            self.finished = true;
        }
    }

    /// Ends the sitting when its time is up; returns true if it did.
    pub fn expire(&mut self, clock: Clock) -> bool {
        match self.deadline_ms {
            Some(deadline) if !self.finished && clock.now_ms >= deadline => {
                self.finished = true;
                true
            }
            _ => false,
        }
    }

    /// Milliseconds left of a timed exam.
    pub fn remaining_ms(&self, clock: Clock) -> Option<i64> {
        self.deadline_ms.map(|d| (d - clock.now_ms).max(0))
    }

    /// Right answers and questions in all (unanswered ones count as not right).
    pub fn score(&self) -> (usize, usize) {
        let right = self
            .outcomes
            .iter()
            .filter(|o| o.as_ref().is_some_and(|o| o.correct))
            .count();
        (right, self.items.len())
    }

    pub fn answered(&self) -> usize {
        self.outcomes.iter().filter(|o| o.is_some()).count()
    }
}

/// The quiz's URL query (`#/quiz?topic=lifecycle&mode=exam&n=5&seed=7`): a lesson links to its topic,
/// and a shared link (or a test) can name the exam to take. Unknown or bad values are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct QuizQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<QuizTopic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
}

impl QuizQuery {
    pub fn topic(topic: QuizTopic) -> QuizQuery {
        QuizQuery {
            topic: Some(topic),
            ..QuizQuery::default()
        }
    }

    /// Reads `a=b&c=d` (with or without the leading `?`).
    pub fn parse(query: &str) -> QuizQuery {
        let mut out = QuizQuery::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "topic" => {
                    out.topic =
                        serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
                }
                "mode" => out.mode = Mode::from_slug(value).map(|m| m.slug().to_owned()),
                "n" => out.n = value.parse().ok().filter(|n| (1..=200).contains(n)),
                "seed" => out.seed = value.parse().ok(),
                _ => {}
            }
        }
        out
    }

    /// The setup the chooser starts with.
    pub fn setup(&self, seed: u64) -> Setup {
        Setup {
            mode: self
                .mode
                .as_deref()
                .and_then(Mode::from_slug)
                .unwrap_or(Mode::Practice),
            topic: self.topic,
            exam_size: self.n.unwrap_or(EXAM_SIZES[0]),
            time_limit_min: None,
            seed: self.seed.unwrap_or(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_topic_mode_size_and_seed_and_ignores_the_rest() {
        let q = QuizQuery::parse("?topic=billing&mode=exam&n=5&seed=7&x=1");
        assert_eq!(q.topic, Some(QuizTopic::Billing));
        let setup = q.setup(99);
        assert_eq!(
            (setup.mode, setup.exam_size, setup.seed),
            (Mode::Exam, 5, 7)
        );
        let bad = QuizQuery::parse("topic=nope&mode=fly&n=0&seed=-1&&=");
        assert_eq!(bad, QuizQuery::default());
        assert_eq!(bad.setup(3).seed, 3);
    }
}
