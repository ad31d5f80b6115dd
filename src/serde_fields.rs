//! What the hand-written `Deserialize`s share (the saved event log, lesson blocks, quiz questions;
//! written by hand for the size of the WebAssembly module). Each reads an object into one struct of
//! optional fields, then its tag says which of them the value needs.

use serde::de;

/// A field the tag needs: its value, or serde's "missing field" error by its name.
pub fn need<T, E: de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}
