//! The storage lab (issue 6): EBS volumes and snapshots, a shell on an instance, the survival
//! matrix of an instance's last action with the learner's guesses, and the "EBS vs instance store"
//! experiment. All of it goes through the engine; this file only keeps what the UI shows of it.

use std::collections::BTreeMap;

use crate::sim::clock::SECOND;
use crate::sim::command_output::CommandOutput;
use crate::sim::events::EventMessage;
use crate::sim::storage::CreateVolumeRequest;
use crate::sim::survival::{compare, SurvivalAction, SurvivalDiff, SurvivalItem, SurvivalSnapshot};
use crate::sim::{InstanceAction, LifecycleState, RunInstancesRequest};

use super::{LabState, LAB_REGION};
use crate::sim::ami::public_image_id;

/// How many shell entries are kept on screen.
pub const SHELL_KEEP: usize = 100;

/// The experiment's instance type: it has one NVMe instance-store volume (ec2-facts 3.1).
pub const EXPERIMENT_TYPE: &str = "m5d.large";
/// The experiment's instance's Name tag.
pub const EXPERIMENT_NAME: &str = "ebs-vs-instance-store";
/// Where "Prepare volumes" mounts extra EBS volumes and instance-store volumes (then `…2`, `…3`).
pub const EBS_MOUNT: &str = "/data";
pub const STORE_MOUNT: &str = "/scratch";

/// What the storage features keep besides the world.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageLab {
    pub shell: Option<ShellSession>,
    /// The last survival-relevant action of each instance, by instance ID.
    pub survival: BTreeMap<String, SurvivalRecord>,
    /// Guesses made for the next action of one instance.
    pub guesses: Option<Guesses>,
    pub experiment: Option<Experiment>,
}

/// A terminal open on one instance.
#[derive(Clone, Debug, PartialEq)]
pub struct ShellSession {
    pub instance_id: String,
    pub entries: Vec<ShellEntry>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShellEntry {
    pub seq: u64,
    /// The working directory the line ran in, for its prompt.
    pub cwd: String,
    pub line: String,
    pub output: CommandOutput,
    /// Run by the "Prepare volumes" button (or the experiment), not typed.
    pub automatic: bool,
}

/// The learner's guess per row: true = survives.
#[derive(Clone, Debug, PartialEq)]
pub struct Guesses {
    pub instance_id: String,
    pub rows: BTreeMap<SurvivalItem, bool>,
}

/// One action on one instance: the matrix before it, and after it once it has finished.
#[derive(Clone, Debug, PartialEq)]
pub struct SurvivalRecord {
    pub action: SurvivalAction,
    pub before: SurvivalSnapshot,
    /// Taken when the action has finished (a stop/start: when the instance runs again).
    pub after: Option<SurvivalSnapshot>,
    pub guesses: BTreeMap<SurvivalItem, bool>,
}

impl SurvivalRecord {
    /// The engine's verdicts, between before and after (or now, while the action is under way).
    pub fn diffs(&self, now: &SurvivalSnapshot) -> Vec<SurvivalDiff> {
        compare(
            &self.before,
            self.after.as_ref().unwrap_or(now),
            Some(self.action),
        )
    }
}

/// The ready-made experiment: which instance and volume, how many steps are done.
#[derive(Clone, Debug, PartialEq)]
pub struct Experiment {
    pub instance_id: String,
    pub volume_id: String,
    pub done: usize,
}

/// The experiment's steps, in order.
pub const EXPERIMENT_STEPS: [InstanceAction; 4] = [
    InstanceAction::Reboot,
    InstanceAction::Stop,
    InstanceAction::Start,
    InstanceAction::Terminate,
];

/// What the learner does on the Volumes page, in the shell and in the survival panel.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageAction {
    CreateVolume {
        availability_zone: String,
        size_gib: Option<i64>,
        volume_type: String,
        snapshot_id: Option<String>,
    },
    AttachVolume {
        volume_id: String,
        instance_id: String,
        device: String,
    },
    DetachVolume(String),
    DeleteVolume(String),
    SetDeleteOnTermination {
        instance_id: String,
        device: String,
        on: bool,
    },
    CreateSnapshot(String),
    DeleteSnapshot(String),
    Connect(String),
    CloseShell,
    ShellRun(String),
    ClearShell,
    PrepareVolumes,
    /// A guess for one row of the selected instance's next action (None: no guess).
    Guess {
        instance_id: String,
        item: SurvivalItem,
        survives: Option<bool>,
    },
    StartExperiment,
    ExperimentNext,
    EndExperiment,
    /// AWS retires the instance now (a scheduled retirement that falls due at once).
    Retire(String),
}

/// The survival action an instance action starts, if it is one the matrix explains.
fn survival_action(action: InstanceAction) -> Option<SurvivalAction> {
    match action {
        InstanceAction::Reboot => Some(SurvivalAction::Reboot),
        InstanceAction::Stop | InstanceAction::ForceStop => Some(SurvivalAction::StopStart),
        InstanceAction::Hibernate => Some(SurvivalAction::Hibernate),
        InstanceAction::Terminate => Some(SurvivalAction::Terminate),
        _ => None,
    }
}

