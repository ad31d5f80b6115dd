//! Strings of the storage lab (issue 6): the instance shell, the Volumes page, the survival matrix
//! and the "EBS vs instance store" experiment.

use super::Lang;
use crate::sim::survival::{SurvivalAction, SurvivalItem};

texts! { StorageText;
    // The shell.
    ShellHeading => "Instance shell", "인스턴스 셸";
    ShellHint => "Commands run inside the instance (Amazon Linux): lsblk, df -h, sudo mkfs -t xfs DEVICE, sudo mkdir /data, sudo mount DEVICE /data, echo text | sudo tee /data/file, cat, ls, echo text > /dev/shm/file (RAM), sudo dnf install nginx, sudo reboot, sudo shutdown -h now. ↑ and ↓ recall earlier lines.",
        "인스턴스 안(Amazon Linux)에서 실행되는 명령입니다: lsblk, df -h, sudo mkfs -t xfs DEVICE, sudo mkdir /data, sudo mount DEVICE /data, echo text | sudo tee /data/file, cat, ls, echo text > /dev/shm/file (RAM), sudo dnf install nginx, sudo reboot, sudo shutdown -h now. ↑와 ↓ 키로 이전 명령을 다시 불러옵니다.";
    ShellInputLabel => "Command to run on the instance", "인스턴스에서 실행할 명령";
    ShellOutput => "Shell output", "셸 출력";
    ShellPrepare => "Prepare volumes", "볼륨 준비";
    ShellPrepareHint => "Prepare volumes formats (mkfs) every attached EBS data volume and instance-store volume that has no file system, mounts it (/data, /scratch) and adds it to /etc/fstab: a new volume is a blank block device until you do.",
        "볼륨 준비는 연결된 EBS 데이터 볼륨과 인스턴스 스토어 볼륨 중 파일 시스템이 없는 것을 포맷(mkfs)하고, 마운트(/data, /scratch)한 뒤 /etc/fstab에 추가합니다. 새 볼륨은 그전까지 빈 블록 디바이스일 뿐입니다.";
    ShellNothingToPrepare => "Every data volume is already formatted and mounted.", "모든 데이터 볼륨이 이미 포맷되고 마운트되어 있습니다.";
    ShellRunForYou => "run for you", "자동 실행";
    ShellClear => "Clear", "지우기";
    ShellDisconnect => "Disconnect", "연결 해제";
    ShellGone => "This instance no longer exists.", "이 인스턴스는 더 이상 존재하지 않습니다.";
    Connect => "Connect", "연결";
    Retire => "Retire it now (AWS)", "지금 사용 중지(AWS)";
    RetireHint =>
        "AWS retires an instance on failing hardware: EBS-backed instances are stopped, instance-store-backed ones terminated.",
        "AWS는 하드웨어에 문제가 있는 인스턴스를 사용 중지합니다. EBS 기반 인스턴스는 중지되고, 인스턴스 스토어 기반 인스턴스는 종료됩니다.";
    // The survival matrix.
    SurvivalHeading => "What survives: the survival matrix", "무엇이 남을까요: 생존 표";
    SurvivalIntro => "Before you reboot, stop, hibernate or terminate this instance, guess for each row whether it survives. The matrix then compares before and after as the simulator recorded them, and marks your guesses.",
        "이 인스턴스를 재부팅, 중지, 최대 절전 모드 전환 또는 종료하기 전에 각 행이 유지될지 예측해 보세요. 생존 표가 시뮬레이터가 기록한 작업 전후를 비교하고 예측을 채점합니다.";
    GuessHeading => "Your guesses for the next action", "다음 작업에 대한 예측";
    GuessNone => "No guess", "예측 안 함";
    GuessKept => "Survives", "유지됨";
    GuessLost => "Lost or changed", "사라지거나 바뀜";
    GuessRight => "✓ right", "✓ 맞음";
    GuessWrong => "✗ wrong", "✗ 틀림";
    NoRecordYet => "No reboot, stop, hibernate or terminate of this instance yet.", "이 인스턴스에 아직 재부팅, 중지, 최대 절전 모드 또는 종료 작업이 없습니다.";
    UnderWay => "Under way: the After column shows the instance now; it is fixed once the action has finished.", "진행 중: 작업 후 열은 지금 상태를 보여 주며, 작업이 끝나면 고정됩니다.";
    WaitForStart => "Stopped: start the instance to complete the stop and start.", "중지됨: 인스턴스를 시작하면 중지 후 시작이 완료됩니다.";
    ColumnWhat => "What", "항목";
    ColumnBefore => "Before", "작업 전";
    ColumnAfter => "After", "작업 후";
    ColumnResult => "Result", "결과";
    ColumnGuess => "Your guess", "내 예측";
    ColumnWhy => "Why", "이유";
    ActionRebootName => "Reboot", "재부팅";
    ActionStopStartName => "Stop, then start", "중지 후 시작";
    ActionHibernateName => "Hibernate, then start", "최대 절전 모드 후 시작";
    ActionTerminateName => "Terminate", "종료";
    ActionRetirementName => "Scheduled retirement", "예약된 사용 중지";
    VerdictKept => "kept", "유지됨";
    VerdictErased => "erased", "지워짐";
    VerdictChanged => "changed", "바뀜";
    VerdictReleased => "released", "해제됨";
    VerdictDeleted => "deleted", "삭제됨";
    VerdictAppeared => "appeared", "새로 생김";
    VerdictAbsent => "none", "없음";
    RowInstanceId => "Instance ID", "인스턴스 ID";
    RowPrivateIp => "Private IPv4", "프라이빗 IPv4";
    RowPublicIp => "Public IPv4", "퍼블릭 IPv4";
    RowElasticIp => "Elastic IP", "탄력적 IP";
    RowRam => "RAM (/dev/shm)", "RAM(/dev/shm)";
    RowRootEbs => "Root EBS volume", "루트 EBS 볼륨";
    RowRootStore => "Root volume (instance store)", "루트 볼륨(인스턴스 스토어)";
    RowEbs => "EBS volume", "EBS 볼륨";
    RowInstanceStore => "Instance store", "인스턴스 스토어";
    ValueNone => "none", "없음";
    ValueMissing => "does not exist", "존재하지 않음";
    ValueUnformatted => "no file system", "파일 시스템 없음";
    // The Volumes page.
    VolumesHeading => "Volumes and snapshots", "볼륨 및 스냅샷";
    VolumesIntro => "An EBS volume lives in one Availability Zone, attaches to instances in that zone and outlives them; a snapshot copies it and can become a new volume in any zone of the region. Instance store belongs to its instance: fixed at launch, erased on stop, hibernate and terminate.",
        "EBS 볼륨은 하나의 가용 영역에 있으며 같은 영역의 인스턴스에 연결되고 인스턴스보다 오래 남습니다. 스냅샷은 볼륨을 복사하며 리전의 어느 가용 영역에서든 새 볼륨이 될 수 있습니다. 인스턴스 스토어는 인스턴스에 속합니다. 시작할 때 정해지며 중지, 최대 절전 모드, 종료 시 지워집니다.";
    EbsHeading => "EBS volumes", "EBS 볼륨";
    CreateVolumeHeading => "Create volume", "볼륨 생성";
    VolumeAzLabel => "Availability Zone", "가용 영역";
    SizeLabel => "Size (GiB)", "크기(GiB)";
    SizeHint => "Leave empty to use the snapshot's size.", "비워 두면 스냅샷 크기를 사용합니다.";
    SizeInvalid => "Enter a whole number of GiB, for example 8.", "GiB 단위의 정수를 입력하세요(예: 8).";
    VolumeTypeLabel => "Volume type", "볼륨 유형";
    SnapshotLabel => "Snapshot", "스냅샷";
    EmptyVolume => "None (an empty volume)", "없음(빈 볼륨)";
    CreateVolumeButton => "Create volume", "볼륨 생성";
    NoVolumes => "No EBS volumes yet. Launch an instance (its root volume appears here) or create one.", "아직 EBS 볼륨이 없습니다. 인스턴스를 시작하거나(루트 볼륨이 여기에 표시됩니다) 볼륨을 생성하세요.";
    ColumnVolumeId => "Volume ID", "볼륨 ID";
    VolColumnState => "State", "상태";
    VolColumnSize => "Size", "크기";
    VolColumnType => "Type", "유형";
    VolColumnZone => "Availability Zone", "가용 영역";
    ColumnAttachedTo => "Attached to", "연결 대상";
    ColumnActions => "Actions", "작업";
    DeleteOnTermination => "Delete on termination", "종료 시 삭제";
    Attach => "Attach", "연결";
    Detach => "Detach", "분리";
    Delete => "Delete", "삭제";
    CreateSnapshot => "Create snapshot", "스냅샷 생성";
    ChooseInstance => "Choose an instance", "인스턴스 선택";
    SnapshotsHeading => "Snapshots", "스냅샷";
    ColumnSnapshotId => "Snapshot ID", "스냅샷 ID";
    ColumnSourceVolume => "From volume", "원본 볼륨";
    ColumnProgress => "Progress", "진행률";
    NoSnapshots => "No snapshots of your own yet.", "아직 직접 만든 스냅샷이 없습니다.";
    InstanceStoreHeading => "Instance store (ephemeral)", "인스턴스 스토어(임시)";
    InstanceStoreIntro => "Fixed at launch by the instance type: it cannot be attached, detached or snapshotted, and its data is erased on stop, hibernate and terminate (a reboot keeps it).",
        "인스턴스 유형에 따라 시작할 때 정해집니다. 연결, 분리, 스냅샷이 불가능하며 중지, 최대 절전 모드, 종료 시 데이터가 지워집니다(재부팅 시에는 유지됩니다).";
    VolNoInstanceStore => "None of your instances has instance store (a t2.micro has none; an m5d.large has one 75 GB NVMe volume).", "인스턴스 스토어가 있는 인스턴스가 없습니다(t2.micro에는 없고, m5d.large에는 75GB NVMe 볼륨이 하나 있습니다).";
    ColumnInstance => "Instance", "인스턴스";
    ColumnDevice => "Device", "디바이스";
    Ephemeral => "ephemeral", "임시";
    ConnectHeading => "Instances", "인스턴스";
    VolumePagesLabel => "Volume pages", "볼륨 페이지";
    InstanceStorePagesLabel => "Instance store pages", "인스턴스 스토어 페이지";
    NoInstancesHere => "No instances. Launch one in the Lab, or set up the experiment there.", "인스턴스가 없습니다. 실습에서 인스턴스를 시작하거나 실험을 준비하세요.";
    // The experiment.
    ExperimentHeading => "Experiment: EBS vs instance store", "실험: EBS와 인스턴스 스토어 비교";
    ExperimentIntro => "One click launches an m5d.large, attaches an extra 8 GiB EBS volume, formats and mounts both data volumes, and writes a file on the root EBS volume, the extra EBS volume, instance store and RAM, all in the shell. Then reboot, stop, start and terminate it, guessing first each time.",
        "한 번 클릭으로 m5d.large를 시작하고, 8GiB EBS 볼륨을 추가로 연결하고, 두 데이터 볼륨을 포맷·마운트한 뒤 루트 EBS 볼륨, 추가 EBS 볼륨, 인스턴스 스토어, RAM에 파일을 하나씩 셸에서 씁니다. 그런 다음 매번 먼저 예측하고 재부팅, 중지, 시작, 종료를 해 보세요.";
    ExperimentStart => "Set up the experiment", "실험 준비";
    ExperimentRestart => "Start again", "다시 시작";
    ExperimentEnd => "End the experiment", "실험 끝내기";
    ExperimentStep1 => "Reboot: the OS restarts on the same host. RAM is cleared; the disks, including instance store, stay. After it, the shell reads the four files back.",
        "재부팅: 같은 호스트에서 OS가 다시 시작됩니다. RAM은 비워지고 인스턴스 스토어를 포함한 디스크는 그대로 남습니다. 재부팅 후 셸에서 네 파일을 다시 읽습니다.";
    ExperimentStep2 => "Stop: the instance leaves its host. Its instance store goes back to the host (every block is reset); EBS volumes stay in their zone.",
        "중지: 인스턴스가 호스트를 떠납니다. 인스턴스 스토어는 호스트에 반납되어 모든 블록이 초기화되고, EBS 볼륨은 가용 영역에 그대로 남습니다.";
    ExperimentStep3 => "Start: a new host, a new blank instance-store volume, a new public IPv4; the private IPv4 and the EBS volumes are the same. The shell reads the files back.",
        "시작: 새 호스트, 비어 있는 새 인스턴스 스토어 볼륨, 새 퍼블릭 IPv4가 주어지고, 프라이빗 IPv4와 EBS 볼륨은 그대로입니다. 셸에서 파일을 다시 읽습니다.";
    ExperimentStep4 => "Terminate (종료, permanent): the root volume is deleted (DeleteOnTermination=true), but the extra volume attached after launch is kept and becomes available.",
        "종료(영구 삭제): 루트 볼륨은 삭제되지만(DeleteOnTermination=true), 시작 후에 연결한 추가 볼륨은 남아 available 상태가 됩니다.";
    ExperimentDone => "Done. The extra EBS volume is available on the Volumes page: attach it to another instance in the same zone to read its file again.",
        "완료했습니다. 추가 EBS 볼륨은 볼륨 페이지에서 available 상태입니다. 같은 가용 영역의 다른 인스턴스에 연결하면 파일을 다시 읽을 수 있습니다.";
}

