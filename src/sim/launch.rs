//! RunInstances: validation of every parameter (bad input changes nothing), then one reservation
//! of `count` instances in `pending`, each with its volumes from the AMI's block device mapping
//! (merged with the request's), its instance store (ec2-facts 3.1: only at launch, only as the
//! type has it) and its addresses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ami::{Image, ImageBlockDevice, ImageEbs};
use super::catalog::{DiskKind, InstanceTypeInfo};
use super::error::{self, ApiError, ApiResult};
use super::events::{cli_command, EventKind, EventMessage};
use super::filesystem::{FileSystem, GIB};
use super::guest::{self, Guest};
use super::instance::{
    BlockDevice, Instance, InstanceStoreVolume, LifecycleState, RootDeviceType, ShutdownBehavior,
};
use super::region::region;
use super::storage::{
    check_device_name, check_volume_spec, AttachmentState, Volume, VolumeAttachment, VolumeState,
    VolumeType,
};
use super::world::World;

/// The simulator's cap on instances per RunInstances call (real accounts are limited by vCPU
/// quotas instead; ec2-facts does not give one).
pub const MAX_INSTANCES_PER_CALL: i64 = 100;

/// ec2-facts 1.4 hibernation prerequisite: instance RAM of 150 GB or less.
const HIBERNATION_MAX_MEMORY_MIB: u64 = 150 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EbsSpec {
    pub volume_size: Option<i64>,
    pub volume_type: Option<String>,
    pub delete_on_termination: Option<bool>,
    pub snapshot_id: Option<String>,
    pub iops: Option<i64>,
    pub encrypted: Option<bool>,
}

/// One `--block-device-mappings` entry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BlockDeviceMappingSpec {
    pub device_name: String,
    /// `ephemeralN` for an instance-store volume.
    pub virtual_name: Option<String>,
    pub ebs: Option<EbsSpec>,
    /// `NoDevice`: suppress a mapping the AMI has.
    pub no_device: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInstancesRequest {
    pub region: String,
    pub image_id: String,
    pub instance_type: String,
    /// Signed so that 0 and negative counts get EC2's error instead of wrapping.
    pub count: i64,
    pub availability_zone: Option<String>,
    pub subnet_id: Option<String>,
    pub key_name: Option<String>,
    /// Tags for the instances; `Name` is what the console shows.
    pub tags: BTreeMap<String, String>,
    pub block_device_mappings: Vec<BlockDeviceMappingSpec>,
    /// ec2-facts 1.2: `HibernationOptions.Configured`, only at launch.
    pub hibernation: bool,
    pub disable_api_termination: bool,
    pub disable_api_stop: bool,
    /// None: `stop` for EBS-backed, always `terminate` for instance-store-backed (ec2-facts 1.2).
    pub shutdown_behavior: Option<ShutdownBehavior>,
    /// None: the default subnet's setting (yes).
    pub associate_public_ip: Option<bool>,
}

impl RunInstancesRequest {
    pub fn new(region: &str, image_id: &str, instance_type: &str) -> RunInstancesRequest {
        RunInstancesRequest {
            region: region.to_string(),
            image_id: image_id.to_string(),
            instance_type: instance_type.to_string(),
            count: 1,
            availability_zone: None,
            subnet_id: None,
            key_name: None,
            tags: BTreeMap::new(),
            block_device_mappings: Vec::new(),
            hibernation: false,
            disable_api_termination: false,
            disable_api_stop: false,
            shutdown_behavior: None,
            associate_public_ip: None,
        }
    }

    pub fn named(mut self, name: &str) -> RunInstancesRequest {
        self.tags.insert("Name".to_string(), name.to_string());
        self
    }

    pub fn in_az(mut self, az: &str) -> RunInstancesRequest {
        self.availability_zone = Some(az.to_string());
        self
    }

    pub fn count(mut self, count: i64) -> RunInstancesRequest {
        self.count = count;
        self
    }

