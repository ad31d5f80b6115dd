//! API errors: the code and message real EC2 returns, in one place, each citing where the text
//! comes from. Texts marked [UNVERIFIED] are the reference's recommended or best-known form
//! (ec2-facts says so, or only third-party logs show them).
//!
//! The AWS CLI prints these as `An error occurred (CODE) when calling the OPERATION operation:
//! MESSAGE`; the operation name is added by the caller (see `cli`).

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// The EC2 error code, e.g. `IncorrectInstanceState`.
    pub code: String,
    /// The message exactly as EC2 words it.
    pub message: String,
    /// A study hint that real EC2 does not give (e.g. "Did you mean 't2.micro'?"). Kept apart so
    /// the message itself stays faithful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            code: code.to_string(),
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> ApiError {
        self.hint = Some(hint.into());
        self
    }

    /// `An error occurred (CODE) when calling the OPERATION operation: MESSAGE`, as the AWS CLI prints.
    pub fn cli_text(&self, operation: &str) -> String {
        format!(
            "An error occurred ({}) when calling the {} operation: {}",
            self.code, operation, self.message
        )
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

// ---------------------------------------------------------------------------------------------
// ec2-facts 1.3: the lifecycle's illegal actions.

/// ec2-facts 1.3: StartInstances on an instance that is not stopped.
pub fn cannot_start(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectInstanceState",
        format!("The instance '{id}' is not in a state from which it can be started."),
    )
}

/// ec2-facts 1.3: StopInstances on terminated / shutting-down. Note "This instance", not "The".
pub fn cannot_stop(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectInstanceState",
        format!("This instance '{id}' is not in a state from which it can be stopped."),
    )
}

/// ec2-facts 1.2/1.3: StopInstances on `pending` (the reference's recommendation, 2020 capture).
pub fn never_reached_running(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectInstanceState",
        format!("Instance '{id}' cannot be stopped as it has never reached the 'running' state."),
    )
}

/// ec2-facts 1.3: StopInstances on an instance-store-backed instance.
pub fn not_ebs_cannot_stop(id: &str) -> ApiError {
    ApiError::new(
        "UnsupportedOperation",
        format!(
            "The instance '{id}' does not have an 'ebs' root device type and cannot be stopped."
        ),
    )
}

/// ec2-facts 1.3: stop protection. (moto says "may not be terminated" here: ec2-facts 5.2 #5.)
pub fn stop_protected(id: &str) -> ApiError {
    ApiError::new(
        "OperationNotPermitted",
        format!(
            "The instance '{id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again."
        ),
    )
}

/// ec2-facts 1.3: termination protection.
pub fn terminate_protected(id: &str) -> ApiError {
    ApiError::new(
        "OperationNotPermitted",
        format!(
            "The instance '{id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again."
        ),
    )
}

/// ec2-facts 1.3: ModifyInstanceAttribute InstanceType while not stopped.
pub fn not_stopped(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectInstanceState",
        format!("The instance '{id}' is not in the 'stopped' state."),
    )
}

/// ec2-facts 1.3: RebootInstances on `stopped` (and other non-running states).
/// [UNVERIFIED] emulators' wording; no AWS-authored evidence (the reference says so).
pub fn cannot_reboot(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectInstanceState",
        format!("The instance '{id}' is not in a state from which it can be rebooted."),
    )
}

/// ec2-facts 1.3: StopInstances Hibernate=true on an instance not enabled for hibernation.
/// [UNVERIFIED] in the reference; this wording is from a third-party log
/// (aws-solutions/instance-scheduler-on-aws#510).
pub fn hibernation_not_configured(id: &str) -> ApiError {
    ApiError::new(
        "UnsupportedHibernationConfiguration",
        format!(
            "The instance can't be hibernated because it was not configured at launch for hibernation: {id}"
        ),
    )
}

/// ec2-facts 1.3: unknown instance ID(s). One ID: "does not exist"; several: "do not exist".
pub fn instance_not_found(ids: &[String]) -> ApiError {
    if ids.len() == 1 {
        ApiError::new(
            "InvalidInstanceID.NotFound",
            format!("The instance ID '{}' does not exist", ids[0]),
        )
    } else {
        ApiError::new(
            "InvalidInstanceID.NotFound",
            format!("The instance IDs '{}' do not exist", ids.join(", ")),
        )
    }
}

