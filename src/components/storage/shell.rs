use yew::prelude::*;

use crate::components::line_history::use_command_line;
use crate::components::transcript::{entry_html, use_follow_newest, Entry};

use crate::components::lab::state_term;
use crate::hooks::use_lang;
use crate::i18n::storage::{shell_on, shell_unreachable};
use crate::i18n::{Lang, StorageText};
use crate::sim::DisplayPhase;
use crate::store::storage::StorageAction;
use crate::store::{use_lab, LabAction};

/// A terminal on one instance (issue 6): the engine's guest shell, one line at a time, with the
/// console's history keys. "Prepare volumes" runs the mkfs/mount lines itself and shows them. When
/// the instance cannot be reached (rebooting, stopping, stopped, terminated) the shell says so; a
/// line typed then gets ssh's own answer.
#[component]
pub fn InstanceShell() -> Html {
    let lang = use_lang();
    let command = use_command_line();
    let store = use_lab();
    // Which entries there are, and everything else an entry shows: the prompt's user and host (its
    // directory is each entry's own) and the language of the note on lines run for the learner.
    let shown = store.as_ref().and_then(|s| {
        let lab = s.read();
        let session = lab.storage.shell.as_ref()?;
        let instance = lab.world.instance(&session.instance_id);
        Some((
            session.instance_id.clone(),
            session.entries.first().map(|e| e.seq),
            session.entries.last().map(|e| e.seq),
            instance
                .map_or("ec2-user", |i| i.guest.user.as_str())
                .to_string(),
            short_host(instance.and_then(|i| i.private_ip.as_deref())),
            lang.lang,
        ))
    });
    let transcript_ref = use_follow_newest(shown.as_ref().and_then(|s| s.2));
    let entries = use_memo(shown, |shown| {
        let (Some(store), Some((_, _, _, user, host, _))) = (&store, shown) else {
            return Html::default();
        };
        let lab = store.read();
        let Some(session) = &lab.storage.shell else {
            return Html::default();
        };
        let note = lang.t(StorageText::ShellRunForYou);
        session
            .entries
            .iter()
            .map(|e| {
                entry_html(Entry {
                    seq: e.seq,
                    prompt: &prompt(user, host, &e.cwd),
                    line: &e.line,
                    note: e.automatic.then_some(note),
                    stdout: &e.output.stdout,
                    stderr: &e.output.stderr,
                })
            })
            .collect::<Html>()
    });
    let Some(store) = store else {
        return html! {};
    };
    let lab = store.read();
    let Some(session) = &lab.storage.shell else {
        return html! {};
    };
    let id = session.instance_id.clone();
    let instance = lab.world.instance(&id);
    let reachable = lab.shell_reachable();
    let status = match instance {
        None => Some(lang.t(StorageText::ShellGone).to_string()),
        Some(_) if reachable => None,
        Some(i) => {
            let rebooting = i.phase(lab.world.now()).phase == DisplayPhase::Rebooting;
            let state = if rebooting {
                if lang.lang == Lang::Ko {
                    "재부팅 중"
                } else {
                    "rebooting"
                }
                .to_string()
            } else if lang.lang == Lang::Ko {
                format!("{} · {}", i.state.as_str(), lang.t(state_term(i.state)))
            } else {
                i.state.as_str().to_string()
            };
            Some(shell_unreachable(lang.lang, &state))
        }
    };
    let nothing_to_prepare = reachable && lab.prepare_commands(&id).is_empty();
    let history: Vec<String> = session
        .entries
        .iter()
        .filter(|e| !e.automatic)
        .map(|e| e.line.clone())
        .collect();
    let onkeydown = {
        let (store, command) = (store.clone(), command.clone());
        move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                store.dispatch(LabAction::Storage(StorageAction::ShellRun(command.typed())));
                command.clear();
            }
            "ArrowUp" | "ArrowDown" => command.recall(&history, &e),
            _ => {}
        }
    };
    let oninput = command.oninput();
    let send = |action: fn() -> StorageAction| {
        let store = store.clone();
        move |_| store.dispatch(LabAction::Storage(action()))
    };
    html! {
        <section class="console shell" aria-labelledby="shell-heading">
            <h2 id="shell-heading">{ shell_on(lang.lang, &id) }</h2>
            <p class="hint">{ lang.t(StorageText::ShellHint) }</p>
            if let Some(status) = status {
                <p class="shell-status" role="status">{ status }</p>
            }
            <div class="toolbar">
                <button type="button" class="button" disabled={!reachable}
                    onclick={send(|| StorageAction::PrepareVolumes)}>{ lang.t(StorageText::ShellPrepare) }</button>
                <button type="button" class="secondary" onclick={send(|| StorageAction::ClearShell)}>{ lang.t(StorageText::ShellClear) }</button>
                <button type="button" class="secondary" onclick={send(|| StorageAction::CloseShell)}>{ lang.t(StorageText::ShellDisconnect) }</button>
            </div>
            <p class="hint">
                { lang.t(if nothing_to_prepare { StorageText::ShellNothingToPrepare } else { StorageText::ShellPrepareHint }) }
            </p>
            <div class="transcript" ref={transcript_ref} role="log" aria-live="polite" aria-label={lang.t(StorageText::ShellOutput)}>
                { (*entries).clone() }
            </div>
            <div class="prompt">
                <label for="shell-input" aria-hidden="true">{ "$" }</label>
                <input id="shell-input" ref={command.input_ref.clone()} type="text" value={(*command.text).clone()}
                    autocomplete="off" autocapitalize="off" spellcheck="false"
                    aria-label={lang.t(StorageText::ShellInputLabel)} placeholder="lsblk"
                    {oninput} {onkeydown} />
            </div>
        </section>
    }
}

/// Amazon Linux's prompt on the instance for a line run in `cwd`: `[ec2-user@ip-172-31-5-10 ~]$`.
fn prompt(user: &str, host: &str, cwd: &str) -> String {
    format!("[{user}@{host} {}]$", working_directory(user, cwd))
}

/// The working directory as bash's `\W` shows it in Amazon Linux's prompt: `~` at home, else the
/// last part of the path (`/` at the root).
fn working_directory(user: &str, cwd: &str) -> String {
    if cwd == format!("/home/{user}") {
        return "~".to_string();
    }
    match cwd.trim_end_matches('/').rsplit('/').next() {
        Some(last) if !last.is_empty() => last.to_string(),
        _ => "/".to_string(),
    }
}

/// The host part of the prompt: `ip-172-31-5-10`.
fn short_host(private_ip: Option<&str>) -> String {
    private_ip.map_or_else(
        || "localhost".to_string(),
        |ip| format!("ip-{}", ip.replace('.', "-")),
    )
}

#[cfg(test)]
mod tests {
    use super::working_directory;

    #[test]
    fn the_prompt_shows_home_as_a_tilde_and_elsewhere_the_last_directory() {
        assert_eq!(working_directory("ec2-user", "/home/ec2-user"), "~");
        assert_eq!(working_directory("ec2-user", "/tmp"), "tmp");
        assert_eq!(
            working_directory("ec2-user", "/usr/share/nginx/html"),
            "html"
        );
        assert_eq!(working_directory("ubuntu", "/home/ec2-user"), "ec2-user");
        assert_eq!(working_directory("ec2-user", "/"), "/");
    }
}