    /// Hibernation configured, with the root volume (at `root_device`, `/dev/xvda` on Amazon
    /// Linux) encrypted as hibernation requires (ec2-facts 1.4): `--hibernation-options
    /// Configured=true --block-device-mappings DeviceName=/dev/xvda,Ebs={Encrypted=true}`.
    pub fn hibernating(mut self, root_device: &str) -> RunInstancesRequest {
        self.hibernation = true;
        self.block_device_mappings.push(BlockDeviceMappingSpec {
            device_name: root_device.to_string(),
            ebs: Some(EbsSpec {
                encrypted: Some(true),
                ..EbsSpec::default()
            }),
            ..BlockDeviceMappingSpec::default()
        });
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    pub reservation_id: String,
    pub instance_ids: Vec<String>,
    /// Things real EC2 silently does that a learner should know (e.g. an ignored mapping).
    pub warnings: Vec<String>,
}

/// A volume to create at launch.
#[derive(Debug, Clone)]
struct PlannedVolume {
    device_name: String,
    volume_type: VolumeType,
    size_gib: u64,
    iops: Option<u64>,
    delete_on_termination: bool,
    encrypted: bool,
    snapshot_id: Option<String>,
    data: Option<FileSystem>,
}

/// Why hibernation cannot be configured for a type and an AMI's root device (ec2-facts 1.4
/// prerequisites), or None when it can. RunInstances and the launch wizard share this rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HibernationBlock {
    /// Only EBS-backed instances hibernate: RAM is saved to the EBS root volume.
    InstanceStoreRoot,
    /// The type is not on the list of types that support hibernation.
    TypeLacks,
    /// The type has more than 150 GB of RAM.
    TooMuchMemory,
}

impl HibernationBlock {
    /// EC2's error for a RunInstances call that asks for hibernation anyway.
    pub fn error(self, instance_type: &str) -> ApiError {
        match self {
            HibernationBlock::InstanceStoreRoot => ApiError::new(
                "UnsupportedHibernationConfiguration",
                "Hibernation is not supported for instance store-backed instances.",
            ),
            // [UNVERIFIED] wording.
            HibernationBlock::TypeLacks | HibernationBlock::TooMuchMemory => ApiError::new(
                "UnsupportedHibernationConfiguration",
                format!("The instance type '{instance_type}' does not support hibernation."),
            ),
        }
    }
}

pub fn hibernation_block(
    info: &InstanceTypeInfo,
    root_device_type: RootDeviceType,
) -> Option<HibernationBlock> {
    if root_device_type == RootDeviceType::InstanceStore {
        Some(HibernationBlock::InstanceStoreRoot)
    } else if !info.hibernation_supported {
        Some(HibernationBlock::TypeLacks)
    } else if info.memory_mib > HIBERNATION_MAX_MEMORY_MIB {
        Some(HibernationBlock::TooMuchMemory)
    } else {
        None
    }
}

/// Every instance-store disk the type has, in order: (size GB, HDD?).
pub fn instance_store_disks(info: &InstanceTypeInfo) -> Vec<(u64, bool)> {
    info.instance_store
        .as_ref()
        .map(|s| {
            s.disks
                .iter()
                .flat_map(|d| (0..d.count).map(move |_| (d.size_gb, d.kind == DiskKind::Hdd)))
                .collect()
        })
        .unwrap_or_default()
}

/// Instance store volumes for a type: NVMe ones are all there automatically; older ones only as
/// far as `ephemeralN` mappings ask for them (ec2-facts 3.1).
fn plan_instance_store(
    info: &InstanceTypeInfo,
    ephemeral: &[(String, String)],
    warnings: &mut Vec<EventMessage>,
) -> Vec<InstanceStoreVolume> {
    let disks = instance_store_disks(info);
    let nvme = info.instance_store.as_ref().is_some_and(|s| s.nvme);
    if disks.is_empty() {
        for (device, virtual_name) in ephemeral {
            warnings.push(EventMessage::InstanceStoreMappingIgnored {
                instance_type: info.name.to_string(),
                available: 0,
                device: device.clone(),
                virtual_name: virtual_name.clone(),
            });
        }
        return Vec::new();
    }
    let make = |index: usize, device_name: Option<String>| {
        let (size_gb, hdd) = disks[index];
        InstanceStoreVolume {
            virtual_name: format!("ephemeral{index}"),
            device_name,
            guest_device: String::new(),
            size_gb,
            hdd,
            nvme,
            is_root: false,
            fs: FileSystem::raw(size_gb * 1_000_000_000),
            resets: 0,
        }
    };
    if nvme {
        return (0..disks.len()).map(|n| make(n, None)).collect();
    }
    let mut out: Vec<InstanceStoreVolume> = Vec::new();
    for (device, virtual_name) in ephemeral {
        let index = virtual_name
            .strip_prefix("ephemeral")
            .and_then(|n| n.parse::<usize>().ok());
        match index {
            Some(n) if n < disks.len() && !out.iter().any(|v| v.virtual_name == *virtual_name) => {
                out.push(make(n, Some(device.clone())));
            }
            _ => warnings.push(EventMessage::InstanceStoreMappingIgnored {
                instance_type: info.name.to_string(),
                available: disks.len() as u32,
                device: device.clone(),
                virtual_name: virtual_name.clone(),
            }),
        }
    }
    out
}