/// Before an instance action: the snapshots to keep if it succeeds.
pub(super) struct PendingSurvival(Vec<(String, SurvivalSnapshot)>);

impl LabState {
    pub fn storage_action(&mut self, action: StorageAction) {
        match action {
            StorageAction::CreateVolume {
                availability_zone,
                size_gib,
                volume_type,
                snapshot_id,
            } => self.create_volume(&availability_zone, size_gib, &volume_type, snapshot_id),
            StorageAction::AttachVolume {
                volume_id,
                instance_id,
                device,
            } => self.attach_volume(&volume_id, &instance_id, &device),
            StorageAction::DetachVolume(id) => {
                let result = self
                    .world
                    .detach_volume(LAB_REGION, &id, None, false)
                    .map(drop);
                self.done("DetachVolume", result);
            }
            StorageAction::DeleteVolume(id) => {
                let result = self.world.delete_volume(LAB_REGION, &id);
                self.done("DeleteVolume", result);
            }
            StorageAction::SetDeleteOnTermination {
                instance_id,
                device,
                on,
            } => {
                let result =
                    self.world
                        .set_delete_on_termination(LAB_REGION, &instance_id, &device, on);
                self.done("ModifyInstanceAttribute", result);
            }
            StorageAction::CreateSnapshot(volume_id) => {
                let result = self
                    .world
                    .create_snapshot(LAB_REGION, &volume_id, "")
                    .map(drop);
                self.done("CreateSnapshot", result);
            }
            StorageAction::DeleteSnapshot(id) => {
                let result = self.world.delete_snapshot(LAB_REGION, &id);
                self.done("DeleteSnapshot", result);
            }
            StorageAction::Connect(id) => self.connect(&id),
            StorageAction::CloseShell => self.storage.shell = None,
            StorageAction::ShellRun(line) => self.shell_run(&line),
            StorageAction::ClearShell => {
                if let Some(s) = &mut self.storage.shell {
                    s.entries.clear();
                }
            }
            StorageAction::PrepareVolumes => self.prepare_volumes(),
            StorageAction::Guess {
                instance_id,
                item,
                survives,
            } => self.guess(instance_id, item, survives),
            StorageAction::StartExperiment => self.start_experiment(),
            StorageAction::ExperimentNext => self.experiment_next(),
            StorageAction::EndExperiment => self.storage.experiment = None,
            StorageAction::Retire(id) => self.retire(&id),
        }
    }

    /// ec2-facts 1.2: a scheduled retirement stops an EBS-backed instance and terminates an
    /// instance-store-backed one. The Lab lets it fall due at once, so the matrix shows what survived.
    pub fn retire(&mut self, instance_id: &str) {
        let before = self.world.survival(instance_id);
        match self.world.schedule_retirement(LAB_REGION, instance_id, 0) {
            Ok(_) => {
                self.last_error = None;
                // The retirement fires on the clock's next move.
                self.world.advance(1);
                if let Some(before) = before {
                    self.begin_record(instance_id.to_owned(), SurvivalAction::Retirement, before);
                }
            }
            Err(error) => self.fail("InstanceRetirement", error),
        }
    }

    fn done(&mut self, operation: &'static str, result: crate::sim::ApiResult<()>) {
        match result {
            Ok(()) => self.last_error = None,
            Err(error) => self.fail(operation, error),
        }
    }

    pub fn create_volume(
        &mut self,
        availability_zone: &str,
        size_gib: Option<i64>,
        volume_type: &str,
        snapshot_id: Option<String>,
    ) {
        let request = CreateVolumeRequest {
            region: LAB_REGION.to_string(),
            availability_zone: availability_zone.to_string(),
            size: size_gib,
            snapshot_id,
            volume_type: Some(volume_type.to_string()),
            ..CreateVolumeRequest::default()
        };
        let result = self.world.create_volume(&request).map(drop);
        self.done("CreateVolume", result);
    }

    pub fn attach_volume(&mut self, volume_id: &str, instance_id: &str, device: &str) {
        let result = self
            .world
            .attach_volume(LAB_REGION, volume_id, instance_id, device.trim())
            .map(drop);
        self.done("AttachVolume", result);
    }

    /// Opens a terminal on the instance (a different instance: a new transcript).
    pub fn connect(&mut self, instance_id: &str) {
        if self.world.instance(instance_id).is_none() {
            return;
        }
        // The instance connected to is the one the details and the survival matrix show.
        self.selected = Some(instance_id.to_string());
        if self
            .storage
            .shell
            .as_ref()
            .is_some_and(|s| s.instance_id == instance_id)
        {
            return;
        }
        self.storage.shell = Some(ShellSession {
            instance_id: instance_id.to_string(),
            entries: Vec::new(),
        });
    }

    /// Whether the open shell's instance answers now.
    pub fn shell_reachable(&self) -> bool {
        self.storage
            .shell
            .as_ref()
            .and_then(|s| self.world.instance(&s.instance_id))
            .is_some_and(|i| i.guest_reachable(self.world.now()))
    }

