//! What the Lab's CLI console and the instance shell share as terminals, besides the line being typed
//! (`line_history`): how an entry of the transcript is shown, and the newest command kept in view.
//!
//! A describe-instances with 500 instances prints 3 MB of JSON (100,000 lines), and with it in the
//! transcript a stop in the Lab took 57 to 74 ms of work instead of about 20 (issue 9): the text was
//! copied and compared on every render (each click, each tick of the clock), and drawn on every frame.
//! So both terminals build their entries in `use_memo`, keyed by which entries there are; an output
//! compares by pointer; and a long output shows its first lines, the rest on request.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{lines_not_shown, show_all_lines, Text};

/// One entry as shown: the prompt, the line typed, an optional note after it, and what it printed.
pub struct Entry<'a> {
    pub seq: u64,
    pub prompt: &'a str,
    pub line: &'a str,
    pub note: Option<&'a str>,
    pub stdout: &'a str,
    pub stderr: &'a str,
}

/// An entry, keyed by its number: its command line, then its output.
pub fn entry_html(entry: Entry<'_>) -> Html {
    html! {
        <div key={entry.seq} class="entry">
            <div class="prompt-line">
                <span aria-hidden="true">{ format!("{} ", entry.prompt) }</span><kbd>{ entry.line }</kbd>
                if let Some(note) = entry.note { <span class="auto">{ format!("  # {note}") }</span> }
            </div>
            if !entry.stdout.is_empty() { <Output class="stdout" text={Rc::<str>::from(entry.stdout)} /> }
            if !entry.stderr.is_empty() { <Output class="stderr" text={Rc::<str>::from(entry.stderr)} /> }
        </div>
    }
}

/// How many lines of an output are shown at first.
const LINES_SHOWN: usize = 200;
/// An output this long or shorter is shown whole: hiding a handful of lines saves nothing.
const LINES_SHOWN_WHOLE: usize = 250;

/// The part of `text` shown at first, and how many lines are left out: its first `LINES_SHOWN`
/// lines, or all of it when it has at most `LINES_SHOWN_WHOLE`.
fn shown_part(text: &str) -> (&str, usize) {
    // Just after the last shown line's newline.
    let Some(end) = text
        .match_indices('\n')
        .nth(LINES_SHOWN - 1)
        .map(|(i, _)| i + 1)
    else {
        return (text, 0);
    };
    let hidden = text[end..].lines().count();
    if LINES_SHOWN + hidden <= LINES_SHOWN_WHOLE {
        return (text, 0);
    }
    (&text[..end], hidden)
}

#[derive(Properties)]
struct OutputProps {
    class: &'static str,
    text: Rc<str>,
}

impl PartialEq for OutputProps {
    /// The same text is the same allocation on every render but the one that adds an entry: no need
    /// to compare megabytes of JSON byte by byte.
    fn eq(&self, other: &Self) -> bool {
        self.class == other.class
            && (Rc::ptr_eq(&self.text, &other.text) || self.text == other.text)
    }
}

/// What a command printed; a long output shows its first `LINES_SHOWN` lines, how many are left out,
/// a button for the rest and a hint to narrow it with `--query`. The real AWS CLI pages long output
/// through `less` by default (AWS CLI v2 user guide, "Using the client-side pager").
#[component]
fn Output(props: &OutputProps) -> Html {
    let lang = use_lang();
    let whole = use_state(|| false);
    let (shown, hidden) = shown_part(&props.text);
    if *whole || hidden == 0 {
        return html! { <pre class={props.class}>{ AttrValue::from(Rc::clone(&props.text)) }</pre> };
    }
    let total = LINES_SHOWN + hidden;
    let show_all = {
        let whole = whole.clone();
        move |_| whole.set(true)
    };
    html! {
        <>
            <pre class={props.class}>{ shown }</pre>
            <p class="more-output">
                { lines_not_shown(lang.lang, hidden) }{ " " }
                <button type="button" class="link" onclick={show_all}>{ show_all_lines(lang.lang, total) }</button>
            </p>
            <p class="more-output">{ lang.t(Text::OutputNarrowHint) }</p>
        </>
    }
}

/// A ref for the transcript element; when `newest` (the newest entry's number) changes, the
/// transcript scrolls so that entry's command line is at its top, with as much of its output below
/// as fits: a long answer is read from its start, a short one leaves the transcript at its end.
/// Only a new entry moves it, so output the learner has scrolled back to stays put.
#[hook]
pub fn use_follow_newest(newest: Option<u64>) -> NodeRef {
    let transcript = use_node_ref();
    {
        let transcript = transcript.clone();
        use_effect_with(newest, move |_| {
            let Some(log) = transcript.cast::<HtmlElement>() else {
                return;
            };
            // Offsets are measured from the transcript (styles: `position: relative` on it); the first
            // entry's is the transcript's own padding, kept above the newest one too.
            let offset = |e: Option<web_sys::Element>| {
                e.and_then(|e| e.dyn_into::<HtmlElement>().ok())
                    .map(|e| e.offset_top())
            };
            if let (Some(first), Some(newest)) = (
                offset(log.first_element_child()),
                offset(log.last_element_child()),
            ) {
                log.set_scroll_top(newest - first);
            }
        });
    }
    transcript
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(n: usize) -> String {
        (1..=n).map(|i| format!("line {i}\n")).collect()
    }

    #[test]
    fn a_short_output_is_shown_whole() {
        for text in ["", "ok", "ok\n", &lines(LINES_SHOWN_WHOLE)] {
            assert_eq!(shown_part(text), (text, 0));
        }
    }

    #[test]
    fn a_long_output_shows_its_first_lines_and_counts_the_rest() {
        let text = lines(1000);
        let (shown, hidden) = shown_part(&text);
        assert_eq!(shown.lines().count(), LINES_SHOWN);
        assert!(shown.ends_with("line 200\n"));
        assert_eq!(hidden, 800);
        // The last line need not end with a newline.
        let text = format!("{}last", lines(LINES_SHOWN_WHOLE));
        assert_eq!(shown_part(&text).1, LINES_SHOWN_WHOLE + 1 - LINES_SHOWN);
    }
}