/// After a type change the instance store follows the new type (stopped, so it is empty anyway).
pub(crate) fn rebuild_instance_store(instance: &mut Instance, info: &InstanceTypeInfo) {
    let ephemeral: Vec<(String, String)> = instance
        .instance_store
        .iter()
        .filter(|s| !s.is_root)
        .map(|s| {
            (
                s.device_name
                    .clone()
                    .unwrap_or_else(|| "/dev/sdb".to_string()),
                s.virtual_name.clone(),
            )
        })
        .collect();
    let root: Vec<InstanceStoreVolume> = instance
        .instance_store
        .iter()
        .filter(|s| s.is_root)
        .cloned()
        .collect();
    let mut ignored = Vec::new();
    instance.instance_store = root;
    instance
        .instance_store
        .extend(plan_instance_store(info, &ephemeral, &mut ignored));
}

fn architecture_of_type(info: &InstanceTypeInfo) -> &'static str {
    if info.architectures.iter().any(|a| a.as_str() == "x86_64") {
        "x86_64"
    } else {
        info.architectures.first().map_or("unknown", |a| a.as_str())
    }
}

impl World {
    /// RunInstances. Every check happens before anything is created: an error leaves the world
    /// exactly as it was.
    pub fn run_instances(&mut self, request: &RunInstancesRequest) -> ApiResult<Reservation> {
        let r = region(&request.region)?;
        // --- count
        if request.count < 1 {
            return Err(error::invalid_parameter_value(format!(
                "Value ({}) for parameter MinCount is invalid. Expected a positive number.",
                request.count
            )));
        }
        if request.count > MAX_INSTANCES_PER_CALL {
            return Err(error::invalid_parameter_value(format!(
                "Value ({}) for parameter MaxCount is invalid. This simulator launches at most {MAX_INSTANCES_PER_CALL} instances per call.",
                request.count
            ))
            .with_hint("Real accounts are limited by vCPU quotas (VcpuLimitExceeded) rather than a fixed count."));
        }
        // --- placement
        let az = match (&request.subnet_id, &request.availability_zone) {
            (Some(subnet), az) => {
                let Some(subnet_az) = r.az_of_subnet(subnet) else {
                    return Err(ApiError::new(
                        "InvalidSubnetID.NotFound",
                        format!("The subnet ID '{subnet}' does not exist"),
                    ));
                };
                if az.as_ref().is_some_and(|a| *a != subnet_az) {
                    return Err(error::invalid_parameter_combination(format!(
                        "The specified Availability Zone does not match the subnet's Availability Zone ({subnet_az})."
                    )));
                }
                subnet_az
            }
            (None, Some(az)) => {
                r.check_az(az)?;
                az.clone()
            }
            (None, None) => String::new(),
        };
        // --- type
        let Some(info) = super::catalog::lookup(&request.instance_type) else {
            return Err(error::invalid_instance_type(&request.instance_type));
        };
        // --- image
        if request.image_id.is_empty() {
            return Err(error::missing_parameter("ImageId"));
        }
        let image: Image = self.image_in(r.name, &request.image_id)?.clone();
        if image.state == super::ami::ImageState::Pending {
            return Err(error::image_pending_cannot_run(&image.id));
        }
        // ec2-facts 4: architecture mismatch between AMI and type.
        if !info
            .architectures
            .iter()
            .any(|a| a.as_str() == image.architecture)
        {
            return Err(error::architecture_mismatch(
                architecture_of_type(info),
                &image.architecture,
            ));
        }
        let instance_store_backed = image.root_device_type == RootDeviceType::InstanceStore;
        if instance_store_backed {
            // ec2-facts 2.3 / 3.1: only some previous-generation families boot from instance store.
            if !info.supports_instance_store_root {
                // [UNVERIFIED] code and wording.
                return Err(error::invalid_parameter_combination(format!(
                    "The instance type '{}' does not support instance-store root devices.",
                    info.name
                ))
                .with_hint("Instance-store-backed AMIs run only on previous-generation families C1, C3, D2, I2, M1, M2, M3, R3 and X1, e.g. m3.medium."));
            }
            if request.shutdown_behavior == Some(ShutdownBehavior::Stop) {
                // Real text (mitchellh/vagrant-aws#131).
                return Err(error::invalid_parameter_combination(
                    "The attribute instanceInitiatedShutdownBehavior can only be used for elastic images.",
                ));
            }
            if request
                .block_device_mappings
                .iter()
                .any(|m| m.ebs.is_some())
            {
                // Real text (docker/machine#1284).
                return Err(ApiError::new(
                    "InvalidBlockDeviceMapping",
                    "EBS block device mappings not supported for instance-store AMIs.",
                ));
            }
        }
        // --- hibernation (ec2-facts 1.4 prerequisites)
        if request.hibernation {
            if let Some(block) = hibernation_block(info, image.root_device_type) {
                return Err(block.error(&info.name));
            }
        }
        // --- block devices
        let (volumes, ephemeral) =
            self.plan_block_devices(&image, &request.block_device_mappings)?;
        // ec2-facts 1.4: hibernation saves RAM to the root volume, which must be encrypted.
        // Real text (apache/airflow#35790).
        if request.hibernation && volumes.first().is_some_and(|root| !root.encrypted) {
            return Err(ApiError::new(
                "UnsupportedHibernationConfiguration",
                "For hibernation, the root device volume must be encrypted.",
            ));
        }
        let mut warnings = Vec::new();
        let planned_store = plan_instance_store(info, &ephemeral, &mut warnings);

        // Everything checked: create.
        let count = request.count as usize;
        let reservation_id = self.new_id("r");
        let mut ids = Vec::new();
        for launch_index in 0..count {
            let az = if az.is_empty() {
                let azs = r.availability_zones();
                azs[self.rng.below(azs.len() as u64) as usize].clone()
            } else {
                az.clone()
            };
            let id = self.launch_one(
                request,
                info,
                &image,
                &az,
                &reservation_id,
                launch_index as u32,
                &volumes,
                &planned_store,
            );
            ids.push(id);
        }
        let mut args = vec![
            "--image-id".to_string(),
            image.id.clone(),
            "--instance-type".to_string(),
            info.name.clone(),
        ];
        if count > 1 {
            args.push("--count".to_string());
            args.push(count.to_string());
        }
        if let Some(az) = &request.availability_zone {
            args.push("--placement".to_string());
            args.push(format!("AvailabilityZone={az}"));
        }
        if let Some(name) = request.tags.get("Name") {
            args.push("--tag-specifications".to_string());
            args.push(format!(
                "ResourceType=instance,Tags=[{{Key=Name,Value={name}}}]"
            ));
        }
        if request.hibernation {
            args.push("--hibernation-options".to_string());
            args.push("Configured=true".to_string());
        }
        if request.disable_api_termination {
            args.push("--disable-api-termination".to_string());
        }
        if request.disable_api_stop {
            args.push("--disable-api-stop".to_string());
        }
        if let Some(b) = request.shutdown_behavior {
            args.push("--instance-initiated-shutdown-behavior".to_string());
            args.push(b.as_str().to_string());
        }
        let cli = cli_command(r.name, "run-instances", &args);
        self.log_api(
            r.name,
            &ids.join(","),
            EventMessage::RunInstances {
                count: count as u32,
                instance_type: info.name.to_string(),
                image_id: image.id.clone(),
                instance_ids: ids.clone(),
            },
            cli,
        );
        let warning_lines = warnings.iter().map(ToString::to_string).collect();
        for w in warnings {
            self.log(r.name, &reservation_id, EventKind::Api, w, None);
        }
        Ok(Reservation {
            reservation_id,
            instance_ids: ids,
            warnings: warning_lines,
        })
    }

