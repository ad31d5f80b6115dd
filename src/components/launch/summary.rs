//! The summary beside the form: what will be created, what is not available and why, the
//! equivalent CLI command, and the Launch button with what still blocks it.

use yew::prelude::*;

use super::Ctx;
use crate::i18n::{blocker_text, disk_text, instances_line, note_text, LaunchText as T};
use crate::launch::run_instances_command;
use crate::sim::instance::ShutdownBehavior;
use crate::sim::ApiError;
use crate::units::format_gib;

#[derive(Properties, PartialEq)]
struct CopyProps {
    text: AttrValue,
}

/// Copies the command; says so for a moment.
#[component]
fn CopyButton(props: &CopyProps) -> Html {
    let lang = crate::hooks::use_lang();
    let copied = use_state(|| false);
    let onclick = {
        let (copied, text) = (copied.clone(), props.text.clone());
        move |_| {
            crate::browser::copy_text(&text);
            copied.set(true);
        }
    };
    html! {
        <>
            <button type="button" class="secondary" {onclick}>{ lang.t(T::CopyTheCommand) }</button>
            <span role="status" class="hint">{ if *copied { lang.t(T::Copied) } else { "" } }</span>
        </>
    }
}

fn what_is_created(c: &Ctx) -> Html {
    let (Some(image), Some(info)) = (&c.checked.image, c.checked.type_info) else {
        return html! {};
    };
    let count = c.form.count.trim().parse::<i64>().unwrap_or(1);
    let name = c.form.name.trim();
    let mut storage: Vec<String> = Vec::new();
    if let Some(request) = &c.checked.request {
        for m in &request.block_device_mappings {
            if let Some(ebs) = &m.ebs {
                let size = ebs.volume_size.unwrap_or_default();
                let kind = ebs.volume_type.clone().unwrap_or_default();
                let mut line = format!("{} · EBS {size} GiB {kind}", m.device_name);
                if ebs.delete_on_termination == Some(true) {
                    line.push_str(&format!(" · {}", c.t(T::ColumnDeleteOnTermination)));
                }
                storage.push(line);
            }
        }
    }
    for v in &image.extra_volumes {
        storage.push(format!(
            "{} · EBS {} GiB {} ({})",
            v.device_name,
            v.size_gib,
            v.volume_type.as_str(),
            c.t(T::AmiVolume)
        ));
    }
    for d in &c.checked.instance_store {
        storage.push(format!(
            "{} · {} · {}",
            d.virtual_name,
            c.t(T::InstanceStoreRow),
            disk_text(d.size_gb, d.hdd, d.nvme)
        ));
    }
    let on = |b: bool, label: T| b.then(|| c.t(label));
    let mut options: Vec<&str> = [
        on(c.form.termination_protection, T::TerminationProtection),
        on(c.form.stop_protection, T::StopProtection),
        on(
            c.form.hibernation && c.checked.hibernation_block.is_none(),
            T::Hibernation,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let shutdown = match c.checked.request.as_ref().and_then(|r| r.shutdown_behavior) {
        Some(ShutdownBehavior::Terminate) => format!("{}: terminate", c.t(T::ShutdownLabel)),
        _ if c
            .checked
            .notes
            .contains(&crate::launch::Note::InstanceStoreBacked) =>
        {
            format!("{}: terminate", c.t(T::ShutdownLabel))
        }
        _ => format!("{}: stop", c.t(T::ShutdownLabel)),
    };
    options.push(&shutdown);
    let az = if c.form.availability_zone.is_empty() {
        c.t(T::NoPreference).to_string()
    } else {
        c.form.availability_zone.clone()
    };
    html! {
        <dl class="summary-list">
            <dt>{ c.t(T::SummaryInstances) }</dt>
            <dd>
                { instances_line(c.lang, count, &info.name, info.vcpus, &format_gib(info.memory_mib)) }
                <br />
                { if name.is_empty() { c.t(T::SummaryNoName).to_string() } else { format!("Name = {name}") } }
                <br />
                { format!("{}: {az}", c.t(T::AzLabel)) }
            </dd>
            <dt>{ c.t(T::SummaryAmi) }</dt>
            <dd>{ &image.name }<br /><code>{ &image.id }</code>{ format!(" · {} · {}", image.architecture, image.root_device_type.as_str()) }</dd>
            <dt>{ c.t(T::SummaryStorage) }</dt>
            <dd><ul class="plain">{ for storage.iter().map(|s| html! { <li>{ s }</li> }) }</ul></dd>
            <dt>{ c.t(T::SummaryOptions) }</dt>
            <dd><ul class="plain">{ for options.iter().map(|s| html! { <li>{ *s }</li> }) }</ul></dd>
        </dl>
    }
}

pub fn summary(c: &Ctx, on_launch: Callback<MouseEvent>, refused: Option<ApiError>) -> Html {
    let typed = c.form.instance_type.trim();
    let blockers: Vec<String> = c
        .checked
        .problems
        .iter()
        .map(|p| blocker_text(c.lang, p.field, &p.problem, typed))
        .collect();
    let blocked = !blockers.is_empty();
    let command = c.checked.request.as_ref().map(run_instances_command);
    let onclick = Callback::from(move |e: MouseEvent| {
        if !blocked {
            on_launch.emit(e);
        }
    });
    html! {
        <aside class="launch-summary" aria-labelledby="launch-summary-heading">
            <h2 id="launch-summary-heading">{ c.t(T::SummaryHeading) }</h2>
            { what_is_created(c) }
            if !c.checked.notes.is_empty() {
                <h3>{ c.t(T::UnavailableHeading) }</h3>
                <ul class="unavailable">
                    { for c.checked.notes.iter().map(|n| html! { <li>{ note_text(c.lang, n) }</li> }) }
                </ul>
            }
            <h3 id="launch-command-heading">{ c.t(T::CommandHeading) }</h3>
            if let Some(command) = command {
                <pre class="launch-command" aria-labelledby="launch-command-heading"><code>{ command.clone() }</code></pre>
                <CopyButton text={AttrValue::from(command)} />
            } else {
                <p class="note">{ c.t(T::CommandWaits) }</p>
            }
            if let Some(error) = refused {
                <div class="error-banner" role="alert">
                    <h3>{ c.t(T::LaunchRefused) }</h3>
                    <p><code>{ format!("An error occurred ({}) when calling the RunInstances operation: {}", error.code, error.message) }</code></p>
                </div>
            }
            <div class="launch-action">
                <button type="button" class="button launch-button" aria-disabled={blocked.to_string()}
                    aria-describedby={blocked.then_some("launch-blockers")} {onclick}>
                    { c.t(T::LaunchButton) }
                </button>
                if blocked {
                    <div id="launch-blockers" class="blockers">
                        <p>{ c.t(T::BlockedBy) }</p>
                        <ul>{ for blockers.iter().map(|b| html! { <li>{ b }</li> }) }</ul>
                    </div>
                }
            </div>
        </aside>
    }
}
