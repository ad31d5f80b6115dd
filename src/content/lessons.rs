//! The lessons of the Learn page, as data: one JSON file per lesson in `content/lessons/<slug>.json`,
//! embedded in the build with `include_str!` and parsed once, the first time they are asked for.
//!
//! A lesson is a title, a one-sentence summary and an ordered list of sections; a section is a heading
//! and blocks (paragraph, bullet list, numbered steps, table, callout, code). Every text a learner reads
//! is a [`Localized`] pair, English and Korean side by side. Texts may mark inline code with backticks
//! (`` `running` ``, `` `StopInstances` ``); [`spans`] splits a text into plain and code parts.
//!
//! The data is checked by this module's tests (it parses, every text is translated, every table is
//! rectangular, the links resolve...), so at run time a parse failure cannot happen with the shipped
//! files; should one happen anyway, [`all`] serves a short placeholder for that lesson instead of
//! panicking.

mod block_de;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{ExperimentId, LessonId, Localized, QuizTopic};

/// One lesson, as stored in `content/lessons/<slug>.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: LessonId,
    pub title: Localized,
    /// One sentence: what the learner takes away.
    pub summary: Localized,
    /// In reading order.
    pub sections: Vec<Section>,
    /// The lesson's vocabulary, for the lesson's term list and the glossary page.
    pub key_terms: Vec<KeyTerm>,
    /// "Try it" buttons: each sets up a Lab experiment.
    pub try_it: Vec<TryIt>,
    /// The quiz topics this lesson teaches.
    pub quiz_topics: Vec<QuizTopic>,
    /// Where the facts come from: sections of `reference/ec2-facts.md`, or web pages.
    pub sources: Vec<Source>,
}

/// A part of a lesson with its own heading. `id` is a short kebab-case anchor, unique in the lesson
/// (`#/learn/lifecycle/five-cases`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: Localized,
    pub blocks: Vec<Block>,
}

/// A block of a section, tagged by `kind`: `{"kind": "paragraph", "text": {"en": …, "ko": …}}`.
/// Read by hand (`lessons/block_de.rs`, for the module's size); written by the derive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: Localized,
    },
    /// An unordered list.
    Bullets {
        items: Vec<Localized>,
    },
    /// A numbered list of steps, done in order.
    Steps {
        items: Vec<Localized>,
    },
    /// A table: a header row and rows with as many cells as the header.
    Table {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<Localized>,
        header: Vec<Localized>,
        rows: Vec<Vec<Localized>>,
    },
    /// A boxed note set apart from the text.
    Callout {
        tone: Tone,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Localized>,
        text: Localized,
    },
    /// A short CLI snippet, the same in both languages (commands stay in English), with an optional
    /// caption.
    Code {
        code: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<Localized>,
    },
}

/// What a callout is for, so the page can style it (and name it in text: colour is never the only
/// signal).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    /// Good to know.
    Note,
    /// A practical hint.
    Tip,
    /// A warning: a common, costly mistake.
    Trap,
    /// Where EC2 Lab (or the lesson) simplifies real AWS.
    Simplified,
    /// A claim the domain reference marks as not confirmed by AWS.
    Unverified,
}

/// A term of the lesson in both languages, with its API name where it has one (`stopped`,
/// `TerminateInstances`, `DeleteOnTermination`), for the lesson's term list and the glossary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyTerm {
    pub term: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
}

/// A "try it" button: opens the Lab set up for an experiment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TryIt {
    pub experiment: ExperimentId,
    pub label: Localized,
}

/// A source of a lesson's facts, tagged by `kind`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Source {
    /// A section of `reference/ec2-facts.md`, e.g. `"1.4"`.
    Facts { section: String },
    /// A public web page, for what the EC2 reference does not cover (other AWS services, cloud basics).
    Web { title: String, url: String },
}

/// The sections of `reference/ec2-facts.md` a [`Source::Facts`] may cite.
pub const FACTS_SECTIONS: [&str; 14] = [
    "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4", "5.1", "5.2",
];

/// A piece of a text: plain, or inline code (between backticks in the data).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Code(&'a str),
}

/// Splits a text at its backticks: `` "state `running` now" `` gives text, code, text. Empty pieces are
/// left out; an unpaired backtick (the tests forbid them in the data) opens code to the end.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    text.split('`')
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| {
            if i % 2 == 1 {
                Span::Code(piece)
            } else {
                Span::Text(piece)
            }
        })
        .collect()
}

