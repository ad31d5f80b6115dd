//! ec2-facts 1.1–1.3: every transition and every illegal action, table-driven, plus timing,
//! progress, reasons, multi-instance semantics, OS-initiated shutdown and retirement.

mod sim_support;

use ec2_lab::sim::clock::{MINUTE, SECOND};
use ec2_lab::sim::instance::{DisplayPhase, LifecycleState as S, ShutdownBehavior};
use ec2_lab::sim::lifecycle::{Effect, InstanceAction as A, StopOptions};
use ec2_lab::sim::{ApiResult, RunInstancesRequest, World};
use sim_support::*;

/// What the table expects.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Succeeds; the instance is then in this state.
    State(S),
    /// Succeeds and changes nothing.
    NoOp,
    /// Fails with this code; the message must equal `message(id)`.
    Error(&'static str, fn(&str) -> String),
}

fn act(w: &mut World, id: &str, action: A) -> ApiResult<()> {
    let ids = ids(id);
    match action {
        A::Start => w.start_instances(US, &ids).map(|_| ()),
        A::Stop => w
            .stop_instances(US, &ids, StopOptions::default())
            .map(|_| ()),
        A::Hibernate => w
            .stop_instances(US, &ids, StopOptions::HIBERNATE)
            .map(|_| ()),
        A::ForceStop => w.stop_instances(US, &ids, StopOptions::FORCE).map(|_| ()),
        A::Reboot => w.reboot_instances(US, &ids),
        A::Terminate => w.terminate_instances(US, &ids).map(|_| ()),
        A::ChangeInstanceType => w.modify_instance_type(US, id, "t3.small"),
        A::CreateImage => unreachable!("covered in sim_ami"),
    }
}

fn cannot_start(id: &str) -> String {
    format!("The instance '{id}' is not in a state from which it can be started.")
}
fn cannot_stop(id: &str) -> String {
    format!("This instance '{id}' is not in a state from which it can be stopped.")
}
fn never_running(id: &str) -> String {
    format!("Instance '{id}' cannot be stopped as it has never reached the 'running' state.")
}
fn not_ebs(id: &str) -> String {
    format!("The instance '{id}' does not have an 'ebs' root device type and cannot be stopped.")
}
fn cannot_reboot(id: &str) -> String {
    format!("The instance '{id}' is not in a state from which it can be rebooted.")
}
fn not_stopped(id: &str) -> String {
    format!("The instance '{id}' is not in the 'stopped' state.")
}

const IIS: &str = "IncorrectInstanceState";

