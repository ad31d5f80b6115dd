//! The event log's save format: every kind of event is written exactly as it always was and reads
//! back to the same value, whatever the order of its keys; English lines saved before events were
//! structured still load. (The deserializer is hand-written to keep the WebAssembly small, so this
//! pins it to the format serde's derive wrote.)

use ec2_lab::sim::events::{EventMessage, Protection, RebootCause};
use ec2_lab::sim::instance::{LifecycleState, ShutdownBehavior};
use ec2_lab::sim::storage::{VolumeState, VolumeType};

fn s(text: &str) -> String {
    text.to_string()
}

/// One event of every kind, each with the JSON it is saved as.
fn every_kind() -> Vec<(EventMessage, &'static str)> {
    use EventMessage as M;
    let ids = vec![s("i-1"), s("i-2")];
    vec![
        (
            M::RunInstances {
                count: 2,
                instance_type: s("t2.micro"),
                image_id: s("ami-1"),
                instance_ids: ids.clone(),
            },
            r#"{"event":"run-instances","count":2,"instance_type":"t2.micro","image_id":"ami-1","instance_ids":["i-1","i-2"]}"#,
        ),
        (
            M::StartInstances {
                instance_ids: ids.clone(),
            },
            r#"{"event":"start-instances","instance_ids":["i-1","i-2"]}"#,
        ),
        (
            M::StopInstances {
                instance_ids: ids.clone(),
                hibernate: true,
            },
            r#"{"event":"stop-instances","instance_ids":["i-1","i-2"],"hibernate":true}"#,
        ),
        (
            M::RebootInstances {
                instance_ids: vec![s("i-1")],
            },
            r#"{"event":"reboot-instances","instance_ids":["i-1"]}"#,
        ),
        (
            M::TerminateInstances {
                instance_ids: vec![],
            },
            r#"{"event":"terminate-instances","instance_ids":[]}"#,
        ),
        (
            M::InstanceTypeChanged {
                instance_id: s("i-1"),
                from: s("t2.micro"),
                to: s("t3.large"),
            },
            r#"{"event":"instance-type-changed","instance_id":"i-1","from":"t2.micro","to":"t3.large"}"#,
        ),
        (
            M::ProtectionChanged {
                instance_id: s("i-1"),
                protection: Protection::Termination,
                enabled: true,
            },
            r#"{"event":"protection-changed","instance_id":"i-1","protection":"termination","enabled":true}"#,
        ),
        (
            M::ProtectionChanged {
                instance_id: s("i-1"),
                protection: Protection::Stop,
                enabled: false,
            },
            r#"{"event":"protection-changed","instance_id":"i-1","protection":"stop","enabled":false}"#,
        ),
        (
            M::ShutdownBehaviorChanged {
                instance_id: s("i-1"),
                behavior: ShutdownBehavior::Terminate,
            },
            r#"{"event":"shutdown-behavior-changed","instance_id":"i-1","behavior":"terminate"}"#,
        ),
        (
            M::DeleteOnTerminationChanged {
                instance_id: s("i-1"),
                device: s("/dev/xvda"),
                volume_id: s("vol-1"),
                delete_on_termination: false,
            },
            r#"{"event":"delete-on-termination-changed","instance_id":"i-1","device":"/dev/xvda","volume_id":"vol-1","delete_on_termination":false}"#,
        ),
        (
            M::InstanceStoreMappingIgnored {
                instance_type: s("m5d.large"),
                available: 1,
                device: s("/dev/sdc"),
                virtual_name: s("ephemeral1"),
            },
            r#"{"event":"instance-store-mapping-ignored","instance_type":"m5d.large","available":1,"device":"/dev/sdc","virtual_name":"ephemeral1"}"#,
        ),
        (
            M::CreateVolume {
                size_gib: 16_384,
                volume_type: VolumeType::Io2,
                availability_zone: s("us-east-1b"),
                snapshot_id: Some(s("snap-1")),
            },
            r#"{"event":"create-volume","size_gib":16384,"volume_type":"io2","availability_zone":"us-east-1b","snapshot_id":"snap-1"}"#,
        ),
        (
            M::CreateVolume {
                size_gib: 8,
                volume_type: VolumeType::Gp3,
                availability_zone: s("us-east-1a"),
                snapshot_id: None,
            },
            r#"{"event":"create-volume","size_gib":8,"volume_type":"gp3","availability_zone":"us-east-1a","snapshot_id":null}"#,
        ),
        (
            M::AttachVolume {
                volume_id: s("vol-1"),
                instance_id: s("i-1"),
                device: s("/dev/sdf"),
            },
            r#"{"event":"attach-volume","volume_id":"vol-1","instance_id":"i-1","device":"/dev/sdf"}"#,
        ),
        (
            M::DetachVolume {
                volume_id: s("vol-1"),
                instance_id: s("i-1"),
            },
            r#"{"event":"detach-volume","volume_id":"vol-1","instance_id":"i-1"}"#,
        ),
        (
            M::DeleteVolume {
                volume_id: s("vol-1"),
            },
            r#"{"event":"delete-volume","volume_id":"vol-1"}"#,
        ),
        (
            M::CreateSnapshot {
                snapshot_id: s("snap-1"),
                volume_id: s("vol-1"),
            },
            r#"{"event":"create-snapshot","snapshot_id":"snap-1","volume_id":"vol-1"}"#,
        ),
        (
            M::DeleteSnapshot {
                snapshot_id: s("snap-1"),
            },
            r#"{"event":"delete-snapshot","snapshot_id":"snap-1"}"#,
        ),
        (
            M::CreateImage {
                image_id: s("ami-2"),
                instance_id: s("i-1"),
                snapshot_count: 3,
            },
            r#"{"event":"create-image","image_id":"ami-2","instance_id":"i-1","snapshot_count":3}"#,
        ),
        (
            M::CreateImageWithoutReboot {
                image_id: s("ami-2"),
            },
            r#"{"event":"create-image-without-reboot","image_id":"ami-2"}"#,
        ),
        (
            M::CopyImage {
                source_image_id: s("ami-2"),
                source_region: s("us-east-1"),
                image_id: s("ami-3"),
                region: s("eu-west-1"),
            },
            r#"{"event":"copy-image","source_image_id":"ami-2","source_region":"us-east-1","image_id":"ami-3","region":"eu-west-1"}"#,
        ),
        (
            M::DeregisterImage {
                image_id: s("ami-2"),
            },
            r#"{"event":"deregister-image","image_id":"ami-2"}"#,
        ),
        (
            M::AllocateAddress {
                public_ip: s("3.0.0.1"),
                allocation_id: s("eipalloc-1"),
            },
            r#"{"event":"allocate-address","public_ip":"3.0.0.1","allocation_id":"eipalloc-1"}"#,
        ),
        (
            M::AssociateAddress {
                public_ip: s("3.0.0.1"),
                instance_id: s("i-1"),
                association_id: s("eipassoc-1"),
            },
            r#"{"event":"associate-address","public_ip":"3.0.0.1","instance_id":"i-1","association_id":"eipassoc-1"}"#,
        ),
        (
            M::DisassociateAddress {
                association_id: s("eipassoc-1"),
            },
            r#"{"event":"disassociate-address","association_id":"eipassoc-1"}"#,
        ),
        (
            M::ReleaseAddress {
                allocation_id: s("eipalloc-1"),
            },
            r#"{"event":"release-address","allocation_id":"eipalloc-1"}"#,
        ),
        (
            M::GuestCommand {
                line: s("echo \"hi\" > /tmp/a"),
            },
            r#"{"event":"guest-command","line":"echo \"hi\" > /tmp/a"}"#,
        ),
        (
            M::InstanceLaunched {
                instance_id: s("i-1"),
                availability_zone: s("us-east-1a"),
            },
            r#"{"event":"instance-launched","instance_id":"i-1","availability_zone":"us-east-1a"}"#,
        ),
        (
            M::InstanceStateChanged {
                instance_id: s("i-1"),
                from: LifecycleState::Running,
                to: LifecycleState::ShuttingDown,
                reason_code: Some(s("Client.UserInitiatedShutdown")),
            },
            r#"{"event":"instance-state-changed","instance_id":"i-1","from":"running","to":"shutting-down","reason_code":"Client.UserInitiatedShutdown"}"#,
        ),
        (
            M::InstanceStateChanged {
                instance_id: s("i-1"),
                from: LifecycleState::Pending,
                to: LifecycleState::Running,
                reason_code: None,
            },
            r#"{"event":"instance-state-changed","instance_id":"i-1","from":"pending","to":"running","reason_code":null}"#,
        ),
        (
            M::ForcedStop {
                instance_id: s("i-1"),
            },
            r#"{"event":"forced-stop","instance_id":"i-1"}"#,
        ),
        (
            M::RebootBegan {
                instance_id: s("i-1"),
                cause: RebootCause::FromGuest,
            },
            r#"{"event":"reboot-began","instance_id":"i-1","cause":"from-guest"}"#,
        ),
        (
            M::RebootEnded {
                instance_id: s("i-1"),
            },
            r#"{"event":"reboot-ended","instance_id":"i-1"}"#,
        ),
        (
            M::VolumeCreated {
                volume_id: s("vol-1"),
                state: VolumeState::InUse,
            },
            r#"{"event":"volume-created","volume_id":"vol-1","state":"in-use"}"#,
        ),
        (
            M::VolumeAttached {
                volume_id: s("vol-1"),
                instance_id: s("i-1"),
                device: s("/dev/sdf"),
            },
            r#"{"event":"volume-attached","volume_id":"vol-1","instance_id":"i-1","device":"/dev/sdf"}"#,
        ),
        (
            M::VolumeDetached {
                volume_id: s("vol-1"),
            },
            r#"{"event":"volume-detached","volume_id":"vol-1"}"#,
        ),
        (
            M::VolumeDeletedWithInstance {
                volume_id: s("vol-1"),
                instance_id: s("i-1"),
            },
            r#"{"event":"volume-deleted-with-instance","volume_id":"vol-1","instance_id":"i-1"}"#,
        ),
        (
            M::VolumeKeptAfterTermination {
                volume_id: s("vol-1"),
                instance_id: s("i-1"),
            },
            r#"{"event":"volume-kept-after-termination","volume_id":"vol-1","instance_id":"i-1"}"#,
        ),
        (
            M::AddressDisassociatedAtTermination {
                public_ip: s("3.0.0.1"),
                instance_id: s("i-1"),
            },
            r#"{"event":"address-disassociated-at-termination","public_ip":"3.0.0.1","instance_id":"i-1"}"#,
        ),
        (
            M::SnapshotCompleted {
                snapshot_id: s("snap-1"),
            },
            r#"{"event":"snapshot-completed","snapshot_id":"snap-1"}"#,
        ),
        (
            M::ImageAvailable {
                image_id: s("ami-2"),
            },
            r#"{"event":"image-available","image_id":"ami-2"}"#,
        ),
        (
            M::RetirementScheduled {
                instance_id: s("i-1"),
                at: 1_234_567_890_123,
            },
            r#"{"event":"retirement-scheduled","instance_id":"i-1","at":1234567890123}"#,
        ),
        (
            M::RetirementSkipped {
                instance_id: s("i-1"),
                state: LifecycleState::Stopped,
            },
            r#"{"event":"retirement-skipped","instance_id":"i-1","state":"stopped"}"#,
        ),
        (
            M::InstanceNoLongerListed {
                instance_id: s("i-1"),
            },
            r#"{"event":"instance-no-longer-listed","instance_id":"i-1"}"#,
        ),
        (
            M::Legacy(s("i-1: pending → running")),
            r#""i-1: pending → running""#,
        ),
    ]
}

