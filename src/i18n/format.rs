//! Strings with numbers in them, where word order differs between the languages. Each is a `match`
//! over both languages, so neither can be missing.

use super::Lang;
use crate::units::group_thousands;

/// "579 of 1,395 types match; showing 50."
pub fn types_matching(lang: Lang, matching: usize, total: usize, shown: usize) -> String {
    let (m, t, s) = (
        group_thousands(matching),
        group_thousands(total),
        group_thousands(shown),
    );
    match lang {
        Lang::En if matching == shown => format!("{m} of {t} types match."),
        Lang::En => format!("{m} of {t} types match; showing {s}."),
        Lang::Ko if matching == shown => format!("전체 {t}개 중 {m}개 유형이 일치합니다."),
        Lang::Ko => format!("전체 {t}개 중 {m}개 유형이 일치합니다. {s}개를 표시합니다."),
    }
}

/// "Compare m5d.large" (the accessible name of a row's compare checkbox).
pub fn compare_type(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Compare {name}"),
        Lang::Ko => format!("{name} 비교"),
    }
}

/// "Remove m5d.large from the comparison".
pub fn remove_from_comparison(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove {name} from the comparison"),
        Lang::Ko => format!("비교에서 {name} 제거"),
    }
}

/// "Sort by vCPUs".
pub fn sort_by(lang: Lang, column: &str) -> String {
    match lang {
        Lang::En => format!("Sort by {column}"),
        Lang::Ko => format!("{column} 기준 정렬"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!(
            types_matching(Lang::En, 579, 1395, 50),
            "579 of 1,395 types match; showing 50."
        );
        assert_eq!(
            types_matching(Lang::En, 3, 1395, 3),
            "3 of 1,395 types match."
        );
        assert_eq!(
            types_matching(Lang::Ko, 579, 1395, 50),
            "전체 1,395개 중 579개 유형이 일치합니다. 50개를 표시합니다."
        );
    }
}
