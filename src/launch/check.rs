//! What is wrong with a form (each problem tied to its field, found before anything launches),
//! what cannot be offered and why, and — when nothing blocks — the exact RunInstancesRequest.
//! The rules are the engine's (`sim::launch`, `sim::storage`); this only applies them early so
//! the learner sees them next to the field.

use std::collections::BTreeMap;

use super::form::LaunchForm;
use super::images::ImageChoice;
use crate::sim::catalog::{self, InstanceTypeInfo};
use crate::sim::decode;
use crate::sim::instance::{RootDeviceType, ShutdownBehavior};
use crate::sim::launch::{
    hibernation_block, instance_store_disks, BlockDeviceMappingSpec, EbsSpec, HibernationBlock,
    RunInstancesRequest, MAX_INSTANCES_PER_CALL,
};
use crate::sim::region::region;
use crate::sim::storage::VolumeType;

/// EC2 tag limits: keys up to 128 characters, values up to 256; `aws:` is reserved.
pub const TAG_KEY_MAX: usize = 128;
pub const TAG_VALUE_MAX: usize = 256;

/// The field a problem belongs to (the UI puts the message next to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    TagKey(usize),
    TagValue(usize),
    Image,
    InstanceType,
    RootSize,
    VolumeSize(usize),
    Hibernation,
    Count,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLong {
        max: usize,
    },
    TagKeyEmpty,
    TagKeyReserved,
    TagKeyDuplicate {
        key: String,
    },
    ImageMissing,
    ImagePending,
    TypeEmpty,
    TypeUnknown {
        suggestion: Option<&'static str>,
    },
    /// ec2-facts 4: the AMI's architecture is not one the type runs.
    ArchitectureMismatch {
        image: String,
        type_arch: String,
    },
    /// ec2-facts 2.3 / 3.1: instance-store-backed AMIs run only on some old families.
    InstanceStoreRootUnsupported,
    NotWholeNumber,
    SizeOutOfRange {
        volume_type: VolumeType,
        min: u64,
        max: u64,
    },
    /// The root volume must hold the AMI's snapshot.
    SizeBelowSnapshot {
        min: u64,
    },
    Hibernation(HibernationBlock),
    CountOutOfRange {
        max: i64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

/// Something the wizard cannot offer for this choice, and why (shown in the summary even when
/// nothing was asked for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    HibernationUnavailable {
        block: HibernationBlock,
        instance_type: String,
    },
    ArchitectureMismatch {
        image: String,
        type_arch: String,
    },
    /// An instance-store-backed AMI: no EBS volumes, always terminates on shutdown, cannot stop.
    InstanceStoreBacked,
}

/// One instance-store disk the chosen type brings: fixed by the type, ephemeral.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreDisk {
    pub virtual_name: String,
    pub size_gb: u64,
    pub hdd: bool,
    pub nvme: bool,
}

/// Everything the UI shows about a form.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub problems: Vec<FieldProblem>,
    pub notes: Vec<Note>,
    pub image: Option<ImageChoice>,
    pub type_info: Option<&'static InstanceTypeInfo>,
    /// The instance store the chosen type includes.
    pub instance_store: Vec<StoreDisk>,
    /// Device names for the extra volumes, in order.
    pub extra_devices: Vec<String>,
    /// Why hibernation cannot be chosen (None: it can, or the type/AMI is not chosen yet).
    pub hibernation_block: Option<HibernationBlock>,
    /// Some when nothing blocks the launch.
    pub request: Option<RunInstancesRequest>,
}

impl Checked {
    pub fn problems_of(&self, field: Field) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(move |p| p.field == field)
            .map(|p| &p.problem)
    }
}

fn whole_number(text: &str) -> Option<i64> {
    text.trim().parse::<i64>().ok()
}

/// Checks a size against the volume type's limits (ec2-facts 3.2) and, for the root, the snapshot.
fn check_size(text: &str, volume_type: VolumeType, min_snapshot: u64) -> Result<u64, Problem> {
    let Some(size) = whole_number(text) else {
        return Err(Problem::NotWholeNumber);
    };
    let (min, max) = volume_type.size_limits_gib();
    if size < min as i64 || size > max as i64 {
        return Err(Problem::SizeOutOfRange {
            volume_type,
            min,
            max,
        });
    }
    if (size as u64) < min_snapshot {
        return Err(Problem::SizeBelowSnapshot { min: min_snapshot });
    }
    Ok(size as u64)
}

