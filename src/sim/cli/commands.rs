//! The handlers of `aws ec2 <command>`: turn parsed options into engine calls and the result into
//! the AWS CLI's JSON.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::output;
use super::parse::{field_bool, field_i64, field_str, filters, glob, Parsed, UsageError};
use crate::sim::ami::{CopyImageRequest, CreateImageRequest, ImageState};
use crate::sim::error::{self, ApiError};
use crate::sim::instance::{Instance, LifecycleState, ShutdownBehavior};
use crate::sim::launch::{BlockDeviceMappingSpec, EbsSpec, RunInstancesRequest};
use crate::sim::lifecycle::StopOptions;
use crate::sim::storage::{CreateVolumeRequest, SnapshotState, VolumeState};
use crate::sim::world::{Owner, World};

/// Why a command failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The service said no: printed as `An error occurred (CODE) when calling the OP operation: …`.
    Api(ApiError),
    /// The command line is wrong: printed as `aws: error: …`.
    Usage(String),
    /// A waiter gave up: printed as `Waiter X failed: …`.
    Waiter(String),
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Failure {
        Failure::Api(e)
    }
}

impl From<UsageError> for Failure {
    fn from(e: UsageError) -> Failure {
        Failure::Usage(e.0)
    }
}

type Outcome = Result<Option<Value>, Failure>;

fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

fn invalid_filter(name: &str) -> Failure {
    Failure::Api(error::invalid_parameter_value(format!(
        "The filter '{name}' is invalid"
    )))
}

/// Refuses filter names the describe call does not know (checked even when nothing matches).
fn check_filters(filters: &[(String, Vec<String>)], known: &[&str]) -> Result<(), Failure> {
    for (name, _) in filters {
        let tag = name.starts_with("tag:") && known.contains(&"tag:");
        if !(tag || known.contains(&name.as_str())) {
            return Err(invalid_filter(name));
        }
    }
    Ok(())
}

