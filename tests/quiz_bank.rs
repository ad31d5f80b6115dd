//! The quiz question bank (issue 7): every question is well-formed in both languages, every topic of
//! the notes has questions, grading works, and the facts agree with the domain reference
//! (`ec2-facts.md`).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use ec2_lab::content::quiz_bank::{
    self, ActionId, Answer, DecodeAnswer, Kind, Link, Question, StateId,
};
use ec2_lab::content::{ExperimentId, LessonId, Localized, QuizTopic};
use proptest::prelude::*;

/// At least this many questions in the bank, and per topic.
const MIN_TOTAL: usize = 150;
const MIN_PER_TOPIC: usize = 10;

fn bank() -> Vec<Question> {
    quiz_bank::parse_all().unwrap_or_else(|e| panic!("the quiz bank does not parse: {e}"))
}

fn slug(topic: QuizTopic) -> String {
    serde_json::to_value(topic)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn kind_name(q: &Question) -> &'static str {
    match q.kind {
        Kind::Single { .. } => "single",
        Kind::Multiple { .. } => "multiple",
        Kind::TrueFalse { .. } => "true-false",
        Kind::Order { .. } => "order",
        Kind::NextState { .. } => "next-state",
        Kind::Decode { .. } => "decode",
        Kind::Scenario { .. } => "scenario",
    }
}

/// Every text of a question with a name for messages.
fn texts(q: &Question) -> Vec<(String, &Localized)> {
    let mut out = vec![
        ("prompt".to_string(), &q.prompt),
        ("explanation".to_string(), &q.explanation),
    ];
    if let Kind::Scenario { situation, .. } = &q.kind {
        out.push(("situation".to_string(), situation));
    }
    for (i, o) in q.options().iter().enumerate() {
        out.push((format!("option {i}"), o));
    }
    out
}

/// The right options of a choice question (single, multiple, scenario, decode with options).
fn right_options(q: &Question) -> BTreeSet<usize> {
    match &q.kind {
        Kind::Single { answer, .. } => BTreeSet::from([*answer]),
        Kind::Multiple { answers, .. } | Kind::Scenario { answers, .. } => answers.clone(),
        Kind::Decode {
            answer: DecodeAnswer::Choice(i),
            ..
        } => BTreeSet::from([*i]),
        _ => BTreeSet::new(),
    }
}

fn is_choice(q: &Question) -> bool {
    !q.options().is_empty()
}

fn report(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_file_parses_and_the_runtime_bank_is_the_parsed_bank() {
    let parsed = bank();
    assert_eq!(quiz_bank::all(), parsed.as_slice());
    for (topic, file, _) in quiz_bank::FILES {
        assert_eq!(file, format!("{}.json", slug(topic)));
    }
    let topics: Vec<QuizTopic> = quiz_bank::FILES.iter().map(|f| f.0).collect();
    assert_eq!(topics, QuizTopic::ALL, "one file per topic");
}

#[test]
fn the_bank_is_big_enough_and_every_topic_has_questions() {
    let all = bank();
    assert!(all.len() >= MIN_TOTAL, "only {} questions", all.len());
    for topic in QuizTopic::ALL {
        let n = quiz_bank::by_topic(topic).count();
        assert!(n >= MIN_PER_TOPIC, "{topic:?} has only {n} questions");
    }
}

#[test]
fn ids_are_unique_stable_and_prefixed_with_their_topic() {
    let mut seen = HashSet::new();
    let mut problems = Vec::new();
    for q in bank() {
        let prefix = format!("{}-", slug(q.topic));
        let number = q.id.strip_prefix(&prefix);
        if !number.is_some_and(|n| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit())) {
            problems.push(format!("{}: id is not {prefix}NNN", q.id));
        }
        if !seen.insert(q.id.clone()) {
            problems.push(format!("{}: duplicate id", q.id));
        }
    }
    assert_eq!(quiz_bank::get("no-such-question"), None);
    report(problems);
}

#[test]
fn get_and_by_topic_find_the_questions() {
    for q in quiz_bank::all() {
        assert!(std::ptr::eq(quiz_bank::get(&q.id).unwrap(), q));
        assert!(quiz_bank::by_topic(q.topic).any(|other| std::ptr::eq(other, q)));
    }
}