    pub fn shell_run(&mut self, line: &str) {
        self.shell_exec(line, false);
    }

    /// Runs one line in the open shell. A reboot or shutdown from inside starts a survival record,
    /// as the same action from the console would.
    fn shell_exec(&mut self, line: &str, automatic: bool) -> Option<i32> {
        let id = self.storage.shell.as_ref()?.instance_id.clone();
        if line.trim().is_empty() {
            return None;
        }
        let before = self.world.survival(&id);
        let state_before = self.world.instance(&id).map(|i| i.state);
        let cwd = self
            .world
            .instance(&id)
            .map(|i| i.guest.cwd.clone())
            .unwrap_or_default();
        let output = match self.world.guest_exec(LAB_REGION, &id, line) {
            Ok(out) => out,
            Err(e) => CommandOutput {
                stdout: String::new(),
                stderr: format!("{}: {}\n", e.code, e.message),
                exit_code: 255,
            },
        };
        let code = output.exit_code;
        if let Some(shell) = &mut self.storage.shell {
            let seq = shell.entries.last().map_or(0, |e| e.seq + 1);
            shell.entries.push(ShellEntry {
                seq,
                cwd,
                line: line.to_string(),
                output,
                automatic,
            });
            let overflow = shell.entries.len().saturating_sub(SHELL_KEEP);
            shell.entries.drain(..overflow);
        }
        if let (Some(before), Some(i)) = (before, self.world.instance(&id)) {
            let action = if i.is_rebooting(self.world.now()) {
                Some(SurvivalAction::Reboot)
            } else if Some(i.state) != state_before {
                match i.state {
                    LifecycleState::Stopping | LifecycleState::Stopped => {
                        Some(SurvivalAction::StopStart)
                    }
                    LifecycleState::ShuttingDown | LifecycleState::Terminated => {
                        Some(SurvivalAction::Terminate)
                    }
                    _ => None,
                }
            } else {
                None
            };
            if let Some(action) = action {
                self.begin_record(id, action, before);
            }
        }
        Some(code)
    }

    /// Formats (if unformatted) and mounts every attached extra EBS volume and instance-store
    /// volume of the shell's instance, with the commands real EC2 needs, shown in the shell.
    pub fn prepare_volumes(&mut self) {
        let Some(id) = self.storage.shell.as_ref().map(|s| s.instance_id.clone()) else {
            return;
        };
        for line in self.prepare_commands(&id) {
            if self.shell_exec(&line, true) != Some(0) {
                break;
            }
        }
    }

    /// The command lines that make every data volume usable: `mkfs` for those without a file
    /// system, `mkdir` and `mount` for those not mounted, and an `/etc/fstab` line (with
    /// `nofail`, so a missing or blank device never stops the boot) so the mount returns after a
    /// reboot.
    pub fn prepare_commands(&self, instance_id: &str) -> Vec<String> {
        let Some(i) = self.world.instance(instance_id) else {
            return Vec::new();
        };
        // (guest device, formatted, mounted, mount point)
        let mut disks: Vec<(String, bool, bool, String)> = Vec::new();
        let mounted = |device: &str| i.guest.mounts.iter().any(|m| m.device == device);
        let numbered = |base: &str, n: usize| {
            if n == 0 {
                base.to_string()
            } else {
                format!("{base}{}", n + 1)
            }
        };
        let extra_ebs = i
            .block_devices
            .iter()
            .filter(|b| b.device_name != i.root_device_name);
        for (n, b) in extra_ebs.enumerate() {
            let Some(v) = self.world.volume(&b.volume_id) else {
                continue;
            };
            disks.push((
                b.guest_device.clone(),
                v.fs.is_formatted(),
                mounted(&b.guest_device),
                numbered(EBS_MOUNT, n),
            ));
        }
        for (n, s) in i.instance_store.iter().filter(|s| !s.is_root).enumerate() {
            disks.push((
                s.guest_device.clone(),
                s.fs.is_formatted(),
                mounted(&s.guest_device),
                numbered(STORE_MOUNT, n),
            ));
        }
        let fstab = self
            .world
            .volume(i.root_volume_id().unwrap_or_default())
            .and_then(|v| v.fs.read("/etc/fstab").ok())
            .unwrap_or("")
            .to_string();
        let mut lines = Vec::new();
        for (device, formatted, is_mounted, mount_point) in disks {
            if is_mounted {
                continue;
            }
            if !formatted {
                lines.push(format!("sudo mkfs -t xfs {device}"));
            }
            lines.push(format!("sudo mkdir -p {mount_point}"));
            lines.push(format!("sudo mount {device} {mount_point}"));
            let entry = format!("{device} {mount_point} xfs defaults,nofail 0 2");
            if !fstab.lines().any(|l| l.trim() == entry) {
                lines.push(format!("echo '{entry}' | sudo tee -a /etc/fstab"));
            }
        }
        lines
    }

