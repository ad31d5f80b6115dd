//! AMIs (ec2-facts 4): the AWS-provided, Quick Start and Marketplace images each region starts
//! with, and CreateImage, CopyImage and DeregisterImage. An EBS-backed AMI is a set of snapshots
//! plus a block device mapping; an instance-store-backed one carries its root template (the "S3
//! bundle") itself.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use super::error::{self, ApiError, ApiResult};
use super::events::{cli_command, EventKind, EventMessage, RebootCause};
use super::filesystem::{FileSystem, GIB};
use super::ids::stable_id;
use super::instance::{Instance, LifecycleState, OsFlavor, RootDeviceType};
use super::osimage;
use super::region::region;
use super::storage::{Snapshot, SnapshotState, VolumeType};
use super::world::{Owner, World};

/// ec2-facts 4: `ImageState` (only these three occur here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImageState {
    Pending,
    Available,
    Deregistered,
}

impl ImageState {
    pub fn as_str(self) -> &'static str {
        match self {
            ImageState::Pending => "pending",
            ImageState::Available => "available",
            ImageState::Deregistered => "deregistered",
        }
    }
}

/// ec2-facts 4: kinds of AMI, as the console groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImageCategory {
    /// AWS-provided / Quick Start (Amazon Linux, Ubuntu).
    QuickStart,
    /// AWS Marketplace (paid, with product codes).
    Marketplace,
    /// Your own ("Owned by me").
    Custom,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageEbs {
    pub snapshot_id: Option<String>,
    pub volume_size: u64,
    pub delete_on_termination: bool,
    pub volume_type: VolumeType,
    pub encrypted: bool,
    pub iops: Option<u64>,
}

/// One entry of an AMI's block device mapping: an EBS volume (from a snapshot) or an
/// instance-store volume (`ephemeralN`, no data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageBlockDevice {
    pub device_name: String,
    pub ebs: Option<ImageEbs>,
    pub virtual_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    pub id: String,
    pub region: String,
    pub name: String,
    pub description: String,
    pub owner: Owner,
    pub category: ImageCategory,
    pub architecture: String,
    pub root_device_type: RootDeviceType,
    pub root_device_name: String,
    pub block_device_mappings: Vec<ImageBlockDevice>,
    pub state: ImageState,
    pub creation_date: SimTime,
    pub ready_at: Option<SimTime>,
    pub deregistered_at: Option<SimTime>,
    pub os: OsFlavor,
    pub product_codes: Vec<String>,
    pub platform_details: String,
    pub image_location: String,
    pub ena_support: bool,
    /// Lineage: the instance this image was created from, and the AMI that instance came from.
    pub source_instance_id: Option<String>,
    pub source_image_id: Option<String>,
    /// Lineage: (region, image) this image is a copy of.
    pub copied_from: Option<(String, String)>,
    /// CreateImage NoReboot=true: "we can't guarantee the file system integrity" (ec2-facts 4).
    pub no_reboot: bool,
    /// Root template of an instance-store-backed AMI (its S3 bundle).
    pub instance_store_root: Option<FileSystem>,
    pub tags: BTreeMap<String, String>,
}

impl Image {
    /// Registered: pending or available (ec2-facts 4: its snapshots cannot be deleted).
    pub fn is_registered(&self) -> bool {
        self.state != ImageState::Deregistered
    }

    pub fn snapshot_ids(&self) -> impl Iterator<Item = &str> {
        self.block_device_mappings
            .iter()
            .filter_map(|m| m.ebs.as_ref().and_then(|e| e.snapshot_id.as_deref()))
    }

    pub fn root_mapping(&self) -> Option<&ImageBlockDevice> {
        self.block_device_mappings
            .iter()
            .find(|m| m.device_name == self.root_device_name)
    }
}

/// Options of CreateImage.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CreateImageRequest {
    pub region: String,
    pub instance_id: String,
    pub name: String,
    pub description: String,
    pub no_reboot: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateImageResult {
    pub image_id: String,
    pub snapshot_ids: Vec<String>,
    /// The instance reboots (CreateImage without NoReboot on a running instance).
    pub rebooting: bool,
    pub warnings: Vec<String>,
}

