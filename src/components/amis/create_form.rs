use std::collections::BTreeSet;

use yew::prelude::*;

use crate::components::form_events::{checkbox_checked, input_value, select_value};
use crate::hooks::use_lang;
use crate::i18n::{image_created, AmiText};
use crate::sim::{DisplayPhase, LifecycleState};
use crate::store::{use_lab, LabAction, LAB_REGION};

#[derive(Properties, PartialEq)]
pub struct CreateImageFormProps {
    /// Called with the new AMI's ID once EC2 accepted the request.
    pub on_created: Callback<String>,
}

/// An error code that belongs to the name field rather than to the whole request.
pub fn is_name_error(code: &str) -> bool {
    code.starts_with("InvalidAMIName") || code == "MissingParameter"
}

/// CreateImage (ec2-facts 4): choose an instance, name the image, describe it, and choose whether
/// the instance may reboot. EC2's naming errors appear next to the name as the learner types.
#[component]
pub fn CreateImageForm(props: &CreateImageFormProps) -> Html {
    let lang = use_lang();
    let chosen = use_state(|| None::<String>);
    let name = use_state(String::new);
    let description = use_state(String::new);
    let no_reboot = use_state(|| false);
    let touched = use_state(|| false);
    // The image being created: (image, instance, whether the instance reboots).
    let status = use_state(|| None::<(String, String, bool)>);
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let now = world.now();
    let instances: Vec<_> = world
        .instances_in(LAB_REGION)
        .filter(|i| i.state != LifecycleState::Terminated)
        .collect();
    // The chosen instance, else the Lab's selection, else the first one listed.
    let instance_id = (*chosen)
        .clone()
        .filter(|id| instances.iter().any(|i| &i.id == id))
        .or_else(|| {
            lab.selected
                .clone()
                .filter(|id| instances.iter().any(|i| &i.id == id))
        })
        .or_else(|| instances.first().map(|i| i.id.clone()));
    let instance = instance_id.as_ref().and_then(|id| world.instance(id));
    let name_error = if *touched {
        world.check_new_image_name(LAB_REGION, &name).err()
    } else {
        None
    }
    .or_else(|| {
        lab.last_error
            .as_ref()
            .filter(|f| f.operation == "CreateImage" && is_name_error(&f.error.code))
            .map(|f| f.error.clone())
    });

    let on_instance = {
        let chosen = chosen.clone();
        move |e: Event| chosen.set(Some(select_value(&e)))
    };
    let on_name = {
        let (name, touched) = (name.clone(), touched.clone());
        move |e: InputEvent| {
            name.set(input_value(&e));
            touched.set(true);
        }
    };
    let on_description = {
        let description = description.clone();
        move |e: InputEvent| description.set(input_value(&e))
    };
    let on_no_reboot = {
        let no_reboot = no_reboot.clone();
        move |e: Event| no_reboot.set(checkbox_checked(&e))
    };
    let onsubmit = {
        let store = store.clone();
        let (name, description, no_reboot, touched, status) = (
            name.clone(),
            description.clone(),
            no_reboot.clone(),
            touched.clone(),
            status.clone(),
        );
        let on_created = props.on_created.clone();
        let instance_id = instance_id.clone();
        let rebooting = !*no_reboot && instance.is_some_and(|i| i.state == LifecycleState::Running);
        move |e: SubmitEvent| {
            e.prevent_default();
            touched.set(true);
            let Some(instance_id) = instance_id.clone() else {
                return;
            };
            let before: BTreeSet<String> =
                crate::sorting::set_of(store.read().world.images().map(|i| i.id.clone()));
            store.dispatch(LabAction::CreateImage {
                instance_id: instance_id.clone(),
                name: (*name).trim().to_string(),
                description: (*description).clone(),
                no_reboot: *no_reboot,
            });
            // The reducer has run: a new ID is the image EC2 accepted.
            let created = store
                .read()
                .world
                .images()
                .map(|i| i.id.clone())
                .find(|id| !before.contains(id));
            match created {
                Some(id) => {
                    status.set(Some((id.clone(), instance_id.clone(), rebooting)));
                    name.set(String::new());
                    description.set(String::new());
                    touched.set(false);
                    on_created.emit(id);
                }
                None => status.set(None),
            }
        }
    };

    html! {
        <section class="create-image" aria-labelledby="create-image-heading">
            <h2 id="create-image-heading">{ lang.t(AmiText::CreateHeading) }</h2>
            <p class="note">{ lang.t(AmiText::CreateIntro) }</p>
            if instances.is_empty() {
                <p>{ lang.t(AmiText::AmiNoInstances) }</p>
            } else {
                <form class="stack" {onsubmit} novalidate=true>
                    <div class="field">
                        <label for="create-image-instance">{ lang.t(AmiText::InstanceLabel) }</label>
                        <select id="create-image-instance" onchange={on_instance}>
                            { for instances.iter().map(|i| {
                                let label = match i.name() {
                                    Some(n) => format!("{} ({n}) · {}", i.id, i.phase(now).phase.as_str()),
                                    None => format!("{} · {}", i.id, i.phase(now).phase.as_str()),
                                };
                                html! { <option value={i.id.clone()} selected={Some(&i.id) == instance_id.as_ref()}>{ label }</option> }
                            }) }
                        </select>
                    </div>
                    if let Some(i) = instance {
                        <p class="instance-phase" aria-live="polite">
                            <span class="mono">{ &i.id }</span>{ " " }
                            <span class={classes!("badge", phase_class(i.phase(now).phase))}>{ i.phase(now).phase.as_str() }</span>
                        </p>
                    }
                    <div class="field">
                        <label for="create-image-name">{ lang.t(AmiText::ImageNameLabel) }</label>
                        <input id="create-image-name" type="text" value={(*name).clone()} oninput={on_name}
                            aria-invalid={name_error.is_some().to_string()}
                            aria-describedby="create-image-name-hint create-image-name-error" />
                        <span id="create-image-name-hint" class="note small">{ lang.t(AmiText::ImageNameHint) }</span>
                        <span id="create-image-name-error" class="field-error-slot" aria-live="polite">
                            if let Some(err) = &name_error {
                                <span class="field-error">{ format!("{}: {}", err.code, err.message) }</span>
                            }
                        </span>
                    </div>
                    <div class="field">
                        <label for="create-image-description">{ lang.t(AmiText::DescriptionLabel) }</label>
                        <input id="create-image-description" type="text" maxlength="255" value={(*description).clone()} oninput={on_description} />
                    </div>
                    <div class="check">
                        <input id="create-image-no-reboot" type="checkbox" checked={*no_reboot} onchange={on_no_reboot}
                            aria-describedby="create-image-reboot-note" />
                        <label for="create-image-no-reboot">{ lang.t(AmiText::NoRebootLabel) }</label>
                    </div>
                    if *no_reboot {
                        <p id="create-image-reboot-note" class="warning">{ lang.t(AmiText::NoRebootWarning) }</p>
                    } else {
                        <p id="create-image-reboot-note" class="note">{ lang.t(AmiText::RebootNote) }</p>
                    }
                    <p class="note">{ lang.t(AmiText::InstanceStoreNotCopied) }</p>
                    <button type="submit" class="button">{ lang.t(AmiText::CreateButton) }</button>
                </form>
            }
            { super::error_alert(&lang, &store, &["CreateImage"], is_name_error) }
            <p role="status" class="status">{ (*status).as_ref().map(|(image, instance, rebooting)| image_created(lang.lang, image, instance, *rebooting)).unwrap_or_default() }</p>
        </section>
    }
}

/// The badge colour of an instance's phase (the Lab's classes).
pub fn phase_class(phase: DisplayPhase) -> &'static str {
    match phase {
        DisplayPhase::Running => "state-running",
        DisplayPhase::Stopped | DisplayPhase::Hibernated => "state-stopped",
        DisplayPhase::Terminated => "state-terminated",
        _ => "state-pending",
    }
}
