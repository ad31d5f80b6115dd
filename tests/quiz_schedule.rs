//! The quiz's spaced repetition: FSRS schedules, saved progress, and sittings (tested with fixed
//! clocks; the browser only supplies `Date.now()`).

use ec2_lab::content::QuizTopic;
use ec2_lab::quiz::persist::{load_deck, QuizNotice};
use ec2_lab::quiz::schedule::{Clock, Deck, Grade, LEECH_WRONG};
use ec2_lab::quiz::session::{Mode, Session, Setup};
use ec2_lab::quiz::state::{QuizAction, QuizState};

const T0: i64 = 1_780_000_000_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

fn at(ms: i64) -> Clock {
    Clock::utc(ms)
}

#[test]
fn a_card_answered_wrong_is_due_sooner_than_one_answered_right() {
    for (wrong, right) in [(Grade::Again, Grade::Good), (Grade::Again, Grade::Hard)] {
        let mut deck = Deck::default();
        deck.review("lifecycle-001", QuizTopic::Lifecycle, false, wrong, at(T0));
        deck.review("lifecycle-002", QuizTopic::Lifecycle, true, right, at(T0));
        let w = deck.card("lifecycle-001").unwrap().due_ms();
        let r = deck.card("lifecycle-002").unwrap().due_ms();
        assert!(w < r, "wrong due {w}, right due {r}");
    }
    // And after a few good reviews, a lapse brings the card back within a day.
    let mut deck = Deck::default();
    let (mut now, mut interval) = (T0, 0);
    for _ in 0..4 {
        deck.review("amis-001", QuizTopic::Amis, true, Grade::Good, at(now));
        let due = deck.card("amis-001").unwrap().due_ms();
        interval = due - now;
        now = due;
    }
    assert!(
        interval > DAY,
        "good answers space the reviews out: {interval} ms"
    );
    deck.review("amis-001", QuizTopic::Amis, false, Grade::Again, at(now));
    assert!(deck.card("amis-001").unwrap().due_ms() - now <= DAY);
}

#[test]
fn easier_grades_push_the_next_review_further_away() {
    let dues: Vec<i64> = Grade::ALL
        .iter()
        .map(|&g| {
            let mut deck = Deck::default();
            deck.review("x", QuizTopic::Storage, g != Grade::Again, g, at(T0));
            deck.card("x").unwrap().due_ms()
        })
        .collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
    assert!(dues[0] < dues[3]);
}

#[test]
fn due_cards_come_back_on_schedule() {
    let mut deck = Deck::default();
    deck.review("storage-001", QuizTopic::Storage, true, Grade::Good, at(T0));
    let due = deck.card("storage-001").unwrap().due_ms();
    assert!(deck.due(at(due - 1)).is_empty());
    assert_eq!(deck.due(at(due)), vec!["storage-001"]);
}

#[test]
fn the_deck_round_trips_through_json() {
    let mut deck = Deck::default();
    deck.review(
        "lifecycle-003",
        QuizTopic::Lifecycle,
        true,
        Grade::Easy,
        at(T0),
    );
    deck.review(
        "gen-survival",
        QuizTopic::Persistence,
        false,
        Grade::Again,
        at(T0 + HOUR),
    );
    let text = deck.to_json();
    assert_eq!(Deck::from_json(&text).unwrap(), deck);
    let (loaded, notice, backup) = load_deck(Some(&text));
    assert_eq!((loaded, notice, backup), (deck, None, None));
}

#[test]
fn damaged_saved_progress_is_kept_for_backup_and_replaced_by_a_fresh_deck() {
    for damaged in [
        "{\"version\":1,\"cards\":{\"x\":{\"topic\":",
        "not json at all",
        "{\"version\":99,\"cards\":{},\"days\":{}}",
        "{\"version\":1,\"cards\":{\"x\":{\"topic\":\"no-such-topic\"}},\"days\":{}}",
        "[]",
    ] {
        let (deck, notice, backup) = load_deck(Some(damaged));
        assert_eq!(deck, Deck::default(), "{damaged}");
        assert!(matches!(
            notice,
            Some(QuizNotice::UnreadableProgressKept { .. })
        ));
        assert_eq!(backup.as_deref(), Some(damaged));
    }
    let (deck, notice, backup) = load_deck(None);
    assert_eq!((deck, notice, backup), (Deck::default(), None, None));
}

