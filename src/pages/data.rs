//! Your data (issue 8): export everything to a file, import it back after a preview of what it
//! replaces, or reset with confirmation. The checks live in `store::backup`; this page only reads and
//! writes storage, then reloads so every part of the app starts from what was written.

use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::hooks::use_lang;
use crate::i18n::{import_error, SettingsText as T, Text};
use crate::quiz::persist::check_saved_quiz;
use crate::sim::World;
use crate::store::backup::{
    check_import, export, ImportError, ImportPreview, WorldSummary, LANG_KEY, QUIZ_KEY, SAVED_KEYS,
    THEME_KEY,
};
use crate::store::persist::{fresh_world, WORLD_BACKUP_KEY, WORLD_KEY};
use crate::store::{use_lab, LabAction};

/// What storage holds now, with the world as the Lab has it this moment (its save may be pending).
fn stored_now(world_json: String) -> BTreeMap<String, String> {
    let mut stored: BTreeMap<String, String> = crate::sorting::map_of(
        SAVED_KEYS
            .iter()
            .filter_map(|&k| browser::load_setting(k).map(|v| (k.to_owned(), v))),
    );
    stored.insert(WORLD_KEY.to_owned(), world_json);
    stored
}

#[derive(Clone, PartialEq)]
enum ImportStep {
    Idle,
    Refused(ImportError),
    Preview(Box<ImportPreview>),
}

