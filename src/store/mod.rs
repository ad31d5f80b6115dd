//! The app's one store: the simulated world plus what the Lab shows of it (selection, clock speed,
//! the last error). The actions are plain methods on [`LabState`], tested natively; persistence is an
//! effect (`persist`, `provider`), never part of an action.
//!
//! Yew's reducer wants a new value per action, but copying a world of 500 instances on every click and
//! every clock tick costs more than a frame (`examples/ec2bench.rs`: about 12 ms per copy of 1,000
//! instances natively). So the state lives in one shared cell that actions change in place, and
//! [`LabModel`] carries a version number that tells Yew something changed.

mod amis;
pub mod backup;
mod launch;
pub mod persist;
mod provider;
pub mod storage;

pub use amis::{default_type_for, launch_types_for};
pub use provider::LabProvider;

use std::cell::{Cell, OnceCell, Ref, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::diagram::cases::{self, CaseId, StepKind};
use crate::diagram::Node;
use crate::sim::ami::public_image_id;
use crate::sim::cli;
use crate::sim::clock::{HOUR, SECOND};
use crate::sim::command_output::CommandOutput;
use crate::sim::{ApiError, InstanceAction, RunInstancesRequest, StopOptions, World};

/// The region the Lab works in.
pub const LAB_REGION: &str = "us-east-1";
/// The launch button's defaults: the console's Quick Start default, free-tier sized.
pub const DEFAULT_IMAGE_KEY: &str = "al2023-x86_64";
pub const DEFAULT_TYPE: &str = "t2.micro";

/// How fast simulated time runs against real time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClockSpeed {
    Paused,
    #[default]
    RealTime,
    Times5,
    Times20,
    /// Every timed transition completes on the next tick.
    Instant,
}

impl ClockSpeed {
    pub const ALL: [ClockSpeed; 5] = [
        ClockSpeed::Paused,
        ClockSpeed::RealTime,
        ClockSpeed::Times5,
        ClockSpeed::Times20,
        ClockSpeed::Instant,
    ];

    /// Simulated milliseconds per real millisecond (None: paused or instant).
    pub fn factor(self) -> Option<u64> {
        match self {
            ClockSpeed::RealTime => Some(1),
            ClockSpeed::Times5 => Some(5),
            ClockSpeed::Times20 => Some(20),
            ClockSpeed::Paused | ClockSpeed::Instant => None,
        }
    }
}

/// A guided case in progress: which case, on which instance, and how many steps are done.
#[derive(Clone, Debug, PartialEq)]
pub struct Walkthrough {
    pub case: CaseId,
    pub instance_id: Option<String>,
    pub done: usize,
}

/// One line typed in the console and what it printed.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleEntry {
    pub seq: u64,
    pub line: String,
    pub output: CommandOutput,
}

/// How many console entries are kept on screen.
pub const CONSOLE_KEEP: usize = 100;

