//! The instance-type catalogue (ec2-facts 2.3, 2.4) and the explorer's filters (issue 5).

use std::time::Instant;

use ec2_lab::sim::catalog::{
    self, Architecture, Category, DiskKind, Hypervisor, InstanceStoreDisk, InstanceTypeInfo,
    Manufacturer, NvmeSupport, TypeFilter,
};
use ec2_lab::sim::decode::size_ladder;

fn get(name: &str) -> &'static InstanceTypeInfo {
    catalog::lookup(name).unwrap_or_else(|| panic!("{name} is in the catalogue"))
}

fn count(filter: TypeFilter) -> usize {
    catalog::filter(&filter).len()
}

#[test]
fn ec2_facts_2_4_counts() {
    let all = catalog::all();
    assert_eq!(all.len(), 1395);
    let count_where = |f: &dyn Fn(&InstanceTypeInfo) -> bool| all.iter().filter(|t| f(t)).count();
    assert_eq!(count_where(&|t| t.has_instance_store()), 579);
    assert_eq!(count_where(&|t| t.hibernation_supported), 584);
    assert_eq!(count_where(&|t| !t.current_generation), 136);
    assert_eq!(count_where(&|t| t.supports_instance_store_root), 33);
    assert_eq!(count_where(&|t| t.bare_metal), 154);
    assert_eq!(count_where(&|t| t.gpus > 0.0), 65);
    assert_eq!(
        count_where(&|t| t.hypervisor == Some(Hypervisor::Nitro)),
        1167
    );
    assert_eq!(count_where(&|t| t.hypervisor == Some(Hypervisor::Xen)), 74);
    assert_eq!(
        count_where(&|t| t.instance_store.as_ref().is_some_and(|s| s.has_hdd())),
        27
    );
    assert_eq!(catalog::families().len(), 189);
}

#[test]
fn ec2_facts_2_4_architecture_counts() {
    let with = |archs: &[Architecture]| {
        catalog::all()
            .iter()
            .filter(|t| t.architectures == archs)
            .count()
    };
    assert_eq!(with(&[Architecture::X86_64]), 959);
    assert_eq!(with(&[Architecture::Arm64]), 418);
    assert_eq!(with(&[Architecture::I386, Architecture::X86_64]), 9);
    assert_eq!(with(&[Architecture::Arm64Mac]), 8);
    assert_eq!(with(&[Architecture::X86_64Mac]), 1);
}

#[test]
fn ec2_facts_2_4_bare_metal_has_no_hypervisor() {
    for t in catalog::all() {
        assert_eq!(t.bare_metal, t.hypervisor.is_none(), "{}", t.name);
    }
}

#[test]
fn ec2_facts_2_4_sample_t2_micro() {
    let t = get("t2.micro");
    assert_eq!(t.vcpus, 1);
    assert_eq!(t.memory_mib, 1024);
    assert_eq!(t.instance_store, None);
    assert_eq!(t.hypervisor, Some(Hypervisor::Xen));
    assert_eq!(
        t.architectures,
        vec![Architecture::I386, Architecture::X86_64]
    );
    assert!(t.burstable && t.current_generation && t.hibernation_supported);
    assert!(!t.bare_metal);
    assert_eq!(t.network_performance, "Low to Moderate");
    assert!(t.supports_ebs_root && !t.supports_instance_store_root);
    assert!(!t.ebs_nvme);
    assert_eq!(t.ebs_nvme_support, NvmeSupport::Unsupported);
    assert_eq!(t.manufacturer, Manufacturer::Intel);
    assert_eq!(t.sustained_clock_ghz, Some(2.5));
    assert_eq!(t.gpus, 0.0);
    assert_eq!(t.category(), Some(Category::GeneralPurpose));
    assert_eq!(t.family(), "t2");
    assert_eq!(t.size(), "micro");
    assert_eq!(get("t2.nano").memory_mib, 512);
}

#[test]
fn ec2_facts_2_3_m5d_large_has_one_75_gb_nvme_ssd() {
    let t = get("m5d.large");
    let store = t.instance_store.as_ref().expect("m5d has instance store");
    assert_eq!(
        store.disks,
        vec![InstanceStoreDisk {
            count: 1,
            size_gb: 75,
            kind: DiskKind::Ssd
        }]
    );
    assert_eq!(store.total_gb, 75);
    assert!(store.nvme);
    assert_eq!((t.vcpus, t.memory_mib), (2, 8192));
    assert_eq!(t.network_performance, "Up to 10 Gigabit");
    assert!(t.ebs_nvme);
    assert_eq!(t.sustained_clock_ghz, Some(3.1));
}

