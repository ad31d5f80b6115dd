//! The instance lifecycle rules (ec2-facts 1.1–1.4), all in one place:
//!
//! - which action is legal in which state, and the exact error otherwise (`plan_*`, `check`);
//! - what each action starts (`begin_*`) and what completes when its time comes (`complete_*`);
//! - what persists across each transition (table 1.4), applied in the `complete_*` functions.
//!
//! Reading order for a newcomer: `check` → `plan_start/stop/reboot/terminate` → `begin_*` →
//! `complete_pending/stopping/shutting_down/reboot`.

use serde::{Deserialize, Serialize};

use super::clock::{gmt, SimTime};
use super::error::{self, ApiError, ApiResult};
use super::events::{cli_command, EventKind, EventMessage, Protection, RebootCause};
use super::instance::{
    Instance, LifecycleState as S, RootDeviceType, ShutdownBehavior, StateReason, StopKind, Window,
};
use super::region::region;
use super::world::World;

/// The actions the lifecycle diagram offers on an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstanceAction {
    Start,
    Stop,
    /// StopInstances Hibernate=true.
    Hibernate,
    /// StopInstances Force=true.
    ForceStop,
    Reboot,
    Terminate,
    /// ModifyInstanceAttribute InstanceType (any type; the check is about the instance's state).
    ChangeInstanceType,
    CreateImage,
}

impl InstanceAction {
    pub const ALL: [InstanceAction; 8] = [
        InstanceAction::Start,
        InstanceAction::Stop,
        InstanceAction::Hibernate,
        InstanceAction::ForceStop,
        InstanceAction::Reboot,
        InstanceAction::Terminate,
        InstanceAction::ChangeInstanceType,
        InstanceAction::CreateImage,
    ];
}

/// What a legal action would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "to")]
pub enum Effect {
    /// The instance enters this state (or, for a reboot, the "rebooting" phase of `running`).
    Transition(S),
    /// The call succeeds and changes nothing (ec2-facts 1.3 idempotent cases).
    NoOp,
    /// The call succeeds and is ignored (ec2-facts 1.3: reboot of a terminated instance).
    Ignored,
    /// Something other than a state change (a type change, an image).
    Other,
}

/// One entry of `StartingInstances`/`StoppingInstances`/`TerminatingInstances`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateChange {
    pub instance_id: String,
    pub previous_state: S,
    pub current_state: S,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StopOptions {
    pub hibernate: bool,
    pub force: bool,
}

impl StopOptions {
    /// `stop-instances --hibernate` (ec2-facts 1.2: running -> stopping -> stopped, RAM saved to the
    /// root volume).
    pub const HIBERNATE: StopOptions = StopOptions {
        hibernate: true,
        force: false,
    };
    /// `stop-instances --force` (ec2-facts 1.2: the way out of a stuck `stopping`).
    pub const FORCE: StopOptions = StopOptions {
        hibernate: false,
        force: true,
    };
}

// ---------------------------------------------------------------------------------------------
// The rules: pure functions of one instance.

/// ec2-facts 1.2/1.3: StartInstances.
pub fn plan_start(i: &Instance) -> ApiResult<Effect> {
    match i.state {
        S::Stopped => {
            if i.root_volume_id().is_none() {
                // The root volume was detached while stopped. [UNVERIFIED] code and wording.
                return Err(error::invalid_parameter_value(format!(
                    "Invalid value '{}' for instanceId. Instance does not have a volume attached at root ({})",
                    i.id, i.root_device_name
                )));
            }
            Ok(Effect::Transition(S::Pending))
        }
        // ec2-facts 1.3 idempotent case [UNVERIFIED in AWS docs]: start on running succeeds.
        // Pending is treated the same (it is on its way to running) [UNVERIFIED].
        S::Running | S::Pending => Ok(Effect::NoOp),
        // ec2-facts 1.3: terminated, shutting-down, stopping.
        S::Stopping | S::ShuttingDown | S::Terminated => Err(error::cannot_start(&i.id)),
    }
}

