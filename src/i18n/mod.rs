//! Korean and English. Every UI string is a [`Text`] key with both languages side by side, so a key
//! cannot exist in one language and not the other: the `texts!` macro will not compile without both.

mod format;
mod texts;

pub use format::*;

pub use texts::Text;

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

    pub fn t(self, text: Text) -> &'static str {
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
        let untranslated: Vec<_> = Text::ALL
            .iter()
            .filter(|t| !Text::SAME_IN_BOTH.contains(t))
            .filter(|t| !has_hangul(t.ko()))
            .map(|t| format!("{t:?}: {:?}", t.ko()))
            .collect();
        assert!(
            untranslated.is_empty(),
            "still English in Korean: {untranslated:#?}"
        );
    }

    #[test]
    fn no_string_is_empty_in_either_language() {
        for t in Text::ALL {
            assert!(!t.en().trim().is_empty(), "{t:?} is empty in English");
            assert!(!t.ko().trim().is_empty(), "{t:?} is empty in Korean");
        }
    }

    #[test]
    fn names_kept_in_english_really_are_the_same() {
        for t in Text::SAME_IN_BOTH {
            assert!(
                !has_hangul(t.ko()),
                "{t:?} has Korean text; remove it from SAME_IN_BOTH"
            );
        }
    }
}
