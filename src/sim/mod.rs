//! The simulation engine. Pure Rust: no yew, web-sys, gloo or js-sys import may appear under `src/sim/`.
pub mod catalog;
pub mod decode;
