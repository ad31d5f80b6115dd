//! The instance-type explorer (issue 5): the whole catalogue, filtered, sorted, a page at a time, with a
//! side-by-side comparison of up to four types.

mod compare;
mod filters;
pub mod form;
mod table;

use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{show_more, types_matching, Text};
use crate::sim::catalog::{self, InstanceTypeInfo};
use compare::ComparePanel;
use filters::Filters;
use form::{FilterForm, Sort};
use table::TypeTable;

/// Rows rendered at a time: the whole catalogue in the DOM at once would cost far more than a frame,
/// and so did 50 (a keystroke's work at p95 41-70 ms with 50 rows, 27-47 ms with 25; issue 9). The
/// table's layout is most of what is left.
const PAGE: usize = 25;
pub const MAX_COMPARED: usize = 4;

#[derive(Properties, PartialEq)]
pub struct TypeExplorerProps {
    /// A type name was chosen (to decode it).
    pub on_pick: Callback<String>,
}

#[component]
pub fn TypeExplorer(props: &TypeExplorerProps) -> Html {
    let lang = use_lang();
    let form = use_state(FilterForm::default);
    let sort = use_state(Sort::default);
    let shown = use_state(|| PAGE);
    let compared = use_state(Vec::<&'static InstanceTypeInfo>::new);

    let (filter, invalid) = form.to_filter();
    let results = use_memo((filter, *sort), |(filter, sort)| {
        let mut types = filter.apply();
        sort.apply(&mut types);
        types
    });

    let on_form = {
        let (form, shown) = (form.clone(), shown.clone());
        Callback::from(move |next: FilterForm| {
            form.set(next);
            shown.set(PAGE);
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |key| sort.set(sort.toggled(key)))
    };
    let on_compare = {
        let compared = compared.clone();
        Callback::from(move |(t, on): (&'static InstanceTypeInfo, bool)| {
            let mut next: Vec<_> = compared
                .iter()
                .copied()
                .filter(|c| c.name != t.name)
                .collect();
            if on && next.len() < MAX_COMPARED {
                next.push(t);
            }
            compared.set(next);
        })
    };
    let on_show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };

    let visible = (*shown).min(results.len());
    html! {
        <section class="type-explorer" aria-labelledby="explorer-heading">
            <h2 id="explorer-heading">{ lang.t(Text::FiltersHeading) }</h2>
            <Filters form={(*form).clone()} invalid={invalid} on_change={on_form} />
            <ComparePanel compared={(*compared).clone()} on_remove={on_compare.reform(|t| (t, false))} />
            <h2 id="results-heading">{ lang.t(Text::ResultsHeading) }</h2>
            <p role="status" class="results-count">
                { types_matching(lang.lang, results.len(), catalog::all().len(), visible) }
            </p>
            if results.is_empty() {
                <p class="note">{ lang.t(Text::NoMatches) }</p>
            } else {
                <TypeTable
                    types={results.iter().take(visible).copied().collect::<Vec<_>>()}
                    sort={*sort}
                    compared={(*compared).iter().map(|t| t.name.clone()).collect::<Vec<_>>()}
                    {on_sort}
                    {on_compare}
                    on_pick={props.on_pick.clone()}
                />
            }
            if visible < results.len() {
                <button type="button" class="secondary" onclick={on_show_more}>{ show_more(lang.lang, PAGE) }</button>
            }
        </section>
    }
}