fn bool_value(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// `any(values, |v| glob(v, actual))`.
fn matches_any(values: &[String], actual: &str) -> bool {
    values.iter().any(|v| glob(v, actual))
}

pub fn run(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    match p.spec.name {
        "run-instances" => run_instances(w, region, p),
        "describe-instances" => describe_instances(w, region, p),
        "start-instances" => {
            let changes = w.start_instances(region, &p.list("--instance-ids"))?;
            Ok(Some(
                json!({"StartingInstances": changes.iter().map(output::state_change).collect::<Vec<_>>()}),
            ))
        }
        "stop-instances" => {
            let options = StopOptions {
                hibernate: p.flag("--hibernate").unwrap_or(false),
                force: p.flag("--force").unwrap_or(false),
            };
            let changes = w.stop_instances(region, &p.list("--instance-ids"), options)?;
            Ok(Some(
                json!({"StoppingInstances": changes.iter().map(output::state_change).collect::<Vec<_>>()}),
            ))
        }
        "reboot-instances" => {
            w.reboot_instances(region, &p.list("--instance-ids"))?;
            Ok(None)
        }
        "terminate-instances" => {
            let changes = w.terminate_instances(region, &p.list("--instance-ids"))?;
            Ok(Some(
                json!({"TerminatingInstances": changes.iter().map(output::state_change).collect::<Vec<_>>()}),
            ))
        }
        "modify-instance-attribute" => modify_instance_attribute(w, region, p),
        "create-image" => {
            if p.flag("--no-reboot").is_some() && p.flag("--reboot").is_some() {
                return Err(usage(
                    "argument --reboot: not allowed with argument --no-reboot",
                ));
            }
            let result = w.create_image(&CreateImageRequest {
                region: region.to_string(),
                instance_id: p.value("--instance-id").unwrap_or_default().to_string(),
                name: p.value("--name").unwrap_or_default().to_string(),
                description: p.value("--description").unwrap_or_default().to_string(),
                no_reboot: p.flag("--no-reboot").unwrap_or(false),
            })?;
            Ok(Some(json!({"ImageId": result.image_id})))
        }
        "describe-images" => describe_images(w, region, p),
        "copy-image" => {
            let id = w.copy_image(&CopyImageRequest {
                source_region: p.value("--source-region").unwrap_or_default().to_string(),
                source_image_id: p.value("--source-image-id").unwrap_or_default().to_string(),
                region: region.to_string(),
                name: p.value("--name").unwrap_or_default().to_string(),
                description: p.value("--description").map(str::to_string),
            })?;
            Ok(Some(json!({"ImageId": id})))
        }
        "deregister-image" => {
            w.deregister_image(region, p.value("--image-id").unwrap_or_default())?;
            Ok(Some(json!({"Return": true, "DeleteSnapshotResults": []})))
        }
        "create-volume" => create_volume(w, region, p),
        "attach-volume" => {
            let volume = p.value("--volume-id").unwrap_or_default();
            let a = w.attach_volume(
                region,
                volume,
                p.value("--instance-id").unwrap_or_default(),
                p.value("--device").unwrap_or_default(),
            )?;
            Ok(Some(output::attachment(volume, &a)))
        }
        "detach-volume" => {
            let volume = p.value("--volume-id").unwrap_or_default();
            let a = w.detach_volume(
                region,
                volume,
                p.value("--instance-id"),
                p.flag("--force").unwrap_or(false),
            )?;
            Ok(Some(output::attachment(volume, &a)))
        }
        "delete-volume" => {
            w.delete_volume(region, p.value("--volume-id").unwrap_or_default())?;
            Ok(None)
        }
        "describe-volumes" => describe_volumes(w, region, p),
        "create-snapshot" => {
            let id = w.create_snapshot(
                region,
                p.value("--volume-id").unwrap_or_default(),
                p.value("--description").unwrap_or_default(),
            )?;
            let s = w.snapshot(&id).expect("just created");
            let mut v = output::snapshot(w, s);
            if let Value::Object(o) = &mut v {
                o.insert("Tags".into(), json!([]));
            }
            Ok(Some(v))
        }
        "delete-snapshot" => {
            w.delete_snapshot(region, p.value("--snapshot-id").unwrap_or_default())?;
            Ok(None)
        }
        "describe-snapshots" => describe_snapshots(w, region, p),
        "describe-instance-types" => describe_instance_types(p),
        "allocate-address" => {
            if let Some(d) = p.value("--domain") {
                if d != "vpc" {
                    return Err(usage(format!("argument --domain: Invalid choice '{d}', valid choices are: vpc | standard (this simulator has only vpc)")));
                }
            }
            let a = w.allocate_address(region)?;
            Ok(Some(json!({
                "PublicIp": a.public_ip,
                "AllocationId": a.allocation_id,
                "PublicIpv4Pool": "amazon",
                "NetworkBorderGroup": a.region,
                "Domain": "vpc",
            })))
        }
        "associate-address" => {
            let id = w.associate_address(
                region,
                p.value("--allocation-id").unwrap_or_default(),
                p.value("--instance-id").unwrap_or_default(),
                p.flag("--allow-reassociation"),
            )?;
            Ok(Some(json!({"AssociationId": id})))
        }
        "describe-addresses" => describe_addresses(w, region, p),
        "disassociate-address" => {
            w.disassociate_address(region, p.value("--association-id").unwrap_or_default())?;
            Ok(None)
        }
        "release-address" => {
            w.release_address(region, p.value("--allocation-id").unwrap_or_default())?;
            Ok(None)
        }
        "wait" => wait(w, region, p),
        other => Err(usage(format!(
            "argument operation: Invalid choice '{other}'"
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Instances.

fn run_instances(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let mut request = RunInstancesRequest::new(
        region,
        p.value("--image-id").unwrap_or_default(),
        p.value("--instance-type").unwrap_or("m1.small"),
    );
    if p.value("--image-id").is_none() {
        return Err(Failure::Api(error::missing_parameter("ImageId")));
    }
    request.count = match p.value("--count") {
        None => 1,
        Some(c) => {
            let max = c.split_once(':').map_or(c, |(_, max)| max);
            max.trim().parse::<i64>().map_err(|_| {
                usage(format!(
                    "argument --count: invalid value '{c}': expected N or MIN:MAX, e.g. --count 2"
                ))
            })?
        }
    };
    request.key_name = p.value("--key-name").map(str::to_string);
    request.subnet_id = p.value("--subnet-id").map(str::to_string);
    if let Some(placement) = p.structure("--placement") {
        request.availability_zone = field_str(placement, "AvailabilityZone");
    }
    if let Some(h) = p.structure("--hibernation-options") {
        request.hibernation = field_bool(h, "Configured")
            .map_err(|e| {
                usage(format!(
                    "Error parsing parameter '--hibernation-options': {e}"
                ))
            })?
            .unwrap_or(false);
    }
    request.disable_api_termination = p.flag("--disable-api-termination").unwrap_or(false);
    request.disable_api_stop = p.flag("--disable-api-stop").unwrap_or(false);
    request.associate_public_ip = p.flag("--associate-public-ip-address");
    if let Some(b) = p.value("--instance-initiated-shutdown-behavior") {
        request.shutdown_behavior = Some(ShutdownBehavior::parse(b).ok_or_else(|| {
            Failure::Api(error::invalid_parameter_value(format!(
                "Value ({b}) for parameter instanceInitiatedShutdownBehavior is invalid. Valid values: stop, terminate"
            )))
        })?);
    }
    for spec in p.structures("--tag-specifications") {
        let resource = field_str(&spec, "ResourceType").unwrap_or_else(|| "instance".to_string());
        if resource != "instance" {
            continue;
        }
        if let Some(Value::Array(tags)) = spec.get("Tags") {
            for t in tags {
                if let (Some(k), v) = (field_str(t, "Key"), field_str(t, "Value")) {
                    request.tags.insert(k, v.unwrap_or_default());
                }
            }
        }
    }
    for m in p.structures("--block-device-mappings") {
        request
            .block_device_mappings
            .push(block_device_mapping(&m).map_err(|e| {
                usage(format!(
                    "Error parsing parameter '--block-device-mappings': {e}"
                ))
            })?);
    }
    let reservation = w.run_instances(&request)?;
    let instances: Vec<&Instance> = reservation
        .instance_ids
        .iter()
        .filter_map(|id| w.instance(id))
        .collect();
    Ok(Some(output::reservation(
        w,
        &reservation.reservation_id,
        &instances,
    )))
}

fn block_device_mapping(m: &Value) -> Result<BlockDeviceMappingSpec, String> {
    let device_name = field_str(m, "DeviceName").ok_or("DeviceName is required")?;
    let ebs = match m.get("Ebs") {
        None | Some(Value::Null) => None,
        Some(e) => Some(EbsSpec {
            volume_size: field_i64(e, "VolumeSize")?,
            volume_type: field_str(e, "VolumeType"),
            delete_on_termination: field_bool(e, "DeleteOnTermination")?,
            snapshot_id: field_str(e, "SnapshotId"),
            iops: field_i64(e, "Iops")?,
            encrypted: field_bool(e, "Encrypted")?,
        }),
    };
    Ok(BlockDeviceMappingSpec {
        device_name,
        virtual_name: field_str(m, "VirtualName"),
        ebs,
        no_device: m.get("NoDevice").is_some(),
    })
}

/// The instances of a region that match `--instance-ids` and `--filters`.
fn select_instances<'w>(
    w: &'w World,
    region: &str,
    p: &Parsed,
) -> Result<Vec<&'w Instance>, Failure> {
    let ids = p.list("--instance-ids");
    if !ids.is_empty() {
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| w.instance(id).is_none_or(|i| i.region != region))
            .cloned()
            .collect();
        if let Some(bad) = missing
            .iter()
            .find(|id| !crate::sim::world::well_formed_id(id, "i-"))
        {
            return Err(Failure::Api(error::instance_id_malformed(bad)));
        }
        if !missing.is_empty() {
            return Err(Failure::Api(error::instance_not_found(&missing)));
        }
    }
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "instance-state-name",
            "instance-state-code",
            "instance-id",
            "instance-type",
            "availability-zone",
            "image-id",
            "reservation-id",
            "root-device-type",
            "architecture",
            "subnet-id",
            "vpc-id",
            "private-ip-address",
            "ip-address",
            "hibernation-options.configured",
            "tag-key",
            "tag:",
        ],
    )?;
    let mut out = Vec::new();
    for i in w.instances().filter(|i| i.region == region) {
        if !ids.is_empty() && !ids.contains(&i.id) {
            continue;
        }
        let mut keep = true;
        for (name, values) in &filters {
            let ok = match name.as_str() {
                "instance-state-name" => matches_any(values, i.state.as_str()),
                "instance-state-code" => matches_any(values, &i.state.code().to_string()),
                "instance-id" => matches_any(values, &i.id),
                "instance-type" => matches_any(values, &i.instance_type),
                "availability-zone" => matches_any(values, &i.availability_zone),
                "image-id" => matches_any(values, &i.image_id),
                "reservation-id" => matches_any(values, &i.reservation_id),
                "root-device-type" => matches_any(values, i.root_device_type.as_str()),
                "architecture" => matches_any(values, &i.architecture),
                "subnet-id" => matches_any(values, &i.subnet_id),
                "vpc-id" => matches_any(values, &i.vpc_id),
                "private-ip-address" => i
                    .private_ip
                    .as_ref()
                    .is_some_and(|ip| matches_any(values, ip)),
                "ip-address" => w.public_ip(i).is_some_and(|ip| matches_any(values, &ip)),
                "hibernation-options.configured" => {
                    matches_any(values, &i.hibernation_configured.to_string())
                }
                "tag-key" => i.tags.keys().any(|k| matches_any(values, k)),
                n if n.starts_with("tag:") => {
                    i.tags.get(&n[4..]).is_some_and(|v| matches_any(values, v))
                }
                other => return Err(invalid_filter(other)),
            };
            keep &= ok;
        }
        if keep {
            out.push(i);
        }
    }
    Ok(out)
}

fn describe_instances(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let selected = select_instances(w, region, p)?;
    // One reservation per RunInstances call; reservations in launch order (earliest first).
    let mut groups: BTreeMap<String, Vec<&Instance>> = BTreeMap::new();
    for i in selected {
        groups.entry(i.reservation_id.clone()).or_default().push(i);
    }
    let mut groups: Vec<(String, Vec<&Instance>)> = groups.into_iter().collect();
    crate::sorting::sort_by_key(&mut groups, |(rid, list)| {
        (list.iter().map(|i| i.launch_time).min(), rid.clone())
    });
    let reservations: Vec<Value> = groups
        .into_iter()
        .map(|(rid, mut list)| {
            crate::sorting::sort_by_key(&mut list, |i| i.ami_launch_index);
            output::reservation(w, &rid, &list)
        })
        .collect();
    Ok(Some(json!({"Reservations": reservations})))
}

fn modify_instance_attribute(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let id = p.value("--instance-id").unwrap_or_default().to_string();
    let mut did = false;
    // `--attribute NAME --value V` form.
    if let Some(attribute) = p.value("--attribute") {
        let value = p
            .value("--value")
            .ok_or_else(|| usage("argument --value: expected one argument with --attribute"))?;
        match attribute {
            "instanceType" => w.modify_instance_type(region, &id, value)?,
            "disableApiTermination" | "disableApiStop" => {
                let on = bool_value(value).ok_or_else(|| {
                    usage(format!(
                        "argument --value: expected true or false, got '{value}'"
                    ))
                })?;
                if attribute == "disableApiTermination" {
                    w.set_termination_protection(region, &id, on)?;
                } else {
                    w.set_stop_protection(region, &id, on)?;
                }
            }
            "instanceInitiatedShutdownBehavior" => {
                let b = ShutdownBehavior::parse(value).ok_or_else(|| {
                    Failure::Api(error::invalid_parameter_value(format!("Value ({value}) for parameter value is invalid. Valid values: stop, terminate")))
                })?;
                w.set_shutdown_behavior(region, &id, b)?;
            }
            other => {
                return Err(Failure::Api(error::invalid_parameter_value(format!(
                    "Value ({other}) for parameter attribute is invalid. Unknown attribute."
                ))))
            }
        }
        return Ok(None);
    }
    if let Some(t) = p.structure("--instance-type") {
        let value = match t {
            Value::Object(_) => field_str(t, "Value")
                .ok_or_else(|| usage("argument --instance-type: expected Value=TYPE"))?,
            Value::String(s) => s.clone(),
            _ => return Err(usage("argument --instance-type: expected Value=TYPE")),
        };
        w.modify_instance_type(region, &id, &value)?;
        did = true;
    }
    if let Some(on) = p.flag("--disable-api-termination") {
        w.set_termination_protection(region, &id, on)?;
        did = true;
    }
    if let Some(on) = p.flag("--disable-api-stop") {
        w.set_stop_protection(region, &id, on)?;
        did = true;
    }
    if let Some(b) = p.structure("--instance-initiated-shutdown-behavior") {
        let value = field_str(b, "Value")
            .or_else(|| b.as_str().map(str::to_string))
            .unwrap_or_default();
        let behavior = ShutdownBehavior::parse(&value).ok_or_else(|| {
            Failure::Api(error::invalid_parameter_value(format!("Value ({value}) for parameter instanceInitiatedShutdownBehavior is invalid. Valid values: stop, terminate")))
        })?;
        w.set_shutdown_behavior(region, &id, behavior)?;
        did = true;
    }
    for m in p.structures("--block-device-mappings") {
        let device = field_str(&m, "DeviceName").ok_or_else(|| {
            usage("Error parsing parameter '--block-device-mappings': DeviceName is required")
        })?;
        let dot = m
            .get("Ebs")
            .map(|e| field_bool(e, "DeleteOnTermination"))
            .transpose()
            .map_err(|e| {
                usage(format!(
                    "Error parsing parameter '--block-device-mappings': {e}"
                ))
            })?
            .flatten()
            // ec2-facts 3.2: "If no value is specified for DeleteOnTermination, the default is true".
            .unwrap_or(true);
        w.set_delete_on_termination(region, &id, &device, dot)?;
        did = true;
    }
    if !did {
        return Err(usage(
            "modify-instance-attribute needs one of: --instance-type Value=TYPE, --[no-]disable-api-termination, --[no-]disable-api-stop, --instance-initiated-shutdown-behavior Value=stop|terminate, --block-device-mappings, or --attribute NAME --value V",
        ));
    }
    Ok(None)
}

// ---------------------------------------------------------------------------------------------
// Images.

fn owner_matches(owner: Owner, wanted: &str) -> bool {
    match wanted {
        "self" => owner == Owner::SelfOwned,
        "amazon" => owner == Owner::Amazon,
        "aws-marketplace" => owner == Owner::Marketplace,
        id => owner.account_id() == id,
    }
}

fn describe_images(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let ids = p.list("--image-ids");
    let owners = p.list("--owners");
    for id in &ids {
        if !crate::sim::world::well_formed_id(id, "ami-") {
            return Err(Failure::Api(error::image_id_malformed(id)));
        }
        // ec2-facts 4: a deregistered AMI is shown for a short interval, then gives empty
        // results, and eventually a not-found error.
        if !w
            .image(id)
            .is_some_and(|i| i.region == region && w.image_known(i))
        {
            return Err(Failure::Api(error::image_not_found(id)));
        }
    }
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "name",
            "image-id",
            "architecture",
            "state",
            "root-device-type",
            "owner-id",
            "owner-alias",
            "is-public",
            "description",
            "product-code",
            "platform-details",
            "tag:",
        ],
    )?;
    let mut out = Vec::new();
    for image in w
        .images()
        .filter(|i| i.region == region && w.image_visible(i))
    {
        if !ids.is_empty() && !ids.contains(&image.id) {
            continue;
        }
        if !owners.is_empty() && !owners.iter().any(|o| owner_matches(image.owner, o)) {
            continue;
        }
        let mut keep = true;
        for (name, values) in &filters {
            keep &= match name.as_str() {
                "name" => matches_any(values, &image.name),
                "image-id" => matches_any(values, &image.id),
                "architecture" => matches_any(values, &image.architecture),
                "state" => matches_any(values, image.state.as_str()),
                "root-device-type" => matches_any(values, image.root_device_type.as_str()),
                "owner-id" => matches_any(values, image.owner.account_id()),
                "owner-alias" => image.owner.alias().is_some_and(|a| matches_any(values, a)),
                "is-public" => matches_any(values, &(image.owner != Owner::SelfOwned).to_string()),
                "description" => matches_any(values, &image.description),
                "product-code" => image.product_codes.iter().any(|c| matches_any(values, c)),
                "platform-details" => matches_any(values, &image.platform_details),
                n if n.starts_with("tag:") => image
                    .tags
                    .get(&n[4..])
                    .is_some_and(|v| matches_any(values, v)),
                other => return Err(invalid_filter(other)),
            };
        }
        if keep {
            out.push(output::image(image));
        }
    }
    Ok(Some(json!({"Images": out})))
}