/// ec2-facts 1.2 and 1.3 for an EBS-backed instance (hibernation configured at launch).
fn ebs_table() -> Vec<(S, A, Expect)> {
    use Expect::*;
    vec![
        // pending
        (S::Pending, A::Start, NoOp),
        (S::Pending, A::Stop, Error(IIS, never_running)),
        (S::Pending, A::Hibernate, Error(IIS, never_running)),
        (S::Pending, A::Reboot, Error(IIS, cannot_reboot)),
        (S::Pending, A::Terminate, State(S::ShuttingDown)),
        (S::Pending, A::ChangeInstanceType, Error(IIS, not_stopped)),
        // running
        (S::Running, A::Start, NoOp),
        (S::Running, A::Stop, State(S::Stopping)),
        (S::Running, A::Hibernate, State(S::Stopping)),
        (S::Running, A::ForceStop, State(S::Stopping)),
        (S::Running, A::Reboot, State(S::Running)),
        (S::Running, A::Terminate, State(S::ShuttingDown)),
        (S::Running, A::ChangeInstanceType, Error(IIS, not_stopped)),
        // stopping
        (S::Stopping, A::Start, Error(IIS, cannot_start)),
        (S::Stopping, A::Stop, NoOp),
        (S::Stopping, A::ForceStop, State(S::Stopping)),
        (S::Stopping, A::Reboot, Error(IIS, cannot_reboot)),
        (S::Stopping, A::Terminate, State(S::ShuttingDown)),
        (S::Stopping, A::ChangeInstanceType, Error(IIS, not_stopped)),
        // stopped
        (S::Stopped, A::Start, State(S::Pending)),
        (S::Stopped, A::Stop, NoOp),
        (S::Stopped, A::Hibernate, NoOp),
        (S::Stopped, A::Reboot, Error(IIS, cannot_reboot)),
        (S::Stopped, A::Terminate, State(S::ShuttingDown)),
        (S::Stopped, A::ChangeInstanceType, State(S::Stopped)),
        // shutting-down
        (S::ShuttingDown, A::Start, Error(IIS, cannot_start)),
        (S::ShuttingDown, A::Stop, Error(IIS, cannot_stop)),
        (S::ShuttingDown, A::Hibernate, Error(IIS, cannot_stop)),
        (S::ShuttingDown, A::Reboot, Error(IIS, cannot_reboot)),
        (S::ShuttingDown, A::Terminate, NoOp),
        (
            S::ShuttingDown,
            A::ChangeInstanceType,
            Error(IIS, not_stopped),
        ),
        // terminated
        (S::Terminated, A::Start, Error(IIS, cannot_start)),
        (S::Terminated, A::Stop, Error(IIS, cannot_stop)),
        (S::Terminated, A::ForceStop, Error(IIS, cannot_stop)),
        (S::Terminated, A::Reboot, NoOp),
        (S::Terminated, A::Terminate, NoOp),
        (
            S::Terminated,
            A::ChangeInstanceType,
            Error(IIS, not_stopped),
        ),
    ]
}

/// ec2-facts 1.3 / 3.1 for an instance-store-backed instance: never stopped.
fn store_table() -> Vec<(S, A, Expect)> {
    use Expect::*;
    let unsupported = Error("UnsupportedOperation", not_ebs);
    vec![
        (S::Pending, A::Stop, unsupported),
        (S::Running, A::Stop, unsupported),
        (S::Running, A::Hibernate, unsupported),
        (S::Running, A::ForceStop, unsupported),
        (S::Running, A::Start, NoOp),
        (S::Running, A::Reboot, State(S::Running)),
        (S::Running, A::Terminate, State(S::ShuttingDown)),
        (S::Running, A::ChangeInstanceType, Error(IIS, not_stopped)),
        (S::Terminated, A::Stop, Error(IIS, cannot_stop)),
        (S::Terminated, A::Start, Error(IIS, cannot_start)),
    ]
}

fn run_table(table: Vec<(S, A, Expect)>, make: fn(&mut World, S) -> String, label: &str) {
    for (from, action, expect) in table {
        let mut w = world();
        let id = make(&mut w, from);
        let checked = w.check(US, &id, action);
        let before = w.to_json();
        let result = act(&mut w, &id, action);
        let case = format!("{label}: {} + {action:?}", from.as_str());
        match expect {
            Expect::State(to) => {
                assert!(result.is_ok(), "{case}: expected success, got {result:?}");
                assert_eq!(state(&w, &id), to, "{case}");
                assert!(checked.is_ok(), "{case}: check disagrees: {checked:?}");
            }
            Expect::NoOp => {
                assert!(
                    result.is_ok(),
                    "{case}: expected no-op success, got {result:?}"
                );
                assert_eq!(state(&w, &id), from, "{case}: state must not change");
                assert!(
                    matches!(checked, Ok(Effect::NoOp) | Ok(Effect::Ignored)),
                    "{case}: check says {checked:?}"
                );
            }
            Expect::Error(code, message) => {
                let err = result.expect_err(&case);
                assert_eq!(err.code, code, "{case}");
                assert_eq!(err.message, message(&id), "{case}");
                assert_eq!(
                    checked.as_ref().err(),
                    Some(&err),
                    "{case}: check must give the same error"
                );
                assert_eq!(
                    w.to_json(),
                    before,
                    "{case}: a refused action must leave the world unchanged"
                );
            }
        }
    }
}

