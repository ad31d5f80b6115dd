//! Export everything the app keeps in the browser to one JSON file, and import it back (issue 8).
//! Pure: the page reads and writes storage; this module builds the file, checks a file before anything
//! is replaced, and says what it would replace.
//!
//! The file holds each saved key's stored text as it is, so a key added later (a new setting) travels
//! without a format change, and an import writes back exactly what an export read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::persist::WORLD_KEY;
pub use crate::quiz::persist::QUIZ_KEY;
use crate::sim::ami::ImageCategory;
use crate::sim::world::Owner;
use crate::sim::World;

/// What every export says it is.
pub const BACKUP_APP: &str = "ec2-lab";
/// The file format; an import of a newer one is refused rather than half-read.
pub const BACKUP_FORMAT: u32 = 1;

pub const LANG_KEY: &str = "ec2-lab/v1/lang";
pub const THEME_KEY: &str = "ec2-lab/v1/theme";

/// Every key an export carries and an import may write (backups of unreadable data stay behind).
pub const SAVED_KEYS: [&str; 4] = [WORLD_KEY, QUIZ_KEY, LANG_KEY, THEME_KEY];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupFile {
    pub app: String,
    pub format: u32,
    /// When it was made, as the browser's clock gave it (ISO 8601); shown in the preview.
    pub exported_at: String,
    /// Saved key → the text stored under it.
    pub items: BTreeMap<String, String>,
}

/// The export: the given keys' stored texts (missing ones left out), pretty-printed.
pub fn export(stored: &BTreeMap<String, String>, exported_at: &str) -> String {
    let items = crate::sorting::map_of(
        SAVED_KEYS
            .iter()
            .filter_map(|&key| stored.get(key).map(|v| (key.to_owned(), v.clone()))),
    );
    let file = BackupFile {
        app: BACKUP_APP.to_owned(),
        format: BACKUP_FORMAT,
        exported_at: exported_at.to_owned(),
        items,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// What a world holds, for the preview's "now" and "from the file" columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorldSummary {
    pub instances: usize,
    pub volumes: usize,
    pub snapshots: usize,
    pub my_amis: usize,
}

impl WorldSummary {
    pub fn of(world: &World) -> WorldSummary {
        WorldSummary {
            instances: world.instances().count(),
            volumes: world.volumes().count(),
            // The learner's own, as the Volumes page lists them: not those behind AWS's images.
            snapshots: world
                .snapshots()
                .filter(|s| s.owner == Owner::SelfOwned)
                .count(),
            my_amis: world
                .images()
                .filter(|i| i.category == ImageCategory::Custom)
                .count(),
        }
    }
}

/// A file that passed every check: what it holds and what importing it would write.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub exported_at: String,
    pub world: Option<WorldSummary>,
    pub has_quiz: bool,
    pub lang: Option<String>,
    pub theme: Option<String>,
    /// Key → text, exactly what will be written.
    pub items: BTreeMap<String, String>,
}

/// Why a file cannot be imported; nothing is replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or not the shape of an export (serde's message).
    NotABackup(String),
    /// JSON, but another app's file.
    OtherApp(String),
    /// Made by a newer EC2 Lab.
    NewerFormat(u32),
    UnknownKey(String),
    /// The world in the file cannot be read (the engine's message).
    DamagedWorld(String),
    DamagedQuiz(String),
    BadSetting {
        key: String,
        value: String,
    },
}