#[component]
pub fn DataPage() -> Html {
    let lang = use_lang();
    let import = use_state(|| ImportStep::Idle);
    let confirming_reset = use_state(|| false);
    let file_input = use_node_ref();
    let Some(store) = use_lab() else {
        return html! { <h1>{ lang.t(Text::DataTitle) }</h1> };
    };
    let now = WorldSummary::of(&store.read().world);

    let on_export = {
        let store = store.clone();
        move |_| {
            let world_json = store.read().world.to_json();
            let stamp = browser::now_iso();
            let day = stamp.get(..10).unwrap_or("export").to_owned();
            browser::download_text(
                &format!("ec2-lab-{day}.json"),
                &export(&stored_now(world_json), &stamp),
            );
        }
    };
    let on_file = {
        let (import, file_input) = (import.clone(), file_input.clone());
        move |_: Event| {
            let Some(input) = file_input.cast::<HtmlInputElement>() else {
                return;
            };
            let import = import.clone();
            yew::platform::spawn_local(async move {
                let step = match browser::read_chosen_file(&input).await {
                    Some(text) => match check_import(&text, check_saved_quiz) {
                        Ok(preview) => ImportStep::Preview(Box::new(preview)),
                        Err(error) => ImportStep::Refused(error),
                    },
                    None => ImportStep::Idle,
                };
                import.set(step);
            });
        }
    };
    let on_cancel_import = {
        let (import, file_input) = (import.clone(), file_input.clone());
        move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
            import.set(ImportStep::Idle);
        }
    };
    let on_confirm_import = {
        let (store, import) = (store.clone(), import.clone());
        move |_| {
            let ImportStep::Preview(preview) = &*import else {
                return;
            };
            // The file replaces everything: what it does not hold goes back to its default.
            for key in SAVED_KEYS {
                match preview.items.get(key) {
                    Some(text) => {
                        browser::save_setting(key, text);
                    }
                    None => browser::remove_setting(key),
                }
            }
            // The Lab's own copy too, so a save still pending writes the imported world, not the old one.
            let world = preview
                .items
                .get(WORLD_KEY)
                .and_then(|text| World::from_json(text).ok())
                .unwrap_or_else(fresh_world);
            store.dispatch(LabAction::ReplaceWorld(Box::new(world)));
            browser::reload_page();
        }
    };
    let on_reset = {
        let confirming_reset = confirming_reset.clone();
        move |_| confirming_reset.set(true)
    };
    let on_cancel_reset = {
        let confirming_reset = confirming_reset.clone();
        move |_| confirming_reset.set(false)
    };
    let on_confirm_reset = {
        let store = store.clone();
        move |_| {
            for key in SAVED_KEYS {
                browser::remove_setting(key);
            }
            browser::remove_setting(WORLD_BACKUP_KEY);
            browser::remove_setting(crate::quiz::persist::QUIZ_BACKUP_KEY);
            store.dispatch(LabAction::Reset);
            browser::reload_page();
        }
    };

    let saved_or_none = |present: bool| lang.t(if present { T::Present } else { T::Absent });
    let preview = match &*import {
        ImportStep::Idle => html! {},
        ImportStep::Refused(error) => html! {
            <div class="notice" role="alert">
                <p><strong>{ lang.t(T::ImportRefused) }</strong></p>
                <p>{ import_error(lang.lang, error) }</p>
            </div>
        },
        ImportStep::Preview(p) => {
            let file = p.world.unwrap_or_default();
            let count_row = |label: T, now: usize, in_file: usize| {
                html! {
                    <tr><th scope="row">{ lang.t(label) }</th><td>{ now }</td><td>{ in_file }</td></tr>
                }
            };
            let setting_now = |key: &str| browser::load_setting(key).unwrap_or_else(|| "–".into());
            html! {
                <section class="import-preview" aria-labelledby="import-preview-heading">
                    <h3 id="import-preview-heading">{ lang.t(T::ImportPreviewHeading) }</h3>
                    <p><time>{ &p.exported_at }</time></p>
                    <div class="table-scroll">
                        <table aria-labelledby="import-preview-heading">
                            <thead><tr>
                                <th scope="col">{ lang.t(T::DataColumnWhat) }</th>
                                <th scope="col">{ lang.t(T::ColumnNow) }</th>
                                <th scope="col">{ lang.t(T::ColumnInFile) }</th>
                            </tr></thead>
                            <tbody>
                                { count_row(T::RowInstances, now.instances, file.instances) }
                                { count_row(T::RowVolumes, now.volumes, file.volumes) }
                                { count_row(T::RowSnapshots, now.snapshots, file.snapshots) }
                                { count_row(T::RowMyAmis, now.my_amis, file.my_amis) }
                                <tr><th scope="row">{ lang.t(T::RowQuiz) }</th>
                                    <td>{ saved_or_none(browser::load_setting(QUIZ_KEY).is_some()) }</td>
                                    <td>{ saved_or_none(p.has_quiz) }</td></tr>
                                <tr><th scope="row">{ lang.t(T::RowLanguage) }</th>
                                    <td>{ setting_now(LANG_KEY) }</td><td>{ p.lang.clone().unwrap_or_else(|| "–".into()) }</td></tr>
                                <tr><th scope="row">{ lang.t(T::RowTheme) }</th>
                                    <td>{ setting_now(THEME_KEY) }</td><td>{ p.theme.clone().unwrap_or_else(|| "–".into()) }</td></tr>
                            </tbody>
                        </table>
                    </div>
                    <div class="toolbar">
                        <button type="button" class="button" onclick={on_confirm_import}>{ lang.t(T::ImportConfirm) }</button>
                        <button type="button" class="secondary" onclick={on_cancel_import}>{ lang.t(T::Cancel) }</button>
                    </div>
                </section>
            }
        }
    };

    html! {
        <>
            <h1>{ lang.t(Text::DataTitle) }</h1>
            <p class="lead">{ lang.t(T::DataIntro) }</p>
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{ lang.t(T::ExportHeading) }</h2>
                <p>{ lang.t(T::ExportIntro) }</p>
                <button type="button" class="button" onclick={on_export}>{ lang.t(T::ExportButton) }</button>
            </section>
            <section aria-labelledby="import-heading">
                <h2 id="import-heading">{ lang.t(T::ImportHeading) }</h2>
                <p>{ lang.t(T::ImportIntro) }</p>
                <p class="import-file">
                    <label for="import-file">{ lang.t(T::ImportFileLabel) }</label>
                    <input id="import-file" type="file" accept="application/json,.json" ref={file_input} onchange={on_file} />
                </p>
                { preview }
            </section>
            <section aria-labelledby="reset-heading">
                <h2 id="reset-heading">{ lang.t(T::ResetHeading) }</h2>
                <p>{ lang.t(T::ResetIntro) }</p>
                if *confirming_reset {
                    <div class="notice" role="alertdialog" aria-labelledby="reset-question">
                        <p id="reset-question"><strong>{ lang.t(T::ResetConfirmQuestion) }</strong></p>
                        <div class="toolbar">
                            <button type="button" class="button danger" onclick={on_confirm_reset}>{ lang.t(T::ResetConfirm) }</button>
                            <button type="button" class="secondary" onclick={on_cancel_reset}>{ lang.t(T::Cancel) }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="secondary" onclick={on_reset}>{ lang.t(T::ResetButton) }</button>
                }
            </section>
        </>
    }
}