/// The embedded lesson files, in [`LessonId::ALL`] order.
const FILES: [(LessonId, &str); 6] = [
    (
        LessonId::CloudBasics,
        include_str!("../../content/lessons/cloud-basics.json"),
    ),
    (
        LessonId::ComputeServices,
        include_str!("../../content/lessons/compute-services.json"),
    ),
    (
        LessonId::InstanceTypes,
        include_str!("../../content/lessons/instance-types.json"),
    ),
    (
        LessonId::Lifecycle,
        include_str!("../../content/lessons/lifecycle.json"),
    ),
    (
        LessonId::Amis,
        include_str!("../../content/lessons/amis.json"),
    ),
    (
        LessonId::Storage,
        include_str!("../../content/lessons/storage.json"),
    ),
];

/// The raw JSON of one embedded lesson file.
pub fn source_json(id: LessonId) -> &'static str {
    FILES
        .iter()
        .find(|(file_id, _)| *file_id == id)
        .map(|(_, json)| *json)
        .unwrap_or("")
}

/// Parses one lesson file and checks it is the lesson it should be.
pub fn parse(id: LessonId, json: &str) -> Result<Lesson, String> {
    let lesson: Lesson = serde_json::from_str(json)
        .map_err(|e| format!("content/lessons/{}.json: {e}", id.slug()))?;
    if lesson.id != id {
        return Err(format!(
            "content/lessons/{}.json: has id {:?}, expected {:?}",
            id.slug(),
            lesson.id,
            id
        ));
    }
    Ok(lesson)
}

/// Parses every embedded lesson, in [`LessonId::ALL`] order; the first error if any fails.
pub fn parse_all() -> Result<Vec<Lesson>, String> {
    LessonId::ALL
        .iter()
        .map(|&id| parse(id, source_json(id)))
        .collect()
}

/// Every lesson, in [`LessonId::ALL`] order (always exactly one per id), parsed on first use. A lesson
/// whose file does not parse (which the tests rule out) is replaced by a placeholder saying so.
pub fn all() -> &'static [Lesson] {
    static LESSONS: OnceLock<Vec<Lesson>> = OnceLock::new();
    LESSONS.get_or_init(|| {
        LessonId::ALL
            .iter()
            .map(|&id| parse(id, source_json(id)).unwrap_or_else(|_| placeholder(id)))
            .collect()
    })
}

/// The lesson with this id.
pub fn get(id: LessonId) -> &'static Lesson {
    let lessons = all();
    let index = LessonId::ALL.iter().position(|&x| x == id).unwrap_or(0);
    // `all()` has one lesson per id in `ALL` order, so `index` is in range; `last` only guards the
    // impossible case without a panic path.
    lessons
        .get(index)
        .or_else(|| lessons.last())
        .unwrap_or_else(|| fallback_lesson())
}

fn fallback_lesson() -> &'static Lesson {
    static FALLBACK: OnceLock<Lesson> = OnceLock::new();
    FALLBACK.get_or_init(|| placeholder(LessonId::CloudBasics))
}

fn text(en: &str, ko: &str) -> Localized {
    Localized {
        en: en.into(),
        ko: ko.into(),
    }
}

/// What the Learn page shows for a lesson whose data could not be read.
fn placeholder(id: LessonId) -> Lesson {
    Lesson {
        id,
        title: text(id.slug(), id.slug()),
        summary: text(
            "This lesson could not be loaded.",
            "이 레슨을 불러올 수 없습니다.",
        ),
        sections: vec![Section {
            id: "unavailable".into(),
            heading: text("Lesson unavailable", "레슨을 사용할 수 없음"),
            blocks: vec![Block::Callout {
                tone: Tone::Note,
                title: None,
                text: text(
                    "The lesson's data is damaged in this build. The Lab and the quiz still work.",
                    "이 빌드에서 레슨 데이터가 손상되었습니다. 실습과 퀴즈는 그대로 사용할 수 있습니다.",
                ),
            }],
        }],
        key_terms: Vec::new(),
        try_it: Vec::new(),
        quiz_topics: QuizTopic::ALL
            .iter()
            .copied()
            .filter(|topic| topic.lesson() == id)
            .collect(),
        sources: Vec::new(),
    }
}

