//! The quiz page's state as a Yew reducer over pure parts: the deck (saved), the sitting in progress
//! (not saved: a reload keeps the schedule, not a half-done exam) and the load notice. Every learner
//! action is an [`QuizAction`]; the page only maps clicks and keys to them.

use std::rc::Rc;

use yew::Reducible;

use super::persist::QuizNotice;
use super::schedule::{Clock, Deck, Grade};
use super::session::{Session, Setup};

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub deck: Deck,
    pub session: Option<Session>,
    pub notice: Option<QuizNotice>,
}

#[derive(Clone, Debug)]
pub enum QuizAction {
    Start(Setup, Clock),
    Pick(usize),
    Undo,
    Text(String),
    Submit(Clock),
    /// Continue after a graded answer, with the learner's grade or the automatic one.
    Next(Option<Grade>, Clock),
    /// The timer of a timed exam.
    Tick(Clock),
    /// Leave the sitting (back to the mode choice).
    Quit,
    DismissNotice,
}

impl QuizState {
    pub fn new(deck: Deck, notice: Option<QuizNotice>) -> QuizState {
        QuizState {
            deck,
            session: None,
            notice,
        }
    }

    /// Applies an action; returns false when nothing changed.
    pub fn apply(&mut self, action: QuizAction) -> bool {
        match action {
            QuizAction::Start(setup, clock) => {
                self.session = Some(Session::new(setup, &self.deck, clock));
            }
            QuizAction::Quit => self.session = None,
            QuizAction::DismissNotice => self.notice = None,
            other => {
                let Some(session) = self.session.as_mut() else {
                    return false;
                };
                let before = session.clone();
                match other {
                    QuizAction::Pick(i) => session.pick(i),
                    QuizAction::Undo => session.undo(),
                    QuizAction::Text(text) => session.set_text(text),
                    QuizAction::Submit(clock) => {
                        session.submit(&mut self.deck, clock);
                    }
                    QuizAction::Next(grade, clock) => session.next(&mut self.deck, grade, clock),
                    QuizAction::Tick(clock) => {
                        session.expire(clock);
                    }
                    _ => {}
                }
                return *session != before;
            }
        }
        true
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            // Nothing changed: the same Rc, so Yew skips the re-render (a timer tick, a stray key).
            self
        }
    }
}