#[test]
fn every_text_is_well_formed_in_both_languages() {
    let mut problems = Vec::new();
    for q in bank() {
        for (name, text) in texts(&q) {
            if let Some(p) = text.problem() {
                problems.push(format!("{} {name}: {p}: {text:?}", q.id));
            }
        }
        if q.explanation.en == q.prompt.en {
            problems.push(format!("{}: the explanation repeats the prompt", q.id));
        }
    }
    report(problems);
}

/// Sentences in English, roughly: ends of sentences followed by a space or the end of the text.
fn sentence_count(text: &str) -> usize {
    let t = text.trim();
    let inner = [". ", "? ", "! ", ".” ", "?” "]
        .iter()
        .map(|end| t.matches(end).count())
        .sum::<usize>();
    inner + 1
}

#[test]
fn explanations_say_why_in_one_to_three_sentences() {
    let mut problems = Vec::new();
    for q in bank() {
        let n = sentence_count(&q.explanation.en);
        if n > 3 {
            problems.push(format!("{}: explanation has {n} sentences", q.id));
        }
        if q.explanation.en.len() < 40 {
            problems.push(format!("{}: explanation too short to say why", q.id));
        }
    }
    report(problems);
}

/// Korean in one polite register (합니다/입니다 체): a sentence ending in 다 ends in 니다, and no 해요체.
fn register_problem(ko: &str) -> Option<String> {
    let chars: Vec<char> = ko.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let ends = matches!(next, None | Some('.' | '?' | '!' | '”' | '"' | ')'));
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        if *c == '다' && ends && prev != '니' {
            return Some(format!(
                "sentence ends in 다 without 니다: …{}",
                tail(&chars, i)
            ));
        }
        if *c == '요' && ends && !matches!(prev, '필' | '중' | '주') {
            return Some(format!("해요체 ending: …{}", tail(&chars, i)));
        }
    }
    None
}

fn tail(chars: &[char], i: usize) -> String {
    chars[i.saturating_sub(12)..=i].iter().collect()
}

#[test]
fn korean_is_in_one_polite_register_with_console_terms() {
    // Words the Korean console does not use for these states and actions.
    let not_console = ["정지", "보류", "셧다운", "일시 중지"];
    let mut problems = Vec::new();
    for q in bank() {
        for (name, text) in texts(&q) {
            if let Some(p) = register_problem(&text.ko) {
                problems.push(format!("{} {name}: {p}", q.id));
            }
            for word in not_console {
                if text.ko.contains(word) {
                    problems.push(format!(
                        "{} {name}: '{word}' is not the console's word",
                        q.id
                    ));
                }
            }
        }
    }
    report(problems);
}

#[test]
fn choice_questions_have_the_right_number_of_right_answers() {
    let mut problems = Vec::new();
    for q in bank() {
        if !is_choice(&q) {
            continue;
        }
        let n = q.options().len();
        let right = right_options(&q);
        if let Some(&i) = right.iter().find(|&&i| i >= n) {
            problems.push(format!("{}: answer {i} out of range (0..{n})", q.id));
        }
        let multi = q.is_multi_select();
        if multi {
            if right.len() < 2 || right.len() >= n {
                problems.push(format!(
                    "{}: multiple choice needs ≥ 2 right and ≥ 1 wrong",
                    q.id
                ));
            }
            let en = q.prompt.en.to_lowercase();
            if !en.contains("select all that apply") || !q.prompt.ko.contains("모두 고르십시오")
            {
                problems.push(format!("{}: multiple choice must say select all", q.id));
            }
        } else {
            if right.len() != 1 {
                problems.push(format!("{}: single choice needs exactly one answer", q.id));
            }
            if n < 3 {
                problems.push(format!("{}: single choice needs ≥ 3 options", q.id));
            }
            if q.prompt.en.to_lowercase().contains("select all") {
                problems.push(format!("{}: single choice says select all", q.id));
            }
        }
        if n > 6 {
            problems.push(format!("{}: {n} options is too many for a phone", q.id));
        }
    }
    report(problems);
}

#[test]
fn no_question_repeats_an_option() {
    let mut problems = Vec::new();
    for q in bank() {
        for lang in [
            |l: &Localized| l.en.trim().to_lowercase(),
            |l: &Localized| l.ko.trim().to_lowercase(),
        ] {
            let mut seen = HashSet::new();
            for o in q.options() {
                if !seen.insert(lang(o)) {
                    problems.push(format!("{}: option {:?} twice", q.id, o.en));
                }
            }
        }
    }
    report(problems);
}