impl Block {
    /// Every text of the block with its path below the block (`rows[1][2]`).
    fn texts(&self) -> Vec<(String, &Localized)> {
        let mut out = Vec::new();
        match self {
            Block::Paragraph { text } => out.push(("text".to_string(), text)),
            Block::Bullets { items } | Block::Steps { items } => {
                for (i, item) in items.iter().enumerate() {
                    out.push((format!("items[{i}]"), item));
                }
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                if let Some(caption) = caption {
                    out.push(("caption".to_string(), caption));
                }
                for (i, cell) in header.iter().enumerate() {
                    out.push((format!("header[{i}]"), cell));
                }
                for (r, row) in rows.iter().enumerate() {
                    for (c, cell) in row.iter().enumerate() {
                        out.push((format!("rows[{r}][{c}]"), cell));
                    }
                }
            }
            Block::Callout { title, text, .. } => {
                if let Some(title) = title {
                    out.push(("title".to_string(), title));
                }
                out.push(("text".to_string(), text));
            }
            Block::Code { caption, .. } => {
                if let Some(caption) = caption {
                    out.push(("caption".to_string(), caption));
                }
            }
        }
        out
    }
}

impl Lesson {
    /// Every human-readable text of the lesson, with a path for messages
    /// (`sections[2].blocks[0].rows[1][3]`).
    pub fn texts(&self) -> Vec<(String, &Localized)> {
        let mut out = vec![
            ("title".to_string(), &self.title),
            ("summary".to_string(), &self.summary),
        ];
        for (s, section) in self.sections.iter().enumerate() {
            out.push((format!("sections[{s}].heading"), &section.heading));
            for (b, block) in section.blocks.iter().enumerate() {
                for (path, text) in block.texts() {
                    out.push((format!("sections[{s}].blocks[{b}].{path}"), text));
                }
            }
        }
        for (i, term) in self.key_terms.iter().enumerate() {
            out.push((format!("key_terms[{i}].term"), &term.term));
        }
        for (i, button) in self.try_it.iter().enumerate() {
            out.push((format!("try_it[{i}].label"), &button.label));
        }
        out
    }

    /// Every table of the lesson.
    pub fn tables(&self) -> impl Iterator<Item = (&[Localized], &[Vec<Localized>])> {
        self.sections
            .iter()
            .flat_map(|section| &section.blocks)
            .filter_map(|block| match block {
                Block::Table { header, rows, .. } => Some((header.as_slice(), rows.as_slice())),
                _ => None,
            })
    }

