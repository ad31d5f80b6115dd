//! The command table: every `aws ec2` subcommand the interpreter knows, its API operation name,
//! its options and what each expects. Parsing, `help` and tab completion all read it.

/// What an option takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One value: `--image-id ami-…`.
    Value,
    /// One or more values: `--instance-ids i-1 i-2`.
    List,
    /// No value: `--hibernate`.
    Flag,
    /// A boolean pair: `--disable-api-termination` / `--no-disable-api-termination`.
    Toggle,
    /// One shorthand or JSON structure: `--placement AvailabilityZone=us-east-1a`.
    Structure,
    /// A list of structures: several shorthand arguments or one JSON list.
    StructureList,
}

/// What kind of word a value is (for completion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueHint {
    None,
    InstanceId,
    VolumeId,
    SnapshotId,
    ImageId,
    AllocationId,
    AssociationId,
    InstanceType,
    Region,
    AvailabilityZone,
    VolumeType,
}

#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub hint: ValueHint,
    pub help: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// `run-instances`
    pub name: &'static str,
    /// `RunInstances`: used in `An error occurred (…) when calling the RunInstances operation`.
    pub operation: &'static str,
    pub summary: &'static str,
    pub options: &'static [OptionSpec],
}

const fn opt(name: &'static str, kind: Kind, hint: ValueHint, help: &'static str) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        required: false,
        hint,
        help,
    }
}

const fn req(name: &'static str, kind: Kind, hint: ValueHint, help: &'static str) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        required: true,
        hint,
        help,
    }
}

use Kind::*;
use ValueHint as H;

/// Options every `aws` command accepts.
pub const GLOBAL_OPTIONS: &[OptionSpec] = &[
    opt(
        "--region",
        Value,
        H::Region,
        "us-east-1 (default) or ap-northeast-2",
    ),
    opt(
        "--output",
        Value,
        H::None,
        "json (the only format this simulator prints)",
    ),
    opt(
        "--query",
        Value,
        H::None,
        "a JMESPath subset: A.B, A[], A[*].B, A[0], [A,B], {K:A}",
    ),
    opt(
        "--dry-run",
        Flag,
        H::None,
        "check permissions and parameters without making the request",
    ),
    opt("--no-cli-pager", Flag, H::None, "ignored"),
    opt("--profile", Value, H::None, "ignored"),
];

