//! The line being typed in a terminal, and Up and Down through the lines typed before, as a shell
//! does; shared by the Lab's CLI console and the instance shell.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A terminal's input line: what is typed, its element, and where Up/Down stands in the history.
#[derive(Clone)]
pub struct CommandLine {
    pub text: UseStateHandle<String>,
    pub input_ref: NodeRef,
    /// Position while walking the history (None: editing a new line).
    history_at: UseStateHandle<Option<usize>>,
}

#[hook]
pub fn use_command_line() -> CommandLine {
    CommandLine {
        text: use_state(String::new),
        input_ref: use_node_ref(),
        history_at: use_state(|| None::<usize>),
    }
}

impl CommandLine {
    /// What is typed now. The element's own value: a key can arrive before the re-render that
    /// follows typing, when the state is still the previous one.
    pub fn typed(&self) -> String {
        self.input_ref
            .cast::<HtmlInputElement>()
            .map_or_else(|| (*self.text).clone(), |i| i.value())
    }

    /// After Enter: an empty new line.
    pub fn clear(&self) {
        self.text.set(String::new());
        self.history_at.set(None);
    }

    /// Up or Down through `history` (oldest first); the key's default is prevented when it is used.
    pub fn recall(&self, history: &[String], e: &KeyboardEvent) {
        if let Some((text, at)) = recall(history, *self.history_at, &e.key()) {
            e.prevent_default();
            self.text.set(text);
            self.history_at.set(at);
        }
    }

    /// Typing starts a new line, off the history.
    pub fn oninput(&self) -> Callback<InputEvent> {
        let (text, history_at) = (self.text.clone(), self.history_at.clone());
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
            history_at.set(None);
        })
    }
}

/// The line to show and the new position after `key` ("ArrowUp" or "ArrowDown"), given the earlier
/// lines (oldest first) and the current position (None: a new line). Up goes back from the newest;
/// Down goes forward, and past the newest back to an empty new line. None when the key does nothing.
pub fn recall(history: &[String], at: Option<usize>, key: &str) -> Option<(String, Option<usize>)> {
    match (key, at) {
        ("ArrowUp", _) if !history.is_empty() => {
            let at = at.map_or(history.len() - 1, |i| i.saturating_sub(1));
            Some((history[at].clone(), Some(at)))
        }
        ("ArrowDown", Some(i)) if i + 1 < history.len() => {
            Some((history[i + 1].clone(), Some(i + 1)))
        }
        ("ArrowDown", Some(_)) => Some((String::new(), None)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_goes_back_from_the_newest_and_down_returns_to_a_new_line() {
        let history = vec!["a".to_string(), "b".to_string()];
        assert_eq!(
            recall(&history, None, "ArrowUp"),
            Some(("b".into(), Some(1)))
        );
        assert_eq!(
            recall(&history, Some(1), "ArrowUp"),
            Some(("a".into(), Some(0)))
        );
        assert_eq!(
            recall(&history, Some(0), "ArrowUp"),
            Some(("a".into(), Some(0)))
        );
        assert_eq!(
            recall(&history, Some(0), "ArrowDown"),
            Some(("b".into(), Some(1)))
        );
        assert_eq!(
            recall(&history, Some(1), "ArrowDown"),
            Some((String::new(), None))
        );
        assert_eq!(recall(&history, None, "ArrowDown"), None);
        assert_eq!(recall(&[], None, "ArrowUp"), None);
        assert_eq!(recall(&history, None, "Enter"), None);
    }
}