    /// What is wrong with the lesson's data, one message per problem; empty when it is well-formed.
    /// Checks what holds for every lesson: translations, table shapes, inline code marks, anchors,
    /// links to the Lab and the quiz, sources, and a readable length.
    pub fn problems(&self) -> Vec<String> {
        let slug = self.id.slug();
        let mut problems = Vec::new();
        for (path, text) in self.texts() {
            if let Some(problem) = text.problem() {
                problems.push(format!("{slug}: {path}: {problem}: {text:?}"));
            }
            for (lang, side) in [("en", &text.en), ("ko", &text.ko)] {
                if side.matches('`').count() % 2 != 0 {
                    problems.push(format!("{slug}: {path}.{lang}: unpaired backtick"));
                }
                if side != side.trim() {
                    problems.push(format!("{slug}: {path}.{lang}: leading or trailing space"));
                }
            }
            if let Some(problem) = korean_register_problem(&text.ko) {
                problems.push(format!("{slug}: {path}.ko: {problem}"));
            }
        }
        if !(4..=8).contains(&self.sections.len()) {
            problems.push(format!(
                "{slug}: {} sections; a lesson has 4 to 8",
                self.sections.len()
            ));
        }
        for (s, section) in self.sections.iter().enumerate() {
            let id = &section.id;
            let kebab = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !kebab {
                problems.push(format!(
                    "{slug}: sections[{s}]: id {id:?} is not kebab-case"
                ));
            }
            if self.sections[..s].iter().any(|other| &other.id == id) {
                problems.push(format!("{slug}: sections[{s}]: id {id:?} repeats"));
            }
            if section.blocks.is_empty() {
                problems.push(format!("{slug}: sections[{s}]: no blocks"));
            }
            for (b, block) in section.blocks.iter().enumerate() {
                let at = format!("{slug}: sections[{s}].blocks[{b}]");
                match block {
                    Block::Table { header, rows, .. } => {
                        if header.len() < 2 || rows.is_empty() {
                            problems.push(format!("{at}: a table needs 2+ columns and a row"));
                        }
                        for (r, row) in rows.iter().enumerate() {
                            if row.len() != header.len() {
                                problems.push(format!(
                                    "{at}.rows[{r}]: {} cells, header has {}",
                                    row.len(),
                                    header.len()
                                ));
                            }
                        }
                    }
                    Block::Bullets { items } | Block::Steps { items } if items.is_empty() => {
                        problems.push(format!("{at}: empty list"));
                    }
                    Block::Code { code, .. } if code.trim().is_empty() => {
                        problems.push(format!("{at}: empty code"));
                    }
                    _ => {}
                }
            }
        }
        if self.try_it.is_empty() {
            problems.push(format!("{slug}: no try-it experiment"));
        }
        for (i, button) in self.try_it.iter().enumerate() {
            if self.try_it[..i]
                .iter()
                .any(|b| b.experiment == button.experiment)
            {
                problems.push(format!("{slug}: try_it[{i}]: experiment repeats"));
            }
        }
        if self.quiz_topics.is_empty() {
            problems.push(format!("{slug}: no quiz topic"));
        }
        for (i, topic) in self.quiz_topics.iter().enumerate() {
            if self.quiz_topics[..i].contains(topic) {
                problems.push(format!("{slug}: quiz_topics[{i}]: {topic:?} repeats"));
            }
        }
        if self.key_terms.is_empty() {
            problems.push(format!("{slug}: no key terms"));
        }
        if self.sources.is_empty() {
            problems.push(format!("{slug}: no sources"));
        }
        for (i, source) in self.sources.iter().enumerate() {
            match source {
                Source::Facts { section } if !FACTS_SECTIONS.contains(&section.as_str()) => {
                    problems.push(format!(
                        "{slug}: sources[{i}]: ec2-facts has no section {section:?}"
                    ));
                }
                Source::Web { title, url }
                    if title.trim().is_empty() || !url.starts_with("https://") =>
                {
                    problems.push(format!(
                        "{slug}: sources[{i}]: needs a title and an https URL"
                    ));
                }
                _ => {}
            }
        }
        problems
    }
}

