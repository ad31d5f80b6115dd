use yew::prelude::*;

use crate::components::form_events::select_value;
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::storage::{file_count, guess_for, guesses_right, last_action, reason_ko};
use crate::i18n::{Lang, StorageText};
use crate::sim::survival::{SurvivalAction, SurvivalItem, SurvivalRow, Verdict};
use crate::sim::LifecycleState;
use crate::store::storage::StorageAction;
use crate::store::{use_lab, LabAction};

/// The survival matrix of the selected instance's last reboot, stop/start, hibernate or
/// terminate (issue 6), and the learner's guesses for its next one. Verdicts and reasons are the
/// engine's (`survival::compare`); this only words and marks them.
#[component]
pub fn SurvivalPanel() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let Some(id) = lab.selected.clone() else {
        return html! {};
    };
    let Some(now) = lab.world.survival(&id) else {
        return html! {};
    };
    let l = lang.lang;
    let record = lab.storage.survival.get(&id);
    let matrix = match record {
        None => html! { <p class="note">{ lang.t(StorageText::NoRecordYet) }</p> },
        Some(record) => {
            let after_now = lab.world.survival_after(&record.before);
            let diffs = record.diffs(&after_now);
            let after_rows = record.after.as_ref().unwrap_or(&after_now);
            let finished = record.after.is_some();
            let mut right = 0;
            let mut guessed = 0;
            let rows = diffs.iter().map(|d| {
                let before = record.before.rows.iter().find(|r| r.item == d.item);
                let after = after_rows.rows.iter().find(|r| r.item == d.item);
                let guess = record.guesses.get(&d.item).copied();
                let mark = match (finished, guess) {
                    (true, Some(g)) => {
                        guessed += 1;
                        let ok = g == survived(d.verdict);
                        right += usize::from(ok);
                        html! {
                            <span class={classes!("guess-mark", if ok { "right" } else { "wrong" })}>
                                { format!("{} · ", lang.t(if g { StorageText::GuessKept } else { StorageText::GuessLost })) }
                                { lang.t(if ok { StorageText::GuessRight } else { StorageText::GuessWrong }) }
                            </span>
                        }
                    }
                    (false, Some(g)) => html! { lang.t(if g { StorageText::GuessKept } else { StorageText::GuessLost }) },
                    _ => html! { "–" },
                };
                let reason = match l {
                    Lang::En => d.reason.clone(),
                    Lang::Ko => reason_ko(record.action, &d.item).to_string(),
                };
                html! {
                    <tr key={format!("{:?}", d.item)}>
                        <th scope="row">{ row_label(l, &d.item) }</th>
                        <td data-label={lang.t(StorageText::ColumnBefore)}>{ before.map(|r| cell(l, r)).unwrap_or_default() }</td>
                        <td data-label={lang.t(StorageText::ColumnAfter)}>{ after.map(|r| cell(l, r)).unwrap_or_default() }</td>
                        <td data-label={lang.t(StorageText::ColumnResult)}><span class={classes!("verdict", format!("verdict-{}", verdict_class(d.verdict)))}>
                            { lang.t(verdict_text(d.verdict)) }
                        </span></td>
                        <td data-label={lang.t(StorageText::ColumnGuess)}>{ mark }</td>
                        <td class="why" data-label={lang.t(StorageText::ColumnWhy)}>{ reason }</td>
                    </tr>
                }
            }).collect::<Html>();
            let waiting = !finished
                && matches!(
                    record.action,
                    SurvivalAction::StopStart | SurvivalAction::Hibernate
                )
                && lab
                    .world
                    .instance(&id)
                    .is_some_and(|i| i.state == LifecycleState::Stopped);
            html! {
                <>
                    <h3>{ last_action(l, &id, lang.t(action_name(record.action))) }</h3>
                    if !finished {
                        <p class="note" role="status">{ lang.t(if waiting { StorageText::WaitForStart } else { StorageText::UnderWay }) }</p>
                    } else if guessed > 0 {
                        <p class="guess-score" role="status">{ guesses_right(l, right, guessed) }</p>
                    }
                    <ScrollRegion name={lang.t(StorageText::SurvivalHeading)}>
                        <table class="survival-table stack-table" aria-label={lang.t(StorageText::SurvivalHeading)}>
                            <thead><tr>
                                <th scope="col">{ lang.t(StorageText::ColumnWhat) }</th>
                                <th scope="col">{ lang.t(StorageText::ColumnBefore) }</th>
                                <th scope="col">{ lang.t(StorageText::ColumnAfter) }</th>
                                <th scope="col">{ lang.t(StorageText::ColumnResult) }</th>
                                <th scope="col">{ lang.t(StorageText::ColumnGuess) }</th>
                                <th scope="col">{ lang.t(StorageText::ColumnWhy) }</th>
                            </tr></thead>
                            <tbody>{ rows }</tbody>
                        </table>
                    </ScrollRegion>
                </>
            }
        }
    };
    let can_guess = lab.world.instance(&id).is_some_and(|i| {
        i.state != LifecycleState::Terminated && i.state != LifecycleState::ShuttingDown
    });
    let current = lab
        .storage
        .guesses
        .as_ref()
        .filter(|g| g.instance_id == id)
        .map(|g| g.rows.clone())
        .unwrap_or_default();
    let guesses = now.rows.iter().filter(|r| r.present).map(|r| {
        let label = row_label(l, &r.item);
        let value = match current.get(&r.item) {
            None => "",
            Some(true) => "kept",
            Some(false) => "lost",
        };
        let onchange = {
            let (store, id, item) = (store.clone(), id.clone(), r.item.clone());
            move |e: Event| {
                let survives = match select_value(&e).as_str() {
                    "kept" => Some(true),
                    "lost" => Some(false),
                    _ => None,
                };
                store.dispatch(LabAction::Storage(StorageAction::Guess {
                    instance_id: id.clone(),
                    item: item.clone(),
                    survives,
                }));
            }
        };
        html! {
            <li key={format!("{:?}", r.item)}>
                <span class="guess-label">{ &label }</span>
                <select aria-label={guess_for(l, &label)} {onchange}>
                    <option value="" selected={value.is_empty()}>{ lang.t(StorageText::GuessNone) }</option>
                    <option value="kept" selected={value == "kept"}>{ lang.t(StorageText::GuessKept) }</option>
                    <option value="lost" selected={value == "lost"}>{ lang.t(StorageText::GuessLost) }</option>
                </select>
            </li>
        }
    });
    html! {
        <section class="survival" aria-labelledby="survival-heading">
            <h2 id="survival-heading">{ lang.t(StorageText::SurvivalHeading) }</h2>
            <p class="hint">{ lang.t(StorageText::SurvivalIntro) }</p>
            { matrix }
            if can_guess {
                <details class="guesses" open=true>
                    <summary>{ lang.t(StorageText::GuessHeading) }</summary>
                    <ul class="guess-list">{ for guesses }</ul>
                </details>
            }
        </section>
    }
}

