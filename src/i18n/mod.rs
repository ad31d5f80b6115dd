//! Korean and English. Every UI string is a key in a table made by the `texts!` macro, with both
//! languages side by side, so a key cannot exist in one language and not the other: the macro will not
//! compile without both. [`Text`] holds the shell's and the older pages' strings; a feature may keep its
//! own table in its own file here, listed in [`every_string`] so the translation tests cover it.

/// Declares one table of UI strings: `texts! { Name; Key => "English", "한국어"; ... }` makes the enum
/// `Name` with one variant per key and implements [`Localize`] for it. A feature keeps
/// its own table in its own file (`src/i18n/*.rs`, declared after this macro) and lists it in [`every_string`], so the
/// translation tests cover it.
macro_rules! texts {
    ($name:ident; $($key:ident => $en:expr, $ko:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Localize for $name {
            fn en(self) -> &'static str {
                match self { $($name::$key => $en),* }
            }

            fn ko(self) -> &'static str {
                match self { $($name::$key => $ko),* }
            }
        }
    };
}

mod amis;
mod events;
mod format;
mod launch;
mod phone;
mod quiz;
mod settings;
pub mod storage;
mod texts;

pub use format::*;

pub use amis::{copy_started, image_created, lineage_of, open_in_lab, show_image, AmiText};
pub use events::{
    event_is_verbatim_english, event_text, lifecycle_refusal_gloss, state_reason_gloss, EventText,
};
pub use launch::*;
pub use phone::scrolls_sideways;
pub use quiz::QuizText;
pub use settings::{import_error, SettingsText};
pub use storage::StorageText;
pub use texts::Text;

/// A UI string in both languages.
pub trait Localize: Copy + std::fmt::Debug {
    fn en(self) -> &'static str;
    fn ko(self) -> &'static str;
}

/// One UI string as the translation tests see it: its key, English, Korean, and whether it is a name
/// kept in English on purpose.
pub struct StringEntry {
    pub key: String,
    pub en: &'static str,
    pub ko: &'static str,
    pub same_in_both: bool,
}

fn entries<T: Localize + PartialEq>(all: &[T], same_in_both: &[T]) -> Vec<StringEntry> {
    all.iter()
        .map(|&t| StringEntry {
            key: format!("{t:?}"),
            en: t.en(),
            ko: t.ko(),
            same_in_both: same_in_both.contains(&t),
        })
        .collect()
}

/// Every UI string of every table. A new table must be added here.
pub fn every_string() -> Vec<StringEntry> {
    let mut all = entries(Text::ALL, Text::SAME_IN_BOTH);
    all.extend(entries(SettingsText::ALL, &[]));
    all.extend(entries(QuizText::ALL, &[]));
    all.extend(entries(EventText::ALL, &[]));
    all.extend(entries(StorageText::ALL, &[StorageText::RowRam]));
    all.extend(entries(AmiText::ALL, AmiText::SAME_IN_BOTH));
    all.extend(entries(
        LaunchText::ALL,
        &[LaunchText::SummaryAmi, LaunchText::Vcpus],
    ));
    all.sort_by(|a, b| a.key.cmp(&b.key));
    all
}

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ko")]
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag used for `<html lang>` and in saved settings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The start language from the browser's preference (`navigator.language`, e.g. "ko-KR"):
    /// Korean for any Korean locale, English otherwise.
    pub fn from_browser_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// The language's own name, shown on the switch whatever the current language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    pub fn t(self, text: impl Localize) -> &'static str {
        match self {
            Lang::En => text.en(),
            Lang::Ko => text.ko(),
        }
    }
}

/// True when `s` contains a Hangul syllable or jamo; used to check Korean strings are translated.
pub fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_korean_only_for_korean_locales() {
        assert_eq!(Lang::from_browser_tag("ko-KR"), Lang::Ko);
        assert_eq!(Lang::from_browser_tag("ko"), Lang::Ko);
        assert_eq!(Lang::from_browser_tag("KO_kr"), Lang::Ko);
        assert_eq!(Lang::from_browser_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_browser_tag("ja-JP"), Lang::En);
        assert_eq!(Lang::from_browser_tag(""), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    /// product.md: "Korean is never behind English". A Korean string with no Hangul is an
    /// untranslated English string unless it is a name that stays in English (brand, API names).
    #[test]
    fn every_korean_string_is_translated() {
        let untranslated: Vec<_> = every_string()
            .into_iter()
            .filter(|s| !s.same_in_both && !has_hangul(s.ko))
            .map(|s| format!("{}: {:?}", s.key, s.ko))
            .collect();
        assert!(
            untranslated.is_empty(),
            "still English in Korean: {untranslated:#?}"
        );
    }

    #[test]
    fn no_string_is_empty_in_either_language() {
        for s in every_string() {
            assert!(!s.en.trim().is_empty(), "{} is empty in English", s.key);
            assert!(!s.ko.trim().is_empty(), "{} is empty in Korean", s.key);
        }
    }

    #[test]
    fn names_kept_in_english_really_are_the_same() {
        for s in every_string().into_iter().filter(|s| s.same_in_both) {
            assert!(
                !has_hangul(s.ko),
                "{} has Korean text; remove it from SAME_IN_BOTH",
                s.key
            );
        }
    }

    #[test]
    fn no_two_tables_share_a_key() {
        let keys: Vec<String> = every_string().into_iter().map(|s| s.key).collect();
        let mut unique = keys.clone();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "a key is in two tables");
    }
}
