//! Strings for phone-sized layouts (issue 8: "layouts work from 360 px wide phones to desktops").

use super::Lang;

/// The accessible name of a wide table's scroll container: "Instances (scrolls sideways)". A keyboard
/// user tabs to it and scrolls it with the arrow keys; a screen reader says why it is there.
pub fn scrolls_sideways(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("{name} (scrolls sideways)"),
        Lang::Ko => format!("{name} 표(가로로 스크롤)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scroll_region_is_named_after_its_table_in_both_languages() {
        assert_eq!(
            scrolls_sideways(Lang::En, "Instances"),
            "Instances (scrolls sideways)"
        );
        assert_eq!(
            scrolls_sideways(Lang::Ko, "인스턴스"),
            "인스턴스 표(가로로 스크롤)"
        );
    }
}
