//! The `aws ec2 run-instances` command equivalent to a request, in the shorthand the AWS CLI
//! documents, quoted for a POSIX shell. The Lab's console runs it unchanged (tests/launch_wizard.rs
//! runs every case through `sim::cli::execute` and compares the instances it creates).

use crate::sim::launch::{BlockDeviceMappingSpec, RunInstancesRequest};
use crate::sim::region::DEFAULT_REGION;

/// Characters a shell word may hold unquoted (no globbing, no brace expansion, no expansion).
fn shell_safe(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c))
}

/// One shell word: as is when safe, else in single quotes (a `'` inside becomes `'\''`).
pub fn shell_quote(text: &str) -> String {
    if shell_safe(text) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Characters a shorthand value may hold without the shorthand parser reading them as syntax.
fn shorthand_safe(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:@+ ".contains(c))
        && text.trim() == text
}

fn mapping_shorthand(m: &BlockDeviceMappingSpec) -> String {
    let mut out = format!("DeviceName={}", m.device_name);
    if let Some(v) = &m.virtual_name {
        out.push_str(&format!(",VirtualName={v}"));
    }
    if let Some(ebs) = &m.ebs {
        let mut fields = Vec::new();
        if let Some(size) = ebs.volume_size {
            fields.push(format!("VolumeSize={size}"));
        }
        if let Some(t) = &ebs.volume_type {
            fields.push(format!("VolumeType={t}"));
        }
        if let Some(d) = ebs.delete_on_termination {
            fields.push(format!("DeleteOnTermination={d}"));
        }
        if let Some(e) = ebs.encrypted {
            fields.push(format!("Encrypted={e}"));
        }
        out.push_str(&format!(",Ebs={{{}}}", fields.join(",")));
    }
    out
}

/// The tags as `--tag-specifications`: shorthand when every key and value is plain, JSON
/// otherwise (a comma or a brace in a Name would break the shorthand).
fn tag_specification(request: &RunInstancesRequest) -> String {
    let plain = request
        .tags
        .iter()
        .all(|(k, v)| shorthand_safe(k) && shorthand_safe(v));
    if plain {
        let tags: Vec<String> = request
            .tags
            .iter()
            .map(|(k, v)| format!("{{Key={k},Value={v}}}"))
            .collect();
        format!("ResourceType=instance,Tags=[{}]", tags.join(","))
    } else {
        let tags: Vec<serde_json::Value> = request
            .tags
            .iter()
            .map(|(k, v)| serde_json::json!({ "Key": k, "Value": v }))
            .collect();
        serde_json::json!({ "ResourceType": "instance", "Tags": tags }).to_string()
    }
}

/// The command, one line.
pub fn run_instances_command(request: &RunInstancesRequest) -> String {
    let mut words: Vec<String> = vec![
        "aws".into(),
        "ec2".into(),
        "run-instances".into(),
        "--image-id".into(),
        request.image_id.clone(),
        "--instance-type".into(),
        request.instance_type.clone(),
    ];
    if request.count != 1 {
        words.push("--count".into());
        words.push(request.count.to_string());
    }
    if let Some(az) = &request.availability_zone {
        words.push("--placement".into());
        words.push(format!("AvailabilityZone={az}"));
    }
    if !request.block_device_mappings.is_empty() {
        words.push("--block-device-mappings".into());
        words.extend(request.block_device_mappings.iter().map(mapping_shorthand));
    }
    if request.hibernation {
        words.push("--hibernation-options".into());
        words.push("Configured=true".into());
    }
    if request.disable_api_termination {
        words.push("--disable-api-termination".into());
    }
    if request.disable_api_stop {
        words.push("--disable-api-stop".into());
    }
    if let Some(b) = request.shutdown_behavior {
        words.push("--instance-initiated-shutdown-behavior".into());
        words.push(b.as_str().into());
    }
    if !request.tags.is_empty() {
        words.push("--tag-specifications".into());
        words.push(tag_specification(request));
    }
    if request.region != DEFAULT_REGION {
        words.push("--region".into());
        words.push(request.region.clone());
    }
    words
        .iter()
        .map(|w| shell_quote(w))
        .collect::<Vec<_>>()
        .join(" ")
}