/// Checks a file completely before anything is replaced. `check_quiz` reads the quiz state the way
/// the quiz does, so a file the quiz could not load is refused here rather than reset later.
pub fn check_import(
    text: &str,
    check_quiz: impl Fn(&str) -> Result<(), String>,
) -> Result<ImportPreview, ImportError> {
    let file: BackupFile =
        serde_json::from_str(text).map_err(|e| ImportError::NotABackup(e.to_string()))?;
    if file.app != BACKUP_APP {
        return Err(ImportError::OtherApp(file.app));
    }
    if file.format > BACKUP_FORMAT {
        return Err(ImportError::NewerFormat(file.format));
    }
    if let Some(key) = file
        .items
        .keys()
        .find(|k| !SAVED_KEYS.contains(&k.as_str()))
    {
        return Err(ImportError::UnknownKey(key.clone()));
    }
    let world = match file.items.get(WORLD_KEY) {
        Some(text) => Some(WorldSummary::of(
            &World::from_json(text).map_err(ImportError::DamagedWorld)?,
        )),
        None => None,
    };
    if let Some(quiz) = file.items.get(QUIZ_KEY) {
        check_quiz(quiz).map_err(ImportError::DamagedQuiz)?;
    }
    let setting = |key: &str, allowed: &[&str]| -> Result<Option<String>, ImportError> {
        match file.items.get(key) {
            Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v.clone())),
            Some(v) => Err(ImportError::BadSetting {
                key: key.to_owned(),
                value: v.clone(),
            }),
            None => Ok(None),
        }
    };
    let lang = setting(LANG_KEY, &["en", "ko"])?;
    let theme = setting(THEME_KEY, &["system", "light", "dark"])?;
    Ok(ImportPreview {
        exported_at: file.exported_at,
        world,
        has_quiz: file.items.contains_key(QUIZ_KEY),
        lang,
        theme,
        items: file.items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::ami::public_image_id;
    use crate::sim::RunInstancesRequest;
    use crate::store::persist::fresh_world;

    fn any_quiz(_: &str) -> Result<(), String> {
        Ok(())
    }

    fn stored_with_one_instance() -> BTreeMap<String, String> {
        let mut world = fresh_world();
        let image = public_image_id("us-east-1", "al2023-x86_64").unwrap();
        world
            .run_instances(&RunInstancesRequest::new("us-east-1", &image, "t3.micro"))
            .unwrap();
        BTreeMap::from([
            (WORLD_KEY.to_owned(), world.to_json()),
            (QUIZ_KEY.to_owned(), "{\"cards\":{}}".to_owned()),
            (LANG_KEY.to_owned(), "ko".to_owned()),
            (THEME_KEY.to_owned(), "dark".to_owned()),
            // Not carried: a backup of unreadable data.
            ("ec2-lab/v1/world.unreadable".to_owned(), "{".to_owned()),
        ])
    }

    #[test]
    fn an_export_imports_back_to_exactly_what_was_stored() {
        let stored = stored_with_one_instance();
        let file = export(&stored, "2026-11-27T23:00:00Z");
        let preview = check_import(&file, any_quiz).unwrap();
        assert_eq!(preview.exported_at, "2026-11-27T23:00:00Z");
        assert_eq!(preview.world.unwrap().instances, 1);
        assert_eq!(preview.world.unwrap().volumes, 1);
        assert_eq!(
            preview.world.unwrap().snapshots,
            0,
            "the learner made none; those behind AWS's images are not theirs"
        );
        assert!(preview.has_quiz);
        assert_eq!(preview.lang.as_deref(), Some("ko"));
        assert_eq!(preview.theme.as_deref(), Some("dark"));
        for key in SAVED_KEYS {
            assert_eq!(preview.items.get(key), stored.get(key), "{key}");
        }
        assert!(!preview.items.contains_key("ec2-lab/v1/world.unreadable"));
    }

    #[test]
    fn an_export_of_nothing_saved_is_still_a_valid_file() {
        let preview = check_import(&export(&BTreeMap::new(), "t"), any_quiz).unwrap();
        assert_eq!((preview.world, preview.has_quiz), (None, false));
    }

    /// Bad input: every damaged or foreign file is refused with what is wrong, before anything changes.
    #[test]
    fn files_that_cannot_be_imported_say_why() {
        let good = export(&stored_with_one_instance(), "t");
        let edit = |from: &str, to: &str| good.replacen(from, to, 1);
        type Expect = fn(&ImportError) -> bool;
        let cases: Vec<(String, Expect)> = vec![
            ("not json".into(), |e| {
                matches!(e, ImportError::NotABackup(_))
            }),
            ("{\"app\":\"ec2-lab\"}".into(), |e| {
                matches!(e, ImportError::NotABackup(_))
            }),
            (
                edit("\"ec2-lab\"", "\"other-app\""),
                |e| matches!(e, ImportError::OtherApp(a) if a == "other-app"),
            ),
            (edit("\"format\": 1", "\"format\": 2"), |e| {
                matches!(e, ImportError::NewerFormat(2))
            }),
            (
                edit("ec2-lab/v1/theme", "ec2-lab/v1/font"),
                |e| matches!(e, ImportError::UnknownKey(k) if k == "ec2-lab/v1/font"),
            ),
            (
                edit("\"dark\"", "\"sepia\""),
                |e| matches!(e, ImportError::BadSetting { value, .. } if value == "sepia"),
            ),
            (edit("schema_version", "schema_versio"), |e| {
                matches!(e, ImportError::DamagedWorld(_))
            }),
        ];
        for (file, expected) in cases {
            let error = check_import(&file, any_quiz).expect_err(&file[..file.len().min(80)]);
            assert!(expected(&error), "{error:?}");
        }
        let refused = check_import(&good, |_| Err("no cards".to_owned()));
        assert_eq!(refused, Err(ImportError::DamagedQuiz("no cards".into())));
    }
}
