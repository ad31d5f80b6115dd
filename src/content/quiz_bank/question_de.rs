//! Reading a [`Question`] by hand, for the size of the WebAssembly module: serde's derive for a
//! struct with a `flatten`ed internally tagged enum ([`Kind`]) buffers every question through its
//! generic `Content` tree, then runs the kind's deserializer over the leftovers, with an untagged
//! [`DecodeAnswer`] tried both ways. Here a question is read once into [`Fields`], the common fields
//! and every field any kind has, and the `kind` tag then picks the variant. What the derive accepted
//! is accepted and what it refused is refused: unknown keys, a field of another kind, a missing
//! required field, an unknown kind, an answer of the wrong type. (One leniency: a field of another
//! kind given as `null` is taken as absent.) The bank's tests check every shipped question.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Unexpected, Visitor};
use serde::Deserialize;

use crate::serde_fields::need;

use super::{ActionId, DecodeAnswer, DecodePart, Difficulty, Kind, Link, Question, StateId};
use crate::content::{Localized, QuizTopic};

const KINDS: &[&str] = &[
    "single",
    "multiple",
    "true-false",
    "order",
    "next-state",
    "decode",
    "scenario",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    id: String,
    topic: QuizTopic,
    prompt: Localized,
    explanation: Localized,
    link: Link,
    source: String,
    #[serde(default)]
    difficulty: Option<Difficulty>,
    kind: String,
    options: Option<Vec<Localized>>,
    answer: Option<AnyAnswer>,
    answers: Option<BTreeSet<usize>>,
    states: Option<Vec<StateId>>,
    from: Option<StateId>,
    action: Option<ActionId>,
    name: Option<String>,
    part: Option<DecodePart>,
    situation: Option<Localized>,
}

/// `answer` as written: an index, a boolean or a text; the kind says which it must be.
enum AnyAnswer {
    Index(u64),
    Bool(bool),
    Text(String),
}

impl<'de> Deserialize<'de> for AnyAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = AnyAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an option index, true or false, or a text")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<AnyAnswer, E> {
                Ok(AnyAnswer::Index(n))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<AnyAnswer, E> {
                Ok(AnyAnswer::Bool(b))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<AnyAnswer, E> {
                Ok(AnyAnswer::Text(s.to_owned()))
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

impl AnyAnswer {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            AnyAnswer::Index(n) => Unexpected::Unsigned(*n),
            AnyAnswer::Bool(b) => Unexpected::Bool(*b),
            AnyAnswer::Text(s) => Unexpected::Str(s),
        }
    }

    fn index<E: de::Error>(self) -> Result<usize, E> {
        match self {
            AnyAnswer::Index(n) => usize::try_from(n)
                .map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &"an option index")),
            other => Err(E::invalid_type(other.unexpected(), &"an option index")),
        }
    }

    fn boolean<E: de::Error>(self) -> Result<bool, E> {
        match self {
            AnyAnswer::Bool(b) => Ok(b),
            other => Err(E::invalid_type(other.unexpected(), &"true or false")),
        }
    }

    fn state<E: de::Error>(self) -> Result<StateId, E> {
        match self {
            AnyAnswer::Text(s) => StateId::deserialize(s.as_str().into_deserializer()),
            other => Err(E::invalid_type(other.unexpected(), &"a state")),
        }
    }

    fn decode<E: de::Error>(self) -> Result<DecodeAnswer, E> {
        match self {
            AnyAnswer::Text(s) => Ok(DecodeAnswer::Text(s)),
            other => other.index().map(DecodeAnswer::Choice),
        }
    }
}

impl<'de> Deserialize<'de> for Question {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(QuestionVisitor)
    }
}

struct QuestionVisitor;

impl<'de> Visitor<'de> for QuestionVisitor {
    type Value = Question;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a question object with a \"kind\" tag")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Question, A::Error> {
        Fields::deserialize(MapAccessDeserializer::new(map))?.into_question()
    }
}