/// Options of CopyImage (called in the destination region, ec2-facts 4).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CopyImageRequest {
    pub source_region: String,
    pub source_image_id: String,
    pub region: String,
    pub name: String,
    pub description: Option<String>,
}

/// ec2-facts 4: CreateImage works on an EBS-backed instance that is running or stopped.
pub fn plan_create_image(i: &Instance) -> ApiResult<()> {
    if i.root_device_type != RootDeviceType::Ebs {
        // [UNVERIFIED] code and wording; the rule is ec2-facts 4 ("from an EBS-backed instance").
        return Err(ApiError::new(
            "InvalidParameterValue",
            format!(
                "The instance '{}' does not have an 'ebs' root device type. CreateImage creates EBS-backed AMIs from EBS-backed instances only.",
                i.id
            ),
        ));
    }
    if !matches!(i.state, LifecycleState::Running | LifecycleState::Stopped) {
        // [UNVERIFIED] wording.
        return Err(ApiError::new(
            "IncorrectInstanceState",
            format!(
                "The instance '{}' is not in a state from which an image can be created (it must be 'running' or 'stopped').",
                i.id
            ),
        ));
    }
    if i.root_volume_id().is_none() {
        return Err(error::invalid_parameter_value(format!(
            "The instance '{}' has no root volume attached.",
            i.id
        )));
    }
    Ok(())
}

/// ec2-facts 4 / EC2 naming rules: 3–128 characters of letters, digits and `()[]./-'@_ `.
fn check_image_name(name: &str) -> ApiResult<()> {
    let ok_chars = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "()[]./-'@_ ".contains(c));
    let len = name.chars().count();
    if name.is_empty() {
        return Err(error::missing_parameter("name"));
    }
    if !(3..=128).contains(&len) || !ok_chars {
        return Err(ApiError::new(
            "InvalidAMIName.Malformed",
            "AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'",
        ));
    }
    Ok(())
}

impl World {
    /// Whether CreateImage would accept this name for a new AMI of yours in this region: EC2's
    /// naming rules, and no registered AMI of yours there with the same name (ec2-facts 4). The
    /// UI asks this as the learner types, so the error appears next to the field.
    pub fn check_new_image_name(&self, region_name: &str, name: &str) -> ApiResult<()> {
        check_image_name(name)?;
        if let Some(other) = self.images.values().find(|i| {
            i.region == region_name
                && i.owner == Owner::SelfOwned
                && i.is_registered()
                && i.name == name
        }) {
            return Err(ApiError::new(
                "InvalidAMIName.Duplicate",
                format!("AMI name {name} is already in use by AMI {}", other.id),
            ));
        }
        Ok(())
    }

    /// The AMI in this region, as RunInstances/CopyImage see it: unknown and deregistered AMIs
    /// are `InvalidAMIID.NotFound`, malformed IDs `InvalidAMIID.Malformed`.
    pub(crate) fn image_in(&self, region_name: &str, id: &str) -> ApiResult<&Image> {
        if !super::world::well_formed_id(id, "ami-") {
            return Err(error::image_id_malformed(id));
        }
        self.images
            .get(id)
            .filter(|i| i.region == region_name && i.is_registered())
            .ok_or_else(|| error::image_not_found(id))
    }

    /// DescribeImages visibility: registered images, and deregistered ones for a short while
    /// (ec2-facts 4: "Recently deregistered images appear … for a short interval").
    pub fn image_visible(&self, image: &Image) -> bool {
        match image.deregistered_at {
            None => true,
            Some(t) => self.now < t.saturating_add(self.timings.deregistered_visible_ms),
        }
    }

    /// Whether DescribeImages still knows a deregistered image's ID (empty results once it is no
    /// longer visible) rather than answering not-found (ec2-facts 4).
    pub fn image_known(&self, image: &Image) -> bool {
        match image.deregistered_at {
            None => true,
            Some(t) => self.now < t.saturating_add(self.timings.deregistered_known_ms),
        }
    }

    /// A registered AMI whose mapping uses this snapshot.
    pub(crate) fn image_using_snapshot(&self, snapshot_id: &str) -> Option<String> {
        self.images
            .values()
            .find(|i| i.is_registered() && i.snapshot_ids().any(|s| s == snapshot_id))
            .map(|i| i.id.clone())
    }

