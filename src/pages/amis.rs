use yew::prelude::*;

use crate::components::amis::{
    AmiCatalog, AmiDetails, AmiLineage, AmiTab, CreateImageForm, ImageActions,
};
use crate::components::lab::ClockControls;
use crate::hooks::use_lang;
use crate::i18n::{AmiText, Text};
use crate::sim::ami::ImageCategory;
use crate::store::use_lab;

/// The AMIs page (issue 6): the catalogue by kind, CreateImage from an instance, and for the chosen
/// AMI its details, what can be done with it, and its lineage. The clock runs here too, so the
/// learner watches `pending` → `available`.
#[component]
pub fn AmisPage() -> Html {
    let lang = use_lang();
    let tab = use_state(|| AmiTab::QuickStart);
    let selected = use_state(|| None::<String>);
    let on_tab = {
        let tab = tab.clone();
        Callback::from(move |t: AmiTab| tab.set(t))
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id)))
    };
    // A new image: show it on My AMIs, with its details and lineage.
    let on_created = {
        let (tab, selected) = (tab.clone(), selected.clone());
        Callback::from(move |id: String| {
            tab.set(AmiTab::Mine);
            selected.set(Some(id));
        })
    };
    let Some(store) = use_lab() else {
        return html! { <h1>{ lang.t(Text::NavAmis) }</h1> };
    };
    // A selected image that is gone (a reset world) is forgotten.
    let selected_id = (*selected)
        .clone()
        .filter(|id| store.read().world.images().any(|i| &i.id == id));
    // Following a lineage link to an AMI of another kind shows it on its own tab.
    let on_select_in_lineage = {
        let (store, tab, selected) = (store.clone(), tab.clone(), selected.clone());
        Callback::from(move |id: String| {
            let category = store
                .read()
                .world
                .images()
                .find(|i| i.id == id)
                .map(|i| i.category);
            tab.set(match category {
                Some(ImageCategory::QuickStart) => AmiTab::QuickStart,
                Some(ImageCategory::Marketplace) => AmiTab::Marketplace,
                _ => AmiTab::Mine,
            });
            selected.set(Some(id));
        })
    };
    html! {
        <>
            <h1>{ lang.t(Text::NavAmis) }</h1>
            <p class="lead">{ lang.t(Text::AmisDescription) }</p>
            // The catalogue's columns need the full width; the chosen AMI and the forms share it below.
            <AmiCatalog tab={*tab} {on_tab} selected={selected_id.clone()} {on_select} />
            <div class="lab-grid">
                <div class="lab-main">
                    if let Some(id) = selected_id {
                        <AmiDetails image_id={id.clone()} />
                        <ImageActions image_id={id.clone()} />
                        <AmiLineage image_id={id} on_select={on_select_in_lineage} />
                    } else {
                        <p class="note">{ lang.t(AmiText::SelectPrompt) }</p>
                    }
                </div>
                <aside class="lab-side">
                    <ClockControls />
                    <CreateImageForm {on_created} />
                </aside>
            </div>
        </>
    }
}
