//! Configure storage: the root EBS volume, extra EBS volumes (add and remove), the AMI's own
//! extra volumes, and the instance store the type includes (read-only: fixed and ephemeral).

use yew::prelude::*;

use super::{described_by, Ctx};
use crate::components::form_events::{checkbox_checked, input_value, select_value};
use crate::i18n::{disk_text, remove_row, LaunchText as T};
use crate::launch::form::{DATA_VOLUME_TYPES, MAX_EXTRA_VOLUMES, ROOT_VOLUME_TYPES};
use crate::launch::{Field, LaunchEdit};
use crate::sim::instance::RootDeviceType;
use crate::sim::storage::VolumeType;

fn type_select(
    id: &str,
    label: String,
    current: VolumeType,
    offered: &[VolumeType],
    onchange: Callback<Event>,
) -> Html {
    html! {
        <select id={id.to_owned()} aria-label={label} {onchange}>
            { for offered.iter().map(|t| html! {
                <option value={t.as_str()} selected={*t == current}>{ t.as_str() }</option>
            }) }
        </select>
    }
}

fn parse_type(e: &Event) -> VolumeType {
    VolumeType::parse(&select_value(e)).unwrap_or(VolumeType::Gp3)
}

fn yes_no(c: &Ctx, b: bool) -> &'static str {
    c.t(if b { T::Yes } else { T::No })
}

