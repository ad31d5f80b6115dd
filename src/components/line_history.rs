//! Up and Down through the lines typed before, as a shell does; shared by the Lab's CLI console and
//! the instance shell.

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
