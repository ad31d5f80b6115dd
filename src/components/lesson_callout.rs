use yew::prelude::*;

use super::lesson_text::rich_text;
use crate::content::lessons::Tone;
use crate::hooks::use_lang;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct LessonCalloutProps {
    pub tone: Tone,
    #[prop_or_default]
    pub title: Option<&'static str>,
    pub text: &'static str,
}

/// The label naming a callout's tone in words, so colour is never the only signal.
pub fn tone_label(tone: Tone) -> Text {
    match tone {
        Tone::Note => Text::CalloutNote,
        Tone::Tip => Text::CalloutTip,
        Tone::Trap => Text::CalloutTrap,
        Tone::Simplified => Text::CalloutSimplified,
        Tone::Unverified => Text::CalloutUnverified,
    }
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Note => "callout-note",
        Tone::Tip => "callout-tip",
        Tone::Trap => "callout-trap",
        Tone::Simplified => "callout-simplified",
        Tone::Unverified => "callout-unverified",
    }
}

/// A decorative mark beside the label (hidden from screen readers: the label says it in words).
fn tone_icon(tone: Tone) -> &'static str {
    match tone {
        Tone::Note => "i",
        Tone::Tip => "+",
        Tone::Trap => "!",
        Tone::Simplified => "≈",
        Tone::Unverified => "?",
    }
}

/// A boxed note set apart from the lesson's text, labelled with its tone ("Trap", "Unverified"...).
#[component]
pub fn LessonCallout(props: &LessonCalloutProps) -> Html {
    let lang = use_lang();
    html! {
        <div class={classes!("callout", tone_class(props.tone))} role="note">
            <p class="callout-label">
                <span class="callout-icon" aria-hidden="true">{ tone_icon(props.tone) }</span>
                { lang.t(tone_label(props.tone)) }
            </p>
            if let Some(title) = props.title {
                <p class="callout-title">{ rich_text(title) }</p>
            }
            <p>{ rich_text(props.text) }</p>
        </div>
    }
}
