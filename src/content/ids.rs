//! The identifiers that tie lessons, quiz questions and Lab experiments together. A quiz question links to
//! a lesson or an experiment by these ids, so a link that does not resolve does not compile (or, from the
//! JSON data files, fails to parse in a test).

use serde::{Deserialize, Serialize};

/// The lessons of the Learn page, in reading order; they follow the learner's notes (product.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LessonId {
    /// Workload, computing = servers, what "elastic" means.
    CloudBasics,
    /// EC2, ECS, Lambda, Lightsail and when to use which.
    ComputeServices,
    /// Instances and instance types: `[family][generation].[size]`.
    InstanceTypes,
    /// The lifecycle: states, the five cases, reached vs transitional states, what persists.
    Lifecycle,
    /// AMIs: kinds, making a custom one, copy, deregister.
    Amis,
    /// Instance store, EBS, EFS, S3 compared.
    Storage,
}

impl LessonId {
    pub const ALL: [LessonId; 6] = [
        LessonId::CloudBasics,
        LessonId::ComputeServices,
        LessonId::InstanceTypes,
        LessonId::Lifecycle,
        LessonId::Amis,
        LessonId::Storage,
    ];

    /// The id as it appears in data files and URLs (`#/learn/lifecycle`).
    pub fn slug(self) -> &'static str {
        match self {
            LessonId::CloudBasics => "cloud-basics",
            LessonId::ComputeServices => "compute-services",
            LessonId::InstanceTypes => "instance-types",
            LessonId::Lifecycle => "lifecycle",
            LessonId::Amis => "amis",
            LessonId::Storage => "storage",
        }
    }
}

/// Ready-made Lab set-ups a lesson's "try it" button or a quiz explanation can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExperimentId {
    /// Case 1 of the notes: launch, pending → running.
    FirstLaunch,
    /// Case 2: stop a running instance.
    StopRunning,
    /// Case 3: start a stopped instance again.
    RestartStopped,
    /// Case 4: terminate a stopped instance.
    TerminateStopped,
    /// Case 5: terminate a running instance.
    TerminateRunning,
    /// Reboot, and what it keeps.
    Reboot,
    /// Hibernate an instance launched with hibernation.
    Hibernate,
    /// An instance-store-backed instance cannot be stopped.
    InstanceStoreBacked,
    /// m5d.large with files on root EBS, an extra EBS volume, instance store and RAM.
    EbsVsInstanceStore,
    /// DeleteOnTermination on root and extra volumes.
    DeleteOnTermination,
    /// Install nginx, create an image, launch from it.
    CustomAmi,
    /// Copy an AMI to another Region and deregister the original.
    CopyAndDeregisterAmi,
    /// Read and choose instance types in the explorer and decoder.
    InstanceTypeExplorer,
}

impl ExperimentId {
    pub const ALL: [ExperimentId; 13] = [
        ExperimentId::FirstLaunch,
        ExperimentId::StopRunning,
        ExperimentId::RestartStopped,
        ExperimentId::TerminateStopped,
        ExperimentId::TerminateRunning,
        ExperimentId::Reboot,
        ExperimentId::Hibernate,
        ExperimentId::InstanceStoreBacked,
        ExperimentId::EbsVsInstanceStore,
        ExperimentId::DeleteOnTermination,
        ExperimentId::CustomAmi,
        ExperimentId::CopyAndDeregisterAmi,
        ExperimentId::InstanceTypeExplorer,
    ];
}

/// The quiz's topics: every idea in the learner's notes, plus the facts of the domain reference a
/// learner must know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuizTopic {
    CloudBasics,
    ComputeServices,
    InstanceTypes,
    Lifecycle,
    Amis,
    Storage,
    /// What survives reboot, stop, hibernate, terminate (ec2-facts 1.4).
    Persistence,
    /// DeleteOnTermination, volumes and snapshots (ec2-facts 3.2).
    Volumes,
    /// Billing by instance state (ec2-facts 1.1).
    Billing,
}

impl QuizTopic {
    pub const ALL: [QuizTopic; 9] = [
        QuizTopic::CloudBasics,
        QuizTopic::ComputeServices,
        QuizTopic::InstanceTypes,
        QuizTopic::Lifecycle,
        QuizTopic::Amis,
        QuizTopic::Storage,
        QuizTopic::Persistence,
        QuizTopic::Volumes,
        QuizTopic::Billing,
    ];

    /// The lesson that teaches this topic.
    pub fn lesson(self) -> LessonId {
        match self {
            QuizTopic::CloudBasics => LessonId::CloudBasics,
            QuizTopic::ComputeServices => LessonId::ComputeServices,
            QuizTopic::InstanceTypes => LessonId::InstanceTypes,
            QuizTopic::Lifecycle | QuizTopic::Persistence | QuizTopic::Billing => {
                LessonId::Lifecycle
            }
            QuizTopic::Amis => LessonId::Amis,
            QuizTopic::Storage | QuizTopic::Volumes => LessonId::Storage,
        }
    }
}
