//! Elastic IPs, billing counters (ec2-facts 1.1), the event log with CLI equivalents, IDs and IPs,
//! determinism, serialization.

mod sim_support;

use ec2_lab::sim::clock::{Timings, HOUR, MINUTE, SECOND};
use ec2_lab::sim::instance::LifecycleState as S;
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::storage::CreateVolumeRequest;
use ec2_lab::sim::world::SCHEMA_VERSION;
use ec2_lab::sim::{RunInstancesRequest, World};
use sim_support::*;

#[test]
fn elastic_ip_allocate_associate_disassociate_release() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let auto = w.public_ip(w.instance(&id).unwrap()).unwrap();
    let eip = w.allocate_address(US).unwrap();
    assert!(eip.allocation_id.starts_with("eipalloc-0"));
    let assoc = w
        .associate_address(US, &eip.allocation_id, &id, None)
        .unwrap();
    assert!(assoc.starts_with("eipassoc-0"));
    assert_eq!(
        w.public_ip(w.instance(&id).unwrap()),
        Some(eip.public_ip.clone())
    );
    assert_ne!(eip.public_ip, auto);
    let err = w.release_address(US, &eip.allocation_id).unwrap_err();
    assert_eq!(err.code, "InvalidIPAddress.InUse");
    w.disassociate_address(US, &assoc).unwrap();
    let new_auto = w.public_ip(w.instance(&id).unwrap()).unwrap();
    assert_ne!(
        new_auto, eip.public_ip,
        "a running instance gets a new public IPv4"
    );
    assert_eq!(
        w.disassociate_address(US, &assoc).unwrap_err().code,
        "InvalidAssociationID.NotFound"
    );
    w.release_address(US, &eip.allocation_id).unwrap();
    let err = w
        .associate_address(US, &eip.allocation_id, &id, None)
        .unwrap_err();
    assert_eq!(
        err.message,
        format!("The allocation ID '{}' does not exist", eip.allocation_id)
    );
}

#[test]
fn elastic_ip_needs_a_running_or_stopped_instance_and_moves_between_instances() {
    let mut w = world();
    let pending = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    let eip = w.allocate_address(US).unwrap();
    let err = w
        .associate_address(US, &eip.allocation_id, &pending, None)
        .unwrap_err();
    assert_eq!(err.code, "InvalidInstanceID");
    assert_eq!(
        err.message,
        format!("The pending instance '{pending}' is not in a valid state for this operation.")
    );
    let stopped = ebs_instance_in(&mut w, S::Stopped);
    w.associate_address(US, &eip.allocation_id, &stopped, None)
        .unwrap();
    let other = running(&mut w, "t3.micro");
    assert_eq!(
        w.associate_address(US, &eip.allocation_id, &other, Some(false))
            .unwrap_err()
            .code,
        "Resource.AlreadyAssociated"
    );
    w.associate_address(US, &eip.allocation_id, &other, None)
        .unwrap();
    assert!(w
        .instance(&stopped)
        .unwrap()
        .elastic_ip_allocation
        .is_none());
    assert_eq!(
        w.public_ip(w.instance(&other).unwrap()),
        Some(eip.public_ip)
    );
}

#[test]
fn facts_1_1_billing_counts_running_seconds_with_a_minute_minimum_and_ebs_always() {
    let mut w = World::with_timings(1, Timings::instant());
    let id = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    w.advance(1);
    assert_eq!(state(&w, &id), S::Running);
    w.advance(10 * SECOND);
    assert_eq!(
        w.instance_billable_seconds(&id),
        Some(60.0),
        "one-minute minimum"
    );
    w.advance(110 * SECOND);
    assert_eq!(w.instance_billable_seconds(&id), Some(120.0));
    // A reboot does not start a new period.
    w.reboot_instances(US, &ids(&id)).unwrap();
    w.advance(1);
    assert_eq!(w.instance(&id).unwrap().billing.periods, 1);
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.advance(HOUR);
    let stopped_seconds = w.instance_billable_seconds(&id).unwrap();
    assert!(
        (120.0..121.0).contains(&stopped_seconds),
        "not billed while stopped: {stopped_seconds}"
    );
    let lines = w.billing_now(US);
    let instance_line = lines.iter().find(|l| l.resource_id == id).unwrap();
    assert!(!instance_line.billed);
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let root_line = lines.iter().find(|l| l.resource_id == root).unwrap();
    assert!(
        root_line.billed,
        "EBS is billed while the instance is stopped"
    );
    let totals = w.billing_totals();
    assert!(totals.ebs_gib_hours > 8.0, "{totals:?}");
    // A new start: a new one-minute minimum.
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(1);
    w.advance(5 * SECOND);
    assert_eq!(w.instance(&id).unwrap().billing.periods, 2);
    assert!(w.instance_billable_seconds(&id).unwrap() >= stopped_seconds + 60.0);
}