/// ec2-facts 1.2/1.3: StopInstances, with Hibernate and Force.
pub fn plan_stop(i: &Instance, options: StopOptions) -> ApiResult<Effect> {
    if options.hibernate && options.force {
        // [UNVERIFIED]: a forced stop cannot save RAM, so the combination is refused.
        return Err(error::invalid_parameter_combination(
            "The parameters Hibernate and Force cannot be used together.",
        ));
    }
    match i.state {
        // ec2-facts 1.3: "This instance '…' is not in a state from which it can be stopped."
        S::Terminated | S::ShuttingDown => return Err(error::cannot_stop(&i.id)),
        _ => {}
    }
    // ec2-facts 1.3 / 3.1: instance-store-backed instances cannot be stopped or hibernated.
    if i.root_device_type == RootDeviceType::InstanceStore {
        return Err(error::not_ebs_cannot_stop(&i.id));
    }
    match i.state {
        // ec2-facts 1.2: the reference recommends rejecting stop from pending (2020 capture).
        S::Pending => Err(error::never_reached_running(&i.id)),
        // ec2-facts 1.3 idempotent case [UNVERIFIED in AWS docs]: stop on stopped succeeds.
        S::Stopped => Ok(Effect::NoOp),
        S::Stopping if options.force => {
            if i.disable_api_stop {
                return Err(error::stop_protected(&i.id));
            }
            // ec2-facts 1.2: Force on a stuck `stopping` goes on to `stopped`.
            Ok(Effect::Transition(S::Stopping))
        }
        S::Stopping => Ok(Effect::NoOp),
        S::Running => {
            // ec2-facts 1.3: stop protection.
            if i.disable_api_stop {
                return Err(error::stop_protected(&i.id));
            }
            // ec2-facts 1.2: hibernation must have been enabled at launch.
            if options.hibernate && !i.hibernation_configured {
                return Err(error::hibernation_not_configured(&i.id));
            }
            Ok(Effect::Transition(S::Stopping))
        }
        S::Terminated | S::ShuttingDown => Err(error::cannot_stop(&i.id)),
    }
}

/// ec2-facts 1.2/1.3: RebootInstances.
pub fn plan_reboot(i: &Instance) -> ApiResult<Effect> {
    match i.state {
        S::Running => Ok(Effect::Transition(S::Running)),
        // ec2-facts 1.3: "Requests to reboot terminated instances are ignored."
        S::Terminated => Ok(Effect::Ignored),
        // ec2-facts 1.3: stopped → [UNVERIFIED] emulators' IncorrectInstanceState; the other
        // non-running states are treated the same.
        S::Stopped | S::Pending | S::Stopping | S::ShuttingDown => Err(error::cannot_reboot(&i.id)),
    }
}

/// ec2-facts 1.2/1.3: TerminateInstances for one instance. Protection is checked per AZ by
/// `terminate_instances` (ec2-facts 1.3 multi-instance semantics).
pub fn plan_terminate(i: &Instance) -> ApiResult<Effect> {
    match i.state {
        // ec2-facts 1.2: idempotent, "each call succeeds".
        S::Terminated | S::ShuttingDown => Ok(Effect::NoOp),
        // ec2-facts 1.2: running and stopped; pending and stopping [UNVERIFIED but widely done].
        S::Pending | S::Running | S::Stopping | S::Stopped => {
            if i.disable_api_termination {
                Err(error::terminate_protected(&i.id))
            } else {
                Ok(Effect::Transition(S::ShuttingDown))
            }
        }
    }
}

/// ec2-facts 1.4: the instance type changes only while stopped, only for EBS-backed instances
/// (instance-store-backed ones are never stopped), never for a hibernated instance.
pub fn plan_change_type(i: &Instance) -> ApiResult<Effect> {
    if i.state != S::Stopped {
        let error = error::not_stopped(&i.id);
        // ec2-facts 1.4: stopping would not help an instance-store-backed instance, which can
        // never be stopped; EC2's message is the same, so the simulator says so beside it.
        return Err(if i.root_device_type == RootDeviceType::InstanceStore {
            error.with_hint("An instance-store-backed instance can never be stopped, so its type cannot change: create an AMI from it and launch a new instance of the type you want.")
        } else {
            error
        });
    }
    if i.stop_kind == Some(StopKind::Hibernate) {
        // [UNVERIFIED] code and wording (the limitation itself is from the hibernation docs).
        return Err(ApiError::new(
            "UnsupportedOperation",
            format!(
                "The instance '{}' is hibernated. You can't change the instance type of a hibernated instance.",
                i.id
            ),
        ));
    }
    Ok(Effect::Other)
}

// ---------------------------------------------------------------------------------------------
// The actions.

