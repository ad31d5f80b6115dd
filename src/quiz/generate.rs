//! Questions generated with random values and graded by the simulator itself (VisuAlgo's idea): a
//! random instance type, storage layout, state and action are drawn from a seed, the engine is run,
//! and the answer is whatever the engine did. Nothing here knows the answer in advance.
//!
//! Three concepts, each one spaced-repetition card (`gen-survival`, `gen-next-state`, `gen-legal`):
//! - which files survive a reboot, a stop/start or a hibernation (files really written with the guest
//!   shell, read back afterwards);
//! - which state an instance enters after an action, or after a transitional state;
//! - whether EC2 accepts an action in a given state (the engine's own check, with its error).

use std::collections::BTreeSet;

use crate::content::quiz_bank::{ActionId, Kind, Link, Question, StateId};
use crate::content::{ExperimentId, LessonId, Localized, QuizTopic};
use crate::i18n::Lang;
use crate::sim::ami::public_image_id;
use crate::sim::catalog::{self, Architecture, InstanceTypeInfo};
use crate::sim::clock::MINUTE;
use crate::sim::instance::{LifecycleState, ShutdownBehavior};
use crate::sim::launch::{BlockDeviceMappingSpec, EbsSpec};
use crate::sim::{Effect, InstanceAction, RunInstancesRequest, StopOptions, World};

use super::rng::Rng;

pub const REGION: &str = "us-east-1";
const AZ: &str = "us-east-1a";
/// A draw that the engine refuses (a type it cannot launch here, say) is redrawn this many times.
const ATTEMPTS: usize = 40;

/// A kind of generated question; each is one card in the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Concept {
    Survival,
    NextState,
    Legal,
}

impl Concept {
    pub const ALL: [Concept; 3] = [Concept::Survival, Concept::NextState, Concept::Legal];

    pub fn card_id(self) -> &'static str {
        match self {
            Concept::Survival => "gen-survival",
            Concept::NextState => "gen-next-state",
            Concept::Legal => "gen-legal",
        }
    }

    pub fn from_card_id(id: &str) -> Option<Concept> {
        Concept::ALL.into_iter().find(|c| c.card_id() == id)
    }

    pub fn topic(self) -> QuizTopic {
        match self {
            Concept::Survival => QuizTopic::Persistence,
            Concept::NextState | Concept::Legal => QuizTopic::Lifecycle,
        }
    }
}

/// Where a file of a survival question is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    RootEbs,
    ExtraEbs,
    InstanceStore,
    Ram,
}

/// What happens to the instance in a survival question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Interruption {
    Reboot,
    StopStart,
    HibernateStart,
}

/// What was drawn, so a test can set the same situation up again and check the answer another way.
#[derive(Clone, Debug, PartialEq)]
pub enum Setup {
    Survival {
        instance_type: String,
        interruption: Interruption,
        /// In the order of the question's options.
        spots: Vec<Spot>,
    },
    NextState {
        instance_type: String,
        from: LifecycleState,
        action: StepAction,
        /// Asked about the state after the transitional one ("what comes after stopping?").
        after_transition: bool,
    },
    Legal(LegalSetup),
}

