//! The event log in the learner's language. The engine logs [`EventMessage`] values; English is
//! their `Display` (the lines the CLI prints), Korean is written here with the Korean console's
//! words, keeping API names, IDs and state identifiers in English beside them (product.md).

use super::{Lang, Localize, Text};
use crate::sim::clock::gmt;
use crate::sim::event_message::{EventMessage, Protection, RebootCause};
use crate::sim::instance::{LifecycleState, ShutdownBehavior};
use crate::sim::storage::VolumeState;

texts! { EventText;
    VolumeCreating => "creating", "생성 중";
    VolumeAvailable => "available", "사용 가능";
    VolumeInUse => "in-use", "사용 중";
    Attaching => "attaching", "연결 중";
    Attached => "attached", "연결됨";
    Detaching => "detaching", "분리 중";
    SnapshotCompleted => "completed", "완료됨";
    ImageAvailable => "available", "사용 가능";
    RebootRequested => "reboot requested", "재부팅 요청";
    RebootFromGuest => "reboot from inside the instance", "인스턴스 안에서 재부팅";
    RebootForImage => "CreateImage without NoReboot", "NoReboot 없이 CreateImage 실행";
    ProtectionTermination => "termination protection", "종료 방지";
    ProtectionStop => "stop protection", "중지 방지";
    On => "on", "켬";
    Off => "off", "끔";
    BehaviorStop => "stop", "중지";
    BehaviorTerminate => "terminate", "종료";
    // The state reasons' messages (ec2-facts 1.1, 1.2), glossed in Korean beside the API's English.
    ReasonUserInitiatedShutdown => "User initiated shutdown", "사용자가 중지 또는 종료를 요청했습니다.";
    ReasonUserInitiatedHibernate => "User initiated hibernate", "사용자가 최대 절전 모드를 요청했습니다.";
    ReasonInstanceInitiatedShutdown => "Instance initiated shutdown", "인스턴스 안에서 운영 체제를 껐습니다(shutdown 명령).";
    ReasonScheduledStop => "Stopped due to scheduled retirement", "AWS의 예약된 사용 중지로 중지되었습니다.";
    // The lifecycle refusals the diagram lists (EC2's English error beside), by error code.
    RefusedIncorrectState => "The instance's current state does not allow this action.", "인스턴스의 지금 상태에서는 이 작업을 할 수 없습니다.";
    RefusedProtected => "Termination or stop protection is on.", "종료 방지 또는 중지 방지가 켜져 있어 거부되었습니다.";
    RefusedInstanceStore => "An instance-store-backed instance cannot be stopped or hibernated.", "인스턴스 스토어 기반 인스턴스는 중지하거나 최대 절전 모드로 전환할 수 없습니다.";
    RefusedNoHibernation => "Hibernation was not turned on at launch.", "이 인스턴스는 시작할 때 최대 절전 모드를 켜지 않았습니다.";
    RefusedHibernateAndForce => "Hibernate and force stop cannot be combined.", "최대 절전 모드와 강제 중지는 함께 쓸 수 없습니다.";
    RefusedNoRootVolume => "No volume is attached at the root device.", "루트 디바이스에 볼륨이 연결되어 있지 않아 시작할 수 없습니다.";
    ImageNoRebootWarning =>
        "NoReboot: the instance was not shut down, so the snapshots are crash-consistent; Amazon EC2 can't guarantee the file system integrity of the created image.",
        "NoReboot: 인스턴스를 재부팅하지 않았으므로 스냅샷은 충돌 일관성만 보장됩니다. Amazon EC2는 생성된 이미지의 파일 시스템 무결성을 보장할 수 없습니다.";
}

/// An event's line in `lang`. English is the engine's own line; a legacy event (saved before
/// events were structured) is its English line in either language.
pub fn event_text(lang: Lang, message: &EventMessage) -> String {
    match lang {
        Lang::En => message.to_string(),
        Lang::Ko => korean(message),
    }
}

/// True when the line is the same in every language and in English (a saved English line, a
/// shell command): the UI marks it `lang="en"`.
pub fn event_is_verbatim_english(message: &EventMessage) -> bool {
    matches!(
        message,
        EventMessage::Legacy(_) | EventMessage::GuestCommand { .. }
    )
}