/// Device names for new data volumes: /dev/sdf, /dev/sdg, … skipping those the AMI maps.
fn extra_devices(count: usize, image: Option<&ImageChoice>) -> Vec<String> {
    ('f'..='z')
        .map(|c| format!("/dev/sd{c}"))
        .filter(|d| image.is_none_or(|i| !i.used_devices.contains(d)))
        .take(count)
        .collect()
}

fn type_architecture(info: &InstanceTypeInfo) -> String {
    info.architectures
        .iter()
        .map(|a| a.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn check(form: &LaunchForm, images: &[ImageChoice], region_name: &str) -> Checked {
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut add = |field: Field, problem: Problem| problems.push(FieldProblem { field, problem });

    // --- name and tags
    let name = form.name.trim();
    if name.chars().count() > TAG_VALUE_MAX {
        add(Field::Name, Problem::TooLong { max: TAG_VALUE_MAX });
    }
    let mut tags = BTreeMap::new();
    if !name.is_empty() {
        tags.insert("Name".to_string(), name.to_string());
    }
    for (n, tag) in form.tags.iter().enumerate() {
        let key = tag.key.trim();
        if key.is_empty() {
            if !tag.value.trim().is_empty() {
                add(Field::TagKey(n), Problem::TagKeyEmpty);
            }
            continue;
        }
        if key.chars().count() > TAG_KEY_MAX {
            add(Field::TagKey(n), Problem::TooLong { max: TAG_KEY_MAX });
        } else if key.to_ascii_lowercase().starts_with("aws:") {
            add(Field::TagKey(n), Problem::TagKeyReserved);
        } else if tags.contains_key(key) {
            add(
                Field::TagKey(n),
                Problem::TagKeyDuplicate {
                    key: key.to_string(),
                },
            );
        }
        if tag.value.chars().count() > TAG_VALUE_MAX {
            add(Field::TagValue(n), Problem::TooLong { max: TAG_VALUE_MAX });
        }
        tags.insert(key.to_string(), tag.value.clone());
    }

    // --- AMI
    let image = images.iter().find(|i| i.id == form.image_id).cloned();
    match &image {
        None => add(Field::Image, Problem::ImageMissing),
        Some(i) if i.pending => add(Field::Image, Problem::ImagePending),
        Some(_) => {}
    }
    let store_backed = image
        .as_ref()
        .is_some_and(|i| i.root_device_type == RootDeviceType::InstanceStore);
    if store_backed {
        notes.push(Note::InstanceStoreBacked);
    }

    // --- instance type
    let typed = form.instance_type.trim();
    let type_info = catalog::lookup(typed);
    if typed.is_empty() {
        add(Field::InstanceType, Problem::TypeEmpty);
    } else if type_info.is_none() {
        add(
            Field::InstanceType,
            Problem::TypeUnknown {
                suggestion: decode::suggest(typed),
            },
        );
    }
    if let (Some(info), Some(image)) = (type_info, &image) {
        if !info
            .architectures
            .iter()
            .any(|a| a.as_str() == image.architecture)
        {
            let (image_arch, type_arch) = (image.architecture.clone(), type_architecture(info));
            notes.push(Note::ArchitectureMismatch {
                image: image_arch.clone(),
                type_arch: type_arch.clone(),
            });
            add(
                Field::InstanceType,
                Problem::ArchitectureMismatch {
                    image: image_arch,
                    type_arch,
                },
            );
        }
        if store_backed && !info.supports_instance_store_root {
            add(Field::InstanceType, Problem::InstanceStoreRootUnsupported);
        }
    }
    let instance_store: Vec<StoreDisk> = type_info
        .map(|info| {
            let nvme = info.instance_store.as_ref().is_some_and(|s| s.nvme);
            instance_store_disks(info)
                .into_iter()
                .enumerate()
                .map(|(n, (size_gb, hdd))| StoreDisk {
                    virtual_name: format!("ephemeral{n}"),
                    size_gb,
                    hdd,
                    nvme,
                })
                .collect()
        })
        .unwrap_or_default();

    // --- storage
    let mut mappings = Vec::new();
    let devices = extra_devices(form.extra_volumes.len(), image.as_ref());
    if let Some(image) = image.as_ref().filter(|_| !store_backed) {
        match check_size(&form.root_size, form.root_type, image.root_size_gib) {
            Ok(size) => mappings.push(BlockDeviceMappingSpec {
                device_name: image.root_device_name.clone(),
                ebs: Some(EbsSpec {
                    volume_size: Some(size as i64),
                    volume_type: Some(form.root_type.as_str().to_string()),
                    delete_on_termination: Some(form.root_delete_on_termination),
                    // ec2-facts 1.4: a hibernating instance's root volume must be encrypted, so
                    // the wizard asks for it (its hint says so) rather than have EC2 refuse.
                    encrypted: form.hibernation.then_some(true),
                    ..EbsSpec::default()
                }),
                ..BlockDeviceMappingSpec::default()
            }),
            Err(p) => add(Field::RootSize, p),
        }
    }
    // Instance store on older (non-NVMe) types exists only as far as the mapping asks for it
    // (ec2-facts 3.1); the console maps every volume the type has, and so does the wizard.
    if type_info.is_some_and(|i| i.instance_store.as_ref().is_some_and(|s| !s.nvme)) {
        let taken: Vec<String> = image
            .as_ref()
            .map(|i| i.used_devices.clone())
            .unwrap_or_default();
        let mut letters = ('b'..='e')
            .map(|c| format!("/dev/sd{c}"))
            .filter(|d| !taken.contains(d));
        for disk in &instance_store {
            let Some(device_name) = letters.next() else {
                break;
            };
            mappings.push(BlockDeviceMappingSpec {
                device_name,
                virtual_name: Some(disk.virtual_name.clone()),
                ..BlockDeviceMappingSpec::default()
            });
        }
    }
    if !store_backed {
        for (n, (volume, device)) in form.extra_volumes.iter().zip(&devices).enumerate() {
            match check_size(&volume.size, volume.volume_type, 0) {
                Ok(size) => mappings.push(BlockDeviceMappingSpec {
                    device_name: device.clone(),
                    ebs: Some(EbsSpec {
                        volume_size: Some(size as i64),
                        volume_type: Some(volume.volume_type.as_str().to_string()),
                        delete_on_termination: Some(volume.delete_on_termination),
                        ..EbsSpec::default()
                    }),
                    ..BlockDeviceMappingSpec::default()
                }),
                Err(p) => add(Field::VolumeSize(n), p),
            }
        }
    }

    // --- advanced
    let block = match (type_info, &image) {
        (Some(info), Some(image)) => hibernation_block(info, image.root_device_type),
        _ => None,
    };
    if let (Some(block), Some(info)) = (block, type_info) {
        notes.push(Note::HibernationUnavailable {
            block,
            instance_type: info.name.clone(),
        });
        if form.hibernation {
            add(Field::Hibernation, Problem::Hibernation(block));
        }
    }

    // --- count and AZ
    let count = match whole_number(&form.count) {
        None => {
            add(Field::Count, Problem::NotWholeNumber);
            1
        }
        Some(n) if !(1..=MAX_INSTANCES_PER_CALL).contains(&n) => {
            add(
                Field::Count,
                Problem::CountOutOfRange {
                    max: MAX_INSTANCES_PER_CALL,
                },
            );
            1
        }
        Some(n) => n,
    };
    let az = form.availability_zone.trim();
    let az_known = region(region_name).is_ok_and(|r| r.az_index(az).is_some());

    let request = match (&image, type_info) {
        (Some(image), Some(info)) if problems.is_empty() => {
            let mut r = RunInstancesRequest::new(region_name, &image.id, &info.name);
            r.count = count;
            r.availability_zone = az_known.then(|| az.to_string());
            r.tags = tags;
            r.block_device_mappings = mappings;
            r.hibernation = form.hibernation && !store_backed;
            r.disable_api_termination = form.termination_protection;
            r.disable_api_stop = form.stop_protection;
            // Stop is the default for EBS-backed; instance-store-backed always terminates, and
            // EC2 refuses the attribute for them (ec2-facts 1.2).
            r.shutdown_behavior = (!store_backed
                && form.shutdown_behavior == ShutdownBehavior::Terminate)
                .then_some(ShutdownBehavior::Terminate);
            Some(r)
        }
        _ => None,
    };
    Checked {
        problems,
        notes,
        image,
        type_info,
        instance_store,
        extra_devices: devices,
        hibernation_block: block,
        request,
    }
}