/// The actions of next-state questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepAction {
    Start,
    Stop,
    Hibernate,
    Terminate,
    /// `sudo shutdown -h now` inside the guest, with the instance's shutdown behaviour.
    OsShutdown(ShutdownBehavior),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegalSetup {
    pub instance_type: String,
    /// Instance-store-backed (an `m3.medium` from an instance-store AMI) rather than EBS-backed.
    pub store_backed: bool,
    pub hibernation: bool,
    pub state: LifecycleState,
    pub action: InstanceAction,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Generated {
    pub concept: Concept,
    pub question: Question,
    pub setup: Setup,
}

/// A question of a random concept.
pub fn draw(seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    let concept = Concept::ALL[rng.below(Concept::ALL.len())];
    generate(concept, rng.next_u64())
}

/// A question of the given concept. Always returns one: after too many refused draws it falls back
/// to a set-up the engine is known to accept (still graded by the engine).
pub fn generate(concept: Concept, seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    for _ in 0..ATTEMPTS {
        let found = match concept {
            Concept::Survival => survival(&mut rng, seed),
            Concept::NextState => next_state(&mut rng, seed),
            Concept::Legal => legal(&mut rng, seed),
        };
        if let Some(generated) = found {
            return generated;
        }
    }
    fallback(concept, seed)
}

fn fallback(concept: Concept, seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    let found = match concept {
        Concept::Survival => survival_with(
            &mut rng,
            seed,
            "i3.large",
            Interruption::StopStart,
            vec![Spot::RootEbs, Spot::InstanceStore],
        ),
        Concept::NextState => next_state_with(
            seed,
            "t3.micro",
            LifecycleState::Running,
            StepAction::Stop,
            false,
        ),
        Concept::Legal => legal_with(
            seed,
            LegalSetup {
                instance_type: "t3.micro".into(),
                store_backed: false,
                hibernation: false,
                state: LifecycleState::Stopped,
                action: InstanceAction::Reboot,
            },
        ),
    };
    // The fallbacks are ordinary launches the engine's own tests cover; should one ever fail, a
    // question still comes back rather than a panic.
    found.unwrap_or_else(|| Generated {
        concept,
        question: placeholder(concept),
        setup: Setup::Legal(LegalSetup {
            instance_type: "t3.micro".into(),
            store_backed: false,
            hibernation: false,
            state: LifecycleState::Running,
            action: InstanceAction::Reboot,
        }),
    })
}

fn placeholder(concept: Concept) -> Question {
    question(
        concept,
        0,
        Kind::TrueFalse { answer: true },
        text(
            "EC2 instances run on AWS hardware.",
            "EC2 인스턴스는 AWS 하드웨어에서 실행됩니다.",
        ),
        text(
            "Every instance runs on a host in an AWS data centre.",
            "모든 인스턴스는 AWS 데이터 센터의 호스트에서 실행됩니다.",
        ),
        Link::Lesson(LessonId::Lifecycle),
    )
}

/// "An" before a type name read letter by letter with a vowel sound (an m5d.large, a t3.micro).
fn article(name: &str) -> &'static str {
    match name.chars().next() {
        Some('a' | 'e' | 'f' | 'h' | 'i' | 'l' | 'm' | 'n' | 'o' | 'r' | 's' | 'x') => "An",
        _ => "A",
    }
}

fn text(en: impl Into<String>, ko: impl Into<String>) -> Localized {
    Localized {
        en: en.into(),
        ko: ko.into(),
    }
}

fn question(
    concept: Concept,
    seed: u64,
    kind: Kind,
    prompt: Localized,
    explanation: Localized,
    link: Link,
) -> Question {
    Question {
        id: format!("{}-{seed:016x}", concept.card_id()),
        topic: concept.topic(),
        kind,
        prompt,
        explanation,
        link,
        source: "simulator".into(),
        difficulty: None,
    }
}

// --- setting a world up --------------------------------------------------------------------------

/// The Amazon Linux 2023 AMI for the type's processor.
fn image_for(info: &InstanceTypeInfo) -> Option<String> {
    let key = if info.supports_architecture(Architecture::X86_64) {
        "al2023-x86_64"
    } else if info.supports_architecture(Architecture::Arm64) {
        "al2023-arm64"
    } else {
        return None;
    };
    public_image_id(REGION, key)
}

/// The request with hibernation configured and its image's root volume encrypted, as EC2
/// requires (ec2-facts 1.4).
fn hibernating(w: &World, request: RunInstancesRequest) -> RunInstancesRequest {
    let root = w
        .image(&request.image_id)
        .map_or_else(|| "/dev/xvda".to_string(), |i| i.root_device_name.clone());
    request.hibernating(&root)
}

/// Launches one instance and waits until it runs. None when the engine refuses the launch.
pub fn launch(w: &mut World, request: RunInstancesRequest) -> Option<String> {
    let id = w
        .run_instances(&request)
        .ok()?
        .instance_ids
        .first()?
        .clone();
    w.advance(10 * MINUTE);
    (state_of(w, &id)? == LifecycleState::Running).then_some(id)
}

fn state_of(w: &World, id: &str) -> Option<LifecycleState> {
    w.instance(id).map(|i| i.state)
}

fn sh(w: &mut World, id: &str, line: &str) -> bool {
    w.guest_exec(REGION, id, line)
        .is_ok_and(|out| out.exit_code == 0)
}

fn ids(id: &str) -> Vec<String> {
    vec![id.to_owned()]
}

