use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::storage::connect_to;
use crate::i18n::StorageText;
use crate::sim::LifecycleState;
use crate::store::storage::StorageAction;
use crate::store::{use_lab, LabAction};

#[derive(Properties, PartialEq)]
pub struct ConnectButtonProps {
    pub instance_id: AttrValue,
}

/// Opens the instance shell on a running instance (like the console's Connect → SSH).
#[component]
pub fn ConnectButton(props: &ConnectButtonProps) -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let running = store
        .read()
        .world
        .instance(&props.instance_id)
        .is_some_and(|i| i.state == LifecycleState::Running);
    let onclick = {
        let (store, id) = (store.clone(), props.instance_id.to_string());
        move |_| store.dispatch(LabAction::Storage(StorageAction::Connect(id.clone())))
    };
    html! {
        <button type="button" class="secondary" disabled={!running} {onclick}
            aria-label={connect_to(lang.lang, &props.instance_id)}>
            { lang.t(StorageText::Connect) }
        </button>
    }
}

/// Lets AWS retire a running instance now (ec2-facts 1.2), so the survival matrix shows what a
/// retirement keeps: a stop for EBS-backed instances, a terminate for instance-store-backed ones.
#[component]
pub fn RetireButton(props: &ConnectButtonProps) -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let running = store
        .read()
        .world
        .instance(&props.instance_id)
        .is_some_and(|i| i.state == LifecycleState::Running);
    let onclick = {
        let (store, id) = (store.clone(), props.instance_id.to_string());
        move |_| store.dispatch(LabAction::Storage(StorageAction::Retire(id.clone())))
    };
    html! {
        <button type="button" class="secondary" disabled={!running} {onclick}
            title={lang.t(StorageText::RetireHint)}>
            { lang.t(StorageText::Retire) }
        </button>
    }
}
