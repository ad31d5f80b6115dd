//! The instance record: its lifecycle state (the six API states of ec2-facts 1.1), the teaching
//! phase "rebooting", state reasons, storage it owns (instance store) or references (EBS), its
//! network addresses, protections and guest OS. The rules that move it between states live in
//! `lifecycle.rs`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::billing::InstanceBilling;
use super::clock::SimTime;
use super::filesystem::FileSystem;
use super::guest::Guest;

/// ec2-facts 1.1: the API's `InstanceStateName` has exactly these six values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifecycleState {
    Pending,
    Running,
    ShuttingDown,
    Terminated,
    Stopping,
    Stopped,
}

impl LifecycleState {
    pub const ALL: [LifecycleState; 6] = [
        LifecycleState::Pending,
        LifecycleState::Running,
        LifecycleState::ShuttingDown,
        LifecycleState::Terminated,
        LifecycleState::Stopping,
        LifecycleState::Stopped,
    ];

    /// ec2-facts 1.1: `InstanceState.Code` (low byte): 0/16/32/48/64/80.
    pub fn code(self) -> u32 {
        match self {
            LifecycleState::Pending => 0,
            LifecycleState::Running => 16,
            LifecycleState::ShuttingDown => 32,
            LifecycleState::Terminated => 48,
            LifecycleState::Stopping => 64,
            LifecycleState::Stopped => 80,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LifecycleState::Pending => "pending",
            LifecycleState::Running => "running",
            LifecycleState::ShuttingDown => "shutting-down",
            LifecycleState::Terminated => "terminated",
            LifecycleState::Stopping => "stopping",
            LifecycleState::Stopped => "stopped",
        }
    }

    pub fn parse(text: &str) -> Option<LifecycleState> {
        LifecycleState::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The learner's notes: reached states versus transitional states.
    pub fn is_transitional(self) -> bool {
        matches!(
            self,
            LifecycleState::Pending | LifecycleState::Stopping | LifecycleState::ShuttingDown
        )
    }
}

/// ec2-facts 3.1 / 4: where the root volume lives decides whether the instance can be stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RootDeviceType {
    Ebs,
    InstanceStore,
}

impl RootDeviceType {
    pub fn as_str(self) -> &'static str {
        match self {
            RootDeviceType::Ebs => "ebs",
            RootDeviceType::InstanceStore => "instance-store",
        }
    }
}

/// ec2-facts 1.2: `InstanceInitiatedShutdownBehavior`; `stop` is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShutdownBehavior {
    Stop,
    Terminate,
}

impl ShutdownBehavior {
    pub fn as_str(self) -> &'static str {
        match self {
            ShutdownBehavior::Stop => "stop",
            ShutdownBehavior::Terminate => "terminate",
        }
    }
    pub fn parse(text: &str) -> Option<ShutdownBehavior> {
        match text {
            "stop" => Some(ShutdownBehavior::Stop),
            "terminate" => Some(ShutdownBehavior::Terminate),
            _ => None,
        }
    }
}

/// The API's `StateReason`: a code and a message (ec2-facts 1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateReason {
    pub code: String,
    pub message: String,
}

impl StateReason {
    fn new(code: &str, message: &str) -> StateReason {
        StateReason {
            code: code.to_string(),
            message: format!("{code}: {message}"),
        }
    }
    /// StopInstances / TerminateInstances from the API.
    pub fn user_initiated_shutdown() -> StateReason {
        StateReason::new("Client.UserInitiatedShutdown", "User initiated shutdown")
    }
    /// ec2-facts 1.1: console text "Client.UserInitiatedHibernate: User initiated hibernate".
    pub fn user_initiated_hibernate() -> StateReason {
        StateReason::new("Client.UserInitiatedHibernate", "User initiated hibernate")
    }
    /// Shutdown from inside the guest (ec2-facts 1.2).
    pub fn instance_initiated_shutdown() -> StateReason {
        StateReason::new(
            "Client.InstanceInitiatedShutdown",
            "Instance initiated shutdown",
        )
    }
    /// ec2-facts 1.2: AWS scheduled retirement.
    pub fn scheduled_stop() -> StateReason {
        StateReason::new(
            "Server.ScheduledStop",
            "Stopped due to scheduled retirement",
        )
    }
}

/// What the current `stopping` (or the resulting `stopped`) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopKind {
    Stop,
    Hibernate,
}

/// The operating system of the image, which decides the guest's tools (dnf or apt), default user
/// and root file system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OsFlavor {
    AmazonLinux2023,
    /// The old Amazon Linux AMI (2018.03), used by the instance-store-backed example.
    AmazonLinux2018,
    Ubuntu2404,
    Debian12,
}