    /// CreateImage (ec2-facts 4): reboots a running instance unless NoReboot, snapshots every
    /// attached EBS volume with its data, maps instance store without data; `pending` until the
    /// snapshots complete, then `available`.
    pub fn create_image(&mut self, request: &CreateImageRequest) -> ApiResult<CreateImageResult> {
        let r = region(&request.region)?;
        let instance = self.instance_in(r.name, &request.instance_id)?.clone();
        check_image_name(&request.name)?;
        plan_create_image(&instance)?;
        self.check_new_image_name(r.name, &request.name)?;
        let image_id = self.new_id("ami");
        let mut mappings = Vec::new();
        let mut snapshot_ids = Vec::new();
        for b in &instance.block_devices {
            let Some(volume) = self.volumes.get(&b.volume_id).cloned() else {
                continue;
            };
            let dot = volume
                .attachment
                .as_ref()
                .is_some_and(|a| a.delete_on_termination);
            let description = format!("Created by CreateImage({}) for {image_id}", instance.id);
            let snap = self.take_snapshot(&b.volume_id, &description, Owner::SelfOwned);
            snapshot_ids.push(snap.clone());
            mappings.push(ImageBlockDevice {
                device_name: b.device_name.clone(),
                ebs: Some(ImageEbs {
                    snapshot_id: Some(snap),
                    volume_size: volume.size_gib,
                    delete_on_termination: dot,
                    volume_type: volume.volume_type,
                    encrypted: volume.encrypted,
                    iops: volume.iops.filter(|_| {
                        matches!(volume.volume_type, VolumeType::Io1 | VolumeType::Io2)
                    }),
                }),
                virtual_name: None,
            });
        }
        // ec2-facts 3.1 / 4: instance store is recorded in the mapping, without its data. An NVMe
        // instance store has no API device name, so it is given the first /dev/sdX no EBS volume
        // (nor an earlier store) of the instance uses: one mapping per device name.
        for store in instance.instance_store.iter().filter(|s| !s.is_root) {
            let device_name = store.device_name.clone().unwrap_or_else(|| {
                ('b'..='z')
                    .map(|letter| format!("/dev/sd{letter}"))
                    .find(|name| mappings.iter().all(|m| &m.device_name != name))
                    .unwrap_or_else(|| store.virtual_name.clone())
            });
            mappings.push(ImageBlockDevice {
                device_name,
                ebs: None,
                virtual_name: Some(store.virtual_name.clone()),
            });
        }
        let last_snapshot = snapshot_ids
            .iter()
            .filter_map(|s| self.snapshots.get(s).and_then(|s| s.ready_at))
            .max()
            .unwrap_or(self.now);
        let ready_at = last_snapshot + self.draw(self.timings.image_pending_extra);
        let source_image = self.images.get(&instance.image_id);
        let category = ImageCategory::Custom;
        let image = Image {
            id: image_id.clone(),
            region: r.name.to_string(),
            name: request.name.clone(),
            description: request.description.clone(),
            owner: Owner::SelfOwned,
            category,
            architecture: instance.architecture.clone(),
            root_device_type: RootDeviceType::Ebs,
            root_device_name: instance.root_device_name.clone(),
            block_device_mappings: mappings,
            state: ImageState::Pending,
            creation_date: self.now,
            ready_at: Some(ready_at),
            deregistered_at: None,
            os: instance.os,
            product_codes: instance.product_codes.clone(),
            platform_details: source_image
                .map_or("Linux/UNIX".to_string(), |i| i.platform_details.clone()),
            image_location: format!("{}/{}", super::world::ACCOUNT_ID, request.name),
            ena_support: true,
            source_instance_id: Some(instance.id.clone()),
            source_image_id: Some(instance.image_id.clone()),
            copied_from: None,
            no_reboot: request.no_reboot,
            instance_store_root: None,
            tags: BTreeMap::new(),
        };
        self.images.insert(image_id.clone(), image);
        let mut args = vec![
            "--instance-id".to_string(),
            instance.id.clone(),
            "--name".to_string(),
            request.name.clone(),
        ];
        if !request.description.is_empty() {
            args.push("--description".to_string());
            args.push(request.description.clone());
        }
        if request.no_reboot {
            args.push("--no-reboot".to_string());
        }
        let cli = cli_command(r.name, "create-image", &args);
        self.log_api(
            r.name,
            &image_id,
            EventMessage::CreateImage {
                image_id: image_id.clone(),
                instance_id: instance.id.clone(),
                snapshot_count: snapshot_ids.len() as u32,
            },
            cli,
        );
        let mut warnings = Vec::new();
        let rebooting = instance.state == LifecycleState::Running && !request.no_reboot;
        if rebooting {
            self.begin_reboot(&instance.id, RebootCause::CreateImage);
        } else if instance.state == LifecycleState::Running {
            let warning = EventMessage::CreateImageWithoutReboot {
                image_id: image_id.clone(),
            };
            warnings.push(warning.to_string());
            self.log(r.name, &image_id, EventKind::Api, warning, None);
        }
        Ok(CreateImageResult {
            image_id,
            snapshot_ids,
            rebooting,
            warnings,
        })
    }