const FILTERS: OptionSpec = opt(
    "--filters",
    StructureList,
    H::None,
    "Name=NAME,Values=V1,V2 … (or JSON)",
);

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "run-instances",
        operation: "RunInstances",
        summary: "Launch instances from an AMI",
        options: &[
            opt("--image-id", Value, H::ImageId, "the AMI"),
            opt("--instance-type", Value, H::InstanceType, "e.g. t2.micro"),
            opt("--count", Value, H::None, "N or MIN:MAX (default 1)"),
            opt("--key-name", Value, H::None, "key pair name (recorded, not checked)"),
            opt("--placement", Structure, H::None, "AvailabilityZone=us-east-1a"),
            opt("--subnet-id", Value, H::None, "a default subnet ID"),
            opt("--block-device-mappings", StructureList, H::None, "DeviceName=/dev/sdf,Ebs={VolumeSize=10,VolumeType=gp3,DeleteOnTermination=false} (or JSON)"),
            opt("--disable-api-termination", Toggle, H::None, "termination protection"),
            opt("--disable-api-stop", Toggle, H::None, "stop protection"),
            opt("--hibernation-options", Structure, H::None, "Configured=true"),
            opt("--instance-initiated-shutdown-behavior", Value, H::None, "stop or terminate"),
            opt("--tag-specifications", StructureList, H::None, "ResourceType=instance,Tags=[{Key=Name,Value=web}]"),
            opt("--associate-public-ip-address", Toggle, H::None, "auto-assign a public IPv4 (default: yes)"),
            opt("--security-group-ids", List, H::None, "accepted, not modelled"),
        ],
    },
    CommandSpec {
        name: "describe-instances",
        operation: "DescribeInstances",
        summary: "Describe instances (terminated ones stay listed about an hour)",
        options: &[opt("--instance-ids", List, H::InstanceId, "instance IDs"), FILTERS],
    },
    CommandSpec {
        name: "start-instances",
        operation: "StartInstances",
        summary: "Start stopped instances",
        options: &[req("--instance-ids", List, H::InstanceId, "instance IDs")],
    },
    CommandSpec {
        name: "stop-instances",
        operation: "StopInstances",
        summary: "Stop (or hibernate) EBS-backed instances",
        options: &[
            req("--instance-ids", List, H::InstanceId, "instance IDs"),
            opt("--hibernate", Toggle, H::None, "hibernate (only if configured at launch)"),
            opt("--force", Toggle, H::None, "force a stuck stop"),
        ],
    },
    CommandSpec {
        name: "reboot-instances",
        operation: "RebootInstances",
        summary: "Reboot running instances (they stay 'running')",
        options: &[req("--instance-ids", List, H::InstanceId, "instance IDs")],
    },
    CommandSpec {
        name: "terminate-instances",
        operation: "TerminateInstances",
        summary: "Terminate instances (permanent)",
        options: &[req("--instance-ids", List, H::InstanceId, "instance IDs")],
    },
    CommandSpec {
        name: "modify-instance-attribute",
        operation: "ModifyInstanceAttribute",
        summary: "Change the type (when stopped), protections, shutdown behaviour, DeleteOnTermination",
        options: &[
            req("--instance-id", Value, H::InstanceId, "the instance"),
            opt("--instance-type", Structure, H::InstanceType, "Value=t3.small"),
            opt("--disable-api-termination", Toggle, H::None, "termination protection"),
            opt("--disable-api-stop", Toggle, H::None, "stop protection"),
            opt("--instance-initiated-shutdown-behavior", Structure, H::None, "Value=stop|terminate"),
            opt("--block-device-mappings", StructureList, H::None, "DeviceName=/dev/xvda,Ebs={DeleteOnTermination=false}"),
            opt("--attribute", Value, H::None, "instanceType | disableApiTermination | disableApiStop | instanceInitiatedShutdownBehavior"),
            opt("--value", Value, H::None, "the attribute's new value"),
        ],
    },
    CommandSpec {
        name: "create-image",
        operation: "CreateImage",
        summary: "Create an EBS-backed AMI from an instance (reboots it unless --no-reboot)",
        options: &[
            req("--instance-id", Value, H::InstanceId, "the instance"),
            req("--name", Value, H::None, "AMI name"),
            opt("--description", Value, H::None, "description"),
            opt("--no-reboot", Flag, H::None, "do not reboot: file system integrity is not guaranteed"),
            opt("--reboot", Flag, H::None, "reboot (the default)"),
        ],
    },
    CommandSpec {
        name: "describe-images",
        operation: "DescribeImages",
        summary: "Describe AMIs",
        options: &[
            opt("--image-ids", List, H::ImageId, "AMI IDs"),
            opt("--owners", List, H::None, "self, amazon, aws-marketplace or an account ID"),
            FILTERS,
        ],
    },
    CommandSpec {
        name: "copy-image",
        operation: "CopyImage",
        summary: "Copy an AMI (run in the destination region)",
        options: &[
            req("--source-image-id", Value, H::ImageId, "the AMI to copy"),
            req("--source-region", Value, H::Region, "its region"),
            req("--name", Value, H::None, "name of the copy"),
            opt("--description", Value, H::None, "description"),
        ],
    },
    CommandSpec {
        name: "deregister-image",
        operation: "DeregisterImage",
        summary: "Deregister an AMI (instances and snapshots stay)",
        options: &[req("--image-id", Value, H::ImageId, "the AMI")],
    },
    CommandSpec {
        name: "create-volume",
        operation: "CreateVolume",
        summary: "Create an EBS volume in one Availability Zone",
        options: &[
            req("--availability-zone", Value, H::AvailabilityZone, "e.g. us-east-1a"),
            opt("--size", Value, H::None, "GiB"),
            opt("--snapshot-id", Value, H::SnapshotId, "create from a snapshot"),
            opt("--volume-type", Value, H::VolumeType, "gp2 (default), gp3, io1, io2, st1, sc1, standard"),
            opt("--iops", Value, H::None, "provisioned IOPS (gp3, io1, io2)"),
            opt("--encrypted", Toggle, H::None, "encrypt"),
            opt("--tag-specifications", StructureList, H::None, "ResourceType=volume,Tags=[{Key=Name,Value=data}]"),
        ],
    },
    CommandSpec {
        name: "attach-volume",
        operation: "AttachVolume",
        summary: "Attach a volume to an instance in the same AZ",
        options: &[
            req("--volume-id", Value, H::VolumeId, "the volume"),
            req("--instance-id", Value, H::InstanceId, "the instance"),
            req("--device", Value, H::None, "e.g. /dev/sdf"),
        ],
    },
    CommandSpec {
        name: "detach-volume",
        operation: "DetachVolume",
        summary: "Detach a volume (the root only when stopped)",
        options: &[
            req("--volume-id", Value, H::VolumeId, "the volume"),
            opt("--instance-id", Value, H::InstanceId, "the instance"),
            opt("--device", Value, H::None, "device name"),
            opt("--force", Toggle, H::None, "last resort"),
        ],
    },
    CommandSpec {
        name: "delete-volume",
        operation: "DeleteVolume",
        summary: "Delete an available volume",
        options: &[req("--volume-id", Value, H::VolumeId, "the volume")],
    },
    CommandSpec {
        name: "describe-volumes",
        operation: "DescribeVolumes",
        summary: "Describe EBS volumes",
        options: &[opt("--volume-ids", List, H::VolumeId, "volume IDs"), FILTERS],
    },
    CommandSpec {
        name: "create-snapshot",
        operation: "CreateSnapshot",
        summary: "Snapshot a volume (pending, then completed)",
        options: &[
            req("--volume-id", Value, H::VolumeId, "the volume"),
            opt("--description", Value, H::None, "description"),
        ],
    },
    CommandSpec {
        name: "delete-snapshot",
        operation: "DeleteSnapshot",
        summary: "Delete a snapshot no registered AMI uses",
        options: &[req("--snapshot-id", Value, H::SnapshotId, "the snapshot")],
    },
    CommandSpec {
        name: "describe-snapshots",
        operation: "DescribeSnapshots",
        summary: "Describe snapshots (yours unless --owner-ids says otherwise)",
        options: &[
            opt("--snapshot-ids", List, H::SnapshotId, "snapshot IDs"),
            opt("--owner-ids", List, H::None, "self, amazon or an account ID"),
            FILTERS,
        ],
    },
    CommandSpec {
        name: "describe-instance-types",
        operation: "DescribeInstanceTypes",
        summary: "Describe instance types (the real catalogue)",
        options: &[opt("--instance-types", List, H::InstanceType, "type names"), FILTERS],
    },
    CommandSpec {
        name: "allocate-address",
        operation: "AllocateAddress",
        summary: "Allocate an Elastic IP",
        options: &[opt("--domain", Value, H::None, "vpc")],
    },
    CommandSpec {
        name: "associate-address",
        operation: "AssociateAddress",
        summary: "Associate an Elastic IP with a running or stopped instance",
        options: &[
            req("--allocation-id", Value, H::AllocationId, "the Elastic IP"),
            req("--instance-id", Value, H::InstanceId, "the instance"),
            opt("--allow-reassociation", Toggle, H::None, "move it if already associated"),
        ],
    },
    CommandSpec {
        name: "describe-addresses",
        operation: "DescribeAddresses",
        summary: "Describe Elastic IPs",
        options: &[
            opt("--allocation-ids", List, H::AllocationId, "allocation IDs"),
            opt("--public-ips", List, H::None, "addresses"),
            FILTERS,
        ],
    },
    CommandSpec {
        name: "disassociate-address",
        operation: "DisassociateAddress",
        summary: "Disassociate an Elastic IP",
        options: &[req("--association-id", Value, H::AssociationId, "the association")],
    },
    CommandSpec {
        name: "release-address",
        operation: "ReleaseAddress",
        summary: "Release an Elastic IP",
        options: &[req("--allocation-id", Value, H::AllocationId, "the Elastic IP")],
    },
    CommandSpec {
        name: "wait",
        operation: "Wait",
        summary: "Advance the clock until a condition holds: instance-running, instance-stopped, instance-terminated, image-available, snapshot-completed, volume-available",
        options: &[
            opt("--instance-ids", List, H::InstanceId, "instances (instance-* waiters)"),
            opt("--image-ids", List, H::ImageId, "AMIs (image-available)"),
            opt("--snapshot-ids", List, H::SnapshotId, "snapshots (snapshot-completed)"),
            opt("--volume-ids", List, H::VolumeId, "volumes (volume-available)"),
            FILTERS,
        ],
    },
];

/// The waiters `aws ec2 wait` knows: (name, waiter name in errors, what it waits for).
pub const WAITERS: &[(&str, &str, &str)] = &[
    (
        "instance-running",
        "InstanceRunning",
        "instances reach 'running'",
    ),
    (
        "instance-stopped",
        "InstanceStopped",
        "instances reach 'stopped'",
    ),
    (
        "instance-terminated",
        "InstanceTerminated",
        "instances reach 'terminated'",
    ),
    (
        "image-available",
        "ImageAvailable",
        "AMIs become 'available'",
    ),
    (
        "snapshot-completed",
        "SnapshotCompleted",
        "snapshots become 'completed'",
    ),
    (
        "volume-available",
        "VolumeAvailable",
        "volumes become 'available'",
    ),
];

pub fn command(name: &str) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| c.name == name)
}

impl CommandSpec {
    pub fn option(&self, name: &str) -> Option<&'static OptionSpec> {
        let bare = name.strip_prefix("--no-").map(|n| format!("--{n}"));
        self.options
            .iter()
            .chain(GLOBAL_OPTIONS.iter())
            .find(|o| o.name == name || (o.kind == Kind::Toggle && bare.as_deref() == Some(o.name)))
    }
}