impl OsFlavor {
    pub fn default_user(self) -> &'static str {
        match self {
            OsFlavor::AmazonLinux2023 | OsFlavor::AmazonLinux2018 => "ec2-user",
            OsFlavor::Ubuntu2404 => "ubuntu",
            OsFlavor::Debian12 => "admin",
        }
    }
    pub fn pretty_name(self) -> &'static str {
        match self {
            OsFlavor::AmazonLinux2023 => "Amazon Linux 2023.6.20250218",
            OsFlavor::AmazonLinux2018 => "Amazon Linux AMI 2018.03",
            OsFlavor::Ubuntu2404 => "Ubuntu 24.04.2 LTS",
            OsFlavor::Debian12 => "Debian GNU/Linux 12 (bookworm)",
        }
    }
    pub fn uses_apt(self) -> bool {
        matches!(self, OsFlavor::Ubuntu2404 | OsFlavor::Debian12)
    }
}

/// An EBS volume as the instance sees it (`BlockDeviceMappings[]`). `DeleteOnTermination` and the
/// attachment state live on the volume's attachment, the single source of truth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockDevice {
    /// API device name: `/dev/xvda`, `/dev/sda1`, `/dev/sdf`.
    pub device_name: String,
    pub volume_id: String,
    /// Linux's name for it inside the guest: `/dev/nvme1n1` (Nitro) or `/dev/xvdf` (Xen).
    pub guest_device: String,
}

/// One instance-store volume (ec2-facts 3.1): present from launch, owned by the instance, its data
/// reset on stop, hibernate and terminate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceStoreVolume {
    /// `ephemeral0`, `ephemeral1`, …
    pub virtual_name: String,
    /// API device name from a block device mapping (`/dev/sdb`); None for NVMe volumes, which are
    /// enumerated automatically.
    pub device_name: Option<String>,
    pub guest_device: String,
    pub size_gb: u64,
    pub hdd: bool,
    pub nvme: bool,
    /// The root volume of an instance-store-backed instance.
    pub is_root: bool,
    pub fs: FileSystem,
    /// How many times every block has been reset (stop, hibernate, terminate), so the survival
    /// matrix sees a reset even of an empty volume (ec2-facts 3.1). Absent from older saves.
    #[serde(default)]
    pub resets: u64,
}

impl InstanceStoreVolume {
    /// ec2-facts 3.1: "every block of storage in the instance store is reset".
    pub fn reset(&mut self) {
        self.fs.erase();
        self.resets += 1;
    }
}

/// A time window for the teaching phase "rebooting" (ec2-facts 1.1: `running` throughout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub started_at: SimTime,
    pub ends_at: SimTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    pub id: String,
    pub region: String,
    pub availability_zone: String,
    pub subnet_id: String,
    pub vpc_id: String,
    pub reservation_id: String,
    pub ami_launch_index: u32,
    pub instance_type: String,
    pub image_id: String,
    /// `x86_64`, `arm64`, … as the AMI says.
    pub architecture: String,
    /// `xen` or `nitro` (bare metal: `nitro` hardware without a hypervisor; shown as none).
    pub hypervisor: Option<String>,
    pub os: OsFlavor,
    pub key_name: Option<String>,
    pub product_codes: Vec<String>,

    pub state: LifecycleState,
    pub state_since: SimTime,
    /// When the current transitional state (pending, stopping, shutting-down) completes.
    pub transition_ends_at: Option<SimTime>,
    /// Set while `stopping` and kept while `stopped`: a plain stop or a hibernation.
    pub stop_kind: Option<StopKind>,
    /// The teaching phase "rebooting" of a `running` instance.
    pub reboot: Option<Window>,
    /// A scheduled retirement event (ec2-facts 1.2), fired by `advance`.
    pub retirement_at: Option<SimTime>,
    pub state_reason: Option<StateReason>,
    pub state_transition_reason: String,
    /// Updated on each start, like the API's `LaunchTime`.
    pub launch_time: SimTime,
    /// Where this instance comes in the order of launches in this world. Not an EC2 attribute: the
    /// console's list needs an order that a start does not change (`launch_time` does), and IDs are
    /// random. Saves from before it load as 0, so their instances keep ID order, before newer ones.
    #[serde(default)]
    pub launch_order: u64,
    pub terminated_at: Option<SimTime>,

    pub root_device_type: RootDeviceType,
    pub root_device_name: String,
    pub block_devices: Vec<BlockDevice>,
    pub instance_store: Vec<InstanceStoreVolume>,
    /// Next free `/dev/nvmeN` index for the Nitro naming scheme.
    pub next_nvme_index: u32,

    /// ec2-facts 1.4: kept on stop/start, gone on terminate.
    pub private_ip: Option<String>,
    /// The auto-assigned public IPv4 (ec2-facts 1.4: released on stop, a new one on start). An
    /// associated Elastic IP replaces it; see `World::public_ip`.
    pub auto_public_ip: Option<String>,
    /// Whether the instance gets an auto-assigned public IPv4 (default-VPC subnets do).
    pub assign_public_ip: bool,
    /// Allocation ID of the associated Elastic IP, if any (kept in step with the address).
    pub elastic_ip_allocation: Option<String>,

    pub hibernation_configured: bool,
    pub disable_api_termination: bool,
    pub disable_api_stop: bool,
    pub shutdown_behavior: ShutdownBehavior,
    pub tags: BTreeMap<String, String>,

    pub guest: Guest,
    pub billing: InstanceBilling,
}

