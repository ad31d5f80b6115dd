use yew::prelude::*;

use crate::components::form_events::select_value;
use crate::hooks::{use_lang, use_theme, Theme};
use crate::i18n::SettingsText;

/// Light, dark, or the system's: a labelled select in the header.
#[component]
pub fn ThemeSwitch() -> Html {
    let lang = use_lang();
    let ctx = use_theme();
    let onchange = {
        let set = ctx.set.clone();
        move |e: Event| {
            if let Some(theme) = Theme::from_code(&select_value(&e)) {
                set.emit(theme);
            }
        }
    };
    html! {
        <div class="theme-switch">
            <label for="theme-switch">{ lang.t(SettingsText::ThemeLabel) }</label>
            <select id="theme-switch" {onchange}>
                { for Theme::ALL.into_iter().map(|theme| html! {
                    <option value={theme.code()} selected={theme == ctx.theme}>{ lang.t(theme.label()) }</option>
                }) }
            </select>
        </div>
    }
}
