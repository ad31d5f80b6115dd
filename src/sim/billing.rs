//! Billing counters, without prices (ec2-facts 1.1 and 1.4):
//! - instances: per second while `running`, and while `stopping` for a hibernation, with a
//!   one-minute minimum each time the instance starts; a reboot does not start a new period;
//! - EBS: GiB-time for every volume that exists, attached or not, instance running or not;
//! - snapshots: stored data over time;
//! - Elastic IPs: time allocated (ec2-facts 1.1: still charged while the instance is stopped).
//!
//! Counters are computed from start times, so `advance` never has to tick them.

use serde::{Deserialize, Serialize};

use super::address::Address;
use super::clock::{SimTime, HOUR, MINUTE, SECOND};
use super::instance::{Instance, LifecycleState, StopKind};
use super::storage::{Snapshot, Volume};
use super::world::{Owner, World};

/// An instance's billable time.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InstanceBilling {
    /// Billable milliseconds of finished periods, each at least one minute.
    pub closed_ms: u64,
    /// Start of the period in progress (the instance is billed now).
    pub period_start: Option<SimTime>,
    /// How many billing periods have started (one per start).
    pub periods: u32,
}

impl InstanceBilling {
    pub fn start_period(&mut self, now: SimTime) {
        if self.period_start.is_none() {
            self.period_start = Some(now);
            self.periods += 1;
        }
    }

    /// ec2-facts 1.1: "a one-minute minimum each time an instance starts".
    pub fn end_period(&mut self, now: SimTime) {
        if let Some(start) = self.period_start.take() {
            self.closed_ms += now.saturating_sub(start).max(MINUTE);
        }
    }

    pub fn is_billing(&self) -> bool {
        self.period_start.is_some()
    }

    /// Billable milliseconds so far, counting the running period's minimum.
    pub fn billable_ms(&self, now: SimTime) -> u64 {
        self.closed_ms
            + self
                .period_start
                .map_or(0, |s| now.saturating_sub(s).max(MINUTE))
    }
}

/// Totals of resources that no longer exist (deleted volumes, removed instances, …).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BillingLedger {
    pub instance_ms: u64,
    pub ebs_gib_ms: u64,
    pub snapshot_mib_ms: u64,
    pub elastic_ip_ms: u64,
}

impl BillingLedger {
    pub(crate) fn close_instance(&mut self, i: &Instance, now: SimTime) {
        self.instance_ms += i.billing.billable_ms(now);
    }
    pub(crate) fn close_volume(&mut self, v: &Volume, now: SimTime) {
        self.ebs_gib_ms += volume_gib_ms(v, now);
    }
    pub(crate) fn close_snapshot(&mut self, s: &Snapshot, now: SimTime) {
        self.snapshot_mib_ms += snapshot_mib_ms(s, now);
    }
    pub(crate) fn close_address(&mut self, a: &Address, now: SimTime) {
        self.elastic_ip_ms += now.saturating_sub(a.allocated_at);
    }
}

fn volume_gib_ms(v: &Volume, now: SimTime) -> u64 {
    v.size_gib.saturating_mul(now.saturating_sub(v.create_time))
}

fn snapshot_mib_ms(s: &Snapshot, now: SimTime) -> u64 {
    s.stored_mib()
        .saturating_mul(now.saturating_sub(s.start_time))
}

/// What the account has used so far (no prices: quantities only).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BillingTotals {
    pub instance_seconds: f64,
    pub ebs_gib_hours: f64,
    pub snapshot_gib_hours: f64,
    pub elastic_ip_hours: f64,
}

/// What kind of resource is being billed right now (ec2-facts 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BilledResource {
    /// Running: billed per second.
    RunningInstance,
    /// Stopping to hibernate: billed while RAM is saved to the root volume.
    HibernatingInstance,
    /// An EBS volume, attached or not, whatever its instance's state.
    Volume,
    /// A snapshot the learner owns, for its stored data.
    Snapshot,
    /// An allocated Elastic IP address.
    ElasticIp,
}

/// One line of the billing strip: a resource billed right now and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingLine {
    pub resource_id: String,
    /// `instance`, `ebs-volume`, `snapshot`, `elastic-ip`.
    pub kind: String,
    pub billed: bool,
    pub reason: String,
}

impl World {
    /// Usage so far, for every resource that ever existed.
    pub fn billing_totals(&self) -> BillingTotals {
        let now = self.now;
        let l = &self.billing;
        let instance_ms = l.instance_ms
            + self
                .instances
                .values()
                .map(|i| i.billing.billable_ms(now))
                .sum::<u64>();
        let ebs = l.ebs_gib_ms
            + self
                .volumes
                .values()
                .map(|v| volume_gib_ms(v, now))
                .sum::<u64>();
        let snaps = l.snapshot_mib_ms
            + self
                .snapshots
                .values()
                .filter(|s| s.owner == Owner::SelfOwned)
                .map(|s| snapshot_mib_ms(s, now))
                .sum::<u64>();
        let eips = l.elastic_ip_ms
            + self
                .addresses
                .values()
                .map(|a| now.saturating_sub(a.allocated_at))
                .sum::<u64>();
        BillingTotals {
            instance_seconds: instance_ms as f64 / SECOND as f64,
            ebs_gib_hours: ebs as f64 / HOUR as f64,
            snapshot_gib_hours: snaps as f64 / 1024.0 / HOUR as f64,
            elastic_ip_hours: eips as f64 / HOUR as f64,
        }
    }

