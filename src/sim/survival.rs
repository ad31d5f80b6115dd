//! The survival matrix (ec2-facts 1.4, "Differences between reboot, stop, hibernate and
//! terminate"): a snapshot of everything an instance has (instance ID, private, public and Elastic
//! IP, RAM, root EBS, each extra EBS volume, each instance-store volume), a second snapshot of the
//! same things later, and a row-by-row verdict with the reference's one-line reason.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use super::filesystem::FileSystem;
use super::instance::{Instance, LifecycleState, RootDeviceType};
use super::world::World;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum SurvivalItem {
    InstanceId,
    PrivateIp,
    PublicIp,
    ElasticIp,
    Ram,
    /// The root volume (EBS, or instance store for instance-store-backed instances), by volume ID
    /// or virtual name.
    RootVolume(String),
    /// Another EBS volume, by volume ID.
    EbsVolume(String),
    /// An instance-store volume, by virtual name.
    InstanceStore(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurvivalRow {
    pub item: SurvivalItem,
    pub label: String,
    /// False when the thing does not exist (volume deleted, no public IP, …).
    pub present: bool,
    /// A short value for the matrix cell (`172.31.5.10`, `3 files`, `unformatted`).
    pub value: String,
    /// Files (path → content) for data rows; guest-visible paths for RAM (`/dev/shm/…`).
    pub files: BTreeMap<String, String>,
    /// Whether the volume holds a file system (false after instance store is reset).
    pub formatted: bool,
    /// For RAM and instance store: how many times it has been erased or reset. A change between
    /// two snapshots is an erase even when nothing was stored (an empty RAM lost on a stop is
    /// still lost). Absent from older saves.
    #[serde(default)]
    pub erasures: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurvivalSnapshot {
    pub instance_id: String,
    pub taken_at: SimTime,
    pub state: Option<LifecycleState>,
    pub rows: Vec<SurvivalRow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Kept,
    /// Data wiped (instance store reset, RAM lost).
    Erased,
    /// Different value (a new public IP) or different data (files changed).
    Changed,
    /// Address released / no longer there.
    Released,
    /// The volume no longer exists (DeleteOnTermination).
    Deleted,
    /// Did not exist before, exists now.
    Appeared,
    /// Neither before nor after.
    Absent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SurvivalAction {
    Reboot,
    StopStart,
    Hibernate,
    Terminate,
    /// AWS scheduled retirement (stop for EBS-backed, terminate for instance-store-backed).
    Retirement,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurvivalDiff {
    pub item: SurvivalItem,
    pub label: String,
    pub before: String,
    pub after: String,
    pub verdict: Verdict,
    /// The reference's one-line reason for this row and action (empty when no action is given).
    pub reason: String,
}

fn data_row(
    item: SurvivalItem,
    label: String,
    fs: Option<&FileSystem>,
    prefix: &str,
    erasures: u64,
) -> SurvivalRow {
    match fs {
        None => SurvivalRow {
            item,
            label,
            present: false,
            value: "does not exist".to_string(),
            files: BTreeMap::new(),
            formatted: false,
            erasures,
        },
        Some(fs) => {
            let files: BTreeMap<String, String> = crate::sorting::map_of(
                fs.files
                    .iter()
                    .map(|(p, f)| (format!("{prefix}{p}"), f.content.clone())),
            );
            let value = if !fs.is_formatted() {
                "unformatted (no file system)".to_string()
            } else {
                format!("{} file(s)", files.len())
            };
            SurvivalRow {
                item,
                label,
                present: true,
                value,
                files,
                formatted: fs.is_formatted(),
                erasures,
            }
        }
    }
}

fn ip_row(item: SurvivalItem, label: &str, ip: Option<String>) -> SurvivalRow {
    SurvivalRow {
        item,
        label: label.to_string(),
        present: ip.is_some(),
        value: ip.unwrap_or_else(|| "none".to_string()),
        files: BTreeMap::new(),
        formatted: false,
        erasures: 0,
    }
}

impl World {
    /// What the instance has right now. None for an unknown instance.
    pub fn survival(&self, instance_id: &str) -> Option<SurvivalSnapshot> {
        let i = self.instances.get(instance_id)?;
        let mut items = vec![
            SurvivalItem::InstanceId,
            SurvivalItem::PrivateIp,
            SurvivalItem::PublicIp,
            SurvivalItem::ElasticIp,
            SurvivalItem::Ram,
        ];
        for b in &i.block_devices {
            if b.device_name == i.root_device_name {
                items.push(SurvivalItem::RootVolume(b.volume_id.clone()));
            }
        }
        for s in &i.instance_store {
            if s.is_root {
                items.push(SurvivalItem::RootVolume(s.virtual_name.clone()));
            }
        }
        for b in &i.block_devices {
            if b.device_name != i.root_device_name {
                items.push(SurvivalItem::EbsVolume(b.volume_id.clone()));
            }
        }
        for s in i.instance_store.iter().filter(|s| !s.is_root) {
            items.push(SurvivalItem::InstanceStore(s.virtual_name.clone()));
        }
        Some(self.survival_of(instance_id, &items))
    }

    /// The same rows as `before`, read now (volumes by ID even if detached or deleted since).
    pub fn survival_after(&self, before: &SurvivalSnapshot) -> SurvivalSnapshot {
        let items: Vec<SurvivalItem> = before.rows.iter().map(|r| r.item.clone()).collect();
        self.survival_of(&before.instance_id, &items)
    }

    fn survival_of(&self, instance_id: &str, items: &[SurvivalItem]) -> SurvivalSnapshot {
        let instance: Option<&Instance> = self.instances.get(instance_id);
        let rows = items
            .iter()
            .map(|item| match item {
                SurvivalItem::InstanceId => SurvivalRow {
                    item: item.clone(),
                    label: "Instance ID".to_string(),
                    // ec2-facts 1.4: a terminated instance is gone for good; it is only still
                    // listed for about an hour, so its ID is no longer a usable instance.
                    present: instance.is_some_and(|i| i.state != LifecycleState::Terminated),
                    value: match instance {
                        Some(i) => format!("{} ({})", i.id, i.state.as_str()),
                        None => format!("{instance_id} (no longer listed)"),
                    },
                    files: BTreeMap::new(),
                    formatted: false,
                    erasures: 0,
                },
                SurvivalItem::PrivateIp => ip_row(
                    item.clone(),
                    "Private IPv4",
                    instance.and_then(|i| i.private_ip.clone()),
                ),
                SurvivalItem::PublicIp => ip_row(
                    item.clone(),
                    "Public IPv4",
                    instance.and_then(|i| self.public_ip(i)),
                ),
                SurvivalItem::ElasticIp => ip_row(
                    item.clone(),
                    "Elastic IP",
                    instance
                        .and_then(|i| i.elastic_ip_allocation.as_ref())
                        .and_then(|a| self.addresses.get(a))
                        .map(|a| a.public_ip.clone()),
                ),
                SurvivalItem::Ram => {
                    let ram = instance.map(|i| &i.guest.ram);
                    let erasures = instance.map_or(0, |i| i.guest.ram_erasures);
                    let mut row = data_row(
                        item.clone(),
                        "RAM (/dev/shm)".to_string(),
                        ram,
                        "/dev/shm",
                        erasures,
                    );
                    // RAM exists only while the OS runs or is hibernated.
                    if let Some(i) = instance {
                        if i.state == LifecycleState::Terminated {
                            row.present = false;
                            row.value = "none".to_string();
                        }
                    }
                    row
                }
                SurvivalItem::RootVolume(id)
                | SurvivalItem::EbsVolume(id)
                | SurvivalItem::InstanceStore(id) => {
                    let (fs, label, erasures) = if id.starts_with("vol-") {
                        let v = self.volumes.get(id);
                        let label = match (item, v) {
                            (SurvivalItem::RootVolume(_), _) => format!("Root EBS volume {id}"),
                            (_, Some(v)) => match &v.attachment {
                                Some(a) => format!("EBS volume {id} ({})", a.device),
                                None => format!("EBS volume {id} (detached, {})", v.state.as_str()),
                            },
                            _ => format!("EBS volume {id}"),
                        };
                        (v.map(|v| &v.fs), label, 0)
                    } else {
                        let s = instance
                            .and_then(|i| i.instance_store.iter().find(|s| &s.virtual_name == id));
                        let label = match (item, instance) {
                            (SurvivalItem::RootVolume(_), _) => {
                                "Root volume (instance store)".to_string()
                            }
                            (_, Some(i)) if i.root_device_type == RootDeviceType::InstanceStore => {
                                format!("Instance store {id}")
                            }
                            _ => format!("Instance store {id}"),
                        };
                        (s.map(|s| &s.fs), label, s.map_or(0, |s| s.resets))
                    };
                    data_row(item.clone(), label, fs, "", erasures)
                }
            })
            .collect();
        SurvivalSnapshot {
            instance_id: instance_id.to_string(),
            taken_at: self.now,
            state: instance.map(|i| i.state),
            rows,
        }
    }
}

/// Row-by-row verdicts between two snapshots of the same instance, with the reference's reason
/// for the action when one is given.
pub fn compare(
    before: &SurvivalSnapshot,
    after: &SurvivalSnapshot,
    action: Option<SurvivalAction>,
) -> Vec<SurvivalDiff> {
    before
        .rows
        .iter()
        .map(|b| {
            let a = after.rows.iter().find(|r| r.item == b.item);
            let verdict = match a {
                None => Verdict::Released,
                Some(a) => verdict(&b.item, b, a),
            };
            SurvivalDiff {
                item: b.item.clone(),
                label: b.label.clone(),
                before: b.value.clone(),
                after: a.map_or_else(|| "none".to_string(), |a| a.value.clone()),
                verdict,
                reason: action
                    .map(|act| reason(act, &b.item).to_string())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn verdict(item: &SurvivalItem, b: &SurvivalRow, a: &SurvivalRow) -> Verdict {
    let data = matches!(
        item,
        SurvivalItem::Ram
            | SurvivalItem::RootVolume(_)
            | SurvivalItem::EbsVolume(_)
            | SurvivalItem::InstanceStore(_)
    );
    match (b.present, a.present) {
        (false, false) => Verdict::Absent,
        (false, true) => Verdict::Appeared,
        (true, false) if data && !matches!(item, SurvivalItem::Ram) => Verdict::Deleted,
        (true, false) if data => Verdict::Erased,
        (true, false) => Verdict::Released,
        (true, true) if data => {
            if a.erasures != b.erasures {
                Verdict::Erased
            } else if b.files == a.files && b.formatted == a.formatted {
                Verdict::Kept
            } else if a.files.is_empty() && (!b.files.is_empty() || b.formatted != a.formatted) {
                Verdict::Erased
            } else {
                Verdict::Changed
            }
        }
        (true, true) => {
            let same = match item {
                SurvivalItem::InstanceId => true,
                _ => a.value == b.value,
            };
            if same {
                Verdict::Kept
            } else {
                Verdict::Changed
            }
        }
    }
}

/// ec2-facts 1.4, the cells of "Differences between reboot, stop, hibernate and terminate".
pub fn reason(action: SurvivalAction, item: &SurvivalItem) -> &'static str {
    use SurvivalAction as A;
    use SurvivalItem as I;
    match (action, item) {
        (A::Reboot, I::InstanceId) => "Reboot: same instance ID (the instance stays 'running').",
        (A::Reboot, I::PrivateIp) => "Reboot: same private IPv4.",
        (A::Reboot, I::PublicIp) => "Reboot: same public IPv4.",
        (A::Reboot, I::ElasticIp) => "Reboot: the Elastic IP stays associated.",
        (A::Reboot, I::Ram) => "Reboot: RAM is erased.",
        (A::Reboot, I::RootVolume(_)) => "Reboot: the root volume is preserved.",
        (A::Reboot, I::EbsVolume(_)) => "Reboot: other EBS volumes are preserved.",
        (A::Reboot, I::InstanceStore(_)) => "Reboot: instance store data is preserved (ec2-facts 3.1).",
        (A::StopStart, I::InstanceId) => "Stop/start: same instance ID.",
        (A::StopStart, I::PrivateIp) => "Stop/start: the private IPv4 is kept.",
        (A::StopStart, I::PublicIp) => "Stop/start: the auto-assigned public IPv4 is released; a new one is given on start.",
        (A::StopStart, I::ElasticIp) => "Stop/start: the Elastic IP stays associated.",
        (A::StopStart, I::Ram) => "Stop/start: RAM is erased.",
        (A::StopStart, I::RootVolume(_)) => "Stop/start: the root EBS volume is preserved.",
        (A::StopStart, I::EbsVolume(_)) => "Stop/start: other EBS volumes are preserved and stay attached.",
        (A::StopStart, I::InstanceStore(_)) => "Stop/start: instance store data is erased (every block is reset).",
        (A::Hibernate, I::InstanceId) => "Hibernate: same instance ID.",
        (A::Hibernate, I::PrivateIp) => "Hibernate: the private IPv4 is kept.",
        (A::Hibernate, I::PublicIp) => "Hibernate: the auto-assigned public IPv4 is released; a new one is given on start.",
        (A::Hibernate, I::ElasticIp) => "Hibernate: the Elastic IP stays associated.",
        (A::Hibernate, I::Ram) => "Hibernate: RAM is saved to the root EBS volume and restored on start.",
        (A::Hibernate, I::RootVolume(_)) => "Hibernate: the root EBS volume is preserved (it holds the saved RAM).",
        (A::Hibernate, I::EbsVolume(_)) => "Hibernate: other EBS volumes are preserved.",
        (A::Hibernate, I::InstanceStore(_)) => "Hibernate: instance store data is erased.",
        (A::Terminate, I::InstanceId) => "Terminate: the instance is gone for good (still listed for about an hour).",
        (A::Terminate, I::PrivateIp) => "Terminate: the private IPv4 is released.",
        (A::Terminate, I::PublicIp) => "Terminate: the public IPv4 is released.",
        (A::Terminate, I::ElasticIp) => "Terminate: the Elastic IP is disassociated but stays allocated to the account.",
        (A::Terminate, I::Ram) => "Terminate: RAM is erased.",
        (A::Terminate, I::RootVolume(_)) => "Terminate: the root volume is deleted by default (DeleteOnTermination=true).",
        (A::Terminate, I::EbsVolume(_)) => "Terminate: volumes attached after launch are kept by default (DeleteOnTermination=false); launch-time volumes follow their DeleteOnTermination.",
        (A::Terminate, I::InstanceStore(_)) => "Terminate: instance store data is erased.",
        (A::Retirement, I::InstanceStore(_)) => "Retirement: instance store data is lost (ec2-facts 3.1).",
        (A::Retirement, I::Ram) => "Retirement: RAM is erased.",
        (A::Retirement, I::PublicIp) => "Retirement: the instance stops (EBS-backed) or terminates (instance-store-backed), so the auto-assigned public IPv4 is released.",
        (A::Retirement, _) => "Retirement: an EBS-backed instance is stopped (as stop/start); an instance-store-backed one is terminated.",
    }
}