pub fn state_id(state: LifecycleState) -> StateId {
    match state {
        LifecycleState::Pending => StateId::Pending,
        LifecycleState::Running => StateId::Running,
        LifecycleState::Stopping => StateId::Stopping,
        LifecycleState::Stopped => StateId::Stopped,
        LifecycleState::ShuttingDown => StateId::ShuttingDown,
        LifecycleState::Terminated => StateId::Terminated,
    }
}

/// `running (실행 중)` in either language: the API name and the console's Korean name.
fn state_text(state: LifecycleState) -> Localized {
    let id = state_id(state);
    text(
        format!("`{}`", id.id()),
        format!("`{}`({})", id.id(), id.console_name(Lang::Ko)),
    )
}

// --- which files survive -------------------------------------------------------------------------

/// Types with NVMe instance store the guest can format, of a launchable size.
fn store_types() -> Vec<&'static InstanceTypeInfo> {
    catalog::all()
        .iter()
        .filter(|t| {
            t.current_generation
                && !t.bare_metal
                && t.supports_ebs_root
                && t.vcpus <= 16
                && t.instance_store.as_ref().is_some_and(|s| s.nvme)
        })
        .collect()
}

fn survival(rng: &mut Rng, seed: u64) -> Option<Generated> {
    let types = store_types();
    let info = *rng.pick(&types)?;
    let interruption = match rng.below(3) {
        0 => Interruption::Reboot,
        1 => Interruption::StopStart,
        _ if info.hibernation_supported => Interruption::HibernateStart,
        _ => Interruption::StopStart,
    };
    let mut spots = vec![Spot::RootEbs, Spot::InstanceStore];
    if rng.coin() {
        spots.push(Spot::ExtraEbs);
    }
    if rng.coin() || interruption == Interruption::HibernateStart {
        spots.push(Spot::Ram);
    }
    rng.shuffle(&mut spots);
    let name = info.name.clone();
    survival_with(rng, seed, &name, interruption, spots)
}