impl World {
    /// Is this action legal now for this instance, and what would it do? The diagram calls this
    /// to enable edges and to show the exact error on disabled ones. Changes nothing.
    pub fn check(
        &self,
        region_name: &str,
        instance_id: &str,
        action: InstanceAction,
    ) -> ApiResult<Effect> {
        region(region_name)?;
        let i = self.instance_in(region_name, instance_id)?;
        match action {
            InstanceAction::Start => plan_start(i),
            InstanceAction::Stop => plan_stop(i, StopOptions::default()),
            InstanceAction::Hibernate => plan_stop(i, StopOptions::HIBERNATE),
            InstanceAction::ForceStop => plan_stop(i, StopOptions::FORCE),
            InstanceAction::Reboot => plan_reboot(i),
            InstanceAction::Terminate => plan_terminate(i),
            InstanceAction::ChangeInstanceType => plan_change_type(i),
            InstanceAction::CreateImage => super::ami::plan_create_image(i).map(|_| Effect::Other),
        }
    }

    /// Every diagram action with what it would do now, or the exact error that disables it.
    /// (Hibernate is listed for every instance; the diagram shows it only when
    /// `hibernation_configured`.)
    pub fn available_actions(
        &self,
        region_name: &str,
        instance_id: &str,
    ) -> ApiResult<Vec<(InstanceAction, ApiResult<Effect>)>> {
        region(region_name)?;
        self.instance_in(region_name, instance_id)?;
        Ok(InstanceAction::ALL
            .iter()
            .map(|a| (*a, self.check(region_name, instance_id, *a)))
            .collect())
    }

    /// StartInstances: all-or-nothing over the IDs (ec2-facts 1.3).
    pub fn start_instances(
        &mut self,
        region_name: &str,
        ids: &[String],
    ) -> ApiResult<Vec<StateChange>> {
        let ids = self.resolve_instances(region_name, ids)?;
        let mut plans = Vec::new();
        for id in &ids {
            plans.push(plan_start(&self.instances[id])?);
        }
        let cli = cli_command(region_name, "start-instances", &id_args(&ids));
        self.log_api(
            region_name,
            &ids.join(","),
            EventMessage::StartInstances {
                instance_ids: ids.clone(),
            },
            cli,
        );
        let mut changes = Vec::new();
        for (id, plan) in ids.iter().zip(plans) {
            let previous = self.instances[id].state;
            if plan == Effect::Transition(S::Pending) {
                self.begin_start(id);
            }
            changes.push(self.change(id, previous));
        }
        Ok(changes)
    }

    /// StopInstances (with Hibernate / Force): all-or-nothing over the IDs.
    pub fn stop_instances(
        &mut self,
        region_name: &str,
        ids: &[String],
        options: StopOptions,
    ) -> ApiResult<Vec<StateChange>> {
        let ids = self.resolve_instances(region_name, ids)?;
        let mut plans = Vec::new();
        for id in &ids {
            plans.push(plan_stop(&self.instances[id], options)?);
        }
        let mut args = id_args(&ids);
        if options.hibernate {
            args.push("--hibernate".to_string());
        }
        if options.force {
            args.push("--force".to_string());
        }
        let cli = cli_command(region_name, "stop-instances", &args);
        self.log_api(
            region_name,
            &ids.join(","),
            EventMessage::StopInstances {
                instance_ids: ids.clone(),
                hibernate: options.hibernate,
            },
            cli,
        );
        let mut changes = Vec::new();
        for (id, plan) in ids.iter().zip(plans) {
            let previous = self.instances[id].state;
            if plan == Effect::Transition(S::Stopping) {
                if previous == S::Stopping {
                    self.force_stopping(id);
                } else {
                    let (kind, reason) = if options.hibernate {
                        (StopKind::Hibernate, StateReason::user_initiated_hibernate())
                    } else {
                        (StopKind::Stop, StateReason::user_initiated_shutdown())
                    };
                    let reason_text = format!("User initiated ({})", gmt(self.now));
                    self.begin_stop(id, kind, reason, reason_text);
                }
            }
            changes.push(self.change(id, previous));
        }
        Ok(changes)
    }

    /// RebootInstances: asynchronous; the instance stays `running` (ec2-facts 1.1) and shows the
    /// teaching phase "rebooting" for a while. RAM is erased, instance store kept (table 1.4).
    pub fn reboot_instances(&mut self, region_name: &str, ids: &[String]) -> ApiResult<()> {
        let ids = self.resolve_instances(region_name, ids)?;
        let mut plans = Vec::new();
        for id in &ids {
            plans.push(plan_reboot(&self.instances[id])?);
        }
        let cli = cli_command(region_name, "reboot-instances", &id_args(&ids));
        self.log_api(
            region_name,
            &ids.join(","),
            EventMessage::RebootInstances {
                instance_ids: ids.clone(),
            },
            cli,
        );
        for (id, plan) in ids.iter().zip(plans) {
            if plan == Effect::Transition(S::Running) {
                self.begin_reboot(id, RebootCause::Requested);
            }
        }
        Ok(())
    }