/// Every variant, so that a new kind of event cannot be added without a line in `every_kind`.
fn kind_name(message: &EventMessage) -> &'static str {
    use EventMessage as M;
    match message {
        M::RunInstances { .. } => "run-instances",
        M::StartInstances { .. } => "start-instances",
        M::StopInstances { .. } => "stop-instances",
        M::RebootInstances { .. } => "reboot-instances",
        M::TerminateInstances { .. } => "terminate-instances",
        M::InstanceTypeChanged { .. } => "instance-type-changed",
        M::ProtectionChanged { .. } => "protection-changed",
        M::ShutdownBehaviorChanged { .. } => "shutdown-behavior-changed",
        M::DeleteOnTerminationChanged { .. } => "delete-on-termination-changed",
        M::InstanceStoreMappingIgnored { .. } => "instance-store-mapping-ignored",
        M::CreateVolume { .. } => "create-volume",
        M::AttachVolume { .. } => "attach-volume",
        M::DetachVolume { .. } => "detach-volume",
        M::DeleteVolume { .. } => "delete-volume",
        M::CreateSnapshot { .. } => "create-snapshot",
        M::DeleteSnapshot { .. } => "delete-snapshot",
        M::CreateImage { .. } => "create-image",
        M::CreateImageWithoutReboot { .. } => "create-image-without-reboot",
        M::CopyImage { .. } => "copy-image",
        M::DeregisterImage { .. } => "deregister-image",
        M::AllocateAddress { .. } => "allocate-address",
        M::AssociateAddress { .. } => "associate-address",
        M::DisassociateAddress { .. } => "disassociate-address",
        M::ReleaseAddress { .. } => "release-address",
        M::GuestCommand { .. } => "guest-command",
        M::InstanceLaunched { .. } => "instance-launched",
        M::InstanceStateChanged { .. } => "instance-state-changed",
        M::ForcedStop { .. } => "forced-stop",
        M::RebootBegan { .. } => "reboot-began",
        M::RebootEnded { .. } => "reboot-ended",
        M::VolumeCreated { .. } => "volume-created",
        M::VolumeAttached { .. } => "volume-attached",
        M::VolumeDetached { .. } => "volume-detached",
        M::VolumeDeletedWithInstance { .. } => "volume-deleted-with-instance",
        M::VolumeKeptAfterTermination { .. } => "volume-kept-after-termination",
        M::AddressDisassociatedAtTermination { .. } => "address-disassociated-at-termination",
        M::SnapshotCompleted { .. } => "snapshot-completed",
        M::ImageAvailable { .. } => "image-available",
        M::RetirementScheduled { .. } => "retirement-scheduled",
        M::RetirementSkipped { .. } => "retirement-skipped",
        M::InstanceNoLongerListed { .. } => "instance-no-longer-listed",
        M::Legacy(_) => "legacy",
    }
}

