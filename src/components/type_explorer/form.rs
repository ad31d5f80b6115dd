//! The explorer's filter form as the learner typed it, and its translation into the catalogue's
//! `TypeFilter`. Pure, so every field's parsing and error is tested natively.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Text;
use crate::sim::catalog::{self, Category, InstanceTypeInfo, Manufacturer, TypeFilter};
use crate::sim::decode::Size;

/// A yes/no filter that can also be left open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tri {
    #[default]
    Any,
    Yes,
    No,
}

impl Tri {
    pub const ALL: [Tri; 3] = [Tri::Any, Tri::Yes, Tri::No];

    pub fn value(self) -> &'static str {
        match self {
            Tri::Any => "",
            Tri::Yes => "yes",
            Tri::No => "no",
        }
    }

    pub fn parse(value: &str) -> Tri {
        match value {
            "yes" => Tri::Yes,
            "no" => Tri::No,
            _ => Tri::Any,
        }
    }

    pub fn label(self) -> Text {
        match self {
            Tri::Any => Text::FilterAny,
            Tri::Yes => Text::FilterYes,
            Tri::No => Text::FilterNo,
        }
    }

    fn wanted(self) -> Option<bool> {
        match self {
            Tri::Any => None,
            Tri::Yes => Some(true),
            Tri::No => Some(false),
        }
    }
}

/// The fields exactly as typed or chosen; numbers stay text until they are read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterForm {
    pub text: String,
    pub category: Option<Category>,
    pub family: String,
    pub manufacturer: Option<Manufacturer>,
    pub min_vcpus: String,
    pub max_vcpus: String,
    pub min_memory_gib: String,
    pub max_memory_gib: String,
    pub instance_store: Tri,
    pub burstable: Tri,
    pub current_generation: Tri,
}

/// A number field the form could not read; the field keeps the learner's text and says what it wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberField {
    MinVcpus,
    MaxVcpus,
    MinMemory,
    MaxMemory,
}

impl FilterForm {
    /// The catalogue filter, and the number fields that could not be read (those filter nothing).
    pub fn to_filter(&self) -> (TypeFilter, Vec<NumberField>) {
        let mut invalid = Vec::new();
        let mut whole = |text: &str, field| {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            text.parse::<u32>().ok().or_else(|| {
                invalid.push(field);
                None
            })
        };
        let min_vcpus = whole(&self.min_vcpus, NumberField::MinVcpus);
        let max_vcpus = whole(&self.max_vcpus, NumberField::MaxVcpus);
        let mut gib = |text: &str, field| {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            match text.parse::<f64>() {
                Ok(g) if (0.0..1e9).contains(&g) => Some((g * 1024.0).round() as u64),
                _ => {
                    invalid.push(field);
                    None
                }
            }
        };
        let min_memory_mib = gib(&self.min_memory_gib, NumberField::MinMemory);
        let max_memory_mib = gib(&self.max_memory_gib, NumberField::MaxMemory);
        let family = self.family.trim().to_lowercase();
        let filter = TypeFilter {
            text: self.text.clone(),
            category: self.category,
            family: (!family.is_empty()).then_some(family),
            manufacturer: self.manufacturer,
            min_vcpus,
            max_vcpus,
            min_memory_mib,
            max_memory_mib,
            instance_store: self.instance_store.wanted(),
            burstable: self.burstable.wanted(),
            current_generation: self.current_generation.wanted(),
            ..TypeFilter::default()
        };
        (filter, invalid)
    }
}

/// The columns the table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    Vcpus,
    Memory,
    InstanceStore,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// Clicking the sorted column flips it; clicking another sorts by it, ascending.
    pub fn toggled(self, key: SortKey) -> Sort {
        Sort {
            key,
            descending: self.key == key && !self.descending,
        }
    }

    /// Sorts in place; ties fall back to name order, so the table never jumps about. Each type's place
    /// in name order is looked up once per sort, not worked out again in every comparison (that was
    /// most of a keystroke's time in the filter).
    pub fn apply(self, types: &mut [&InstanceTypeInfo]) {
        let ranks = natural_ranks();
        let mut ranked: Vec<(u32, &InstanceTypeInfo)> = types
            .iter()
            .map(|t| (ranks.get(t.name.as_str()).copied().unwrap_or(u32::MAX), *t))
            .collect();
        crate::sorting::sort_by(&mut ranked, |(rank_a, a), (rank_b, b)| {
            let by_key = match self.key {
                SortKey::Name => Ordering::Equal,
                SortKey::Vcpus => a.vcpus.cmp(&b.vcpus),
                SortKey::Memory => a.memory_mib.cmp(&b.memory_mib),
                SortKey::InstanceStore => store_gb(a).cmp(&store_gb(b)),
            };
            let by_key = if self.descending {
                by_key.reverse()
            } else {
                by_key
            };
            // Types outside the catalogue (none in the app) share the last rank: compare names.
            let by_name = rank_a
                .cmp(rank_b)
                .then_with(|| natural_name_order(&a.name, &b.name));
            by_key.then(if self.key == SortKey::Name && self.descending {
                by_name.reverse()
            } else {
                by_name
            })
        });
        for (slot, (_, t)) in types.iter_mut().zip(ranked) {
            *slot = t;
        }
    }
}

