use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{usage_so_far, Text};
use crate::sim::LifecycleState;
use crate::store::{use_lab, LAB_REGION};

/// What is billed right now and why (ec2-facts 1.1: running instance-seconds; EBS, snapshots and
/// Elastic IPs while they exist, whatever the instance's state). Quantities only: no prices.
#[component]
pub fn BillingStrip() -> Html {
    let lang = use_lang();
    let Some(store) = use_lab() else {
        return html! {};
    };
    let lab = store.read();
    let world = &lab.world;
    // The engine decides what is billed (ec2-facts 1.1); this strip only says it in the learner's words.
    let lines: Vec<Html> = world
        .billing_now(LAB_REGION)
        .into_iter()
        .filter(|line| line.billed)
        .map(|line| {
            let why = match line.kind.as_str() {
                "instance" => match world.instance(&line.resource_id).map(|i| i.state) {
                    Some(LifecycleState::Stopping) => Text::BilledHibernating,
                    _ => Text::BilledRunning,
                },
                "ebs-volume" => Text::BilledVolume,
                "snapshot" => Text::BilledSnapshot,
                _ => Text::BilledElasticIp,
            };
            html! {
                <li key={line.resource_id.clone()}><code>{ &line.resource_id }</code>{ " — " }{ lang.t(why) }</li>
            }
        })
        .collect();
    let totals = world.billing_totals();
    html! {
        <section class="billing" aria-labelledby="billing-heading">
            <h2 id="billing-heading">{ lang.t(Text::BillingHeading) }</h2>
            if lines.is_empty() {
                <p class="note">{ lang.t(Text::NothingBilled) }</p>
            } else {
                <ul>{ for lines }</ul>
            }
            <p class="note">{ lang.t(Text::UsageSoFar) }{ ": " }{ usage_so_far(lang.lang, totals.instance_seconds, totals.ebs_gib_hours) }</p>
        </section>
    }
}
