use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::{usage_so_far, Text};
use crate::sim::instance::StopKind;
use crate::sim::LifecycleState;
use crate::store::{use_lab, LAB_REGION};

/// What is billed right now and why (ec2-facts 1.1: running instance-seconds; EBS while it exists,
/// stopped or not). Quantities only: the simulator invents no prices.
#[component]
pub fn BillingStrip() -> Html {
    let lang = use_lang();
    let Some(lab) = use_lab() else {
        return html! {};
    };
    let world = &lab.world;
    let mut lines: Vec<Html> = Vec::new();
    for i in world.instances_in(LAB_REGION) {
        let (billed, why) = match (i.state, i.stop_kind) {
            (LifecycleState::Running, _) => (true, Text::BilledRunning),
            (LifecycleState::Stopping, Some(StopKind::Hibernate)) => {
                (true, Text::BilledHibernating)
            }
            _ => (false, Text::NotBilledInstance),
        };
        if billed {
            lines.push(html! { <li key={i.id.clone()}><code>{ &i.id }</code>{ " — " }{ lang.t(why) }</li> });
        }
    }
    for v in world.volumes().filter(|v| v.region == LAB_REGION) {
        lines.push(html! {
            <li key={v.id.clone()}><code>{ &v.id }</code>{ format!(" ({} GiB) — ", v.size_gib) }{ lang.t(Text::BilledVolume) }</li>
        });
    }
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