    /// TerminateInstances. ec2-facts 1.3 multi-instance semantics: one unknown ID ⇒ nothing
    /// happens; if any instance in an AZ is termination-protected, no instance in that AZ is
    /// terminated, while unprotected instances in other AZs are, and the call then reports
    /// `OperationNotPermitted` for the first protected instance.
    pub fn terminate_instances(
        &mut self,
        region_name: &str,
        ids: &[String],
    ) -> ApiResult<Vec<StateChange>> {
        let ids = self.resolve_instances(region_name, ids)?;
        let mut protected_azs: Vec<String> = Vec::new();
        let mut first_error: Option<ApiError> = None;
        for id in &ids {
            let i = &self.instances[id];
            if let Err(e) = plan_terminate(i) {
                if !protected_azs.contains(&i.availability_zone) {
                    protected_azs.push(i.availability_zone.clone());
                }
                first_error.get_or_insert(e);
            }
        }
        let cli = cli_command(region_name, "terminate-instances", &id_args(&ids));
        self.log_api(
            region_name,
            &ids.join(","),
            EventMessage::TerminateInstances {
                instance_ids: ids.clone(),
            },
            cli,
        );
        let mut changes = Vec::new();
        for id in &ids {
            let i = &self.instances[id];
            if protected_azs.contains(&i.availability_zone) {
                continue;
            }
            let previous = i.state;
            if plan_terminate(i) == Ok(Effect::Transition(S::ShuttingDown)) {
                let reason_text = format!("User initiated ({})", gmt(self.now));
                self.begin_terminate(id, StateReason::user_initiated_shutdown(), reason_text);
            }
            changes.push(self.change(id, previous));
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(changes),
        }
    }

    /// ModifyInstanceAttribute InstanceType (ec2-facts 1.4): only when stopped, EBS-backed, not
    /// hibernated; the new type must exist and match the AMI's architecture. Instance store
    /// follows the new type (NVMe instance store is enumerated automatically).
    pub fn modify_instance_type(
        &mut self,
        region_name: &str,
        instance_id: &str,
        new_type: &str,
    ) -> ApiResult<()> {
        region(region_name)?;
        let i = self.instance_in(region_name, instance_id)?;
        plan_change_type(i)?;
        let Some(info) = super::catalog::lookup(new_type) else {
            // ec2-facts 1.3: InvalidInstanceAttributeValue [text not captured; UNVERIFIED wording].
            let mut e = ApiError::new(
                "InvalidInstanceAttributeValue",
                format!("The instance type '{new_type}' does not exist"),
            );
            if let Some(near) = super::decode::suggest(new_type) {
                e = e.with_hint(format!("Did you mean '{near}'?"));
            }
            return Err(e);
        };
        if !info
            .architectures
            .iter()
            .any(|a| a.as_str() == i.architecture)
        {
            // [UNVERIFIED] code for a type change; the text is RunInstances'.
            let type_arch = info.architectures.first().map_or("unknown", |a| a.as_str());
            let mut e = error::architecture_mismatch(type_arch, &i.architecture);
            e.code = "InvalidInstanceAttributeValue".to_string();
            return Err(e);
        }
        let old_type = i.instance_type.clone();
        let cli = cli_command(
            region_name,
            "modify-instance-attribute",
            &[
                "--instance-id".to_string(),
                instance_id.to_string(),
                "--instance-type".to_string(),
                format!("Value={new_type}"),
            ],
        );
        self.log_api(
            region_name,
            instance_id,
            EventMessage::InstanceTypeChanged {
                instance_id: instance_id.to_string(),
                from: old_type.to_string(),
                to: new_type.to_string(),
            },
            cli,
        );
        if let Some(inst) = self.instances.get_mut(instance_id) {
            inst.instance_type = new_type.to_string();
            inst.hypervisor = info.hypervisor.map(|h| h.as_str().to_string());
            super::launch::rebuild_instance_store(inst, info);
            super::guest::rename_devices(inst, info);
            inst.guest.ram.capacity_bytes = super::guest::ram_disk_capacity(info);
        }
        Ok(())
    }

