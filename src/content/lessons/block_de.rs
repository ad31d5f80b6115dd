//! Reading a [`Block`] by hand, for the size of the WebAssembly module: serde's derive for an
//! internally tagged enum buffers each block through its generic `Content` tree and runs the
//! variant's deserializer over that (about 26 KB of the module). Here a block is read once into
//! [`Fields`], every field any kind of block has, and the `kind` tag then picks the variant. What
//! the derive accepted is accepted and what it refused is refused: unknown keys, a field of another
//! kind of block, a missing required field, an unknown kind. (One leniency: a field of another kind
//! given as `null` is taken as absent.) The lesson files are checked by this module's tests.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::serde_fields::need;

use super::{Block, Tone};
use crate::content::Localized;

const KINDS: &[&str] = &["paragraph", "bullets", "steps", "table", "callout", "code"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    kind: String,
    text: Option<Localized>,
    items: Option<Vec<Localized>>,
    caption: Option<Localized>,
    header: Option<Vec<Localized>>,
    rows: Option<Vec<Vec<Localized>>>,
    tone: Option<Tone>,
    title: Option<Localized>,
    code: Option<String>,
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BlockVisitor)
    }
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a block object with a \"kind\" tag")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block, A::Error> {
        Fields::deserialize(MapAccessDeserializer::new(map))?.into_block()
    }
}

impl Fields {
    fn into_block<E: de::Error>(self) -> Result<Block, E> {
        let f = self;
        // The fields present, so that one belonging to another kind is refused by name.
        let present: [(&'static str, bool); 8] = [
            ("text", f.text.is_some()),
            ("items", f.items.is_some()),
            ("caption", f.caption.is_some()),
            ("header", f.header.is_some()),
            ("rows", f.rows.is_some()),
            ("tone", f.tone.is_some()),
            ("title", f.title.is_some()),
            ("code", f.code.is_some()),
        ];
        let allowed: &'static [&'static str] = match f.kind.as_str() {
            "paragraph" => &["text"],
            "bullets" | "steps" => &["items"],
            "table" => &["caption", "header", "rows"],
            "callout" => &["tone", "title", "text"],
            "code" => &["code", "caption"],
            other => return Err(E::unknown_variant(other, KINDS)),
        };
        if let Some((name, _)) = present
            .iter()
            .find(|(name, here)| *here && !allowed.contains(name))
        {
            return Err(E::unknown_field(name, allowed));
        }
        Ok(match f.kind.as_str() {
            "paragraph" => Block::Paragraph {
                text: need(f.text, "text")?,
            },
            "bullets" => Block::Bullets {
                items: need(f.items, "items")?,
            },
            "steps" => Block::Steps {
                items: need(f.items, "items")?,
            },
            "table" => Block::Table {
                caption: f.caption,
                header: need(f.header, "header")?,
                rows: need(f.rows, "rows")?,
            },
            "callout" => Block::Callout {
                tone: need(f.tone, "tone")?,
                title: f.title,
                text: need(f.text, "text")?,
            },
            _ => Block::Code {
                code: need(f.code, "code")?,
                caption: f.caption,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(en: &str) -> Localized {
        Localized {
            en: en.into(),
            ko: format!("{en} (ko)"),
        }
    }

    #[test]
    fn every_kind_of_block_reads_back_what_the_derive_writes() {
        let blocks = [
            Block::Paragraph { text: l("p") },
            Block::Bullets {
                items: vec![l("a"), l("b")],
            },
            Block::Steps { items: vec![] },
            Block::Table {
                caption: Some(l("c")),
                header: vec![l("h")],
                rows: vec![vec![l("r")]],
            },
            Block::Table {
                caption: None,
                header: vec![],
                rows: vec![],
            },
            Block::Callout {
                tone: Tone::Trap,
                title: Some(l("t")),
                text: l("x"),
            },
            Block::Callout {
                tone: Tone::Note,
                title: None,
                text: l("x"),
            },
            Block::Code {
                code: "aws ec2 run-instances".into(),
                caption: Some(l("c")),
            },
            Block::Code {
                code: String::new(),
                caption: None,
            },
        ];
        for block in blocks {
            let json = serde_json::to_string(&block).unwrap();
            assert_eq!(
                serde_json::from_str::<Block>(&json).unwrap(),
                block,
                "{json}"
            );
        }
        let tag_last = r#"{"text":{"en":"p","ko":"q"},"kind":"paragraph"}"#;
        assert_eq!(
            serde_json::from_str::<Block>(tag_last).unwrap(),
            Block::Paragraph {
                text: Localized {
                    en: "p".into(),
                    ko: "q".into()
                }
            }
        );
    }

    #[test]
    fn what_the_derive_refused_is_refused() {
        let text = r#"{"en":"p","ko":"q"}"#;
        for (bad, says) in [
            (
                format!(r#"{{"kind":"paragraph","text":{text},"extra":1}}"#),
                "unknown field `extra`",
            ),
            (
                format!(r#"{{"kind":"paragraph","text":{text},"items":[]}}"#),
                "unknown field `items`",
            ),
            (
                format!(r#"{{"kind":"code","code":"x","title":{text}}}"#),
                "unknown field `title`",
            ),
            (
                r#"{"kind":"table","header":[]}"#.to_string(),
                "missing field `rows`",
            ),
            (
                format!(r#"{{"kind":"poem","text":{text}}}"#),
                "unknown variant `poem`",
            ),
            (format!(r#"{{"text":{text}}}"#), "missing field `kind`"),
            (
                r#"{"kind":"callout","tone":"loud","text":{"en":"","ko":""}}"#.to_string(),
                "unknown variant `loud`",
            ),
            (r#""paragraph""#.to_string(), "invalid type"),
        ] {
            let error = serde_json::from_str::<Block>(&bad).unwrap_err().to_string();
            assert!(error.contains(says), "{bad}: {error}");
        }
    }
}
