//! Reading form controls from their events.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

pub fn checkbox_checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}