/// What a state reason code means, for a Korean learner reading the API's English message beside
/// it (the console shows that message untranslated). None in English, and for codes not known here.
pub fn state_reason_gloss(lang: Lang, code: &str) -> Option<&'static str> {
    let text = match code {
        "Client.UserInitiatedShutdown" => EventText::ReasonUserInitiatedShutdown,
        "Client.UserInitiatedHibernate" => EventText::ReasonUserInitiatedHibernate,
        "Client.InstanceInitiatedShutdown" => EventText::ReasonInstanceInitiatedShutdown,
        "Server.ScheduledStop" => EventText::ReasonScheduledStop,
        _ => return None,
    };
    (lang == Lang::Ko).then(|| text.ko())
}

/// What a lifecycle refusal (`plan_start`/`plan_stop`/`plan_reboot`/`plan_terminate`, by error
/// code) means, for a Korean learner reading EC2's English message beside it. None in English.
pub fn lifecycle_refusal_gloss(lang: Lang, code: &str) -> Option<&'static str> {
    let text = match code {
        "IncorrectInstanceState" => EventText::RefusedIncorrectState,
        "OperationNotPermitted" => EventText::RefusedProtected,
        "UnsupportedOperation" => EventText::RefusedInstanceStore,
        "UnsupportedHibernationConfiguration" => EventText::RefusedNoHibernation,
        "InvalidParameterCombination" => EventText::RefusedHibernateAndForce,
        "InvalidParameterValue" => EventText::RefusedNoRootVolume,
        _ => return None,
    };
    (lang == Lang::Ko).then(|| text.ko())
}

/// "실행 중(running)": the console's word, then the API identifier.
fn instance_state(state: LifecycleState) -> String {
    format!("{}({})", super::state_term(state).ko(), state.as_str())
}

fn volume_state(state: VolumeState) -> String {
    let term = match state {
        VolumeState::Creating => EventText::VolumeCreating,
        VolumeState::Available => EventText::VolumeAvailable,
        VolumeState::InUse => EventText::VolumeInUse,
    };
    format!("{}({})", term.ko(), state.as_str())
}

/// A fixed word with its English identifier: "연결됨(attached)".
fn with_id(term: EventText) -> String {
    format!("{}({})", term.ko(), term.en())
}

fn on_off(enabled: bool) -> &'static str {
    if enabled {
        EventText::On.ko()
    } else {
        EventText::Off.ko()
    }
}