/// An ID that is not even shaped like an instance ID (real EC2: `Invalid id: "ma1"`).
pub fn instance_id_malformed(id: &str) -> ApiError {
    ApiError::new(
        "InvalidInstanceID.Malformed",
        format!("Invalid id: \"{id}\""),
    )
}

/// AssociateAddress on an instance that is neither running nor stopped
/// (real log: "The pending instance 'i-…' is not in a valid state for this operation.").
pub fn instance_not_valid_for_operation(state: &str, id: &str) -> ApiError {
    ApiError::new(
        "InvalidInstanceID",
        format!("The {state} instance '{id}' is not in a valid state for this operation."),
    )
}

// ---------------------------------------------------------------------------------------------
// ec2-facts 3.2: EBS volumes and snapshots.

/// ec2-facts 1.3: AttachVolume to a pending (or otherwise not running/stopped) instance.
pub fn attach_instance_not_running(id: &str) -> ApiError {
    ApiError::new(
        "IncorrectState",
        format!("Instance '{id}' is not 'running'."),
    )
}

/// ec2-facts 1.3 / 3.2: volumes attach only in their own AZ.
pub fn zone_mismatch(volume: &str, instance: &str) -> ApiError {
    ApiError::new(
        "InvalidVolume.ZoneMismatch",
        format!(
            "The volume '{volume}' is not in the same availability zone as instance '{instance}'"
        ),
    )
}

/// ec2-facts 1.3: DetachVolume of the root volume while running.
pub fn detach_root_while_running(volume: &str, instance: &str) -> ApiError {
    ApiError::new(
        "IncorrectState",
        format!("Unable to detach root volume '{volume}' from instance '{instance}'"),
    )
}

/// ec2-facts 1.3: DeleteVolume on an attached volume. [UNVERIFIED exact AWS text] (moto's).
pub fn volume_attached_cannot_delete(volume: &str, instance: &str) -> ApiError {
    ApiError::new(
        "VolumeInUse",
        format!("Volume {volume} is currently attached to {instance}"),
    )
}

/// AttachVolume of a volume that is attached already (real log, diux-dev/cluster#23).
pub fn volume_already_attached(volume: &str) -> ApiError {
    ApiError::new(
        "VolumeInUse",
        format!("{volume} is already attached to an instance"),
    )
}

/// DetachVolume of a volume that is not attached. The missing space before "is" is in the real
/// text (kubernetes-sigs/aws-ebs-csi-driver#375); kept on purpose.
pub fn volume_in_state(volume: &str, state: &str) -> ApiError {
    ApiError::new(
        "IncorrectState",
        format!("Volume '{volume}'is in the '{state}' state."),
    )
}

pub fn volume_not_found(volume: &str) -> ApiError {
    ApiError::new(
        "InvalidVolume.NotFound",
        format!("The volume '{volume}' does not exist."),
    )
}

pub fn snapshot_not_found(snapshot: &str) -> ApiError {
    ApiError::new(
        "InvalidSnapshot.NotFound",
        format!("The snapshot '{snapshot}' does not exist."),
    )
}

/// ec2-facts 1.3 / 4: a snapshot backing a registered AMI. [UNVERIFIED exact AWS text] (moto's).
pub fn snapshot_in_use(snapshot: &str, image: &str) -> ApiError {
    ApiError::new(
        "InvalidSnapshot.InUse",
        format!("The snapshot {snapshot} is currently in use by {image}"),
    )
}

/// A device name that is not a valid EBS attachment point.
pub fn invalid_device_name(device: &str) -> ApiError {
    ApiError::new(
        "InvalidParameterValue",
        format!("Value ({device}) for parameter device is invalid. {device} is not a valid EBS device name."),
    )
}