    /// ModifyInstanceAttribute DisableApiTermination: anytime (ec2-facts 1.4).
    pub fn set_termination_protection(
        &mut self,
        region_name: &str,
        instance_id: &str,
        on: bool,
    ) -> ApiResult<()> {
        self.set_protection(region_name, instance_id, on, true)
    }

    /// ModifyInstanceAttribute DisableApiStop: anytime.
    pub fn set_stop_protection(
        &mut self,
        region_name: &str,
        instance_id: &str,
        on: bool,
    ) -> ApiResult<()> {
        self.set_protection(region_name, instance_id, on, false)
    }

    fn set_protection(
        &mut self,
        region_name: &str,
        instance_id: &str,
        on: bool,
        termination: bool,
    ) -> ApiResult<()> {
        region(region_name)?;
        let i = self.instance_in(region_name, instance_id)?;
        if i.state == S::Terminated {
            // [UNVERIFIED]: attributes of a terminated instance cannot be modified.
            return Err(error::not_stopped(instance_id).with_hint("The instance is terminated."));
        }
        let (attr, protection) = if termination {
            ("disable-api-termination", Protection::Termination)
        } else {
            ("disable-api-stop", Protection::Stop)
        };
        let option = if on {
            format!("--{attr}")
        } else {
            format!("--no-{attr}")
        };
        let cli = cli_command(
            region_name,
            "modify-instance-attribute",
            &["--instance-id".to_string(), instance_id.to_string(), option],
        );
        self.log_api(
            region_name,
            instance_id,
            EventMessage::ProtectionChanged {
                instance_id: instance_id.to_string(),
                protection,
                enabled: on,
            },
            cli,
        );
        if let Some(inst) = self.instances.get_mut(instance_id) {
            if termination {
                inst.disable_api_termination = on;
            } else {
                inst.disable_api_stop = on;
            }
        }
        Ok(())
    }

    /// ModifyInstanceAttribute InstanceInitiatedShutdownBehavior.
    pub fn set_shutdown_behavior(
        &mut self,
        region_name: &str,
        instance_id: &str,
        behavior: ShutdownBehavior,
    ) -> ApiResult<()> {
        region(region_name)?;
        let i = self.instance_in(region_name, instance_id)?;
        if i.root_device_type == RootDeviceType::InstanceStore && behavior == ShutdownBehavior::Stop
        {
            // Real text (mitchellh/vagrant-aws#131).
            return Err(error::invalid_parameter_combination(
                "The attribute instanceInitiatedShutdownBehavior can only be used for elastic images.",
            ));
        }
        let cli = cli_command(
            region_name,
            "modify-instance-attribute",
            &[
                "--instance-id".to_string(),
                instance_id.to_string(),
                "--instance-initiated-shutdown-behavior".to_string(),
                format!("Value={}", behavior.as_str()),
            ],
        );
        self.log_api(
            region_name,
            instance_id,
            EventMessage::ShutdownBehaviorChanged {
                instance_id: instance_id.to_string(),
                behavior,
            },
            cli,
        );
        if let Some(inst) = self.instances.get_mut(instance_id) {
            inst.shutdown_behavior = behavior;
        }
        Ok(())
    }

    /// AWS schedules a retirement (ec2-facts 1.2): when it fires on a running instance, EBS-backed
    /// instances stop and instance-store-backed ones terminate, with `Server.ScheduledStop`.
    pub fn schedule_retirement(
        &mut self,
        region_name: &str,
        instance_id: &str,
        in_ms: u64,
    ) -> ApiResult<SimTime> {
        region(region_name)?;
        let i = self.instance_in(region_name, instance_id)?;
        if matches!(i.state, S::ShuttingDown | S::Terminated) {
            return Err(error::cannot_stop(instance_id));
        }
        let at = self
            .now
            .saturating_add(in_ms)
            .min(super::clock::MAX_SIM_TIME);
        if let Some(inst) = self.instances.get_mut(instance_id) {
            inst.retirement_at = Some(at);
        }
        self.log(
            region_name,
            instance_id,
            EventKind::System,
            EventMessage::RetirementScheduled {
                instance_id: instance_id.to_string(),
                at,
            },
            None,
        );
        Ok(at)
    }