#[test]
fn ec2_facts_2_3_example_sizes() {
    let disks = |name: &str| {
        let store = get(name)
            .instance_store
            .clone()
            .expect("has instance store");
        let d = store.disks[0];
        (store.disks.len(), d.count, d.size_gb, d.kind)
    };
    assert_eq!(disks("i3.large"), (1, 1, 475, DiskKind::Ssd));
    assert_eq!(disks("i3.16xlarge"), (1, 8, 1900, DiskKind::Ssd));
    assert_eq!(disks("m5d.24xlarge"), (1, 4, 900, DiskKind::Ssd));
    assert_eq!(disks("c5d.large"), (1, 1, 50, DiskKind::Ssd));
    assert_eq!(disks("i4i.large"), (1, 1, 468, DiskKind::Ssd));
    assert_eq!(disks("d3.xlarge"), (1, 3, 1980, DiskKind::Hdd));
    assert_eq!(disks("d2.xlarge"), (1, 3, 2048, DiskKind::Hdd));
    assert_eq!(disks("h1.2xlarge"), (1, 1, 2000, DiskKind::Hdd));
    assert_eq!(
        get("d3.xlarge").instance_store.as_ref().unwrap().total_gb,
        5940
    );
    assert_eq!(get("i3.large").memory_mib, 15616);
}

#[test]
fn ec2_facts_2_3_hdd_instance_store_families() {
    let mut families: Vec<&str> = catalog::all()
        .iter()
        .filter(|t| t.instance_store.as_ref().is_some_and(|s| s.has_hdd()))
        .map(|t| t.family())
        .collect();
    families.dedup();
    assert_eq!(families, ["c1", "d2", "d3", "d3en", "h1", "m1", "m2"]);
}

#[test]
fn ec2_facts_2_3_instance_store_root_only_on_old_families() {
    for t in catalog::all()
        .iter()
        .filter(|t| t.supports_instance_store_root)
    {
        assert!(
            ["c1", "c3", "d2", "i2", "m1", "m2", "m3", "r3", "x1"].contains(&t.family()),
            "{}",
            t.name
        );
    }
}

#[test]
fn ec2_facts_2_3_every_d_attribute_family_has_instance_store() {
    for t in catalog::all() {
        if t.attribute_letters().contains('d') {
            assert!(t.has_instance_store(), "{}", t.name);
        }
    }
    // No T family has instance store.
    assert!(catalog::all()
        .iter()
        .filter(|t| t.family().starts_with('t') && !t.family().starts_with("trn"))
        .all(|t| !t.has_instance_store()));
}

#[test]
fn ec2_facts_2_4_burstable_families() {
    let mut families: Vec<&str> = catalog::all()
        .iter()
        .filter(|t| t.burstable)
        .map(|t| t.family())
        .collect();
    families.dedup();
    assert_eq!(families, ["t2", "t3", "t3a", "t4g"]);
    assert!(!get("t1.micro").burstable);
    assert!(!get("t8i.micro").burstable);
}

#[test]
fn gpu_partitions_are_fractions() {
    assert_eq!(get("g6f.large").gpus, 0.125);
    assert_eq!(get("p6-b200.48xlarge").gpus, 8.0);
}

#[test]
fn lookup_is_exact() {
    assert!(catalog::lookup("T2.MICRO").is_none());
    assert!(catalog::lookup("t2.mega").is_none());
    assert!(catalog::lookup("").is_none());
    assert_eq!(get("u-3tb1.56xlarge").memory_mib, 3 * 1024 * 1024);
}

