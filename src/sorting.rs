//! Stable sorting with one copy of the sorting code in the WebAssembly module.
//!
//! Every `slice::sort_by` / `sort_by_key` / `sort` call site with a different element type or
//! closure gets its own monomorphised copy of the standard library's driftsort, about 3.5 KB of
//! WebAssembly each (there were two dozen). These functions sort a list of positions instead, with
//! a `dyn` comparison, so the sorting code exists once; what remains per call site is a small
//! closure and the swaps that put the elements in order. The order is exactly the standard stable
//! sort's: equal elements keep their relative order. For the same reason B-trees are built by
//! insertion ([`map_of`], [`set_of`]) rather than `collect`, which sorts a `Vec` first.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Like `items.sort_by(compare)`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Like `items.sort_by_key(key)`: the key is computed twice per comparison, as there.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Like `items.sort_by_cached_key(key)`: each key is computed once.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_positions(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Like `items.sort()`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Like `entries.collect::<BTreeMap<_, _>>()` (the last value of a repeated key is kept), without
/// the stable sort of a `Vec` of the entries that `collect` into a B-tree does first: entries are
/// inserted one by one instead.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

/// Like `items.collect::<BTreeSet<_>>()`, without its sort (see [`map_of`]).
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The positions `0..len` in the order `compare` puts the elements at those positions in (stable).
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges so that position `i` holds the element that was at `order[i]`, by swaps along each
/// cycle of the permutation.
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            if from == DONE {
                break;
            }
            order[at] = DONE;
            if from == start {
                break;
            }
            // Position `at` takes the element that was at `from`; `from` now holds the element
            // that began this cycle at `start`, which travels on until its own place.
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_their_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')];
        sort_by_key(&mut items, |&(n, _)| n);
        assert_eq!(
            items,
            vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c'), (3, 'f')]
        );
        let mut words = vec!["pear", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    proptest! {
        #[test]
        fn the_order_is_the_standard_stable_sorts(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            prop_assert_eq!(&ours, &expected);
            let mut expected = items.clone();
            expected.sort_by(|a, b| b.cmp(a));
            let mut ours = items;
            sort_by(&mut ours, |a, b| b.cmp(a));
            prop_assert_eq!(&ours, &expected);
            let mut cached = ours.clone();
            cached.reverse();
            let mut expected = cached.clone();
            expected.sort_by_cached_key(|&(k, _)| k);
            sort_by_cached_key(&mut cached, |&(k, _)| k);
            prop_assert_eq!(&cached, &expected);
            let pairs = cached.iter().map(|&(k, v)| (k, v));
            prop_assert_eq!(map_of(pairs.clone()), pairs.clone().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(set_of(pairs.clone()), pairs.collect::<BTreeSet<_>>());
        }
    }
}
