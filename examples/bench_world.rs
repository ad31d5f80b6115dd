//! Writes a saved world with N running instances, for the benchmark's interaction-latency runs:
//! `cargo run --release --example bench_world -- 500 target/bench/world-500.json`.
//! The page under test loads it from localStorage exactly as it loads a learner's saved world.

use ec2_lab::sim::ami::public_image_id;
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::{RunInstancesRequest, World};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: bench_world COUNT OUT.json");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("COUNT is a number");
    let region = "us-east-1";
    let ami = public_image_id(region, "al2023-x86_64").expect("public AMI");
    let mut world = World::new(7);
    for n in 0..count {
        let request =
            RunInstancesRequest::new(region, &ami, "t3.micro").named(&format!("bench-{n}"));
        world.run_instances(&request).expect("launch");
    }
    // Everything running, as a learner's busy world would be.
    world.advance(5 * MINUTE);
    std::fs::write(&path, world.to_json()).expect("write the world");
}
