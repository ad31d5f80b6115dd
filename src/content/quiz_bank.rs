//! The quiz question bank: hand-written questions as data (`content/quiz/<topic>.json`, one file per
//! [`QuizTopic`], English and Korean side by side), loaded once, and graded here.
//!
//! A question in a data file looks like (one question per line in the files):
//!
//! ```json
//! {"id":"lifecycle-012","topic":"lifecycle","kind":"next-state","from":"stopped","action":"start",
//!  "answer":"pending","prompt":{"en":"…","ko":"…"},"explanation":{"en":"…","ko":"…"},
//!  "link":{"experiment":"restart-stopped"},"source":"1.2"}
//! ```
//!
//! The `kind` tag selects the kind's own fields ([`Kind`]); every other field is common ([`Question`]).
//! Unknown fields are rejected: serde cannot combine `deny_unknown_fields` with `flatten` on the outer
//! struct, so the check sits on [`Kind`], which receives every field the outer struct does not know.
//! Facts follow the domain reference (`ec2-facts.md`); `source` names its section ("1.4") or "notes"
//! for the learner's own notes (cloud basics, compute services), which the reference does not cover.
//!
//! Pure Rust: no browser APIs, so the whole bank is checked natively (`tests/quiz_bank.rs`).

mod question_de;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{ExperimentId, LessonId, Localized, QuizTopic};
use crate::i18n::Lang;

/// One question of the bank. Read by hand (`quiz_bank/question_de.rs`, for the module's size);
/// written by the derive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable id, `<topic>-<NNN>` (e.g. `lifecycle-007`); spaced-repetition state is keyed by it.
    pub id: String,
    pub topic: QuizTopic,
    /// The kind of question and its answer (the `kind` tag and the kind's own fields).
    #[serde(flatten)]
    pub kind: Kind,
    pub prompt: Localized,
    /// Why the answer is right, one to three sentences; shown after grading.
    pub explanation: Localized,
    /// The lesson or Lab experiment that shows the idea.
    pub link: Link,
    /// The section of the domain reference (`ec2-facts.md`), e.g. "1.4" or "1.2, 3.1", or "notes".
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<Difficulty>,
}

/// The kinds of question, each with its answer key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Kind {
    /// Single choice: exactly one option is right.
    Single {
        options: Vec<Localized>,
        answer: usize,
    },
    /// Multiple choice ("select all that apply"): at least two options right, at least one wrong.
    Multiple {
        options: Vec<Localized>,
        answers: BTreeSet<usize>,
    },
    /// The prompt is a statement; is it true?
    TrueFalse { answer: bool },
    /// Put the states of a case in order. `states` is the correct order; the UI shuffles it.
    Order { states: Vec<StateId> },
    /// Click the next state on the diagram: from `from` (absent for `run`, a new launch), `action` leads
    /// to `answer`.
    NextState {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<StateId>,
        action: ActionId,
        answer: StateId,
    },
    /// Decode an instance type name (`name`, e.g. `c7gn.xlarge`): which `part` is asked, and the answer,
    /// either an index into `options` or, with no options, a short exact text.
    Decode {
        name: String,
        part: DecodePart,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        options: Vec<Localized>,
        answer: DecodeAnswer,
    },
    /// A short situation and a choice: one right option (single) or several ("select all that apply").
    Scenario {
        situation: Localized,
        options: Vec<Localized>,
        answers: BTreeSet<usize>,
    },
}

/// Which part of a type name a decode question asks about (ec2-facts 2.1:
/// `<family><generation><processor/attribute letters>[-flex].<size>`), named as the engine's decoder
/// (`sim::decode`) names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecodePart {
    /// The leading letter(s), e.g. `c` (compute optimized).
    FamilyLetters,
    /// The instance family in the API's sense: everything before the dot, e.g. `c6i`.
    Family,
    /// The digit(s) after the family letters, e.g. `7`.
    Generation,
    /// A letter after the generation: processor (`a` AMD, `g` Graviton, `i` Intel) or capability
    /// (`d` instance store, `n` network, …).
    Attribute,
    /// After the dot, e.g. `xlarge`.
    Size,
}

/// The answer of a decode question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DecodeAnswer {
    /// The index of the right option.
    Choice(usize),
    /// The exact text to type (compared trimmed and case-insensitively).
    Text(String),
}

/// State identifiers: the six API states (ec2-facts 1.1) plus `rebooting`, which the lifecycle diagram
/// draws although the API keeps a rebooting instance `running`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StateId {
    Pending,
    Running,
    Stopping,
    Stopped,
    ShuttingDown,
    Terminated,
    Rebooting,
}

impl StateId {
    pub const ALL: [StateId; 7] = [
        StateId::Pending,
        StateId::Running,
        StateId::Stopping,
        StateId::Stopped,
        StateId::ShuttingDown,
        StateId::Terminated,
        StateId::Rebooting,
    ];