/// Where each spot's file lives, and the command that prepares the spot (format and mount).
struct FileSpot {
    spot: Spot,
    path: String,
    content: String,
    mount: Option<(String, &'static str)>,
}

const FILE_NAMES: [&str; 6] = [
    "notes.txt",
    "cache.db",
    "report.csv",
    "session.json",
    "build.log",
    "photo.jpg",
];

fn survival_with(
    rng: &mut Rng,
    seed: u64,
    instance_type: &str,
    interruption: Interruption,
    spots: Vec<Spot>,
) -> Option<Generated> {
    let info = catalog::lookup(instance_type)?;
    let image = image_for(info)?;
    let mut w = World::new(seed);
    let mut request = RunInstancesRequest::new(REGION, &image, instance_type).in_az(AZ);
    if interruption == Interruption::HibernateStart {
        request = hibernating(&w, request);
    }
    if spots.contains(&Spot::ExtraEbs) {
        request.block_device_mappings.push(BlockDeviceMappingSpec {
            device_name: "/dev/sdb".into(),
            ebs: Some(EbsSpec {
                volume_size: Some(4),
                volume_type: Some("gp3".into()),
                ..Default::default()
            }),
            ..Default::default()
        });
    }
    let id = launch(&mut w, request)?;

    let mut names: Vec<&str> = FILE_NAMES.to_vec();
    rng.shuffle(&mut names);
    let files: Vec<FileSpot> = spots
        .iter()
        .zip(names)
        .map(|(&spot, name)| {
            let (path, mount) = match spot {
                Spot::RootEbs => (format!("/home/ec2-user/{name}"), None),
                Spot::ExtraEbs => (format!("/data/{name}"), Some(("/dev/sdb".into(), "/data"))),
                Spot::InstanceStore => (
                    format!("/scratch/{name}"),
                    Some(("ephemeral0".into(), "/scratch")),
                ),
                Spot::Ram => (format!("/dev/shm/{name}"), None),
            };
            FileSpot {
                spot,
                path,
                content: format!("data-{:08x}", rng.next_u64() as u32),
                mount,
            }
        })
        .collect();

    for file in &files {
        if let Some((device, dir)) = &file.mount {
            let device = guest_device(&w, &id, device)?;
            if !sh(
                &mut w,
                &id,
                &format!(
                    "sudo mkfs -t xfs {device} && sudo mkdir -p {dir} && sudo mount {device} {dir}"
                ),
            ) {
                return None;
            }
        }
        let write = format!("echo '{}' | sudo tee {}", file.content, file.path);
        if !sh(&mut w, &id, &write) || !file_holds(&mut w, &id, file) {
            return None;
        }
    }

    interrupt(&mut w, &id, interruption)?;

    let answers: BTreeSet<usize> = crate::sorting::set_of(
        files
            .iter()
            .enumerate()
            .filter(|(_, file)| file_remains(&mut w, &id, file))
            .map(|(i, _)| i),
    );

    let options = files
        .iter()
        .map(|f| {
            let (en, ko) = spot_name(f.spot);
            text(format!("{} ({en})", f.path), format!("{} ({ko})", f.path))
        })
        .collect();
    let listing_en: Vec<String> = files
        .iter()
        .map(|f| format!("{} ({})", f.path, spot_name(f.spot).0))
        .collect();
    let listing_ko: Vec<String> = files
        .iter()
        .map(|f| format!("{} ({})", f.path, spot_name(f.spot).1))
        .collect();
    let (act_en, act_ko) = interruption_text(interruption);
    let prompt = text(
        format!(
            "You launch {} {instance_type} and write these files: {}. Then you {act_en}. Which files are still there afterwards (you mount the volumes again where needed)? Select all that apply.",
            article(instance_type).to_lowercase(),
            listing_en.join(", ")
        ),
        format!(
            "{instance_type} 인스턴스를 시작하고 다음 파일을 씁니다: {}. 그런 다음 {act_ko}. 그 후에도 남아 있는 파일을 모두 고르십시오(필요하면 볼륨을 다시 마운트합니다).",
            listing_ko.join(", ")
        ),
    );
    let mut why_en = Vec::new();
    let mut why_ko = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let (en, ko) = spot_reason(file.spot, interruption, answers.contains(&i));
        why_en.push(format!("{}: {en}", file.path));
        why_ko.push(format!("{}: {ko}", file.path));
    }
    let explanation = text(
        format!("The simulator ran it. {}", why_en.join(" ")),
        format!("시뮬레이터로 실행한 결과입니다. {}", why_ko.join(" ")),
    );
    let kind = Kind::Multiple {
        options,
        answers: answers.clone(),
    };
    Some(Generated {
        concept: Concept::Survival,
        question: question(
            Concept::Survival,
            seed,
            kind,
            prompt,
            explanation,
            Link::Experiment(ExperimentId::EbsVsInstanceStore),
        ),
        setup: Setup::Survival {
            instance_type: instance_type.to_owned(),
            interruption,
            spots,
        },
    })
}

/// The guest's device for an API device name (`/dev/sdb`) or an instance-store volume
/// (`ephemeral0`); looked up each time because NVMe names can change when the instance moves host.
fn guest_device(w: &World, id: &str, device: &str) -> Option<String> {
    let instance = w.instance(id)?;
    if device.starts_with("ephemeral") {
        instance
            .instance_store
            .iter()
            .find(|s| s.virtual_name == device)
            .map(|s| s.guest_device.clone())
    } else {
        instance
            .block_devices
            .iter()
            .find(|b| b.device_name == device)
            .map(|b| b.guest_device.clone())
    }
}

fn file_holds(w: &mut World, id: &str, file: &FileSpot) -> bool {
    w.guest_exec(REGION, id, &format!("cat {}", file.path))
        .is_ok_and(|out| out.exit_code == 0 && out.stdout.contains(&file.content))
}

/// Reads the file back; a volume that is no longer mounted (after a reboot or a stop) is mounted
/// again first, as the learner would.
fn file_remains(w: &mut World, id: &str, file: &FileSpot) -> bool {
    if file_holds(w, id, file) {
        return true;
    }
    if let Some((device, dir)) = &file.mount {
        if let Some(device) = guest_device(w, id, device) {
            sh(
                w,
                id,
                &format!("sudo mkdir -p {dir} && sudo mount {device} {dir}"),
            );
        }
    }
    file_holds(w, id, file)
}