/// Whether a verdict counts as "survives" for a guess: only an unchanged value or unchanged data.
fn survived(verdict: Verdict) -> bool {
    verdict == Verdict::Kept
}

/// A row's name in the learner's language, with its volume ID or device.
pub fn row_label(lang: Lang, item: &SurvivalItem) -> String {
    let (text, id) = match item {
        SurvivalItem::InstanceId => (StorageText::RowInstanceId, None),
        SurvivalItem::PrivateIp => (StorageText::RowPrivateIp, None),
        SurvivalItem::PublicIp => (StorageText::RowPublicIp, None),
        SurvivalItem::ElasticIp => (StorageText::RowElasticIp, None),
        SurvivalItem::Ram => (StorageText::RowRam, None),
        SurvivalItem::RootVolume(id) if id.starts_with("vol-") => {
            (StorageText::RowRootEbs, Some(id))
        }
        SurvivalItem::RootVolume(id) => (StorageText::RowRootStore, Some(id)),
        SurvivalItem::EbsVolume(id) => (StorageText::RowEbs, Some(id)),
        SurvivalItem::InstanceStore(name) => (StorageText::RowInstanceStore, Some(name)),
    };
    match id {
        Some(id) => format!("{} {id}", lang.t(text)),
        None => lang.t(text).to_string(),
    }
}

/// One matrix cell: the address, or what is on the volume.
fn cell(lang: Lang, row: &SurvivalRow) -> Html {
    let data = matches!(
        row.item,
        SurvivalItem::Ram
            | SurvivalItem::RootVolume(_)
            | SurvivalItem::EbsVolume(_)
            | SurvivalItem::InstanceStore(_)
    );
    if !data {
        return match (&row.item, row.present) {
            (_, false) => html! { lang.t(StorageText::ValueNone) },
            // The engine words the state in English; the ID is the same in both.
            (SurvivalItem::InstanceId, true) => {
                html! { <code>{ row.value.split(' ').next().unwrap_or_default() }</code> }
            }
            _ => html! { <code>{ &row.value }</code> },
        };
    }
    if !row.present {
        return html! { lang.t(StorageText::ValueMissing) };
    }
    if !row.formatted {
        return html! { lang.t(StorageText::ValueUnformatted) };
    }
    // The learner's files, not the OS's: the root volume holds the whole OS.
    let own: Vec<&String> = row
        .files
        .keys()
        .filter(|p| !matches!(row.item, SurvivalItem::RootVolume(_)) || p.starts_with("/home/"))
        .take(4)
        .collect();
    html! {
        <>
            { file_count(lang, row.files.len()) }
            if !own.is_empty() {
                <ul class="plain files">{ for own.iter().map(|p| html! { <li><code>{ *p }</code></li> }) }</ul>
            }
        </>
    }
}

fn verdict_text(verdict: Verdict) -> StorageText {
    match verdict {
        Verdict::Kept => StorageText::VerdictKept,
        Verdict::Erased => StorageText::VerdictErased,
        Verdict::Changed => StorageText::VerdictChanged,
        Verdict::Released => StorageText::VerdictReleased,
        Verdict::Deleted => StorageText::VerdictDeleted,
        Verdict::Appeared => StorageText::VerdictAppeared,
        Verdict::Absent => StorageText::VerdictAbsent,
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Kept => "kept",
        Verdict::Absent => "absent",
        Verdict::Appeared | Verdict::Changed => "changed",
        Verdict::Erased | Verdict::Released | Verdict::Deleted => "lost",
    }
}

pub fn action_name(action: SurvivalAction) -> StorageText {
    match action {
        SurvivalAction::Reboot => StorageText::ActionRebootName,
        SurvivalAction::StopStart => StorageText::ActionStopStartName,
        SurvivalAction::Hibernate => StorageText::ActionHibernateName,
        SurvivalAction::Terminate => StorageText::ActionTerminateName,
        SurvivalAction::Retirement => StorageText::ActionRetirementName,
    }
}