/// The edges of the lifecycle diagram (ec2-facts 1.2), with rebooting as the diagram draws it.
fn diagram_edge(from: StateId, to: StateId) -> bool {
    use StateId::*;
    matches!(
        (from, to),
        (Pending, Running)
            | (Running, Stopping)
            | (Stopping, Stopped)
            | (Stopped, Pending)
            | (Running, ShuttingDown)
            | (Stopped, ShuttingDown)
            | (ShuttingDown, Terminated)
            | (Running, Rebooting)
            | (Rebooting, Running)
    )
}

#[test]
fn order_questions_follow_the_diagram_with_at_least_three_states() {
    let mut problems = Vec::new();
    for q in bank() {
        if let Kind::Order { states } = &q.kind {
            let distinct: HashSet<_> = states.iter().collect();
            if distinct.len() < 3 {
                problems.push(format!("{}: fewer than 3 distinct states", q.id));
            }
            for pair in states.windows(2) {
                if !diagram_edge(pair[0], pair[1]) {
                    problems.push(format!(
                        "{}: {:?} → {:?} is not an edge",
                        q.id, pair[0], pair[1]
                    ));
                }
            }
        }
    }
    report(problems);
}

/// The only next-state facts the bank may ask (ec2-facts 1.2); anything else, such as the contested
/// stop from pending, fails here.
fn next_state_fact(from: Option<StateId>, action: ActionId) -> Option<StateId> {
    use ActionId::*;
    use StateId::*;
    Some(match (from, action) {
        (None, Run) => Pending,
        (Some(Stopped), Start) => Pending,
        (Some(Running), Stop | StopHibernate) => Stopping,
        // The default InstanceInitiatedShutdownBehavior (stop), EBS-backed.
        (Some(Running), OsShutdown) => Stopping,
        (Some(Running), Reboot) => Rebooting,
        (Some(Running) | Some(Stopped), Terminate) => ShuttingDown,
        (Some(Terminated), Terminate) => Terminated,
        _ => return None,
    })
}

#[test]
fn next_state_questions_agree_with_the_reference() {
    let mut problems = Vec::new();
    let mut asked = HashSet::new();
    for q in bank() {
        if let Kind::NextState {
            from,
            action,
            answer,
        } = &q.kind
        {
            asked.insert((*from, *action));
            match next_state_fact(*from, *action) {
                Some(right) if right == *answer => {}
                Some(right) => problems.push(format!(
                    "{}: answer {answer:?}, the reference says {right:?}",
                    q.id
                )),
                None => problems.push(format!(
                    "{}: ({from:?}, {action:?}) is not a settled fact",
                    q.id
                )),
            }
            if *action == ActionId::OsShutdown && !q.prompt.en.contains("default") {
                problems.push(format!(
                    "{}: an OS shutdown question must say the behaviour is the default",
                    q.id
                ));
            }
        }
    }
    report(problems);
    for must in [
        (Some(StateId::Stopped), ActionId::Start),
        (Some(StateId::Running), ActionId::Reboot),
        (Some(StateId::Running), ActionId::Stop),
        (Some(StateId::Running), ActionId::Terminate),
        (Some(StateId::Stopped), ActionId::Terminate),
        (None, ActionId::Run),
    ] {
        assert!(asked.contains(&must), "no next-state question for {must:?}");
    }
    // The specific answers the brief names.
    assert_eq!(
        next_state_fact(Some(StateId::Stopped), ActionId::Start),
        Some(StateId::Pending)
    );
    assert_eq!(
        next_state_fact(Some(StateId::Running), ActionId::Reboot),
        Some(StateId::Rebooting)
    );
}

