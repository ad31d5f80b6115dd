use yew::prelude::*;

use crate::components::form_events::{checkbox_checked, input_value, select_value};
use crate::components::lab::state_term;
use crate::components::pager::{page_of, Pager};
use crate::components::storage::{ConnectButton, ErrorBanner, InstanceShell, SurvivalPanel};
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::storage::{
    act_on, attach_instance_label, delete_on_termination_label, device_label, volume_from_snapshot,
};
use crate::i18n::{Lang, StorageText, Text};
use crate::route::Route;
use crate::sim::region::region;
use crate::sim::storage::VolumeType;
use crate::sim::world::Owner;
use crate::sim::{Instance, LifecycleState, World};
use crate::store::storage::StorageAction;
use crate::store::{use_lab, LabAction, LabStore, LAB_REGION};

/// The Volumes page (issue 6): EBS volumes and snapshots of the Lab's region with their actions,
/// each instance's instance-store volumes apart (ephemeral, fixed at launch), and a shell on any
/// running instance.
#[component]
pub fn VolumesPage() -> Html {
    let lang = use_lang();
    let zones = region(LAB_REGION)
        .map(|r| r.availability_zones())
        .unwrap_or_default();
    let first_zone = zones.first().cloned().unwrap_or_default();
    let az = use_state(move || first_zone);
    // Each list 50 a page: with 500 instances the page held 12,000 elements and took about a second to
    // open (issue 9).
    let volume_page = use_state(|| 0usize);
    let store_page = use_state(|| 0usize);
    let instance_page = use_state(|| 0usize);
    let heading = html! {
        <>
            <h1>{ lang.t(Route::Volumes.title()) }</h1>
            if let Some(description) = Route::Volumes.description() {
                <p class="lead">{ lang.t(description) }</p>
            }
            <p>{ lang.t(StorageText::VolumesIntro) }</p>
        </>
    };
    let Some(store) = use_lab() else {
        return heading;
    };
    html! {
        <>
            { heading }
            <ErrorBanner />
            <CreateVolumeForm zones={zones.clone()} az={az.clone()} />
            { volume_table(&store, lang.lang, &volume_page) }
            { snapshot_table(&store, lang.lang, &az) }
            { instance_store(&store, lang.lang, &store_page) }
            { instances(&store, lang.lang, &instance_page) }
            <InstanceShell />
            <SurvivalPanel />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CreateVolumeFormProps {
    zones: Vec<String>,
    az: UseStateHandle<String>,
}

#[component]
fn CreateVolumeForm(props: &CreateVolumeFormProps) -> Html {
    let lang = use_lang();
    let size = use_state(|| "8".to_string());
    let volume_type = use_state(|| "gp3".to_string());
    let snapshot = use_state(String::new);
    let Some(store) = use_lab() else {
        return html! {};
    };
    let size_gib = parse_size(&size);
    let size_bad = size_gib.is_err();
    let snapshots: Vec<(String, u64)> = store
        .read()
        .world
        .snapshots()
        .filter(|s| s.region == LAB_REGION && s.owner == Owner::SelfOwned)
        .map(|s| (s.id.clone(), s.volume_size))
        .collect();
    let onsubmit = {
        let (store, az, volume_type, snapshot) = (
            store.clone(),
            props.az.clone(),
            volume_type.clone(),
            snapshot.clone(),
        );
        move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(size_gib) = size_gib else {
                return;
            };
            store.dispatch(LabAction::Storage(StorageAction::CreateVolume {
                availability_zone: (*az).clone(),
                size_gib,
                volume_type: (*volume_type).clone(),
                snapshot_id: Some((*snapshot).clone()).filter(|s| !s.is_empty()),
            }));
        }
    };
    let on_az = {
        let az = props.az.clone();
        move |e: Event| az.set(select_value(&e))
    };
    let on_size = {
        let size = size.clone();
        move |e: InputEvent| size.set(input_value(&e))
    };
    let on_type = {
        let volume_type = volume_type.clone();
        move |e: Event| volume_type.set(select_value(&e))
    };
    let on_snapshot = {
        let snapshot = snapshot.clone();
        move |e: Event| snapshot.set(select_value(&e))
    };
    html! {
        <section class="create-volume" aria-labelledby="create-volume-heading">
            <h2 id="create-volume-heading">{ lang.t(StorageText::CreateVolumeHeading) }</h2>
            <form class="form-grid" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="volume-az">{ lang.t(StorageText::VolumeAzLabel) }</label>
                    <select id="volume-az" onchange={on_az}>
                        { for props.zones.iter().map(|z| html! {
                            <option value={z.clone()} selected={*z == *props.az}>{ z }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="volume-size">{ lang.t(StorageText::SizeLabel) }</label>
                    <input id="volume-size" type="text" inputmode="numeric" maxlength="8" value={(*size).clone()}
                        oninput={on_size} aria-invalid={size_bad.to_string()} aria-describedby="volume-size-note" />
                    <p id="volume-size-note" class={classes!(if size_bad { "field-error" } else { "hint" })}>
                        { lang.t(if size_bad { StorageText::SizeInvalid } else { StorageText::SizeHint }) }
                    </p>
                </div>
                <div class="field">
                    <label for="volume-type">{ lang.t(StorageText::VolumeTypeLabel) }</label>
                    <select id="volume-type" onchange={on_type}>
                        { for VolumeType::ALL.iter().map(|t| html! {
                            <option value={t.as_str()} selected={t.as_str() == *volume_type}>{ t.as_str() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="volume-snapshot">{ lang.t(StorageText::SnapshotLabel) }</label>
                    <select id="volume-snapshot" onchange={on_snapshot}>
                        <option value="" selected={snapshot.is_empty()}>{ lang.t(StorageText::EmptyVolume) }</option>
                        { for snapshots.iter().map(|(id, size)| html! {
                            <option value={id.clone()} selected={*id == *snapshot}>{ format!("{id} ({size} GiB)") }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button" disabled={size_bad}>{ lang.t(StorageText::CreateVolumeButton) }</button>
            </form>
        </section>
    }
}

/// The size field: empty means "the snapshot's size" (None); anything else a whole number, which
/// EC2 then checks against the type's limits.
fn parse_size(text: &str) -> Result<Option<i64>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().map(Some).map_err(drop)
}

/// The turn of a page kept in `page`.
fn turn_to(page: &UseStateHandle<usize>) -> Callback<usize> {
    let page = page.clone();
    Callback::from(move |to| page.set(to))
}

fn volume_table(store: &LabStore, lang: Lang, page: &UseStateHandle<usize>) -> Html {
    let lab = store.read();
    // Newest first, so a volume just created is on the first page.
    let mut volumes: Vec<_> = lab
        .world
        .volumes()
        .filter(|v| v.region == LAB_REGION)
        .collect();
    crate::sorting::sort_by_key(&mut volumes, |v| std::cmp::Reverse(v.create_time));
    let (shown, on_page) = page_of(&volumes, **page);
    let ids: Vec<String> = on_page.iter().map(|v| v.id.clone()).collect();
    html! {
        <section class="volumes" aria-labelledby="ebs-heading">
            <h2 id="ebs-heading">{ lang.t(StorageText::EbsHeading) }</h2>
            if ids.is_empty() {
                <p class="note">{ lang.t(StorageText::NoVolumes) }</p>
            } else {
                <ScrollRegion name={lang.t(StorageText::EbsHeading)}>
                    <table class="volumes-table stack-table" aria-labelledby="ebs-heading">
                        <thead><tr>
                            <th scope="col">{ lang.t(StorageText::ColumnVolumeId) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnState) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnSize) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnType) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnZone) }</th>
                            <th scope="col">{ lang.t(StorageText::SnapshotLabel) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnAttachedTo) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnActions) }</th>
                        </tr></thead>
                        <tbody>
                            { for ids.into_iter().map(|id| { let key = id.clone(); html! { <VolumeRow {key} volume_id={AttrValue::from(id)} /> } }) }
                        </tbody>
                    </table>
                </ScrollRegion>
                <Pager label={lang.t(StorageText::VolumePagesLabel)} page={shown} total={volumes.len()} on_turn={turn_to(page)} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct VolumeRowProps {
    volume_id: AttrValue,
}

#[component]
fn VolumeRow(props: &VolumeRowProps) -> Html {
    let lang = use_lang();
    let l = lang.lang;
    let chosen = use_state(|| None::<String>);
    let device = use_state(|| None::<String>);
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let Some(v) = lab.world.volume(&props.volume_id) else {
        return html! {};
    };
    let id = v.id.clone();
    let send = |action: StorageAction| {
        let store = store.clone();
        move |_| store.dispatch(LabAction::Storage(action.clone()))
    };
    let attached = v.attachment.as_ref().map(|a| {
        let on_dot = {
            let (store, instance_id, dev) =
                (store.clone(), a.instance_id.clone(), a.device.clone());
            move |e: Event| {
                store.dispatch(LabAction::Storage(StorageAction::SetDeleteOnTermination {
                    instance_id: instance_id.clone(),
                    device: dev.clone(),
                    on: checkbox_checked(&e),
                }))
            }
        };
        html! {
            <>
                <code>{ &a.instance_id }</code>{ " " }<code>{ &a.device }</code>
                { format!(" ({})", a.state.as_str()) }
                <label class="check">
                    <input type="checkbox" checked={a.delete_on_termination} onchange={on_dot}
                        aria-label={delete_on_termination_label(l, &id)} />
                    { lang.t(StorageText::DeleteOnTermination) }
                </label>
            </>
        }
    });
    let attach_form = (v.attachment.is_none() && v.state.as_str() == "available").then(|| {
        // Instances a volume could go to: any not terminated, the volume's zone first. Only for a volume
        // that can be attached: with 500 instances, building this list for every row took about half a
        // second of the page's opening (issue 9).
        let mut targets: Vec<(String, String, String)> = lab
            .world
            .instances_in(LAB_REGION)
            .filter(|i| {
                !matches!(
                    i.state,
                    LifecycleState::Terminated | LifecycleState::ShuttingDown
                )
            })
            .map(|i| {
                let name = i.name().map(|n| format!(" ({n})")).unwrap_or_default();
                (
                    i.id.clone(),
                    format!("{}{name} · {}", i.id, i.availability_zone),
                    i.availability_zone.clone(),
                )
            })
            .collect();
        crate::sorting::sort_by_key(&mut targets, |t| t.2 != v.availability_zone);
        let target = (*chosen)
            .clone()
            .filter(|c| targets.iter().any(|t| &t.0 == c))
            .or_else(|| targets.first().map(|t| t.0.clone()));
        let free_device = target
            .as_deref()
            .and_then(|t| lab.world.instance(t))
            .map(|i| {
                ('f'..='p')
                    .map(|c| format!("/dev/sd{c}"))
                    .find(|d| !i.block_devices.iter().any(|b| &b.device_name == d))
                    .unwrap_or_else(|| "/dev/sdf".to_string())
            })
            .unwrap_or_else(|| "/dev/sdf".to_string());
        let device_now = (*device).clone().unwrap_or(free_device);
        let on_target = {
            let chosen = chosen.clone();
            move |e: Event| chosen.set(Some(select_value(&e)))
        };
        let on_device = {
            let device = device.clone();
            move |e: InputEvent| device.set(Some(input_value(&e)))
        };
        let attach = {
            let (store, volume_id, target, device_now) =
                (store.clone(), id.clone(), target.clone(), device_now.clone());
            move |_| {
                if let Some(instance_id) = target.clone() {
                    store.dispatch(LabAction::Storage(StorageAction::AttachVolume {
                        volume_id: volume_id.clone(),
                        instance_id,
                        device: device_now.clone(),
                    }))
                }
            }
        };
        html! {
            <span class="attach">
                <select aria-label={attach_instance_label(l, &id)} onchange={on_target}>
                    if targets.is_empty() { <option value="">{ lang.t(StorageText::ChooseInstance) }</option> }
                    { for targets.iter().map(|(tid, text, _)| html! {
                        <option value={tid.clone()} selected={Some(tid) == target.as_ref()}>{ text }</option>
                    }) }
                </select>
                <input type="text" class="device" maxlength="32" value={device_now.clone()}
                    aria-label={device_label(l, &id)} oninput={on_device} />
                <button type="button" class="secondary" disabled={target.is_none()} onclick={attach}
                    aria-label={act_on(l, lang.t(StorageText::Attach), &id)}>{ lang.t(StorageText::Attach) }</button>
            </span>
        }
    });
    html! {
        <tr>
            <th scope="row"><code>{ &id }</code></th>
            <td data-label={lang.t(StorageText::VolColumnState)}><span class={classes!("badge", format!("volume-{}", v.state.as_str()))}>{ v.state.as_str() }</span></td>
            <td data-label={lang.t(StorageText::VolColumnSize)}>{ format!("{} GiB", v.size_gib) }</td>
            <td data-label={lang.t(StorageText::VolColumnType)}><code>{ v.volume_type.as_str() }</code></td>
            <td data-label={lang.t(StorageText::VolColumnZone)}>{ &v.availability_zone }</td>
            <td data-label={lang.t(StorageText::SnapshotLabel)}>{ v.snapshot_id.as_deref().map_or_else(|| html! { "–" }, |s| html! { <code>{ s }</code> }) }</td>
            <td data-label={lang.t(StorageText::ColumnAttachedTo)}>{ attached.unwrap_or_else(|| html! { "–" }) }</td>
            <td class="actions">
                { attach_form.unwrap_or_default() }
                if v.attachment.is_some() {
                    <button type="button" class="secondary" onclick={send(StorageAction::DetachVolume(id.clone()))}
                        aria-label={act_on(l, lang.t(StorageText::Detach), &id)}>{ lang.t(StorageText::Detach) }</button>
                }
                <button type="button" class="secondary" onclick={send(StorageAction::CreateSnapshot(id.clone()))}
                    aria-label={act_on(l, lang.t(StorageText::CreateSnapshot), &id)}>{ lang.t(StorageText::CreateSnapshot) }</button>
                <button type="button" class="secondary" onclick={send(StorageAction::DeleteVolume(id.clone()))}
                    aria-label={act_on(l, lang.t(StorageText::Delete), &id)}>{ lang.t(StorageText::Delete) }</button>
            </td>
        </tr>
    }
}

fn snapshot_table(store: &LabStore, lang: Lang, az: &str) -> Html {
    let lab = store.read();
    let now = lab.world.now();
    let send = |action: StorageAction| {
        let store = store.clone();
        move |_| store.dispatch(LabAction::Storage(action.clone()))
    };
    let rows: Vec<Html> = lab
        .world
        .snapshots()
        .filter(|s| s.region == LAB_REGION && s.owner == Owner::SelfOwned)
        .map(|s| {
            let from = StorageAction::CreateVolume {
                availability_zone: az.to_string(),
                size_gib: None,
                volume_type: "gp3".to_string(),
                snapshot_id: Some(s.id.clone()),
            };
            html! {
                <tr key={s.id.clone()}>
                    <th scope="row"><code>{ &s.id }</code></th>
                    <td><code>{ &s.volume_id }</code></td>
                    <td>{ s.state.as_str() }</td>
                    <td>{ format!("{}%", s.progress_percent(now)) }</td>
                    <td>{ format!("{} GiB", s.volume_size) }</td>
                    <td class="actions">
                        <button type="button" class="secondary" onclick={send(from)}>
                            { volume_from_snapshot(lang, &s.id, az) }
                        </button>
                        <button type="button" class="secondary" onclick={send(StorageAction::DeleteSnapshot(s.id.clone()))}
                            aria-label={act_on(lang, lang.t(StorageText::Delete), &s.id)}>{ lang.t(StorageText::Delete) }</button>
                    </td>
                </tr>
            }
        })
        .collect();
    html! {
        <section class="snapshots" aria-labelledby="snapshots-heading">
            <h2 id="snapshots-heading">{ lang.t(StorageText::SnapshotsHeading) }</h2>
            if rows.is_empty() {
                <p class="note">{ lang.t(StorageText::NoSnapshots) }</p>
            } else {
                <ScrollRegion name={lang.t(StorageText::SnapshotsHeading)}>
                    <table aria-labelledby="snapshots-heading">
                        <thead><tr>
                            <th scope="col">{ lang.t(StorageText::ColumnSnapshotId) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnSourceVolume) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnState) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnProgress) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnSize) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnActions) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </ScrollRegion>
            }
        </section>
    }
}

/// The instances of the Lab's region in launch order, as the Lab's list shows them.
fn lab_instances(world: &World) -> Vec<&Instance> {
    world
        .instances_in_launch_order()
        .into_iter()
        .filter(|i| i.region == LAB_REGION)
        .collect()
}

fn instance_store(store: &LabStore, lang: Lang, page: &UseStateHandle<usize>) -> Html {
    let lab = store.read();
    let volumes: Vec<_> = lab_instances(&lab.world)
        .into_iter()
        .flat_map(|i| i.instance_store.iter().map(move |s| (i, s)))
        .collect();
    let (shown, on_page) = page_of(&volumes, **page);
    let rows: Vec<Html> = on_page
        .iter()
        .map(|&(i, s)| {
                html! {
                    <tr key={format!("{}-{}", i.id, s.virtual_name)}>
                        <th scope="row"><code>{ &i.id }</code></th>
                        <td data-label={lang.t(StorageText::VolColumnState)}>{ i.state.as_str() }</td>
                        <td data-label={lang.t(StorageText::ColumnDevice)}><code>{ &s.virtual_name }</code></td>
                        <td data-label="Linux"><code>{ &s.guest_device }</code></td>
                        <td data-label={lang.t(StorageText::VolColumnSize)}>{ format!("{} GB{}", s.size_gb, if s.nvme { " NVMe" } else if s.hdd { " HDD" } else { " SSD" }) }</td>
                        <td data-label={lang.t(StorageText::VolColumnType)}><span class="badge ephemeral">{ lang.t(StorageText::Ephemeral) }</span></td>
                    </tr>
                }
        })
        .collect();
    html! {
        <section class="instance-store" aria-labelledby="store-heading">
            <h2 id="store-heading">{ lang.t(StorageText::InstanceStoreHeading) }</h2>
            <p class="hint">{ lang.t(StorageText::InstanceStoreIntro) }</p>
            if rows.is_empty() {
                <p class="note">{ lang.t(StorageText::VolNoInstanceStore) }</p>
            } else {
                <ScrollRegion name={lang.t(StorageText::InstanceStoreHeading)}>
                    <table class="stack-table" aria-labelledby="store-heading">
                        <thead><tr>
                            <th scope="col">{ lang.t(StorageText::ColumnInstance) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnState) }</th>
                            <th scope="col">{ lang.t(StorageText::ColumnDevice) }</th>
                            <th scope="col">{ "Linux" }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnSize) }</th>
                            <th scope="col">{ lang.t(StorageText::VolColumnType) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </ScrollRegion>
                <Pager label={lang.t(StorageText::InstanceStorePagesLabel)} page={shown} total={volumes.len()} on_turn={turn_to(page)} />
            }
        </section>
    }
}

fn instances(store: &LabStore, lang: Lang, page: &UseStateHandle<usize>) -> Html {
    let lab = store.read();
    let listed = lab_instances(&lab.world);
    let (shown, on_page) = page_of(&listed, **page);
    let rows: Vec<Html> = on_page
        .iter()
        .map(|i| {
            html! {
                <li key={i.id.clone()}>
                    <code>{ &i.id }</code>
                    { format!(" {} · {} · {}", i.name().unwrap_or(""), i.instance_type, i.availability_zone) }
                    { " " }
                    <span class={classes!("badge", format!("state-{}", i.state.as_str()))}>
                        { i.state.as_str() }
                        if lang == Lang::Ko { { format!(" · {}", lang.t(state_term(i.state))) } }
                    </span>
                    { " " }
                    <ConnectButton instance_id={i.id.clone()} />
                </li>
            }
        })
        .collect();
    html! {
        <section class="connect-list" aria-labelledby="connect-heading">
            <h2 id="connect-heading">{ lang.t(StorageText::ConnectHeading) }</h2>
            if rows.is_empty() {
                <p class="note">{ lang.t(StorageText::NoInstancesHere) }</p>
            } else {
                <ul class="plain">{ for rows }</ul>
                <Pager label={lang.t(Text::InstancePagesLabel)} page={shown} total={listed.len()} on_turn={turn_to(page)} />
            }
        </section>
    }
}