// ---------------------------------------------------------------------------------------------
// Volumes and snapshots.

fn create_volume(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let mut request = CreateVolumeRequest {
        region: region.to_string(),
        availability_zone: p
            .value("--availability-zone")
            .unwrap_or_default()
            .to_string(),
        size: p.int("--size", "Size")?,
        snapshot_id: p.value("--snapshot-id").map(str::to_string),
        volume_type: p.value("--volume-type").map(str::to_string),
        iops: p.int("--iops", "Iops")?,
        encrypted: p.flag("--encrypted"),
        tags: BTreeMap::new(),
    };
    for spec in p.structures("--tag-specifications") {
        if let Some(Value::Array(tags)) = spec.get("Tags") {
            for t in tags {
                if let Some(k) = field_str(t, "Key") {
                    request
                        .tags
                        .insert(k, field_str(t, "Value").unwrap_or_default());
                }
            }
        }
    }
    let id = w.create_volume(&request)?;
    // CreateVolume's response is the new volume without DescribeVolumes' Attachments (AWS CLI
    // reference, create-volume example output).
    Ok(w.volume(&id).map(|v| {
        let mut created = output::volume(v);
        if let Some(fields) = created.as_object_mut() {
            fields.remove("Attachments");
        }
        created
    }))
}

fn describe_volumes(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let ids = p.list("--volume-ids");
    for id in &ids {
        if w.volume(id).is_none_or(|v| v.region != region) {
            return Err(Failure::Api(error::volume_not_found(id)));
        }
    }
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "volume-id",
            "status",
            "availability-zone",
            "volume-type",
            "size",
            "snapshot-id",
            "encrypted",
            "attachment.instance-id",
            "attachment.status",
            "attachment.device",
            "attachment.delete-on-termination",
            "tag:",
        ],
    )?;
    let mut out = Vec::new();
    for v in w.volumes().filter(|v| v.region == region) {
        if !ids.is_empty() && !ids.contains(&v.id) {
            continue;
        }
        let a = v.attachment.as_ref();
        let mut keep = true;
        for (name, values) in &filters {
            keep &= match name.as_str() {
                "volume-id" => matches_any(values, &v.id),
                "status" => matches_any(values, v.state.as_str()),
                "availability-zone" => matches_any(values, &v.availability_zone),
                "volume-type" => matches_any(values, v.volume_type.as_str()),
                "size" => matches_any(values, &v.size_gib.to_string()),
                "snapshot-id" => v
                    .snapshot_id
                    .as_ref()
                    .is_some_and(|s| matches_any(values, s)),
                "encrypted" => matches_any(values, &v.encrypted.to_string()),
                "attachment.instance-id" => a.is_some_and(|a| matches_any(values, &a.instance_id)),
                "attachment.status" => a.is_some_and(|a| matches_any(values, a.state.as_str())),
                "attachment.device" => a.is_some_and(|a| matches_any(values, &a.device)),
                "attachment.delete-on-termination" => {
                    a.is_some_and(|a| matches_any(values, &a.delete_on_termination.to_string()))
                }
                n if n.starts_with("tag:") => {
                    v.tags.get(&n[4..]).is_some_and(|t| matches_any(values, t))
                }
                other => return Err(invalid_filter(other)),
            };
        }
        if keep {
            out.push(output::volume(v));
        }
    }
    Ok(Some(json!({"Volumes": out})))
}