/// Every catalogue type's place in natural name order, computed once.
fn natural_ranks() -> &'static HashMap<&'static str, u32> {
    static RANKS: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    RANKS.get_or_init(|| {
        let mut names: Vec<&'static str> = catalog::all().iter().map(|t| t.name.as_str()).collect();
        crate::sorting::sort_by(&mut names, |a, b| natural_name_order(a, b));
        names
            .into_iter()
            .enumerate()
            .map(|(rank, name)| (name, rank as u32))
            .collect()
    })
}

fn store_gb(t: &InstanceTypeInfo) -> u64 {
    t.instance_store.as_ref().map_or(0, |s| s.total_gb)
}

/// Name order as a person expects it: by family, then by size up the ladder (`m5.large`,
/// `m5.2xlarge`, `m5.12xlarge`, `m5.metal`), not alphabetically.
fn natural_name_order(a: &str, b: &str) -> Ordering {
    let key = |name: &str| {
        let (family, size) = name.split_once('.').unwrap_or((name, ""));
        let rung = Size::parse(size).map_or((u8::MAX, 0), Size::order_key);
        (family.to_owned(), rung, size.to_owned())
    };
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::catalog;

    #[test]
    fn an_empty_form_lets_every_type_through() {
        let (filter, invalid) = FilterForm::default().to_filter();
        assert!(invalid.is_empty());
        assert_eq!(filter.apply().len(), catalog::all().len());
    }

    /// ec2-facts 2.4: 579 types have instance store.
    #[test]
    fn instance_store_yes_gives_the_real_count() {
        let form = FilterForm {
            instance_store: Tri::Yes,
            ..FilterForm::default()
        };
        assert_eq!(form.to_filter().0.apply().len(), 579);
    }

    #[test]
    fn numbers_are_read_and_bad_numbers_are_reported_not_applied() {
        let form = FilterForm {
            min_vcpus: " 4 ".into(),
            max_vcpus: "four".into(),
            min_memory_gib: "0.5".into(),
            max_memory_gib: "-1".into(),
            ..FilterForm::default()
        };
        let (filter, invalid) = form.to_filter();
        assert_eq!(filter.min_vcpus, Some(4));
        assert_eq!(filter.max_vcpus, None);
        assert_eq!(filter.min_memory_mib, Some(512));
        assert_eq!(filter.max_memory_mib, None);
        assert_eq!(invalid, vec![NumberField::MaxVcpus, NumberField::MaxMemory]);
    }

    #[test]
    fn family_is_matched_whatever_the_case() {
        let form = FilterForm {
            family: " M5D ".into(),
            ..FilterForm::default()
        };
        let types = form.to_filter().0.apply();
        assert!(!types.is_empty());
        assert!(types.iter().all(|t| t.family() == "m5d"));
    }

    #[test]
    fn sorting_by_memory_descending_puts_the_largest_first() {
        let mut types: Vec<_> = catalog::all().iter().collect();
        Sort::default()
            .toggled(SortKey::Memory)
            .toggled(SortKey::Memory)
            .apply(&mut types);
        let max = catalog::all().iter().map(|t| t.memory_mib).max().unwrap();
        assert_eq!(types[0].memory_mib, max);
        assert!(types.windows(2).all(|w| w[0].memory_mib >= w[1].memory_mib));
    }

    #[test]
    fn names_sort_naturally() {
        let mut types = vec![
            catalog::lookup("m5.12xlarge").unwrap(),
            catalog::lookup("m5.2xlarge").unwrap(),
            catalog::lookup("m5.large").unwrap(),
            catalog::lookup("m5.metal").unwrap(),
            catalog::lookup("m5.xlarge").unwrap(),
        ];
        Sort::default().apply(&mut types);
        let names: Vec<_> = types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "m5.large",
                "m5.xlarge",
                "m5.2xlarge",
                "m5.12xlarge",
                "m5.metal"
            ]
        );
    }

    #[test]
    fn clicking_a_sorted_column_flips_it() {
        let sort = Sort::default().toggled(SortKey::Vcpus);
        assert_eq!((sort.key, sort.descending), (SortKey::Vcpus, false));
        assert!(sort.toggled(SortKey::Vcpus).descending);
        assert!(!sort.toggled(SortKey::Memory).descending);
    }
}