/// "Connect to i-0abc…" (a Connect button's accessible name).
pub fn connect_to(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Connect to {id}"),
        Lang::Ko => format!("{id}에 연결"),
    }
}

/// "Shell on i-0abc…".
pub fn shell_on(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Shell on {id}"),
        Lang::Ko => format!("{id}의 셸"),
    }
}

/// Why the shell does not run commands now.
pub fn shell_unreachable(lang: Lang, state: &str) -> String {
    match lang {
        Lang::En => format!("The instance cannot be reached now ({state}): commands run again once it is running."),
        Lang::Ko => format!("지금은 인스턴스에 접속할 수 없습니다({state}). 다시 실행 중이 되면 명령을 실행할 수 있습니다."),
    }
}

/// "Delete vol-0abc…" and the like: a row button's accessible name.
pub fn act_on(lang: Lang, action: &str, id: &str) -> String {
    match lang {
        Lang::En => format!("{action} {id}"),
        Lang::Ko => format!("{id} {action}"),
    }
}

/// "Instance to attach vol-0abc… to".
pub fn attach_instance_label(lang: Lang, volume: &str) -> String {
    match lang {
        Lang::En => format!("Instance to attach {volume} to"),
        Lang::Ko => format!("{volume}을(를) 연결할 인스턴스"),
    }
}