    /// CopyImage (ec2-facts 4): called in the destination region; a new ID, copied snapshots (full
    /// copies), `pending` then `available`. Tags and launch permissions are not copied.
    pub fn copy_image(&mut self, request: &CopyImageRequest) -> ApiResult<String> {
        let src_region = region(&request.source_region)?;
        let dst_region = region(&request.region)?;
        if request.name.is_empty() {
            return Err(error::missing_parameter("name"));
        }
        check_image_name(&request.name)?;
        let source = self
            .image_in(src_region.name, &request.source_image_id)?
            .clone();
        if source.state == ImageState::Pending {
            return Err(error::image_pending_for_operation(&source.id));
        }
        if source.category == ImageCategory::Marketplace {
            // The rule is from the CopyingAMIs guide ("You can't copy a paid AMI that you obtained
            // from the AWS Marketplace"); [UNVERIFIED] code and wording.
            return Err(ApiError::new(
                "InvalidRequest",
                format!(
                    "The image '{}' has AWS Marketplace product codes and cannot be copied.",
                    source.id
                ),
            )
            .with_hint(
                "Launch an instance from it and create your own image from the instance instead.",
            ));
        }
        let image_id = self.new_id("ami");
        let mut mappings = source.block_device_mappings.clone();
        let mut last_ready = self.now;
        for m in &mut mappings {
            let Some(ebs) = m.ebs.as_mut() else { continue };
            let Some(snap_id) = ebs.snapshot_id.clone() else {
                continue;
            };
            let Some(src_snap) = self.snapshots.get(&snap_id).cloned() else {
                continue;
            };
            let new_id = self.new_id("snap");
            let ready = self.now + self.draw(self.timings.snapshot_pending);
            last_ready = last_ready.max(ready);
            let copy = Snapshot {
                id: new_id.clone(),
                region: dst_region.name.to_string(),
                volume_id: "vol-ffffffff".to_string(),
                volume_size: src_snap.volume_size,
                state: SnapshotState::Pending,
                start_time: self.now,
                ready_at: Some(ready),
                description: format!(
                    "Copied for DestinationAmi {image_id} from SourceAmi {} for SourceSnapshot {snap_id}",
                    source.id
                ),
                owner: Owner::SelfOwned,
                encrypted: src_snap.encrypted,
                data: src_snap.data.clone(),
                tags: BTreeMap::new(),
            };
            self.snapshots.insert(new_id.clone(), copy);
            ebs.snapshot_id = Some(new_id);
        }
        let ready_at = last_ready + self.draw(self.timings.image_pending_extra);
        let image = Image {
            id: image_id.clone(),
            region: dst_region.name.to_string(),
            name: request.name.clone(),
            description: request.description.clone().unwrap_or_else(|| {
                format!(
                    "[Copied {} from {}] {}",
                    source.id, src_region.name, source.description
                )
            }),
            owner: Owner::SelfOwned,
            category: ImageCategory::Custom,
            block_device_mappings: mappings,
            state: ImageState::Pending,
            creation_date: self.now,
            ready_at: Some(ready_at),
            deregistered_at: None,
            image_location: format!("{}/{}", super::world::ACCOUNT_ID, request.name),
            copied_from: Some((src_region.name.to_string(), source.id.clone())),
            tags: BTreeMap::new(),
            ..source.clone()
        };
        self.images.insert(image_id.clone(), image);
        let cli = cli_command(
            dst_region.name,
            "copy-image",
            &[
                "--source-image-id".to_string(),
                source.id.clone(),
                "--source-region".to_string(),
                src_region.name.to_string(),
                "--name".to_string(),
                request.name.clone(),
            ],
        );
        let cli = if dst_region.name == super::region::DEFAULT_REGION {
            format!("{cli} --region {}", dst_region.name)
        } else {
            cli
        };
        self.log_api(
            dst_region.name,
            &image_id,
            EventMessage::CopyImage {
                source_image_id: source.id.clone(),
                source_region: src_region.name.to_string(),
                image_id: image_id.clone(),
                region: dst_region.name.to_string(),
            },
            cli,
        );
        Ok(image_id)
    }