#[test]
fn mistakes_are_todays_wrong_answers_and_leeches() {
    let mut deck = Deck::default();
    deck.review(
        "billing-001",
        QuizTopic::Billing,
        false,
        Grade::Again,
        at(T0),
    );
    deck.review("billing-002", QuizTopic::Billing, true, Grade::Good, at(T0));
    assert_eq!(deck.mistakes(at(T0 + HOUR)), vec!["billing-001"]);
    // Tomorrow it is no longer today's mistake...
    assert!(deck.mistakes(at(T0 + 2 * DAY)).is_empty());
    // ...unless it keeps failing: a leech.
    for n in 0..LEECH_WRONG {
        deck.review(
            "billing-003",
            QuizTopic::Billing,
            false,
            Grade::Again,
            at(T0 - 10 * DAY + i64::from(n) * DAY),
        );
    }
    assert_eq!(deck.mistakes(at(T0 + 2 * DAY)), vec!["billing-003"]);
    // Put right, today's mistake leaves the list.
    deck.review(
        "billing-001",
        QuizTopic::Billing,
        true,
        Grade::Good,
        at(T0 + 2 * HOUR),
    );
    assert_eq!(deck.mistakes(at(T0 + 3 * HOUR)), vec!["billing-003"]);
}

#[test]
fn the_streak_counts_days_in_a_row_and_stats_add_up() {
    let mut deck = Deck::default();
    for d in [0, 1, 2, 4, 5] {
        deck.review(
            "volumes-001",
            QuizTopic::Volumes,
            d != 4,
            Grade::automatic(d != 4),
            at(T0 + d * DAY),
        );
    }
    assert_eq!(deck.streak(at(T0 + 5 * DAY)), 2);
    assert_eq!(
        deck.streak(at(T0 + 6 * DAY)),
        2,
        "nothing yet today: yesterday's streak holds"
    );
    assert_eq!(deck.streak(at(T0 + 7 * DAY)), 0);
    let days = deck.recent_days(at(T0 + 5 * DAY), 7);
    assert_eq!(days.len(), 7);
    assert_eq!(days.iter().map(|d| d.answered).sum::<u32>(), 5);
    let stats = deck.topic_stats(QuizTopic::Volumes, 20, at(T0 + 5 * DAY));
    assert_eq!((stats.seen, stats.right, stats.wrong), (1, 4, 1));
    assert_eq!(stats.accuracy(), Some(0.8));
    let r = stats.retention.unwrap();
    assert!((0.0..=1.0).contains(&r));
    assert_eq!(
        deck.topic_stats(QuizTopic::Amis, 22, at(T0)).accuracy(),
        None
    );
}

fn answer_current(state: &mut QuizState, right: bool, clock: Clock) {
    let session = state.session.as_ref().unwrap();
    let item = session.current().unwrap();
    let picks: Vec<usize> = (0..item.choice_count())
        .filter(|&i| item.is_right_pick(i) == right)
        .collect();
    if item.question.is_multi_select() {
        for i in picks {
            state.apply(QuizAction::Pick(i));
        }
    } else {
        state.apply(QuizAction::Pick(picks[0]));
    }
    assert!(state.apply(QuizAction::Submit(clock)));
}

