//! The simulation engine. Pure Rust: no yew, web-sys, gloo or js-sys import may appear under `src/sim/`.
//!
//! Where to find things:
//! - `world` — the `World` (regions, resources, clock, PRNG, event log), lookups and `advance`;
//! - `lifecycle` — the instance state machine: legal actions, exact errors, what persists;
//! - `launch` — RunInstances; `storage` — EBS volumes and snapshots; `ami` — images;
//! - `address` — Elastic IPs; `billing` — usage counters; `survival` — the survival matrix;
//! - `guest` — the OS inside an instance (devices, mounts, RAM, shell); `osimage` — OS files and
//!   packages; `filesystem` — per-volume files with a byte budget;
//! - `instance`, `region`, `clock`, `ids`, `error`, `events`, `command_output` — the shared
//!   vocabulary;
//! - `cli` — the AWS CLI interpreter (`cli::execute`, `cli::complete`) used by the console and
//!   `ec2sh`;
//! - `catalog`, `decode` — the instance-type catalogue (maintained separately).
//!
//! The API the UI calls, in short:
//! - build: `World::new(seed)`, `World::with_timings(seed, Timings)`, `to_json`/`from_json`;
//! - time: `advance(ms)`, `advance_to_next(max)`, `advance_until(max, cond)`, `next_due_time()`;
//! - instances: `run_instances(&RunInstancesRequest)`, `start_instances`, `stop_instances(…,
//!   StopOptions)`, `reboot_instances`, `terminate_instances`, `modify_instance_type`,
//!   `set_termination_protection`, `set_stop_protection`, `set_shutdown_behavior`,
//!   `schedule_retirement`;
//! - diagram: `check(region, id, InstanceAction)` → the effect or the exact error,
//!   `available_actions(region, id)`, `phase(id)` → `PhaseView` (phase, progress 0..1);
//! - storage: `create_volume`, `attach_volume`, `detach_volume`, `delete_volume`,
//!   `set_delete_on_termination`, `create_snapshot`, `delete_snapshot`;
//! - images: `create_image`, `copy_image`, `deregister_image`, `image_lineage`,
//!   `ami::public_image_id(region, key)`;
//! - addresses: `allocate_address`, `associate_address`, `disassociate_address`,
//!   `release_address`, `public_ip(&instance)`;
//! - guest: `guest_exec(region, id, line)` → stdout/stderr/exit code;
//! - survival: `survival(id)`, `survival_after(&before)`, `survival::compare(…, action)`;
//! - billing: `billing_now(region)`, `billing_totals()`, `instance_billable_seconds(id)`;
//! - reading: `instance(id)`, `instances()`, `volumes()`, `snapshots()`, `images()`,
//!   `addresses()`, `events()`, `event_log().since(seq)`.
pub mod catalog;
pub mod decode;

pub mod address;
pub mod ami;
pub mod billing;
pub mod cli;
pub mod clock;
pub mod command_output;
pub mod error;
pub mod event_message;
pub mod events;
pub mod filesystem;
pub mod guest;
pub mod ids;
pub mod instance;
pub mod launch;
pub mod lifecycle;
pub mod osimage;
pub mod region;
pub mod storage;
pub mod survival;
pub mod world;

pub use error::{ApiError, ApiResult};
pub use instance::{DisplayPhase, Instance, LifecycleState, PhaseView};
pub use launch::{BlockDeviceMappingSpec, EbsSpec, Reservation, RunInstancesRequest};
pub use lifecycle::{Effect, InstanceAction, StateChange, StopOptions};
pub use world::World;
