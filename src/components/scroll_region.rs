use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::scrolls_sideways;

#[derive(Properties, PartialEq)]
pub struct ScrollRegionProps {
    /// The table's name in the learner's language; the region is called "<name> (scrolls sideways)".
    pub name: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A wide table's own scroll container: on a phone the table scrolls inside it instead of widening
/// the page. It is a named region in the tab order, so a keyboard user can focus it and scroll it with
/// the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
#[component]
pub fn ScrollRegion(props: &ScrollRegionProps) -> Html {
    let lang = use_lang();
    html! {
        <div class={classes!("table-scroll", props.class.clone())} role="region" tabindex="0"
            aria-label={scrolls_sideways(lang.lang, &props.name)}>
            { props.children.clone() }
        </div>
    }
}
