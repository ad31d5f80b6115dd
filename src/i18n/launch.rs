//! The launch wizard's strings (issue 5). Sentences with values are functions at the end, one
//! `match` over both languages each.

use super::Lang;
use crate::launch::{Field, Note, Problem};
use crate::sim::launch::HibernationBlock;

texts! { LaunchText;
    Title => "Launch an instance", "인스턴스 시작";
    Intro =>
        "Choose an AMI, an instance type and its storage, as on the console's Launch instances page. The summary shows what will be created and the equivalent AWS CLI command, which the Lab's console accepts as it is.",
        "콘솔의 인스턴스 시작 페이지처럼 AMI, 인스턴스 유형, 스토리지를 선택하세요. 요약에 생성될 리소스와 같은 작업을 하는 AWS CLI 명령이 표시되며, 이 명령은 실습 콘솔에서 그대로 실행할 수 있습니다.";
    NameTagsHeading => "Name and tags", "이름 및 태그";
    NameLabel => "Name", "이름";
    NameHint => "Saved as the Name tag, as the console does. Optional.", "콘솔처럼 Name 태그로 저장됩니다. 선택 사항입니다.";
    TagKey => "Key", "키";
    TagValue => "Value", "값";
    AddTag => "Add tag", "태그 추가";
    AmiHeading => "Application and OS Images (Amazon Machine Image)", "애플리케이션 및 OS 이미지(Amazon Machine Image)";
    GroupQuickStart => "Quick Start (AWS-provided)", "빠른 시작(AWS 제공)";
    GroupMarketplace => "AWS Marketplace (examples)", "AWS Marketplace(예시)";
    GroupMine => "My AMIs", "내 AMI";
    NoOwnAmis =>
        "You have no AMIs yet. Create an image from an instance (CreateImage) and it is listed here.",
        "아직 AMI가 없습니다. 인스턴스에서 이미지를 생성(CreateImage)하면 여기에 표시됩니다.";
    PendingBadge => "pending", "대기 중";
    Architecture => "Architecture", "아키텍처";
    RootDeviceType => "Root device type", "루트 디바이스 유형";
    TypeHeading => "Instance type", "인스턴스 유형";
    TypeLabel => "Instance type", "인스턴스 유형";
    TypeHint => "Type to search the catalogue, e.g. t3, m5d or c7g.large.", "카탈로그를 검색하려면 입력하세요(예: t3, m5d, c7g.large).";
    TypeMatches => "Matching types", "일치하는 유형";
    Vcpus => "vCPUs", "vCPU";
    Memory => "Memory", "메모리";
    InstanceStore => "Instance store", "인스턴스 스토어";
    Hibernation => "Hibernation", "최대 절전 모드";
    NoneText => "None", "없음";
    Supported => "Supported", "지원";
    NotSupported => "Not supported", "지원 안 함";
    StorageHeading => "Configure storage", "스토리지 구성";
    ColumnVolume => "Volume", "볼륨";
    SizeGib => "Size (GiB)", "크기(GiB)";
    ColumnVolumeType => "Volume type", "볼륨 유형";
    ColumnDeleteOnTermination => "Delete on termination", "종료 시 삭제";
    RootVolume => "Root volume (EBS)", "루트 볼륨(EBS)";
    DataVolume => "EBS volume", "EBS 볼륨";
    AmiVolume => "EBS volume from the AMI", "AMI의 EBS 볼륨";
    AddVolume => "Add new volume", "새 볼륨 추가";
    Remove => "Remove", "제거";
    StoreRootRow => "Root (instance store, from the AMI)", "루트(인스턴스 스토어, AMI에서)";
    InstanceStoreRow => "Instance store (ephemeral)", "인스턴스 스토어(임시)";
    FixedByType => "fixed by the type", "유형에 따라 고정";
    InstanceStoreExplained =>
        "Instance store volumes come with the instance type: their number and size cannot be changed, and their data is lost when the instance stops, hibernates or terminates.",
        "인스턴스 스토어 볼륨은 인스턴스 유형에 포함됩니다. 개수와 크기를 바꿀 수 없으며, 인스턴스를 중지하거나 최대 절전 모드로 전환하거나 종료하면 데이터가 사라집니다.";
    NoInstanceStoreForType => "This type has no instance store volumes.", "이 유형에는 인스턴스 스토어 볼륨이 없습니다.";
    NoEbsOnStoreAmi =>
        "An instance-store-backed AMI takes no EBS volumes at launch.",
        "인스턴스 스토어 기반 AMI는 시작할 때 EBS 볼륨을 추가할 수 없습니다.";
    Yes => "Yes", "예";
    No => "No", "아니요";
    AdvancedHeading => "Advanced details", "고급 세부 정보";
    TerminationProtection => "Termination protection", "종료 방지";
    TerminationProtectionHint => "TerminateInstances is refused while it is on.", "켜져 있는 동안에는 TerminateInstances가 거부됩니다.";
    StopProtection => "Stop protection", "중지 방지";
    StopProtectionHint => "StopInstances is refused while it is on.", "켜져 있는 동안에는 StopInstances가 거부됩니다.";
    HibernationLabel => "Stop - Hibernate behavior (hibernation)", "중지 - 최대 절전 모드 동작";
    HibernationHint =>
        "Lets you hibernate the instance: RAM is saved to the EBS root volume, which must be encrypted, so the wizard asks for Encrypted=true on it. Set only at launch.",
        "인스턴스를 최대 절전 모드로 전환할 수 있게 합니다. RAM은 EBS 루트 볼륨에 저장되며 이 볼륨은 암호화되어야 하므로, 마법사가 루트 볼륨에 Encrypted=true를 요청합니다. 시작할 때만 설정할 수 있습니다.";
    HibernationChooseFirst => "Choose a valid AMI and instance type first.", "먼저 올바른 AMI와 인스턴스 유형을 선택하세요.";
    ShutdownLabel => "Shutdown behavior", "종료 동작";
    ShutdownHint =>
        "What happens when the OS shuts itself down (sudo shutdown): stop, or terminate for good.",
        "OS가 스스로 종료될 때(sudo shutdown) 일어나는 일입니다. 중지하거나 영구히 종료합니다.";
    ShutdownStop => "Stop", "중지";
    ShutdownTerminate => "Terminate", "종료";
    ShutdownStoreOnly =>
        "Instance-store-backed instances always terminate on shutdown.",
        "인스턴스 스토어 기반 인스턴스는 종료 시 항상 종료(terminate)됩니다.";
    CountAzHeading => "Number of instances and Availability Zone", "인스턴스 개수 및 가용 영역";
    CountLabel => "Number of instances", "인스턴스 개수";
    AzLabel => "Availability Zone", "가용 영역";
    NoPreference => "No preference (EC2 chooses)", "기본 설정 없음(EC2가 선택)";
    SummaryHeading => "Summary", "요약";
    SummaryInstances => "Instances", "인스턴스";
    SummaryAmi => "AMI", "AMI";
    SummaryStorage => "Storage", "스토리지";
    SummaryOptions => "Options", "옵션";
    UnavailableHeading => "Not available with this choice", "이 선택에서는 사용할 수 없음";
    CommandHeading => "Equivalent AWS CLI command", "같은 작업을 하는 AWS CLI 명령";
    CommandWaits => "The command appears once nothing blocks the launch.", "시작을 막는 문제가 없으면 명령이 표시됩니다.";
    CopyTheCommand => "Copy command", "명령 복사";
    Copied => "Copied", "복사됨";
    LaunchButton => "Launch instance", "인스턴스 시작";
    BlockedBy => "Launch is blocked by:", "시작을 막는 문제:";
    LaunchRefused => "EC2 refused the launch", "EC2가 시작 요청을 거부했습니다";
    SummaryNoName => "(no Name tag)", "(Name 태그 없음)";
}

