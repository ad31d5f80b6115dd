//! Name and tags, the AMI, and the instance type.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{described_by, Ctx};
use crate::components::form_events::input_value;
use crate::i18n::{remove_row, use_type, Lang, LaunchText as T};
use crate::launch::{Field, ImageChoice, ImageGroup, LaunchEdit, Problem};
use crate::route::Route;
use crate::sim::catalog::{self, InstanceTypeInfo};
use crate::units::format_gib;

/// How many catalogue matches the type search lists.
const MATCHES_SHOWN: usize = 8;

pub fn name_and_tags(c: &Ctx) -> Html {
    let on_name = c
        .edit
        .reform(|e: InputEvent| LaunchEdit::Name(input_value(&e)));
    let tag_rows = c.form.tags.iter().enumerate().map(|(n, tag)| {
        let key_id = format!("tag-key-{n}");
        let value_id = format!("tag-value-{n}");
        let (key_err, value_err) = (format!("{key_id}-error"), format!("{value_id}-error"));
        let (key_bad, value_bad) = (c.invalid(Field::TagKey(n)), c.invalid(Field::TagValue(n)));
        html! {
            <div class="tag-row" key={n}>
                <div class="field">
                    <label for={key_id.clone()}>{ format!("{} {}", c.t(T::TagKey), n + 1) }</label>
                    <input id={key_id} type="text" value={tag.key.clone()} autocomplete="off"
                        aria-invalid={key_bad.to_string()} aria-describedby={described_by(None, &key_err, key_bad)}
                        oninput={c.edit.reform(move |e: InputEvent| LaunchEdit::TagKey(n, input_value(&e)))} />
                    { c.errors(Field::TagKey(n), &key_err) }
                </div>
                <div class="field">
                    <label for={value_id.clone()}>{ format!("{} {}", c.t(T::TagValue), n + 1) }</label>
                    <input id={value_id} type="text" value={tag.value.clone()} autocomplete="off"
                        aria-invalid={value_bad.to_string()} aria-describedby={described_by(None, &value_err, value_bad)}
                        oninput={c.edit.reform(move |e: InputEvent| LaunchEdit::TagValue(n, input_value(&e)))} />
                    { c.errors(Field::TagValue(n), &value_err) }
                </div>
                <button type="button" class="secondary remove"
                    aria-label={remove_row(c.lang, c.t(T::TagKey), n)}
                    onclick={c.edit.reform(move |_| LaunchEdit::RemoveTag(n))}>{ c.t(T::Remove) }</button>
            </div>
        }
    });
    let name_bad = c.invalid(Field::Name);
    html! {
        <section class="launch-section" aria-labelledby="launch-name-heading">
            <h2 id="launch-name-heading">{ c.t(T::NameTagsHeading) }</h2>
            <div class="field">
                <label for="launch-instance-name">{ c.t(T::NameLabel) }</label>
                <input id="launch-instance-name" type="text" value={c.form.name.clone()} autocomplete="off"
                    placeholder="web-1" aria-invalid={name_bad.to_string()}
                    aria-describedby={described_by(Some("launch-name-hint"), "launch-name-error", name_bad)}
                    oninput={on_name} />
                <span id="launch-name-hint" class="hint">{ c.t(T::NameHint) }</span>
                { c.errors(Field::Name, "launch-name-error") }
            </div>
            { for tag_rows }
            <p><button type="button" class="secondary" onclick={c.edit.reform(|_| LaunchEdit::AddTag)}>{ c.t(T::AddTag) }</button></p>
        </section>
    }
}

fn group_label(group: ImageGroup) -> T {
    match group {
        ImageGroup::QuickStart => T::GroupQuickStart,
        ImageGroup::Marketplace => T::GroupMarketplace,
        ImageGroup::Mine => T::GroupMine,
    }
}

fn image_option(c: &Ctx, image: &ImageChoice) -> Html {
    let id = format!("ami-{}", image.id);
    let chosen = c.form.image_id == image.id;
    let onchange = {
        let image = Box::new(image.clone());
        c.edit.reform(move |_| LaunchEdit::Image(image.clone()))
    };
    html! {
        <li key={image.id.clone()} class={classes!("ami-option", chosen.then_some("chosen"))}>
            <input type="radio" name="launch-ami" id={id.clone()} checked={chosen} {onchange} />
            <label for={id}>
                <span class="ami-name">{ &image.name }</span>
                <span class="ami-facts">
                    <code>{ &image.id }</code>
                    <span class="badge" title={c.t(T::Architecture)}>{ &image.architecture }</span>
                    <span class="badge" title={c.t(T::RootDeviceType)}>{ image.root_device_type.as_str() }</span>
                    if image.pending { <span class="badge state-pending">{ c.t(T::PendingBadge) }</span> }
                </span>
                // The AMI's own description is data, in English as in the Korean console; `lang` tells
                // screen readers so.
                if !image.description.is_empty() { <span class="hint" lang="en">{ &image.description }</span> }
            </label>
        </li>
    }
}

