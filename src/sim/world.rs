//! The world: every region's instances, volumes, snapshots, AMIs and Elastic IPs, the event log,
//! the billing ledger, the virtual clock and the seeded PRNG. Same seed + same actions ⇒ same IDs,
//! IPs, timings and serialized bytes.
//!
//! The rules are split by subject: `lifecycle.rs` (instance states), `launch.rs` (RunInstances),
//! `storage.rs` (EBS), `ami.rs` (images), `address.rs` (Elastic IPs), `billing.rs`,
//! `survival.rs`, `guest.rs` (the OS inside an instance). This file holds the shared machinery:
//! lookups, ID and IP generation, logging and `advance`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::address::Address;
use super::ami::Image;
use super::billing::BillingLedger;
use super::clock::{SimTime, Span, Timings, MAX_SIM_TIME, MAX_TRANSITION_MS};
use super::error::{self, ApiResult};
use super::events::{Event, EventKind, EventLog, EventMessage};
use super::ids::{ipv4, Rng};
use super::instance::{Instance, LifecycleState, PhaseView};
use super::region::{region, REGIONS};
use super::storage::{Snapshot, Volume};

/// EC2 IDs are a prefix and 8 (old style) or 17 hex digits; anything else is "Malformed".
pub(crate) fn well_formed_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17) && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}

/// Bumped whenever the serialized shape changes incompatibly; `World::from_json` refuses others.
pub const SCHEMA_VERSION: u32 = 1;

/// The learner's (fictional) AWS account.
pub const ACCOUNT_ID: &str = "123456789012";

/// Who owns an AMI or snapshot (ec2-facts 4: AWS-provided, Marketplace, your own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    /// The learner's own account ("Owned by me").
    SelfOwned,
    /// Amazon (Amazon Linux): owner alias `amazon`.
    Amazon,
    /// Canonical (Ubuntu), a verified provider in the Quick Start list.
    Canonical,
    /// An AWS Marketplace seller: alias `aws-marketplace`.
    Marketplace,
}

