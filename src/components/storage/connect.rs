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
    html! {
        <WhileRunningButton instance_id={props.instance_id.clone()} action={ForRunning::Connect}
            label={lang.t(StorageText::Connect)} aria_label={connect_to(lang.lang, &props.instance_id)} />
    }
}

/// Lets AWS retire a running instance now (ec2-facts 1.2), so the survival matrix shows what a
/// retirement keeps: a stop for EBS-backed instances, a terminate for instance-store-backed ones.
#[component]
pub fn RetireButton(props: &ConnectButtonProps) -> Html {
    let lang = use_lang();
    html! {
        <WhileRunningButton instance_id={props.instance_id.clone()} action={ForRunning::Retire}
            label={lang.t(StorageText::Retire)} title={lang.t(StorageText::RetireHint)} />
    }
}

/// What a button offered only on a running instance does.
#[derive(Clone, Copy, PartialEq)]
enum ForRunning {
    Connect,
    Retire,
}

impl ForRunning {
    fn action(self, instance_id: String) -> StorageAction {
        match self {
            ForRunning::Connect => StorageAction::Connect(instance_id),
            ForRunning::Retire => StorageAction::Retire(instance_id),
        }
    }
}

#[derive(Properties, PartialEq)]
struct WhileRunningButtonProps {
    instance_id: AttrValue,
    action: ForRunning,
    label: AttrValue,
    #[prop_or_default]
    aria_label: Option<AttrValue>,
    #[prop_or_default]
    title: Option<AttrValue>,
}

/// A button for an instance that is enabled only while the instance is running.
#[component]
fn WhileRunningButton(props: &WhileRunningButtonProps) -> Html {
    let Some(store) = use_lab() else {
        return html! {};
    };
    let running = store
        .read()
        .world
        .instance(&props.instance_id)
        .is_some_and(|i| i.state == LifecycleState::Running);
    let onclick = {
        let (store, id, action) = (store.clone(), props.instance_id.to_string(), props.action);
        move |_| store.dispatch(LabAction::Storage(action.action(id.clone())))
    };
    html! {
        <button type="button" class="secondary" disabled={!running} {onclick}
            aria-label={props.aria_label.clone()} title={props.title.clone()}>
            { props.label.clone() }
        </button>
    }
}