/// An action done in the UI that failed: which API call, and EC2's error.
#[derive(Clone, Debug, PartialEq)]
pub struct FailedAction {
    pub operation: &'static str,
    pub error: ApiError,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LabState {
    pub world: World,
    pub selected: Option<String>,
    pub speed: ClockSpeed,
    pub last_error: Option<FailedAction>,
    /// Set when the saved world could not be read and was put aside (persist.rs).
    pub notice: Option<persist::LoadNotice>,
    /// The console's transcript, oldest first.
    pub console: Vec<ConsoleEntry>,
    pub walkthrough: Option<Walkthrough>,
    /// Volumes, the instance shell, the survival matrix (storage.rs).
    pub storage: storage::StorageLab,
    /// The launch wizard's last RunInstances: the new instance IDs or EC2's error.
    pub launch_outcome: Option<LaunchOutcome>,
}

/// What the wizard's last launch did; `seq` counts launches so the wizard knows its own.
#[derive(Clone, Debug, PartialEq)]
pub struct LaunchOutcome {
    pub seq: u64,
    pub result: Result<Vec<String>, ApiError>,
}

pub enum LabAction {
    /// RunInstances with the Lab's defaults.
    LaunchDefault {
        name: String,
    },
    /// RunInstances with the launch wizard's request.
    Launch(Box<RunInstancesRequest>),
    Act {
        ids: Vec<String>,
        action: InstanceAction,
    },
    Select(Option<String>),
    /// Real milliseconds passed on the UI's timer.
    Tick {
        real_ms: u64,
    },
    /// Jump to the next timed transition (the clock's Step button).
    Step,
    SetSpeed(ClockSpeed),
    /// Set up one of the five cases (again, if it is running: a replay).
    StartCase(CaseId),
    /// Take the case's next step.
    CaseNext,
    EndCase,
    /// A line typed in the console.
    RunCommand(String),
    ClearConsole,
    DismissError,
    DismissNotice,
    /// Start again with an empty world.
    Reset,
    /// An imported world takes the place of this one.
    ReplaceWorld(Box<World>),
    Storage(storage::StorageAction),
    /// The AMIs page (store/amis.rs).
    CreateImage {
        instance_id: String,
        name: String,
        description: String,
        no_reboot: bool,
    },
    LaunchFromImage {
        image_id: String,
        instance_type: String,
        count: i64,
    },
    CopyImage {
        image_id: String,
        region: String,
        name: String,
    },
    DeregisterImage(String),
}

impl LabState {
    pub fn new(world: World, notice: Option<persist::LoadNotice>) -> LabState {
        LabState {
            world,
            selected: None,
            speed: ClockSpeed::default(),
            last_error: None,
            notice,
            console: Vec::new(),
            walkthrough: None,
            storage: storage::StorageLab::default(),
            launch_outcome: None,
        }
    }

    fn fail(&mut self, operation: &'static str, error: ApiError) {
        self.last_error = Some(FailedAction { operation, error });
    }

    pub fn launch_default(&mut self, name: &str) {
        let image = public_image_id(LAB_REGION, DEFAULT_IMAGE_KEY).unwrap_or_default();
        let mut request = RunInstancesRequest::new(LAB_REGION, &image, DEFAULT_TYPE);
        let name = name.trim();
        if !name.is_empty() {
            request = request.named(name);
        }
        match self.world.run_instances(&request) {
            Ok(reservation) => {
                self.last_error = None;
                // Select what was just launched, as the console does after a launch.
                self.selected = reservation.instance_ids.into_iter().next();
            }
            Err(error) => self.fail("RunInstances", error),
        }
    }

    pub fn act(&mut self, ids: &[String], action: InstanceAction) {
        let survival = self.survival_before(ids, action);
        let w = &mut self.world;
        let result = match action {
            InstanceAction::Start => w.start_instances(LAB_REGION, ids).map(drop),
            InstanceAction::Stop => w
                .stop_instances(LAB_REGION, ids, StopOptions::default())
                .map(drop),
            InstanceAction::Hibernate => w
                .stop_instances(LAB_REGION, ids, StopOptions::HIBERNATE)
                .map(drop),
            InstanceAction::ForceStop => w
                .stop_instances(LAB_REGION, ids, StopOptions::FORCE)
                .map(drop),
            InstanceAction::Reboot => w.reboot_instances(LAB_REGION, ids),
            InstanceAction::Terminate => w.terminate_instances(LAB_REGION, ids).map(drop),
            // Not offered in the Lab's toolbar or diagram yet.
            InstanceAction::ChangeInstanceType | InstanceAction::CreateImage => Ok(()),
        };
        match result {
            Ok(()) => {
                self.last_error = None;
                self.survival_begin(survival, action);
            }
            Err(error) => self.fail(operation_name(action), error),
        }
    }

