use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_lang;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
}

/// A navigation link that marks the current page with `aria-current="page"` (yew-router's `Link`
/// cannot), so screen readers and end-to-end tests know where the learner is.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let current = use_route::<Route>();
    let to = props.to;

    let onclick = Callback::from(move |e: MouseEvent| {
        // Let the browser handle "open in new tab" and similar.
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
            return;
        }
        if let Some(navigator) = &navigator {
            e.prevent_default();
            navigator.push(&to);
        }
    });
    let aria_current = match current {
        Some(route) if route == to => Some("page"),
        // On a sub-page (instance types under Launch), the parent entry is where the learner is.
        Some(route) if route.section() == to => Some("true"),
        _ => None,
    };

    html! {
        <a href={format!("#{}", to.to_path())} {onclick} aria-current={aria_current}>
            { lang.t(to.title()) }
        </a>
    }
}
