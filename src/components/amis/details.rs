use yew::prelude::*;

use super::{owner_text, state_badge};
use crate::components::ScrollRegion;
use crate::hooks::use_lang;
use crate::i18n::AmiText;
use crate::sim::ami::ImageState;
use crate::sim::clock::gmt;
use crate::store::use_lab;

#[derive(Properties, PartialEq)]
pub struct AmiDetailsProps {
    pub image_id: String,
}

/// One AMI as DescribeImages tells it: its facts, and its block device mapping with the state of
/// each snapshot behind it (ec2-facts 4: an EBS-backed AMI is snapshots plus a mapping).
#[component]
pub fn AmiDetails(props: &AmiDetailsProps) -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    let Some(image) = world.images().find(|i| i.id == props.image_id) else {
        return html! {};
    };
    let yes_no = |b: bool| lang.t(if b { AmiText::AmiYes } else { AmiText::AmiNo });
    let row = |term: AmiText, value: Html| {
        html! { <div><dt>{ lang.t(term) }</dt><dd>{ value }</dd></div> }
    };
    html! {
        <section class="ami-details" aria-labelledby="ami-details-heading">
            <h2 id="ami-details-heading">{ lang.t(AmiText::AmiDetailsHeading) }{ ": " }<span class="mono">{ &image.id }</span></h2>
            <dl class="facts">
                { row(AmiText::ColAmiName, html! { &image.name }) }
                { row(AmiText::ColState, state_badge(&lang, image.state)) }
                { row(AmiText::Description, html! { &image.description }) }
                { row(AmiText::ColOwner, html! { owner_text(&lang, image.owner) }) }
                { row(AmiText::ColRegion, html! { &image.region }) }
                { row(AmiText::ColArchitecture, html! { &image.architecture }) }
                { row(AmiText::ColRootDevice, html! { image.root_device_type.as_str() }) }
                { row(AmiText::RootDeviceName, html! { <span class="mono">{ &image.root_device_name }</span> }) }
                { row(AmiText::ColCreated, html! { gmt(image.creation_date) }) }
                { row(AmiText::Platform, html! { &image.platform_details }) }
                { row(AmiText::Location, html! { <span class="mono">{ &image.image_location }</span> }) }
                if !image.product_codes.is_empty() {
                    { row(AmiText::ProductCodes, html! { <span class="mono">{ image.product_codes.join(", ") }</span> }) }
                }
                if let Some(source) = &image.source_instance_id {
                    { row(AmiText::SourceInstance, html! { <span class="mono">{ source }</span> }) }
                }
                if let Some((region, source)) = &image.copied_from {
                    { row(AmiText::StageCopiedFrom, html! { <span class="mono">{ format!("{source} ({region})") }</span> }) }
                }
            </dl>
            if image.state == ImageState::Pending {
                <p class="note" role="status">{ lang.t(AmiText::PendingNote) }</p>
            }
            if image.no_reboot {
                <p class="warning">{ lang.t(AmiText::NoRebootImage) }</p>
            }
            <h3>{ lang.t(AmiText::BdmHeading) }</h3>
            <ScrollRegion name={lang.t(AmiText::BdmHeading)}>
                <table class="ami-mapping">
                    <caption class="sr-only">{ lang.t(AmiText::BdmHeading) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.t(AmiText::ColDevice) }</th>
                        <th scope="col">{ lang.t(AmiText::ColSnapshot) }</th>
                        <th scope="col">{ lang.t(AmiText::ColSnapshotState) }</th>
                        <th scope="col">{ lang.t(AmiText::ColSize) }</th>
                        <th scope="col">{ lang.t(AmiText::ColVolumeType) }</th>
                        <th scope="col">{ lang.t(AmiText::ColDeleteOnTermination) }</th>
                    </tr></thead>
                    <tbody>
                        { for image.block_device_mappings.iter().map(|m| match (&m.ebs, &m.virtual_name) {
                            (Some(ebs), _) => {
                                let snapshot = ebs.snapshot_id.as_deref().unwrap_or("");
                                let state = world.snapshots().find(|s| s.id == snapshot).map(|s| s.state);
                                html! {
                                    <tr>
                                        <th scope="row" class="mono">{ &m.device_name }</th>
                                        <td class="mono">{ snapshot }</td>
                                        <td>{ match state {
                                            Some(s) => s.as_str().to_string(),
                                            None => lang.t(AmiText::SnapshotDeleted).to_string(),
                                        } }</td>
                                        <td>{ ebs.volume_size }</td>
                                        <td>{ ebs.volume_type.as_str() }</td>
                                        <td>{ yes_no(ebs.delete_on_termination) }</td>
                                    </tr>
                                }
                            }
                            (None, virtual_name) => html! {
                                <tr class="instance-store-row">
                                    <th scope="row" class="mono">{ &m.device_name }</th>
                                    <td class="mono">{ virtual_name.clone().unwrap_or_default() }</td>
                                    <td colspan="4">{ lang.t(AmiText::InstanceStoreNoData) }</td>
                                </tr>
                            },
                        }) }
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}