#[test]
fn an_exam_of_five_scores_schedules_and_feeds_mistakes() {
    let mut state = QuizState::new(Deck::default(), None);
    let setup = Setup {
        mode: Mode::Exam,
        topic: Some(QuizTopic::Billing),
        exam_size: 5,
        time_limit_min: Some(5),
        seed: 7,
    };
    state.apply(QuizAction::Start(setup.clone(), at(T0)));
    assert_eq!(state.session.as_ref().unwrap().items.len(), 5);
    for n in 0..5 {
        answer_current(&mut state, n != 0, at(T0 + n * 1000));
    }
    let session = state.session.clone().unwrap();
    assert!(session.finished);
    assert_eq!(session.score(), (4, 5));
    let wrong = session.items[0].card.clone();
    assert_eq!(state.deck.cards.len(), 5);
    assert_eq!(state.deck.mistakes(at(T0 + HOUR)), vec![wrong.as_str()]);
    // The same seed draws the same exam.
    let again = Session::new(setup, &Deck::default(), at(T0));
    assert_eq!(again.items, session.items);
    // Mistakes mode brings it back; the reloaded deck keeps it.
    let reloaded = load_deck(Some(&state.deck.to_json())).0;
    let mistakes = Session::new(
        Setup {
            mode: Mode::Mistakes,
            ..Setup::default()
        },
        &reloaded,
        at(T0 + HOUR),
    );
    assert_eq!(mistakes.items.len(), 1);
    assert_eq!(mistakes.items[0].card, wrong);
}

#[test]
fn a_timed_exam_ends_when_the_time_is_up() {
    let mut state = QuizState::new(Deck::default(), None);
    let setup = Setup {
        mode: Mode::Exam,
        exam_size: 10,
        time_limit_min: Some(5),
        seed: 3,
        ..Setup::default()
    };
    state.apply(QuizAction::Start(setup, at(T0)));
    answer_current(&mut state, true, at(T0 + 1000));
    assert!(!state.apply(QuizAction::Tick(at(T0 + 60_000))));
    assert!(state.apply(QuizAction::Tick(at(T0 + 5 * 60_000))));
    let session = state.session.unwrap();
    assert!(session.finished);
    assert_eq!(session.score(), (1, 10));
    assert_eq!(
        state.deck.cards.len(),
        1,
        "unanswered questions are not scheduled"
    );
}

#[test]
fn practice_brings_due_cards_first_then_new_ones_and_waits_for_the_grade() {
    let mut deck = Deck::default();
    deck.review("amis-002", QuizTopic::Amis, false, Grade::Again, at(T0));
    let later = at(T0 + DAY);
    let mut state = QuizState::new(deck, None);
    let setup = Setup {
        topic: Some(QuizTopic::Amis),
        seed: 1,
        ..Setup::default()
    };
    state.apply(QuizAction::Start(setup, later));
    let session = state.session.as_ref().unwrap();
    assert_eq!(session.items[0].card, "amis-002");
    assert!(session.items.len() > 1);
    assert!(session
        .items
        .iter()
        .all(|i| i.question.topic == QuizTopic::Amis));
    answer_current(&mut state, true, later);
    let session = state.session.as_ref().unwrap();
    assert_eq!(
        session.index, 0,
        "practice shows the result before moving on"
    );
    assert!(session.current_outcome().unwrap().correct);
    state.apply(QuizAction::Next(Some(Grade::Easy), later));
    let session = state.session.as_ref().unwrap();
    assert_eq!(session.index, 1);
    assert_eq!(
        session.outcomes[0].as_ref().unwrap().scheduled,
        Some(Grade::Easy)
    );
}

#[test]
fn keys_that_mean_nothing_change_nothing() {
    let mut state = QuizState::new(Deck::default(), None);
    assert!(!state.apply(QuizAction::Pick(3)), "no sitting yet");
    state.apply(QuizAction::Start(
        Setup {
            seed: 5,
            ..Setup::default()
        },
        at(T0),
    ));
    assert!(!state.apply(QuizAction::Pick(99)));
    assert!(
        !state.apply(QuizAction::Submit(at(T0))),
        "nothing picked yet"
    );
    assert!(
        !state.apply(QuizAction::Next(None, at(T0))),
        "nothing graded yet"
    );
}