/// Attaching at a device name the instance already uses (real log, Netflix/aminator#238).
pub fn device_in_use(device: &str) -> ApiError {
    ApiError::new(
        "InvalidParameterValue",
        format!(
            "Invalid value '{device}' for unixDevice. Attachment point {device} is already in use"
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// ec2-facts 4: AMIs.

/// Unknown or deregistered AMI (real: brackets around the ID).
pub fn image_not_found(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAMIID.NotFound",
        format!("The image id '[{id}]' does not exist"),
    )
}

pub fn image_id_malformed(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAMIID.Malformed",
        format!("Invalid id: \"{id}\" (expecting \"ami-...\")"),
    )
}

/// RunInstances with an AMI still `pending` (real log, hashicorp/packer#12162).
pub fn image_pending_cannot_run(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAMIID.Unavailable",
        format!("AMI '{id}' is pending, and cannot be run"),
    )
}

/// Other operations on a pending AMI (real log, SUSE-Enceladus/ec2imgutils#45).
pub fn image_pending_for_operation(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAMIID.Unavailable",
        format!("The AMI ID '{id}' is currently pending and may not be used for this operation"),
    )
}

/// DeregisterImage twice. [UNVERIFIED] (moto's text).
pub fn image_no_longer_available(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAMIID.Unavailable",
        format!("The image id '[{id}]' is no longer available"),
    )
}

/// Architecture of type and AMI differ (real text, many logs, e.g. skypilot-org/skypilot#6315).
pub fn architecture_mismatch(type_arch: &str, image_arch: &str) -> ApiError {
    ApiError::new(
        "InvalidParameterValue",
        format!(
            "The architecture '{type_arch}' of the specified instance type does not match the architecture '{image_arch}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI."
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Elastic IPs.

pub fn allocation_not_found(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAllocationID.NotFound",
        format!("The allocation ID '{id}' does not exist"),
    )
}

/// [UNVERIFIED] wording, modelled on the allocation-ID text.
pub fn association_not_found(id: &str) -> ApiError {
    ApiError::new(
        "InvalidAssociationID.NotFound",
        format!("The association ID '{id}' does not exist"),
    )
}

// ---------------------------------------------------------------------------------------------
// Parameters.

pub fn missing_parameter(name: &str) -> ApiError {
    ApiError::new(
        "MissingParameter",
        format!("The request must contain the parameter {name}"),
    )
}

pub fn invalid_parameter_value(message: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterValue", message)
}

pub fn invalid_parameter_combination(message: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterCombination", message)
}

/// RunInstances with a type that does not exist (real text, getmoto/moto#1695 quoting AWS), with
/// the nearest real type as a hint.
pub fn invalid_instance_type(name: &str) -> ApiError {
    let error = invalid_parameter_value(format!("Invalid value '{name}' for InstanceType."));
    match super::decode::suggest(name) {
        Some(near) if near != name => error.with_hint(format!("Did you mean '{near}'?")),
        _ => error,
    }
}

pub fn invalid_availability_zone(az: &str) -> ApiError {
    invalid_parameter_value(format!("Invalid availability zone: [{az}]")).with_hint(
        "This simulator has us-east-1a to us-east-1f and ap-northeast-2a to ap-northeast-2d.",
    )
}

/// EC2 itself never sees an unknown region (the CLI fails to find an endpoint first); the engine
/// still refuses it clearly.
pub fn unknown_region(region: &str) -> ApiError {
    invalid_parameter_value(format!("Unknown region '{region}'."))
        .with_hint("This simulator has the regions us-east-1 and ap-northeast-2.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_text_matches_the_aws_cli_shape() {
        let e = cannot_start("i-0123");
        assert_eq!(
            e.cli_text("StartInstances"),
            "An error occurred (IncorrectInstanceState) when calling the StartInstances operation: The instance 'i-0123' is not in a state from which it can be started."
        );
    }

    #[test]
    fn misspelt_type_gets_a_hint_but_the_message_stays_real() {
        let e = invalid_instance_type("t2.mirco");
        assert_eq!(e.message, "Invalid value 't2.mirco' for InstanceType.");
        assert_eq!(e.hint.as_deref(), Some("Did you mean 't2.micro'?"));
    }

    #[test]
    fn several_unknown_instances_use_the_plural() {
        let e = instance_not_found(&["i-1".to_string(), "i-2".to_string()]);
        assert_eq!(e.message, "The instance IDs 'i-1, i-2' do not exist");
    }
}