fn interrupt(w: &mut World, id: &str, interruption: Interruption) -> Option<()> {
    match interruption {
        Interruption::Reboot => {
            w.reboot_instances(REGION, &ids(id)).ok()?;
        }
        Interruption::StopStart | Interruption::HibernateStart => {
            let options = StopOptions {
                hibernate: interruption == Interruption::HibernateStart,
                force: false,
            };
            w.stop_instances(REGION, &ids(id), options).ok()?;
            w.advance(10 * MINUTE);
            w.start_instances(REGION, &ids(id)).ok()?;
        }
    }
    w.advance(10 * MINUTE);
    (state_of(w, id)? == LifecycleState::Running).then_some(())
}

fn spot_name(spot: Spot) -> (&'static str, &'static str) {
    match spot {
        Spot::RootEbs => ("root EBS volume", "루트 EBS 볼륨"),
        Spot::ExtraEbs => ("extra EBS volume /dev/sdb", "추가 EBS 볼륨 /dev/sdb"),
        Spot::InstanceStore => ("instance store", "인스턴스 스토어"),
        Spot::Ram => ("RAM, tmpfs", "RAM, tmpfs"),
    }
}

fn interruption_text(i: Interruption) -> (&'static str, &'static str) {
    match i {
        Interruption::Reboot => ("reboot it (RebootInstances)", "재부팅합니다(RebootInstances)"),
        Interruption::StopStart => (
            "stop it and start it again (StopInstances, then StartInstances)",
            "중지했다가 다시 시작합니다(StopInstances 후 StartInstances)",
        ),
        Interruption::HibernateStart => (
            "hibernate it and start it again (StopInstances --hibernate, then StartInstances)",
            "최대 절전 모드로 중지했다가 다시 시작합니다(StopInstances --hibernate 후 StartInstances)",
        ),
    }
}

/// Why a file was kept or lost, worded from what the engine did (`kept`), not assumed.
fn spot_reason(spot: Spot, i: Interruption, kept: bool) -> (&'static str, &'static str) {
    match (spot, kept) {
        (Spot::RootEbs | Spot::ExtraEbs, true) => (
            "kept: an EBS volume is network storage that outlives the host.",
            "남음: EBS 볼륨은 호스트와 별개인 네트워크 스토리지입니다.",
        ),
        (Spot::InstanceStore, true) => (
            "kept: a reboot stays on the same host, so the instance store keeps its data.",
            "남음: 재부팅은 같은 호스트에서 이루어지므로 인스턴스 스토어의 데이터가 유지됩니다.",
        ),
        (Spot::InstanceStore, false) => (
            "lost: the instance store is erased when the instance stops or hibernates; it starts on another host.",
            "사라짐: 인스턴스를 중지하거나 최대 절전 모드로 전환하면 인스턴스 스토어가 지워지고, 다른 호스트에서 시작됩니다.",
        ),
        (Spot::Ram, true) if i == Interruption::HibernateStart => (
            "kept: hibernation saves RAM to the root EBS volume and loads it back at start.",
            "남음: 최대 절전 모드는 RAM 내용을 루트 EBS 볼륨에 저장했다가 시작할 때 되돌립니다.",
        ),
        (Spot::Ram, true) => ("kept.", "남음."),
        (Spot::Ram, false) => (
            "lost: RAM is cleared when the operating system restarts.",
            "사라짐: 운영 체제가 다시 시작되면 RAM이 비워집니다.",
        ),
        (_, false) => ("lost.", "사라짐."),
    }
}

// --- which state comes next ----------------------------------------------------------------------

/// Small EBS-only types the next-state and legality questions launch.
fn ebs_types() -> Vec<&'static InstanceTypeInfo> {
    catalog::all()
        .iter()
        .filter(|t| {
            t.current_generation
                && !t.bare_metal
                && t.supports_ebs_root
                && t.vcpus <= 4
                && t.instance_store.is_none()
        })
        .collect()
}

fn next_state(rng: &mut Rng, seed: u64) -> Option<Generated> {
    let types = ebs_types();
    let info = *rng.pick(&types)?;
    let from = if rng.coin() {
        LifecycleState::Running
    } else {
        LifecycleState::Stopped
    };
    let actions = [
        StepAction::Start,
        StepAction::Stop,
        StepAction::Hibernate,
        StepAction::Terminate,
        StepAction::OsShutdown(ShutdownBehavior::Stop),
        StepAction::OsShutdown(ShutdownBehavior::Terminate),
    ];
    let action = *rng.pick(&actions)?;
    let name = info.name.clone();
    next_state_with(seed, &name, from, action, rng.coin())
}