    pub fn guess(&mut self, instance_id: String, item: SurvivalItem, survives: Option<bool>) {
        let guesses = match &mut self.storage.guesses {
            Some(g) if g.instance_id == instance_id => g,
            other => other.insert(Guesses {
                instance_id,
                rows: BTreeMap::new(),
            }),
        };
        match survives {
            Some(s) => guesses.rows.insert(item, s),
            None => guesses.rows.remove(&item),
        };
    }

    /// Called before an instance action: what each instance has now.
    pub(super) fn survival_before(
        &self,
        ids: &[String],
        action: InstanceAction,
    ) -> PendingSurvival {
        if survival_action(action).is_none() {
            return PendingSurvival(Vec::new());
        }
        PendingSurvival(
            ids.iter()
                .filter_map(|id| Some((id.clone(), self.world.survival(id)?)))
                .collect(),
        )
    }

    /// Called after the action succeeded: start (or, for a start after a stop, continue) each
    /// instance's record.
    pub(super) fn survival_begin(&mut self, pending: PendingSurvival, action: InstanceAction) {
        // A start needs no record of its own: it completes the stop/start or hibernate that
        // stopped the instance (settle_survival takes the "after" once it runs).
        let Some(kind) = survival_action(action) else {
            return;
        };
        for (id, before) in pending.0 {
            self.begin_record(id, kind, before);
        }
    }