fn field_name(lang: Lang, field: Field) -> String {
    let t = |x: LaunchText| lang.t(x).to_string();
    match field {
        Field::Name => t(LaunchText::NameLabel),
        Field::TagKey(n) => format!(
            "{} {} ({})",
            t(LaunchText::TagKey),
            n + 1,
            t(LaunchText::NameTagsHeading)
        ),
        Field::TagValue(n) => format!(
            "{} {} ({})",
            t(LaunchText::TagValue),
            n + 1,
            t(LaunchText::NameTagsHeading)
        ),
        Field::Image => "AMI".to_string(),
        Field::InstanceType => t(LaunchText::TypeLabel),
        Field::RootSize => t(LaunchText::RootVolume),
        Field::VolumeSize(n) => format!("{} {}", t(LaunchText::DataVolume), n + 1),
        Field::Hibernation => t(LaunchText::Hibernation),
        Field::Count => t(LaunchText::CountLabel),
    }
}

/// Why hibernation cannot be configured.
pub fn hibernation_reason(lang: Lang, block: HibernationBlock, instance_type: &str) -> String {
    match (lang, block) {
        (Lang::En, HibernationBlock::TypeLacks) => format!("{instance_type} does not support hibernation."),
        (Lang::Ko, HibernationBlock::TypeLacks) => format!("{instance_type} 유형은 최대 절전 모드를 지원하지 않습니다."),
        (Lang::En, HibernationBlock::TooMuchMemory) => format!("{instance_type} has more than 150 GB of RAM; hibernation needs 150 GB or less."),
        (Lang::Ko, HibernationBlock::TooMuchMemory) => format!("{instance_type} 유형은 RAM이 150GB를 넘습니다. 최대 절전 모드에는 150GB 이하가 필요합니다."),
        (Lang::En, HibernationBlock::InstanceStoreRoot) => "Hibernation saves RAM to an EBS root volume; this AMI is instance-store-backed.".to_string(),
        (Lang::Ko, HibernationBlock::InstanceStoreRoot) => "최대 절전 모드는 RAM을 EBS 루트 볼륨에 저장합니다. 이 AMI는 인스턴스 스토어 기반입니다.".to_string(),
    }
}