#[test]
fn catalogue_is_sorted_and_unique() {
    let names: Vec<&str> = catalog::all().iter().map(|t| t.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(names, sorted);
}

#[test]
fn every_type_has_a_category_and_families_group_by_category() {
    for t in catalog::all() {
        assert!(t.category().is_some(), "{}", t.name);
    }
    let category = |name: &str| get(name).category().unwrap();
    assert_eq!(category("c7gn.xlarge"), Category::ComputeOptimized);
    assert_eq!(category("r7g.large"), Category::MemoryOptimized);
    assert_eq!(category("z1d.large"), Category::MemoryOptimized);
    assert_eq!(category("u-3tb1.56xlarge"), Category::MemoryOptimized);
    assert_eq!(category("i3.large"), Category::StorageOptimized);
    assert_eq!(category("h1.2xlarge"), Category::StorageOptimized);
    assert_eq!(category("p6-b200.48xlarge"), Category::AcceleratedComputing);
    assert_eq!(category("inf2.xlarge"), Category::AcceleratedComputing);
    assert_eq!(category("hpc7g.16xlarge"), Category::HpcOptimized);
    assert_eq!(category("mac-m4.metal"), Category::GeneralPurpose);
    for c in Category::ALL {
        assert!(
            count(TypeFilter {
                category: Some(c),
                ..TypeFilter::default()
            }) > 0,
            "{c:?}"
        );
    }
    let total: usize = Category::ALL
        .iter()
        .map(|&c| {
            count(TypeFilter {
                category: Some(c),
                ..TypeFilter::default()
            })
        })
        .sum();
    assert_eq!(total, 1395);
}

#[test]
fn filter_instance_store_yes_gives_579() {
    assert_eq!(
        count(TypeFilter {
            instance_store: Some(true),
            ..TypeFilter::default()
        }),
        579
    );
    assert_eq!(
        count(TypeFilter {
            instance_store: Some(false),
            ..TypeFilter::default()
        }),
        1395 - 579
    );
    assert_eq!(count(TypeFilter::default()), 1395);
}

#[test]
fn filter_by_generation_flags_and_processor() {
    assert_eq!(
        count(TypeFilter {
            current_generation: Some(false),
            ..TypeFilter::default()
        }),
        136
    );
    assert_eq!(
        count(TypeFilter {
            manufacturer: Some(Manufacturer::Aws),
            ..TypeFilter::default()
        }),
        418
    );
    let graviton = catalog::filter(&TypeFilter {
        processor_letter: Some('g'),
        ..TypeFilter::default()
    });
    assert!(graviton.iter().all(|t| t.attribute_letters().contains('g')));
    assert!(graviton.iter().any(|t| t.name == "c7gn.xlarge"));
    let burstable = catalog::filter(&TypeFilter {
        burstable: Some(true),
        ..TypeFilter::default()
    });
    assert!(burstable.iter().all(|t| t.family().starts_with('t')));
    let seventh = catalog::filter(&TypeFilter {
        generation: Some(7),
        category: Some(Category::ComputeOptimized),
        ..TypeFilter::default()
    });
    assert!(seventh.iter().all(|t| t.name.starts_with("c7")));
    assert!(seventh.iter().any(|t| t.name == "c7i-flex.large"));
    let mac = catalog::filter(&TypeFilter {
        architecture: Some(Architecture::Arm64Mac),
        ..TypeFilter::default()
    });
    assert_eq!(mac.len(), 8);
    assert_eq!(
        count(TypeFilter {
            gpu: Some(true),
            ..TypeFilter::default()
        }),
        65
    );
    assert_eq!(
        count(TypeFilter {
            bare_metal: Some(true),
            ..TypeFilter::default()
        }),
        154
    );
}

#[test]
fn filter_by_family_and_ranges() {
    let m5d = catalog::filter(&TypeFilter {
        family: Some("m5d".to_string()),
        ..TypeFilter::default()
    });
    assert_eq!(m5d.len(), size_ladder("m5d").len());
    assert!(m5d.iter().all(|t| t.family() == "m5d"));
    let small = catalog::filter(&TypeFilter {
        min_vcpus: Some(2),
        max_vcpus: Some(2),
        max_memory_mib: Some(4096),
        ..TypeFilter::default()
    });
    assert!(!small.is_empty());
    assert!(small.iter().all(|t| t.vcpus == 2 && t.memory_mib <= 4096));
    assert!(small.iter().any(|t| t.name == "t3.medium"));
    let huge = catalog::filter(&TypeFilter {
        min_memory_mib: Some(16 * 1024 * 1024),
        ..TypeFilter::default()
    });
    assert!(huge.iter().all(|t| t.family().starts_with('u')));
    assert!(!huge.is_empty());
    let nothing = TypeFilter {
        min_vcpus: Some(10),
        max_vcpus: Some(2),
        ..TypeFilter::default()
    };
    assert!(catalog::filter(&nothing).is_empty());
}

#[test]
fn filter_free_text() {
    let micro = catalog::filter(&TypeFilter {
        text: "  MICRO ".to_string(),
        ..TypeFilter::default()
    });
    assert!(micro.iter().all(|t| t.name.contains("micro")));
    assert!(micro.iter().any(|t| t.name == "t2.micro"));
    let amd_large = catalog::filter(&TypeFilter {
        text: "amd 48xlarge".to_string(),
        ..TypeFilter::default()
    });
    assert!(!amd_large.is_empty());
    assert!(amd_large
        .iter()
        .all(|t| t.manufacturer == Manufacturer::Amd && t.name.ends_with(".48xlarge")));
    assert!(catalog::filter(&TypeFilter {
        text: "no such thing".to_string(),
        ..TypeFilter::default()
    })
    .is_empty());
    let filter = TypeFilter {
        text: "Graviton".to_string(),
        ..TypeFilter::default()
    };
    assert!(
        !filter.matches(get("c7g.large")),
        "text searches names, not marketing names"
    );
}

#[test]
fn filter_matches_agrees_with_apply() {
    let filter = TypeFilter {
        category: Some(Category::StorageOptimized),
        instance_store: Some(true),
        min_vcpus: Some(8),
        ..TypeFilter::default()
    };
    let applied = catalog::filter(&filter);
    let matched: Vec<&InstanceTypeInfo> = catalog::all()
        .iter()
        .filter(|t| filter.matches(t))
        .collect();
    assert_eq!(applied, matched);
}

/// Issue 5: filtering must answer within a frame. The figure for the README comes from
/// `cargo test --release --test catalog filtering -- --nocapture`; the bound here is loose
/// because debug builds on a shared 2-core machine are slow.
#[test]
fn filtering_the_whole_catalogue_is_fast() {
    let filters = [
        TypeFilter::default(),
        TypeFilter {
            instance_store: Some(true),
            ..TypeFilter::default()
        },
        TypeFilter {
            category: Some(Category::ComputeOptimized),
            generation: Some(7),
            processor_letter: Some('g'),
            min_vcpus: Some(4),
            max_memory_mib: Some(65536),
            current_generation: Some(true),
            text: "xlarge".to_string(),
            ..TypeFilter::default()
        },
    ];
    // The one-time parse of the embedded file is what the first page to use the catalogue pays.
    let start = Instant::now();
    let parsed = catalog::parse_catalog(catalog::EMBEDDED_TSV).unwrap();
    println!("parsing the embedded catalogue: {:?}", start.elapsed());
    assert_eq!(parsed.len(), catalog::all().len());

    let rounds = 50;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for filter in &filters {
            found += catalog::filter(filter).len();
        }
    }
    let per_filter = start.elapsed() / (rounds * filters.len() as u32);
    println!("filtering all 1,395 types: {per_filter:?} per filter ({found} matches)");
    assert!(
        per_filter.as_millis() < 16,
        "one filter took {per_filter:?}"
    );
}

#[test]
fn serializes_with_aws_words() {
    let json = serde_json::to_value(get("t2.micro")).unwrap();
    assert_eq!(json["architectures"], serde_json::json!(["i386", "x86_64"]));
    assert_eq!(json["hypervisor"], "xen");
    assert_eq!(json["manufacturer"], "Intel");
    let json = serde_json::to_value(get("d3.xlarge")).unwrap();
    assert_eq!(json["instance_store"]["disks"][0]["kind"], "hdd");
    let back: InstanceTypeInfo = serde_json::from_value(json).unwrap();
    assert_eq!(&back, get("d3.xlarge"));
    for a in Architecture::ALL {
        assert_eq!(serde_json::to_value(a).unwrap(), a.as_str());
        assert_eq!(Architecture::parse(a.as_str()), Some(a));
    }
    assert_eq!(
        serde_json::to_value(Category::HpcOptimized).unwrap(),
        "hpc-optimized"
    );
}

#[test]
fn category_names_in_both_languages() {
    for c in Category::ALL {
        assert!(!c.name_en().is_empty());
        assert!(c
            .name_ko()
            .chars()
            .any(|ch| ('\u{AC00}'..='\u{D7A3}').contains(&ch)));
    }
}