#[test]
fn facts_1_2_and_1_3_every_transition_and_illegal_action_of_an_ebs_backed_instance() {
    run_table(ebs_table(), ebs_instance_in, "EBS-backed");
}

#[test]
fn facts_1_3_stop_on_instance_store_backed_is_unsupported_operation() {
    run_table(store_table(), store_instance_in, "instance-store-backed");
}

#[test]
fn facts_1_4_an_instance_store_backed_type_change_says_stopping_would_not_help() {
    // EC2's message asks for 'stopped', a state such an instance never reaches: the simulator's
    // hint (not part of EC2's error) says what to do instead.
    let mut w = world();
    let id = store_instance_in(&mut w, S::Running);
    let err = w.check(US, &id, A::ChangeInstanceType).unwrap_err();
    assert_eq!(err.code, "IncorrectInstanceState");
    assert!(err
        .hint
        .as_deref()
        .is_some_and(|h| h.contains("create an AMI")));
    let ebs = ebs_instance_in(&mut w, S::Running);
    assert_eq!(
        w.check(US, &ebs, A::ChangeInstanceType).unwrap_err().hint,
        None
    );
}

#[test]
fn facts_1_2_launch_goes_pending_then_running_with_progress() {
    let mut w = world();
    let id = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t2.micro"));
    let phase = w.phase(&id).unwrap();
    assert_eq!(phase.state, S::Pending);
    assert_eq!(phase.progress, Some(0.0));
    let ends = phase.ends_at.unwrap();
    // ec2-facts 3.1: EBS-backed boots in well under a minute (default 20–40 s).
    assert!((20 * SECOND..=40 * SECOND).contains(&ends), "{ends}");
    w.advance(ends / 2);
    let half = w.phase(&id).unwrap().progress.unwrap();
    assert!(half > 0.4 && half < 0.6, "{half}");
    w.advance(ends);
    let phase = w.phase(&id).unwrap();
    assert_eq!(phase.state, S::Running);
    assert_eq!(phase.phase, DisplayPhase::Running);
    assert_eq!(phase.progress, None);
    // Every state change is logged with its time.
    assert!(w
        .events()
        .any(|e| e.message.to_string().contains("pending → running") && e.time == ends));
}

#[test]
fn facts_3_1_instance_store_backed_boots_slower_than_ebs_backed() {
    let mut w = world();
    let ebs = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "m3.medium"));
    let store = launch(
        &mut w,
        RunInstancesRequest::new(US, &ami("amzn-2018-s3"), "m3.medium"),
    );
    let ebs_end = w.phase(&ebs).unwrap().ends_at.unwrap();
    let store_end = w.phase(&store).unwrap().ends_at.unwrap();
    assert!(store_end > ebs_end, "{store_end} vs {ebs_end}");
    assert!(store_end <= 5 * MINUTE);
}

#[test]
fn facts_1_1_rebooting_is_a_phase_of_running_not_a_state() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    w.reboot_instances(US, &ids(&id)).unwrap();
    let phase = w.phase(&id).unwrap();
    assert_eq!(phase.state, S::Running);
    assert_eq!(phase.phase, DisplayPhase::Rebooting);
    assert!(phase.progress.is_some());
    // The guest does not answer while rebooting.
    let out = w.guest_exec(US, &id, "echo hi").unwrap();
    assert_eq!(out.exit_code, 255);
    w.advance(2 * MINUTE);
    assert_eq!(w.phase(&id).unwrap().phase, DisplayPhase::Running);
    assert_eq!(sh(&mut w, &id, "echo hi"), "hi\n");
}