    /// Shutdown from inside the guest (`shutdown -h now`, `poweroff`): ec2-facts 1.2
    /// InstanceInitiatedShutdownBehavior, and instance-store-backed instances always terminate.
    /// API protections do not apply (they guard API calls, not the operating system).
    pub(crate) fn os_shutdown(&mut self, instance_id: &str) {
        let Some(i) = self.instances.get(instance_id) else {
            return;
        };
        if i.state != S::Running {
            return;
        }
        let terminate = i.root_device_type == RootDeviceType::InstanceStore
            || i.shutdown_behavior == ShutdownBehavior::Terminate;
        let reason_text = format!("Instance initiated shutdown ({})", gmt(self.now));
        if terminate {
            self.begin_terminate(
                instance_id,
                StateReason::instance_initiated_shutdown(),
                reason_text,
            );
        } else {
            self.begin_stop(
                instance_id,
                StopKind::Stop,
                StateReason::instance_initiated_shutdown(),
                reason_text,
            );
        }
    }

    fn change(&self, id: &str, previous: S) -> StateChange {
        StateChange {
            instance_id: id.to_string(),
            previous_state: previous,
            current_state: self.instances[id].state,
        }
    }

    fn set_state(&mut self, id: &str, state: S, ends_at: Option<SimTime>) {
        let now = self.now;
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        let from = i.state;
        i.state = state;
        i.state_since = now;
        i.transition_ends_at = ends_at;
        let region_name = i.region.clone();
        let reason = i
            .state_reason
            .as_ref()
            .filter(|_| {
                matches!(
                    state,
                    S::Stopping | S::Stopped | S::ShuttingDown | S::Terminated
                )
            })
            .map(|r| r.code.clone());
        self.log(
            &region_name,
            id,
            EventKind::StateChange,
            EventMessage::InstanceStateChanged {
                instance_id: id.to_string(),
                from,
                to: state,
                reason_code: reason,
            },
            None,
        );
    }

    // -----------------------------------------------------------------------------------------
    // Beginnings of transitions.

    /// stopped → pending. A new auto-assigned public IPv4 (ec2-facts 1.4), usually a new host.
    pub(crate) fn begin_start(&mut self, id: &str) {
        let now = self.now;
        let Some(i) = self.instances.get(id) else {
            return;
        };
        let span = if i.is_ebs_backed() {
            self.timings.pending_ebs
        } else {
            self.timings.pending_instance_store
        };
        let needs_ip = i.assign_public_ip && i.elastic_ip_allocation.is_none();
        let region_name = i.region.clone();
        let ends = now + self.draw(span);
        let ip = needs_ip.then(|| self.new_public_ip(&region_name));
        if let Some(i) = self.instances.get_mut(id) {
            i.auto_public_ip = ip;
            i.state_reason = None;
            i.state_transition_reason = String::new();
            i.launch_time = now;
        }
        self.set_state(id, S::Pending, Some(ends));
    }

    /// running → stopping (plain stop or hibernation). Billing stops at `stopping` for a plain
    /// stop and continues while hibernating (ec2-facts 1.1).
    pub(crate) fn begin_stop(
        &mut self,
        id: &str,
        kind: StopKind,
        reason: StateReason,
        reason_text: String,
    ) {
        let now = self.now;
        // ec2-facts 1.2: Force "tries a graceful stop first, then forces". The simulated OS never
        // hangs, so from `running` the graceful stop succeeds and takes as long as a plain one;
        // Force shortens only a stop already under way (`force_stopping`).
        let span = if kind == StopKind::Hibernate {
            self.timings.stopping_hibernate
        } else {
            self.timings.stopping
        };
        let ends = now + self.draw(span);
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        i.stop_kind = Some(kind);
        i.state_reason = Some(reason);
        i.state_transition_reason = reason_text;
        i.reboot = None;
        i.retirement_at = None;
        if kind == StopKind::Stop {
            i.billing.end_period(now);
        }
        self.set_state(id, S::Stopping, Some(ends));
    }

    /// StopInstances Force=true on an instance already `stopping`: skips the rest of the graceful
    /// part. A forced stop cannot save RAM, so a hibernation becomes a plain stop [UNVERIFIED].
    fn force_stopping(&mut self, id: &str) {
        let now = self.now;
        let ends = now + self.draw(self.timings.stopping_forced);
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        if i.stop_kind == Some(StopKind::Hibernate) {
            i.stop_kind = Some(StopKind::Stop);
            i.state_reason = Some(StateReason::user_initiated_shutdown());
            i.billing.end_period(now);
        }
        if i.transition_ends_at.is_none_or(|t| t > ends) {
            i.transition_ends_at = Some(ends);
        }
        let region_name = i.region.clone();
        self.log(
            &region_name,
            id,
            EventKind::StateChange,
            EventMessage::ForcedStop {
                instance_id: id.to_string(),
            },
            None,
        );
    }

