//! Reading a saved [`EventMessage`] by hand, for the size of the WebAssembly module.
//!
//! serde's derive for an internally tagged enum with an untagged variant buffers every event
//! through its generic `Content` tree, then runs each variant's own deserializer over that tree and,
//! failing that, the untagged one: about 130 KB of the module for this one type. Here an event
//! object is read once, straight from the JSON, into [`Fields`], which has every field any kind of
//! event has; the `event` tag then picks the variant and the fields it needs. What loads is what
//! loaded before: the keys in any order, unknown keys ignored, a missing `Option` is `None`, and a
//! plain string is an event saved before events were structured ([`EventMessage::Legacy`]).
//! `tests/sim_event_format.rs` holds one event of every kind in the format the derive wrote.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::serde_fields::need;

use super::{EventMessage, Protection, RebootCause};
use crate::sim::clock::SimTime;
use crate::sim::instance::{LifecycleState, ShutdownBehavior};
use crate::sim::storage::{VolumeState, VolumeType};

/// The `event` tags, for the "unknown variant" error.
const KINDS: &[&str] = &[
    "run-instances",
    "start-instances",
    "stop-instances",
    "reboot-instances",
    "terminate-instances",
    "instance-type-changed",
    "protection-changed",
    "shutdown-behavior-changed",
    "delete-on-termination-changed",
    "instance-store-mapping-ignored",
    "create-volume",
    "attach-volume",
    "detach-volume",
    "delete-volume",
    "create-snapshot",
    "delete-snapshot",
    "create-image",
    "create-image-without-reboot",
    "copy-image",
    "deregister-image",
    "allocate-address",
    "associate-address",
    "disassociate-address",
    "release-address",
    "guest-command",
    "instance-launched",
    "instance-state-changed",
    "forced-stop",
    "reboot-began",
    "reboot-ended",
    "volume-created",
    "volume-attached",
    "volume-detached",
    "volume-deleted-with-instance",
    "volume-kept-after-termination",
    "address-disassociated-at-termination",
    "snapshot-completed",
    "image-available",
    "retirement-scheduled",
    "retirement-skipped",
    "instance-no-longer-listed",
];

/// Every field of every kind of event. A name two kinds use with different types (`from`/`to`:
/// an instance type or a lifecycle state; `state`: a volume's or an instance's) is read as text
/// and parsed once the kind is known.
#[derive(Deserialize)]
struct Fields {
    event: String,
    count: Option<u32>,
    instance_type: Option<String>,
    image_id: Option<String>,
    instance_ids: Option<Vec<String>>,
    hibernate: Option<bool>,
    instance_id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    protection: Option<Protection>,
    enabled: Option<bool>,
    behavior: Option<ShutdownBehavior>,
    device: Option<String>,
    volume_id: Option<String>,
    delete_on_termination: Option<bool>,
    available: Option<u32>,
    virtual_name: Option<String>,
    size_gib: Option<u64>,
    volume_type: Option<VolumeType>,
    availability_zone: Option<String>,
    snapshot_id: Option<String>,
    snapshot_count: Option<u32>,
    source_image_id: Option<String>,
    source_region: Option<String>,
    region: Option<String>,
    public_ip: Option<String>,
    allocation_id: Option<String>,
    association_id: Option<String>,
    line: Option<String>,
    reason_code: Option<String>,
    cause: Option<RebootCause>,
    state: Option<String>,
    at: Option<SimTime>,
}

impl<'de> Deserialize<'de> for EventMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MessageVisitor)
    }
}

struct MessageVisitor;

impl<'de> Visitor<'de> for MessageVisitor {
    type Value = EventMessage;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event object with an \"event\" tag, or an old event's English line")
    }

    fn visit_str<E: de::Error>(self, line: &str) -> Result<EventMessage, E> {
        Ok(EventMessage::Legacy(line.to_owned()))
    }

    fn visit_string<E: de::Error>(self, line: String) -> Result<EventMessage, E> {
        Ok(EventMessage::Legacy(line))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<EventMessage, A::Error> {
        Fields::deserialize(MapAccessDeserializer::new(map))?.into_message()
    }
}

/// A field the event's kind requires.
/// A field read as text that is one of the engine's kebab-case enums for this kind of event;
/// parsed by the enum's own (derived) deserializer, so the names and errors are the usual ones.
fn parse_named<T: de::DeserializeOwned, E: de::Error>(
    value: Option<String>,
    name: &'static str,
) -> Result<T, E> {
    let text = need::<String, E>(value, name)?;
    T::deserialize(text.as_str().into_deserializer())
}

