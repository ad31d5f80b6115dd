//! The AMIs page's parts (issue 6). Each reads the store through `use_lab()` and dispatches actions.

mod catalog;
mod create_form;
mod details;
mod image_actions;
mod lineage;

pub use catalog::{AmiCatalog, AmiTab};
pub use create_form::CreateImageForm;
pub use details::AmiDetails;
pub use image_actions::ImageActions;
pub use lineage::AmiLineage;

use yew::prelude::*;

use crate::hooks::LangContext;
use crate::i18n::{AmiText, Lang};
use crate::sim::ami::{Image, ImageState};
use crate::sim::world::Owner;

/// The Korean console's word for an image state.
fn state_term(state: ImageState) -> AmiText {
    match state {
        ImageState::Pending => AmiText::AmiStatePending,
        ImageState::Available => AmiText::StateAvailable,
        ImageState::Deregistered => AmiText::StateDeregistered,
    }
}

/// An image state as a badge: the API identifier, and in Korean the console's word beside it.
pub fn state_badge(lang: &LangContext, state: ImageState) -> Html {
    let class = classes!("badge", format!("image-{}", state.as_str()));
    html! {
        <span {class}>
            { state.as_str() }
            if lang.lang == Lang::Ko { { format!(" · {}", lang.t(state_term(state))) } }
        </span>
    }
}

/// The owner as the console shows it: account ID, with the alias (or "me") beside it.
pub fn owner_text(lang: &LangContext, owner: Owner) -> String {
    match (owner, owner.alias()) {
        (Owner::SelfOwned, _) => format!("{} ({})", owner.account_id(), lang.t(AmiText::OwnerMe)),
        (_, Some(alias)) => format!("{} ({alias})", owner.account_id()),
        (_, None) => owner.account_id().to_string(),
    }
}

/// The block device mapping in the console's short form: `/dev/xvda=snap-…:8:true:gp3`.
pub fn mapping_summary(image: &Image) -> String {
    image
        .block_device_mappings
        .iter()
        .map(|m| match (&m.ebs, &m.virtual_name) {
            (Some(ebs), _) => format!(
                "{}={}:{}:{}:{}",
                m.device_name,
                ebs.snapshot_id.as_deref().unwrap_or(""),
                ebs.volume_size,
                ebs.delete_on_termination,
                ebs.volume_type.as_str()
            ),
            (None, Some(v)) => format!("{}={v}", m.device_name),
            (None, None) => m.device_name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// EC2's refusal of one of these operations, shown where the learner asked for it, with a button
/// to dismiss it.
pub fn error_alert(
    lang: &LangContext,
    store: &crate::store::LabStore,
    operations: &[&str],
    skip: impl Fn(&str) -> bool,
) -> Html {
    let lab = store.read();
    let Some(failed) = lab
        .last_error
        .as_ref()
        .filter(|f| operations.contains(&f.operation) && !skip(&f.error.code))
    else {
        return html! {};
    };
    let dismiss = {
        let store = store.clone();
        move |_| store.dispatch(crate::store::LabAction::DismissError)
    };
    html! {
        <div class="error-banner" role="alert">
            <h3>{ lang.t(crate::i18n::Text::ErrorHeading) }</h3>
            <p><code>{ failed.error.cli_text(failed.operation) }</code></p>
            if let Some(hint) = &failed.error.hint { <p>{ hint }</p> }
            <button type="button" class="secondary" onclick={dismiss}>{ lang.t(crate::i18n::Text::Dismiss) }</button>
        </div>
    }
}
