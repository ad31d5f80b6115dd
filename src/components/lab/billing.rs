use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{and_more, usage_so_far, Localize, Text};
use crate::sim::billing::BilledResource;
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
    // Recomputed only when the world changes (an event or the clock), not when the selection does.
    let revision = (world.event_log().next_seq(), world.now());
    let groups = use_memo(revision, |_| {
        let mut groups: Vec<(Text, Vec<String>)> = Vec::new();
        for (resource, id) in world.billed_resources(LAB_REGION) {
            let why = match resource {
                BilledResource::RunningInstance => Text::BilledRunning,
                BilledResource::HibernatingInstance => Text::BilledHibernating,
                BilledResource::Volume => Text::BilledVolume,
                BilledResource::Snapshot => Text::BilledSnapshot,
                BilledResource::ElasticIp => Text::BilledElasticIp,
            };
            match groups.iter_mut().find(|(w, _)| *w == why) {
                Some((_, ids)) => ids.push(id.to_string()),
                None => groups.push((why, vec![id.to_string()])),
            }
        }
        groups
    });
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
