//! The wizard's form as the learner fills it in: text stays text (a size field may hold "abc"
//! until it is fixed), so every value is kept exactly as typed and judged by [`super::check`].

use super::images::ImageChoice;
use crate::sim::instance::{RootDeviceType, ShutdownBehavior};
use crate::sim::storage::VolumeType;

/// Root volume types offered: those that can boot and need no provisioned IOPS (ec2-facts 3.2:
/// st1 and sc1 cannot be boot volumes).
pub const ROOT_VOLUME_TYPES: [VolumeType; 3] =
    [VolumeType::Gp3, VolumeType::Gp2, VolumeType::Standard];
/// Types offered for extra data volumes (io1/io2 need an IOPS figure the wizard does not ask for).
pub const DATA_VOLUME_TYPES: [VolumeType; 5] = [
    VolumeType::Gp3,
    VolumeType::Gp2,
    VolumeType::St1,
    VolumeType::Sc1,
    VolumeType::Standard,
];
/// The console's default for a new data volume.
pub const DEFAULT_DATA_VOLUME_GIB: u64 = 8;
/// How many extra volumes the wizard lets one add (device names /dev/sdf … /dev/sdp).
pub const MAX_EXTRA_VOLUMES: usize = 11;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TagRow {
    pub key: String,
    pub value: String,
}

/// An extra EBS volume to create at launch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraVolume {
    /// Stable key for the UI's list (rows are removed from the middle).
    pub key: u32,
    pub size: String,
    pub volume_type: VolumeType,
    pub delete_on_termination: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaunchForm {
    pub name: String,
    /// Tags besides Name.
    pub tags: Vec<TagRow>,
    pub image_id: String,
    pub instance_type: String,
    pub root_size: String,
    pub root_type: VolumeType,
    pub root_delete_on_termination: bool,
    pub extra_volumes: Vec<ExtraVolume>,
    pub next_volume_key: u32,
    pub termination_protection: bool,
    pub stop_protection: bool,
    pub hibernation: bool,
    pub shutdown_behavior: ShutdownBehavior,
    pub count: String,
    /// Empty: no preference (EC2 picks one per instance).
    pub availability_zone: String,
}

/// One change the learner makes.
#[derive(Clone, Debug, PartialEq)]
pub enum LaunchEdit {
    Name(String),
    AddTag,
    TagKey(usize, String),
    TagValue(usize, String),
    RemoveTag(usize),
    Image(Box<ImageChoice>),
    InstanceType(String),
    RootSize(String),
    RootType(VolumeType),
    RootDeleteOnTermination(bool),
    AddVolume,
    VolumeSize(usize, String),
    VolumeType(usize, VolumeType),
    VolumeDeleteOnTermination(usize, bool),
    RemoveVolume(usize),
    TerminationProtection(bool),
    StopProtection(bool),
    Hibernation(bool),
    ShutdownBehavior(ShutdownBehavior),
    Count(String),
    AvailabilityZone(String),
}

impl LaunchForm {
    /// The console's defaults: the given AMI (its root size), t2.micro, gp3 root deleted on
    /// termination, one instance, no preferred AZ.
    pub fn new(image: Option<&ImageChoice>) -> LaunchForm {
        let mut form = LaunchForm {
            name: String::new(),
            tags: Vec::new(),
            image_id: String::new(),
            instance_type: "t2.micro".to_string(),
            root_size: "8".to_string(),
            root_type: VolumeType::Gp3,
            root_delete_on_termination: true,
            extra_volumes: Vec::new(),
            next_volume_key: 0,
            termination_protection: false,
            stop_protection: false,
            hibernation: false,
            shutdown_behavior: ShutdownBehavior::Stop,
            count: "1".to_string(),
            availability_zone: String::new(),
        };
        if let Some(image) = image {
            form.choose_image(image);
        }
        form
    }

    /// Picking an AMI sets the root volume to its snapshot's size and type, as the console does.
    pub fn choose_image(&mut self, image: &ImageChoice) {
        self.image_id = image.id.clone();
        self.root_size = image.root_size_gib.to_string();
        if let Some(t) = image
            .root_volume_type
            .filter(|t| ROOT_VOLUME_TYPES.contains(t))
        {
            self.root_type = t;
        }
        if image.root_device_type == RootDeviceType::InstanceStore {
            // ec2-facts 1.2: an instance-store-backed instance always terminates on shutdown.
            self.shutdown_behavior = ShutdownBehavior::Terminate;
        }
    }

    pub fn apply(&mut self, edit: LaunchEdit) {
        match edit {
            LaunchEdit::Name(v) => self.name = v,
            LaunchEdit::AddTag => self.tags.push(TagRow::default()),
            LaunchEdit::TagKey(n, v) => {
                if let Some(t) = self.tags.get_mut(n) {
                    t.key = v;
                }
            }
            LaunchEdit::TagValue(n, v) => {
                if let Some(t) = self.tags.get_mut(n) {
                    t.value = v;
                }
            }
            LaunchEdit::RemoveTag(n) => {
                if n < self.tags.len() {
                    self.tags.remove(n);
                }
            }
            LaunchEdit::Image(image) => self.choose_image(&image),
            LaunchEdit::InstanceType(v) => self.instance_type = v,
            LaunchEdit::RootSize(v) => self.root_size = v,
            LaunchEdit::RootType(t) => self.root_type = t,
            LaunchEdit::RootDeleteOnTermination(b) => self.root_delete_on_termination = b,
            LaunchEdit::AddVolume => {
                if self.extra_volumes.len() < MAX_EXTRA_VOLUMES {
                    self.extra_volumes.push(ExtraVolume {
                        key: self.next_volume_key,
                        size: DEFAULT_DATA_VOLUME_GIB.to_string(),
                        volume_type: VolumeType::Gp3,
                        delete_on_termination: true,
                    });
                    self.next_volume_key += 1;
                }
            }
            LaunchEdit::VolumeSize(n, v) => {
                if let Some(x) = self.extra_volumes.get_mut(n) {
                    x.size = v;
                }
            }
            LaunchEdit::VolumeType(n, t) => {
                if let Some(x) = self.extra_volumes.get_mut(n) {
                    x.volume_type = t;
                }
            }
            LaunchEdit::VolumeDeleteOnTermination(n, b) => {
                if let Some(x) = self.extra_volumes.get_mut(n) {
                    x.delete_on_termination = b;
                }
            }
            LaunchEdit::RemoveVolume(n) => {
                if n < self.extra_volumes.len() {
                    self.extra_volumes.remove(n);
                }
            }
            LaunchEdit::TerminationProtection(b) => self.termination_protection = b,
            LaunchEdit::StopProtection(b) => self.stop_protection = b,
            LaunchEdit::Hibernation(b) => self.hibernation = b,
            LaunchEdit::ShutdownBehavior(s) => self.shutdown_behavior = s,
            LaunchEdit::Count(v) => self.count = v,
            LaunchEdit::AvailabilityZone(v) => self.availability_zone = v,
        }
    }
}