    /// Billable seconds of one instance so far (minimums included).
    pub fn instance_billable_seconds(&self, instance_id: &str) -> Option<f64> {
        self.instances
            .get(instance_id)
            .map(|i| i.billing.billable_ms(self.now) as f64 / SECOND as f64)
    }

    /// What is billed right now in a region (ec2-facts 1.1), without the reasons' wording: what the
    /// billing strip needs on every change, cheap with hundreds of resources. Instances not billed
    /// (stopped, pending, ...) are left out; every volume, self-owned snapshot and Elastic IP is billed.
    pub fn billed_resources<'a>(
        &'a self,
        region_name: &'a str,
    ) -> impl Iterator<Item = (BilledResource, &'a str)> + 'a {
        let instances = self.instances_in(region_name).filter_map(|i| {
            let kind = match (i.state, i.stop_kind) {
                (LifecycleState::Running, _) => BilledResource::RunningInstance,
                (LifecycleState::Stopping, Some(StopKind::Hibernate)) => {
                    BilledResource::HibernatingInstance
                }
                _ => return None,
            };
            Some((kind, i.id.as_str()))
        });
        let volumes = self
            .volumes
            .values()
            .filter(move |v| v.region == region_name)
            .map(|v| (BilledResource::Volume, v.id.as_str()));
        let snapshots = self
            .snapshots
            .values()
            .filter(move |s| s.region == region_name && s.owner == Owner::SelfOwned)
            .map(|s| (BilledResource::Snapshot, s.id.as_str()));
        let addresses = self
            .addresses
            .values()
            .filter(move |a| a.region == region_name)
            .map(|a| (BilledResource::ElasticIp, a.allocation_id.as_str()));
        instances.chain(volumes).chain(snapshots).chain(addresses)
    }

    /// What is billed right now in a region, and why (ec2-facts 1.1): one line per resource, for the
    /// CLI and for reading; the billing strip uses [`World::billed_resources`].
    pub fn billing_now(&self, region_name: &str) -> Vec<BillingLine> {
        let mut lines = Vec::new();
        for i in self.instances_in(region_name) {
            let (billed, reason) = match (i.state, i.stop_kind) {
                (LifecycleState::Running, _) => (
                    true,
                    "running: billed per second, one-minute minimum per start; a reboot does not start a new period".to_string(),
                ),
                (LifecycleState::Stopping, Some(StopKind::Hibernate)) => (
                    true,
                    "stopping to hibernate: billed while RAM is saved to the root volume".to_string(),
                ),
                (state, _) => (
                    false,
                    format!("{}: instance usage not billed (its EBS volumes are)", state.as_str()),
                ),
            };
            lines.push(BillingLine {
                resource_id: i.id.clone(),
                kind: "instance".to_string(),
                billed,
                reason,
            });
        }
        for v in self.volumes.values().filter(|v| v.region == region_name) {
            let attached = match &v.attachment {
                Some(a) => match self.instances.get(&a.instance_id) {
                    Some(i) => format!("attached to {} ({})", i.id, i.state.as_str()),
                    None => format!("attached to {}", a.instance_id),
                },
                None => "not attached".to_string(),
            };
            lines.push(BillingLine {
                resource_id: v.id.clone(),
                kind: "ebs-volume".to_string(),
                billed: true,
                reason: format!(
                    "{} GiB {}, {attached}: EBS is billed per GiB-month while the volume exists",
                    v.size_gib,
                    v.volume_type.as_str()
                ),
            });
        }
        for s in self
            .snapshots
            .values()
            .filter(|s| s.region == region_name && s.owner == Owner::SelfOwned)
        {
            lines.push(BillingLine {
                resource_id: s.id.clone(),
                kind: "snapshot".to_string(),
                billed: true,
                reason: format!(
                    "{} MiB stored: snapshots are billed for stored data until deleted",
                    s.stored_mib()
                ),
            });
        }
        for a in self.addresses.values().filter(|a| a.region == region_name) {
            let why = match &a.association {
                Some(x) => format!("associated with {}", x.instance_id),
                None => "not associated".to_string(),
            };
            lines.push(BillingLine {
                resource_id: a.allocation_id.clone(),
                kind: "elastic-ip".to_string(),
                billed: true,
                reason: format!("{} {why}: an allocated Elastic IP is charged, also while the instance is stopped", a.public_ip),
            });
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_1_1_one_minute_minimum_per_start() {
        let mut b = InstanceBilling::default();
        b.start_period(0);
        assert_eq!(b.billable_ms(10 * SECOND), MINUTE);
        b.end_period(10 * SECOND);
        assert_eq!(b.closed_ms, MINUTE);
        b.start_period(100 * SECOND);
        b.end_period(250 * SECOND);
        assert_eq!(b.closed_ms, MINUTE + 150 * SECOND);
        assert_eq!(b.periods, 2);
        // Ending twice does not bill twice.
        b.end_period(400 * SECOND);
        assert_eq!(b.closed_ms, MINUTE + 150 * SECOND);
    }
}
