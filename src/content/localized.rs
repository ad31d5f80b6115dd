use serde::{Deserialize, Serialize};

use crate::i18n::{has_hangul, Lang};

/// A piece of content in both languages, side by side in the data files:
/// `{ "en": "Stop", "ko": "중지" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub en: String,
    pub ko: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
        }
    }

    /// Why this text is not properly bilingual, if it is not: an empty side, or Korean with no Hangul
    /// (an English string left untranslated). Texts that are only names (API names, commands, type names)
    /// may be identical in both languages.
    pub fn problem(&self) -> Option<&'static str> {
        if self.en.trim().is_empty() {
            Some("English text is empty")
        } else if self.ko.trim().is_empty() {
            Some("Korean text is empty")
        } else if !has_hangul(&self.ko) && self.ko != self.en {
            Some("Korean text has no Hangul and differs from English: untranslated?")
        } else if !has_hangul(&self.ko) && self.en.split_whitespace().count() > 3 {
            Some("Korean text is a copy of a sentence in English: untranslated")
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(en: &str, ko: &str) -> Localized {
        Localized {
            en: en.into(),
            ko: ko.into(),
        }
    }

    #[test]
    fn translated_text_has_no_problem() {
        assert_eq!(text("Stop", "중지").problem(), None);
        assert_eq!(text("t2.micro", "t2.micro").problem(), None);
        assert_eq!(
            text("aws ec2 stop-instances", "aws ec2 stop-instances").problem(),
            None
        );
    }

    #[test]
    fn untranslated_or_empty_text_is_a_problem() {
        assert!(text("Stop", "").problem().is_some());
        assert!(text("", "중지").problem().is_some());
        assert!(text("Stop", "Stop it").problem().is_some());
        assert!(
            text("The instance keeps its ID", "The instance keeps its ID")
                .problem()
                .is_some()
        );
    }

    #[test]
    fn get_picks_the_language() {
        let t = text("Stop", "중지");
        assert_eq!(t.get(Lang::En), "Stop");
        assert_eq!(t.get(Lang::Ko), "중지");
    }
}