impl Fields {
    fn into_question<E: de::Error>(self) -> Result<Question, E> {
        let f = self;
        // The kind's own fields present, so that one belonging to another kind is refused by name.
        let present: [(&'static str, bool); 9] = [
            ("options", f.options.is_some()),
            ("answer", f.answer.is_some()),
            ("answers", f.answers.is_some()),
            ("states", f.states.is_some()),
            ("from", f.from.is_some()),
            ("action", f.action.is_some()),
            ("name", f.name.is_some()),
            ("part", f.part.is_some()),
            ("situation", f.situation.is_some()),
        ];
        let allowed: &'static [&'static str] = match f.kind.as_str() {
            "single" => &["options", "answer"],
            "multiple" => &["options", "answers"],
            "true-false" => &["answer"],
            "order" => &["states"],
            "next-state" => &["from", "action", "answer"],
            "decode" => &["name", "part", "options", "answer"],
            "scenario" => &["situation", "options", "answers"],
            other => return Err(E::unknown_variant(other, KINDS)),
        };
        if let Some((name, _)) = present
            .iter()
            .find(|(name, here)| *here && !allowed.contains(name))
        {
            return Err(E::unknown_field(name, allowed));
        }
        let kind = match f.kind.as_str() {
            "single" => Kind::Single {
                options: need(f.options, "options")?,
                answer: need(f.answer, "answer")?.index()?,
            },
            "multiple" => Kind::Multiple {
                options: need(f.options, "options")?,
                answers: need(f.answers, "answers")?,
            },
            "true-false" => Kind::TrueFalse {
                answer: need(f.answer, "answer")?.boolean()?,
            },
            "order" => Kind::Order {
                states: need(f.states, "states")?,
            },
            "next-state" => Kind::NextState {
                from: f.from,
                action: need(f.action, "action")?,
                answer: need(f.answer, "answer")?.state()?,
            },
            "decode" => Kind::Decode {
                name: need(f.name, "name")?,
                part: need(f.part, "part")?,
                options: f.options.unwrap_or_default(),
                answer: need(f.answer, "answer")?.decode()?,
            },
            _ => Kind::Scenario {
                situation: need(f.situation, "situation")?,
                options: need(f.options, "options")?,
                answers: need(f.answers, "answers")?,
            },
        };
        Ok(Question {
            id: f.id,
            topic: f.topic,
            kind,
            prompt: f.prompt,
            explanation: f.explanation,
            link: f.link,
            source: f.source,
            difficulty: f.difficulty,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_all;
    use super::*;

    #[test]
    fn every_shipped_question_reads_back_what_the_derive_writes() {
        let all = parse_all().unwrap();
        let mut kinds = BTreeSet::new();
        for question in all {
            let json = serde_json::to_string(&question).unwrap();
            kinds.insert(
                json.split(r#""kind":""#)
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_string(),
            );
            assert_eq!(
                serde_json::from_str::<Question>(&json).unwrap(),
                question,
                "{json}"
            );
        }
        assert_eq!(kinds.len(), KINDS.len(), "{kinds:?}");
    }

    const COMMON: &str = r#""id":"x-001","topic":"lifecycle","prompt":{"en":"p","ko":"p"},"explanation":{"en":"e","ko":"e"},"link":{"experiment":"restart-stopped"},"source":"1.2""#;

    #[test]
    fn each_kind_reads_with_its_own_answer_type() {
        let read = |rest: &str| serde_json::from_str::<Question>(&format!("{{{COMMON},{rest}}}"));
        let o = r#"[{"en":"a","ko":"a"},{"en":"b","ko":"b"}]"#;
        assert!(matches!(
            read(&format!(r#""kind":"single","options":{o},"answer":1"#))
                .unwrap()
                .kind,
            Kind::Single { answer: 1, .. }
        ));
        assert!(matches!(
            read(r#""kind":"true-false","answer":false"#).unwrap().kind,
            Kind::TrueFalse { answer: false }
        ));
        assert!(matches!(
            read(r#""kind":"next-state","action":"start","answer":"pending""#)
                .unwrap()
                .kind,
            Kind::NextState {
                from: None,
                answer: StateId::Pending,
                ..
            }
        ));
        assert!(matches!(
            read(r#""answer":"c","part":"family-letters","name":"c7g.large","kind":"decode""#)
                .unwrap()
                .kind,
            Kind::Decode {
                answer: DecodeAnswer::Text(_),
                ..
            }
        ));
        assert!(matches!(
            read(&format!(
                r#""kind":"decode","name":"c7g.large","part":"size","options":{o},"answer":0"#
            ))
            .unwrap()
            .kind,
            Kind::Decode {
                answer: DecodeAnswer::Choice(0),
                ..
            }
        ));
        assert_eq!(
            read(r#""kind":"order","states":["pending","running"],"difficulty":null"#)
                .unwrap()
                .difficulty,
            None
        );
    }

    #[test]
    fn what_the_derive_refused_is_refused() {
        let o = r#"[{"en":"a","ko":"a"}]"#;
        for (rest, says) in [
            (
                format!(r#""kind":"single","options":{o},"answer":0,"extra":1"#),
                "unknown field `extra`",
            ),
            (
                format!(r#""kind":"single","options":{o},"answer":0,"answers":[0]"#),
                "unknown field `answers`",
            ),
            (
                r#""kind":"true-false","answer":"yes""#.to_string(),
                "invalid type",
            ),
            (
                format!(r#""kind":"single","options":{o},"answer":true"#),
                "invalid type",
            ),
            (
                r#""kind":"next-state","action":"start","answer":"asleep""#.to_string(),
                "unknown variant `asleep`",
            ),
            (
                r#""kind":"next-state","action":"start""#.to_string(),
                "missing field `answer`",
            ),
            (
                r#""kind":"riddle","answer":1"#.to_string(),
                "unknown variant `riddle`",
            ),
            (r#""answer":1"#.to_string(), "missing field `kind`"),
        ] {
            let json = format!("{{{COMMON},{rest}}}");
            let error = serde_json::from_str::<Question>(&json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(says), "{json}: {error}");
        }
        let no_prompt = r#"{"id":"x","topic":"lifecycle","kind":"true-false","answer":true}"#;
        assert!(serde_json::from_str::<Question>(no_prompt).is_err());
    }
}
