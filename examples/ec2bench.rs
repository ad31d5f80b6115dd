//! Engine timings: `cargo run --release --example ec2bench`.
//!
//! Prints engine actions per second, CLI lines per second, and the cost of `describe-instances`,
//! `advance` and saving the world with 1,000 instances. (Wall-clock time is measured here, in the
//! benchmark; the engine itself never reads a clock.)

use std::time::Instant;

use ec2_lab::sim::ami::public_image_id;
use ec2_lab::sim::cli;
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::{RunInstancesRequest, World};

fn per_second(count: usize, seconds: f64) -> String {
    format!("{:.0}/s", count as f64 / seconds)
}

fn main() {
    let us = "us-east-1";
    let ami = public_image_id(us, "al2023-x86_64").expect("public AMI");

    // 1. Engine actions: launch, run, stop, start, reboot, terminate, with the clock moving.
    let mut w = World::new(1);
    let t = Instant::now();
    let mut actions = 0usize;
    for round in 0..2_000 {
        let id = w
            .run_instances(&RunInstancesRequest::new(us, &ami, "t3.micro"))
            .expect("launch")
            .instance_ids[0]
            .clone();
        w.advance(MINUTE);
        let ids = vec![id.clone()];
        let _ = w.stop_instances(us, &ids, StopOptions::default());
        w.advance(MINUTE);
        let _ = w.start_instances(us, &ids);
        w.advance(MINUTE);
        let _ = w.reboot_instances(us, &ids);
        let _ = w.guest_exec(us, &id, &format!("echo {round} > ~/n.txt"));
        let _ = w.terminate_instances(us, &ids);
        w.advance(MINUTE);
        actions += 10;
    }
    let engine = t.elapsed().as_secs_f64();
    println!(
        "engine: {actions} actions (launch, stop, start, reboot, guest write, terminate, 4 × advance) in {engine:.3} s = {}",
        per_second(actions, engine)
    );

    // 2. CLI lines.
    let mut w = World::new(2);
    let lines = [
        format!("aws ec2 run-instances --image-id {ami} --instance-type t3.micro --query Instances[0].InstanceId"),
        "clock advance 1m".to_string(),
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'length(Reservations)'".to_string(),
        "aws ec2 create-volume --availability-zone us-east-1a --size 1".to_string(),
        "aws ec2 describe-volumes --query 'length(Volumes)'".to_string(),
    ];
    let t = Instant::now();
    let mut count = 0;
    for _ in 0..400 {
        for line in &lines {
            let _ = cli::execute(&mut w, line);
            count += 1;
        }
    }
    let cli_time = t.elapsed().as_secs_f64();
    println!(
        "cli: {count} lines (run-instances, clock, describe-instances with up to 400 instances, create-volume, describe-volumes) in {cli_time:.3} s = {}",
        per_second(count, cli_time)
    );

    // 3. A world with 1,000 instances.
    let mut w = World::new(3);
    let t = Instant::now();
    for _ in 0..10 {
        w.run_instances(&RunInstancesRequest::new(us, &ami, "t3.micro").count(100))
            .expect("launch 100");
    }
    let launch = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let transitions = w.advance(10 * MINUTE);
    let advance = t.elapsed().as_secs_f64();
    println!(
        "1,000 instances: launched in {:.1} ms; advance to all running ({transitions} transitions) {:.1} ms",
        launch * 1e3,
        advance * 1e3
    );
    let runs = 20;
    let t = Instant::now();
    let mut bytes = 0;
    for _ in 0..runs {
        bytes = cli::execute(&mut w, "aws ec2 describe-instances")
            .stdout
            .len();
    }
    let describe = t.elapsed().as_secs_f64() / runs as f64;
    println!(
        "describe-instances with 1,000 instances: {:.1} ms per call (JSON {:.1} MB)",
        describe * 1e3,
        bytes as f64 / 1e6
    );
    let t = Instant::now();
    for _ in 0..runs {
        let _ = cli::execute(
            &mut w,
            "aws ec2 describe-instances --query 'length(Reservations[].Instances[])'",
        );
    }
    println!(
        "describe-instances with 1,000 instances and --query: {:.1} ms per call",
        t.elapsed().as_secs_f64() / runs as f64 * 1e3
    );
    let t = Instant::now();
    let mut phases = 0;
    for _ in 0..runs {
        phases += w.instances().filter_map(|i| w.phase(&i.id)).count();
    }
    println!(
        "phase() of 1,000 instances (the diagram/list refresh): {:.3} ms per refresh ({phases} calls)",
        t.elapsed().as_secs_f64() / runs as f64 * 1e3
    );
    // What the Lab pays when it copies the world on an action (the store's reducer).
    let t = Instant::now();
    let copies = 20;
    for _ in 0..copies {
        std::hint::black_box(w.clone());
    }
    println!(
        "clone the 1,000-instance world: {:.2} ms",
        t.elapsed().as_secs_f64() * 1e3 / f64::from(copies)
    );
    let json = w.to_json();
    let save = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let restored = World::from_json(&json).expect("round trip");
    let load = t.elapsed().as_secs_f64();
    assert_eq!(restored.instances().count(), 1_000);
    println!(
        "save/load the 1,000-instance world: {:.1} MB, to_json {:.1} ms, from_json {:.1} ms",
        json.len() as f64 / 1e6,
        save * 1e3,
        load * 1e3
    );
}