pub fn storage(c: &Ctx) -> Html {
    let image = c.checked.image.as_ref();
    let store_backed = image.is_some_and(|i| i.root_device_type == RootDeviceType::InstanceStore);
    let mut rows: Vec<Html> = Vec::new();
    // Column names again on each cell, for phones, where the rows stack as cards.
    let (size_l, type_l, dot_l) = (
        c.t(T::SizeGib),
        c.t(T::ColumnVolumeType),
        c.t(T::ColumnDeleteOnTermination),
    );
    if let Some(image) = image {
        if store_backed {
            rows.push(html! {
                <tr key="root">
                    <th scope="row">{ c.t(T::StoreRootRow) }<br /><code class="device">{ &image.root_device_name }</code></th>
                    <td data-label={size_l} class="num">{ image.root_size_gib }</td>
                    <td data-label={type_l}>{ "instance-store" }</td>
                    <td data-label={dot_l}>{ yes_no(c, true) }</td>
                    <td class="empty"></td>
                </tr>
            });
        } else {
            let bad = c.invalid(Field::RootSize);
            let size_label = format!("{}: {}", c.t(T::RootVolume), c.t(T::SizeGib));
            rows.push(html! {
                <tr key="root">
                    <th scope="row">{ c.t(T::RootVolume) }<br /><code class="device">{ &image.root_device_name }</code></th>
                    <td data-label={size_l}>
                        <input id="root-size" class="size" type="text" inputmode="numeric" value={c.form.root_size.clone()}
                            aria-label={size_label} aria-invalid={bad.to_string()}
                            aria-describedby={described_by(None, "root-size-error", bad)}
                            oninput={c.edit.reform(|e: InputEvent| LaunchEdit::RootSize(input_value(&e)))} />
                        { c.errors(Field::RootSize, "root-size-error") }
                    </td>
                    <td data-label={type_l}>{ type_select("root-type", format!("{}: {}", c.t(T::RootVolume), c.t(T::ColumnVolumeType)),
                        c.form.root_type, &ROOT_VOLUME_TYPES,
                        c.edit.reform(|e: Event| LaunchEdit::RootType(parse_type(&e)))) }</td>
                    <td data-label={dot_l}>
                        <input type="checkbox" id="root-dot" checked={c.form.root_delete_on_termination}
                            aria-label={format!("{}: {}", c.t(T::RootVolume), c.t(T::ColumnDeleteOnTermination))}
                            onchange={c.edit.reform(|e: Event| LaunchEdit::RootDeleteOnTermination(checkbox_checked(&e)))} />
                    </td>
                    <td class="empty"></td>
                </tr>
            });
            for v in &image.extra_volumes {
                rows.push(html! {
                    <tr key={format!("ami-{}", v.device_name)}>
                        <th scope="row">{ c.t(T::AmiVolume) }<br /><code class="device">{ &v.device_name }</code></th>
                        <td data-label={size_l} class="num">{ v.size_gib }</td>
                        <td data-label={type_l}>{ v.volume_type.as_str() }</td>
                        <td data-label={dot_l}>{ yes_no(c, v.delete_on_termination) }</td>
                        <td class="empty"></td>
                    </tr>
                });
            }
            for (n, (v, device)) in c
                .form
                .extra_volumes
                .iter()
                .zip(&c.checked.extra_devices)
                .enumerate()
            {
                let label = format!("{} {}", c.t(T::DataVolume), n + 1);
                let error_id = format!("volume-{n}-error");
                let bad = c.invalid(Field::VolumeSize(n));
                rows.push(html! {
                    <tr key={format!("extra-{}", v.key)}>
                        <th scope="row">{ label.clone() }<br /><code class="device">{ device }</code></th>
                        <td data-label={size_l}>
                            <input class="size" type="text" inputmode="numeric" value={v.size.clone()}
                                aria-label={format!("{label}: {}", c.t(T::SizeGib))} aria-invalid={bad.to_string()}
                                aria-describedby={described_by(None, &error_id, bad)}
                                oninput={c.edit.reform(move |e: InputEvent| LaunchEdit::VolumeSize(n, input_value(&e)))} />
                            { c.errors(Field::VolumeSize(n), &error_id) }
                        </td>
                        <td data-label={type_l}>{ type_select(&format!("volume-{n}-type"), format!("{label}: {}", c.t(T::ColumnVolumeType)),
                            v.volume_type, &DATA_VOLUME_TYPES,
                            c.edit.reform(move |e: Event| LaunchEdit::VolumeType(n, parse_type(&e)))) }</td>
                        <td data-label={dot_l}>
                            <input type="checkbox" checked={v.delete_on_termination}
                                aria-label={format!("{label}: {}", c.t(T::ColumnDeleteOnTermination))}
                                onchange={c.edit.reform(move |e: Event| LaunchEdit::VolumeDeleteOnTermination(n, checkbox_checked(&e)))} />
                        </td>
                        <td>
                            <button type="button" class="secondary" aria-label={remove_row(c.lang, c.t(T::DataVolume), n)}
                                onclick={c.edit.reform(move |_| LaunchEdit::RemoveVolume(n))}>{ c.t(T::Remove) }</button>
                        </td>
                    </tr>
                });
            }
        }
    }
    for disk in &c.checked.instance_store {
        rows.push(html! {
            <tr key={disk.virtual_name.clone()} class="instance-store-row">
                <th scope="row">{ c.t(T::InstanceStoreRow) }<br /><code class="device">{ &disk.virtual_name }</code></th>
                <td data-label={size_l} class="num">{ disk.size_gb }</td>
                <td data-label={type_l}>{ disk_text(disk.size_gb, disk.hdd, disk.nvme) }</td>
                <td data-label={dot_l}>{ yes_no(c, true) }</td>
                <td class="hint">{ c.t(T::FixedByType) }</td>
            </tr>
        });
    }
    let can_add =
        !store_backed && image.is_some() && c.form.extra_volumes.len() < MAX_EXTRA_VOLUMES;
    html! {
        <section class="launch-section" aria-labelledby="launch-storage-heading">
            <h2 id="launch-storage-heading">{ c.t(T::StorageHeading) }</h2>
            <div class="table-scroll">
                <table class="storage-table" aria-labelledby="launch-storage-heading">
                    <thead>
                        <tr>
                            <th scope="col">{ c.t(T::ColumnVolume) }</th>
                            <th scope="col">{ c.t(T::SizeGib) }</th>
                            <th scope="col">{ c.t(T::ColumnVolumeType) }</th>
                            <th scope="col">{ c.t(T::ColumnDeleteOnTermination) }</th>
                            <th scope="col"><span class="sr-only">{ c.t(T::Remove) }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if c.checked.type_info.is_some() {
                <p class="hint">{ c.t(if c.checked.instance_store.is_empty() { T::NoInstanceStoreForType } else { T::InstanceStoreExplained }) }</p>
            }
            if store_backed {
                <p class="hint">{ c.t(T::NoEbsOnStoreAmi) }</p>
            }
            if can_add {
                <p><button type="button" class="secondary" onclick={c.edit.reform(|_| LaunchEdit::AddVolume)}>{ c.t(T::AddVolume) }</button></p>
            }
        </section>
    }
}
