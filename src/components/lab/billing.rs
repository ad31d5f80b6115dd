use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{and_more, usage_so_far, Localize, Text};
use crate::sim::LifecycleState;
use crate::store::{use_lab, LAB_REGION};

/// IDs listed per billing reason before "and N more".
const IDS_SHOWN: usize = 5;

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
    // The engine decides what is billed (ec2-facts 1.1); this strip only says it in the learner's words,
    // one line per reason with the first few IDs, so a world of 500 instances stays a short list.
    let mut groups: Vec<(Text, Vec<String>)> = Vec::new();
    for line in world
        .billing_now(LAB_REGION)
        .into_iter()
        .filter(|l| l.billed)
    {
        let why = match line.kind.as_str() {
            "instance" => match world.instance(&line.resource_id).map(|i| i.state) {
                Some(LifecycleState::Stopping) => Text::BilledHibernating,
                _ => Text::BilledRunning,
            },
            "ebs-volume" => Text::BilledVolume,
            "snapshot" => Text::BilledSnapshot,
            _ => Text::BilledElasticIp,
        };
        match groups.iter_mut().find(|(w, _)| *w == why) {
            Some((_, ids)) => ids.push(line.resource_id),
            None => groups.push((why, vec![line.resource_id])),
        }
    }
    let lines = groups.iter().map(|(why, ids)| {
        let shown = ids.iter().take(IDS_SHOWN).enumerate().map(|(n, id)| {
            html! { <>{ if n > 0 { ", " } else { "" } }<code>{ id }</code></> }
        });
        let more = ids.len().saturating_sub(IDS_SHOWN);
        html! {
            <li key={why.en()}>
                { lang.t(*why) }{ ": " }{ for shown }
                if more > 0 { { and_more(lang.lang, more) } }
            </li>
        }
    });
    let totals = world.billing_totals();
    html! {
        <section class="billing" aria-labelledby="billing-heading">
            <h2 id="billing-heading">{ lang.t(Text::BillingHeading) }</h2>
            if groups.is_empty() {
                <p class="note">{ lang.t(Text::NothingBilled) }</p>
            } else {
                <ul>{ for lines }</ul>
            }
            <p class="note">{ lang.t(Text::UsageSoFar) }{ ": " }{ usage_so_far(lang.lang, totals.instance_seconds, totals.ebs_gib_hours) }</p>
        </section>
    }
}