/// Brings a fresh instance of `instance_type` to `from` (running or stopped). Hibernation is
/// configured when the type supports it, so hibernate is possible.
pub fn instance_in(
    w: &mut World,
    instance_type: &str,
    from: LifecycleState,
    behavior: Option<ShutdownBehavior>,
) -> Option<String> {
    let info = catalog::lookup(instance_type)?;
    let image = image_for(info)?;
    let mut plain = RunInstancesRequest::new(REGION, &image, instance_type).in_az(AZ);
    plain.shutdown_behavior = behavior;
    let with_hibernation = hibernating(w, plain.clone());
    let id = info
        .hibernation_supported
        .then(|| launch(w, with_hibernation))
        .flatten()
        .or_else(|| launch(w, plain))?;
    if from == LifecycleState::Stopped {
        w.stop_instances(REGION, &ids(&id), StopOptions::default())
            .ok()?;
        w.advance(10 * MINUTE);
    }
    (state_of(w, &id)? == from).then_some(id)
}

fn next_state_with(
    seed: u64,
    instance_type: &str,
    from: LifecycleState,
    action: StepAction,
    after_transition: bool,
) -> Option<Generated> {
    let mut w = World::new(seed);
    let behavior = match action {
        StepAction::OsShutdown(b) => Some(b),
        _ => None,
    };
    let id = instance_in(&mut w, instance_type, from, behavior)?;
    let ran = match action {
        StepAction::Start => w.start_instances(REGION, &ids(&id)).is_ok(),
        StepAction::Stop => w
            .stop_instances(REGION, &ids(&id), StopOptions::default())
            .is_ok(),
        StepAction::Hibernate => w
            .stop_instances(REGION, &ids(&id), StopOptions::HIBERNATE)
            .is_ok(),
        StepAction::Terminate => w.terminate_instances(REGION, &ids(&id)).is_ok(),
        StepAction::OsShutdown(_) => sh(&mut w, &id, "sudo shutdown -h now"),
    };
    let first = state_of(&w, &id)?;
    // Only actions that move the instance make a next-state question; the legality questions ask
    // about the others.
    if !ran || first == from {
        return None;
    }
    let (asked_from, answer) = if after_transition {
        if !w.advance_to_next(10 * MINUTE) {
            return None;
        }
        (first, state_of(&w, &id)?)
    } else {
        (from, first)
    };
    if asked_from == answer {
        return None;
    }

    let from_text = state_text(from);
    let (act_en, act_ko) = step_text(action);
    let prompt = if after_transition {
        let now = state_text(first);
        text(
            format!(
                "{} {instance_type} is {}. You {act_en}, and it enters {}. Which state comes next, when that transition finishes?",
                article(instance_type),
                from_text.en,
                now.en
            ),
            format!(
                "{instance_type} 인스턴스가 {} 상태입니다. {act_ko} 인스턴스가 {} 상태가 됩니다. 이 전이가 끝나면 다음 상태는 무엇입니까?",
                from_text.ko, now.ko
            ),
        )
    } else {
        text(
            format!(
                "{} {instance_type} is {}. You {act_en}. Which state does it enter first?",
                article(instance_type),
                from_text.en
            ),
            format!(
                "{instance_type} 인스턴스가 {} 상태입니다. {act_ko} 인스턴스가 처음 들어가는 상태는 무엇입니까?",
                from_text.ko
            ),
        )
    };
    let to = state_text(answer);
    let was = state_text(asked_from);
    let explanation = text(
        format!(
            "The simulator ran it: from {} the instance went to {}.",
            was.en, to.en
        ),
        format!(
            "시뮬레이터로 실행한 결과, 인스턴스는 {}에서 {}(으)로 바뀌었습니다.",
            was.ko, to.ko
        ),
    );
    let link = match action {
        StepAction::Start => Link::Experiment(ExperimentId::RestartStopped),
        StepAction::Stop => Link::Experiment(ExperimentId::StopRunning),
        StepAction::Hibernate => Link::Experiment(ExperimentId::Hibernate),
        StepAction::Terminate if from == LifecycleState::Stopped => {
            Link::Experiment(ExperimentId::TerminateStopped)
        }
        StepAction::Terminate => Link::Experiment(ExperimentId::TerminateRunning),
        StepAction::OsShutdown(_) => Link::Lesson(LessonId::Lifecycle),
    };
    let kind = Kind::NextState {
        from: Some(state_id(asked_from)),
        action: action_id(action),
        answer: state_id(answer),
    };
    Some(Generated {
        concept: Concept::NextState,
        question: question(Concept::NextState, seed, kind, prompt, explanation, link),
        setup: Setup::NextState {
            instance_type: instance_type.to_owned(),
            from,
            action,
            after_transition,
        },
    })
}

