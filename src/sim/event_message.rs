//! What an event says, as data: one variant per kind of event the engine logs, with its values.
//! `Display` gives the English line (the CLI, `ec2sh` and the tests read it); the UI renders each
//! variant in the learner's language (`crate::i18n::event_text`).
//!
//! Saved worlds from before this type stored the English line as a plain string; those load as
//! [`EventMessage::Legacy`] (an untagged variant, so no migration is needed). Reading is written by
//! hand in `de.rs` (the derived one was a large part of the WebAssembly module); writing is derived.

mod de;

use std::fmt;

use serde::{Deserialize, Serialize};

use super::clock::{gmt, SimTime};
use super::instance::{LifecycleState, ShutdownBehavior};
use super::storage::{VolumeState, VolumeType};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum EventMessage {
    // --- API actions -----------------------------------------------------------------------
    RunInstances {
        count: u32,
        instance_type: String,
        image_id: String,
        instance_ids: Vec<String>,
    },
    StartInstances {
        instance_ids: Vec<String>,
    },
    StopInstances {
        instance_ids: Vec<String>,
        hibernate: bool,
    },
    RebootInstances {
        instance_ids: Vec<String>,
    },
    TerminateInstances {
        instance_ids: Vec<String>,
    },
    /// ModifyInstanceAttribute InstanceType.
    InstanceTypeChanged {
        instance_id: String,
        from: String,
        to: String,
    },
    /// ModifyInstanceAttribute DisableApiTermination / DisableApiStop.
    ProtectionChanged {
        instance_id: String,
        protection: Protection,
        enabled: bool,
    },
    /// ModifyInstanceAttribute InstanceInitiatedShutdownBehavior.
    ShutdownBehaviorChanged {
        instance_id: String,
        behavior: ShutdownBehavior,
    },
    /// ModifyInstanceAttribute `--block-device-mappings …DeleteOnTermination=…`.
    DeleteOnTerminationChanged {
        instance_id: String,
        device: String,
        volume_id: String,
        delete_on_termination: bool,
    },
    /// A block device mapping RunInstances could not honour (a warning, not an error).
    InstanceStoreMappingIgnored {
        instance_type: String,
        /// How many instance store volumes the type has (0: none at all).
        available: u32,
        device: String,
        virtual_name: String,
    },
    CreateVolume {
        size_gib: u64,
        volume_type: VolumeType,
        availability_zone: String,
        snapshot_id: Option<String>,
    },
    AttachVolume {
        volume_id: String,
        instance_id: String,
        device: String,
    },
    DetachVolume {
        volume_id: String,
        instance_id: String,
    },
    DeleteVolume {
        volume_id: String,
    },
    CreateSnapshot {
        snapshot_id: String,
        volume_id: String,
    },
    DeleteSnapshot {
        snapshot_id: String,
    },
    CreateImage {
        image_id: String,
        instance_id: String,
        snapshot_count: u32,
    },
    /// CreateImage with NoReboot on a running instance: the image may not be consistent.
    CreateImageWithoutReboot {
        image_id: String,
    },
    CopyImage {
        source_image_id: String,
        source_region: String,
        image_id: String,
        region: String,
    },
    DeregisterImage {
        image_id: String,
    },
    AllocateAddress {
        public_ip: String,
        allocation_id: String,
    },
    AssociateAddress {
        public_ip: String,
        instance_id: String,
        association_id: String,
    },
    DisassociateAddress {
        association_id: String,
    },
    ReleaseAddress {
        allocation_id: String,
    },

    // --- Inside an instance ----------------------------------------------------------------
    /// A command line typed in the instance's shell.
    GuestCommand {
        line: String,
    },

    // --- State changes ---------------------------------------------------------------------
    InstanceLaunched {
        instance_id: String,
        availability_zone: String,
    },
    /// An instance moved between two API states; `reason_code` is the state reason's code
    /// (`Client.UserInitiatedShutdown`, …) when the new state is a stop or a termination.
    InstanceStateChanged {
        instance_id: String,
        from: LifecycleState,
        to: LifecycleState,
        reason_code: Option<String>,
    },
    /// A second stop with `--force` while already stopping.
    ForcedStop {
        instance_id: String,
    },
    RebootBegan {
        instance_id: String,
        cause: RebootCause,
    },
    RebootEnded {
        instance_id: String,
    },
    /// A volume is done creating: `available`, or `in-use` when it was created attached.
    VolumeCreated {
        volume_id: String,
        state: VolumeState,
    },
    VolumeAttached {
        volume_id: String,
        instance_id: String,
        device: String,
    },
    VolumeDetached {
        volume_id: String,
    },
    /// At termination, a volume with DeleteOnTermination=true.
    VolumeDeletedWithInstance {
        volume_id: String,
        instance_id: String,
    },
    /// At termination, a volume with DeleteOnTermination=false.
    VolumeKeptAfterTermination {
        volume_id: String,
        instance_id: String,
    },
    /// At termination, the Elastic IP is disassociated but stays allocated.
    AddressDisassociatedAtTermination {
        public_ip: String,
        instance_id: String,
    },
    SnapshotCompleted {
        snapshot_id: String,
    },
    ImageAvailable {
        image_id: String,
    },

    // --- AWS on its own --------------------------------------------------------------------
    RetirementScheduled {
        instance_id: String,
        at: SimTime,
    },
    /// The retirement fell due but the instance was not running.
    RetirementSkipped {
        instance_id: String,
        state: LifecycleState,
    },
    /// A terminated instance left the listing (about an hour after termination).
    InstanceNoLongerListed {
        instance_id: String,
    },

    /// An event saved before events were structured: its English line, shown as it is.
    #[serde(untagged)]
    Legacy(String),
}