pub fn ami(c: &Ctx) -> Html {
    let groups = ImageGroup::ALL.into_iter().map(|group| {
        let images: Vec<&ImageChoice> = c.images.iter().filter(|i| i.group == group).collect();
        html! {
            <fieldset class="ami-group">
                <legend>{ c.t(group_label(group)) }</legend>
                if images.is_empty() {
                    <p class="note">{ c.t(T::NoOwnAmis) }</p>
                } else {
                    <ul class="ami-list">{ for images.into_iter().map(|i| image_option(c, i)) }</ul>
                }
            </fieldset>
        }
    });
    html! {
        <section class="launch-section" aria-labelledby="launch-ami-heading">
            <h2 id="launch-ami-heading">{ c.t(T::AmiHeading) }</h2>
            { c.errors(Field::Image, "launch-ami-error") }
            { for groups }
        </section>
    }
}

/// Catalogue names containing the query, those starting with it first.
fn matches(query: &str) -> Vec<&'static InstanceTypeInfo> {
    let q = query.trim().to_lowercase();
    if q.is_empty() || catalog::lookup(&q).is_some() {
        return Vec::new();
    }
    let mut found: Vec<&'static InstanceTypeInfo> = catalog::all()
        .iter()
        .filter(|t| t.name.contains(&q))
        .collect();
    crate::sorting::sort_by_key(&mut found, |t| {
        (!t.name.starts_with(&q), t.name.len(), t.name.clone())
    });
    found.truncate(MATCHES_SHOWN);
    found
}

fn type_facts(c: &Ctx, info: &InstanceTypeInfo) -> Html {
    let store = match &info.instance_store {
        None => c.t(T::NoneText).to_string(),
        Some(s) => format!("{} GB", s.total_gb),
    };
    let hibernation = if info.hibernation_supported {
        T::Supported
    } else {
        T::NotSupported
    };
    let archs: Vec<&str> = info.architectures.iter().map(|a| a.as_str()).collect();
    html! {
        <dl class="type-facts">
            <div><dt>{ c.t(T::Vcpus) }</dt><dd>{ info.vcpus }</dd></div>
            <div><dt>{ c.t(T::Memory) }</dt><dd>{ format!("{} GiB", format_gib(info.memory_mib)) }</dd></div>
            <div><dt>{ c.t(T::Architecture) }</dt><dd>{ archs.join(", ") }</dd></div>
            <div><dt>{ c.t(T::InstanceStore) }</dt><dd>{ store }</dd></div>
            <div><dt>{ c.t(T::Hibernation) }</dt><dd>{ c.t(hibernation) }</dd></div>
        </dl>
    }
}

pub fn instance_type(c: &Ctx) -> Html {
    let bad = c.invalid(Field::InstanceType);
    let suggestion = c
        .checked
        .problems_of(Field::InstanceType)
        .find_map(|p| match p {
            Problem::TypeUnknown { suggestion } => *suggestion,
            _ => None,
        });
    let found = matches(&c.form.instance_type);
    let pick = |name: &'static str| {
        c.edit
            .reform(move |_| LaunchEdit::InstanceType(name.to_owned()))
    };
    html! {
        <section class="launch-section" aria-labelledby="launch-type-heading">
            <h2 id="launch-type-heading">{ c.t(T::TypeHeading) }</h2>
            <div class="field type-field">
                <label for="launch-type">{ c.t(T::TypeLabel) }</label>
                <input id="launch-type" type="search" value={c.form.instance_type.clone()} autocomplete="off"
                    spellcheck="false" aria-invalid={bad.to_string()}
                    aria-describedby={described_by(Some("launch-type-hint"), "launch-type-error", bad)}
                    oninput={c.edit.reform(|e: InputEvent| LaunchEdit::InstanceType(input_value(&e)))} />
                <span id="launch-type-hint" class="hint">{ c.t(T::TypeHint) }</span>
                { c.errors(Field::InstanceType, "launch-type-error") }
                if let Some(name) = suggestion {
                    <p class="suggestion">
                        { c.lang.t(crate::i18n::Text::DidYouMean) }{ " " }
                        <button type="button" class="link" onclick={pick(name)}><code>{ name }</code></button>
                        { if c.lang == Lang::En { "?" } else { "" } }
                    </p>
                }
            </div>
            if !found.is_empty() {
                <div class="type-matches">
                    <h3 id="launch-type-matches">{ c.t(T::TypeMatches) }</h3>
                    <ul class="plain" aria-labelledby="launch-type-matches">
                        { for found.iter().map(|t| html! {
                            <li key={t.name.clone()}>
                                <button type="button" class="link" aria-label={use_type(c.lang, &t.name)}
                                    onclick={pick(t.name.as_str())}>
                                    <code>{ &t.name }</code>
                                </button>
                                <span class="hint">{ format!(" {} vCPU · {} GiB", t.vcpus, format_gib(t.memory_mib)) }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if let Some(info) = c.checked.type_info { { type_facts(c, info) } }
            <p>
                <Link<Route> to={Route::InstanceTypes}>{ c.lang.t(crate::i18n::Text::OpenTypeExplorer) }</Link<Route>>
            </p>
        </section>
    }
}