fn describe_snapshots(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let ids = p.list("--snapshot-ids");
    for id in &ids {
        if w.snapshot(id).is_none_or(|s| s.region != region) {
            return Err(Failure::Api(error::snapshot_not_found(id)));
        }
    }
    // Real DescribeSnapshots without owners lists every snapshot you may use, public ones
    // included; the simulator shows yours unless asked (like `--owner-ids self`).
    let owners = {
        let o = p.list("--owner-ids");
        if o.is_empty() && ids.is_empty() {
            vec!["self".to_string()]
        } else {
            o
        }
    };
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "snapshot-id",
            "status",
            "volume-id",
            "owner-id",
            "description",
            "volume-size",
            "tag:",
        ],
    )?;
    let mut out = Vec::new();
    for s in w.snapshots().filter(|s| s.region == region) {
        if !ids.is_empty() && !ids.contains(&s.id) {
            continue;
        }
        if !owners.is_empty() && !owners.iter().any(|o| owner_matches(s.owner, o)) {
            continue;
        }
        let mut keep = true;
        for (name, values) in &filters {
            keep &= match name.as_str() {
                "snapshot-id" => matches_any(values, &s.id),
                "status" => matches_any(values, s.state.as_str()),
                "volume-id" => matches_any(values, &s.volume_id),
                "owner-id" => matches_any(values, s.owner.account_id()),
                "description" => matches_any(values, &s.description),
                "volume-size" => matches_any(values, &s.volume_size.to_string()),
                n if n.starts_with("tag:") => {
                    s.tags.get(&n[4..]).is_some_and(|t| matches_any(values, t))
                }
                other => return Err(invalid_filter(other)),
            };
        }
        if keep {
            out.push(output::snapshot(w, s));
        }
    }
    Ok(Some(json!({"Snapshots": out})))
}