#[test]
fn facts_1_1_hibernating_stopping_is_billed() {
    let mut w = world();
    let id = ebs_instance_in(&mut w, S::Running);
    w.stop_instances(US, &ids(&id), StopOptions::HIBERNATE)
        .unwrap();
    let line = w
        .billing_now(US)
        .into_iter()
        .find(|l| l.resource_id == id)
        .unwrap();
    assert!(line.billed, "{line:?}");
    let a = w.instance_billable_seconds(&id).unwrap();
    w.advance(20 * SECOND);
    assert!(w.instance_billable_seconds(&id).unwrap() > a);
    w.advance(5 * MINUTE);
    let b = w.instance_billable_seconds(&id).unwrap();
    w.advance(HOUR);
    assert_eq!(
        w.instance_billable_seconds(&id).unwrap(),
        b,
        "not billed while stopped"
    );
}

#[test]
fn every_api_action_is_logged_with_its_cli_equivalent() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    w.stop_instances(US, &ids(&id), StopOptions::FORCE).unwrap();
    let event = w.events().rev().find(|e| e.cli.is_some()).unwrap();
    assert_eq!(
        event.cli.as_deref(),
        Some(format!("aws ec2 stop-instances --instance-ids {id} --force").as_str())
    );
    let first = w.events().find(|e| e.cli.is_some()).unwrap();
    assert!(first
        .cli
        .as_deref()
        .unwrap()
        .starts_with("aws ec2 run-instances --image-id ami-0"));
    let seoul = w.allocate_address(SEOUL).unwrap();
    let last = w.events().next_back().unwrap();
    assert_eq!(
        last.cli.as_deref(),
        Some("aws ec2 allocate-address --domain vpc --region ap-northeast-2")
    );
    assert_eq!(last.resource_id, seoul.allocation_id);
}

#[test]
fn ids_and_ips_look_real_and_are_unique() {
    let mut w = world();
    let r = w
        .run_instances(
            &RunInstancesRequest::new(US, &al2023(), "t3.micro")
                .count(50)
                .in_az("us-east-1c"),
        )
        .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for id in &r.instance_ids {
        assert!(id.starts_with("i-0") && id.len() == 19, "{id}");
        let i = w.instance(id).unwrap();
        let private = i.private_ip.clone().unwrap();
        assert!(
            private.starts_with("172.31.3") || private.starts_with("172.31.4"),
            "{private}"
        );
        assert!(seen.insert(private));
        assert!(seen.insert(i.auto_public_ip.clone().unwrap()));
        assert!(seen.insert(id.clone()));
        assert!(seen.insert(i.root_volume_id().unwrap().to_string()));
    }
    assert!(r.reservation_id.starts_with("r-0"));
}

#[test]
fn same_seed_and_actions_give_the_same_world_and_serde_round_trips() {
    let script = |w: &mut World| {
        let id = running(w, "m5d.large");
        sh(w, &id, "echo hi > ~/a");
        let vol = w
            .create_volume(&CreateVolumeRequest {
                region: US.into(),
                availability_zone: "us-east-1a".into(),
                size: Some(3),
                ..Default::default()
            })
            .unwrap();
        w.advance(MINUTE);
        w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
        w.allocate_address(SEOUL).unwrap();
        w.stop_instances(US, &ids(&id), StopOptions::default())
            .unwrap();
        w.advance(3 * MINUTE);
    };
    let mut a = World::new(9);
    let mut b = World::new(9);
    script(&mut a);
    script(&mut b);
    assert_eq!(a.to_json(), b.to_json());
    let mut c = World::new(10);
    script(&mut c);
    assert_ne!(a.to_json(), c.to_json(), "another seed gives other IDs");
    let restored = World::from_json(&a.to_json()).unwrap();
    assert_eq!(restored, a);
    assert_eq!(restored.schema_version, SCHEMA_VERSION);
    // A restored world continues exactly like the original.
    let mut a2 = restored;
    a.allocate_address(US).unwrap();
    a2.allocate_address(US).unwrap();
    assert_eq!(a.to_json(), a2.to_json());
    // Other schema versions and garbage are refused.
    let old = a.to_json().replacen(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        "\"schema_version\":0",
        1,
    );
    assert!(World::from_json(&old)
        .unwrap_err()
        .contains("schema version 0"));
    assert!(World::from_json("not json").is_err());
}

