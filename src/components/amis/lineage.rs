use yew::prelude::*;
use yew_router::prelude::use_navigator;

use super::create_form::phase_class;
use super::state_badge;
use crate::hooks::use_lang;
use crate::i18n::{lineage_of, open_in_lab, show_image, AmiText};
use crate::route::Route;
use crate::sim::ami::ImageCategory;
use crate::sim::World;
use crate::store::{use_lab, LabAction};

#[derive(Properties, PartialEq)]
pub struct AmiLineageProps {
    pub image_id: String,
    /// Go to another AMI of the chain.
    pub on_select: Callback<String>,
}

/// The AMI lineage (issue 6, `World::image_lineage`): base AMI → modified instance → snapshots →
/// custom AMI → instances launched from it, and copies. Drawn as an ordered list of stages joined by
/// arrows; every AMI and instance is a button (keyboard-reachable) that goes to it. Instance store
/// is its own stage, marked as NOT carried into the image (ec2-facts 3.1 / 4).
#[component]
pub fn AmiLineage(props: &AmiLineageProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let Some(lineage) = world.image_lineage(&props.image_id) else {
        return html! {};
    };
    let image_node = |id: &str, region: Option<&str>| -> Html {
        let label = image_label(world, id);
        let onclick = {
            let (on_select, id) = (props.on_select.clone(), id.to_string());
            move |_| on_select.emit(id.clone())
        };
        html! {
            <button type="button" class="lineage-node" aria-label={show_image(lang.lang, id)} {onclick}>
                <span class="mono">{ id }</span>
                if let Some(region) = region { <span class="small">{ format!(" ({region})") }</span> }
                <span class="node-detail">{ label }</span>
            </button>
        }
    };
    let instance_node = |id: &str| -> Html {
        let Some(i) = world.instance(id) else {
            return html! {
                <span class="lineage-node gone">
                    <span class="mono">{ id }</span>
                    <span class="node-detail">{ lang.t(AmiText::NoLongerListed) }</span>
                </span>
            };
        };
        let phase = i.phase(world.now()).phase;
        let onclick = {
            let (store, navigator, id) = (store.clone(), navigator.clone(), id.to_string());
            move |_| {
                store.dispatch(LabAction::Select(Some(id.clone())));
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Lab);
                }
            }
        };
        html! {
            <button type="button" class="lineage-node" aria-label={open_in_lab(lang.lang, id)} {onclick}>
                <span class="mono">{ id }</span>
                if let Some(name) = i.name() { <span class="small">{ format!(" ({name})") }</span> }
                <span class="node-detail">
                    <span class={classes!("badge", phase_class(phase))}>{ phase.as_str() }</span>
                    { format!(" {}", i.instance_type) }
                </span>
            </button>
        }
    };
    let custom = lineage.category == ImageCategory::Custom;
    let made_here = lineage.source_instance_id.is_some() && lineage.copied_from.is_none();
    html! {
        <section class="ami-lineage" aria-labelledby="ami-lineage-heading">
            <h2 id="ami-lineage-heading">{ lang.t(AmiText::LineageHeading) }</h2>
            <p class="note">{ lang.t(if custom { AmiText::LineageIntro } else { AmiText::PublicLineage }) }</p>
            <ol class="lineage" aria-label={lineage_of(lang.lang, &lineage.image_id)}>
                if let Some((region, source)) = &lineage.copied_from {
                    <li class="stage">
                        <h3>{ lang.t(AmiText::StageCopiedFrom) }</h3>
                        { image_node(source, Some(region)) }
                    </li>
                }
                if made_here {
                    if let Some(base) = &lineage.base_image_id {
                        <li class="stage">
                            <h3>{ lang.t(AmiText::StageBase) }</h3>
                            { image_node(base, None) }
                        </li>
                    }
                    if let Some(source) = &lineage.source_instance_id {
                        <li class="stage">
                            <h3>{ lang.t(AmiText::StageInstance) }</h3>
                            { instance_node(source) }
                        </li>
                    }
                    <li class="stage split">
                        <div class="carried">
                            <h3>{ lang.t(AmiText::StageSnapshots) }</h3>
                            <ul class="plain">
                                { for lineage.snapshots.iter().map(|s| html! {
                                    <li class="lineage-node passive">
                                        <span class="mono">{ &s.snapshot_id }</span>
                                        <span class="node-detail">
                                            <span class="mono">{ &s.device_name }</span>
                                            { format!(" · {} GiB · ", s.volume_size) }
                                            { match s.state {
                                                Some(state) => state.as_str().to_string(),
                                                None => lang.t(AmiText::SnapshotDeleted).to_string(),
                                            } }
                                        </span>
                                    </li>
                                }) }
                            </ul>
                        </div>
                        <div class="not-carried">
                            <h3>{ lang.t(AmiText::StageInstanceStore) }</h3>
                            if lineage.instance_store_not_carried.is_empty() {
                                <p>{ lang.t(AmiText::AmiNoInstanceStore) }</p>
                            } else {
                                <ul class="plain">
                                    { for lineage.instance_store_not_carried.iter().map(|m| html! {
                                        <li class="lineage-node passive"><s class="mono">{ m }</s></li>
                                    }) }
                                </ul>
                                <p>{ lang.t(AmiText::InstanceStoreNotCarried) }</p>
                            }
                        </div>
                    </li>
                }
                <li class="stage current">
                    <h3>{ lang.t(if custom { AmiText::StageImage } else { AmiText::StageBase }) }</h3>
                    <div class="lineage-node here" aria-current="true">
                        <span class="mono">{ &lineage.image_id }</span>
                        <span class="small">{ format!(" ({})", lineage.region) }</span>
                        <span class="node-detail">{ &lineage.name }{ " " }{ state_badge(&lang, lineage.state) }</span>
                    </div>
                </li>
                <li class="stage">
                    <h3>{ lang.t(AmiText::StageLaunched) }</h3>
                    if lineage.launched_instances.is_empty() {
                        <p class="note">{ lang.t(AmiText::NoneYet) }</p>
                    } else {
                        <ul class="plain nodes">
                            { for lineage.launched_instances.iter().map(|id| html! { <li>{ instance_node(id) }</li> }) }
                        </ul>
                    }
                </li>
                if !lineage.copies.is_empty() {
                    <li class="stage">
                        <h3>{ lang.t(AmiText::StageCopies) }</h3>
                        <ul class="plain nodes">
                            { for lineage.copies.iter().map(|(region, id)| html! { <li>{ image_node(id, Some(region)) }</li> }) }
                        </ul>
                    </li>
                }
            </ol>
        </section>
    }
}

/// An AMI's name (or nothing, if the ID is unknown).
fn image_label(world: &World, id: &str) -> String {
    world
        .images()
        .find(|i| i.id == id)
        .map(|i| i.name.clone())
        .unwrap_or_default()
}