// ---------------------------------------------------------------------------------------------
// Instance types.

fn describe_instance_types(p: &Parsed) -> Outcome {
    use crate::sim::catalog;
    let names = p.list("--instance-types");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| catalog::lookup(n).is_none())
        .collect();
    if !missing.is_empty() {
        let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
        let mut e = ApiError::new(
            "InvalidInstanceType",
            format!(
                "The following supplied instance types do not exist: [{}]",
                list.join(", ")
            ),
        );
        if let Some(near) = crate::sim::decode::suggest(missing[0]) {
            e = e.with_hint(format!("Did you mean '{near}'?"));
        }
        return Err(Failure::Api(e));
    }
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "instance-type",
            "instance-storage-supported",
            "current-generation",
            "burstable-performance-supported",
            "bare-metal",
            "hibernation-supported",
            "processor-info.supported-architecture",
            "processor-info.manufacturer",
            "vcpu-info.default-vcpus",
            "memory-info.size-in-mib",
            "hypervisor",
            "supported-root-device-type",
            "instance-storage-info.disk.type",
            "network-info.network-performance",
        ],
    )?;
    let mut out = Vec::new();
    for t in catalog::all() {
        if !names.is_empty() && !names.contains(&t.name) {
            continue;
        }
        let mut keep = true;
        for (name, values) in &filters {
            let flag = |b: bool| matches_any(values, &b.to_string());
            keep &= match name.as_str() {
                "instance-type" => matches_any(values, &t.name),
                "instance-storage-supported" => flag(t.instance_store.is_some()),
                "current-generation" => flag(t.current_generation),
                "burstable-performance-supported" => flag(t.burstable),
                "bare-metal" => flag(t.bare_metal),
                "hibernation-supported" => flag(t.hibernation_supported),
                "processor-info.supported-architecture" => t
                    .architectures
                    .iter()
                    .any(|a| matches_any(values, a.as_str())),
                "processor-info.manufacturer" => matches_any(values, t.manufacturer.as_str()),
                "vcpu-info.default-vcpus" => matches_any(values, &t.vcpus.to_string()),
                "memory-info.size-in-mib" => matches_any(values, &t.memory_mib.to_string()),
                "hypervisor" => t
                    .hypervisor
                    .is_some_and(|h| matches_any(values, h.as_str())),
                "supported-root-device-type" => {
                    (t.supports_ebs_root && matches_any(values, "ebs"))
                        || (t.supports_instance_store_root && matches_any(values, "instance-store"))
                }
                "instance-storage-info.disk.type" => t
                    .instance_store
                    .as_ref()
                    .is_some_and(|s| s.disks.iter().any(|d| matches_any(values, d.kind.as_str()))),
                "network-info.network-performance" => matches_any(values, &t.network_performance),
                other => return Err(invalid_filter(other)),
            };
        }
        if keep {
            out.push(output::instance_type(t));
        }
    }
    Ok(Some(json!({"InstanceTypes": out})))
}