    /// The identifier as in the data files and the API (`shutting-down`).
    pub fn id(self) -> &'static str {
        match self {
            StateId::Pending => "pending",
            StateId::Running => "running",
            StateId::Stopping => "stopping",
            StateId::Stopped => "stopped",
            StateId::ShuttingDown => "shutting-down",
            StateId::Terminated => "terminated",
            StateId::Rebooting => "rebooting",
        }
    }

    pub fn from_id(id: &str) -> Option<StateId> {
        StateId::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The name the EC2 console shows in each language (대기 중, 실행 중, …).
    pub fn console_name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (StateId::Pending, Lang::En) => "Pending",
            (StateId::Running, Lang::En) => "Running",
            (StateId::Stopping, Lang::En) => "Stopping",
            (StateId::Stopped, Lang::En) => "Stopped",
            (StateId::ShuttingDown, Lang::En) => "Shutting-down",
            (StateId::Terminated, Lang::En) => "Terminated",
            (StateId::Rebooting, Lang::En) => "Rebooting",
            (StateId::Pending, Lang::Ko) => "대기 중",
            (StateId::Running, Lang::Ko) => "실행 중",
            (StateId::Stopping, Lang::Ko) => "중지 중",
            (StateId::Stopped, Lang::Ko) => "중지됨",
            (StateId::ShuttingDown, Lang::Ko) => "종료 중",
            (StateId::Terminated, Lang::Ko) => "종료됨",
            (StateId::Rebooting, Lang::Ko) => "재부팅 중",
        }
    }
}

/// Action identifiers of next-state questions (ec2-facts 1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionId {
    /// `RunInstances`: launch a new instance.
    Run,
    /// `StartInstances`.
    Start,
    /// `StopInstances`.
    Stop,
    /// `StopInstances` with `Hibernate=true`.
    StopHibernate,
    /// `RebootInstances`.
    Reboot,
    /// `TerminateInstances`.
    Terminate,
    /// A shutdown command inside the guest OS.
    OsShutdown,
    /// AWS scheduled retirement.
    Retire,
}

impl ActionId {
    pub const ALL: [ActionId; 8] = [
        ActionId::Run,
        ActionId::Start,
        ActionId::Stop,
        ActionId::StopHibernate,
        ActionId::Reboot,
        ActionId::Terminate,
        ActionId::OsShutdown,
        ActionId::Retire,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ActionId::Run => "run",
            ActionId::Start => "start",
            ActionId::Stop => "stop",
            ActionId::StopHibernate => "stop-hibernate",
            ActionId::Reboot => "reboot",
            ActionId::Terminate => "terminate",
            ActionId::OsShutdown => "os-shutdown",
            ActionId::Retire => "retire",
        }
    }
}

/// Where a question sends the learner: `{"lesson": "lifecycle"}` or `{"experiment": "stop-running"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Link {
    Lesson(LessonId),
    Experiment(ExperimentId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// What the learner answered. Choice questions take `Choice` (one option) or `Choices` (a set);
/// true/false takes `Bool`; order takes `Order` (state ids); next-state takes `State` (a state id);
/// decode takes `Choice` or `Text`, as the question has options or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Choice(usize),
    Choices(BTreeSet<usize>),
    Bool(bool),
    Order(Vec<String>),
    State(String),
    Text(String),
}

/// The result of grading: whether the answer was right, and the right answer for the UI to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grade {
    pub correct: bool,
    pub expected: Answer,
}

impl Question {
    /// The options of a choice question (single, multiple, scenario, decode with options); empty for
    /// the others.
    pub fn options(&self) -> &[Localized] {
        match &self.kind {
            Kind::Single { options, .. }
            | Kind::Multiple { options, .. }
            | Kind::Scenario { options, .. }
            | Kind::Decode { options, .. } => options,
            Kind::TrueFalse { .. } | Kind::Order { .. } | Kind::NextState { .. } => &[],
        }
    }

    /// Whether the learner may pick several options (checkboxes rather than radio buttons).
    pub fn is_multi_select(&self) -> bool {
        match &self.kind {
            Kind::Multiple { .. } => true,
            Kind::Scenario { answers, .. } => answers.len() > 1,
            _ => false,
        }
    }

    /// The lesson of the question's topic (the "learn more" target when the link is an experiment).
    pub fn lesson(&self) -> LessonId {
        self.topic.lesson()
    }

    /// The right answer, in the form the learner would give it.
    pub fn expected(&self) -> Answer {
        match &self.kind {
            Kind::Single { answer, .. } => Answer::Choice(*answer),
            Kind::Multiple { answers, .. } => Answer::Choices(answers.clone()),
            Kind::Scenario { answers, .. } => match single_element(answers) {
                Some(i) => Answer::Choice(i),
                None => Answer::Choices(answers.clone()),
            },
            Kind::TrueFalse { answer } => Answer::Bool(*answer),
            Kind::Order { states } => {
                Answer::Order(states.iter().map(|s| s.id().to_string()).collect())
            }
            Kind::NextState { answer, .. } => Answer::State(answer.id().to_string()),
            Kind::Decode { answer, .. } => match answer {
                DecodeAnswer::Choice(i) => Answer::Choice(*i),
                DecodeAnswer::Text(t) => Answer::Text(t.clone()),
            },
        }
    }

