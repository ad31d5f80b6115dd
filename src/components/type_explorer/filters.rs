use yew::prelude::*;

use super::form::{FilterForm, NumberField, Tri};
use crate::components::form_events::{input_value, select_value};
use crate::hooks::use_lang;
use crate::i18n::{Lang, Text};
use crate::sim::catalog::{Category, Manufacturer};

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub form: FilterForm,
    pub invalid: Vec<NumberField>,
    pub on_change: Callback<FilterForm>,
}

/// The filter form. Every control is labelled; a number it cannot read is marked next to the field.
#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let lang = use_lang();
    // Each control edits one field of a copy of the form and hands the copy up.
    let edit = |apply: fn(&mut FilterForm, String)| {
        let (form, on_change) = (props.form.clone(), props.on_change.clone());
        move |value: String| {
            let mut next = form.clone();
            apply(&mut next, value);
            on_change.emit(next);
        }
    };
    let text_input =
        |id: &'static str, label: Text, value: &str, apply: fn(&mut FilterForm, String)| {
            let set = edit(apply);
            html! {
                <div class="field">
                    <label for={id}>{ lang.t(label) }</label>
                    <input id={id} type="search" value={value.to_owned()} autocomplete="off"
                        oninput={move |e: InputEvent| set(input_value(&e))} />
                </div>
            }
        };
    let number_input = |id: &'static str,
                        label: Text,
                        value: &str,
                        field: NumberField,
                        apply: fn(&mut FilterForm, String)| {
        let set = edit(apply);
        let bad = props.invalid.contains(&field);
        let error_id = format!("{id}-error");
        let error = match field {
            NumberField::MinVcpus | NumberField::MaxVcpus => Text::FilterNotANumber,
            NumberField::MinMemory | NumberField::MaxMemory => Text::FilterNotGib,
        };
        html! {
            <div class="field">
                <label for={id}>{ lang.t(label) }</label>
                <input id={id} type="text" inputmode="decimal" value={value.to_owned()} autocomplete="off"
                    aria-invalid={bad.then_some("true")}
                    aria-describedby={bad.then(|| error_id.clone())}
                    oninput={move |e: InputEvent| set(input_value(&e))} />
                if bad {
                    <span id={error_id} class="field-error">{ lang.t(error) }</span>
                }
            </div>
        }
    };
    let tri_select = |id: &'static str,
                      label: Text,
                      value: Tri,
                      apply: fn(&mut FilterForm, String)| {
        let set = edit(apply);
        html! {
            <div class="field">
                <label for={id}>{ lang.t(label) }</label>
                <select id={id} onchange={move |e: Event| set(select_value(&e))}>
                    { for Tri::ALL.into_iter().map(|tri| html! {
                        <option value={tri.value()} selected={tri == value}>{ lang.t(tri.label()) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let category = {
        let set = edit(|f, v| f.category = Category::ALL.into_iter().find(|c| c.as_str() == v));
        html! {
            <div class="field">
                <label for="filter-category">{ lang.t(Text::FilterCategory) }</label>
                <select id="filter-category" onchange={move |e: Event| set(select_value(&e))}>
                    <option value="" selected={props.form.category.is_none()}>{ lang.t(Text::FilterAny) }</option>
                    { for Category::ALL.into_iter().map(|c| html! {
                        <option value={c.as_str()} selected={props.form.category == Some(c)}>
                            { category_name(lang.lang, c) }
                        </option>
                    }) }
                </select>
            </div>
        }
    };
    let processor = {
        let set = edit(|f, v| f.manufacturer = Manufacturer::parse(&v));
        html! {
            <div class="field">
                <label for="filter-processor">{ lang.t(Text::FilterProcessor) }</label>
                <select id="filter-processor" onchange={move |e: Event| set(select_value(&e))}>
                    <option value="" selected={props.form.manufacturer.is_none()}>{ lang.t(Text::FilterAny) }</option>
                    { for Manufacturer::ALL.into_iter().map(|m| html! {
                        <option value={m.as_str()} selected={props.form.manufacturer == Some(m)}>
                            { manufacturer_name(m) }
                        </option>
                    }) }
                </select>
            </div>
        }
    };
    let reset = {
        let on_change = props.on_change.clone();
        move |_| on_change.emit(FilterForm::default())
    };
    let f = &props.form;
    html! {
        <form class="filters" role="search" aria-label={lang.t(Text::FiltersHeading)}
            onsubmit={|e: SubmitEvent| e.prevent_default()}>
            { text_input("filter-search", Text::FilterSearch, &f.text, |f, v| f.text = v) }
            { category }
            { text_input("filter-family", Text::FilterFamily, &f.family, |f, v| f.family = v) }
            { processor }
            { number_input("filter-min-vcpus", Text::FilterMinVcpus, &f.min_vcpus, NumberField::MinVcpus, |f, v| f.min_vcpus = v) }
            { number_input("filter-max-vcpus", Text::FilterMaxVcpus, &f.max_vcpus, NumberField::MaxVcpus, |f, v| f.max_vcpus = v) }
            { number_input("filter-min-memory", Text::FilterMinMemory, &f.min_memory_gib, NumberField::MinMemory, |f, v| f.min_memory_gib = v) }
            { number_input("filter-max-memory", Text::FilterMaxMemory, &f.max_memory_gib, NumberField::MaxMemory, |f, v| f.max_memory_gib = v) }
            { tri_select("filter-instance-store", Text::FilterInstanceStore, f.instance_store, |f, v| f.instance_store = Tri::parse(&v)) }
            { tri_select("filter-burstable", Text::FilterBurstable, f.burstable, |f, v| f.burstable = Tri::parse(&v)) }
            { tri_select("filter-current-generation", Text::FilterCurrentGeneration, f.current_generation, |f, v| f.current_generation = Tri::parse(&v)) }
            <div class="field field-action">
                <button type="button" class="secondary" onclick={reset}>{ lang.t(Text::FilterReset) }</button>
            </div>
        </form>
    }
}

pub fn category_name(lang: Lang, category: Category) -> &'static str {
    match lang {
        Lang::En => category.name_en(),
        Lang::Ko => category.name_ko(),
    }
}

/// Processor makers as the console names them (AWS makes Graviton).
pub fn manufacturer_name(m: Manufacturer) -> &'static str {
    match m {
        Manufacturer::Intel => "Intel",
        Manufacturer::Amd => "AMD",
        Manufacturer::Aws => "AWS Graviton",
        Manufacturer::Apple => "Apple",
    }
}