fn action_id(action: StepAction) -> ActionId {
    match action {
        StepAction::Start => ActionId::Start,
        StepAction::Stop => ActionId::Stop,
        StepAction::Hibernate => ActionId::StopHibernate,
        StepAction::Terminate => ActionId::Terminate,
        StepAction::OsShutdown(_) => ActionId::OsShutdown,
    }
}

fn step_text(action: StepAction) -> (&'static str, &'static str) {
    match action {
        StepAction::Start => ("call StartInstances", "StartInstances를 호출하면"),
        StepAction::Stop => ("call StopInstances", "StopInstances를 호출하면"),
        StepAction::Hibernate => (
            "call StopInstances with --hibernate",
            "StopInstances를 --hibernate와 함께 호출하면",
        ),
        StepAction::Terminate => ("call TerminateInstances", "TerminateInstances를 호출하면"),
        StepAction::OsShutdown(ShutdownBehavior::Stop) => (
            "run `sudo shutdown -h now` inside it (shutdown behavior: stop)",
            "인스턴스 안에서 `sudo shutdown -h now`를 실행하면(종료 동작: stop)",
        ),
        StepAction::OsShutdown(ShutdownBehavior::Terminate) => (
            "run `sudo shutdown -h now` inside it (shutdown behavior: terminate)",
            "인스턴스 안에서 `sudo shutdown -h now`를 실행하면(종료 동작: terminate)",
        ),
    }
}

// --- is this action legal here? ------------------------------------------------------------------

const LEGAL_STATES: [LifecycleState; 6] = [
    LifecycleState::Pending,
    LifecycleState::Running,
    LifecycleState::Stopping,
    LifecycleState::Stopped,
    LifecycleState::ShuttingDown,
    LifecycleState::Terminated,
];

const LEGAL_ACTIONS: [InstanceAction; 5] = [
    InstanceAction::Start,
    InstanceAction::Stop,
    InstanceAction::Hibernate,
    InstanceAction::Reboot,
    InstanceAction::Terminate,
];

fn legal(rng: &mut Rng, seed: u64) -> Option<Generated> {
    let store_backed = rng.below(4) == 0;
    let state = *rng.pick(&LEGAL_STATES)?;
    let action = *rng.pick(&LEGAL_ACTIONS)?;
    let setup = if store_backed {
        LegalSetup {
            instance_type: "m3.medium".into(),
            store_backed,
            hibernation: false,
            state,
            action,
        }
    } else {
        let types = ebs_types();
        let info = *rng.pick(&types)?;
        LegalSetup {
            instance_type: info.name.clone(),
            store_backed,
            hibernation: info.hibernation_supported && rng.coin(),
            state,
            action,
        }
    };
    legal_with(seed, setup)
}

/// Sets up the world of a legality question: one instance in `setup.state`. Public so a test can
/// set up the same situation and really make the call.
pub fn legal_world(seed: u64, setup: &LegalSetup) -> Option<(World, String)> {
    let mut w = World::new(seed);
    let image = if setup.store_backed {
        public_image_id(REGION, "amzn-2018-s3")?
    } else {
        image_for(catalog::lookup(&setup.instance_type)?)?
    };
    let mut request = RunInstancesRequest::new(REGION, &image, &setup.instance_type).in_az(AZ);
    if setup.hibernation {
        request = hibernating(&w, request);
    }
    let id = w
        .run_instances(&request)
        .ok()?
        .instance_ids
        .first()?
        .clone();
    use LifecycleState as S;
    if setup.state != S::Pending {
        w.advance(10 * MINUTE);
    }
    match setup.state {
        S::Pending | S::Running => {}
        S::Stopping | S::Stopped => {
            w.stop_instances(REGION, &ids(&id), StopOptions::default())
                .ok()?;
            if setup.state == S::Stopped {
                w.advance(10 * MINUTE);
            }
        }
        S::ShuttingDown | S::Terminated => {
            w.terminate_instances(REGION, &ids(&id)).ok()?;
            if setup.state == S::Terminated {
                w.advance(10 * MINUTE);
            }
        }
    }
    (state_of(&w, &id)? == setup.state).then_some((w, id))
}

