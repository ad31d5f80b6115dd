//! The AMIs page's strings (issue 6), in the Korean console's words: 이미지 생성, 재부팅 안 함,
//! AMI 복사, 등록 취소, 블록 디바이스 매핑. API names, IDs and state identifiers stay in English.

use super::Lang;

impl AmiText {
    /// Kept in English on purpose (product and API names).
    pub const SAME_IN_BOTH: &'static [AmiText] = &[AmiText::ColAmiId, AmiText::TabMarketplace];
}

texts! {
    AmiText;
    CatalogHeading => "AMI catalogue", "AMI 카탈로그";
    TabsLabel => "Kinds of AMI", "AMI 종류";
    TabQuickStart => "AWS-provided (Quick Start)", "AWS 제공 (빠른 시작)";
    TabMarketplace => "AWS Marketplace", "AWS Marketplace";
    TabMine => "My AMIs", "내 AMI";
    TabQuickStartNote =>
        "Images AWS and verified providers publish. The image itself is free; you pay for the instance.",
        "AWS와 검증된 공급자가 게시한 이미지입니다. 이미지 자체는 무료이며 인스턴스 요금만 냅니다.";
    TabMarketplaceNote =>
        "Third-party images, often paid, identified by product codes. They cannot be copied to another Region: launch one and create your own image instead.",
        "타사 이미지로, 대개 유료이며 제품 코드로 식별됩니다. 다른 리전으로 복사할 수 없으므로, 인스턴스를 시작한 뒤 직접 이미지를 만드세요.";
    TabMineNote =>
        "Images you created or copied (owned by me), in every Region. Their snapshots are billed until you deregister the AMI and delete them.",
        "직접 생성하거나 복사한 이미지(내 소유)로, 모든 리전의 이미지를 보여 줍니다. AMI 등록을 취소하고 스냅샷을 삭제할 때까지 스냅샷 요금이 부과됩니다.";
    NoOwnedImages =>
        "No AMIs of yours yet. Create one from an instance.",
        "아직 내 AMI가 없습니다. 인스턴스에서 이미지를 생성해 보세요.";
    ColAmiId => "AMI ID", "AMI ID";
    ColAmiName => "AMI name", "AMI 이름";
    ColOwner => "Owner", "소유자";
    ColArchitecture => "Architecture", "아키텍처";
    ColRootDevice => "Root device type", "루트 디바이스 유형";
    ColState => "Status", "상태";
    ColCreated => "Creation date", "생성 날짜";
    ColBlockDevices => "Block devices", "블록 디바이스";
    ColRegion => "Region", "리전";
    OwnerMe => "me", "나";
    AmiStatePending => "Pending", "대기 중";
    StateAvailable => "Available", "사용 가능";
    StateDeregistered => "Deregistered", "등록 취소됨";

    CreateHeading => "Create image", "이미지 생성";
    CreateIntro =>
        "Make an AMI from an EBS-backed instance that is running or stopped. Amazon EC2 snapshots every attached EBS volume and records the snapshots in the new AMI's block device mapping.",
        "실행 중이거나 중지된 EBS 기반 인스턴스로 AMI를 만듭니다. Amazon EC2가 연결된 모든 EBS 볼륨의 스냅샷을 만들고, 새 AMI의 블록 디바이스 매핑에 기록합니다.";
    InstanceLabel => "Instance", "인스턴스";
    AmiNoInstances =>
        "No running or stopped instance to make an image from. Launch one in the Lab first.",
        "이미지를 만들 실행 중이거나 중지된 인스턴스가 없습니다. 먼저 실습에서 인스턴스를 시작하세요.";
    ImageNameLabel => "Image name", "이미지 이름";
    ImageNameHint =>
        "3–128 characters: letters, numbers, spaces and ( ) [ ] . / - ' @ _",
        "3~128자: 문자, 숫자, 공백 및 ( ) [ ] . / - ' @ _";
    DescriptionLabel => "Image description (optional)", "이미지 설명 (선택 사항)";
    NoRebootLabel => "No reboot", "재부팅 안 함";
    RebootNote =>
        "By default Amazon EC2 reboots the instance while it takes the snapshots, so they are consistent.",
        "기본적으로 Amazon EC2는 스냅샷의 일관성을 위해 스냅샷을 만드는 동안 인스턴스를 재부팅합니다.";
    NoRebootWarning =>
        "Without a reboot the volumes are snapshotted while the instance keeps running: the snapshots are only crash-consistent, and Amazon EC2 can't guarantee the file system integrity of the created image.",
        "재부팅하지 않으면 인스턴스가 실행되는 동안 볼륨의 스냅샷을 만듭니다. 스냅샷은 충돌 일관성만 보장되며, Amazon EC2는 생성된 이미지의 파일 시스템 무결성을 보장할 수 없습니다.";
    InstanceStoreNotCopied =>
        "Instance-store data is never copied into an image: only the mapping is recorded.",
        "인스턴스 스토어 데이터는 이미지에 복사되지 않으며, 매핑만 기록됩니다.";
    CreateButton => "Create image", "이미지 생성";

    SelectPrompt =>
        "Choose an AMI ID in a table to see its details, launch from it, copy it or deregister it.",
        "표에서 AMI ID를 선택하면 세부 정보를 보고, 인스턴스를 시작하고, 복사하거나 등록을 취소할 수 있습니다.";
    AmiDetailsHeading => "AMI details", "AMI 세부 정보";
    AmiActionsHeading => "What to do with this AMI", "이 AMI로 할 수 있는 작업";
    Description => "Description", "설명";
    Location => "AMI location", "AMI 위치";
    Platform => "Platform details", "플랫폼 세부 정보";
    ProductCodes => "Product codes", "제품 코드";
    RootDeviceName => "Root device name", "루트 디바이스 이름";
    SourceInstance => "Source instance", "원본 인스턴스";
    PendingNote =>
        "pending: Amazon EC2 is taking the snapshots. The AMI becomes available when they complete; let the clock run.",
        "pending(대기 중): Amazon EC2가 스냅샷을 만드는 중입니다. 스냅샷이 완료되면 AMI가 available(사용 가능) 상태가 됩니다. 시계를 진행해 보세요.";
    NoRebootImage =>
        "Created with no reboot: its file system integrity is not guaranteed.",
        "재부팅 없이 생성됨: 파일 시스템 무결성이 보장되지 않습니다.";
    BdmHeading => "Block device mapping", "블록 디바이스 매핑";
    ColDevice => "Device name", "디바이스 이름";
    ColSnapshot => "Snapshot", "스냅샷";
    ColSize => "Size (GiB)", "크기(GiB)";
    ColVolumeType => "Volume type", "볼륨 유형";
    ColDeleteOnTermination => "Delete on termination", "종료 시 삭제";
    ColSnapshotState => "Snapshot status", "스냅샷 상태";
    InstanceStoreNoData => "instance store: no data carried", "인스턴스 스토어: 데이터 없음";
    SnapshotDeleted => "deleted", "삭제됨";
    AmiYes => "Yes", "예";
    AmiNo => "No", "아니요";

    LaunchHeading => "Launch instances from this AMI", "이 AMI로 인스턴스 시작";
    InstanceTypeLabel => "Instance type", "인스턴스 유형";
    AmiCountLabel => "Number of instances", "인스턴스 개수";
    CountError => "Enter a whole number of instances.", "인스턴스 개수를 정수로 입력하세요.";
    AmiLaunchButton => "Launch instances", "인스턴스 시작";
    LaunchOtherRegion =>
        "This AMI is in another Region and the Lab works in us-east-1: launch from it with the CLI and --region.",
        "이 AMI는 다른 리전에 있으며 실습은 us-east-1에서 진행됩니다. CLI에서 --region을 지정해 시작하세요.";

    CopyHeading => "Copy AMI", "AMI 복사";
    DestinationRegion => "Destination Region", "대상 리전";
    CopyNameLabel => "Name of the copy", "사본 이름";
    CopyButton => "Copy AMI", "AMI 복사";
    CopyNote =>
        "The copy gets a new AMI ID and full copies of the snapshots; tags and launch permissions are not copied. Deregistering one does not affect the other.",
        "사본은 새 AMI ID와 스냅샷의 전체 사본을 받습니다. 태그와 시작 권한은 복사되지 않습니다. 한쪽의 등록을 취소해도 다른 쪽에는 영향이 없습니다.";

    DeregisterHeading => "Deregister AMI", "AMI 등록 취소";
    DeregisterButton => "Deregister AMI", "AMI 등록 취소";
    DeregisterNote =>
        "After deregistering, no new instance can be launched from this AMI. Instances already launched from it keep running (and billing). Its snapshots are not deleted: they remain, and are still billed, until you delete them.",
        "등록을 취소하면 이 AMI로 새 인스턴스를 시작할 수 없습니다. 이미 시작한 인스턴스는 계속 실행되며 요금도 계속 부과됩니다. 스냅샷은 삭제되지 않고 남아 있으며, 직접 삭제할 때까지 요금이 부과됩니다.";
    DeregisteredNotice =>
        "This AMI is deregistered: nothing new can be launched from it. Instances launched from it keep running, and its snapshots remain and still cost money until you delete them:",
        "이 AMI는 등록 취소되었습니다. 이 AMI로 새로 시작할 수 없습니다. 이 AMI로 시작한 인스턴스는 계속 실행되며, 스냅샷은 남아 있어 삭제할 때까지 요금이 부과됩니다:";
    NotYours =>
        "A public AMI belongs to its publisher: you can launch from it, but only the owner can deregister it.",
        "공개 AMI는 게시자 소유입니다. 이 AMI로 시작할 수는 있지만 등록 취소는 소유자만 할 수 있습니다.";

    LineageHeading => "AMI lineage", "AMI 계보";
    LineageIntro =>
        "How this image was made and what came of it. Choose an AMI or an instance to go to it.",
        "이 이미지가 어떻게 만들어졌고 무엇이 나왔는지 보여 줍니다. AMI나 인스턴스를 선택하면 해당 항목으로 이동합니다.";
    PublicLineage =>
        "This AMI comes from its publisher. Launch from it, change the instance, and create an image to see a lineage.",
        "이 AMI는 게시자가 만든 것입니다. 이 AMI로 시작한 인스턴스를 수정하고 이미지를 생성하면 계보를 볼 수 있습니다.";
    StageCopiedFrom => "Copied from", "복사 원본";
    StageBase => "Base AMI", "기본 AMI";
    StageInstance => "Modified instance", "수정한 인스턴스";
    StageSnapshots => "Snapshots: EBS data carried", "스냅샷: EBS 데이터 포함";
    StageInstanceStore => "Instance store: NOT carried", "인스턴스 스토어: 포함되지 않음";
    StageImage => "Custom AMI", "사용자 지정 AMI";
    StageLaunched => "Instances launched from it", "이 AMI로 시작한 인스턴스";
    StageCopies => "Copies in other Regions", "다른 리전의 사본";
    InstanceStoreNotCarried =>
        "Only the mapping is recorded. Files on instance store are not in the image; instances launched from it get empty instance-store volumes.",
        "매핑만 기록됩니다. 인스턴스 스토어의 파일은 이미지에 없으며, 이 AMI로 시작한 인스턴스는 빈 인스턴스 스토어 볼륨을 받습니다.";
    AmiNoInstanceStore =>
        "The source instance had no instance store, so nothing was left behind.",
        "원본 인스턴스에 인스턴스 스토어가 없어서 빠진 데이터가 없습니다.";
    NoneYet => "None yet", "아직 없음";
    NoLongerListed => "no longer listed", "더 이상 표시되지 않음";
}

