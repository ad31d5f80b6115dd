//! Advanced details (protections, hibernation, shutdown behaviour) and how many, where.

use yew::prelude::*;

use super::{described_by, Ctx};
use crate::components::form_events::{checkbox_checked, input_value, select_value};
use crate::i18n::{hibernation_reason, LaunchText as T};
use crate::launch::{Field, LaunchEdit};
use crate::sim::instance::{RootDeviceType, ShutdownBehavior};
use crate::sim::region::region;
use crate::store::LAB_REGION;

/// One checkbox of the advanced section, with its hint and errors.
struct Toggle {
    id: &'static str,
    label: &'static str,
    hint: Html,
    checked: bool,
    disabled: bool,
    onchange: Callback<Event>,
    error: Html,
    invalid: bool,
}

impl Toggle {
    fn new(
        id: &'static str,
        label: &'static str,
        hint: Html,
        checked: bool,
        onchange: Callback<Event>,
    ) -> Toggle {
        Toggle {
            id,
            label,
            hint,
            checked,
            disabled: false,
            onchange,
            error: html! {},
            invalid: false,
        }
    }

    fn render(self) -> Html {
        let Toggle {
            id,
            label,
            hint,
            checked,
            disabled,
            onchange,
            error,
            invalid,
        } = self;
        let hint_id = format!("{id}-hint");
        html! {
            <div class="check-field">
                <input type="checkbox" {id} {checked} {disabled} {onchange}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={described_by(Some(&hint_id), &format!("{id}-error"), invalid)} />
                <label for={id}>{ label }</label>
                <div id={hint_id} class="hint">{ hint }</div>
                { error }
            </div>
        }
    }
}

pub fn advanced(c: &Ctx) -> Html {
    let store_backed = c
        .checked
        .image
        .as_ref()
        .is_some_and(|i| i.root_device_type == RootDeviceType::InstanceStore);
    let type_name = c.checked.type_info.map_or("", |t| t.name.as_str());
    // Hibernation: offered only where the engine's rule allows it; said why when not. A box
    // already ticked stays usable so it can be unticked.
    let block = c.checked.hibernation_block;
    let known = c.checked.type_info.is_some() && c.checked.image.is_some();
    let hibernation_hint = match block {
        Some(b) => {
            html! { <strong class="why-not">{ hibernation_reason(c.lang, b, type_name) }</strong> }
        }
        None if !known => html! { c.t(T::HibernationChooseFirst) },
        None => html! { c.t(T::HibernationHint) },
    };
    let hibernation_off = (block.is_some() || !known) && !c.form.hibernation;
    let shutdown = if store_backed {
        ShutdownBehavior::Terminate
    } else {
        c.form.shutdown_behavior
    };
    html! {
        <section class="launch-section" aria-labelledby="launch-advanced-heading">
            <h2 id="launch-advanced-heading">{ c.t(T::AdvancedHeading) }</h2>
            { Toggle::new("termination-protection", c.t(T::TerminationProtection), html! { c.t(T::TerminationProtectionHint) },
                c.form.termination_protection,
                c.edit.reform(|e: Event| LaunchEdit::TerminationProtection(checkbox_checked(&e)))).render() }
            { Toggle::new("stop-protection", c.t(T::StopProtection), html! { c.t(T::StopProtectionHint) },
                c.form.stop_protection,
                c.edit.reform(|e: Event| LaunchEdit::StopProtection(checkbox_checked(&e)))).render() }
            { Toggle {
                disabled: hibernation_off,
                error: c.errors(Field::Hibernation, "hibernation-error"),
                invalid: c.invalid(Field::Hibernation),
                ..Toggle::new("hibernation", c.t(T::HibernationLabel), hibernation_hint, c.form.hibernation,
                    c.edit.reform(|e: Event| LaunchEdit::Hibernation(checkbox_checked(&e))))
            }.render() }
            <div class="field">
                <label for="shutdown-behavior">{ c.t(T::ShutdownLabel) }</label>
                <select id="shutdown-behavior" disabled={store_backed} aria-describedby="shutdown-hint"
                    onchange={c.edit.reform(|e: Event| LaunchEdit::ShutdownBehavior(
                        ShutdownBehavior::parse(&select_value(&e)).unwrap_or(ShutdownBehavior::Stop)))}>
                    <option value="stop" selected={shutdown == ShutdownBehavior::Stop}>{ format!("{} (stop)", c.t(T::ShutdownStop)) }</option>
                    <option value="terminate" selected={shutdown == ShutdownBehavior::Terminate}>{ format!("{} (terminate)", c.t(T::ShutdownTerminate)) }</option>
                </select>
                <span id="shutdown-hint" class="hint">{ c.t(if store_backed { T::ShutdownStoreOnly } else { T::ShutdownHint }) }</span>
            </div>
        </section>
    }
}

pub fn count_and_az(c: &Ctx) -> Html {
    let azs = region(LAB_REGION)
        .map(|r| r.availability_zones())
        .unwrap_or_default();
    let bad = c.invalid(Field::Count);
    html! {
        <section class="launch-section" aria-labelledby="launch-count-heading">
            <h2 id="launch-count-heading">{ c.t(T::CountAzHeading) }</h2>
            <div class="field-row">
                <div class="field">
                    <label for="launch-count">{ c.t(T::CountLabel) }</label>
                    <input id="launch-count" type="text" inputmode="numeric" value={c.form.count.clone()}
                        aria-invalid={bad.to_string()} aria-describedby={described_by(None, "launch-count-error", bad)}
                        oninput={c.edit.reform(|e: InputEvent| LaunchEdit::Count(input_value(&e)))} />
                    { c.errors(Field::Count, "launch-count-error") }
                </div>
                <div class="field">
                    <label for="launch-az">{ c.t(T::AzLabel) }</label>
                    <select id="launch-az" onchange={c.edit.reform(|e: Event| LaunchEdit::AvailabilityZone(select_value(&e)))}>
                        <option value="" selected={c.form.availability_zone.is_empty()}>{ c.t(T::NoPreference) }</option>
                        { for azs.iter().map(|az| html! {
                            <option value={az.clone()} selected={c.form.availability_zone == *az}>{ az }</option>
                        }) }
                    </select>
                </div>
            </div>
        </section>
    }
}