/// The message next to a field.
pub fn problem_text(lang: Lang, problem: &Problem, instance_type: &str) -> String {
    use Problem as P;
    match (lang, problem) {
        (Lang::En, P::TooLong { max }) => format!("At most {max} characters."),
        (Lang::Ko, P::TooLong { max }) => format!("최대 {max}자까지 입력할 수 있습니다."),
        (Lang::En, P::TagKeyEmpty) => "A tag with a value needs a key.".into(),
        (Lang::Ko, P::TagKeyEmpty) => "값이 있는 태그에는 키가 필요합니다.".into(),
        (Lang::En, P::TagKeyReserved) => "Keys starting with aws: are reserved for AWS.".into(),
        (Lang::Ko, P::TagKeyReserved) => "aws:로 시작하는 키는 AWS 전용입니다.".into(),
        (Lang::En, P::TagKeyDuplicate { key }) => format!("The key {key} is already used."),
        (Lang::Ko, P::TagKeyDuplicate { key }) => format!("{key} 키가 이미 사용되었습니다."),
        (Lang::En, P::ImageMissing) => "Choose an AMI.".into(),
        (Lang::Ko, P::ImageMissing) => "AMI를 선택하세요.".into(),
        (Lang::En, P::ImagePending) => "This AMI is still pending; it can be launched once it is available.".into(),
        (Lang::Ko, P::ImagePending) => "이 AMI는 아직 대기 중입니다. 사용 가능 상태가 되면 시작할 수 있습니다.".into(),
        (Lang::En, P::TypeEmpty) => "Enter an instance type.".into(),
        (Lang::Ko, P::TypeEmpty) => "인스턴스 유형을 입력하세요.".into(),
        (Lang::En, P::TypeUnknown { .. }) => format!("{instance_type} is not an instance type."),
        (Lang::Ko, P::TypeUnknown { .. }) => format!("{instance_type}은(는) 인스턴스 유형이 아닙니다."),
        (Lang::En, P::ArchitectureMismatch { image, type_arch }) => format!("The AMI is {image}, but this type runs {type_arch}. Choose a type or an AMI of the same architecture."),
        (Lang::Ko, P::ArchitectureMismatch { image, type_arch }) => format!("AMI는 {image}인데 이 유형은 {type_arch}에서 실행됩니다. 아키텍처가 같은 유형이나 AMI를 선택하세요."),
        (Lang::En, P::InstanceStoreRootUnsupported) => "This AMI boots from instance store, which only previous-generation families such as M3 support (e.g. m3.medium).".into(),
        (Lang::Ko, P::InstanceStoreRootUnsupported) => "이 AMI는 인스턴스 스토어에서 부팅하며, M3 같은 이전 세대 패밀리만 이를 지원합니다(예: m3.medium).".into(),
        (Lang::En, P::NotWholeNumber) => "Enter a whole number.".into(),
        (Lang::Ko, P::NotWholeNumber) => "정수를 입력하세요.".into(),
        (Lang::En, P::SizeOutOfRange { volume_type, min, max }) => format!("{} volumes are {min}–{max} GiB.", volume_type.as_str()),
        (Lang::Ko, P::SizeOutOfRange { volume_type, min, max }) => format!("{} 볼륨 크기는 {min}~{max}GiB입니다.", volume_type.as_str()),
        (Lang::En, P::SizeBelowSnapshot { min }) => format!("At least {min} GiB: the AMI's snapshot is that large."),
        (Lang::Ko, P::SizeBelowSnapshot { min }) => format!("최소 {min}GiB여야 합니다. AMI 스냅샷의 크기입니다."),
        (_, P::Hibernation(block)) => hibernation_reason(lang, *block, instance_type),
        (Lang::En, P::CountOutOfRange { max }) => format!("From 1 to {max}."),
        (Lang::Ko, P::CountOutOfRange { max }) => format!("1~{max} 사이여야 합니다."),
    }
}

