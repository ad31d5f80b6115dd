use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{and_more, usage_so_far, Localize, Text};
use crate::sim::billing::BilledResource;
use crate::store::{use_lab, LAB_REGION};

/// IDs listed per billing reason before "and N more".
const IDS_SHOWN: usize = 5;

/// One reason for billing: the first IDs billed for it, and how many there are in all.
struct BillingLine {
    why: Text,
    shown: Vec<String>,
    count: usize,
}

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
    // Recomputed only when the world changes (an event or the clock), not when the selection does,
    // and keeps only the IDs it shows (a click with 500 instances used to copy and free 1,000).
    let revision = (world.event_log().next_seq(), world.now());
    let groups = use_memo(revision, |_| {
        let mut groups: Vec<BillingLine> = Vec::new();
        for (resource, id) in world.billed_resources(LAB_REGION) {
            let why = match resource {
                BilledResource::RunningInstance => Text::BilledRunning,
                BilledResource::HibernatingInstance => Text::BilledHibernating,
                BilledResource::Volume => Text::BilledVolume,
                BilledResource::Snapshot => Text::BilledSnapshot,
                BilledResource::ElasticIp => Text::BilledElasticIp,
            };
            let line = match groups.iter_mut().find(|line| line.why == why) {
                Some(line) => line,
                None => {
                    groups.push(BillingLine {
                        why,
                        shown: Vec::new(),
                        count: 0,
                    });
                    groups.last_mut().expect("just pushed")
                }
            };
            if line.shown.len() < IDS_SHOWN {
                line.shown.push(id.to_string());
            }
            line.count += 1;
        }
        groups
    });
    let lines = groups.iter().map(|line| {
        let shown = line.shown.iter().enumerate().map(|(n, id)| {
            html! { <>{ if n > 0 { ", " } else { "" } }<code>{ id }</code></> }
        });
        let more = line.count - line.shown.len();
        html! {
            <li key={line.why.en()}>
                { lang.t(line.why) }{ ": " }{ for shown }
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
