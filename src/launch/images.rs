//! The AMIs the wizard offers, grouped as the console groups them: Quick Start (AWS-provided),
//! AWS Marketplace, and My AMIs (images the learner created; ec2-facts 4).

use crate::sim::ami::{public_image_id, public_image_keys, ImageCategory, ImageState};
use crate::sim::instance::RootDeviceType;
use crate::sim::storage::VolumeType;
use crate::sim::world::{Owner, World};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageGroup {
    QuickStart,
    Marketplace,
    Mine,
}

impl ImageGroup {
    pub const ALL: [ImageGroup; 3] = [
        ImageGroup::QuickStart,
        ImageGroup::Marketplace,
        ImageGroup::Mine,
    ];
}

/// An EBS volume the AMI's block device mapping brings besides the root (from a created image).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageVolume {
    pub device_name: String,
    pub size_gib: u64,
    pub volume_type: VolumeType,
    pub delete_on_termination: bool,
}

/// One AMI as the wizard shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageChoice {
    pub id: String,
    pub name: String,
    pub description: String,
    pub group: ImageGroup,
    pub architecture: String,
    pub root_device_type: RootDeviceType,
    pub root_device_name: String,
    /// Size of the root snapshot (EBS-backed) or of the root template (instance-store-backed).
    pub root_size_gib: u64,
    pub root_volume_type: Option<VolumeType>,
    /// Still `pending` (a just-created image): RunInstances refuses it until it is available.
    pub pending: bool,
    /// Non-root EBS volumes in the AMI's mapping.
    pub extra_volumes: Vec<ImageVolume>,
    /// Device names the AMI's mapping already uses (the wizard picks others for new volumes).
    pub used_devices: Vec<String>,
}

/// The launchable AMIs of a region: registered, in the console's order (Quick Start and
/// Marketplace in the catalogue's order, then the learner's own, oldest first).
pub fn image_choices(world: &World, region: &str) -> Vec<ImageChoice> {
    let public_order: Vec<String> = public_image_keys()
        .into_iter()
        .filter_map(|k| public_image_id(region, k))
        .collect();
    let mut out: Vec<ImageChoice> = world
        .images()
        .filter(|i| i.region == region && i.is_registered() && world.image_visible(i))
        .map(|i| {
            let group = match (i.category, i.owner) {
                (_, Owner::SelfOwned) | (ImageCategory::Custom, _) => ImageGroup::Mine,
                (ImageCategory::Marketplace, _) => ImageGroup::Marketplace,
                (ImageCategory::QuickStart, _) => ImageGroup::QuickStart,
            };
            let root = i.root_mapping().and_then(|m| m.ebs.as_ref());
            let root_size_gib = match (root, &i.instance_store_root) {
                (Some(ebs), _) => ebs.volume_size,
                (None, Some(fs)) => fs.capacity_bytes / crate::sim::filesystem::GIB,
                (None, None) => 0,
            };
            ImageChoice {
                id: i.id.clone(),
                name: i.name.clone(),
                description: i.description.clone(),
                group,
                architecture: i.architecture.clone(),
                root_device_type: i.root_device_type,
                root_device_name: i.root_device_name.clone(),
                root_size_gib,
                root_volume_type: root.map(|e| e.volume_type),
                pending: i.state == ImageState::Pending,
                extra_volumes: i
                    .block_device_mappings
                    .iter()
                    .filter(|m| m.device_name != i.root_device_name)
                    .filter_map(|m| {
                        m.ebs.as_ref().map(|e| ImageVolume {
                            device_name: m.device_name.clone(),
                            size_gib: e.volume_size,
                            volume_type: e.volume_type,
                            delete_on_termination: e.delete_on_termination,
                        })
                    })
                    .collect(),
                used_devices: i
                    .block_device_mappings
                    .iter()
                    .map(|m| m.device_name.clone())
                    .collect(),
            }
        })
        .collect();
    let rank = |c: &ImageChoice| {
        public_order
            .iter()
            .position(|id| *id == c.id)
            .unwrap_or(usize::MAX)
    };
    // Own images oldest first: by creation in the world (IDs are not ordered by time).
    let created = |id: &str| world.image(id).map_or(0, |i| i.creation_date);
    crate::sorting::sort_by_key(&mut out, |c| (rank(c), created(&c.id), c.id.clone()));
    out
}