    pub fn tick(&mut self, real_ms: u64) {
        match self.speed {
            ClockSpeed::Paused => {}
            ClockSpeed::Instant => self.settle(),
            speed => {
                let factor = speed.factor().unwrap_or(1);
                self.world.advance(real_ms.saturating_mul(factor));
            }
        }
        self.forget_vanished_selection();
    }

    /// A terminated instance disappears after its hour; the selection must not point at it.
    fn forget_vanished_selection(&mut self) {
        if let Some(id) = &self.selected {
            if self.world.instance(id).is_none() {
                self.selected = None;
            }
        }
    }

    /// Sets a case up: a fresh instance brought to the case's starting state, the clock paused so
    /// the learner moves it on, the instance selected so the diagram shows it.
    pub fn start_case(&mut self, id: CaseId) {
        let case = cases::case(id);
        self.speed = ClockSpeed::Paused;
        let mut walkthrough = Walkthrough {
            case: id,
            instance_id: None,
            done: 0,
        };
        if let Some(start) = case.start {
            self.launch_default(&case_name(id));
            let Some(instance_id) = self.selected.clone() else {
                return; // the launch failed; last_error says why
            };
            let ids = std::slice::from_ref(&instance_id);
            self.settle();
            if start == Node::Stopped {
                self.act(ids, InstanceAction::Stop);
                self.settle();
            }
            walkthrough.instance_id = Some(instance_id);
        }
        self.walkthrough = Some(walkthrough);
    }

    /// Completes everything in flight (but never the terminated instance's hour).
    fn settle(&mut self) {
        while self.world.advance_to_next(5 * 60 * SECOND) {}
    }

    pub fn case_next(&mut self) {
        let Some(mut walkthrough) = self.walkthrough.clone() else {
            return;
        };
        let case = cases::case(walkthrough.case);
        let Some(step) = case.steps.get(walkthrough.done) else {
            return;
        };
        match step.kind {
            StepKind::Launch => {
                self.launch_default(&case_name(walkthrough.case));
                walkthrough.instance_id = self.selected.clone();
            }
            StepKind::Action(action) => {
                if let Some(id) = &walkthrough.instance_id {
                    self.selected = Some(id.clone());
                    self.act(std::slice::from_ref(id), action);
                }
            }
            StepKind::Wait => {
                self.world.advance_to_next(5 * 60 * SECOND);
            }
        }
        if self.last_error.is_none() {
            walkthrough.done += 1;
        }
        self.walkthrough = Some(walkthrough);
    }

    /// Runs a console line on the world, exactly as `ec2sh` would. A stop, hibernate, reboot or
    /// terminate typed here starts a survival record, like the buttons.
    pub fn run_command(&mut self, line: &str) {
        let survival = self.survival_before_line(line);
        let first_event = self.world.event_log().next_seq();
        let output = cli::execute(&mut self.world, line);
        self.survival_after_line(survival, first_event);
        let seq = self.console.last().map_or(0, |e| e.seq + 1);
        self.console.push(ConsoleEntry {
            seq,
            line: line.to_owned(),
            output,
        });
        let overflow = self.console.len().saturating_sub(CONSOLE_KEEP);
        self.console.drain(..overflow);
        self.forget_vanished_selection();
    }

    /// The Step button: the next timed transition, however far (up to the terminated hour).
    pub fn step(&mut self) {
        self.world.advance_to_next(2 * HOUR);
        self.forget_vanished_selection();
    }
}

/// The Name tag of a case's instance: "case-3".
fn case_name(id: CaseId) -> String {
    let number = cases::CASES.iter().position(|c| c.id == id).unwrap_or(0) + 1;
    format!("case-{number}")
}

/// The API operation behind each action, as the CLI names it in errors.
pub fn operation_name(action: InstanceAction) -> &'static str {
    match action {
        InstanceAction::Start => "StartInstances",
        InstanceAction::Stop | InstanceAction::Hibernate | InstanceAction::ForceStop => {
            "StopInstances"
        }
        InstanceAction::Reboot => "RebootInstances",
        InstanceAction::Terminate => "TerminateInstances",
        InstanceAction::ChangeInstanceType => "ModifyInstanceAttribute",
        InstanceAction::CreateImage => "CreateImage",
    }
}

