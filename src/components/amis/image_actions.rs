use std::collections::BTreeSet;

use yew::prelude::*;
use yew_router::prelude::use_navigator;

use crate::components::form_events::{input_value, select_value};
use crate::hooks::use_lang;
use crate::i18n::{copy_started, AmiText};
use crate::route::Route;
use crate::sim::ami::ImageState;
use crate::sim::instance::RootDeviceType;
use crate::sim::region::region_names;
use crate::sim::world::Owner;
use crate::store::{default_type_for, launch_types_for, use_lab, LabAction, LAB_REGION};

#[derive(Properties, PartialEq)]
pub struct ImageActionsProps {
    pub image_id: String,
}

/// What can be done with one AMI: launch instances from it (then the Lab shows them), copy it to
/// another Region (a new ID), deregister it (and what that leaves behind). ec2-facts 4.
#[component]
pub fn ImageActions(props: &ImageActionsProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let instance_type = use_state(|| None::<String>);
    let count = use_state(|| "1".to_string());
    let count_error = use_state(|| false);
    let destination = use_state(|| None::<String>);
    let copy_name = use_state(|| None::<String>);
    let copy_status = use_state(|| None::<(String, String)>);
    // A new image resets the forms.
    {
        let (instance_type, copy_name, copy_status, destination) = (
            instance_type.clone(),
            copy_name.clone(),
            copy_status.clone(),
            destination.clone(),
        );
        use_effect_with(props.image_id.clone(), move |_| {
            instance_type.set(None);
            copy_name.set(None);
            copy_status.set(None);
            destination.set(None);
        });
    }
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let Some(image) = lab.world.images().find(|i| i.id == props.image_id) else {
        return html! {};
    };
    let store_root = image.root_device_type == RootDeviceType::InstanceStore;
    let types = launch_types_for(&image.architecture, store_root);
    let chosen_type = (*instance_type)
        .clone()
        .unwrap_or_else(|| default_type_for(&image.architecture, store_root).to_string());
    let other_regions: Vec<&str> = region_names()
        .into_iter()
        .filter(|r| *r != image.region)
        .collect();
    let chosen_region = (*destination)
        .clone()
        .or_else(|| other_regions.first().map(|r| r.to_string()))
        .unwrap_or_default();
    let chosen_name = (*copy_name).clone().unwrap_or_else(|| image.name.clone());
    let registered = image.state != ImageState::Deregistered;
    let yours = image.owner == Owner::SelfOwned;
    let remaining_snapshots: Vec<(String, bool)> = image
        .snapshot_ids()
        .map(|s| (s.to_string(), lab.world.snapshots().any(|x| x.id == s)))
        .collect();

    let on_type = {
        let instance_type = instance_type.clone();
        move |e: Event| instance_type.set(Some(select_value(&e)))
    };
    let on_count = {
        let (count, count_error) = (count.clone(), count_error.clone());
        move |e: InputEvent| {
            count.set(input_value(&e));
            count_error.set(false);
        }
    };
    let on_launch = {
        let (store, count, count_error) = (store.clone(), count.clone(), count_error.clone());
        let (image_id, chosen_type) = (image.id.clone(), chosen_type.clone());
        move |e: SubmitEvent| {
            e.prevent_default();
            // A count that is not a number never reaches EC2; 0 or -1 does, and gets its error.
            let Ok(n) = count.trim().parse::<i64>() else {
                count_error.set(true);
                return;
            };
            store.dispatch(LabAction::LaunchFromImage {
                image_id: image_id.clone(),
                instance_type: chosen_type.clone(),
                count: n,
            });
            let launched = store.read().last_error.is_none();
            if launched {
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Lab);
                }
            }
        }
    };
    let on_region = {
        let destination = destination.clone();
        move |e: Event| destination.set(Some(select_value(&e)))
    };
    let on_copy_name = {
        let copy_name = copy_name.clone();
        move |e: InputEvent| copy_name.set(Some(input_value(&e)))
    };
    let on_copy = {
        let (store, copy_status) = (store.clone(), copy_status.clone());
        let (image_id, region, name) =
            (image.id.clone(), chosen_region.clone(), chosen_name.clone());
        move |e: SubmitEvent| {
            e.prevent_default();
            let before: BTreeSet<String> =
                crate::sorting::set_of(store.read().world.images().map(|i| i.id.clone()));
            store.dispatch(LabAction::CopyImage {
                image_id: image_id.clone(),
                region: region.clone(),
                name: name.trim().to_string(),
            });
            let copy = store
                .read()
                .world
                .images()
                .map(|i| i.id.clone())
                .find(|id| !before.contains(id));
            copy_status.set(copy.map(|id| (id, region.clone())));
        }
    };
    let on_deregister = {
        let (store, image_id) = (store.clone(), image.id.clone());
        move |_| store.dispatch(LabAction::DeregisterImage(image_id.clone()))
    };

    html! {
        <section class="ami-actions" aria-labelledby="ami-actions-heading">
            <h2 id="ami-actions-heading" class="sr-only">{ lang.t(AmiText::AmiActionsHeading) }</h2>
            <div class="ami-action">
                <h3>{ lang.t(AmiText::LaunchHeading) }</h3>
                if image.region != LAB_REGION {
                    <p class="note">{ lang.t(AmiText::LaunchOtherRegion) }</p>
                } else if registered {
                    <form class="inline-form" onsubmit={on_launch} novalidate=true>
                        <div class="field">
                            <label for="ami-launch-type">{ lang.t(AmiText::InstanceTypeLabel) }</label>
                            <select id="ami-launch-type" onchange={on_type}>
                                { for types.iter().map(|t| html! {
                                    <option value={*t} selected={*t == chosen_type}>{ *t }</option>
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="ami-launch-count">{ lang.t(AmiText::AmiCountLabel) }</label>
                            <input id="ami-launch-count" type="text" inputmode="numeric" size="4"
                                value={(*count).clone()} oninput={on_count}
                                aria-invalid={count_error.to_string()} aria-describedby="ami-launch-count-error" />
                            <span id="ami-launch-count-error" aria-live="polite">
                                if *count_error { <span class="field-error">{ lang.t(AmiText::CountError) }</span> }
                            </span>
                        </div>
                        <button type="submit" class="button">{ lang.t(AmiText::AmiLaunchButton) }</button>
                    </form>
                }
                { super::error_alert(&lang, &store, &["RunInstances"], |_| false) }
            </div>
            if registered {
                <div class="ami-action">
                    <h3>{ lang.t(AmiText::CopyHeading) }</h3>
                    <form class="inline-form" onsubmit={on_copy}>
                        <div class="field">
                            <label for="ami-copy-region">{ lang.t(AmiText::DestinationRegion) }</label>
                            <select id="ami-copy-region" onchange={on_region}>
                                { for other_regions.iter().map(|r| html! {
                                    <option value={*r} selected={*r == chosen_region}>{ *r }</option>
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="ami-copy-name">{ lang.t(AmiText::CopyNameLabel) }</label>
                            <input id="ami-copy-name" type="text" value={chosen_name.clone()} oninput={on_copy_name} />
                        </div>
                        <button type="submit" class="secondary">{ lang.t(AmiText::CopyButton) }</button>
                    </form>
                    <p class="note">{ lang.t(AmiText::CopyNote) }</p>
                    <p role="status" class="status">{ (*copy_status).as_ref().map(|(id, region)| copy_started(lang.lang, id, region)).unwrap_or_default() }</p>
                    { super::error_alert(&lang, &store, &["CopyImage"], |_| false) }
                </div>
            }
            <div class="ami-action">
                <h3>{ lang.t(AmiText::DeregisterHeading) }</h3>
                if !registered {
                    <div class="notice" role="status">
                        <p>{ lang.t(AmiText::DeregisteredNotice) }</p>
                        <ul>
                            { for remaining_snapshots.iter().map(|(id, exists)| html! {
                                <li>
                                    <span class="mono">{ id }</span>
                                    if !*exists { { format!(" ({})", lang.t(AmiText::SnapshotDeleted)) } }
                                </li>
                            }) }
                        </ul>
                    </div>
                } else if yours {
                    <p class="note">{ lang.t(AmiText::DeregisterNote) }</p>
                    <button type="button" class="secondary danger" onclick={on_deregister}>{ lang.t(AmiText::DeregisterButton) }</button>
                } else {
                    <p class="note">{ lang.t(AmiText::NotYours) }</p>
                }
                { super::error_alert(&lang, &store, &["DeregisterImage"], |_| false) }
            </div>
        </section>
    }
}