#[test]
fn the_five_lifecycle_cases_each_have_an_order_question() {
    use StateId::*;
    let cases: [(ExperimentId, &[StateId]); 5] = [
        (ExperimentId::FirstLaunch, &[Pending, Running]),
        (ExperimentId::StopRunning, &[Running, Stopping, Stopped]),
        (ExperimentId::RestartStopped, &[Stopped, Pending, Running]),
        (
            ExperimentId::TerminateStopped,
            &[Stopped, ShuttingDown, Terminated],
        ),
        (
            ExperimentId::TerminateRunning,
            &[Running, ShuttingDown, Terminated],
        ),
    ];
    let all = bank();
    for (experiment, path) in cases {
        let found = all.iter().any(|q| match &q.kind {
            Kind::Order { states } => {
                q.link == Link::Experiment(experiment)
                    && states.windows(path.len()).any(|w| w == path)
                    && states[0] == path[0]
            }
            _ => false,
        });
        assert!(
            found,
            "no order question for case {experiment:?} ({path:?})"
        );
    }
}

#[test]
fn links_resolve_sources_are_sections_and_every_kind_and_experiment_is_used() {
    let sections = [
        "notes", "1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1",
        "3.2", "3.3", "4",
    ];
    let mut problems = Vec::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut experiments = HashSet::new();
    for q in bank() {
        *kinds.entry(kind_name(&q)).or_default() += 1;
        match q.link {
            Link::Lesson(l) => {
                if !LessonId::ALL.contains(&l) {
                    problems.push(format!("{}: lesson {l:?} does not exist", q.id));
                }
            }
            Link::Experiment(e) => {
                if !ExperimentId::ALL.contains(&e) {
                    problems.push(format!("{}: experiment {e:?} does not exist", q.id));
                }
                experiments.insert(e);
            }
        }
        if !LessonId::ALL.contains(&q.lesson()) {
            problems.push(format!("{}: the topic's lesson does not exist", q.id));
        }
        for part in q.source.split(',').map(str::trim) {
            if !sections.contains(&part) {
                problems.push(format!(
                    "{}: source {part:?} is not a section of ec2-facts",
                    q.id
                ));
            }
        }
    }
    report(problems);
    for kind in [
        "single",
        "multiple",
        "true-false",
        "order",
        "next-state",
        "decode",
        "scenario",
    ] {
        let n = kinds.get(kind).copied().unwrap_or(0);
        assert!(n >= 5, "only {n} {kind} questions: {kinds:?}");
    }
    for e in ExperimentId::ALL {
        assert!(
            experiments.contains(&e),
            "no question links to experiment {e:?}"
        );
    }
}

#[test]
fn options_do_not_give_the_answer_away() {
    // Among single-answer choice questions, the right option should not usually be the longest,
    // rarely be clearly longer than all the others, and not usually sit in the same place.
    let all = bank();
    let singles: Vec<&Question> = all
        .iter()
        .filter(|q| is_choice(q) && !q.is_multi_select())
        .collect();
    let en = |l: &Localized| l.en.chars().count();
    let ko = |l: &Localized| l.ko.chars().count();
    for (lang, len) in [("en", &en as &dyn Fn(&Localized) -> usize), ("ko", &ko)] {
        let mut longest = Vec::new();
        let mut clearly = Vec::new();
        for q in &singles {
            let right = *right_options(q).first().unwrap();
            let lens: Vec<usize> = q.options().iter().map(len).collect();
            let other = (0..lens.len())
                .filter(|&i| i != right)
                .map(|i| lens[i])
                .max()
                .unwrap();
            if lens[right] > other {
                longest.push(q.id.as_str());
            }
            if lens[right] * 100 > other * 115 && lens[right] >= other + 3 {
                clearly.push(q.id.as_str());
            }
        }
        let n = singles.len();
        assert!(
            longest.len() * 100 <= n * 45,
            "{lang}: the right option is the longest in {} of {n}: {longest:?}",
            longest.len()
        );
        assert!(
            clearly.len() * 100 <= n * 10,
            "{lang}: the right option is clearly the longest in {} of {n}: {clearly:?}",
            clearly.len()
        );
    }
    let mut positions: BTreeMap<usize, usize> = BTreeMap::new();
    for q in &singles {
        *positions
            .entry(*right_options(q).first().unwrap())
            .or_default() += 1;
    }
    let most = positions.values().max().copied().unwrap_or(0);
    assert!(
        most * 100 <= singles.len() * 50,
        "right answers bunch up: {positions:?}"
    );
}