fn legal_with(seed: u64, setup: LegalSetup) -> Option<Generated> {
    let (w, id) = legal_world(seed, &setup)?;
    let verdict = w.check(REGION, &id, setup.action);
    let accepted = verdict.is_ok();
    let (api_en, api_ko) = api_text(setup.action);
    let state = state_text(setup.state);
    let (desc_en, desc_ko) = if setup.store_backed {
        (
            format!("An instance-store-backed {}", setup.instance_type),
            format!("인스턴스 스토어 기반 {} 인스턴스", setup.instance_type),
        )
    } else if setup.hibernation {
        (
            format!(
                "An EBS-backed {} launched with hibernation enabled",
                setup.instance_type
            ),
            format!(
                "최대 절전 모드를 켜고 시작한 EBS 기반 {} 인스턴스",
                setup.instance_type
            ),
        )
    } else {
        (
            format!("An EBS-backed {}", setup.instance_type),
            format!("EBS 기반 {} 인스턴스", setup.instance_type),
        )
    };
    let prompt = text(
        format!(
            "{desc_en} is {}. True or false: EC2 accepts {api_en} for it.",
            state.en
        ),
        format!(
            "{desc_ko}가 {} 상태입니다. 참 또는 거짓: EC2는 이 인스턴스에 대한 {api_ko} 요청을 받아들입니다.",
            state.ko
        ),
    );
    let explanation = match &verdict {
        Ok(Effect::Transition(next)) => {
            let next = state_text(*next);
            text(
                format!(
                    "True: the simulator accepts it, and the instance goes to {}.",
                    next.en
                ),
                format!(
                    "참: 시뮬레이터가 요청을 받아들이고 인스턴스는 {}(으)로 바뀝니다.",
                    next.ko
                ),
            )
        }
        Ok(Effect::NoOp) => text(
            format!(
                "True: EC2 accepts it and nothing changes (the instance is already {}).",
                state.en
            ),
            format!(
                "참: EC2가 요청을 받아들이지만 아무것도 바뀌지 않습니다(이미 {} 상태입니다).",
                state.ko
            ),
        ),
        Ok(Effect::Ignored | Effect::Other) => text(
            "True: EC2 accepts the call and ignores it.",
            "참: EC2가 호출을 받아들이고 무시합니다.",
        ),
        Err(error) => text(
            format!(
                "False: EC2 refuses it with {}: {}",
                error.code, error.message
            ),
            format!(
                "거짓: EC2가 {} 오류로 거부합니다: {}",
                error.code, error.message
            ),
        ),
    };
    let link = if setup.store_backed {
        Link::Experiment(ExperimentId::InstanceStoreBacked)
    } else if setup.action == InstanceAction::Hibernate {
        Link::Experiment(ExperimentId::Hibernate)
    } else {
        Link::Lesson(LessonId::Lifecycle)
    };
    Some(Generated {
        concept: Concept::Legal,
        question: question(
            Concept::Legal,
            seed,
            Kind::TrueFalse { answer: accepted },
            prompt,
            explanation,
            link,
        ),
        setup: Setup::Legal(setup),
    })
}

fn api_text(action: InstanceAction) -> (&'static str, &'static str) {
    match action {
        InstanceAction::Start => ("StartInstances", "StartInstances"),
        InstanceAction::Stop => ("StopInstances", "StopInstances"),
        InstanceAction::Hibernate => (
            "StopInstances with --hibernate",
            "--hibernate를 붙인 StopInstances",
        ),
        InstanceAction::ForceStop => ("StopInstances with --force", "--force를 붙인 StopInstances"),
        InstanceAction::Reboot => ("RebootInstances", "RebootInstances"),
        InstanceAction::Terminate => ("TerminateInstances", "TerminateInstances"),
        InstanceAction::ChangeInstanceType => {
            ("ModifyInstanceAttribute", "ModifyInstanceAttribute")
        }
        InstanceAction::CreateImage => ("CreateImage", "CreateImage"),
    }
}
