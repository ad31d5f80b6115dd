//! EC2 Lab: a faithful EC2 simulator (`sim`, pure Rust) and the Yew app around it.

pub mod sim;

pub fn start() {}