/// Wrong answers for a question, of the right form.
fn wrong_answers(q: &Question) -> Vec<Answer> {
    let mut wrong = vec![];
    match &q.kind {
        Kind::TrueFalse { answer } => wrong.push(Answer::Bool(!answer)),
        Kind::Order { states } => {
            let ids: Vec<String> = states.iter().map(|s| s.id().to_string()).collect();
            let mut reversed = ids.clone();
            reversed.reverse();
            wrong.push(Answer::Order(reversed));
            for i in 0..ids.len() - 1 {
                if ids[i] != ids[i + 1] {
                    let mut swapped = ids.clone();
                    swapped.swap(i, i + 1);
                    wrong.push(Answer::Order(swapped));
                }
            }
            wrong.push(Answer::Order(ids[..ids.len() - 1].to_vec()));
        }
        Kind::NextState { answer, .. } => {
            for s in StateId::ALL.into_iter().filter(|s| s != answer) {
                wrong.push(Answer::State(s.id().to_string()));
            }
        }
        Kind::Decode {
            answer: DecodeAnswer::Text(text),
            ..
        } => {
            wrong.push(Answer::Text(format!("{text}x")));
            wrong.push(Answer::Text(String::new()));
        }
        _ => {}
    }
    if is_choice(q) {
        let right = right_options(q);
        let n = q.options().len();
        for i in (0..n).filter(|i| !right.contains(i)) {
            wrong.push(Answer::Choice(i));
            let mut with_wrong = right.clone();
            with_wrong.insert(i);
            wrong.push(Answer::Choices(with_wrong));
        }
        if right.len() > 1 {
            for i in &right {
                let mut missing = right.clone();
                missing.remove(i);
                wrong.push(Answer::Choices(missing));
                wrong.push(Answer::Choice(*i));
            }
        }
        wrong.push(Answer::Choice(n));
        wrong.push(Answer::Choices(BTreeSet::new()));
    }
    // An answer of another form is wrong too.
    wrong.push(match q.kind {
        Kind::TrueFalse { .. } => Answer::Text("true".into()),
        _ => Answer::Bool(true),
    });
    wrong
}

#[test]
fn grading_accepts_the_right_answer_and_rejects_every_wrong_one() {
    let mut problems = Vec::new();
    for q in bank() {
        let expected = q.expected();
        let grade = q.grade(&expected);
        if !grade.correct || grade.expected != expected {
            problems.push(format!("{}: the expected answer is graded wrong", q.id));
        }
        for wrong in wrong_answers(&q) {
            let grade = q.grade(&wrong);
            if grade.correct {
                problems.push(format!("{}: {wrong:?} is graded right", q.id));
            }
            if grade.expected != expected {
                problems.push(format!(
                    "{}: grade does not carry the expected answer",
                    q.id
                ));
            }
        }
    }
    report(problems);
}

#[test]
fn text_and_id_answers_are_compared_trimmed_and_case_insensitively() {
    for q in bank() {
        let loose = match q.expected() {
            Answer::Text(t) => Answer::Text(format!("  {}\t", t.to_uppercase())),
            Answer::State(s) => Answer::State(format!(" {} ", s.to_uppercase())),
            Answer::Order(v) => {
                Answer::Order(v.iter().map(|s| format!(" {}", s.to_uppercase())).collect())
            }
            Answer::Choice(i) => Answer::Choices(BTreeSet::from([i])),
            other => other,
        };
        assert!(
            q.grade(&loose).correct,
            "{}: {loose:?} should be right",
            q.id
        );
    }
}