impl Fields {
    fn into_message<E: de::Error>(self) -> Result<EventMessage, E> {
        use EventMessage as M;
        let f = self;
        macro_rules! need {
            ($field:ident) => {
                need(f.$field, stringify!($field))?
            };
        }
        Ok(match f.event.as_str() {
            "run-instances" => M::RunInstances {
                count: need!(count),
                instance_type: need!(instance_type),
                image_id: need!(image_id),
                instance_ids: need!(instance_ids),
            },
            "start-instances" => M::StartInstances {
                instance_ids: need!(instance_ids),
            },
            "stop-instances" => M::StopInstances {
                instance_ids: need!(instance_ids),
                hibernate: need!(hibernate),
            },
            "reboot-instances" => M::RebootInstances {
                instance_ids: need!(instance_ids),
            },
            "terminate-instances" => M::TerminateInstances {
                instance_ids: need!(instance_ids),
            },
            "instance-type-changed" => M::InstanceTypeChanged {
                instance_id: need!(instance_id),
                from: need!(from),
                to: need!(to),
            },
            "protection-changed" => M::ProtectionChanged {
                instance_id: need!(instance_id),
                protection: need!(protection),
                enabled: need!(enabled),
            },
            "shutdown-behavior-changed" => M::ShutdownBehaviorChanged {
                instance_id: need!(instance_id),
                behavior: need!(behavior),
            },
            "delete-on-termination-changed" => M::DeleteOnTerminationChanged {
                instance_id: need!(instance_id),
                device: need!(device),
                volume_id: need!(volume_id),
                delete_on_termination: need!(delete_on_termination),
            },
            "instance-store-mapping-ignored" => M::InstanceStoreMappingIgnored {
                instance_type: need!(instance_type),
                available: need!(available),
                device: need!(device),
                virtual_name: need!(virtual_name),
            },
            "create-volume" => M::CreateVolume {
                size_gib: need!(size_gib),
                volume_type: need!(volume_type),
                availability_zone: need!(availability_zone),
                snapshot_id: f.snapshot_id,
            },
            "attach-volume" => M::AttachVolume {
                volume_id: need!(volume_id),
                instance_id: need!(instance_id),
                device: need!(device),
            },
            "detach-volume" => M::DetachVolume {
                volume_id: need!(volume_id),
                instance_id: need!(instance_id),
            },
            "delete-volume" => M::DeleteVolume {
                volume_id: need!(volume_id),
            },
            "create-snapshot" => M::CreateSnapshot {
                snapshot_id: need!(snapshot_id),
                volume_id: need!(volume_id),
            },
            "delete-snapshot" => M::DeleteSnapshot {
                snapshot_id: need!(snapshot_id),
            },
            "create-image" => M::CreateImage {
                image_id: need!(image_id),
                instance_id: need!(instance_id),
                snapshot_count: need!(snapshot_count),
            },
            "create-image-without-reboot" => M::CreateImageWithoutReboot {
                image_id: need!(image_id),
            },
            "copy-image" => M::CopyImage {
                source_image_id: need!(source_image_id),
                source_region: need!(source_region),
                image_id: need!(image_id),
                region: need!(region),
            },
            "deregister-image" => M::DeregisterImage {
                image_id: need!(image_id),
            },
            "allocate-address" => M::AllocateAddress {
                public_ip: need!(public_ip),
                allocation_id: need!(allocation_id),
            },
            "associate-address" => M::AssociateAddress {
                public_ip: need!(public_ip),
                instance_id: need!(instance_id),
                association_id: need!(association_id),
            },
            "disassociate-address" => M::DisassociateAddress {
                association_id: need!(association_id),
            },
            "release-address" => M::ReleaseAddress {
                allocation_id: need!(allocation_id),
            },
            "guest-command" => M::GuestCommand { line: need!(line) },
            "instance-launched" => M::InstanceLaunched {
                instance_id: need!(instance_id),
                availability_zone: need!(availability_zone),
            },
            "instance-state-changed" => M::InstanceStateChanged {
                instance_id: need!(instance_id),
                from: parse_named::<LifecycleState, E>(f.from, "from")?,
                to: parse_named::<LifecycleState, E>(f.to, "to")?,
                reason_code: f.reason_code,
            },
            "forced-stop" => M::ForcedStop {
                instance_id: need!(instance_id),
            },
            "reboot-began" => M::RebootBegan {
                instance_id: need!(instance_id),
                cause: need!(cause),
            },
            "reboot-ended" => M::RebootEnded {
                instance_id: need!(instance_id),
            },
            "volume-created" => M::VolumeCreated {
                volume_id: need!(volume_id),
                state: parse_named::<VolumeState, E>(f.state, "state")?,
            },
            "volume-attached" => M::VolumeAttached {
                volume_id: need!(volume_id),
                instance_id: need!(instance_id),
                device: need!(device),
            },
            "volume-detached" => M::VolumeDetached {
                volume_id: need!(volume_id),
            },
            "volume-deleted-with-instance" => M::VolumeDeletedWithInstance {
                volume_id: need!(volume_id),
                instance_id: need!(instance_id),
            },
            "volume-kept-after-termination" => M::VolumeKeptAfterTermination {
                volume_id: need!(volume_id),
                instance_id: need!(instance_id),
            },
            "address-disassociated-at-termination" => M::AddressDisassociatedAtTermination {
                public_ip: need!(public_ip),
                instance_id: need!(instance_id),
            },
            "snapshot-completed" => M::SnapshotCompleted {
                snapshot_id: need!(snapshot_id),
            },
            "image-available" => M::ImageAvailable {
                image_id: need!(image_id),
            },
            "retirement-scheduled" => M::RetirementScheduled {
                instance_id: need!(instance_id),
                at: need!(at),
            },
            "retirement-skipped" => M::RetirementSkipped {
                instance_id: need!(instance_id),
                state: parse_named::<LifecycleState, E>(f.state, "state")?,
            },
            "instance-no-longer-listed" => M::InstanceNoLongerListed {
                instance_id: need!(instance_id),
            },
            other => return Err(E::unknown_variant(other, KINDS)),
        })
    }
}