/// "Device name for vol-0abc…".
pub fn device_label(lang: Lang, volume: &str) -> String {
    match lang {
        Lang::En => format!("Device name for {volume}"),
        Lang::Ko => format!("{volume}의 디바이스 이름"),
    }
}

/// "Delete vol-0abc… on termination of i-0def…".
pub fn delete_on_termination_label(lang: Lang, volume: &str) -> String {
    match lang {
        Lang::En => format!("Delete {volume} on termination"),
        Lang::Ko => format!("종료 시 {volume} 삭제"),
    }
}

/// "Create a volume from snap-… in us-east-1a".
pub fn volume_from_snapshot(lang: Lang, snapshot: &str, az: &str) -> String {
    match lang {
        Lang::En => format!("Create a volume from {snapshot} in {az}"),
        Lang::Ko => format!("{snapshot}으로 {az}에 볼륨 생성"),
    }
}

/// "Your guess for Public IPv4".
pub fn guess_for(lang: Lang, row: &str) -> String {
    match lang {
        Lang::En => format!("Your guess for {row}"),
        Lang::Ko => format!("{row}에 대한 예측"),
    }
}

/// "3 files".
pub fn file_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 file".to_string(),
        (Lang::En, n) => format!("{n} files"),
        (Lang::Ko, n) => format!("파일 {n}개"),
    }
}