fn any_answer() -> impl Strategy<Value = Answer> {
    let id = prop_oneof![
        proptest::sample::select(StateId::ALL.map(StateId::id).to_vec()).prop_map(String::from),
        ".{0,20}",
    ];
    prop_oneof![
        any::<usize>().prop_map(Answer::Choice),
        (0usize..8).prop_map(Answer::Choice),
        proptest::collection::btree_set(0usize..8, 0..8).prop_map(Answer::Choices),
        proptest::collection::btree_set(any::<usize>(), 0..4).prop_map(Answer::Choices),
        any::<bool>().prop_map(Answer::Bool),
        proptest::collection::vec(id.clone(), 0..8).prop_map(Answer::Order),
        id.clone().prop_map(Answer::State),
        id.prop_map(Answer::Text),
        "\\PC{0,30}".prop_map(Answer::Text),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn grading_never_panics(index in any::<usize>(), answer in any_answer()) {
        let all = quiz_bank::all();
        prop_assume!(!all.is_empty());
        let q = &all[index % all.len()];
        let grade = q.grade(&answer);
        prop_assert_eq!(grade.expected, q.expected());
        if grade.correct {
            // Only an answer equivalent to the expected one is right.
            prop_assert!(q.grade(&q.expected()).correct);
        }
    }
}

#[test]
fn unknown_fields_and_kinds_are_rejected() {
    let good = r#"{"id":"billing-999","topic":"billing","kind":"true-false","answer":true,
        "prompt":{"en":"A running instance is billed.","ko":"실행 중 인스턴스에는 요금이 부과됩니다."},
        "explanation":{"en":"Billing by instance state: running is billed.","ko":"실행 중 상태에는 요금이 부과됩니다."},
        "link":{"lesson":"lifecycle"},"source":"1.1"}"#;
    let q: Question = serde_json::from_str(good).expect("a minimal question parses");
    assert_eq!(q.expected(), Answer::Bool(true));
    let with = |from: &str, to: &str| serde_json::from_str::<Question>(&good.replacen(from, to, 1));
    assert!(with(r#""answer":true"#, r#""answer":true,"answers":[1]"#).is_err());
    assert!(with(r#""source":"1.1""#, r#""source":"1.1","sources":"1.2""#).is_err());
    assert!(with(r#""true-false""#, r#""truefalse""#).is_err());
    assert!(with(r#""lesson":"lifecycle""#, r#""lesson":"lifecycles""#).is_err());
    assert!(with(r#""lesson":"lifecycle""#, r#""experiment":"lifecycle""#).is_err());
    assert!(with(r#""topic":"billing""#, r#""topic":"money""#).is_err());
}

// ---- Facts: spot checks that fail if the content says something the reference does not. ----

fn question(id: &str) -> &'static Question {
    quiz_bank::get(id).unwrap_or_else(|| panic!("{id} is in the bank"))
}

/// The English texts of the right options.
fn right_texts(q: &Question) -> Vec<&str> {
    right_options(q)
        .into_iter()
        .map(|i| q.options()[i].en.as_str())
        .collect()
}

/// A true/false question whose prompt contains `needle` has the answer `answer`.
fn assert_statement(id: &str, needle: &str, answer: bool) {
    let q = question(id);
    assert!(
        q.prompt.en.contains(needle),
        "{id} is no longer about {needle:?}"
    );
    assert_eq!(q.kind, Kind::TrueFalse { answer }, "{id}: {}", q.prompt.en);
}

/// A choice question whose prompt contains `needle`, and whose right options are exactly those
/// containing the `right` texts.
fn assert_choice(id: &str, needle: &str, right: &[&str]) {
    let q = question(id);
    let asked = match &q.kind {
        Kind::Scenario { situation, .. } => format!("{} {}", situation.en, q.prompt.en),
        _ => q.prompt.en.clone(),
    };
    assert!(asked.contains(needle), "{id} is no longer about {needle:?}");
    let texts = right_texts(q);
    assert_eq!(texts.len(), right.len(), "{id}: right options {texts:?}");
    for r in right {
        assert!(
            texts.iter().any(|t| t.contains(r)),
            "{id}: {r:?} should be right: {texts:?}"
        );
    }
}

#[test]
fn facts_lifecycle() {
    // 1.1: six API states; rebooting is not one of them.
    assert_choice("lifecycle-017", "InstanceStateName", &["6"]);
    assert_statement("lifecycle-018", "rebooting", false);
    // Transitional vs reached.
    assert_choice(
        "lifecycle-019",
        "transitional",
        &["pending", "stopping", "shutting-down"],
    );
    // The 종료 trap: 인스턴스 종료 is TerminateInstances, and terminated is final.
    assert_choice("lifecycle-021", "인스턴스 종료", &["TerminateInstances"]);
    assert_statement("lifecycle-022", "started again", false);
    // 1.3: error codes.
    assert_choice(
        "lifecycle-024",
        "StartInstances on a terminated",
        &["IncorrectInstanceState"],
    );
    assert_choice(
        "lifecycle-025",
        "instance-store-backed",
        &["UnsupportedOperation"],
    );
    assert_choice(
        "lifecycle-026",
        "disableApiStop",
        &["OperationNotPermitted"],
    );
    assert_statement("lifecycle-027", "disableApiTermination", true);
    // 1.2: hibernation only at launch; instance-store-backed OS shutdown terminates.
    assert_statement("lifecycle-031", "hibernation", false);
    assert_choice("lifecycle-032", "shutdown", &["terminated"]);
}

#[test]
fn facts_persistence() {
    // 1.4 row by row: ID, private IPv4 and IPv6 kept on stop/start; the auto-assigned public IPv4 changes.
    assert_statement("persistence-001", "instance ID", true);
    assert_statement("persistence-002", "private IPv4", true);
    assert_statement("persistence-003", "auto-assigned public IPv4", false);
    assert_statement("persistence-012", "IPv6", true);
    // What survives stop/start, reboot, hibernate on an m5d.large (1.4, 3.1).
    assert_choice(
        "persistence-004",
        "stop it and start",
        &["root EBS", "extra EBS"],
    );
    assert_choice(
        "persistence-005",
        "reboot",
        &["root EBS", "extra EBS", "instance store"],
    );
    assert_choice(
        "persistence-006",
        "hibernate",
        &["root EBS", "extra EBS", "RAM"],
    );
    // Elastic IP: stays on stop/start, disassociated (still allocated) on terminate.
    assert_choice("persistence-007", "stop and start", &["stays associated"]);
    assert_choice(
        "persistence-008",
        "terminate",
        &["disassociated but stays allocated"],
    );
    // Terminate with defaults: root deleted, volume attached after launch kept, Elastic IP kept.
    assert_choice(
        "persistence-016",
        "terminate",
        &["extra EBS volume", "Elastic IP"],
    );
    // Only a reboot keeps the instance store; only hibernation keeps RAM.
    assert_choice("persistence-019", "instance store", &["Reboot"]);
    assert_choice("persistence-020", "in-memory", &["Hibernate"]);
    assert_statement("persistence-017", "RAM", true);
}

#[test]
fn facts_storage() {
    // 3.1-3.3: which storage is which.
    assert_choice("storage-001", "physically attached", &["Instance store"]);
    assert_choice("storage-002", "network-attached", &["EBS"]);
    assert_choice("storage-003", "NFS", &["EFS"]);
    assert_choice("storage-004", "object storage", &["S3"]);
    // Instance store lifetime: reboot keeps it, stop erases it, only at launch.
    assert_statement("storage-005", "reboot", true);
    assert_statement("storage-006", "stop and start", false);
    assert_statement("storage-008", "after it has been launched", false);
    // EBS is AZ-scoped; the cross-AZ attach error code.
    assert_statement("storage-009", "us-east-1a", false);
    assert_choice(
        "storage-010",
        "different Availability Zones",
        &["InvalidVolume.ZoneMismatch"],
    );
    // 2.3: m5d.large has one 75 GB NVMe SSD.
    assert_choice("storage-016", "m5d.large", &["1 × 75 GB"]);
}

#[test]
fn facts_volumes() {
    // 3.2: DeleteOnTermination defaults: root true, attached after launch false.
    assert_choice("volumes-001", "root EBS volume", &["true:"]);
    assert_choice("volumes-002", "AttachVolume", &["false:"]);
    assert_choice(
        "volumes-003",
        "terminate",
        &["root volume is gone; the data volume is available"],
    );
    assert_choice("volumes-004", "survive", &["DeleteOnTermination=false"]);
    assert_choice("volumes-005", "DeleteVolume", &["available"]);
    assert_choice(
        "volumes-006",
        "root volume of a running",
        &["stop the instance first"],
    );
    assert_choice("volumes-016", "terminate", &["Only /dev/sdf"]);
    assert_choice("volumes-019", "boot", &["st1", "sc1"]);
}

#[test]
fn facts_amis() {
    // 4: what an AMI is, what CreateImage does, copy and deregister.
    assert_choice(
        "amis-001",
        "contain",
        &[
            "EBS snapshots",
            "Launch permissions",
            "block device mapping",
        ],
    );
    assert_choice("amis-005", "nginx", &["CreateImage"]);
    assert_statement("amis-006", "reboots", true);
    assert_choice("amis-008", "capture data", &["root EBS", "extra EBS"]);
    assert_choice("amis-009", "launch two", &["not the instance store files"]);
    assert_choice("amis-012", "copy", &["new, distinct"]);
    assert_statement("amis-013", "launch permissions", false);
    assert_choice("amis-014", "CopyImage", &["destination"]);
    assert_choice("amis-016", "deregister", &["keep running"]);
    assert_statement("amis-017", "snapshots", false);
    assert_choice("amis-018", "delete the snapshot", &["Deregister the AMI"]);
    assert_statement("amis-019", "deregistered", false);
}

#[test]
fn facts_billing() {
    // 1.1: billing by state, the one-minute minimum, what a stopped instance still costs.
    assert_choice("billing-001", "billed", &["running"]);
    assert_choice(
        "billing-002",
        "not billed",
        &["pending", "stopped", "shutting-down", "terminated"],
    );
    assert_statement("billing-003", "costs nothing", false);
    assert_statement("billing-004", "hibernating", true);
    assert_choice("billing-005", "minimum", &["One minute"]);
    assert_statement("billing-006", "Rebooting", false);
    assert_choice("billing-007", "20 seconds", &["60 seconds"]);
    assert_choice("billing-008", "three times", &["3 minutes"]);
    assert_choice("billing-010", "stop a running", &["enters stopping"]);
    assert_choice(
        "billing-011",
        "terminate a running",
        &["enters shutting-down"],
    );
    assert_statement("billing-012", "pending", false);
    assert_choice(
        "billing-013",
        "stopped for a week",
        &["EBS volumes", "Elastic IP"],
    );
}

/// A decode question about `name` whose typed answer is `text`.
fn assert_decoded(id: &str, name: &str, text: &str) {
    let q = question(id);
    match &q.kind {
        Kind::Decode {
            name: n,
            answer: DecodeAnswer::Text(t),
            ..
        } => {
            assert_eq!(n, name, "{id}");
            assert_eq!(t, text, "{id}");
        }
        other => panic!("{id} is not a typed decode question: {other:?}"),
    }
}

#[test]
fn facts_instance_types() {
    // 2.1: c7gn.xlarge is family c, generation 7, g Graviton, n network, size xlarge.
    assert_choice("instance-types-001", "c7gn.xlarge", &["Compute optimized"]);
    assert_decoded("instance-types-002", "c7gn.xlarge", "7");
    assert_choice("instance-types-003", "c7gn.xlarge", &["Graviton"]);
    assert_choice("instance-types-004", "c7gn.xlarge", &["Network"]);
    assert_decoded("instance-types-005", "c7gn.xlarge", "xlarge");
    // d is instance store; the API's family is everything before the dot.
    assert_choice("instance-types-006", "m5d.large", &["Instance store"]);
    assert_decoded("instance-types-011", "c6i.large", "c6i");
    // 2.3: no T type has instance store.
    assert_statement("instance-types-016", "t2.micro", false);
    assert_choice(
        "instance-types-017",
        "instance store",
        &["m5d.large", "i3.large", "c5d.large"],
    );
    // 1.3, 1.4: the type changes only while stopped.
    assert_choice(
        "instance-types-021",
        "change the instance type",
        &["Only while it is stopped"],
    );
    assert_choice(
        "instance-types-022",
        "running instance",
        &["IncorrectInstanceState"],
    );
}

#[test]
fn facts_cloud_basics_and_compute_services() {
    // The notes: workload, computing = servers, elastic; EC2, ECS, Lambda, Lightsail.
    assert_choice("cloud-basics-001", "workload", &["applications and jobs"]);
    assert_choice("cloud-basics-003", "computing", &["Servers"]);
    assert_statement("cloud-basics-004", "Elastic means", true);
    assert_choice(
        "cloud-basics-007",
        "EC2 stand for",
        &["Elastic Compute Cloud"],
    );
    assert_choice("compute-services-001", "virtual servers", &["Amazon EC2"]);
    assert_choice("compute-services-002", "functions", &["AWS Lambda"]);
    assert_choice("compute-services-003", "containers", &["Amazon ECS"]);
    assert_choice(
        "compute-services-004",
        "bundled monthly price",
        &["Amazon Lightsail"],
    );
    assert_choice(
        "compute-services-013",
        "ECS stand for",
        &["Elastic Container Service"],
    );
}