    /// → shutting-down. Billing stops (ec2-facts 1.1).
    pub(crate) fn begin_terminate(&mut self, id: &str, reason: StateReason, reason_text: String) {
        let now = self.now;
        let ends = now + self.draw(self.timings.shutting_down);
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        i.state_reason = Some(reason);
        i.state_transition_reason = reason_text;
        i.reboot = None;
        i.retirement_at = None;
        i.billing.end_period(now);
        self.set_state(id, S::ShuttingDown, Some(ends));
    }

    /// The teaching phase "rebooting" of a running instance. The operating system goes down at
    /// once: RAM is erased and mounts without /etc/fstab entries are gone (ec2-facts 1.4: RAM
    /// erased by reboot; instance store and EBS preserved).
    pub(crate) fn begin_reboot(&mut self, id: &str, cause: RebootCause) {
        let now = self.now;
        let ends = now + self.draw(self.timings.reboot);
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        i.reboot = Some(Window {
            started_at: now,
            ends_at: ends,
        });
        i.guest.power_off();
        let region_name = i.region.clone();
        self.log(
            &region_name,
            id,
            EventKind::StateChange,
            EventMessage::RebootBegan {
                instance_id: id.to_string(),
                cause,
            },
            None,
        );
    }

    // -----------------------------------------------------------------------------------------
    // Completions, run by `advance` in time order.

    pub(crate) fn next_instance_due(&self) -> Option<SimTime> {
        let visible = self.timings.terminated_visible_ms;
        self.instances
            .values()
            .flat_map(|i| {
                [
                    i.transition_ends_at,
                    i.reboot.map(|w| w.ends_at),
                    i.retirement_at,
                    i.terminated_at.map(|t| t.saturating_add(visible)),
                ]
            })
            .flatten()
            .min()
    }

    pub(crate) fn complete_instances(&mut self, now: SimTime) {
        let visible = self.timings.terminated_visible_ms;
        let due: Vec<String> = self
            .instances
            .values()
            .filter(|i| {
                i.transition_ends_at.is_some_and(|t| t <= now)
                    || i.reboot.is_some_and(|w| w.ends_at <= now)
                    || i.retirement_at.is_some_and(|t| t <= now)
                    || i.terminated_at
                        .is_some_and(|t| t.saturating_add(visible) <= now)
            })
            .map(|i| i.id.clone())
            .collect();
        for id in due {
            let Some(i) = self.instances.get(&id) else {
                continue;
            };
            if i.transition_ends_at.is_some_and(|t| t <= now) {
                match i.state {
                    S::Pending => self.complete_pending(&id),
                    S::Stopping => self.complete_stopping(&id),
                    S::ShuttingDown => self.complete_shutting_down(&id),
                    _ => {
                        if let Some(i) = self.instances.get_mut(&id) {
                            i.transition_ends_at = None;
                        }
                    }
                }
            }
            if self
                .instances
                .get(&id)
                .is_some_and(|i| i.reboot.is_some_and(|w| w.ends_at <= now))
            {
                self.complete_reboot(&id);
            }
            if self
                .instances
                .get(&id)
                .is_some_and(|i| i.retirement_at.is_some_and(|t| t <= now))
            {
                self.fire_retirement(&id);
            }
            if self.instances.get(&id).is_some_and(|i| {
                i.terminated_at
                    .is_some_and(|t| t.saturating_add(visible) <= now)
            }) {
                self.remove_terminated(&id);
            }
        }
    }

    /// pending → running. Billing starts a new period with its one-minute minimum (ec2-facts
    /// 1.1). A hibernated instance resumes with its RAM; anything else boots fresh.
    fn complete_pending(&mut self, id: &str) {
        let now = self.now;
        let mut resumed = false;
        if let Some(i) = self.instances.get_mut(id) {
            i.billing.start_period(now);
            resumed = i.stop_kind == Some(StopKind::Hibernate);
            i.stop_kind = None;
            if !resumed {
                i.guest.power_off();
            }
        }
        self.set_state(id, S::Running, None);
        if !resumed {
            self.boot_guest(id);
        }
    }