    /// DeregisterImage (ec2-facts 4): no new launches; running instances and snapshots untouched.
    pub fn deregister_image(&mut self, region_name: &str, image_id: &str) -> ApiResult<()> {
        let r = region(region_name)?;
        if !image_id.starts_with("ami-") {
            return Err(error::image_id_malformed(image_id));
        }
        let Some(image) = self.images.get(image_id).filter(|i| i.region == r.name) else {
            return Err(error::image_not_found(image_id));
        };
        if !image.is_registered() {
            return Err(error::image_no_longer_available(image_id));
        }
        if image.owner != Owner::SelfOwned {
            // [UNVERIFIED] code and wording: only the owner can deregister.
            return Err(ApiError::new(
                "UnauthorizedOperation",
                "You are not authorized to perform this operation.",
            ));
        }
        let now = self.now;
        if let Some(i) = self.images.get_mut(image_id) {
            i.state = ImageState::Deregistered;
            i.deregistered_at = Some(now);
            i.ready_at = None;
        }
        let cli = cli_command(
            r.name,
            "deregister-image",
            &["--image-id".to_string(), image_id.to_string()],
        );
        self.log_api(
            r.name,
            image_id,
            EventMessage::DeregisterImage {
                image_id: image_id.to_string(),
            },
            cli,
        );
        Ok(())
    }

    pub(crate) fn next_image_due(&self) -> Option<SimTime> {
        self.images
            .values()
            .filter(|i| i.state == ImageState::Pending)
            .filter_map(|i| i.ready_at)
            .min()
    }