impl LabState {
    /// Does one action of the UI. A paused clock's tick changes nothing and says so (false), so the
    /// page need not render again.
    pub fn apply(&mut self, action: LabAction) -> bool {
        match action {
            LabAction::Tick { .. } if self.speed == ClockSpeed::Paused => return false,
            LabAction::LaunchDefault { name } => self.launch_default(&name),
            LabAction::Launch(request) => self.launch(&request),
            LabAction::Act { ids, action } => self.act(&ids, action),
            LabAction::Select(id) => self.selected = id,
            LabAction::Tick { real_ms } => self.tick(real_ms),
            LabAction::Step => self.step(),
            LabAction::SetSpeed(speed) => self.speed = speed,
            LabAction::StartCase(id) => self.start_case(id),
            LabAction::CaseNext => self.case_next(),
            LabAction::EndCase => self.walkthrough = None,
            LabAction::RunCommand(line) => self.run_command(&line),
            LabAction::ClearConsole => self.console.clear(),
            LabAction::DismissError => self.last_error = None,
            LabAction::DismissNotice => self.notice = None,
            LabAction::Reset => *self = LabState::new(persist::fresh_world(), None),
            LabAction::ReplaceWorld(world) => *self = LabState::new(*world, None),
            LabAction::Storage(action) => self.storage_action(action),
            LabAction::CreateImage {
                instance_id,
                name,
                description,
                no_reboot,
            } => drop(self.create_image(&instance_id, &name, &description, no_reboot)),
            LabAction::LaunchFromImage {
                image_id,
                instance_type,
                count,
            } => drop(self.launch_from_image(&image_id, &instance_type, count)),
            LabAction::CopyImage {
                image_id,
                region,
                name,
            } => drop(self.copy_image(&image_id, &region, &name)),
            LabAction::DeregisterImage(id) => self.deregister_image(&id),
        }
        // Whatever moved the clock may have finished an action the survival matrix waits for.
        self.settle_survival();
        true
    }
}

/// What Yew holds: the shared [`LabState`] and a version that goes up with every change. Components
/// read the state with [`LabModel::read`] while they render; actions change it in place.
///
/// The state may be loaded lazily ([`LabModel::lazy`]): the saved world is read and parsed the first
/// time a page reads the store or an action needs it, so the pages that never show the world (home,
/// learn, quiz) start without that work.
pub struct LabModel {
    shared: Rc<SharedState>,
    version: u64,
}

struct SharedState {
    state: OnceCell<RefCell<LabState>>,
    load: Cell<Option<Box<dyn FnOnce() -> LabState>>>,
    /// The event-log position when the state was loaded: a world with no event past it is unchanged
    /// and need not be saved.
    loaded_seq: Cell<Option<u64>>,
}

impl SharedState {
    fn state(&self) -> &RefCell<LabState> {
        self.state.get_or_init(|| {
            let state = match self.load.take() {
                Some(load) => load(),
                None => LabState::new(persist::fresh_world(), None),
            };
            self.loaded_seq
                .set(Some(state.world.event_log().next_seq()));
            RefCell::new(state)
        })
    }
}

impl LabModel {
    /// A store holding this state already.
    pub fn new(state: LabState) -> LabModel {
        LabModel::lazy(move || state)
    }

    /// A store that calls `load` the first time the state is needed.
    pub fn lazy(load: impl FnOnce() -> LabState + 'static) -> LabModel {
        LabModel {
            shared: Rc::new(SharedState {
                state: OnceCell::new(),
                load: Cell::new(Some(Box::new(load))),
                loaded_seq: Cell::new(None),
            }),
            version: 0,
        }
    }