/// "Instance type: t2.mircro is not an instance type." (the Launch button's list of blockers).
pub fn blocker_text(lang: Lang, field: Field, problem: &Problem, instance_type: &str) -> String {
    format!(
        "{}: {}",
        field_name(lang, field),
        problem_text(lang, problem, instance_type)
    )
}

/// A line of the summary's "not available" list.
pub fn note_text(lang: Lang, note: &Note) -> String {
    match (lang, note) {
        (_, Note::HibernationUnavailable { block, instance_type }) => {
            let label = lang.t(LaunchText::Hibernation);
            format!("{label}: {}", hibernation_reason(lang, *block, instance_type))
        }
        (Lang::En, Note::ArchitectureMismatch { image, type_arch }) => format!("An {image} AMI cannot run on this type ({type_arch})."),
        (Lang::Ko, Note::ArchitectureMismatch { image, type_arch }) => format!("{image} AMI는 이 유형({type_arch})에서 실행할 수 없습니다."),
        (Lang::En, Note::InstanceStoreBacked) => "Instance-store-backed AMI: no EBS volumes, no stop or hibernation, and shutdown always terminates.".into(),
        (Lang::Ko, Note::InstanceStoreBacked) => "인스턴스 스토어 기반 AMI: EBS 볼륨, 중지, 최대 절전 모드를 사용할 수 없으며 종료 동작은 항상 종료(terminate)입니다.".into(),
    }
}

/// "3 × m5d.large (2 vCPUs, 8 GiB)".
pub fn instances_line(
    lang: Lang,
    count: i64,
    instance_type: &str,
    vcpus: u32,
    memory: &str,
) -> String {
    match lang {
        Lang::En => {
            let unit = if vcpus == 1 { "vCPU" } else { "vCPUs" };
            format!("{count} × {instance_type} ({vcpus} {unit}, {memory} GiB)")
        }
        Lang::Ko => format!("{instance_type} {count}개(vCPU {vcpus}개, {memory}GiB)"),
    }
}

/// "75 GB NVMe SSD".
pub fn disk_text(size_gb: u64, hdd: bool, nvme: bool) -> String {
    let kind = match (nvme, hdd) {
        (_, true) => "HDD",
        (true, false) => "NVMe SSD",
        (false, false) => "SSD",
    };
    format!("{size_gb} GB {kind}")
}

/// "Remove volume 2" (the accessible name of a row's remove button).
pub fn remove_row(lang: Lang, what: &str, n: usize) -> String {
    match lang {
        Lang::En => format!("Remove {what} {}", n + 1),
        Lang::Ko => format!("{what} {} 제거", n + 1),
    }
}

/// "Use t2.micro" (a match in the type search).
pub fn use_type(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Use {name}"),
        Lang::Ko => format!("{name} 사용"),
    }
}