fn korean(message: &EventMessage) -> String {
    use EventMessage as M;
    match message {
        M::RunInstances {
            count,
            instance_type,
            image_id,
            instance_ids,
        } => format!(
            "RunInstances: {image_id}에서 {instance_type} 인스턴스 {count}개 시작 → {}",
            instance_ids.join(", ")
        ),
        M::StartInstances { instance_ids } => {
            format!("StartInstances: {} 시작", instance_ids.join(", "))
        }
        M::StopInstances {
            instance_ids,
            hibernate: false,
        } => format!("StopInstances: {} 중지", instance_ids.join(", ")),
        M::StopInstances {
            instance_ids,
            hibernate: true,
        } => format!(
            "StopInstances: {} 최대 절전 모드로 중지",
            instance_ids.join(", ")
        ),
        M::RebootInstances { instance_ids } => {
            format!("RebootInstances: {} 재부팅", instance_ids.join(", "))
        }
        M::TerminateInstances { instance_ids } => {
            format!("TerminateInstances: {} 종료", instance_ids.join(", "))
        }
        M::InstanceTypeChanged {
            instance_id,
            from,
            to,
        } => format!("ModifyInstanceAttribute: {instance_id} 인스턴스 유형 {from} → {to}"),
        M::ProtectionChanged {
            instance_id,
            protection,
            enabled,
        } => {
            let name = match protection {
                Protection::Termination => EventText::ProtectionTermination,
                Protection::Stop => EventText::ProtectionStop,
            };
            format!(
                "ModifyInstanceAttribute: {instance_id} {} {} ({}={enabled})",
                name.ko(),
                on_off(*enabled),
                protection.attribute()
            )
        }
        M::ShutdownBehaviorChanged {
            instance_id,
            behavior,
        } => {
            let term = match behavior {
                ShutdownBehavior::Stop => EventText::BehaviorStop,
                ShutdownBehavior::Terminate => EventText::BehaviorTerminate,
            };
            format!(
                "ModifyInstanceAttribute: {instance_id} 종료 동작(InstanceInitiatedShutdownBehavior)을 {}({})(으)로 변경",
                term.ko(),
                behavior.as_str()
            )
        }
        M::DeleteOnTerminationChanged {
            instance_id: _,
            device,
            volume_id,
            delete_on_termination,
        } => format!(
            "ModifyInstanceAttribute: {device}({volume_id}) 종료 시 삭제 {} (DeleteOnTermination={delete_on_termination})",
            on_off(*delete_on_termination)
        ),
        M::InstanceStoreMappingIgnored {
            instance_type,
            available: 0,
            device,
            virtual_name,
        } => format!(
            "{instance_type}에는 인스턴스 스토어 볼륨이 없어 {device}={virtual_name} 매핑을 무시했습니다."
        ),
        M::InstanceStoreMappingIgnored {
            instance_type,
            available,
            device,
            virtual_name,
        } => format!(
            "{instance_type}의 인스턴스 스토어 볼륨은 {available}개뿐이어서 {device}={virtual_name} 매핑을 무시했습니다."
        ),
        M::CreateVolume {
            size_gib,
            volume_type,
            availability_zone,
            snapshot_id,
        } => {
            let source = match snapshot_id {
                Some(s) => format!("스냅샷 {s}에서"),
                None => "빈 볼륨".to_string(),
            };
            format!(
                "CreateVolume: {availability_zone}에 {size_gib} GiB {} 볼륨 생성 ({source})",
                volume_type.as_str()
            )
        }
        M::AttachVolume {
            volume_id,
            instance_id,
            device,
        } => format!(
            "AttachVolume: {volume_id}을(를) {instance_id}에 {device}(으)로 연결 (종료 시 삭제 안 함, DeleteOnTermination=false)"
        ),
        M::DetachVolume {
            volume_id,
            instance_id,
        } => format!("DetachVolume: {volume_id}을(를) {instance_id}에서 분리"),
        M::DeleteVolume { volume_id } => format!("DeleteVolume: 볼륨 {volume_id} 삭제"),
        M::CreateSnapshot {
            snapshot_id,
            volume_id,
        } => format!("CreateSnapshot: {volume_id}의 스냅샷 {snapshot_id} 생성"),
        M::DeleteSnapshot { snapshot_id } => {
            format!("DeleteSnapshot: 스냅샷 {snapshot_id} 삭제")
        }
        M::CreateImage {
            image_id,
            instance_id,
            snapshot_count,
        } => format!(
            "CreateImage: {instance_id}에서 이미지 {image_id} 생성 (스냅샷 {snapshot_count}개)"
        ),
        M::CreateImageWithoutReboot { .. } => EventText::ImageNoRebootWarning.ko().to_string(),
        M::CopyImage {
            source_image_id,
            source_region,
            image_id,
            region,
        } => format!(
            "CopyImage: {source_image_id}({source_region})을(를) {image_id}({region})(으)로 복사"
        ),
        M::DeregisterImage { image_id } => format!(
            "DeregisterImage: {image_id} 등록 취소 (이 AMI로 시작한 인스턴스는 계속 실행되고 스냅샷은 남아 있습니다)"
        ),
        M::AllocateAddress {
            public_ip,
            allocation_id,
        } => format!("AllocateAddress: 탄력적 IP {public_ip} 할당 ({allocation_id})"),
        M::AssociateAddress {
            public_ip,
            instance_id,
            association_id,
        } => format!(
            "AssociateAddress: 탄력적 IP {public_ip}을(를) {instance_id}에 연결 ({association_id})"
        ),
        M::DisassociateAddress { association_id } => {
            format!("DisassociateAddress: {association_id} 연결 해제")
        }
        M::ReleaseAddress { allocation_id } => {
            format!("ReleaseAddress: 탄력적 IP {allocation_id} 릴리스")
        }
        M::GuestCommand { .. } | M::Legacy(_) => message.to_string(),
        M::InstanceLaunched {
            instance_id,
            availability_zone,
        } => format!(
            "{instance_id}: {availability_zone}에서 시작됨 → {}",
            instance_state(LifecycleState::Pending)
        ),
        M::InstanceStateChanged {
            instance_id,
            from,
            to,
            reason_code,
        } => {
            let mut line = format!(
                "{instance_id}: {} → {}",
                instance_state(*from),
                instance_state(*to)
            );
            if let Some(code) = reason_code {
                line.push_str(&format!(" ({code})"));
            }
            line
        }
        M::ForcedStop { instance_id } => format!(
            "{instance_id}: {} (강제 중지)",
            instance_state(LifecycleState::Stopping)
        ),
        M::RebootBegan { instance_id, cause } => {
            let cause = match cause {
                RebootCause::Requested => EventText::RebootRequested,
                RebootCause::FromGuest => EventText::RebootFromGuest,
                RebootCause::CreateImage => EventText::RebootForImage,
            };
            format!(
                "{instance_id}: {} → {} ({}). API에서는 계속 running으로 표시됩니다",
                instance_state(LifecycleState::Running),
                Text::StateRebooting.ko(),
                cause.ko()
            )
        }
        M::RebootEnded { instance_id } => format!(
            "{instance_id}: {} → {}",
            Text::StateRebooting.ko(),
            instance_state(LifecycleState::Running)
        ),
        M::VolumeCreated { volume_id, state } => format!(
            "{volume_id}: {} → {}",
            volume_state(VolumeState::Creating),
            volume_state(*state)
        ),
        M::VolumeAttached {
            volume_id,
            instance_id,
            device,
        } => format!(
            "{volume_id}: {} → {} ({instance_id} {device})",
            with_id(EventText::Attaching),
            with_id(EventText::Attached)
        ),
        M::VolumeDetached { volume_id } => format!(
            "{volume_id}: {} → {}",
            with_id(EventText::Detaching),
            volume_state(VolumeState::Available)
        ),
        M::VolumeDeletedWithInstance {
            volume_id,
            instance_id,
        } => format!(
            "{volume_id}: {instance_id}와(과) 함께 삭제됨 (종료 시 삭제, DeleteOnTermination=true)"
        ),
        M::VolumeKeptAfterTermination {
            volume_id,
            instance_id,
        } => format!(
            "{volume_id}: {instance_id}에서 분리되어 이제 {} (DeleteOnTermination=false)",
            volume_state(VolumeState::Available)
        ),
        M::AddressDisassociatedAtTermination {
            public_ip,
            instance_id,
        } => format!(
            "탄력적 IP {public_ip}: {instance_id}에서 연결 해제됨. 할당은 그대로 유지됩니다"
        ),
        M::SnapshotCompleted { snapshot_id } => format!(
            "{snapshot_id}: {} → {}",
            instance_state_like(Text::StatePending, "pending"),
            with_id(EventText::SnapshotCompleted)
        ),
        M::ImageAvailable { image_id } => format!(
            "{image_id}: {} → {}",
            instance_state_like(Text::StatePending, "pending"),
            with_id(EventText::ImageAvailable)
        ),
        M::RetirementScheduled { instance_id, at } => format!(
            "AWS가 {instance_id}의 사용 중지를 {}에 예약했습니다",
            gmt(*at)
        ),
        M::RetirementSkipped { instance_id, state } => format!(
            "{instance_id}의 예약된 사용 중지: 인스턴스가 {} 상태여서 할 일이 없습니다",
            instance_state(*state)
        ),
        M::InstanceNoLongerListed { instance_id } => format!(
            "{instance_id}이(가) 더 이상 목록에 표시되지 않습니다 (종료된 인스턴스는 약 1시간 동안 표시됩니다)"
        ),
    }
}

