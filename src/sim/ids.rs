//! Deterministic randomness: resource IDs, private and public IPv4 addresses, jittered durations.
//!
//! The PRNG is hand-written (splitmix64) instead of using the `rand` crate because it must
//! (1) serialize with the world, so a saved world continues with the same sequence, (2) give the
//! same numbers on every platform and compiler version (wasm and native), and (3) add nothing to
//! the wasm bundle. splitmix64 is tiny, well studied and good enough for IDs and jitter.

use serde::{Deserialize, Serialize};

use super::clock::Span;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// splitmix64 (Steele, Lea, Flood 2014).
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0). The modulo bias is irrelevant at these sizes.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// A duration in the span, inclusive.
    pub fn span(&mut self, span: Span) -> u64 {
        let (lo, hi) = if span.min_ms <= span.max_ms {
            (span.min_ms, span.max_ms)
        } else {
            (span.max_ms, span.min_ms)
        };
        lo + self.below((hi - lo).saturating_add(1))
    }

    /// `len` lowercase hex digits.
    pub fn hex(&mut self, len: usize) -> String {
        let mut out = String::with_capacity(len);
        while out.len() < len {
            let word = self.next_u64();
            for shift in (0..16).rev() {
                if out.len() == len {
                    break;
                }
                let nibble = ((word >> (shift * 4)) & 0xF) as u32;
                out.push(std::char::from_digit(nibble, 16).unwrap_or('0'));
            }
        }
        out
    }

    /// A resource ID shaped like AWS's current long IDs: prefix, dash, 17 hex digits starting with 0
    /// (`i-0c088d9ce75cffddc`, `vol-0a6a2a9e8db047a21`).
    pub fn resource_id(&mut self, prefix: &str) -> String {
        format!("{prefix}-0{}", self.hex(16))
    }
}

/// A fixed ID for things that exist before any seed matters (AWS-provided AMIs and their
/// snapshots, default VPCs and subnets): FNV-1a of a name, so they are the same in every world,
/// just as a real public AMI ID is the same for every account in a region.
pub fn stable_id(prefix: &str, name: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    let mut rng = Rng::new(hash);
    rng.resource_id(prefix)
}

/// Dotted quad.
pub fn ipv4(a: u8, b: u8, c: u8, d: u8) -> String {
    format!("{a}.{b}.{c}.{d}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_ids_look_real() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let ida = a.resource_id("i");
        assert_eq!(ida, b.resource_id("i"));
        assert_eq!(ida.len(), 2 + 17);
        assert!(ida.starts_with("i-0"));
        assert!(ida[2..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_ne!(a.resource_id("vol"), ida);
    }

    #[test]
    fn span_stays_in_range() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let v = rng.span(Span::new(20, 40));
            assert!((20..=40).contains(&v));
        }
        assert_eq!(rng.span(Span::fixed(5)), 5);
    }

    #[test]
    fn stable_ids_do_not_depend_on_any_seed() {
        assert_eq!(stable_id("ami", "x"), stable_id("ami", "x"));
        assert_ne!(stable_id("ami", "x"), stable_id("ami", "y"));
    }
}