    /// Before a console line: what each instance the line names (any `i-…` word) has now, so a stop,
    /// hibernate, reboot or terminate typed in the console starts a record as the buttons do.
    pub(super) fn survival_before_line(&self, line: &str) -> PendingSurvival {
        let named: BTreeMap<&str, SurvivalSnapshot> = line
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\'' | '='))
            .filter(|word| word.starts_with("i-"))
            .filter_map(|id| Some((id, self.world.survival(id)?)))
            .collect();
        PendingSurvival(
            named
                .into_iter()
                .map(|(id, snapshot)| (id.to_owned(), snapshot))
                .collect(),
        )
    }

    /// After a console line: a record for each named instance the line stopped, hibernated, rebooted
    /// or terminated, read from what the engine logged (a refused call logs nothing).
    pub(super) fn survival_after_line(&mut self, pending: PendingSurvival, first_event: u64) {
        let mut begun: Vec<(String, SurvivalAction)> = Vec::new();
        for event in self.world.event_log().since(first_event) {
            let (ids, action) = match &event.message {
                EventMessage::StopInstances {
                    instance_ids,
                    hibernate,
                } => (
                    instance_ids,
                    if *hibernate {
                        SurvivalAction::Hibernate
                    } else {
                        SurvivalAction::StopStart
                    },
                ),
                EventMessage::RebootInstances { instance_ids } => {
                    (instance_ids, SurvivalAction::Reboot)
                }
                EventMessage::TerminateInstances { instance_ids } => {
                    (instance_ids, SurvivalAction::Terminate)
                }
                _ => continue,
            };
            begun.extend(ids.iter().map(|id| (id.clone(), action)));
        }
        for (id, before) in pending.0 {
            if let Some(&(_, action)) = begun.iter().find(|(begun_id, _)| *begun_id == id) {
                self.begin_record(id, action, before);
            }
        }
    }

    fn begin_record(&mut self, id: String, action: SurvivalAction, before: SurvivalSnapshot) {
        // A call EC2 accepts but that changes nothing (ec2-facts 1.3: a reboot of a terminated
        // instance is ignored; stop of a stopped or stopping one and terminate of a terminated or
        // shutting-down one are idempotent) keeps the record of the action that did.
        let now = self.world.now();
        let changed = self.world.instance(&id).is_none_or(|i| {
            Some(i.state) != before.state
                || (action == SurvivalAction::Reboot && i.is_rebooting(now))
        });
        if !changed && action != SurvivalAction::Retirement {
            return;
        }
        let guesses = match self.storage.guesses.take() {
            Some(g) if g.instance_id == id => g.rows,
            other => {
                self.storage.guesses = other;
                BTreeMap::new()
            }
        };
        self.storage.survival.insert(
            id,
            SurvivalRecord {
                action,
                before,
                after: None,
                guesses,
            },
        );
        self.settle_survival();
    }

    /// Takes the "after" of every record whose action has finished: a reboot when the instance
    /// answers again, a stop/start or hibernate when it runs again, a terminate when terminated.
    pub fn settle_survival(&mut self) {
        let now = self.world.now();
        let finished: Vec<String> = self
            .storage
            .survival
            .iter()
            .filter(|(_, r)| r.after.is_none())
            .filter(|(id, r)| match self.world.instance(id) {
                None => true,
                Some(i) => match r.action {
                    SurvivalAction::Reboot => i.guest_reachable(now),
                    SurvivalAction::StopStart | SurvivalAction::Hibernate => {
                        i.state == LifecycleState::Running
                    }
                    SurvivalAction::Terminate => i.state == LifecycleState::Terminated,
                    // Stopped (EBS-backed) or terminated (instance-store-backed).
                    SurvivalAction::Retirement => {
                        matches!(
                            i.state,
                            LifecycleState::Stopped | LifecycleState::Terminated
                        )
                    }
                },
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in finished {
            if let Some(r) = self.storage.survival.get_mut(&id) {
                r.after = Some(self.world.survival_after(&r.before));
            }
        }
    }

    /// Sets the experiment up: an `m5d.large` with an extra EBS volume in its AZ, both data
    /// volumes formatted and mounted, and a file written on root EBS, the extra EBS volume,
    /// instance store and RAM, all through the guest shell (which stays open on it).
    pub fn start_experiment(&mut self) {
        self.speed = super::ClockSpeed::Paused;
        self.storage.experiment = None;
        let image = public_image_id(LAB_REGION, super::DEFAULT_IMAGE_KEY).unwrap_or_default();
        let request =
            RunInstancesRequest::new(LAB_REGION, &image, EXPERIMENT_TYPE).named(EXPERIMENT_NAME);
        let id = match self.world.run_instances(&request) {
            Ok(r) => r.instance_ids.into_iter().next().unwrap_or_default(),
            Err(error) => return self.fail("RunInstances", error),
        };
        self.selected = Some(id.clone());
        self.settle_all();
        let az = self
            .world
            .instance(&id)
            .map(|i| i.availability_zone.clone())
            .unwrap_or_default();
        let before = self.world.volumes().count();
        self.create_volume(&az, Some(8), "gp3", None);
        if self.last_error.is_some() {
            return;
        }
        let volume_id = self
            .world
            .volumes()
            .filter(|v| v.attachment.is_none() && v.availability_zone == az)
            .max_by_key(|v| v.create_time)
            .map(|v| v.id.clone())
            .filter(|_| self.world.volumes().count() > before)
            .unwrap_or_default();
        self.settle_all();
        self.attach_volume(&volume_id, &id, "/dev/sdf");
        if self.last_error.is_some() {
            return;
        }
        self.settle_all();
        self.storage.shell = None;
        self.connect(&id);
        self.prepare_volumes();
        for line in [
            "echo 'written on the root EBS volume' > ~/root.txt",
            "echo 'written on the extra EBS volume' | sudo tee /data/ebs.txt",
            "echo 'written on instance store' | sudo tee /scratch/store.txt",
            "echo 'kept in RAM' > /dev/shm/ram.txt",
            "lsblk",
        ] {
            self.shell_exec(line, true);
        }
        self.storage.guesses = None;
        self.storage.experiment = Some(Experiment {
            instance_id: id,
            volume_id,
            done: 0,
        });
    }

    /// Takes the experiment's next step and lets it finish; then reads the four files back.
    pub fn experiment_next(&mut self) {
        let Some(mut experiment) = self.storage.experiment.clone() else {
            return;
        };
        let Some(&action) = EXPERIMENT_STEPS.get(experiment.done) else {
            return;
        };
        let id = experiment.instance_id.clone();
        self.selected = Some(id.clone());
        self.act(std::slice::from_ref(&id), action);
        if self.last_error.is_some() {
            return;
        }
        self.settle_all();
        if action != InstanceAction::Stop && action != InstanceAction::Terminate {
            self.connect(&id);
            self.shell_exec(CHECK_FILES, true);
        }
        experiment.done += 1;
        self.storage.experiment = Some(experiment);
    }

    /// Completes everything in flight (not the terminated instance's hour), and what the
    /// survival records wait for.
    fn settle_all(&mut self) {
        while self.world.advance_to_next(5 * 60 * SECOND) {}
        self.settle_survival();
    }
}

/// Reads the experiment's four files back.
pub const CHECK_FILES: &str = "cat ~/root.txt /data/ebs.txt /scratch/store.txt /dev/shm/ram.txt";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::survival::Verdict;
    use crate::store::{persist, LabAction};

    fn lab() -> LabState {
        LabState::new(persist::fresh_world(), None)
    }

    /// Launches an instance, lets it reach running and writes a file to its RAM (/dev/shm), so a
    /// survival record has something to lose.
    fn running_with_a_note_in_ram(lab: &mut LabState, name: &str) -> String {
        lab.launch_default(name);
        let id = lab.selected.clone().unwrap();
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.world
            .guest_exec(LAB_REGION, &id, "echo kept-in-ram > /dev/shm/note")
            .unwrap();
        id
    }

    fn verdict(lab: &LabState, id: &str, pick: impl Fn(&SurvivalItem) -> bool) -> Verdict {
        let record = &lab.storage.survival[id];
        let now = lab.world.survival_after(&record.before);
        record
            .diffs(&now)
            .into_iter()
            .find(|d| pick(&d.item))
            .map(|d| d.verdict)
            .expect("row")
    }

    fn last_output(lab: &LabState) -> &CommandOutput {
        &lab.storage
            .shell
            .as_ref()
            .unwrap()
            .entries
            .last()
            .unwrap()
            .output
    }

    /// ec2-facts 1.2: retirement stops an EBS-backed instance (EBS kept, RAM erased) and the matrix
    /// records it once the instance has stopped.
    #[test]
    fn a_retirement_stops_an_ebs_backed_instance_and_the_matrix_records_it() {
        let mut lab = lab();
        let id = running_with_a_note_in_ram(&mut lab, "retiring");
        lab.retire(&id);
        assert_eq!(lab.last_error, None);
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.settle_survival();
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Stopped
        );
        let record = &lab.storage.survival[&id];
        assert_eq!(record.action, SurvivalAction::Retirement);
        assert!(record.after.is_some());
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::Ram),
            Verdict::Erased
        );
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::InstanceId),
            Verdict::Kept
        );

        // A terminated instance cannot be retired: EC2's error.
        lab.act(std::slice::from_ref(&id), InstanceAction::Terminate);
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.retire(&id);
        assert!(lab.last_error.is_some());
    }

    /// A stop typed in the console starts a survival record like the Stop button: the matrix shows
    /// the stop/start once the instance runs again (ec2-facts 1.2: EBS kept, RAM and instance store
    /// erased). A refused line starts nothing.
    #[test]
    fn a_stop_typed_in_the_console_is_recorded_for_the_survival_matrix() {
        let mut lab = lab();
        let id = running_with_a_note_in_ram(&mut lab, "typed");

        lab.run_command(&format!(
            "aws ec2 reboot-instances --instance-ids i-00000000000000000 {id}"
        ));
        assert!(
            lab.storage.survival.is_empty(),
            "a refused line records nothing"
        );

        lab.run_command(&format!("aws ec2 stop-instances --instance-ids {id}"));
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::StopStart);
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.run_command(&format!("aws ec2 start-instances --instance-ids \"{id}\""));
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.settle_survival();
        assert!(lab.storage.survival[&id].after.is_some());
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::Ram),
            Verdict::Erased
        );

        lab.run_command(&format!("aws ec2 terminate-instances --instance-ids={id}"));
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::Terminate);
    }

    /// ec2-facts 1.3: a reboot of a terminated instance is ignored and a second terminate changes
    /// nothing, by button or console; neither replaces the record of the terminate that did.
    #[test]
    fn an_ignored_or_idempotent_call_keeps_the_record_of_the_action_that_changed_the_instance() {
        let mut lab = lab();
        let id = running_with_a_note_in_ram(&mut lab, "done");
        lab.act(std::slice::from_ref(&id), InstanceAction::Terminate);
        while lab.world.advance_to_next(5 * 60 * 1000) {}
        lab.settle_survival();
        let terminated = lab.storage.survival[&id].clone();
        assert_eq!(terminated.action, SurvivalAction::Terminate);
        assert!(terminated.after.is_some());

        lab.act(std::slice::from_ref(&id), InstanceAction::Reboot);
        assert_eq!(lab.last_error, None, "EC2 accepts the call");
        lab.act(std::slice::from_ref(&id), InstanceAction::Terminate);
        lab.run_command(&format!("aws ec2 reboot-instances --instance-ids {id}"));
        lab.run_command(&format!("aws ec2 terminate-instances --instance-ids {id}"));
        assert_eq!(lab.storage.survival[&id], terminated);
    }

    /// The experiment's files are really on each device, read through the engine, not the UI.
    #[test]
    fn the_experiment_writes_a_file_on_each_kind_of_storage() {
        let mut lab = lab();
        lab.start_experiment();
        assert_eq!(lab.last_error, None);
        let e = lab.storage.experiment.clone().expect("experiment");
        let i = lab.world.instance(&e.instance_id).unwrap();
        assert_eq!(i.instance_type, EXPERIMENT_TYPE);
        assert_eq!(i.state, LifecycleState::Running);
        let root = lab.world.volume(i.root_volume_id().unwrap()).unwrap();
        assert_eq!(
            root.fs.read("/home/ec2-user/root.txt").unwrap(),
            "written on the root EBS volume\n"
        );
        let extra = lab.world.volume(&e.volume_id).unwrap();
        assert_eq!(extra.availability_zone, i.availability_zone);
        assert_eq!(
            extra.fs.read("/ebs.txt").unwrap(),
            "written on the extra EBS volume\n"
        );
        let store = i.instance_store.iter().find(|s| !s.is_root).unwrap();
        assert_eq!(
            store.fs.read("/store.txt").unwrap(),
            "written on instance store\n"
        );
        assert_eq!(i.guest.ram.read("/ram.txt").unwrap(), "kept in RAM\n");
        // The shell shows the exact commands that made the volumes usable.
        let lines: Vec<&str> = lab
            .storage
            .shell
            .as_ref()
            .unwrap()
            .entries
            .iter()
            .map(|e| e.line.as_str())
            .collect();
        assert!(
            lines.iter().any(|l| l.starts_with("sudo mkfs -t xfs ")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("sudo mount ") && l.ends_with(" /scratch")),
            "{lines:?}"
        );
        assert!(
            lab.storage
                .shell
                .as_ref()
                .unwrap()
                .entries
                .iter()
                .all(|e| e.output.exit_code == 0),
            "{:?}",
            lab.storage.shell
        );
    }

    /// ec2-facts 1.4 and 3.1, step by step through the experiment, as the matrix shows them.
    #[test]
    fn the_experiment_walks_reboot_stop_start_and_terminate() {
        let mut lab = lab();
        lab.start_experiment();
        let e = lab.storage.experiment.clone().unwrap();
        let id = e.instance_id.clone();
        let public_before = lab.world.public_ip(lab.world.instance(&id).unwrap());

        // Guess before the reboot: RAM survives (wrong), instance store survives (right).
        lab.guess(id.clone(), SurvivalItem::Ram, Some(true));
        lab.experiment_next();
        let record = &lab.storage.survival[&id];
        assert_eq!(record.action, SurvivalAction::Reboot);
        assert!(record.after.is_some());
        assert_eq!(record.guesses.get(&SurvivalItem::Ram), Some(&true));
        assert_eq!(lab.storage.guesses, None);
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::Ram),
            Verdict::Erased
        );
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::InstanceStore(_))),
            Verdict::Kept
        );
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::EbsVolume(_))),
            Verdict::Kept
        );
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::PublicIp),
            Verdict::Kept
        );
        // The fstab lines brought both mounts back: everything but RAM reads back.
        let out = last_output(&lab);
        assert!(out.stdout.contains("written on instance store"), "{out:?}");
        assert!(
            out.stderr.contains("/dev/shm/ram.txt: No such file"),
            "{out:?}"
        );

        // Stop: the record waits for the start.
        lab.experiment_next();
        assert_eq!(
            lab.world.instance(&id).unwrap().state,
            LifecycleState::Stopped
        );
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::StopStart);
        assert!(lab.storage.survival[&id].after.is_none());
        lab.experiment_next();
        assert!(lab.storage.survival[&id].after.is_some());
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::InstanceStore(_))),
            Verdict::Erased
        );
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::EbsVolume(_))),
            Verdict::Kept
        );
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::RootVolume(_))),
            Verdict::Kept
        );
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::PublicIp),
            Verdict::Changed
        );
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::PrivateIp),
            Verdict::Kept
        );
        assert_ne!(
            lab.world.public_ip(lab.world.instance(&id).unwrap()),
            public_before
        );
        let out = last_output(&lab);
        assert!(
            out.stdout.contains("written on the extra EBS volume"),
            "{out:?}"
        );
        assert!(
            out.stderr.contains("/scratch/store.txt: No such file"),
            "{out:?}"
        );

        // Terminate: root deleted, the extra volume (attached after launch) kept, available.
        lab.experiment_next();
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::Terminate);
        assert!(lab.storage.survival[&id].after.is_some());
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::RootVolume(_))),
            Verdict::Deleted
        );
        assert_eq!(
            verdict(&lab, &id, |i| matches!(i, SurvivalItem::EbsVolume(_))),
            Verdict::Kept
        );
        assert_eq!(
            lab.world.volume(&e.volume_id).unwrap().state.as_str(),
            "available"
        );
        assert!(!lab.shell_reachable());
        assert_eq!(
            lab.storage.experiment.as_ref().unwrap().done,
            EXPERIMENT_STEPS.len()
        );
    }

    /// The matrix rows are the engine's own comparison, for each action through the store.
    #[test]
    fn each_action_records_the_engines_verdicts() {
        let cases = [
            (InstanceAction::Reboot, SurvivalAction::Reboot),
            (InstanceAction::Stop, SurvivalAction::StopStart),
            (InstanceAction::Terminate, SurvivalAction::Terminate),
        ];
        for (action, expected) in cases {
            let mut lab = lab();
            lab.launch_default("x");
            let id = lab.selected.clone().unwrap();
            lab.settle_all();
            let before = lab.world.survival(&id).unwrap();
            lab.apply(LabAction::Act {
                ids: vec![id.clone()],
                action,
            });
            lab.settle_all();
            if action == InstanceAction::Stop {
                lab.apply(LabAction::Act {
                    ids: vec![id.clone()],
                    action: InstanceAction::Start,
                });
                lab.settle_all();
            }
            let record = lab.storage.survival[&id].clone();
            assert_eq!(record.action, expected);
            assert_eq!(record.before, before);
            let after = record.after.clone().expect("finished");
            assert_eq!(
                record.diffs(&after),
                compare(&before, &after, Some(expected))
            );
        }
    }

    /// Hibernate then start: RAM kept (saved to the root volume), instance store n/a on t3.
    #[test]
    fn hibernate_is_recorded_until_the_start() {
        let mut lab = lab();
        let image = public_image_id(LAB_REGION, super::super::DEFAULT_IMAGE_KEY).unwrap();
        let request =
            RunInstancesRequest::new(LAB_REGION, &image, "t3.micro").hibernating("/dev/xvda");
        let id = lab.world.run_instances(&request).unwrap().instance_ids[0].clone();
        lab.settle_all();
        lab.connect(&id);
        lab.shell_run("echo hi > /dev/shm/a");
        lab.act(std::slice::from_ref(&id), InstanceAction::Hibernate);
        assert_eq!(lab.last_error, None);
        lab.settle_all();
        assert!(lab.storage.survival[&id].after.is_none());
        lab.act(std::slice::from_ref(&id), InstanceAction::Start);
        lab.settle_all();
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::Hibernate);
        assert_eq!(
            verdict(&lab, &id, |i| *i == SurvivalItem::Ram),
            Verdict::Kept
        );
    }

    /// A reboot typed in the shell is recorded like one from the console.
    #[test]
    fn a_reboot_from_inside_is_recorded_and_the_shell_says_it_is_unreachable() {
        let mut lab = lab();
        lab.launch_default("x");
        let id = lab.selected.clone().unwrap();
        lab.settle_all();
        lab.connect(&id);
        assert!(lab.shell_reachable());
        lab.shell_run("sudo reboot");
        assert_eq!(lab.storage.survival[&id].action, SurvivalAction::Reboot);
        assert!(!lab.shell_reachable());
        lab.shell_run("ls");
        assert_eq!(last_output(&lab).exit_code, 255);
        lab.settle_all();
        assert!(lab.shell_reachable());
        assert!(lab.storage.survival[&id].after.is_some());
    }

    #[test]
    fn volume_actions_go_through_the_engine_and_keep_its_errors() {
        let mut lab = lab();
        lab.launch_default("x");
        let id = lab.selected.clone().unwrap();
        lab.settle_all();
        let az = lab.world.instance(&id).unwrap().availability_zone.clone();
        let other_az = if az == "us-east-1a" {
            "us-east-1b"
        } else {
            "us-east-1a"
        };
        lab.apply(LabAction::Storage(StorageAction::CreateVolume {
            availability_zone: other_az.into(),
            size_gib: Some(4),
            volume_type: "gp3".into(),
            snapshot_id: None,
        }));
        assert_eq!(lab.last_error, None);
        lab.settle_all();
        let far = lab
            .world
            .volumes()
            .find(|v| v.availability_zone == other_az)
            .unwrap()
            .id
            .clone();
        lab.apply(LabAction::Storage(StorageAction::AttachVolume {
            volume_id: far.clone(),
            instance_id: id.clone(),
            device: "/dev/sdf".into(),
        }));
        let failed = lab.last_error.clone().expect("zone mismatch");
        assert_eq!(failed.operation, "AttachVolume");
        assert_eq!(failed.error.code, "InvalidVolume.ZoneMismatch");

        // Bad size: EC2's own error, nothing created.
        let count = lab.world.volumes().count();
        lab.create_volume(&az, Some(-3), "gp3", None);
        assert_eq!(lab.last_error.as_ref().unwrap().operation, "CreateVolume");
        assert_eq!(lab.world.volumes().count(), count);

        lab.create_volume(&az, Some(2), "gp2", None);
        assert_eq!(lab.last_error, None);
        lab.settle_all();
        let near = lab
            .world
            .volumes()
            .find(|v| v.availability_zone == az && v.attachment.is_none())
            .unwrap()
            .id
            .clone();
        lab.attach_volume(&near, &id, " /dev/sdg ");
        assert_eq!(lab.last_error, None);
        lab.settle_all();
        lab.storage_action(StorageAction::SetDeleteOnTermination {
            instance_id: id.clone(),
            device: "/dev/sdg".into(),
            on: true,
        });
        assert_eq!(lab.last_error, None);
        assert!(
            lab.world
                .volume(&near)
                .unwrap()
                .attachment
                .as_ref()
                .unwrap()
                .delete_on_termination
        );
        // Prepare volumes formats and mounts it; a second time there is nothing left to do.
        lab.connect(&id);
        lab.prepare_volumes();
        assert!(lab.world.volume(&near).unwrap().fs.is_formatted());
        assert!(lab.prepare_commands(&id).is_empty());

        lab.storage_action(StorageAction::CreateSnapshot(near.clone()));
        assert_eq!(lab.last_error, None);
        let snap = lab
            .world
            .snapshots()
            .find(|s| s.volume_id == near)
            .unwrap()
            .id
            .clone();
        lab.settle_all();
        lab.storage_action(StorageAction::CreateVolume {
            availability_zone: other_az.into(),
            size_gib: None,
            volume_type: "gp3".into(),
            snapshot_id: Some(snap.clone()),
        });
        assert_eq!(lab.last_error, None);
        lab.storage_action(StorageAction::DeleteVolume(near.clone()));
        assert_eq!(lab.last_error.as_ref().unwrap().error.code, "VolumeInUse");
        lab.storage_action(StorageAction::DetachVolume(near.clone()));
        assert_eq!(lab.last_error, None);
        lab.settle_all();
        lab.storage_action(StorageAction::DeleteVolume(near.clone()));
        assert_eq!(lab.last_error, None);
        lab.storage_action(StorageAction::DeleteSnapshot(snap));
        assert_eq!(lab.last_error, None);
    }
}