    /// The state, for reading during a render (loading it if this is the first need). Never hold it
    /// across a dispatch.
    pub fn read(&self) -> Ref<'_, LabState> {
        self.shared.state().borrow()
    }

    /// True once the state has been loaded.
    pub fn is_loaded(&self) -> bool {
        self.shared.state.get().is_some()
    }

    /// True when the loaded world has changed since it was loaded: what is worth saving. Never loads.
    pub fn changed_since_load(&self) -> bool {
        let (Some(state), Some(loaded)) = (self.shared.state.get(), self.shared.loaded_seq.get())
        else {
            return false;
        };
        state.borrow().world.event_log().next_seq() != loaded
    }

    /// Increases with every change; what a memoised component can compare.
    pub fn version(&self) -> u64 {
        self.version
    }
}

impl PartialEq for LabModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.shared, &other.shared) && self.version == other.version
    }
}

impl Reducible for LabModel {
    type Action = LabAction;

    fn reduce(self: Rc<Self>, action: LabAction) -> Rc<Self> {
        // Time passing does not load a world nobody has looked at: it is not running anywhere yet.
        if matches!(action, LabAction::Tick { .. }) && !self.is_loaded() {
            return self;
        }
        let changed = self.shared.state().borrow_mut().apply(action);
        if !changed {
            // The same Rc: Yew skips the render.
            return self;
        }
        Rc::new(LabModel {
            shared: Rc::clone(&self.shared),
            version: self.version + 1,
        })
    }
}

pub type LabStore = UseReducerHandle<LabModel>;

