//! The launch wizard (issue 5): one screen of sections like the console's Launch instances page,
//! with the summary beside it. The form lives here; what it means comes from `crate::launch`.

mod basics;
mod options;
mod storage;
mod summary;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{problem_text, Lang, LaunchText};
use crate::launch::{check, image_choices, Checked, Field, LaunchEdit, LaunchForm};
use crate::route::Route;
use crate::sim::ami::public_image_id;
use crate::store::{use_lab, LabAction, DEFAULT_IMAGE_KEY, LAB_REGION};

/// The form as Yew holds it.
#[derive(Clone, PartialEq)]
struct FormState(LaunchForm);

impl Reducible for FormState {
    type Action = LaunchEdit;

    fn reduce(self: Rc<Self>, edit: LaunchEdit) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(edit);
        Rc::new(FormState(form))
    }
}

/// What every section needs to render.
pub(crate) struct Ctx<'a> {
    pub lang: Lang,
    pub form: &'a LaunchForm,
    pub checked: &'a Checked,
    pub images: &'a [crate::launch::ImageChoice],
    pub edit: Callback<LaunchEdit>,
}

impl Ctx<'_> {
    pub fn t(&self, text: LaunchText) -> &'static str {
        self.lang.t(text)
    }

    pub fn invalid(&self, field: Field) -> bool {
        self.checked.problems_of(field).next().is_some()
    }

    /// The messages next to a field, with the id its input points at (`aria-describedby`).
    pub fn errors(&self, field: Field, id: &str) -> Html {
        let messages: Vec<String> = self
            .checked
            .problems_of(field)
            .map(|p| problem_text(self.lang, p, self.form.instance_type.trim()))
            .collect();
        if messages.is_empty() {
            return html! {};
        }
        html! {
            <div id={id.to_owned()}>
                { for messages.into_iter().map(|m| html! { <p class="field-error">{ m }</p> }) }
            </div>
        }
    }
}

/// `aria-describedby` for an input: its hint, and its errors when there are any.
pub(crate) fn described_by(hint: Option<&str>, error_id: &str, invalid: bool) -> Option<AttrValue> {
    let ids: Vec<&str> = hint
        .into_iter()
        .chain(invalid.then_some(error_id))
        .collect();
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}

#[derive(Properties, PartialEq, Default)]
pub struct LaunchWizardProps {
    /// A filled-in form to start from (rendering tests); None: the console's defaults.
    #[prop_or_default]
    pub initial: Option<LaunchForm>,
}

#[component]
pub fn LaunchWizard(props: &LaunchWizardProps) -> Html {
    let lang = use_lang();
    let store = use_lab();
    let navigator = use_navigator();
    let default_image = store.as_ref().and_then(|s| {
        let lab = s.read();
        let images = image_choices(&lab.world, LAB_REGION);
        let id = public_image_id(LAB_REGION, DEFAULT_IMAGE_KEY)?;
        images.into_iter().find(|i| i.id == id)
    });
    let initial = props.initial.clone();
    let form = use_reducer(move || {
        FormState(initial.unwrap_or_else(|| LaunchForm::new(default_image.as_ref())))
    });
    // The launch this page is waiting for: the store's launch count when Launch was pressed.
    let awaiting = use_state(|| None::<u64>);
    {
        let (store, awaiting) = (store.clone(), awaiting.clone());
        let version = store.as_ref().map(|s| s.version());
        use_effect_with(version, move |_| {
            let Some(store) = store else { return };
            let Some(before) = *awaiting else { return };
            let succeeded = store
                .read()
                .launch_outcome
                .as_ref()
                .is_some_and(|o| o.seq > before && o.result.is_ok());
            if succeeded {
                if let Some(navigator) = navigator {
                    navigator.push(&Route::Lab);
                }
            }
        });
    }
    let Some(store) = store else {
        return html! {};
    };
    let lab = store.read();
    let images = image_choices(&lab.world, LAB_REGION);
    let checked = check(&form.0, &images, LAB_REGION);
    let refused = awaiting.and_then(|before| {
        lab.launch_outcome
            .as_ref()
            .filter(|o| o.seq > before)
            .and_then(|o| o.result.clone().err())
    });
    let launch_count = lab.launch_outcome.as_ref().map_or(0, |o| o.seq);
    drop(lab);

    let edit = {
        let form = form.dispatcher();
        Callback::from(move |e: LaunchEdit| form.dispatch(e))
    };
    let on_launch = {
        let (store, awaiting) = (store.clone(), awaiting.clone());
        let request = checked.request.clone();
        Callback::from(move |_| {
            if let Some(request) = &request {
                awaiting.set(Some(launch_count));
                store.dispatch(LabAction::Launch(Box::new(request.clone())));
            }
        })
    };
    let ctx = Ctx {
        lang: lang.lang,
        form: &form.0,
        checked: &checked,
        images: &images,
        edit,
    };
    html! {
        <div class="launch-layout">
            <form class="launch-form" novalidate=true onsubmit={|e: SubmitEvent| e.prevent_default()}
                aria-label={lang.t(LaunchText::Title)}>
                { basics::name_and_tags(&ctx) }
                { basics::ami(&ctx) }
                { basics::instance_type(&ctx) }
                { storage::storage(&ctx) }
                { options::advanced(&ctx) }
                { options::count_and_az(&ctx) }
            </form>
            { summary::summary(&ctx, on_launch, refused) }
        </div>
    }
}