    /// Grades an answer. Never panics: an answer of the wrong form, or out of range, is simply wrong.
    /// Choice questions need the exact set of right options; texts and ids are compared trimmed and
    /// case-insensitively.
    pub fn grade(&self, answer: &Answer) -> Grade {
        let expected = self.expected();
        let correct = match (&self.kind, answer) {
            (Kind::Single { answer: right, .. }, given) => {
                chosen(given).is_some_and(|set| single_element(&set) == Some(*right))
            }
            (Kind::Multiple { answers: right, .. }, given)
            | (Kind::Scenario { answers: right, .. }, given) => {
                chosen(given).is_some_and(|set| &set == right)
            }
            (Kind::TrueFalse { answer: right }, Answer::Bool(given)) => right == given,
            (Kind::Order { states }, Answer::Order(given)) => {
                states.len() == given.len()
                    && states.iter().zip(given).all(|(s, g)| same_text(s.id(), g))
            }
            (Kind::NextState { answer: right, .. }, Answer::State(given)) => {
                same_text(right.id(), given)
            }
            (
                Kind::Decode {
                    answer: DecodeAnswer::Choice(right),
                    ..
                },
                given,
            ) => chosen(given).is_some_and(|set| single_element(&set) == Some(*right)),
            (
                Kind::Decode {
                    answer: DecodeAnswer::Text(right),
                    ..
                },
                Answer::Text(given),
            ) => same_text(right, given),
            _ => false,
        };
        Grade { correct, expected }
    }
}

/// The options a choice answer picks, as a set; `None` for answers of another form.
fn chosen(answer: &Answer) -> Option<BTreeSet<usize>> {
    match answer {
        Answer::Choice(i) => Some(BTreeSet::from([*i])),
        Answer::Choices(set) => Some(set.clone()),
        _ => None,
    }
}

fn single_element(set: &BTreeSet<usize>) -> Option<usize> {
    match set.len() {
        1 => set.first().copied(),
        _ => None,
    }
}

fn same_text(right: &str, given: &str) -> bool {
    right.trim().to_lowercase() == given.trim().to_lowercase()
}

/// The data files, one per topic, embedded in the binary.
pub const FILES: [(QuizTopic, &str, &str); 9] = [
    (
        QuizTopic::CloudBasics,
        "cloud-basics.json",
        include_str!("../../content/quiz/cloud-basics.json"),
    ),
    (
        QuizTopic::ComputeServices,
        "compute-services.json",
        include_str!("../../content/quiz/compute-services.json"),
    ),
    (
        QuizTopic::InstanceTypes,
        "instance-types.json",
        include_str!("../../content/quiz/instance-types.json"),
    ),
    (
        QuizTopic::Lifecycle,
        "lifecycle.json",
        include_str!("../../content/quiz/lifecycle.json"),
    ),
    (
        QuizTopic::Amis,
        "amis.json",
        include_str!("../../content/quiz/amis.json"),
    ),
    (
        QuizTopic::Storage,
        "storage.json",
        include_str!("../../content/quiz/storage.json"),
    ),
    (
        QuizTopic::Persistence,
        "persistence.json",
        include_str!("../../content/quiz/persistence.json"),
    ),
    (
        QuizTopic::Volumes,
        "volumes.json",
        include_str!("../../content/quiz/volumes.json"),
    ),
    (
        QuizTopic::Billing,
        "billing.json",
        include_str!("../../content/quiz/billing.json"),
    ),
];

/// Parses every data file, in topic order. An error names the file and the place, or a question
/// filed under the wrong topic. The tests check everything else (`tests/quiz_bank.rs`).
pub fn parse_all() -> Result<Vec<Question>, String> {
    let mut all = Vec::new();
    for (topic, file, text) in FILES {
        let questions: Vec<Question> =
            serde_json::from_str(text).map_err(|e| format!("content/quiz/{file}: {e}"))?;
        if let Some(q) = questions.iter().find(|q| q.topic != topic) {
            return Err(format!(
                "content/quiz/{file}: question {} has topic {:?}",
                q.id, q.topic
            ));
        }
        all.extend(questions);
    }
    Ok(all)
}

static BANK: OnceLock<Vec<Question>> = OnceLock::new();

/// The whole bank, parsed on first use. A bank that does not parse (which the tests prevent) gives an
/// empty bank rather than a panic, so the rest of the app keeps working.
pub fn all() -> &'static [Question] {
    BANK.get_or_init(|| parse_all().unwrap_or_default())
}

/// The questions of one topic, in file order.
pub fn by_topic(topic: QuizTopic) -> impl Iterator<Item = &'static Question> {
    all().iter().filter(move |q| q.topic == topic)
}

pub fn get(id: &str) -> Option<&'static Question> {
    all().iter().find(|q| q.id == id)
}