/// Korean texts use one polite register (합니다/입니다 체): a sentence that ends in 다 must end in 니다
/// (plain 한다/이다 and 해요체 endings are flagged). Fragments (table cells, list items that are noun
/// phrases) have no verb ending and pass.
fn korean_register_problem(ko: &str) -> Option<String> {
    let chars: Vec<char> = ko.chars().collect();
    for (i, pair) in chars.windows(2).enumerate() {
        let ends_sentence = |c: char| matches!(c, '.' | '!' | '?' | ':');
        if ends_sentence(pair[1]) && !(i + 2 < chars.len() && chars[i + 2].is_ascii_digit()) {
            let before = if i > 0 { chars[i - 1] } else { ' ' };
            if pair[0] == '다' && before != '니' {
                return Some(format!(
                    "plain-register ending \"{before}다\" (use 합니다/입니다)"
                ));
            }
            if pair[0] == '요'
                && matches!(
                    before,
                    '해' | '어' | '아' | '죠' | '에' | '이' | '데' | '까' | '세'
                )
            {
                return Some(format!("해요체 ending \"{before}요\" (use 합니다/입니다)"));
            }
        }
    }
    if let Some(&last) = chars.last() {
        let before = chars.len().checked_sub(2).map(|i| chars[i]).unwrap_or(' ');
        if last == '다' && before != '니' {
            return Some(format!(
                "plain-register ending \"{before}다\" (use 합니다/입니다)"
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lessons() -> Vec<Lesson> {
        parse_all().unwrap_or_else(|e| panic!("a lesson file does not parse: {e}"))
    }

    fn lesson(id: LessonId) -> Lesson {
        parse(id, source_json(id)).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Both sides of every text of a lesson, backticks removed, for "does the lesson mention X".
    fn all_text(lesson: &Lesson, lang: crate::i18n::Lang) -> String {
        let mut out = String::new();
        for (_, text) in lesson.texts() {
            out.push_str(&text.get(lang).replace('`', ""));
            out.push('\n');
        }
        out
    }

    #[test]
    fn every_lesson_file_parses() {
        assert_eq!(lessons().len(), LessonId::ALL.len());
    }

    #[test]
    fn the_embedded_files_are_the_ones_in_content_lessons() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/lessons");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("content/lessons exists")
            .map(|entry| {
                entry
                    .expect("readable")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name.ends_with(".json"))
            .collect();
        on_disk.sort();
        let mut expected: Vec<String> = LessonId::ALL
            .iter()
            .map(|id| format!("{}.json", id.slug()))
            .collect();
        expected.sort();
        assert_eq!(on_disk, expected, "one file per lesson id, no strays");
        for id in LessonId::ALL {
            let path = format!("{dir}/{}.json", id.slug());
            let file = std::fs::read_to_string(&path).expect("readable");
            assert_eq!(
                file,
                source_json(id),
                "{path} is not the file embedded for {id:?}"
            );
        }
    }

    #[test]
    fn one_lesson_per_id_in_reading_order() {
        let ids: Vec<LessonId> = lessons().iter().map(|l| l.id).collect();
        assert_eq!(ids, LessonId::ALL);
        let ids: Vec<LessonId> = all().iter().map(|l| l.id).collect();
        assert_eq!(ids, LessonId::ALL);
        for id in LessonId::ALL {
            assert_eq!(get(id).id, id);
            assert_eq!(
                get(id),
                &lesson(id),
                "all() served a placeholder for {id:?}"
            );
        }
    }

    #[test]
    fn every_text_is_in_both_languages() {
        let mut problems = Vec::new();
        for lesson in lessons() {
            for (path, text) in lesson.texts() {
                if let Some(problem) = text.problem() {
                    problems.push(format!("{}: {path}: {problem}: {text:?}", lesson.id.slug()));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// `texts()` must see every `{en, ko}` pair in the data, or the translation check above would
    /// miss some: count the pairs in the serialized lesson independently.
    #[test]
    fn the_text_walk_sees_every_localized_text() {
        fn count_pairs(value: &serde_json::Value) -> usize {
            match value {
                serde_json::Value::Object(map) => {
                    let is_pair =
                        map.len() == 2 && map.contains_key("en") && map.contains_key("ko");
                    usize::from(is_pair) + map.values().map(count_pairs).sum::<usize>()
                }
                serde_json::Value::Array(items) => items.iter().map(count_pairs).sum(),
                _ => 0,
            }
        }
        for id in LessonId::ALL {
            let raw: serde_json::Value = serde_json::from_str(source_json(id)).expect("json");
            assert_eq!(lesson(id).texts().len(), count_pairs(&raw), "{id:?}");
        }
    }

    #[test]
    fn every_table_row_has_as_many_cells_as_the_header() {
        for lesson in lessons() {
            for (header, rows) in lesson.tables() {
                for row in rows {
                    assert_eq!(
                        row.len(),
                        header.len(),
                        "{}: row {:?}",
                        lesson.id.slug(),
                        row[0].en
                    );
                }
            }
        }
    }

    #[test]
    fn every_lesson_is_well_formed() {
        let problems: Vec<String> = lessons().iter().flat_map(Lesson::problems).collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_lesson_has_a_try_it_experiment_and_a_quiz_topic() {
        for lesson in lessons() {
            assert!(
                !lesson.try_it.is_empty(),
                "{:?} has no try-it button",
                lesson.id
            );
            assert!(
                !lesson.quiz_topics.is_empty(),
                "{:?} feeds no quiz topic",
                lesson.id
            );
        }
    }

    #[test]
    fn every_quiz_topic_is_fed_by_the_lesson_that_teaches_it() {
        for topic in QuizTopic::ALL {
            let teacher = lesson(topic.lesson());
            assert!(
                teacher.quiz_topics.contains(&topic),
                "{topic:?} is taught by {:?} (QuizTopic::lesson) but that lesson does not list it",
                teacher.id
            );
        }
    }

    #[test]
    fn the_lifecycle_lesson_names_all_six_states_in_both_languages() {
        use crate::i18n::Lang;
        let lifecycle = lesson(LessonId::Lifecycle);
        let (en, ko) = (
            all_text(&lifecycle, Lang::En),
            all_text(&lifecycle, Lang::Ko),
        );
        let states = [
            ("pending", "대기 중"),
            ("running", "실행 중"),
            ("stopping", "중지 중"),
            ("stopped", "중지됨"),
            ("shutting-down", "종료 중"),
            ("terminated", "종료됨"),
        ];
        for (api, console) in states {
            assert!(
                en.contains(api),
                "English lifecycle lesson never says {api}"
            );
            assert!(
                ko.contains(api),
                "Korean lifecycle lesson never gives the API name {api}"
            );
            assert!(
                ko.contains(console),
                "Korean lifecycle lesson never says {console}"
            );
            assert!(
                lifecycle
                    .key_terms
                    .iter()
                    .any(|t| t.api.as_deref() == Some(api) && t.term.ko == console),
                "no key term {console} ({api})"
            );
        }
        for transitional in ["pending", "stopping", "shutting-down"] {
            assert!(en.contains(transitional));
        }
        assert!(en.contains("Reached") && en.contains("Transitional"));
        assert!(ko.contains("도달 상태") && ko.contains("전환 상태"));
        assert!(en.contains("Rebooting") && en.contains("not an API state"));
    }

    #[test]
    fn the_lifecycle_lesson_has_the_five_cases_in_one_table() {
        let cases = [
            ("pending → running", "대기 중 → 실행 중"),
            ("running → stopping → stopped", "실행 중 → 중지 중 → 중지됨"),
            ("stopped → pending → running", "중지됨 → 대기 중 → 실행 중"),
            (
                "stopped → shutting-down → terminated",
                "중지됨 → 종료 중 → 종료됨",
            ),
            (
                "running → shutting-down → terminated",
                "실행 중 → 종료 중 → 종료됨",
            ),
        ];
        let lifecycle = lesson(LessonId::Lifecycle);
        let has_all = |rows: &[Vec<Localized>]| {
            cases.iter().all(|(en, ko)| {
                rows.iter().any(|row| {
                    row.iter()
                        .any(|c| c.en.replace('`', "") == *en && c.ko.replace('`', "") == *ko)
                })
            })
        };
        assert!(
            lifecycle
                .tables()
                .any(|(_, rows)| rows.len() == 5 && has_all(rows)),
            "no table with exactly the five cases"
        );
        let experiments: Vec<ExperimentId> =
            lifecycle.try_it.iter().map(|t| t.experiment).collect();
        for case in [
            ExperimentId::FirstLaunch,
            ExperimentId::StopRunning,
            ExperimentId::RestartStopped,
            ExperimentId::TerminateStopped,
            ExperimentId::TerminateRunning,
        ] {
            assert!(experiments.contains(&case), "no try-it button for {case:?}");
        }
    }

    #[test]
    fn the_storage_lesson_compares_the_four_in_one_table() {
        let storage = lesson(LessonId::Storage);
        let four = [
            ("Instance store", "인스턴스 스토어"),
            ("EBS", "EBS"),
            ("EFS", "EFS"),
            ("S3", "S3"),
        ];
        let comparisons = storage
            .tables()
            .filter(|(header, _)| {
                four.iter()
                    .all(|(en, ko)| header.iter().any(|h| h.en == *en && h.ko == *ko))
            })
            .count();
        assert_eq!(
            comparisons, 1,
            "one table with instance store, EBS, EFS and S3 as columns"
        );
    }

    #[test]
    fn the_terminate_trap_is_taught() {
        let lifecycle = lesson(LessonId::Lifecycle);
        let trap = lifecycle.sections.iter().flat_map(|s| &s.blocks).find(|block| {
            matches!(block, Block::Callout { tone: Tone::Trap, text, .. }
                if text.ko.contains("종료") && text.ko.contains("terminate") && text.ko.contains("주의")
                    && text.ko.contains("중지") && text.en.contains("terminate") && text.en.contains("not"))
        });
        assert!(
            trap.is_some(),
            "no trap callout: 종료 = terminate, not shut down; 중지 = stop"
        );
    }

    /// The Korean text must not itself fall into the trap by using 종료 for a plain shutdown.
    #[test]
    fn korean_never_uses_종료_for_shut_down() {
        for lesson in lessons() {
            for (path, text) in lesson.texts() {
                for bad in ["종료(shut", "종료(shutdown", "종료했다가"] {
                    assert!(
                        !text.ko.contains(bad),
                        "{}: {path}: {:?}",
                        lesson.id.slug(),
                        text.ko
                    );
                }
            }
        }
    }

    #[test]
    fn the_lessons_fit_the_size_budget() {
        let total: usize = LessonId::ALL.iter().map(|&id| source_json(id).len()).sum();
        assert!(
            total <= 60 * 1024,
            "lessons are {total} bytes; the budget is 60 KiB"
        );
    }

    #[test]
    fn the_checks_catch_broken_lessons() {
        let good = lesson(LessonId::Lifecycle);
        assert!(good.problems().is_empty());
        let mut broken = good.clone();
        broken.title.ko = "The lifecycle of an instance".into();
        broken.summary.en = "Half `code".into();
        broken.sections[1].id = broken.sections[0].id.clone();
        broken.sections[2].id = "Not Kebab".into();
        if let Some(Block::Table { rows, .. }) = broken.sections[0].blocks.first_mut() {
            rows[0].pop();
        }
        broken.sections[3].heading.ko = "이것은 잘못된 문장이다.".into();
        broken.try_it.clear();
        broken.quiz_topics.push(QuizTopic::Lifecycle);
        broken.sources.push(Source::Facts {
            section: "9.9".into(),
        });
        let problems = broken.problems().join("\n");
        for expected in [
            "title: Korean text has no Hangul",
            "unpaired backtick",
            "repeats",
            "is not kebab-case",
            "cells, header has",
            "plain-register ending",
            "no try-it experiment",
            "Lifecycle repeats",
            "no section \"9.9\"",
        ] {
            assert!(
                problems.contains(expected),
                "missed {expected:?} in:\n{problems}"
            );
        }
    }

    #[test]
    fn korean_register_is_checked() {
        assert_eq!(
            korean_register_problem("중지합니다. 다시 시작할 수 있습니다."),
            None
        );
        assert_eq!(korean_register_problem("루트 볼륨, 데이터베이스"), None);
        assert_eq!(korean_register_problem("약 1시간 표시: 1.4"), None);
        assert!(korean_register_problem("인스턴스를 중지한다.").is_some());
        assert!(korean_register_problem("영구 삭제이다").is_some());
        assert!(korean_register_problem("다시 시작해요.").is_some());
        assert!(korean_register_problem("무엇이 남을까요?").is_some());
    }

    #[test]
    fn parsing_rejects_unknown_fields_and_the_wrong_lesson() {
        assert!(parse(LessonId::Amis, source_json(LessonId::Lifecycle)).is_err());
        assert!(parse(LessonId::Amis, source_json(LessonId::Amis)).is_ok());
        let extra = source_json(LessonId::Amis).replacen('{', "{\"draft\": true,", 1);
        assert!(parse(LessonId::Amis, &extra).unwrap_err().contains("draft"));
        let bad_block = source_json(LessonId::Amis).replacen(
            "\"kind\": \"paragraph\"",
            "\"kind\": \"video\"",
            1,
        );
        assert!(parse(LessonId::Amis, &bad_block).is_err());
        let bad_experiment = source_json(LessonId::Amis).replacen(
            "\"experiment\": \"custom-ami\"",
            "\"experiment\": \"custom-amy\"",
            1,
        );
        assert!(parse(LessonId::Amis, &bad_experiment).is_err());
    }

    #[test]
    fn the_placeholder_is_bilingual_and_keeps_quiz_links() {
        for id in LessonId::ALL {
            let p = placeholder(id);
            assert_eq!(p.id, id);
            assert!(p.texts().iter().skip(1).all(|(_, t)| t.problem().is_none()));
            assert!(p.quiz_topics.iter().all(|t| t.lesson() == id));
        }
    }

    #[test]
    fn spans_split_inline_code() {
        assert_eq!(
            spans("state `running` now"),
            vec![
                Span::Text("state "),
                Span::Code("running"),
                Span::Text(" now")
            ]
        );
        assert_eq!(spans("`t2.micro`"), vec![Span::Code("t2.micro")]);
        assert_eq!(spans("plain"), vec![Span::Text("plain")]);
    }
}