/// How the diagram draws an instance right now: the API state plus the teaching phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisplayPhase {
    Pending,
    Running,
    /// ec2-facts 1.1: `rebooting` is not an API state; the instance stays `running`.
    Rebooting,
    Stopping,
    /// `stopping` while RAM is saved to the root volume (ec2-facts 1.1: not a separate state).
    Hibernating,
    Stopped,
    /// `stopped` with RAM saved (resumes on start).
    Hibernated,
    ShuttingDown,
    Terminated,
}

impl DisplayPhase {
    pub fn as_str(self) -> &'static str {
        match self {
            DisplayPhase::Pending => "pending",
            DisplayPhase::Running => "running",
            DisplayPhase::Rebooting => "rebooting",
            DisplayPhase::Stopping => "stopping",
            DisplayPhase::Hibernating => "stopping (hibernate)",
            DisplayPhase::Stopped => "stopped",
            DisplayPhase::Hibernated => "stopped (hibernated)",
            DisplayPhase::ShuttingDown => "shutting-down",
            DisplayPhase::Terminated => "terminated",
        }
    }
}

/// The diagram's view of an instance: state, phase and progress toward the next state.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PhaseView {
    pub state: LifecycleState,
    pub phase: DisplayPhase,
    pub started_at: SimTime,
    /// When the transitional phase ends (None for reached states).
    pub ends_at: Option<SimTime>,
    /// 0.0 ..= 1.0 for transitional phases, None for reached states.
    pub progress: Option<f64>,
}

impl Instance {
    pub fn is_ebs_backed(&self) -> bool {
        self.root_device_type == RootDeviceType::Ebs
    }

    pub fn name(&self) -> Option<&str> {
        self.tags.get("Name").map(String::as_str)
    }

    pub fn is_rebooting(&self, now: SimTime) -> bool {
        self.reboot.is_some_and(|w| now < w.ends_at)
    }

    /// Running and not in the middle of a reboot: the guest answers.
    pub fn guest_reachable(&self, now: SimTime) -> bool {
        self.state == LifecycleState::Running && !self.is_rebooting(now)
    }

    pub fn root_volume_id(&self) -> Option<&str> {
        self.block_devices
            .iter()
            .find(|b| b.device_name == self.root_device_name)
            .map(|b| b.volume_id.as_str())
    }

    pub fn phase(&self, now: SimTime) -> PhaseView {
        let progress = |start: SimTime, end: SimTime| -> f64 {
            if end <= start {
                1.0
            } else {
                (now.saturating_sub(start) as f64 / (end - start) as f64).clamp(0.0, 1.0)
            }
        };
        if let (LifecycleState::Running, Some(w)) = (self.state, self.reboot) {
            if now < w.ends_at {
                return PhaseView {
                    state: self.state,
                    phase: DisplayPhase::Rebooting,
                    started_at: w.started_at,
                    ends_at: Some(w.ends_at),
                    progress: Some(progress(w.started_at, w.ends_at)),
                };
            }
        }
        let hibernate = self.stop_kind == Some(StopKind::Hibernate);
        let phase = match self.state {
            LifecycleState::Pending => DisplayPhase::Pending,
            LifecycleState::Running => DisplayPhase::Running,
            LifecycleState::Stopping if hibernate => DisplayPhase::Hibernating,
            LifecycleState::Stopping => DisplayPhase::Stopping,
            LifecycleState::Stopped if hibernate => DisplayPhase::Hibernated,
            LifecycleState::Stopped => DisplayPhase::Stopped,
            LifecycleState::ShuttingDown => DisplayPhase::ShuttingDown,
            LifecycleState::Terminated => DisplayPhase::Terminated,
        };
        PhaseView {
            state: self.state,
            phase,
            started_at: self.state_since,
            ends_at: self.transition_ends_at,
            progress: self
                .transition_ends_at
                .map(|end| progress(self.state_since, end)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_1_1_six_states_with_their_codes() {
        let codes: Vec<(&str, u32)> = LifecycleState::ALL
            .iter()
            .map(|s| (s.as_str(), s.code()))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("pending", 0),
                ("running", 16),
                ("shutting-down", 32),
                ("terminated", 48),
                ("stopping", 64),
                ("stopped", 80)
            ]
        );
        for s in LifecycleState::ALL {
            assert_eq!(LifecycleState::parse(s.as_str()), Some(s));
        }
        assert_eq!(LifecycleState::parse("rebooting"), None);
    }
}