/// "2 of 3 guesses right".
pub fn guesses_right(lang: Lang, right: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{right} of {total} guesses right"),
        Lang::Ko => format!("예측 {total}개 중 {right}개 맞음"),
    }
}

/// "Last action on i-…: Reboot".
pub fn last_action(lang: Lang, id: &str, action: &str) -> String {
    match lang {
        Lang::En => format!("Last action on {id}: {action}"),
        Lang::Ko => format!("{id}의 마지막 작업: {action}"),
    }
}

/// The reference's one-line reason (ec2-facts 1.4) in Korean; English comes from the engine's
/// `survival::reason` itself.
pub fn reason_ko(action: SurvivalAction, item: &SurvivalItem) -> &'static str {
    use SurvivalAction as A;
    use SurvivalItem as I;
    match (action, item) {
        (A::Reboot, I::InstanceId) => "재부팅: 인스턴스 ID가 같습니다(인스턴스는 'running' 상태를 유지합니다).",
        (A::Reboot, I::PrivateIp) => "재부팅: 프라이빗 IPv4가 같습니다.",
        (A::Reboot, I::PublicIp) => "재부팅: 퍼블릭 IPv4가 같습니다.",
        (A::Reboot, I::ElasticIp) => "재부팅: 탄력적 IP가 계속 연결되어 있습니다.",
        (A::Reboot, I::Ram) => "재부팅: RAM이 지워집니다.",
        (A::Reboot, I::RootVolume(_)) => "재부팅: 루트 볼륨이 유지됩니다.",
        (A::Reboot, I::EbsVolume(_)) => "재부팅: 다른 EBS 볼륨이 유지됩니다.",
        (A::Reboot, I::InstanceStore(_)) => "재부팅: 인스턴스 스토어 데이터가 유지됩니다(ec2-facts 3.1).",
        (A::StopStart, I::InstanceId) => "중지/시작: 인스턴스 ID가 같습니다.",
        (A::StopStart, I::PrivateIp) => "중지/시작: 프라이빗 IPv4가 유지됩니다.",
        (A::StopStart, I::PublicIp) => "중지/시작: 자동 할당된 퍼블릭 IPv4는 해제되고, 시작할 때 새 주소가 주어집니다.",
        (A::StopStart, I::ElasticIp) => "중지/시작: 탄력적 IP가 계속 연결되어 있습니다.",
        (A::StopStart, I::Ram) => "중지/시작: RAM이 지워집니다.",
        (A::StopStart, I::RootVolume(_)) => "중지/시작: 루트 EBS 볼륨이 유지됩니다.",
        (A::StopStart, I::EbsVolume(_)) => "중지/시작: 다른 EBS 볼륨이 유지되며 연결된 상태로 남습니다.",
        (A::StopStart, I::InstanceStore(_)) => "중지/시작: 인스턴스 스토어 데이터가 지워집니다(모든 블록이 초기화됩니다).",
        (A::Hibernate, I::InstanceId) => "최대 절전 모드: 인스턴스 ID가 같습니다.",
        (A::Hibernate, I::PrivateIp) => "최대 절전 모드: 프라이빗 IPv4가 유지됩니다.",
        (A::Hibernate, I::PublicIp) => "최대 절전 모드: 자동 할당된 퍼블릭 IPv4는 해제되고, 시작할 때 새 주소가 주어집니다.",
        (A::Hibernate, I::ElasticIp) => "최대 절전 모드: 탄력적 IP가 계속 연결되어 있습니다.",
        (A::Hibernate, I::Ram) => "최대 절전 모드: RAM이 루트 EBS 볼륨에 저장되었다가 시작할 때 복원됩니다.",
        (A::Hibernate, I::RootVolume(_)) => "최대 절전 모드: 루트 EBS 볼륨이 유지됩니다(저장된 RAM을 담고 있습니다).",
        (A::Hibernate, I::EbsVolume(_)) => "최대 절전 모드: 다른 EBS 볼륨이 유지됩니다.",
        (A::Hibernate, I::InstanceStore(_)) => "최대 절전 모드: 인스턴스 스토어 데이터가 지워집니다.",
        (A::Terminate, I::InstanceId) => "종료: 인스턴스가 영구히 사라집니다(약 1시간 동안은 목록에 보입니다).",
        (A::Terminate, I::PrivateIp) => "종료: 프라이빗 IPv4가 해제됩니다.",
        (A::Terminate, I::PublicIp) => "종료: 퍼블릭 IPv4가 해제됩니다.",
        (A::Terminate, I::ElasticIp) => "종료: 탄력적 IP는 연결이 해제되지만 계정에 할당된 채로 남습니다.",
        (A::Terminate, I::Ram) => "종료: RAM이 지워집니다.",
        (A::Terminate, I::RootVolume(_)) => "종료: 루트 볼륨은 기본적으로 삭제됩니다(DeleteOnTermination=true).",
        (A::Terminate, I::EbsVolume(_)) => "종료: 시작 후에 연결한 볼륨은 기본적으로 유지되고(DeleteOnTermination=false), 시작할 때 만든 볼륨은 DeleteOnTermination 설정을 따릅니다.",
        (A::Terminate, I::InstanceStore(_)) => "종료: 인스턴스 스토어 데이터가 지워집니다.",
        (A::Retirement, I::InstanceStore(_)) => "사용 중지: 인스턴스 스토어 데이터가 사라집니다(ec2-facts 3.1).",
        (A::Retirement, I::Ram) => "사용 중지: RAM이 지워집니다.",
        (A::Retirement, I::PublicIp) => "사용 중지: 인스턴스가 중지(EBS 기반)되거나 종료(인스턴스 스토어 기반)되므로 자동 할당된 퍼블릭 IPv4가 해제됩니다.",
        (A::Retirement, _) => "사용 중지: EBS 기반 인스턴스는 중지되고(중지/시작과 같음), 인스턴스 스토어 기반 인스턴스는 종료됩니다.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_hangul;

    /// Every cell of the reference's table has its Korean reason.
    #[test]
    fn every_reason_is_in_korean() {
        let actions = [
            SurvivalAction::Reboot,
            SurvivalAction::StopStart,
            SurvivalAction::Hibernate,
            SurvivalAction::Terminate,
            SurvivalAction::Retirement,
        ];
        let items = [
            SurvivalItem::InstanceId,
            SurvivalItem::PrivateIp,
            SurvivalItem::PublicIp,
            SurvivalItem::ElasticIp,
            SurvivalItem::Ram,
            SurvivalItem::RootVolume("vol-1".into()),
            SurvivalItem::EbsVolume("vol-2".into()),
            SurvivalItem::InstanceStore("ephemeral0".into()),
        ];
        for action in actions {
            for item in &items {
                assert!(has_hangul(reason_ko(action, item)), "{action:?} {item:?}");
            }
        }
    }
}