    /// stopping → stopped. Table 1.4: private IP, EBS volumes and Elastic IP stay; the
    /// auto-assigned public IP is released; instance store is erased; RAM is erased, or saved to
    /// the root volume by hibernation.
    fn complete_stopping(&mut self, id: &str) {
        let now = self.now;
        if let Some(i) = self.instances.get_mut(id) {
            i.billing.end_period(now);
            i.auto_public_ip = None;
            for store in &mut i.instance_store {
                store.reset();
            }
            if i.stop_kind != Some(StopKind::Hibernate) {
                i.guest.power_off();
            } else {
                // Instance store is gone, so mounts on it are too; RAM and EBS mounts resume.
                i.guest.unmount_instance_store();
            }
        }
        self.set_state(id, S::Stopped, None);
    }

    /// shutting-down → terminated. Table 1.4: instance store and RAM erased; EBS volumes with
    /// DeleteOnTermination deleted, the others detached and `available`; the Elastic IP is
    /// disassociated but stays allocated; private and public IPs released. The instance stays
    /// visible for about an hour.
    fn complete_shutting_down(&mut self, id: &str) {
        let now = self.now;
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        for store in &mut i.instance_store {
            store.reset();
        }
        i.guest.power_off();
        i.auto_public_ip = None;
        i.private_ip = None;
        i.terminated_at = Some(now);
        i.stop_kind = None;
        let volumes: Vec<String> = i
            .block_devices
            .iter()
            .map(|b| b.volume_id.clone())
            .collect();
        let allocation = i.elastic_ip_allocation.take();
        let region_name = i.region.clone();
        for volume_id in volumes {
            let delete = self
                .volumes
                .get(&volume_id)
                .and_then(|v| v.attachment.as_ref())
                .is_some_and(|a| a.delete_on_termination);
            self.disconnect_volume(&volume_id);
            if delete {
                self.remove_volume(&volume_id);
                self.log(
                    &region_name,
                    &volume_id,
                    EventKind::StateChange,
                    EventMessage::VolumeDeletedWithInstance {
                        volume_id: volume_id.clone(),
                        instance_id: id.to_string(),
                    },
                    None,
                );
            } else {
                self.log(
                    &region_name,
                    &volume_id,
                    EventKind::StateChange,
                    EventMessage::VolumeKeptAfterTermination {
                        volume_id: volume_id.clone(),
                        instance_id: id.to_string(),
                    },
                    None,
                );
            }
        }
        if let Some(allocation_id) = allocation {
            if let Some(a) = self.addresses.get_mut(&allocation_id) {
                a.association = None;
                let public_ip = a.public_ip.clone();
                self.log(
                    &region_name,
                    &allocation_id,
                    EventKind::StateChange,
                    EventMessage::AddressDisassociatedAtTermination {
                        public_ip,
                        instance_id: id.to_string(),
                    },
                    None,
                );
            }
        }
        self.set_state(id, S::Terminated, None);
    }

    /// End of the "rebooting" phase: the operating system is up again.
    fn complete_reboot(&mut self, id: &str) {
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        i.reboot = None;
        let region_name = i.region.clone();
        self.log(
            &region_name,
            id,
            EventKind::StateChange,
            EventMessage::RebootEnded {
                instance_id: id.to_string(),
            },
            None,
        );
        self.boot_guest(id);
    }

    fn fire_retirement(&mut self, id: &str) {
        let Some(i) = self.instances.get_mut(id) else {
            return;
        };
        i.retirement_at = None;
        let state = i.state;
        let ebs = i.is_ebs_backed();
        let region_name = i.region.clone();
        if state != S::Running {
            self.log(
                &region_name,
                id,
                EventKind::System,
                EventMessage::RetirementSkipped {
                    instance_id: id.to_string(),
                    state,
                },
                None,
            );
            return;
        }
        let text = format!(
            "Server.ScheduledStop: Stopped due to scheduled retirement ({})",
            gmt(self.now)
        );
        if ebs {
            self.begin_stop(id, StopKind::Stop, StateReason::scheduled_stop(), text);
        } else {
            self.begin_terminate(id, StateReason::scheduled_stop(), text);
        }
    }

    /// ec2-facts 1.4: a terminated instance disappears from DescribeInstances after about an hour.
    fn remove_terminated(&mut self, id: &str) {
        if let Some(i) = self.instances.remove(id) {
            self.billing.close_instance(&i, self.now);
            self.log(
                &i.region,
                id,
                EventKind::System,
                EventMessage::InstanceNoLongerListed {
                    instance_id: id.to_string(),
                },
                None,
            );
        }
    }
}

fn id_args(ids: &[String]) -> Vec<String> {
    let mut args = vec!["--instance-ids".to_string()];
    args.extend(ids.iter().cloned());
    args
}