impl Owner {
    pub fn account_id(self) -> &'static str {
        match self {
            Owner::SelfOwned => ACCOUNT_ID,
            Owner::Amazon => "137112412989",
            Owner::Canonical => "099720109477",
            Owner::Marketplace => "679593333241",
        }
    }

    /// `ImageOwnerAlias` in DescribeImages (absent for your own images and for Canonical).
    pub fn alias(self) -> Option<&'static str> {
        match self {
            Owner::Amazon => Some("amazon"),
            Owner::Marketplace => Some("aws-marketplace"),
            Owner::SelfOwned | Owner::Canonical => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct World {
    pub schema_version: u32,
    pub seed: u64,
    pub timings: Timings,
    pub(crate) rng: Rng,
    pub(crate) now: SimTime,
    pub(crate) instances: BTreeMap<String, Instance>,
    pub(crate) volumes: BTreeMap<String, Volume>,
    pub(crate) snapshots: BTreeMap<String, Snapshot>,
    pub(crate) images: BTreeMap<String, Image>,
    pub(crate) addresses: BTreeMap<String, Address>,
    pub(crate) events: EventLog,
    pub(crate) billing: BillingLedger,
}

impl World {
    /// A fresh world: the AWS-provided and Marketplace AMIs in every region, nothing else.
    pub fn new(seed: u64) -> World {
        World::with_timings(seed, Timings::default())
    }

    pub fn with_timings(seed: u64, timings: Timings) -> World {
        let mut world = World {
            schema_version: SCHEMA_VERSION,
            seed,
            timings,
            rng: Rng::new(seed),
            now: 0,
            instances: BTreeMap::new(),
            volumes: BTreeMap::new(),
            snapshots: BTreeMap::new(),
            images: BTreeMap::new(),
            addresses: BTreeMap::new(),
            events: EventLog::default(),
            billing: BillingLedger::default(),
        };
        for r in REGIONS {
            super::ami::install_public_images(&mut world, r.name);
        }
        world
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Loads a saved world, refusing other schema versions rather than misreading them.
    pub fn from_json(text: &str) -> Result<World, String> {
        #[derive(Deserialize)]
        struct Version {
            schema_version: u32,
        }
        let version: Version =
            serde_json::from_str(text).map_err(|e| format!("not a saved EC2 Lab world: {e}"))?;
        if version.schema_version != SCHEMA_VERSION {
            return Err(format!(
                "saved world has schema version {}, this version of EC2 Lab reads {}",
                version.schema_version, SCHEMA_VERSION
            ));
        }
        serde_json::from_str(text).map_err(|e| format!("saved world is damaged: {e}"))
    }

    // -----------------------------------------------------------------------------------------
    // Time.

    /// Simulated milliseconds since the world began.
    pub fn now(&self) -> SimTime {
        self.now
    }

    /// Moves the clock forward by `ms`, completing every transition whose time has come, in time
    /// order, logging each state change. Returns how many transitions completed.
    pub fn advance(&mut self, ms: u64) -> usize {
        let target = self.now.saturating_add(ms).min(MAX_SIM_TIME.max(self.now));
        let mut completed = 0;
        // Each round completes at least one due item, so the loop ends; the bound is a safety net.
        for _ in 0..1_000_000 {
            match self.next_due_time() {
                Some(t) if t <= target => {
                    self.now = self.now.max(t);
                    completed += self.complete_due();
                }
                _ => break,
            }
        }
        self.now = target;
        completed
    }

    /// Advances to the next transition (if any within `max_ms`); for an "instant" clock mode.
    pub fn advance_to_next(&mut self, max_ms: u64) -> bool {
        match self.next_due_time() {
            Some(t) if t.saturating_sub(self.now) <= max_ms => {
                let before = (self.now, self.events.next_seq());
                let step = t.saturating_sub(self.now);
                self.advance(step);
                // False when nothing could happen (the clock is at its limit), so loops end.
                (self.now, self.events.next_seq()) != before
            }
            _ => false,
        }
    }

    /// Advances in steps until `done` holds or `max_ms` has passed; true if `done` held. The AWS
    /// CLI waiters use this.
    pub fn advance_until(&mut self, max_ms: u64, mut done: impl FnMut(&World) -> bool) -> bool {
        let deadline = self.now.saturating_add(max_ms);
        loop {
            if done(self) {
                return true;
            }
            match self.next_due_time() {
                Some(t) if t <= deadline => {
                    let before = self.now;
                    let step = t.saturating_sub(self.now);
                    self.advance(step);
                    if self.now == before && self.next_due_time() == Some(t) && t > self.now {
                        // The clock is at its limit and cannot reach t.
                        return done(self);
                    }
                }
                _ => {
                    let step = deadline.saturating_sub(self.now);
                    self.advance(step);
                    return done(self);
                }
            }
        }
    }

    /// When the next timed transition happens (None when nothing is in flight).
    pub fn next_due_time(&self) -> Option<SimTime> {
        [
            self.next_instance_due(),
            self.next_storage_due(),
            self.next_image_due(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    fn complete_due(&mut self) -> usize {
        let now = self.now;
        let before = self.events.next_seq();
        // Storage first: a snapshot completing at the same instant as its AMI lets the AMI finish.
        self.complete_storage(now);
        self.complete_instances(now);
        self.complete_images(now);
        (self.events.next_seq() - before).max(1) as usize
    }

    /// A jittered duration from the seeded PRNG.
    pub(crate) fn draw(&mut self, span: Span) -> u64 {
        self.rng.span(span).min(MAX_TRANSITION_MS)
    }

    // -----------------------------------------------------------------------------------------
    // Lookups for the UI.

    pub fn instance(&self, id: &str) -> Option<&Instance> {
        self.instances.get(id)
    }
    pub fn instances(&self) -> impl Iterator<Item = &Instance> {
        self.instances.values()
    }
    /// Every instance in the order it was launched (ties, from saves made before the order was kept,
    /// in ID order): the Lab's list, where a new instance comes last and a start moves nothing.
    pub fn instances_in_launch_order(&self) -> Vec<&Instance> {
        let mut listed: Vec<&Instance> = self.instances.values().collect();
        // Stable, and the map iterates in ID order, so equal orders stay in ID order.
        crate::sorting::sort_by_key(&mut listed, |i| i.launch_order);
        listed
    }
    /// After every instance still in the world (the order only has to sort, not count launches).
    pub(crate) fn next_launch_order(&self) -> u64 {
        self.instances
            .values()
            .map(|i| i.launch_order + 1)
            .max()
            .unwrap_or(0)
    }
    pub fn instances_in<'a>(&'a self, region_name: &'a str) -> impl Iterator<Item = &'a Instance> {
        self.instances
            .values()
            .filter(move |i| i.region == region_name)
    }
    pub fn volume(&self, id: &str) -> Option<&Volume> {
        self.volumes.get(id)
    }
    pub fn volumes(&self) -> impl Iterator<Item = &Volume> {
        self.volumes.values()
    }
    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots.get(id)
    }
    pub fn snapshots(&self) -> impl Iterator<Item = &Snapshot> {
        self.snapshots.values()
    }
    pub fn image(&self, id: &str) -> Option<&Image> {
        self.images.get(id)
    }
    pub fn images(&self) -> impl Iterator<Item = &Image> {
        self.images.values()
    }
    pub fn address(&self, allocation_id: &str) -> Option<&Address> {
        self.addresses.get(allocation_id)
    }
    pub fn addresses(&self) -> impl Iterator<Item = &Address> {
        self.addresses.values()
    }
    pub fn events(&self) -> impl DoubleEndedIterator<Item = &Event> {
        self.events.iter()
    }
    pub fn event_log(&self) -> &EventLog {
        &self.events
    }

    /// The diagram's view of one instance: state, teaching phase and progress 0..1.
    pub fn phase(&self, instance_id: &str) -> Option<PhaseView> {
        self.instances.get(instance_id).map(|i| i.phase(self.now))
    }

    /// The public IPv4 the instance answers on: its Elastic IP if one is associated, otherwise the
    /// auto-assigned one (ec2-facts 1.4).
    pub fn public_ip(&self, instance: &Instance) -> Option<String> {
        instance
            .elastic_ip_allocation
            .as_ref()
            .and_then(|a| self.addresses.get(a))
            .map(|a| a.public_ip.clone())
            .or_else(|| instance.auto_public_ip.clone())
    }

    /// The instance in this region, or the real error (malformed ID, unknown ID, other region).
    pub(crate) fn instance_in(&self, region_name: &str, id: &str) -> ApiResult<&Instance> {
        if !well_formed_id(id, "i-") {
            return Err(error::instance_id_malformed(id));
        }
        self.instances
            .get(id)
            .filter(|i| i.region == region_name)
            .ok_or_else(|| error::instance_not_found(&[id.to_string()]))
    }

    /// Resolves a list of instance IDs: ec2-facts 1.3 multi-instance semantics, one invalid ID
    /// fails the whole request (all unknown IDs named), duplicates collapse.
    pub(crate) fn resolve_instances(
        &self,
        region_name: &str,
        ids: &[String],
    ) -> ApiResult<Vec<String>> {
        region(region_name)?;
        if ids.is_empty() {
            return Err(error::missing_parameter("instanceId"));
        }
        let mut missing = Vec::new();
        let mut out: Vec<String> = Vec::new();
        for id in ids {
            match self.instance_in(region_name, id) {
                Ok(_) => {
                    if !out.contains(id) {
                        out.push(id.clone());
                    }
                }
                Err(e) if e.code == "InvalidInstanceID.Malformed" => return Err(e),
                Err(_) => missing.push(id.clone()),
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(error::instance_not_found(&missing))
        }
    }

    // -----------------------------------------------------------------------------------------
    // Generation of IDs and addresses.

    /// A fresh resource ID (`i-…`, `vol-…`, …) not used by anything in the world.
    pub(crate) fn new_id(&mut self, prefix: &str) -> String {
        loop {
            let id = self.rng.resource_id(prefix);
            let taken = self.instances.contains_key(&id)
                || self.volumes.contains_key(&id)
                || self.snapshots.contains_key(&id)
                || self.images.contains_key(&id)
                || self.addresses.contains_key(&id)
                || self.addresses.values().any(|a| {
                    a.association
                        .as_ref()
                        .is_some_and(|x| x.association_id == id)
                })
                || self.instances.values().any(|i| i.reservation_id == id);
            if !taken {
                return id;
            }
        }
    }

    /// A private IPv4 in the AZ's default /20 subnet, not used by another live instance.
    pub(crate) fn new_private_ip(&mut self, region_name: &str, az_index: usize) -> String {
        let base = region(region_name).map_or(0, |r| r.subnet_third_octet(az_index));
        loop {
            // The first four addresses and the last of a subnet are reserved by AWS.
            let offset = 4 + self.rng.below(16 * 256 - 5);
            let ip = ipv4(172, 31, base + (offset / 256) as u8, (offset % 256) as u8);
            let taken = self
                .instances
                .values()
                .any(|i| i.region == region_name && i.private_ip.as_deref() == Some(ip.as_str()));
            if !taken {
                return ip;
            }
        }
    }

    /// A public IPv4 from the region's prefixes, not used by any instance or Elastic IP.
    pub(crate) fn new_public_ip(&mut self, region_name: &str) -> String {
        let prefixes = region(region_name).map_or(&[(3u8, 80u8)][..], |r| r.public_prefixes);
        loop {
            let (a, b) = prefixes[self.rng.below(prefixes.len() as u64) as usize];
            let c = self.rng.below(256) as u8;
            let d = 1 + self.rng.below(254) as u8;
            let ip = ipv4(a, b, c, d);
            let taken = self
                .instances
                .values()
                .any(|i| i.auto_public_ip.as_deref() == Some(ip.as_str()))
                || self.addresses.values().any(|x| x.public_ip == ip);
            if !taken {
                return ip;
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Event log.

    pub(crate) fn log(
        &mut self,
        region_name: &str,
        resource_id: &str,
        kind: EventKind,
        message: EventMessage,
        cli: Option<String>,
    ) {
        self.events
            .push(self.now, region_name, resource_id, kind, message, cli);
    }

    pub(crate) fn log_api(
        &mut self,
        region_name: &str,
        resource_id: &str,
        message: EventMessage,
        cli: String,
    ) {
        self.log(region_name, resource_id, EventKind::Api, message, Some(cli));
    }

    /// Counts instances per state in a region (for summaries and tests).
    pub fn count_by_state(&self, region_name: &str) -> BTreeMap<LifecycleState, usize> {
        let mut out = BTreeMap::new();
        for i in self.instances_in(region_name) {
            *out.entry(i.state).or_insert(0) += 1;
        }
        out
    }
}
