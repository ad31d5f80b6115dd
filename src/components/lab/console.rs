use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::line_history::recall;

use crate::hooks::use_lang;
use crate::i18n::Text;
use crate::sim::cli;
use crate::store::{use_lab, LabAction};

/// A CloudShell-like terminal on the engine's command language (issue 4): the same interpreter as
/// `ec2sh`; history with Up/Down, Tab completion of commands, options and IDs, JSON output. What it
/// does shows at once in the list and the diagram, which read the same world.
#[component]
pub fn Console() -> Html {
    let lang = use_lang();
    let line = use_state(String::new);
    // Position while walking the history with Up/Down (None: editing a new line).
    let history_at = use_state(|| None::<usize>);
    let candidates = use_state(Vec::<String>::new);
    let input_ref = use_node_ref();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();

    let history: Vec<String> = lab.console.iter().map(|e| e.line.clone()).collect();
    let onkeydown = {
        let (store, line, history_at, candidates, input_ref) = (
            store.clone(),
            line.clone(),
            history_at.clone(),
            candidates.clone(),
            input_ref.clone(),
        );
        move |e: KeyboardEvent| {
            // The element's own value: a key can arrive before the re-render that follows typing, when
            // this closure's copy of the state is still the previous one.
            let input = input_ref.cast::<HtmlInputElement>();
            let typed = input
                .as_ref()
                .map_or_else(|| (*line).clone(), |i| i.value());
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    store.dispatch(LabAction::RunCommand(typed));
                    line.set(String::new());
                    history_at.set(None);
                    candidates.set(Vec::new());
                }
                key @ ("ArrowUp" | "ArrowDown") => {
                    if let Some((text, at)) = recall(&history, *history_at, key) {
                        e.prevent_default();
                        line.set(text);
                        history_at.set(at);
                    }
                }
                "Tab" if !e.shift_key() => {
                    let cursor = input
                        .as_ref()
                        .and_then(|i| i.selection_start().ok().flatten())
                        .map_or(typed.len(), |c| c as usize);
                    let found = cli::complete(&store.read().world, &typed, cursor);
                    // With nothing to complete, Tab moves focus on as usual.
                    if found.is_empty() {
                        return;
                    }
                    e.prevent_default();
                    let completed = complete_line(&typed, &found);
                    line.set(completed);
                    candidates.set(if found.len() > 1 { found } else { Vec::new() });
                }
                "Escape" => candidates.set(Vec::new()),
                _ => {}
            }
        }
    };
    let oninput = {
        let (line, history_at) = (line.clone(), history_at.clone());
        move |e: InputEvent| {
            line.set(e.target_unchecked_into::<HtmlInputElement>().value());
            history_at.set(None);
        }
    };
    let clear = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::ClearConsole)
    };
    html! {
        <section class="console" aria-labelledby="console-heading">
            <h2 id="console-heading">{ lang.t(Text::ConsoleHeading) }</h2>
            <p class="hint">{ lang.t(Text::ConsoleHint) }</p>
            <div class="transcript" role="log" aria-live="polite" aria-label={lang.t(Text::ConsoleOutput)}>
                { for lab.console.iter().map(|entry| html! {
                    <div key={entry.seq} class="entry">
                        <div class="prompt-line"><span aria-hidden="true">{ "$ " }</span><kbd>{ &entry.line }</kbd></div>
                        if !entry.output.stdout.is_empty() { <pre class="stdout">{ &entry.output.stdout }</pre> }
                        if !entry.output.stderr.is_empty() { <pre class="stderr">{ &entry.output.stderr }</pre> }
                    </div>
                }) }
            </div>
            if !candidates.is_empty() {
                <ul class="candidates" aria-label={lang.t(Text::ConsoleCandidates)}>
                    { for candidates.iter().take(30).map(|c| html! { <li><code>{ c }</code></li> }) }
                </ul>
            }
            <div class="prompt">
                <label for="console-input" aria-hidden="true">{ "$" }</label>
                <input id="console-input" ref={input_ref} type="text" value={(*line).clone()}
                    autocomplete="off" autocapitalize="off" spellcheck="false"
                    aria-label={lang.t(Text::ConsoleInputLabel)} placeholder="aws ec2 describe-instances"
                    {oninput} {onkeydown} />
                <button type="button" class="secondary" onclick={clear}>{ lang.t(Text::ConsoleClear) }</button>
            </div>
        </section>
    }
}

/// The line with its last word replaced by the single candidate, or extended by the candidates'
/// common prefix.
fn complete_line(line: &str, candidates: &[String]) -> String {
    let start = line.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let current = &line[start..];
    let replacement = match candidates {
        [only] => format!("{only} "),
        many => {
            let prefix = common_prefix(many);
            if prefix.len() > current.len() {
                prefix
            } else {
                current.to_owned()
            }
        }
    };
    format!("{}{}", &line[..start], replacement)
}

fn common_prefix(words: &[String]) -> String {
    let Some(first) = words.first() else {
        return String::new();
    };
    let mut end = first.len();
    for w in &words[1..] {
        end = end.min(
            first
                .char_indices()
                .zip(w.chars())
                .take_while(|((_, a), b)| a == b)
                .last()
                .map_or(0, |((i, a), _)| i + a.len_utf8()),
        );
    }
    first[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_candidate_replaces_the_word_and_adds_a_space() {
        assert_eq!(
            complete_line("aws ec2 describe-inst", &["describe-instances".into()]),
            "aws ec2 describe-instances "
        );
    }

    #[test]
    fn several_candidates_extend_to_their_common_prefix() {
        let found = vec![
            "describe-instances".into(),
            "describe-instance-types".into(),
        ];
        assert_eq!(
            complete_line("aws ec2 desc", &found),
            "aws ec2 describe-instance"
        );
        assert_eq!(common_prefix(&[]), "");
    }
}