/// "Creating ami-…: i-… is rebooting so its snapshots are consistent." (role=status after Create).
pub fn image_created(lang: Lang, image: &str, instance: &str, rebooting: bool) -> String {
    match (lang, rebooting) {
        (Lang::En, true) => {
            format!("Creating {image} from {instance}: the instance reboots so its snapshots are consistent.")
        }
        (Lang::En, false) => format!("Creating {image} from {instance} without a reboot."),
        (Lang::Ko, true) => format!(
            "{instance}에서 {image}를 생성하는 중입니다. 스냅샷의 일관성을 위해 인스턴스가 재부팅됩니다."
        ),
        (Lang::Ko, false) => {
            format!("{instance}에서 재부팅 없이 {image}를 생성하는 중입니다.")
        }
    }
}

/// "Open i-… in the Lab" (a lineage node's accessible name).
pub fn open_in_lab(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Open {id} in the Lab"),
        Lang::Ko => format!("실습에서 {id} 열기"),
    }
}

/// "Show ami-…" (a lineage node's accessible name).
pub fn show_image(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Show AMI {id}"),
        Lang::Ko => format!("AMI {id} 보기"),
    }
}

/// "Lineage of ami-…" (the diagram's accessible name).
pub fn lineage_of(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Lineage of {id}"),
        Lang::Ko => format!("{id}의 계보"),
    }
}

/// "Copying to ap-northeast-2 as ami-… (a new ID)."
pub fn copy_started(lang: Lang, id: &str, region: &str) -> String {
    match lang {
        Lang::En => format!("Copying to {region} as {id}: a new AMI ID."),
        Lang::Ko => format!("{region}(으)로 복사하는 중입니다. 새 AMI ID는 {id}입니다."),
    }
}