#[test]
fn facts_1_1_state_reasons_for_stop_hibernate_and_terminate() {
    let mut w = world();
    let a = ebs_instance_in(&mut w, S::Running);
    let b = ebs_instance_in(&mut w, S::Running);
    let c = ebs_instance_in(&mut w, S::Running);
    w.stop_instances(US, &ids(&a), StopOptions::default())
        .unwrap();
    w.stop_instances(US, &ids(&b), StopOptions::HIBERNATE)
        .unwrap();
    w.terminate_instances(US, &ids(&c)).unwrap();
    w.advance(5 * MINUTE);
    let reason = |id: &str| w.instance(id).unwrap().state_reason.clone().unwrap();
    assert_eq!(reason(&a).code, "Client.UserInitiatedShutdown");
    assert_eq!(
        reason(&a).message,
        "Client.UserInitiatedShutdown: User initiated shutdown"
    );
    assert_eq!(reason(&b).code, "Client.UserInitiatedHibernate");
    assert_eq!(
        reason(&b).message,
        "Client.UserInitiatedHibernate: User initiated hibernate"
    );
    assert_eq!(reason(&c).code, "Client.UserInitiatedShutdown");
    assert!(w
        .instance(&a)
        .unwrap()
        .state_transition_reason
        .starts_with("User initiated (2025-03-01 "));
    assert_eq!(w.phase(&b).unwrap().phase, DisplayPhase::Hibernated);
}

#[test]
fn facts_1_2_hibernate_requires_configuration_at_launch() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let err = w
        .stop_instances(US, &ids(&id), StopOptions::HIBERNATE)
        .unwrap_err();
    assert_eq!(err.code, "UnsupportedHibernationConfiguration");
    assert_eq!(state(&w, &id), S::Running);
}

#[test]
fn facts_1_3_protections_give_operation_not_permitted_with_the_real_texts() {
    let mut w = world();
    let mut request = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    request.disable_api_stop = true;
    request.disable_api_termination = true;
    let id = launch(&mut w, request);
    w.advance(5 * MINUTE);
    let stop = w
        .stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap_err();
    assert_eq!(stop.code, "OperationNotPermitted");
    assert_eq!(
        stop.message,
        format!("The instance '{id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.")
    );
    let term = w.terminate_instances(US, &ids(&id)).unwrap_err();
    assert_eq!(term.code, "OperationNotPermitted");
    assert_eq!(
        term.message,
        format!("The instance '{id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.")
    );
    assert_eq!(state(&w, &id), S::Running);
    // ec2-facts 1.4: protections can be changed while running.
    w.set_stop_protection(US, &id, false).unwrap();
    w.set_termination_protection(US, &id, false).unwrap();
    w.terminate_instances(US, &ids(&id)).unwrap();
    assert_eq!(state(&w, &id), S::ShuttingDown);
}

#[test]
fn facts_1_3_one_unknown_id_means_nothing_happens() {
    let mut w = world();
    let a = running(&mut w, "t3.micro");
    let before = w.to_json();
    let err = w
        .stop_instances(
            US,
            &[a.clone(), "i-0123456789abcdef0".to_string()],
            StopOptions::default(),
        )
        .unwrap_err();
    assert_eq!(err.code, "InvalidInstanceID.NotFound");
    assert_eq!(
        err.message,
        "The instance ID 'i-0123456789abcdef0' does not exist"
    );
    assert_eq!(w.to_json(), before);
    let err = w
        .terminate_instances(
            US,
            &[
                a.clone(),
                "i-0aaaaaaaaaaaaaaaa".into(),
                "i-0bbbbbbbbbbbbbbbb".into(),
            ],
        )
        .unwrap_err();
    assert_eq!(
        err.message,
        "The instance IDs 'i-0aaaaaaaaaaaaaaaa, i-0bbbbbbbbbbbbbbbb' do not exist"
    );
    assert_eq!(state(&w, &a), S::Running);
    assert_eq!(
        w.start_instances(US, &ids("banana")).unwrap_err().code,
        "InvalidInstanceID.Malformed"
    );
    // An instance of another region is unknown here.
    assert_eq!(
        w.start_instances(SEOUL, &ids(&a)).unwrap_err().code,
        "InvalidInstanceID.NotFound"
    );
}