    /// Merges the AMI's mapping with the request's: overrides (size, type, DeleteOnTermination),
    /// new volumes, `NoDevice`, and `ephemeralN`. Returns the EBS volumes to create (root first)
    /// and the (device, ephemeralN) pairs.
    #[allow(clippy::type_complexity)]
    fn plan_block_devices(
        &self,
        image: &Image,
        requested: &[BlockDeviceMappingSpec],
    ) -> ApiResult<(Vec<PlannedVolume>, Vec<(String, String)>)> {
        let mut mappings: Vec<ImageBlockDevice> = image.block_device_mappings.clone();
        for (n, spec) in requested.iter().enumerate() {
            if spec.device_name.is_empty() {
                return Err(error::missing_parameter("BlockDeviceMapping.DeviceName"));
            }
            // A request's mapping may override the AMI's for a device, but names one device once.
            // [UNVERIFIED] for RunInstances: EC2's text when an image mapping did so
            // (hashicorp/packer#2320).
            if requested[..n]
                .iter()
                .any(|s| s.device_name == spec.device_name)
            {
                return Err(ApiError::new(
                    "InvalidBlockDeviceMapping",
                    format!("{} is being assigned to multiple times.", spec.device_name),
                ));
            }
            if spec.no_device {
                if spec.device_name == image.root_device_name {
                    return Err(ApiError::new(
                        "InvalidBlockDeviceMapping",
                        format!(
                            "The device '{}' is the root device and cannot be suppressed.",
                            spec.device_name
                        ),
                    ));
                }
                mappings.retain(|m| m.device_name != spec.device_name);
                continue;
            }
            if let Some(virtual_name) = &spec.virtual_name {
                let well_formed = virtual_name
                    .strip_prefix("ephemeral")
                    .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n <= 23));
                if !well_formed {
                    return Err(error::invalid_parameter_value(format!(
                        "Invalid virtual name '{virtual_name}': expected ephemeral0 to ephemeral23."
                    )));
                }
                mappings.retain(|m| m.device_name != spec.device_name);
                mappings.push(ImageBlockDevice {
                    device_name: spec.device_name.clone(),
                    ebs: None,
                    virtual_name: Some(virtual_name.clone()),
                });
                continue;
            }
            let Some(ebs) = &spec.ebs else {
                return Err(ApiError::new(
                    "InvalidBlockDeviceMapping",
                    format!(
                        "The block device mapping for '{}' needs Ebs, VirtualName or NoDevice.",
                        spec.device_name
                    ),
                ));
            };
            if spec.device_name != image.root_device_name {
                check_device_name(&spec.device_name)?;
            }
            match mappings
                .iter_mut()
                .find(|m| m.device_name == spec.device_name && m.ebs.is_some())
            {
                Some(existing) => {
                    let current = existing.ebs.clone().unwrap_or(ImageEbs {
                        snapshot_id: None,
                        volume_size: 8,
                        delete_on_termination: true,
                        volume_type: VolumeType::Gp3,
                        encrypted: false,
                        iops: None,
                    });
                    if ebs
                        .snapshot_id
                        .as_ref()
                        .is_some_and(|s| Some(s) != current.snapshot_id.as_ref())
                    {
                        return Err(ApiError::new(
                            "InvalidBlockDeviceMapping",
                            format!(
                                "The snapshot of the AMI's device '{}' cannot be replaced.",
                                spec.device_name
                            ),
                        ));
                    }
                    let size = ebs.volume_size.unwrap_or(current.volume_size as i64);
                    let (volume_type, size, iops) = check_volume_spec(
                        ebs.volume_type.as_deref(),
                        Some(size),
                        ebs.iops.or(current.iops.map(|n| n as i64)),
                        None,
                        current.volume_type,
                    )
                    .map_err(|e| ApiError::new("InvalidBlockDeviceMapping", e.message))?;
                    if let Some(snap) = &current.snapshot_id {
                        let snap_size = self
                            .snapshots
                            .get(snap)
                            .map_or(current.volume_size, |s| s.volume_size);
                        if size < snap_size {
                            // Real text, double space included (scylladb/scylladb#6999).
                            return Err(ApiError::new(
                                "InvalidBlockDeviceMapping",
                                format!("Volume of size {size}GB is smaller than  snapshot '{snap}', expect size >= {snap_size}GB"),
                            ));
                        }
                    }
                    existing.ebs = Some(ImageEbs {
                        snapshot_id: current.snapshot_id,
                        volume_size: size,
                        delete_on_termination: ebs
                            .delete_on_termination
                            .unwrap_or(current.delete_on_termination),
                        volume_type,
                        encrypted: ebs.encrypted.unwrap_or(current.encrypted),
                        iops,
                    });
                }
                None => {
                    let snapshot = match &ebs.snapshot_id {
                        Some(s) => Some(self.snapshot_in(&image.region, s)?.clone()),
                        None => None,
                    };
                    if ebs.volume_size.is_none() && snapshot.is_none() {
                        return Err(error::missing_parameter(&format!(
                            "BlockDeviceMapping '{}' size or snapshotId",
                            spec.device_name
                        )));
                    }
                    let (volume_type, size, iops) = check_volume_spec(
                        ebs.volume_type.as_deref(),
                        ebs.volume_size,
                        ebs.iops,
                        snapshot.as_ref(),
                        VolumeType::Gp2,
                    )
                    .map_err(|e| ApiError::new("InvalidBlockDeviceMapping", e.message))?;
                    if let Some(s) = &snapshot {
                        if size < s.volume_size {
                            return Err(ApiError::new(
                                "InvalidBlockDeviceMapping",
                                format!("Volume of size {size}GB is smaller than  snapshot '{}', expect size >= {}GB", s.id, s.volume_size),
                            ));
                        }
                    }
                    mappings.retain(|m| m.device_name != spec.device_name);
                    mappings.push(ImageBlockDevice {
                        device_name: spec.device_name.clone(),
                        ebs: Some(ImageEbs {
                            snapshot_id: ebs.snapshot_id.clone(),
                            volume_size: size,
                            // ec2-facts 3.2: launch-time volumes default to DeleteOnTermination=true.
                            delete_on_termination: ebs.delete_on_termination.unwrap_or(true),
                            volume_type,
                            encrypted: ebs.encrypted.unwrap_or(false)
                                || snapshot.as_ref().is_some_and(|s| s.encrypted),
                            iops,
                        }),
                        virtual_name: None,
                    });
                }
            }
        }
        let mut volumes = Vec::new();
        let mut ephemeral = Vec::new();
        for m in &mappings {
            if let Some(v) = &m.virtual_name {
                ephemeral.push((m.device_name.clone(), v.clone()));
                continue;
            }
            let Some(ebs) = &m.ebs else { continue };
            let is_root = m.device_name == image.root_device_name;
            if is_root && !ebs.volume_type.can_boot() {
                // ec2-facts 3.2: st1 and sc1 cannot be boot volumes. [UNVERIFIED] wording.
                return Err(ApiError::new(
                    "InvalidBlockDeviceMapping",
                    format!(
                        "The volume type {} is not supported as a root (boot) volume.",
                        ebs.volume_type.as_str()
                    ),
                ));
            }
            let data = ebs
                .snapshot_id
                .as_ref()
                .and_then(|s| self.snapshots.get(s))
                .map(|s| s.data.clone());
            let planned = PlannedVolume {
                device_name: m.device_name.clone(),
                volume_type: ebs.volume_type,
                size_gib: ebs.volume_size,
                iops: ebs.iops,
                delete_on_termination: ebs.delete_on_termination,
                encrypted: ebs.encrypted,
                snapshot_id: ebs.snapshot_id.clone(),
                data,
            };
            if is_root {
                volumes.insert(0, planned);
            } else {
                volumes.push(planned);
            }
        }
        if image.root_device_type == RootDeviceType::Ebs
            && volumes
                .first()
                .is_none_or(|v| v.device_name != image.root_device_name)
        {
            return Err(ApiError::new(
                "InvalidBlockDeviceMapping",
                format!(
                    "The AMI has no EBS volume for its root device {}.",
                    image.root_device_name
                ),
            ));
        }
        Ok((volumes, ephemeral))
    }

    /// Creates one instance of a validated request, in `pending`.
    #[allow(clippy::too_many_arguments)]
    fn launch_one(
        &mut self,
        request: &RunInstancesRequest,
        info: &InstanceTypeInfo,
        image: &Image,
        az: &str,
        reservation_id: &str,
        launch_index: u32,
        volumes: &[PlannedVolume],
        planned_store: &[InstanceStoreVolume],
    ) -> String {
        let r = region(&request.region).unwrap_or(&super::region::REGIONS[0]);
        let az_index = r.az_index(az).unwrap_or(0);
        let id = self.new_id("i");
        let now = self.now;
        let private_ip = self.new_private_ip(r.name, az_index);
        let assign_public_ip = request.associate_public_ip.unwrap_or(true);
        let public_ip = assign_public_ip.then(|| self.new_public_ip(r.name));
        let instance_store_backed = image.root_device_type == RootDeviceType::InstanceStore;
        let mut instance_store: Vec<InstanceStoreVolume> = Vec::new();
        if instance_store_backed {
            let template = image
                .instance_store_root
                .clone()
                .unwrap_or_else(|| super::osimage::root_filesystem(image.os, 10));
            instance_store.push(InstanceStoreVolume {
                virtual_name: "ami".to_string(),
                device_name: Some(image.root_device_name.clone()),
                guest_device: String::new(),
                size_gb: template.capacity_bytes / GIB,
                hdd: false,
                nvme: false,
                is_root: true,
                fs: template,
                resets: 0,
            });
        }
        instance_store.extend(planned_store.iter().cloned());
        let shutdown_behavior = if instance_store_backed {
            ShutdownBehavior::Terminate
        } else {
            request.shutdown_behavior.unwrap_or(ShutdownBehavior::Stop)
        };
        let span = if instance_store_backed {
            self.timings.pending_instance_store
        } else {
            self.timings.pending_ebs
        };
        let ends = now + self.draw(span);
        let mut instance = Instance {
            id: id.clone(),
            region: r.name.to_string(),
            availability_zone: az.to_string(),
            subnet_id: r.subnet_id(az),
            vpc_id: r.vpc_id(),
            reservation_id: reservation_id.to_string(),
            ami_launch_index: launch_index,
            instance_type: info.name.clone(),
            image_id: image.id.clone(),
            architecture: image.architecture.clone(),
            hypervisor: info.hypervisor.map(|h| h.as_str().to_string()),
            os: image.os,
            key_name: request.key_name.clone(),
            product_codes: image.product_codes.clone(),
            state: LifecycleState::Pending,
            state_since: now,
            transition_ends_at: Some(ends),
            stop_kind: None,
            reboot: None,
            retirement_at: None,
            state_reason: None,
            state_transition_reason: String::new(),
            launch_time: now,
            launch_order: self.next_launch_order(),
            terminated_at: None,
            root_device_type: image.root_device_type,
            root_device_name: image.root_device_name.clone(),
            block_devices: Vec::new(),
            instance_store,
            next_nvme_index: 0,
            private_ip: Some(private_ip),
            auto_public_ip: public_ip,
            assign_public_ip,
            elastic_ip_allocation: None,
            hibernation_configured: request.hibernation,
            disable_api_termination: request.disable_api_termination,
            disable_api_stop: request.disable_api_stop,
            shutdown_behavior,
            tags: request.tags.clone(),
            guest: Guest::new(image.os, guest::ram_disk_capacity(info)),
            billing: Default::default(),
        };
        // Device names for the root and launch-time EBS volumes, then instance store.
        let mut attachments = Vec::new();
        for planned in volumes {
            let volume_id = self.new_id("vol");
            let mut fs = planned.data.clone().unwrap_or_else(|| FileSystem::raw(0));
            fs.capacity_bytes = planned.size_gib * GIB;
            let guest_device = guest::ebs_guest_device(&mut instance, &planned.device_name);
            instance.block_devices.push(BlockDevice {
                device_name: planned.device_name.clone(),
                volume_id: volume_id.clone(),
                guest_device,
            });
            let volume = Volume {
                id: volume_id.clone(),
                region: r.name.to_string(),
                availability_zone: az.to_string(),
                size_gib: planned.size_gib,
                volume_type: planned.volume_type,
                iops: planned.iops.or(match planned.volume_type {
                    VolumeType::Gp3 => Some(3000),
                    VolumeType::Gp2 => Some((planned.size_gib * 3).clamp(100, 16_000)),
                    _ => None,
                }),
                throughput: (planned.volume_type == VolumeType::Gp3).then_some(125),
                encrypted: planned.encrypted,
                state: VolumeState::InUse,
                create_time: now,
                ready_at: None,
                snapshot_id: planned.snapshot_id.clone(),
                attachment: Some(VolumeAttachment {
                    instance_id: id.clone(),
                    device: planned.device_name.clone(),
                    state: AttachmentState::Attached,
                    attach_time: now,
                    until: None,
                    delete_on_termination: planned.delete_on_termination,
                }),
                fs,
                tags: BTreeMap::new(),
            };
            attachments.push(volume);
        }
        guest::name_instance_store(&mut instance);
        for v in attachments {
            self.volumes.insert(v.id.clone(), v);
        }
        self.instances.insert(id.clone(), instance);
        self.log(
            r.name,
            &id,
            EventKind::StateChange,
            EventMessage::InstanceLaunched {
                instance_id: id.clone(),
                availability_zone: az.to_string(),
            },
            None,
        );
        id
    }
}
