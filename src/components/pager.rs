//! Previous and Next under a long list shown a page at a time, as the EC2 console pages its lists;
//! used by the Lab's instance list and by the Volumes page's volumes, instance-store volumes and
//! instances.

use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{rows_shown, Text};

/// Rows per page, as the EC2 console pages its lists; it also keeps a world of hundreds of instances
/// within a frame to render and lay out (issue 9).
pub const PAGE_SIZE: usize = 50;

/// How many pages `total` rows make (one at least, for an empty list).
fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// The page to show of a list of `total`: the one asked for, or the last one when the list has shrunk
/// since.
fn clamp_page(page: usize, total: usize) -> usize {
    page.min(page_count(total) - 1)
}

/// The page of `items` to show (`page`, clamped) and its rows.
pub fn page_of<T>(items: &[T], page: usize) -> (usize, &[T]) {
    let shown = clamp_page(page, items.len());
    (shown, &items[page_rows(shown, items.len())])
}

/// The rows of `page` (0-based) of a list of `total`: a range of indices.
fn page_rows(page: usize, total: usize) -> std::ops::Range<usize> {
    let first = (page * PAGE_SIZE).min(total);
    first..(first + PAGE_SIZE).min(total)
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The navigation landmark's name: "Instance pages", "Volume pages".
    pub label: AttrValue,
    /// The page shown, 0-based.
    pub page: usize,
    pub total: usize,
    pub on_turn: Callback<usize>,
}

/// Nothing when everything fits on one page.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let lang = use_lang();
    let pages = page_count(props.total);
    if pages <= 1 {
        return html! {};
    }
    let page = clamp_page(props.page, props.total);
    let rows = page_rows(page, props.total);
    let turn = |to: usize| {
        let on_turn = props.on_turn.clone();
        move |_| on_turn.emit(to)
    };
    html! {
        <nav class="pager" aria-label={props.label.clone()}>
            <button type="button" class="secondary" disabled={page == 0}
                onclick={turn(page.saturating_sub(1))}>{ lang.t(Text::PreviousPage) }</button>
            <span role="status">{ rows_shown(lang.lang, rows.start + 1, rows.end, props.total) }</span>
            <button type="button" class="secondary" disabled={page + 1 >= pages}
                onclick={turn(page + 1)}>{ lang.t(Text::NextPage) }</button>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_fifty_rows_and_the_last_holds_the_rest() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(50), 1);
        assert_eq!(page_count(51), 2);
        assert_eq!(page_rows(0, 120), 0..50);
        assert_eq!(page_rows(2, 120), 100..120);
        // A page past the end (rows deleted since) is empty rather than a panic, and is shown as the last.
        assert_eq!(page_rows(5, 120), 120..120);
        assert_eq!(clamp_page(5, 120), 2);
        assert_eq!(clamp_page(1, 0), 0);
        let items: Vec<usize> = (0..120).collect();
        assert_eq!(page_of(&items, 5), (2, &items[100..]));
        assert_eq!(page_of(&[] as &[usize], 1), (0, &[] as &[usize]));
    }
}