#[test]
fn facts_1_3_termination_protection_is_per_availability_zone() {
    let mut w = world();
    let mut protected = RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1a");
    protected.disable_api_termination = true;
    let p = launch(&mut w, protected);
    let same_az = launch(
        &mut w,
        RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1a"),
    );
    let other_az = launch(
        &mut w,
        RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1b"),
    );
    w.advance(5 * MINUTE);
    let err = w
        .terminate_instances(US, &[p.clone(), same_az.clone(), other_az.clone()])
        .unwrap_err();
    assert_eq!(err.code, "OperationNotPermitted");
    assert_eq!(state(&w, &p), S::Running);
    assert_eq!(
        state(&w, &same_az),
        S::Running,
        "same AZ as a protected instance: not terminated"
    );
    assert_eq!(
        state(&w, &other_az),
        S::ShuttingDown,
        "other AZ: terminated"
    );
}

#[test]
fn facts_1_2_force_stop_finishes_a_stopping_instance_sooner() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Stopping);
    let graceful_end = w.phase(&id).unwrap().ends_at.unwrap();
    w.stop_instances(US, &ids(&id), StopOptions::FORCE).unwrap();
    let forced_end = w.phase(&id).unwrap().ends_at.unwrap();
    assert!(forced_end <= graceful_end);
    w.advance(forced_end - w.now());
    assert_eq!(state(&w, &id), S::Stopped);
}

#[test]
fn facts_1_2_force_from_running_tries_the_graceful_stop_first() {
    // The simulated OS never hangs, so the graceful stop succeeds: a forced stop from running takes
    // as long as a plain stop would.
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Running);
    let start = w.now();
    w.stop_instances(US, &ids(&id), StopOptions::FORCE).unwrap();
    let took = w.phase(&id).unwrap().ends_at.unwrap() - start;
    let plain = w.timings.stopping;
    assert!(
        (plain.min_ms..=plain.max_ms).contains(&took),
        "{took} ms, a plain stop takes {plain:?}"
    );
}

#[test]
fn facts_1_4_terminated_instances_stay_visible_for_about_an_hour() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Terminated);
    w.advance(50 * MINUTE);
    assert_eq!(state(&w, &id), S::Terminated);
    w.advance(15 * MINUTE);
    assert!(w.instance(&id).is_none());
    // And then the ID is simply unknown.
    assert_eq!(
        w.start_instances(US, &ids(&id)).unwrap_err().code,
        "InvalidInstanceID.NotFound"
    );
}

#[test]
fn facts_1_2_os_shutdown_follows_instance_initiated_shutdown_behavior() {
    let mut w = world();
    // Default: stop.
    let a = running(&mut w, "t3.micro");
    let out = w.guest_exec(US, &a, "sudo shutdown -h now").unwrap();
    assert!(out.stderr.contains("closed by remote host"));
    assert_eq!(state(&w, &a), S::Stopping);
    assert_eq!(
        w.instance(&a).unwrap().state_reason.as_ref().unwrap().code,
        "Client.InstanceInitiatedShutdown"
    );
    // terminate behaviour.
    let mut request = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    request.shutdown_behavior = Some(ShutdownBehavior::Terminate);
    // API protections do not block a shutdown from inside the guest.
    request.disable_api_termination = true;
    let b = launch(&mut w, request);
    w.advance(5 * MINUTE);
    sh_fail(&mut w, &b, "sudo poweroff");
    assert_eq!(state(&w, &b), S::ShuttingDown);
    // Instance-store-backed: always terminates.
    let c = store_instance_in(&mut w, S::Running);
    sh_fail(&mut w, &c, "sudo shutdown now");
    assert_eq!(state(&w, &c), S::ShuttingDown);
    // Without sudo nothing happens.
    let d = running(&mut w, "t3.micro");
    let out = w.guest_exec(US, &d, "shutdown -h now").unwrap();
    assert_eq!(out.exit_code, 1);
    assert_eq!(state(&w, &d), S::Running);
}