/// Which of the two protections ModifyInstanceAttribute changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// DisableApiTermination: termination protection.
    Termination,
    /// DisableApiStop: stop protection.
    Stop,
}

impl Protection {
    /// The API attribute name.
    pub fn attribute(self) -> &'static str {
        match self {
            Protection::Termination => "DisableApiTermination",
            Protection::Stop => "DisableApiStop",
        }
    }
}

/// Why an instance is rebooting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RebootCause {
    /// RebootInstances.
    Requested,
    /// `reboot` typed inside the instance.
    FromGuest,
    /// CreateImage without NoReboot.
    CreateImage,
}

impl RebootCause {
    fn english(self) -> &'static str {
        match self {
            RebootCause::Requested => "reboot requested",
            RebootCause::FromGuest => "reboot from inside the instance",
            RebootCause::CreateImage => "CreateImage without NoReboot",
        }
    }
}

/// The CreateImage NoReboot warning, as the engine returns it to the caller.
pub const NO_REBOOT_WARNING: &str =
    "NoReboot: the instance was not shut down, so the snapshots are \
     crash-consistent; Amazon EC2 can't guarantee the file system integrity of the created image.";

impl fmt::Display for EventMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use EventMessage as M;
        match self {
            M::RunInstances {
                count,
                instance_type,
                image_id,
                instance_ids,
            } => write!(
                f,
                "RunInstances: {count} × {instance_type} from {image_id} → {}",
                instance_ids.join(", ")
            ),
            M::StartInstances { instance_ids } => {
                write!(f, "StartInstances: {}", instance_ids.join(", "))
            }
            M::StopInstances {
                instance_ids,
                hibernate,
            } => {
                let verb = if *hibernate {
                    "StopInstances (hibernate)"
                } else {
                    "StopInstances"
                };
                write!(f, "{verb}: {}", instance_ids.join(", "))
            }
            M::RebootInstances { instance_ids } => {
                write!(f, "RebootInstances: {}", instance_ids.join(", "))
            }
            M::TerminateInstances { instance_ids } => {
                write!(f, "TerminateInstances: {}", instance_ids.join(", "))
            }
            M::InstanceTypeChanged {
                instance_id,
                from,
                to,
            } => write!(
                f,
                "ModifyInstanceAttribute: {instance_id} instance type {from} → {to}"
            ),
            M::ProtectionChanged {
                instance_id,
                protection,
                enabled,
            } => write!(
                f,
                "ModifyInstanceAttribute: {instance_id} {}={enabled}",
                protection.attribute()
            ),
            M::ShutdownBehaviorChanged {
                instance_id,
                behavior,
            } => write!(
                f,
                "ModifyInstanceAttribute: {instance_id} InstanceInitiatedShutdownBehavior={}",
                behavior.as_str()
            ),
            M::DeleteOnTerminationChanged {
                instance_id: _,
                device,
                volume_id,
                delete_on_termination,
            } => write!(
                f,
                "ModifyInstanceAttribute: {device} ({volume_id}) DeleteOnTermination={delete_on_termination}"
            ),
            M::InstanceStoreMappingIgnored {
                instance_type,
                available,
                device,
                virtual_name,
            } => {
                if *available == 0 {
                    write!(f, "{instance_type} has no instance store volumes; ")?;
                } else {
                    write!(
                        f,
                        "{instance_type} has {available} instance store volume(s); "
                    )?;
                }
                write!(f, "the mapping {device}={virtual_name} was ignored.")
            }
            M::CreateVolume {
                size_gib,
                volume_type,
                availability_zone,
                snapshot_id,
            } => {
                write!(
                    f,
                    "CreateVolume: {size_gib} GiB {} in {availability_zone} (",
                    volume_type.as_str()
                )?;
                match snapshot_id {
                    Some(s) => write!(f, "from {s})"),
                    None => f.write_str("empty)"),
                }
            }
            M::AttachVolume {
                volume_id,
                instance_id,
                device,
            } => write!(
                f,
                "AttachVolume: {volume_id} to {instance_id} as {device} (DeleteOnTermination=false)"
            ),
            M::DetachVolume {
                volume_id,
                instance_id,
            } => write!(f, "DetachVolume: {volume_id} from {instance_id}"),
            M::DeleteVolume { volume_id } => write!(f, "DeleteVolume: {volume_id}"),
            M::CreateSnapshot {
                snapshot_id,
                volume_id,
            } => write!(f, "CreateSnapshot: {snapshot_id} of {volume_id}"),
            M::DeleteSnapshot { snapshot_id } => write!(f, "DeleteSnapshot: {snapshot_id}"),
            M::CreateImage {
                image_id,
                instance_id,
                snapshot_count,
            } => write!(
                f,
                "CreateImage: {image_id} from {instance_id} ({snapshot_count} snapshot(s))"
            ),
            M::CreateImageWithoutReboot { .. } => f.write_str(NO_REBOOT_WARNING),
            M::CopyImage {
                source_image_id,
                source_region,
                image_id,
                region,
            } => write!(
                f,
                "CopyImage: {source_image_id} ({source_region}) → {image_id} ({region})"
            ),
            M::DeregisterImage { image_id } => write!(
                f,
                "DeregisterImage: {image_id} (instances launched from it keep running; its snapshots remain)"
            ),
            M::AllocateAddress {
                public_ip,
                allocation_id,
            } => write!(f, "AllocateAddress: {public_ip} ({allocation_id})"),
            M::AssociateAddress {
                public_ip,
                instance_id,
                association_id,
            } => write!(
                f,
                "AssociateAddress: {public_ip} → {instance_id} ({association_id})"
            ),
            M::DisassociateAddress { association_id } => {
                write!(f, "DisassociateAddress: {association_id}")
            }
            M::ReleaseAddress { allocation_id } => write!(f, "ReleaseAddress: {allocation_id}"),
            M::GuestCommand { line } => write!(f, "$ {line}"),
            M::InstanceLaunched {
                instance_id,
                availability_zone,
            } => write!(f, "{instance_id}: launched in {availability_zone} → pending"),
            M::InstanceStateChanged {
                instance_id,
                from,
                to,
                reason_code,
            } => {
                write!(f, "{instance_id}: {} → {}", from.as_str(), to.as_str())?;
                match reason_code {
                    Some(code) => write!(f, " ({code})"),
                    None => Ok(()),
                }
            }
            M::ForcedStop { instance_id } => write!(f, "{instance_id}: stopping (forced)"),
            M::RebootBegan { instance_id, cause } => write!(
                f,
                "{instance_id}: running → rebooting ({}); stays 'running' in the API",
                cause.english()
            ),
            M::RebootEnded { instance_id } => write!(f, "{instance_id}: rebooting → running"),
            M::VolumeCreated { volume_id, state } => {
                write!(f, "{volume_id}: creating → {}", state.as_str())
            }
            M::VolumeAttached {
                volume_id,
                instance_id,
                device,
            } => write!(
                f,
                "{volume_id}: attaching → attached ({instance_id} {device})"
            ),
            M::VolumeDetached { volume_id } => write!(f, "{volume_id}: detaching → available"),
            M::VolumeDeletedWithInstance {
                volume_id,
                instance_id,
            } => write!(
                f,
                "{volume_id}: deleted with {instance_id} (DeleteOnTermination=true)"
            ),
            M::VolumeKeptAfterTermination {
                volume_id,
                instance_id,
            } => write!(
                f,
                "{volume_id}: detached from {instance_id}, now available (DeleteOnTermination=false)"
            ),
            M::AddressDisassociatedAtTermination {
                public_ip,
                instance_id,
            } => write!(
                f,
                "Elastic IP {public_ip} disassociated from {instance_id}; still allocated"
            ),
            M::SnapshotCompleted { snapshot_id } => {
                write!(f, "{snapshot_id}: pending → completed")
            }
            M::ImageAvailable { image_id } => write!(f, "{image_id}: pending → available"),
            M::RetirementScheduled { instance_id, at } => write!(
                f,
                "AWS scheduled instance retirement of {instance_id} at {}",
                gmt(*at)
            ),
            M::RetirementSkipped { instance_id, state } => write!(
                f,
                "Scheduled retirement of {instance_id}: instance is {}, nothing to do",
                state.as_str()
            ),
            M::InstanceNoLongerListed { instance_id } => write!(
                f,
                "{instance_id} is no longer listed (terminated instances stay visible about an hour)"
            ),
            M::Legacy(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_lines_are_the_ones_the_log_always_had() {
        let ids = vec!["i-1".to_string(), "i-2".to_string()];
        let cases = [
            (
                EventMessage::RunInstances {
                    count: 2,
                    instance_type: "t2.micro".into(),
                    image_id: "ami-1".into(),
                    instance_ids: ids.clone(),
                },
                "RunInstances: 2 × t2.micro from ami-1 → i-1, i-2",
            ),
            (
                EventMessage::StopInstances {
                    instance_ids: ids.clone(),
                    hibernate: true,
                },
                "StopInstances (hibernate): i-1, i-2",
            ),
            (
                EventMessage::InstanceStateChanged {
                    instance_id: "i-1".into(),
                    from: LifecycleState::Running,
                    to: LifecycleState::Stopping,
                    reason_code: Some("Client.UserInitiatedShutdown".into()),
                },
                "i-1: running → stopping (Client.UserInitiatedShutdown)",
            ),
            (
                EventMessage::CreateVolume {
                    size_gib: 8,
                    volume_type: VolumeType::Gp3,
                    availability_zone: "us-east-1a".into(),
                    snapshot_id: None,
                },
                "CreateVolume: 8 GiB gp3 in us-east-1a (empty)",
            ),
            (
                EventMessage::RebootBegan {
                    instance_id: "i-1".into(),
                    cause: RebootCause::Requested,
                },
                "i-1: running → rebooting (reboot requested); stays 'running' in the API",
            ),
            (
                EventMessage::InstanceStoreMappingIgnored {
                    instance_type: "t2.micro".into(),
                    available: 0,
                    device: "/dev/sdb".into(),
                    virtual_name: "ephemeral0".into(),
                },
                "t2.micro has no instance store volumes; the mapping /dev/sdb=ephemeral0 was ignored.",
            ),
        ];
        for (message, english) in cases {
            assert_eq!(message.to_string(), english);
        }
    }

    #[test]
    fn a_message_is_saved_as_tagged_data_and_read_back() {
        let message = EventMessage::VolumeCreated {
            volume_id: "vol-1".into(),
            state: VolumeState::InUse,
        };
        let json = serde_json::to_string(&message).unwrap();
        assert_eq!(
            json,
            r#"{"event":"volume-created","volume_id":"vol-1","state":"in-use"}"#
        );
        assert_eq!(
            serde_json::from_str::<EventMessage>(&json).unwrap(),
            message
        );
    }

    #[test]
    fn an_old_english_line_reads_back_as_legacy_and_saves_the_same_way() {
        let old = r#""i-1: pending → running""#;
        let message: EventMessage = serde_json::from_str(old).unwrap();
        assert_eq!(
            message,
            EventMessage::Legacy("i-1: pending → running".into())
        );
        assert_eq!(message.to_string(), "i-1: pending → running");
        assert_eq!(serde_json::to_string(&message).unwrap(), old);
    }
}