/// The store, provided by the app shell.
#[hook]
pub fn use_lab() -> Option<LabStore> {
    use_context::<LabStore>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::LifecycleState;

    fn lab() -> LabState {
        LabState::new(persist::fresh_world(), None)
    }

    #[test]
    fn launching_selects_the_new_pending_instance() {
        let mut lab = lab();
        lab.launch_default("web");
        let id = lab.selected.clone().expect("selected");
        let i = lab.world.instance(&id).unwrap();
        assert_eq!(i.state, LifecycleState::Pending);
        assert_eq!(i.instance_type, DEFAULT_TYPE);
        assert_eq!(i.name(), Some("web"));
    }

    #[test]
    fn a_paused_clock_does_not_move_and_a_step_completes_the_next_transition() {
        let mut lab = lab();
        lab.launch_default("");
        let id = lab.selected.clone().unwrap();
        lab.speed = ClockSpeed::Paused;
        lab.tick(60_000);
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Pending
        );
        lab.step();
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Running
        );
    }

    /// ec2-facts 1.3: StartInstances on a stopping instance is IncorrectInstanceState.
    #[test]
    fn an_illegal_action_keeps_the_real_error_and_changes_nothing() {
        let mut lab = lab();
        lab.launch_default("");
        let id = lab.selected.clone().unwrap();
        lab.speed = ClockSpeed::Instant;
        lab.tick(0);
        lab.act(std::slice::from_ref(&id), InstanceAction::Stop);
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Stopping
        );
        let before = lab.world.clone();
        lab.act(std::slice::from_ref(&id), InstanceAction::Start);
        let failed = lab.last_error.clone().expect("an error");
        assert_eq!(failed.operation, "StartInstances");
        assert_eq!(failed.error.code, "IncorrectInstanceState");
        assert_eq!(lab.world, before);
    }

    #[test]
    fn instant_speed_finishes_transitions_but_keeps_terminated_instances_listed() {
        let mut lab = lab();
        lab.launch_default("");
        let id = lab.selected.clone().unwrap();
        lab.speed = ClockSpeed::Instant;
        lab.tick(0);
        lab.act(std::slice::from_ref(&id), InstanceAction::Terminate);
        lab.tick(0);
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Terminated
        );
        // ec2-facts 1.4: visible for about an hour; the Step button gets there.
        lab.step();
        assert!(lab.world.instance(&id).is_none());
        assert_eq!(lab.selected, None);
    }

    /// Each of the five cases ends where its path says, step after step, on the diagram's nodes.
    #[test]
    fn every_case_walks_its_path() {
        for case in cases::CASES {
            let mut lab = lab();
            lab.start_case(case.id);
            assert_eq!(lab.speed, ClockSpeed::Paused);
            let node = |lab: &LabState| {
                let id = lab.walkthrough.as_ref()?.instance_id.clone()?;
                let i = lab.world.instance(&id)?;
                Some(Node::of_phase(i.phase(lab.world.now()).phase))
            };
            assert_eq!(node(&lab), case.start, "{:?} start", case.id);
            for (n, step) in case.steps.iter().enumerate() {
                lab.case_next();
                assert_eq!(lab.last_error, None, "{:?} step {n}", case.id);
                assert_eq!(node(&lab), Some(step.reaches), "{:?} step {n}", case.id);
                assert_eq!(lab.walkthrough.as_ref().unwrap().done, n + 1);
            }
            // Past the end nothing more happens.
            let before = lab.world.clone();
            lab.case_next();
            assert_eq!(lab.world, before);
        }
    }

    /// Issue 4: what is done in the console shows in the list at once.
    #[test]
    fn console_commands_act_on_the_same_world_and_keep_their_output() {
        let mut lab = lab();
        let image = public_image_id(LAB_REGION, DEFAULT_IMAGE_KEY).unwrap();
        lab.run_command(&format!(
            "aws ec2 run-instances --image-id {image} --instance-type t3.micro"
        ));
        let entry = lab.console.last().unwrap();
        assert!(entry.output.is_ok(), "{:?}", entry.output);
        assert!(entry.output.stdout.contains("\"InstanceId\""));
        assert_eq!(lab.world.instances().count(), 1);

        lab.run_command("aws ec2 stop-instances --instance-ids i-0000000000000000f");
        let entry = lab.console.last().unwrap();
        assert!(!entry.output.is_ok());
        assert!(
            entry.output.stderr.contains("InvalidInstanceID"),
            "{:?}",
            entry.output
        );
    }

    #[test]
    fn the_console_keeps_the_last_hundred_entries() {
        let mut lab = lab();
        for _ in 0..(CONSOLE_KEEP + 5) {
            lab.run_command("help");
        }
        assert_eq!(lab.console.len(), CONSOLE_KEEP);
        assert_eq!(lab.console.first().unwrap().seq, 5);
    }

    #[test]
    fn five_times_speed_moves_five_times_as_much_simulated_time() {
        let mut lab = lab();
        lab.speed = ClockSpeed::Times5;
        let start = lab.world.now();
        lab.tick(1_000);
        assert_eq!(lab.world.now() - start, 5_000);
    }

    #[test]
    fn a_lazy_store_loads_on_first_read_not_on_a_tick() {
        let loads = Rc::new(Cell::new(0));
        let model = Rc::new(LabModel::lazy({
            let loads = loads.clone();
            move || {
                loads.set(loads.get() + 1);
                lab()
            }
        }));
        let ticked = Rc::clone(&model).reduce(LabAction::Tick { real_ms: 250 });
        assert!(Rc::ptr_eq(&ticked, &model), "a tick changes nothing");
        assert_eq!(loads.get(), 0, "nor does it load the world");
        assert!(!model.is_loaded() && !model.changed_since_load());

        assert_eq!(model.read().world.instances().count(), 0);
        assert_eq!(loads.get(), 1);
        assert!(model.is_loaded());
        assert!(
            !model.changed_since_load(),
            "the world as loaded is not a change"
        );

        let launched = Rc::clone(&model).reduce(LabAction::LaunchDefault {
            name: "web".to_string(),
        });
        assert_eq!(launched.version(), model.version() + 1);
        assert!(launched.changed_since_load());
        assert_eq!(loads.get(), 1, "loaded once");
    }
}