fn sh_fail(w: &mut World, id: &str, line: &str) {
    let out = w.guest_exec(US, id, line).unwrap();
    assert_eq!(out.exit_code, 255, "{out:?}");
}

#[test]
fn facts_1_2_scheduled_retirement_stops_ebs_and_terminates_instance_store() {
    let mut w = world();
    let ebs = running(&mut w, "t3.micro");
    let store = store_instance_in(&mut w, S::Running);
    w.schedule_retirement(US, &ebs, 10 * MINUTE).unwrap();
    w.schedule_retirement(US, &store, 10 * MINUTE).unwrap();
    w.advance(9 * MINUTE);
    assert_eq!(state(&w, &ebs), S::Running);
    w.advance(10 * MINUTE);
    assert_eq!(state(&w, &ebs), S::Stopped);
    assert_eq!(state(&w, &store), S::Terminated);
    for id in [&ebs, &store] {
        assert_eq!(
            w.instance(id).unwrap().state_reason.as_ref().unwrap().code,
            "Server.ScheduledStop"
        );
    }
}

#[test]
fn facts_1_4_type_change_only_when_stopped_and_never_when_hibernated() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Stopped);
    w.modify_instance_type(US, &id, "t3.large").unwrap();
    assert_eq!(w.instance(&id).unwrap().instance_type, "t3.large");
    let typo = w.modify_instance_type(US, &id, "t3.lage").unwrap_err();
    assert_eq!(typo.code, "InvalidInstanceAttributeValue");
    assert_eq!(typo.hint.as_deref(), Some("Did you mean 't3.large'?"));
    let arm = w.modify_instance_type(US, &id, "t4g.micro").unwrap_err();
    assert_eq!(arm.code, "InvalidInstanceAttributeValue");
    assert!(arm.message.contains("architecture"));
    // Hibernated.
    let h = ebs_instance_in(&mut w, S::Running);
    w.stop_instances(US, &ids(&h), StopOptions::HIBERNATE)
        .unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(
        w.check(US, &h, A::ChangeInstanceType).unwrap_err().code,
        "UnsupportedOperation"
    );
}

#[test]
fn facts_1_2_start_again_after_stop_goes_pending_then_running() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Stopped);
    let changes = w.start_instances(US, &ids(&id)).unwrap();
    assert_eq!(changes[0].previous_state, S::Stopped);
    assert_eq!(changes[0].current_state, S::Pending);
    w.advance(5 * MINUTE);
    assert_eq!(state(&w, &id), S::Running);
}

#[test]
fn facts_1_2_terminated_never_comes_back() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Terminated);
    for action in [A::Start, A::Stop, A::Reboot, A::Terminate] {
        let _ = act(&mut w, &id, action);
        w.advance(MINUTE);
        assert_eq!(state(&w, &id), S::Terminated);
    }
}

#[test]
fn facts_1_3_available_actions_lists_every_edge_with_its_reason() {
    let mut w = world();
    let id = store_instance_in(&mut w, S::Running);
    let actions = w.available_actions(US, &id).unwrap();
    assert_eq!(actions.len(), A::ALL.len());
    let stop = actions.iter().find(|(a, _)| *a == A::Stop).unwrap();
    assert_eq!(stop.1.as_ref().unwrap_err().code, "UnsupportedOperation");
    let reboot = actions.iter().find(|(a, _)| *a == A::Reboot).unwrap();
    assert_eq!(reboot.1, Ok(Effect::Transition(S::Running)));
    assert!(w.available_actions(US, "i-0000000000000000f").is_err());
}