#[test]
fn advance_processes_transitions_in_time_order() {
    let mut w = world();
    let a = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    let b = launch(
        &mut w,
        RunInstancesRequest::new(US, &ami("amzn-2018-s3"), "m3.medium"),
    );
    w.advance(HOUR);
    let times: Vec<u64> = w
        .events()
        .filter(|e| e.message.to_string().contains("pending → running"))
        .map(|e| e.time)
        .collect();
    assert_eq!(times.len(), 2);
    assert!(times[0] < times[1]);
    let order: Vec<&str> = w
        .events()
        .filter(|e| e.message.to_string().contains("pending → running"))
        .map(|e| e.resource_id.as_str())
        .collect();
    assert_eq!(order, vec![a.as_str(), b.as_str()]);
    assert_eq!(w.next_due_time(), None);
    // advance_until stops as soon as the condition holds.
    let c = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    let start = w.now();
    assert!(w.advance_until(10 * MINUTE, |w| w.instance(&c).unwrap().state == S::Running));
    assert!(w.now() - start <= 40 * SECOND);
}

#[test]
fn absurd_times_and_timings_do_not_overflow_or_hang() {
    use ec2_lab::sim::clock::{Span, MAX_SIM_TIME};
    let timings = Timings {
        pending_ebs: Span::new(0, u64::MAX),
        stopping: Span::new(u64::MAX, u64::MAX),
        ..Timings::default()
    };
    let mut w = World::with_timings(3, timings);
    let id = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    w.advance(u64::MAX);
    assert_eq!(w.now(), MAX_SIM_TIME);
    assert_eq!(state(&w, &id), S::Running);
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.schedule_retirement(US, &id, u64::MAX).unwrap();
    w.advance(u64::MAX);
    assert!(
        !w.advance_until(u64::MAX, |w| w.instance(&id).unwrap().state
            == S::Terminated)
    );
    let _ = w.to_json();
}

/// The Lab lists instances in launch order (not an EC2 rule: LaunchTime changes on every start,
/// facts 1.1, and IDs are random), so a new instance comes last and a stop and start move nothing.
#[test]
fn instances_are_listed_in_launch_order_which_a_start_does_not_change() {
    let mut w = world();
    let first = running(&mut w, "t3.micro");
    let mut pair = RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1a");
    pair.count = 2;
    let second_and_third = w.run_instances(&pair).unwrap().instance_ids;
    let fourth = running(&mut w, "t3.micro");
    let expected: Vec<String> = [vec![first.clone()], second_and_third, vec![fourth]].concat();
    let listed = |w: &World| -> Vec<String> {
        w.instances_in_launch_order()
            .iter()
            .map(|i| i.id.clone())
            .collect()
    };
    let mut by_id = expected.clone();
    by_id.sort();
    assert_ne!(
        by_id, expected,
        "this seed's IDs are not in launch order, so the test can tell"
    );
    assert_eq!(listed(&w), expected);

    w.stop_instances(US, &ids(&first), StopOptions::default())
        .unwrap();
    w.advance(10 * MINUTE);
    w.start_instances(US, &ids(&first)).unwrap();
    w.advance(10 * MINUTE);
    assert_eq!(
        listed(&w),
        expected,
        "a start changes LaunchTime, not the order"
    );

    let reloaded = World::from_json(&w.to_json()).unwrap();
    assert_eq!(listed(&reloaded), expected, "the order is saved");
}

/// Saves from before the order was kept load with every instance at 0: those keep ID order, and an
/// instance launched after loading comes after all of them.
#[test]
fn instances_from_an_older_save_keep_id_order_and_new_ones_come_after() {
    let mut w = world();
    for _ in 0..3 {
        running(&mut w, "t3.micro");
    }
    let mut saved: serde_json::Value = serde_json::from_str(&w.to_json()).unwrap();
    for instance in saved["instances"].as_object_mut().unwrap().values_mut() {
        instance.as_object_mut().unwrap().remove("launch_order");
    }
    let mut old = World::from_json(&saved.to_string()).unwrap();
    let mut by_id: Vec<String> = old.instances().map(|i| i.id.clone()).collect();
    by_id.sort();
    let newest = running(&mut old, "t3.micro");
    by_id.push(newest);
    let listed: Vec<String> = old
        .instances_in_launch_order()
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(listed, by_id);
}