// ---------------------------------------------------------------------------------------------
// Elastic IPs.

fn describe_addresses(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let ids = p.list("--allocation-ids");
    let ips = p.list("--public-ips");
    for id in &ids {
        if w.address(id).is_none_or(|a| a.region != region) {
            return Err(Failure::Api(error::allocation_not_found(id)));
        }
    }
    for ip in &ips {
        if !w
            .addresses()
            .any(|a| a.region == region && &a.public_ip == ip)
        {
            return Err(Failure::Api(ApiError::new(
                "InvalidAddress.NotFound",
                format!("Address '{ip}' not found."),
            )));
        }
    }
    let filters = filters(p)?;
    check_filters(
        &filters,
        &[
            "allocation-id",
            "public-ip",
            "domain",
            "instance-id",
            "association-id",
            "private-ip-address",
        ],
    )?;
    let mut out = Vec::new();
    for a in w.addresses().filter(|a| a.region == region) {
        if (!ids.is_empty() && !ids.contains(&a.allocation_id))
            || (!ips.is_empty() && !ips.contains(&a.public_ip))
        {
            continue;
        }
        let x = a.association.as_ref();
        let mut keep = true;
        for (name, values) in &filters {
            keep &= match name.as_str() {
                "allocation-id" => matches_any(values, &a.allocation_id),
                "public-ip" => matches_any(values, &a.public_ip),
                "domain" => matches_any(values, "vpc"),
                "instance-id" => x.is_some_and(|x| matches_any(values, &x.instance_id)),
                "association-id" => x.is_some_and(|x| matches_any(values, &x.association_id)),
                "private-ip-address" => x.is_some_and(|x| matches_any(values, &x.private_ip)),
                other => return Err(invalid_filter(other)),
            };
        }
        if keep {
            out.push(output::address(w, a));
        }
    }
    Ok(Some(json!({"Addresses": out})))
}