/// "대기 중(pending)" for a snapshot or image: the same console word as an instance's.
fn instance_state_like(term: Text, id: &str) -> String {
    format!("{}({id})", term.ko())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_hangul;
    use crate::sim::event_message::NO_REBOOT_WARNING;
    use crate::sim::storage::VolumeType;

    // Values as the engine fills them in; the Korean check removes them before looking for English.
    const INSTANCE: &str = "i-0a1b2c3d4e5f60718";
    const OTHER_INSTANCE: &str = "i-0ffeeddccbbaa9988";
    const VOLUME: &str = "vol-0a1b2c3d4e5f60718";
    const SNAPSHOT: &str = "snap-0a1b2c3d4e5f60718";
    const IMAGE: &str = "ami-0a1b2c3d4e5f60718";
    const OTHER_IMAGE: &str = "ami-0ffeeddccbbaa9988";
    const ALLOCATION: &str = "eipalloc-0a1b2c3d4e5f60718";
    const ASSOCIATION: &str = "eipassoc-0a1b2c3d4e5f60718";
    const VALUES: &[&str] = &[
        INSTANCE,
        OTHER_INSTANCE,
        VOLUME,
        SNAPSHOT,
        IMAGE,
        OTHER_IMAGE,
        ALLOCATION,
        ASSOCIATION,
        "54.210.1.2",
        "t2.micro",
        "m5d.large",
        "us-east-1a",
        "us-east-1",
        "ap-northeast-2",
        "/dev/sdf",
        "/dev/xvda",
        "ephemeral1",
        "gp3",
        "Client.UserInitiatedShutdown",
        "sudo reboot",
    ];
    /// A scheduled retirement's time, shown as the API's GMT timestamp.
    const RETIREMENT_AT: u64 = 10 * 60 * 1000;

    /// Words Korean lines keep in English on purpose: API names and parameters, state
    /// identifiers beside their Korean word, and names (AWS, Amazon EC2, AMI, IP, GiB).
    const ALLOWED_ENGLISH: &[&str] = &[
        "RunInstances",
        "StartInstances",
        "StopInstances",
        "RebootInstances",
        "TerminateInstances",
        "ModifyInstanceAttribute",
        "InstanceInitiatedShutdownBehavior",
        "DisableApiTermination",
        "DisableApiStop",
        "DeleteOnTermination",
        "CreateVolume",
        "AttachVolume",
        "DetachVolume",
        "DeleteVolume",
        "CreateSnapshot",
        "DeleteSnapshot",
        "CreateImage",
        "NoReboot",
        "CopyImage",
        "DeregisterImage",
        "AllocateAddress",
        "AssociateAddress",
        "DisassociateAddress",
        "ReleaseAddress",
        "true",
        "false",
        "pending",
        "running",
        "stopping",
        "stopped",
        "shutting-down",
        "terminated",
        "creating",
        "available",
        "in-use",
        "attaching",
        "attached",
        "detaching",
        "completed",
        "stop",
        "terminate",
        "API",
        "AWS",
        "Amazon",
        "EC2",
        "AMI",
        "IP",
        "GiB",
    ];

    /// One of every kind of event, with the index of its variant: the exhaustive `match` below
    /// stops the build when a variant is added without a sample here.
    fn samples() -> Vec<EventMessage> {
        let ids = vec![INSTANCE.to_string(), OTHER_INSTANCE.to_string()];
        let one = || INSTANCE.to_string();
        vec![
            EventMessage::RunInstances {
                count: 2,
                instance_type: "t2.micro".into(),
                image_id: IMAGE.into(),
                instance_ids: ids.clone(),
            },
            EventMessage::StartInstances {
                instance_ids: ids.clone(),
            },
            EventMessage::StopInstances {
                instance_ids: ids.clone(),
                hibernate: false,
            },
            EventMessage::StopInstances {
                instance_ids: ids.clone(),
                hibernate: true,
            },
            EventMessage::RebootInstances {
                instance_ids: ids.clone(),
            },
            EventMessage::TerminateInstances { instance_ids: ids },
            EventMessage::InstanceTypeChanged {
                instance_id: one(),
                from: "t2.micro".into(),
                to: "m5d.large".into(),
            },
            EventMessage::ProtectionChanged {
                instance_id: one(),
                protection: Protection::Termination,
                enabled: true,
            },
            EventMessage::ProtectionChanged {
                instance_id: one(),
                protection: Protection::Stop,
                enabled: false,
            },
            EventMessage::ShutdownBehaviorChanged {
                instance_id: one(),
                behavior: ShutdownBehavior::Terminate,
            },
            EventMessage::ShutdownBehaviorChanged {
                instance_id: one(),
                behavior: ShutdownBehavior::Stop,
            },
            EventMessage::DeleteOnTerminationChanged {
                instance_id: one(),
                device: "/dev/xvda".into(),
                volume_id: VOLUME.into(),
                delete_on_termination: false,
            },
            EventMessage::InstanceStoreMappingIgnored {
                instance_type: "t2.micro".into(),
                available: 0,
                device: "/dev/sdf".into(),
                virtual_name: "ephemeral1".into(),
            },
            EventMessage::InstanceStoreMappingIgnored {
                instance_type: "m5d.large".into(),
                available: 1,
                device: "/dev/sdf".into(),
                virtual_name: "ephemeral1".into(),
            },
            EventMessage::CreateVolume {
                size_gib: 8,
                volume_type: VolumeType::Gp3,
                availability_zone: "us-east-1a".into(),
                snapshot_id: None,
            },
            EventMessage::CreateVolume {
                size_gib: 8,
                volume_type: VolumeType::Gp3,
                availability_zone: "us-east-1a".into(),
                snapshot_id: Some(SNAPSHOT.into()),
            },
            EventMessage::AttachVolume {
                volume_id: VOLUME.into(),
                instance_id: one(),
                device: "/dev/sdf".into(),
            },
            EventMessage::DetachVolume {
                volume_id: VOLUME.into(),
                instance_id: one(),
            },
            EventMessage::DeleteVolume {
                volume_id: VOLUME.into(),
            },
            EventMessage::CreateSnapshot {
                snapshot_id: SNAPSHOT.into(),
                volume_id: VOLUME.into(),
            },
            EventMessage::DeleteSnapshot {
                snapshot_id: SNAPSHOT.into(),
            },
            EventMessage::CreateImage {
                image_id: IMAGE.into(),
                instance_id: one(),
                snapshot_count: 2,
            },
            EventMessage::CreateImageWithoutReboot {
                image_id: IMAGE.into(),
            },
            EventMessage::CopyImage {
                source_image_id: IMAGE.into(),
                source_region: "us-east-1".into(),
                image_id: OTHER_IMAGE.into(),
                region: "ap-northeast-2".into(),
            },
            EventMessage::DeregisterImage {
                image_id: IMAGE.into(),
            },
            EventMessage::AllocateAddress {
                public_ip: "54.210.1.2".into(),
                allocation_id: ALLOCATION.into(),
            },
            EventMessage::AssociateAddress {
                public_ip: "54.210.1.2".into(),
                instance_id: one(),
                association_id: ASSOCIATION.into(),
            },
            EventMessage::DisassociateAddress {
                association_id: ASSOCIATION.into(),
            },
            EventMessage::ReleaseAddress {
                allocation_id: ALLOCATION.into(),
            },
            EventMessage::GuestCommand {
                line: "sudo reboot".into(),
            },
            EventMessage::InstanceLaunched {
                instance_id: one(),
                availability_zone: "us-east-1a".into(),
            },
            EventMessage::InstanceStateChanged {
                instance_id: one(),
                from: LifecycleState::Pending,
                to: LifecycleState::Running,
                reason_code: None,
            },
            EventMessage::InstanceStateChanged {
                instance_id: one(),
                from: LifecycleState::Running,
                to: LifecycleState::ShuttingDown,
                reason_code: Some("Client.UserInitiatedShutdown".into()),
            },
            EventMessage::InstanceStateChanged {
                instance_id: one(),
                from: LifecycleState::Stopping,
                to: LifecycleState::Stopped,
                reason_code: Some("Client.UserInitiatedShutdown".into()),
            },
            EventMessage::InstanceStateChanged {
                instance_id: one(),
                from: LifecycleState::ShuttingDown,
                to: LifecycleState::Terminated,
                reason_code: None,
            },
            EventMessage::ForcedStop { instance_id: one() },
            EventMessage::RebootBegan {
                instance_id: one(),
                cause: RebootCause::Requested,
            },
            EventMessage::RebootBegan {
                instance_id: one(),
                cause: RebootCause::FromGuest,
            },
            EventMessage::RebootBegan {
                instance_id: one(),
                cause: RebootCause::CreateImage,
            },
            EventMessage::RebootEnded { instance_id: one() },
            EventMessage::VolumeCreated {
                volume_id: VOLUME.into(),
                state: VolumeState::Available,
            },
            EventMessage::VolumeCreated {
                volume_id: VOLUME.into(),
                state: VolumeState::InUse,
            },
            EventMessage::VolumeAttached {
                volume_id: VOLUME.into(),
                instance_id: one(),
                device: "/dev/sdf".into(),
            },
            EventMessage::VolumeDetached {
                volume_id: VOLUME.into(),
            },
            EventMessage::VolumeDeletedWithInstance {
                volume_id: VOLUME.into(),
                instance_id: one(),
            },
            EventMessage::VolumeKeptAfterTermination {
                volume_id: VOLUME.into(),
                instance_id: one(),
            },
            EventMessage::AddressDisassociatedAtTermination {
                public_ip: "54.210.1.2".into(),
                instance_id: one(),
            },
            EventMessage::SnapshotCompleted {
                snapshot_id: SNAPSHOT.into(),
            },
            EventMessage::ImageAvailable {
                image_id: IMAGE.into(),
            },
            EventMessage::RetirementScheduled {
                instance_id: one(),
                at: RETIREMENT_AT,
            },
            EventMessage::RetirementSkipped {
                instance_id: one(),
                state: LifecycleState::Stopped,
            },
            EventMessage::InstanceNoLongerListed { instance_id: one() },
            EventMessage::Legacy(format!("{INSTANCE}: pending → running")),
        ]
    }

    /// The variant's position; a new variant makes this `match` fail to compile until it is given
    /// a number (and then the coverage test asks for a sample).
    fn variant(message: &EventMessage) -> usize {
        use EventMessage as M;
        match message {
            M::RunInstances { .. } => 0,
            M::StartInstances { .. } => 1,
            M::StopInstances { .. } => 2,
            M::RebootInstances { .. } => 3,
            M::TerminateInstances { .. } => 4,
            M::InstanceTypeChanged { .. } => 5,
            M::ProtectionChanged { .. } => 6,
            M::ShutdownBehaviorChanged { .. } => 7,
            M::DeleteOnTerminationChanged { .. } => 8,
            M::InstanceStoreMappingIgnored { .. } => 9,
            M::CreateVolume { .. } => 10,
            M::AttachVolume { .. } => 11,
            M::DetachVolume { .. } => 12,
            M::DeleteVolume { .. } => 13,
            M::CreateSnapshot { .. } => 14,
            M::DeleteSnapshot { .. } => 15,
            M::CreateImage { .. } => 16,
            M::CreateImageWithoutReboot { .. } => 17,
            M::CopyImage { .. } => 18,
            M::DeregisterImage { .. } => 19,
            M::AllocateAddress { .. } => 20,
            M::AssociateAddress { .. } => 21,
            M::DisassociateAddress { .. } => 22,
            M::ReleaseAddress { .. } => 23,
            M::GuestCommand { .. } => 24,
            M::InstanceLaunched { .. } => 25,
            M::InstanceStateChanged { .. } => 26,
            M::ForcedStop { .. } => 27,
            M::RebootBegan { .. } => 28,
            M::RebootEnded { .. } => 29,
            M::VolumeCreated { .. } => 30,
            M::VolumeAttached { .. } => 31,
            M::VolumeDetached { .. } => 32,
            M::VolumeDeletedWithInstance { .. } => 33,
            M::VolumeKeptAfterTermination { .. } => 34,
            M::AddressDisassociatedAtTermination { .. } => 35,
            M::SnapshotCompleted { .. } => 36,
            M::ImageAvailable { .. } => 37,
            M::RetirementScheduled { .. } => 38,
            M::RetirementSkipped { .. } => 39,
            M::InstanceNoLongerListed { .. } => 40,
            M::Legacy(_) => 41,
        }
    }
    const VARIANTS: usize = 42;

    #[test]
    fn every_kind_of_event_has_a_sample() {
        let mut seen = [false; VARIANTS];
        for m in samples() {
            seen[variant(&m)] = true;
        }
        let missing: Vec<usize> = (0..VARIANTS).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "variants with no sample: {missing:?}");
    }

    #[test]
    fn english_is_the_engines_own_line() {
        for m in samples() {
            let en = event_text(Lang::En, &m);
            assert!(!en.trim().is_empty(), "{m:?}");
            assert_eq!(en, m.to_string());
        }
        assert_eq!(EventText::ImageNoRebootWarning.en(), NO_REBOOT_WARNING);
    }

    /// The English words left in a Korean line once the values are taken out.
    fn english_words(korean: &str) -> Vec<String> {
        let mut rest = korean.replace(&gmt(RETIREMENT_AT), " ");
        // Longest first, so "us-east-1a" goes before "us-east-1".
        let mut values = VALUES.to_vec();
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        for v in values {
            rest = rest.replace(v, " ");
        }
        rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn korean_lines_are_korean_apart_from_ids_api_names_and_states() {
        for m in samples() {
            let ko = event_text(Lang::Ko, &m);
            assert!(!ko.trim().is_empty(), "{m:?}");
            if event_is_verbatim_english(&m) {
                assert_eq!(ko, m.to_string(), "verbatim lines stay as they are");
                continue;
            }
            assert!(has_hangul(&ko), "no Korean in {ko:?}");
            assert_ne!(ko, m.to_string());
            let stray: Vec<String> = english_words(&ko)
                .into_iter()
                .filter(|w| !ALLOWED_ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(stray.is_empty(), "English {stray:?} in {ko:?}");
        }
    }

    #[test]
    fn the_english_check_catches_an_english_line() {
        let words = english_words("i-0a1b2c3d4e5f60718: launched in us-east-1a → pending");
        assert_eq!(words, ["launched", "in", "pending"]);
    }

    #[test]
    fn every_state_reason_the_engine_gives_has_a_korean_gloss() {
        use crate::sim::instance::StateReason;
        for reason in [
            StateReason::user_initiated_shutdown(),
            StateReason::user_initiated_hibernate(),
            StateReason::instance_initiated_shutdown(),
            StateReason::scheduled_stop(),
        ] {
            let gloss = state_reason_gloss(Lang::Ko, &reason.code).expect("a gloss");
            assert!(has_hangul(gloss));
            assert_eq!(state_reason_gloss(Lang::En, &reason.code), None);
        }
        assert_eq!(state_reason_gloss(Lang::Ko, "Server.SomethingNew"), None);
    }

    #[test]
    fn every_lifecycle_refusal_has_a_korean_gloss() {
        use crate::sim::error;
        for e in [
            error::cannot_start("i-1"),
            error::cannot_stop("i-1"),
            error::cannot_reboot("i-1"),
            error::never_reached_running("i-1"),
            error::not_ebs_cannot_stop("i-1"),
            error::stop_protected("i-1"),
            error::terminate_protected("i-1"),
            error::hibernation_not_configured("i-1"),
            error::invalid_parameter_combination("x"),
            error::invalid_parameter_value("x"),
        ] {
            let gloss = lifecycle_refusal_gloss(Lang::Ko, &e.code).expect(&e.code);
            assert!(has_hangul(gloss));
            assert_eq!(lifecycle_refusal_gloss(Lang::En, &e.code), None);
        }
    }

    #[test]
    fn korean_states_use_the_consoles_words_with_the_api_name() {
        let line = event_text(
            Lang::Ko,
            &EventMessage::InstanceStateChanged {
                instance_id: INSTANCE.into(),
                from: LifecycleState::Pending,
                to: LifecycleState::Running,
                reason_code: None,
            },
        );
        assert_eq!(
            line,
            format!("{INSTANCE}: 대기 중(pending) → 실행 중(running)")
        );
    }
}
