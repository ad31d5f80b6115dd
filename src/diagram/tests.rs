//! For each state an instance can be in, which diagram edges are enabled and which node is lit.

use super::*;
use crate::sim::ami::public_image_id;
use crate::sim::{LifecycleState, RunInstancesRequest, StopOptions};

const REGION: &str = "us-east-1";

fn launch(world: &mut World, hibernation: bool) -> String {
    let image = public_image_id(REGION, "al2023-x86_64").unwrap();
    let mut request = RunInstancesRequest::new(REGION, &image, "m5.large");
    if hibernation {
        request = request.hibernating("/dev/xvda");
    }
    world.run_instances(&request).unwrap().instance_ids[0].clone()
}

fn finish(world: &mut World) {
    while world.advance_to_next(5 * 60 * 1000) {}
}

/// The enabled action edges as (from, action) pairs.
fn enabled(world: &World, id: &str) -> Vec<(Node, InstanceAction)> {
    let instance = world.instance(id).unwrap();
    edges_for(Some(instance))
        .filter(|e| edge_status(world, instance, *e).is_ok())
        .filter_map(|e| match e.trigger {
            Trigger::Action(a) => Some((e.from, a)),
            Trigger::Time => None,
        })
        .collect()
}

fn lit(world: &World, id: &str) -> Node {
    Node::of_phase(world.instance(id).unwrap().phase(world.now()).phase)
}

#[test]
fn facts_1_2_edges_enabled_in_each_state() {
    let mut world = World::new(7);
    let id = launch(&mut world, true);
    let ids = vec![id.clone()];

    // pending: nothing to click; ec2-facts 1.2 recommends refusing stop from pending.
    assert_eq!(lit(&world, &id), Node::Pending);
    assert_eq!(enabled(&world, &id), vec![]);

    finish(&mut world);
    assert_eq!(lit(&world, &id), Node::Running);
    assert_eq!(
        enabled(&world, &id),
        vec![
            (Node::Running, InstanceAction::Reboot),
            (Node::Running, InstanceAction::Stop),
            (Node::Running, InstanceAction::Hibernate),
            (Node::Running, InstanceAction::Terminate),
        ]
    );

    world.reboot_instances(REGION, &ids).unwrap();
    assert_eq!(lit(&world, &id), Node::Rebooting);
    finish(&mut world);

    world
        .stop_instances(REGION, &ids, StopOptions::default())
        .unwrap();
    assert_eq!(lit(&world, &id), Node::Stopping);
    assert_eq!(
        enabled(&world, &id),
        vec![(Node::Stopping, InstanceAction::ForceStop)]
    );

    finish(&mut world);
    assert_eq!(lit(&world, &id), Node::Stopped);
    assert_eq!(
        enabled(&world, &id),
        vec![
            (Node::Stopped, InstanceAction::Start),
            (Node::Stopped, InstanceAction::Terminate),
        ]
    );

    world.terminate_instances(REGION, &ids).unwrap();
    assert_eq!(lit(&world, &id), Node::ShuttingDown);
    assert_eq!(enabled(&world, &id), vec![]);
    finish(&mut world);
    assert_eq!(lit(&world, &id), Node::Terminated);
    assert_eq!(enabled(&world, &id), vec![]);
}

/// ec2-facts 1.3: Start while stopping is refused with the real error, and the diagram says so.
#[test]
fn facts_1_3_start_while_stopping_shows_the_real_error() {
    let mut world = World::new(7);
    let id = launch(&mut world, false);
    finish(&mut world);
    world
        .stop_instances(REGION, std::slice::from_ref(&id), StopOptions::default())
        .unwrap();
    let instance = world.instance(&id).unwrap();
    assert_eq!(instance.state, LifecycleState::Stopping);
    let start = action(Node::Stopped, Node::Pending, InstanceAction::Start);
    match edge_status(&world, instance, start) {
        Err(Unavailable::Refused(e)) => {
            assert_eq!(e.code, "IncorrectInstanceState");
            assert_eq!(
                e.message,
                format!("The instance '{id}' is not in a state from which it can be started.")
            );
        }
        other => panic!("expected the real refusal, got {other:?}"),
    }
}

/// ec2-facts 1.2: hibernation is enabled at launch only; the diagram draws it only then.
#[test]
fn hibernate_edge_appears_only_for_instances_launched_with_it() {
    let mut world = World::new(7);
    let plain = launch(&mut world, false);
    let hibernating = launch(&mut world, true);
    let has_hibernate = |id: &str| {
        edges_for(world.instance(id))
            .any(|e| e.trigger == Trigger::Action(InstanceAction::Hibernate))
    };
    assert!(!has_hibernate(&plain));
    assert!(has_hibernate(&hibernating));
}

#[test]
fn every_edge_has_a_path_and_connects_two_different_nodes() {
    for edge in EDGES {
        assert_ne!(edge.from, edge.to);
        assert!(!edge.geometry().0.is_empty(), "{edge:?} has no path");
    }
    for node in Node::ALL {
        assert!(
            EDGES.iter().any(|e| e.from == node || e.to == node),
            "{node:?} is not connected"
        );
    }
}

#[test]
fn reached_and_transitional_states_are_grouped_as_in_the_notes() {
    let reached: Vec<_> = Node::ALL.into_iter().filter(|n| n.is_reached()).collect();
    assert_eq!(
        reached,
        vec![Node::Running, Node::Stopped, Node::Terminated]
    );
}
