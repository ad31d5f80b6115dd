//! Shared helpers for the engine's integration tests (`tests/sim_*.rs`).
#![allow(dead_code)]

use ec2_lab::sim::ami::public_image_id;
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::instance::LifecycleState;
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::{RunInstancesRequest, World};

pub const US: &str = "us-east-1";
pub const SEOUL: &str = "ap-northeast-2";

pub fn world() -> World {
    World::new(42)
}

pub fn ami(key: &str) -> String {
    public_image_id(US, key).expect("known public image")
}

pub fn al2023() -> String {
    ami("al2023-x86_64")
}

pub fn ids(id: &str) -> Vec<String> {
    vec![id.to_string()]
}

/// Launches one instance and lets it reach `running`.
pub fn running(w: &mut World, instance_type: &str) -> String {
    let id = launch(
        w,
        RunInstancesRequest::new(US, &al2023(), instance_type).in_az("us-east-1a"),
    );
    w.advance(10 * MINUTE);
    assert_eq!(state(w, &id), LifecycleState::Running);
    id
}

pub fn launch(w: &mut World, request: RunInstancesRequest) -> String {
    w.run_instances(&request).expect("launch").instance_ids[0].clone()
}

pub fn state(w: &World, id: &str) -> LifecycleState {
    w.instance(id).expect("instance exists").state
}

/// An EBS-backed t3.micro (hibernation configured) in the given state.
pub fn ebs_instance_in(w: &mut World, wanted: LifecycleState) -> String {
    let request = RunInstancesRequest::new(US, &al2023(), "t3.micro")
        .in_az("us-east-1a")
        .hibernating("/dev/xvda");
    let id = launch(w, request);
    drive_to(w, &id, wanted);
    id
}

/// An instance-store-backed m3.medium in the given state (running, pending, shutting-down, terminated).
pub fn store_instance_in(w: &mut World, wanted: LifecycleState) -> String {
    let id = launch(
        w,
        RunInstancesRequest::new(US, &ami("amzn-2018-s3"), "m3.medium").in_az("us-east-1a"),
    );
    drive_to(w, &id, wanted);
    id
}

fn drive_to(w: &mut World, id: &str, wanted: LifecycleState) {
    use LifecycleState as S;
    if wanted == S::Pending {
        return;
    }
    w.advance(10 * MINUTE);
    match wanted {
        S::Running => {}
        S::Stopping | S::Stopped => {
            w.stop_instances(US, &ids(id), StopOptions::default())
                .unwrap();
            if wanted == S::Stopped {
                w.advance(10 * MINUTE);
            }
        }
        S::ShuttingDown | S::Terminated => {
            w.terminate_instances(US, &ids(id)).unwrap();
            if wanted == S::Terminated {
                w.advance(5 * MINUTE);
            }
        }
        S::Pending => {}
    }
    assert_eq!(state(w, id), wanted);
}

/// Runs a guest command, asserting it succeeded, and returns stdout.
pub fn sh(w: &mut World, id: &str, line: &str) -> String {
    let out = w.guest_exec(US, id, line).expect("instance exists");
    assert_eq!(
        out.exit_code, 0,
        "`{line}` failed: {}{}",
        out.stdout, out.stderr
    );
    out.stdout
}
