//! The simulation engine. Pure Rust: no yew, web-sys, gloo or js-sys import may appear under `src/sim/`.
//!
//! Where to find things:
//! - `world` — the `World` (regions, resources, clock, PRNG, event log), lookups and `advance`;
//! - `lifecycle` — the instance state machine: legal actions, exact errors, what persists;
//! - `launch` — RunInstances; `storage` — EBS volumes and snapshots; `ami` — images;
//! - `address` — Elastic IPs; `billing` — usage counters; `survival` — the survival matrix;
//! - `guest` — the OS inside an instance (devices, mounts, RAM, shell); `osimage` — OS files and
//!   packages; `filesystem` — per-volume files with a byte budget;
//! - `instance`, `region`, `clock`, `ids`, `error`, `events` — the shared vocabulary;
//! - `catalog`, `decode` — the instance-type catalogue (maintained separately).
pub mod catalog;
pub mod decode;

pub mod address;
pub mod ami;
pub mod billing;
pub mod cli;
pub mod clock;
pub mod error;
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
