use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::line_history::use_command_line;
use crate::components::transcript::{entry_html, use_follow_newest, Entry};

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
    let command = use_command_line();
    let candidates = use_state(Vec::<String>::new);
    let store = use_lab();
    // Which entries there are: the oldest goes when the console is full, the newest comes with a line.
    let span = store.as_ref().map(|s| {
        let lab = s.read();
        (
            lab.console.first().map(|e| e.seq),
            lab.console.last().map(|e| e.seq),
        )
    });
    let transcript_ref = use_follow_newest(span.and_then(|(_, newest)| newest));
    let entries = use_memo(span, |_| {
        store.as_ref().map(|s| {
            let lab = s.read();
            lab.console
                .iter()
                .map(|e| {
                    entry_html(Entry {
                        seq: e.seq,
                        prompt: "$",
                        line: &e.line,
                        note: None,
                        stdout: &e.output.stdout,
                        stderr: &e.output.stderr,
                    })
                })
                .collect::<Html>()
        })
    });
    let Some(store) = store else {
        return html! {};
    };
    let lab = store.read();

    let history: Vec<String> = lab.console.iter().map(|e| e.line.clone()).collect();
    let onkeydown = {
        let (store, command, candidates) = (store.clone(), command.clone(), candidates.clone());
        move |e: KeyboardEvent| {
            let typed = command.typed();
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    store.dispatch(LabAction::RunCommand(typed));
                    command.clear();
                    candidates.set(Vec::new());
                }
                "ArrowUp" | "ArrowDown" => command.recall(&history, &e),
                "Tab" if !e.shift_key() => {
                    let cursor = command
                        .input_ref
                        .cast::<HtmlInputElement>()
                        .and_then(|i| i.selection_start().ok().flatten())
                        .map_or(typed.len(), |c| c as usize);
                    // Tab completes, or lists the choices once; with an empty line, or nothing
                    // new to add or show, it moves focus on as usual, so the console is never a
                    // keyboard trap.
                    if typed.trim().is_empty() {
                        return;
                    }
                    let found = cli::complete(&store.read().world, &typed, cursor);
                    let completed = complete_line(&typed, &found);
                    let listed = found.len() > 1 && *candidates != found;
                    if found.is_empty() || (completed == typed && !listed) {
                        candidates.set(Vec::new());
                        return;
                    }
                    e.prevent_default();
                    command.text.set(completed);
                    candidates.set(if found.len() > 1 { found } else { Vec::new() });
                }
                "Escape" => candidates.set(Vec::new()),
                _ => {}
            }
        }
    };
    let oninput = command.oninput();
    let clear = {
        let store = store.clone();
        move |_| store.dispatch(LabAction::ClearConsole)
    };
    html! {
        <section class="console" aria-labelledby="console-heading">
            <h2 id="console-heading">{ lang.t(Text::ConsoleHeading) }</h2>
            <p class="hint">{ lang.t(Text::ConsoleHint) }</p>
            <div class="transcript" ref={transcript_ref} role="log" aria-live="polite" aria-label={lang.t(Text::ConsoleOutput)}>
                { (*entries).clone().unwrap_or_default() }
            </div>
            if !candidates.is_empty() {
                <ul class="candidates" aria-label={lang.t(Text::ConsoleCandidates)}>
                    { for candidates.iter().take(30).map(|c| html! { <li><code>{ c }</code></li> }) }
                </ul>
            }
            <div class="prompt">
                <label for="console-input" aria-hidden="true">{ "$" }</label>
                <input id="console-input" ref={command.input_ref.clone()} type="text" value={(*command.text).clone()}
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