const KINDS: usize = 42;

#[test]
fn every_kind_of_event_is_covered() {
    let mut names: Vec<&str> = every_kind().iter().map(|(m, _)| kind_name(m)).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), KINDS, "every_kind() misses a kind: {names:?}");
}

#[test]
fn every_kind_of_event_is_saved_as_it_always_was_and_reads_back() {
    for (message, json) in every_kind() {
        assert_eq!(serde_json::to_string(&message).unwrap(), json);
        let read: EventMessage =
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{json} does not read back: {e}"));
        assert_eq!(read, message, "{json}");
        if let EventMessage::Legacy(_) = message {
        } else {
            assert!(json.starts_with(&format!(r#"{{"event":"{}""#, kind_name(&message))));
        }
    }
}

/// The saved objects have the tag first, but a hand-edited or re-serialised save need not.
#[test]
fn the_keys_may_come_in_any_order() {
    for (message, json) in every_kind() {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let serde_json::Value::Object(map) = value else {
            continue;
        };
        let mut entries: Vec<(String, serde_json::Value)> = map.into_iter().collect();
        // Sorted keys, then the tag moved to the end.
        let tag = entries.iter().position(|(k, _)| k == "event").unwrap();
        let tag = entries.remove(tag);
        entries.push(tag);
        let reversed = format!(
            "{{{}}}",
            entries
                .iter()
                .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).unwrap(), v))
                .collect::<Vec<_>>()
                .join(",")
        );
        assert!(reversed.ends_with(&format!(r#""event":"{}"}}"#, kind_name(&message))));
        let read: EventMessage = serde_json::from_str(&reversed)
            .unwrap_or_else(|e| panic!("{reversed} does not read back: {e}"));
        assert_eq!(read, message, "{reversed}");
    }
}

#[test]
fn an_old_plain_english_line_loads_as_legacy() {
    let read: EventMessage =
        serde_json::from_str(r#""RunInstances: 1 × t2.micro from ami-1 → i-1""#).unwrap();
    assert_eq!(
        read,
        EventMessage::Legacy(s("RunInstances: 1 × t2.micro from ami-1 → i-1"))
    );
    // Escapes are decoded like any JSON string.
    let read: EventMessage = serde_json::from_str(r#""$ echo \"a\\b\" \u00e9""#).unwrap();
    assert_eq!(read, EventMessage::Legacy(s("$ echo \"a\\b\" é")));
}

#[test]
fn unknown_keys_are_ignored_and_optional_values_may_be_null_or_absent() {
    let read: EventMessage = serde_json::from_str(
        r#"{"event":"create-volume","size_gib":8,"volume_type":"gp3","availability_zone":"us-east-1a","snapshot_id":null,"extra":[1,{"a":2}]}"#,
    )
    .unwrap();
    assert_eq!(
        read,
        EventMessage::CreateVolume {
            size_gib: 8,
            volume_type: VolumeType::Gp3,
            availability_zone: s("us-east-1a"),
            snapshot_id: None,
        }
    );
    let read: EventMessage =
        serde_json::from_str(r#"{"event":"instance-state-changed","instance_id":"i-1","from":"stopping","to":"stopped"}"#)
            .unwrap();
    assert_eq!(
        read,
        EventMessage::InstanceStateChanged {
            instance_id: s("i-1"),
            from: LifecycleState::Stopping,
            to: LifecycleState::Stopped,
            reason_code: None,
        }
    );
}

#[test]
fn damaged_events_are_refused() {
    for bad in [
        r#"{"event":"no-such-event","instance_id":"i-1"}"#,
        r#"{"instance_id":"i-1"}"#,
        r#"{"event":"start-instances"}"#,
        r#"{"event":"create-volume","size_gib":"8","volume_type":"gp3","availability_zone":"us-east-1a"}"#,
        r#"{"event":"create-volume","size_gib":8,"volume_type":"gp9","availability_zone":"us-east-1a"}"#,
        r#"{"event":"instance-state-changed","instance_id":"i-1","from":"asleep","to":"stopped"}"#,
        r#"{"event":"volume-created","volume_id":"vol-1","state":"stopped"}"#,
        r#"{"event":"retirement-skipped","instance_id":"i-1","state":"in-use"}"#,
        r#"{"event":"delete-snapshot","snapshot_id":null}"#,
        r#"{"event":"start-instances","instance_ids":[],"instance_ids":[]}"#,
        r#"{"event":17,"instance_ids":[]}"#,
        r#"17"#,
        r#"null"#,
    ] {
        assert!(
            serde_json::from_str::<EventMessage>(bad).is_err(),
            "{bad} should be refused"
        );
    }
}
