//! A lesson text with its inline code: the data marks code with backticks (`` `running` ``), which
//! [`spans`] splits out and this renders as `<code>`.

use yew::prelude::*;

use crate::content::lessons::{spans, Span};

/// The text as HTML: plain runs as text, backticked runs in `<code>`.
pub fn rich_text(text: &str) -> Html {
    spans(text)
        .into_iter()
        .map(|span| match span {
            Span::Text(plain) => html! { { plain.to_owned() } },
            Span::Code(code) => html! { <code>{ code.to_owned() }</code> },
        })
        .collect()
}

/// The text without its backticks, for attributes such as `aria-label`.
pub fn plain_text(text: &str) -> String {
    text.replace('`', "")
}