// ---------------------------------------------------------------------------------------------
// Waiters: advance the clock until the condition holds, bounded like the real ones
// (40 attempts × 15 s).

const WAITER_LIMIT_MS: u64 = 40 * 15 * 1000;

fn wait(w: &mut World, region: &str, p: &Parsed) -> Outcome {
    let Some(waiter) = p.positional.first() else {
        let names: Vec<&str> = super::spec::WAITERS.iter().map(|(n, _, _)| *n).collect();
        return Err(usage(format!(
            "the following arguments are required: waiter name (one of: {})",
            names.join(", ")
        )));
    };
    let Some((_, waiter_name, _)) = super::spec::WAITERS.iter().find(|(n, _, _)| n == waiter)
    else {
        let names: Vec<&str> = super::spec::WAITERS.iter().map(|(n, _, _)| *n).collect();
        return Err(usage(format!(
            "argument subcommand: Invalid choice '{waiter}', valid choices are: {}",
            names.join(" | ")
        )));
    };
    let waiter_name = *waiter_name;
    // Evaluate once first, so unknown IDs fail like the describe call would.
    type Check = fn(&World, &str, &Parsed) -> Result<WaitState, Failure>;
    let check: Check = match waiter.as_str() {
        "instance-running" => |w, r, p| {
            instances_wait(
                w,
                r,
                p,
                LifecycleState::Running,
                &[
                    LifecycleState::ShuttingDown,
                    LifecycleState::Terminated,
                    LifecycleState::Stopping,
                ],
            )
        },
        "instance-stopped" => |w, r, p| {
            instances_wait(
                w,
                r,
                p,
                LifecycleState::Stopped,
                &[LifecycleState::Pending, LifecycleState::Terminated],
            )
        },
        "instance-terminated" => |w, r, p| {
            instances_wait(
                w,
                r,
                p,
                LifecycleState::Terminated,
                &[LifecycleState::Pending, LifecycleState::Stopping],
            )
        },
        "image-available" => |w, r, p| {
            let ids = p.list("--image-ids");
            if ids.is_empty() {
                return Err(usage("the following arguments are required: --image-ids"));
            }
            let mut all = true;
            for id in &ids {
                // A deregistered image is shown, then gives empty results, then is not found
                // (ec2-facts 4); none of those matches the waiter's acceptors but the last.
                match w.image(id).filter(|i| i.region == r && w.image_known(i)) {
                    None => return Err(Failure::Api(error::image_not_found(id))),
                    Some(i) => all &= i.state == ImageState::Available,
                }
            }
            Ok(if all {
                WaitState::Done
            } else {
                WaitState::Waiting
            })
        },
        "snapshot-completed" => |w, r, p| {
            let ids = p.list("--snapshot-ids");
            if ids.is_empty() {
                return Err(usage(
                    "the following arguments are required: --snapshot-ids",
                ));
            }
            let mut all = true;
            for id in &ids {
                match w.snapshot(id).filter(|s| s.region == r) {
                    None => return Err(Failure::Api(error::snapshot_not_found(id))),
                    Some(s) => all &= s.state == SnapshotState::Completed,
                }
            }
            Ok(if all {
                WaitState::Done
            } else {
                WaitState::Waiting
            })
        },
        _ => |w, r, p| {
            let ids = p.list("--volume-ids");
            if ids.is_empty() {
                return Err(usage("the following arguments are required: --volume-ids"));
            }
            let mut all = true;
            for id in &ids {
                match w.volume(id).filter(|v| v.region == r) {
                    None => return Err(Failure::Api(error::volume_not_found(id))),
                    Some(v) => all &= v.state == VolumeState::Available,
                }
            }
            Ok(if all {
                WaitState::Done
            } else {
                WaitState::Waiting
            })
        },
    };
    // botocore's InstanceRunning waiter has an acceptor that retries while DescribeInstances
    // answers InvalidInstanceID.NotFound (a just-launched ID may not be visible yet).
    let retries_not_found = waiter == "instance-running";
    let mut not_found_retried = false;
    let mut failure: Option<Failure> = None;
    let done = w.advance_until(WAITER_LIMIT_MS, |w| match check(w, region, p) {
        Ok(WaitState::Done) => true,
        Ok(WaitState::Waiting) => false,
        Ok(WaitState::Failed(why)) => {
            failure.get_or_insert(Failure::Waiter(format!(
                "Waiter {waiter_name} failed: Waiter encountered a terminal failure state: {why}"
            )));
            true
        }
        Err(Failure::Api(e)) if retries_not_found && e.code == "InvalidInstanceID.NotFound" => {
            not_found_retried = true;
            false
        }
        // An error no acceptor expects ends the wait, worded as botocore's WaiterError.
        Err(Failure::Api(e)) => {
            failure.get_or_insert(Failure::Waiter(format!(
                "Waiter {waiter_name} failed: An error occurred ({}): {}",
                e.code, e.message
            )));
            true
        }
        Err(e) => {
            failure.get_or_insert(e);
            true
        }
    });
    if let Some(f) = failure {
        return Err(f);
    }
    if !done {
        return Err(Failure::Waiter(if not_found_retried {
            format!("Waiter {waiter_name} failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: InvalidInstanceID.NotFound")
        } else {
            format!("Waiter {waiter_name} failed: Max attempts exceeded")
        }));
    }
    Ok(None)
}

enum WaitState {
    Done,
    Waiting,
    Failed(String),
}

fn instances_wait(
    w: &World,
    region: &str,
    p: &Parsed,
    target: LifecycleState,
    failing: &[LifecycleState],
) -> Result<WaitState, Failure> {
    let selected = select_instances(w, region, p)?;
    if selected.is_empty() {
        return Ok(WaitState::Waiting);
    }
    if let Some(bad) = selected.iter().find(|i| failing.contains(&i.state)) {
        return Ok(WaitState::Failed(format!(
            "For expression \"Reservations[].Instances[].State.Name\" we matched expected path: \"{}\" at least once",
            bad.state.as_str()
        )));
    }
    Ok(if selected.iter().all(|i| i.state == target) {
        WaitState::Done
    } else {
        WaitState::Waiting
    })
}