    /// pending → available, once every snapshot of the image has completed.
    pub(crate) fn complete_images(&mut self, now: SimTime) {
        let due: Vec<String> = self
            .images
            .values()
            .filter(|i| i.state == ImageState::Pending && i.ready_at.is_some_and(|t| t <= now))
            .map(|i| i.id.clone())
            .collect();
        for id in due {
            let waiting = self.images[&id]
                .snapshot_ids()
                .filter_map(|s| self.snapshots.get(s))
                .filter(|s| s.state == SnapshotState::Pending)
                .filter_map(|s| s.ready_at)
                .max();
            let Some(image) = self.images.get_mut(&id) else {
                continue;
            };
            match waiting {
                Some(t) if t > now => image.ready_at = Some(t),
                _ => {
                    image.state = ImageState::Available;
                    image.ready_at = None;
                    let region_name = image.region.clone();
                    self.log(
                        &region_name,
                        &id,
                        EventKind::StateChange,
                        EventMessage::ImageAvailable {
                            image_id: id.clone(),
                        },
                        None,
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The images every region starts with.

struct PublicImage {
    key: &'static str,
    name: &'static str,
    description: &'static str,
    owner: Owner,
    category: ImageCategory,
    architecture: &'static str,
    os: OsFlavor,
    root_device_type: RootDeviceType,
    root_device_name: &'static str,
    root_size_gib: u64,
    product_code: Option<&'static str>,
    platform_details: &'static str,
    extra_packages: &'static [&'static str],
}

const PUBLIC_IMAGES: &[PublicImage] = &[
    PublicImage {
        key: "al2023-x86_64",
        name: "al2023-ami-2023.6.20250218.2-kernel-6.1-x86_64",
        description: "Amazon Linux 2023 AMI 2023.6.20250218.2 x86_64 HVM kernel-6.1",
        owner: Owner::Amazon,
        category: ImageCategory::QuickStart,
        architecture: "x86_64",
        os: OsFlavor::AmazonLinux2023,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/xvda",
        root_size_gib: 8,
        product_code: None,
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
    PublicImage {
        key: "al2023-arm64",
        name: "al2023-ami-2023.6.20250218.2-kernel-6.1-arm64",
        description: "Amazon Linux 2023 AMI 2023.6.20250218.2 arm64 HVM kernel-6.1",
        owner: Owner::Amazon,
        category: ImageCategory::QuickStart,
        architecture: "arm64",
        os: OsFlavor::AmazonLinux2023,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/xvda",
        root_size_gib: 8,
        product_code: None,
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
    PublicImage {
        key: "ubuntu-2404-amd64",
        name: "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250305",
        description: "Canonical, Ubuntu, 24.04, amd64 noble image",
        owner: Owner::Canonical,
        category: ImageCategory::QuickStart,
        architecture: "x86_64",
        os: OsFlavor::Ubuntu2404,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/sda1",
        root_size_gib: 8,
        product_code: None,
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
    PublicImage {
        key: "ubuntu-2404-arm64",
        name: "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20250305",
        description: "Canonical, Ubuntu, 24.04, arm64 noble image",
        owner: Owner::Canonical,
        category: ImageCategory::QuickStart,
        architecture: "arm64",
        os: OsFlavor::Ubuntu2404,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/sda1",
        root_size_gib: 8,
        product_code: None,
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
    // ec2-facts 3.1: instance-store-backed roots only on previous-generation families (C1, C3,
    // D2, I2, M1, M2, M3, R3, X1); root limit 10 GiB. Amazon really published "-s3" AMIs like this.
    PublicImage {
        key: "amzn-2018-s3",
        name: "amzn-ami-hvm-2018.03.0.20231218.0-x86_64-s3",
        description: "Amazon Linux AMI 2018.03.0.20231218.0 x86_64 HVM instance-store (use with m3, c3, r3, …)",
        owner: Owner::Amazon,
        category: ImageCategory::QuickStart,
        architecture: "x86_64",
        os: OsFlavor::AmazonLinux2018,
        root_device_type: RootDeviceType::InstanceStore,
        root_device_name: "/dev/sda1",
        root_size_gib: 10,
        product_code: None,
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
    // Marketplace examples (ec2-facts 4: paid, third-party, product codes). The names and codes
    // are made up for the simulator; they follow the real shape.
    PublicImage {
        key: "mp-wordpress",
        name: "wordpress-6.7-debian-12-x86_64-marketplace-example",
        description: "WordPress 6.7 on Debian 12 with nginx (AWS Marketplace example image)",
        owner: Owner::Marketplace,
        category: ImageCategory::Marketplace,
        architecture: "x86_64",
        os: OsFlavor::Debian12,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/xvda",
        root_size_gib: 10,
        product_code: Some("7dxq2c8j4n1m0k9vb3w5z6ytr"),
        platform_details: "Linux/UNIX",
        extra_packages: &["nginx"],
    },
    PublicImage {
        key: "mp-hardened-al2023",
        name: "hardened-al2023-cis-level1-x86_64-marketplace-example",
        description: "CIS-hardened Amazon Linux 2023, Level 1 (AWS Marketplace example image)",
        owner: Owner::Marketplace,
        category: ImageCategory::Marketplace,
        architecture: "x86_64",
        os: OsFlavor::AmazonLinux2023,
        root_device_type: RootDeviceType::Ebs,
        root_device_name: "/dev/xvda",
        root_size_gib: 8,
        product_code: Some("4gh8wq1ez7r2t5y9u3i6o0pa1"),
        platform_details: "Linux/UNIX",
        extra_packages: &[],
    },
];

/// Puts the AWS-provided and Marketplace images (and their owners' snapshots) into a region.
/// IDs are fixed per region, as real public AMI IDs are the same for every account.
/// The root file system of a public image, the same in every Region.
fn public_root_filesystem(p: &PublicImage) -> FileSystem {
    let mut root = osimage::root_filesystem(p.os, p.root_size_gib);
    for name in p.extra_packages {
        if let Some(package) = osimage::find_package(p.os, name) {
            let _ = osimage::install(&mut root, p.os, package);
        }
    }
    if p.key == "mp-wordpress" {
        let _ = root.mkdir("/var/www/wordpress", true);
        let _ = root.write(
            "/var/www/wordpress/wp-config.php",
            "<?php /* WordPress configuration */\n",
            false,
        );
    }
    if p.key == "mp-hardened-al2023" {
        let _ = root.write(
            "/etc/issue",
            "Authorized uses only. All activity may be monitored and reported.\n",
            false,
        );
    }
    root
}

/// Each public image's key and root file system, built once: copied into each Region of a new world
/// (building them path by path was most of the app's start-up), and the bases a saved volume's file
/// system is written as differences from (`filesystem.rs`). That makes these roots part of the save
/// format: changing one changes what older saved volumes load as, so a change here needs a new key
/// (or a migration in `store::persist`), never an edit in place.
pub(crate) fn public_root_filesystems() -> &'static [(&'static str, FileSystem)] {
    static ROOTS: OnceLock<Vec<(&'static str, FileSystem)>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        PUBLIC_IMAGES
            .iter()
            .map(|p| (p.key, public_root_filesystem(p)))
            .collect()
    })
}

pub(crate) fn install_public_images(world: &mut World, region_name: &str) {
    for (p, (_, root)) in PUBLIC_IMAGES.iter().zip(public_root_filesystems()) {
        let key = format!("{region_name}/{}", p.key);
        let image_id = stable_id("ami", &key);
        let mut root = root.clone();
        let mut mappings = Vec::new();
        let mut instance_store_root = None;
        match p.root_device_type {
            RootDeviceType::Ebs => {
                let snap_id = stable_id("snap", &key);
                world.snapshots.insert(
                    snap_id.clone(),
                    Snapshot {
                        id: snap_id.clone(),
                        region: region_name.to_string(),
                        volume_id: "vol-ffffffff".to_string(),
                        volume_size: p.root_size_gib,
                        state: SnapshotState::Completed,
                        start_time: 0,
                        ready_at: None,
                        description: format!("Root volume of {}", p.name),
                        owner: p.owner,
                        encrypted: false,
                        data: root,
                        tags: BTreeMap::new(),
                    },
                );
                mappings.push(ImageBlockDevice {
                    device_name: p.root_device_name.to_string(),
                    ebs: Some(ImageEbs {
                        snapshot_id: Some(snap_id),
                        volume_size: p.root_size_gib,
                        delete_on_termination: true,
                        volume_type: VolumeType::Gp3,
                        encrypted: false,
                        iops: None,
                    }),
                    virtual_name: None,
                });
            }
            RootDeviceType::InstanceStore => {
                root.capacity_bytes = p.root_size_gib * GIB;
                instance_store_root = Some(root);
                mappings.push(ImageBlockDevice {
                    device_name: "/dev/sdb".to_string(),
                    ebs: None,
                    virtual_name: Some("ephemeral0".to_string()),
                });
            }
        }
        let image = Image {
            id: image_id.clone(),
            region: region_name.to_string(),
            name: p.name.to_string(),
            description: p.description.to_string(),
            owner: p.owner,
            category: p.category,
            architecture: p.architecture.to_string(),
            root_device_type: p.root_device_type,
            root_device_name: p.root_device_name.to_string(),
            block_device_mappings: mappings,
            state: ImageState::Available,
            creation_date: 0,
            ready_at: None,
            deregistered_at: None,
            os: p.os,
            product_codes: p
                .product_code
                .map(|c| vec![c.to_string()])
                .unwrap_or_default(),
            platform_details: p.platform_details.to_string(),
            image_location: match p.root_device_type {
                RootDeviceType::Ebs => format!(
                    "{}/{}",
                    p.owner.alias().unwrap_or(p.owner.account_id()),
                    p.name
                ),
                RootDeviceType::InstanceStore => {
                    format!("amzn-ami-{region_name}/{}.manifest.xml", p.name)
                }
            },
            ena_support: p.root_device_type == RootDeviceType::Ebs,
            source_instance_id: None,
            source_image_id: None,
            copied_from: None,
            no_reboot: false,
            instance_store_root,
            tags: BTreeMap::new(),
        };
        world.images.insert(image_id, image);
    }
}

/// The ID of a starting image by its short key (`al2023-x86_64`, `al2023-arm64`,
/// `ubuntu-2404-amd64`, `ubuntu-2404-arm64`, `amzn-2018-s3`, `mp-wordpress`,
/// `mp-hardened-al2023`) in a region: handy for the UI's launch wizard and for tests.
pub fn public_image_id(region_name: &str, key: &str) -> Option<String> {
    PUBLIC_IMAGES
        .iter()
        .any(|p| p.key == key)
        .then(|| stable_id("ami", &format!("{region_name}/{key}")))
}

/// The short keys of the starting images.
pub fn public_image_keys() -> Vec<&'static str> {
    PUBLIC_IMAGES.iter().map(|p| p.key).collect()
}

/// One snapshot in an image's lineage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineageSnapshot {
    pub device_name: String,
    pub snapshot_id: String,
    pub volume_size: u64,
    /// None when the snapshot no longer exists (deleted after deregistration).
    pub state: Option<SnapshotState>,
}

/// The AMI lineage view (issue 6): base AMI → modified instance → snapshots → custom AMI →
/// instances launched from it, copies in other regions, and the instance-store mappings whose
/// data an image never carries (ec2-facts 3.1 / 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageLineage {
    pub image_id: String,
    pub region: String,
    pub name: String,
    pub state: ImageState,
    pub category: ImageCategory,
    /// The AMI the source instance was launched from.
    pub base_image_id: Option<String>,
    pub source_instance_id: Option<String>,
    /// (region, image) this image was copied from.
    pub copied_from: Option<(String, String)>,
    pub snapshots: Vec<LineageSnapshot>,
    /// Instance-store mappings (`ephemeral0 (/dev/sdb)`): recorded in the image, data not carried.
    pub instance_store_not_carried: Vec<String>,
    /// (region, image) copies made from this image.
    pub copies: Vec<(String, String)>,
    /// Instances still listed that were launched from this image.
    pub launched_instances: Vec<String>,
}

impl World {
    /// The lineage of one AMI (any region), or None if the ID is unknown.
    pub fn image_lineage(&self, image_id: &str) -> Option<ImageLineage> {
        let image = self.images.get(image_id)?;
        let snapshots = image
            .block_device_mappings
            .iter()
            .filter_map(|m| {
                let ebs = m.ebs.as_ref()?;
                let id = ebs.snapshot_id.clone()?;
                Some(LineageSnapshot {
                    device_name: m.device_name.clone(),
                    state: self.snapshots.get(&id).map(|s| s.state),
                    snapshot_id: id,
                    volume_size: ebs.volume_size,
                })
            })
            .collect();
        let instance_store_not_carried = image
            .block_device_mappings
            .iter()
            .filter_map(|m| {
                m.virtual_name
                    .as_ref()
                    .map(|v| format!("{v} ({})", m.device_name))
            })
            .collect();
        let copies = self
            .images
            .values()
            .filter(|i| {
                i.copied_from
                    .as_ref()
                    .is_some_and(|(_, src)| src == image_id)
            })
            .map(|i| (i.region.clone(), i.id.clone()))
            .collect();
        let launched_instances = self
            .instances
            .values()
            .filter(|i| i.image_id == image_id)
            .map(|i| i.id.clone())
            .collect();
        Some(ImageLineage {
            image_id: image.id.clone(),
            region: image.region.clone(),
            name: image.name.clone(),
            state: image.state,
            category: image.category,
            base_image_id: image.source_image_id.clone(),
            source_instance_id: image.source_instance_id.clone(),
            copied_from: image.copied_from.clone(),
            snapshots,
            instance_store_not_carried,
            copies,
            launched_instances,
        })
    }
}
