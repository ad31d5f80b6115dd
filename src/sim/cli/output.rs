//! JSON shaped like the AWS CLI's: the same field names and nesting (`Reservations[].Instances[]`,
//! `Volumes[].Attachments[]`, `Images[].BlockDeviceMappings[].Ebs{…}`, …). Keys come out sorted
//! (serde_json's map), which the AWS CLI does not promise either way.

use serde_json::{json, Map, Value};

use crate::sim::address::Address;
use crate::sim::ami::Image;
use crate::sim::catalog::InstanceTypeInfo;
use crate::sim::clock::{cli_timestamp, cli_timestamp_precise, iso_millis};
use crate::sim::ids::stable_id;
use crate::sim::instance::{Instance, LifecycleState};
use crate::sim::lifecycle::StateChange;
use crate::sim::region::region;
use crate::sim::storage::{Snapshot, Volume};
use crate::sim::world::{Owner, World, ACCOUNT_ID};

/// Pretty JSON with the AWS CLI's four-space indentation.
pub fn pretty(value: &Value) -> String {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    match serde::Serialize::serialize(value, &mut ser) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => value.to_string(),
    }
}

pub fn state(s: LifecycleState) -> Value {
    json!({"Code": s.code(), "Name": s.as_str()})
}

pub fn state_change(c: &StateChange) -> Value {
    json!({
        "CurrentState": state(c.current_state),
        "InstanceId": c.instance_id,
        "PreviousState": state(c.previous_state),
    })
}

pub fn tags(tags: &std::collections::BTreeMap<String, String>) -> Value {
    Value::Array(
        tags.iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect(),
    )
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        map.insert(key.to_string(), v);
    }
}

/// The default security group of a region's default VPC.
pub fn default_security_group(region_name: &str) -> Value {
    json!([{"GroupId": stable_id("sg", region_name), "GroupName": "default"}])
}

fn cpu_options(instance_type: &str) -> Value {
    let Some(t) = crate::sim::catalog::lookup(instance_type) else {
        return json!({"CoreCount": 1, "ThreadsPerCore": 1});
    };
    let single_thread = t.architectures.iter().any(|a| a.as_str() == "arm64")
        || t.name.starts_with("t2.")
        || t.vcpus == 1;
    if single_thread {
        json!({"CoreCount": t.vcpus, "ThreadsPerCore": 1})
    } else {
        json!({"CoreCount": (t.vcpus / 2).max(1), "ThreadsPerCore": 2})
    }
}

/// One `Reservations[].Instances[]` element.
pub fn instance(w: &World, i: &Instance) -> Value {
    let r = region(&i.region).ok();
    let terminated = i.state == LifecycleState::Terminated;
    let public_ip = w.public_ip(i);
    let private_dns = match (&i.private_ip, r) {
        (Some(ip), Some(r)) => r.private_dns_name(ip),
        _ => String::new(),
    };
    let public_dns = match (&public_ip, r) {
        (Some(ip), Some(r)) => r.public_dns_name(ip),
        _ => String::new(),
    };
    let mut o = Map::new();
    o.insert("AmiLaunchIndex".into(), json!(i.ami_launch_index));
    o.insert("ImageId".into(), json!(i.image_id));
    o.insert("InstanceId".into(), json!(i.id));
    o.insert("InstanceType".into(), json!(i.instance_type));
    put(&mut o, "KeyName", i.key_name.as_ref().map(|k| json!(k)));
    o.insert("LaunchTime".into(), json!(cli_timestamp(i.launch_time)));
    o.insert("Monitoring".into(), json!({"State": "disabled"}));
    o.insert(
        "Placement".into(),
        json!({"AvailabilityZone": i.availability_zone, "GroupName": "", "Tenancy": "default"}),
    );
    o.insert("PrivateDnsName".into(), json!(private_dns));
    put(
        &mut o,
        "PrivateIpAddress",
        i.private_ip.as_ref().map(|ip| json!(ip)),
    );
    o.insert(
        "ProductCodes".into(),
        Value::Array(
            i.product_codes
                .iter()
                .map(|c| json!({"ProductCodeId": c, "ProductCodeType": "marketplace"}))
                .collect(),
        ),
    );
    o.insert("PublicDnsName".into(), json!(public_dns));
    put(
        &mut o,
        "PublicIpAddress",
        public_ip.as_ref().map(|ip| json!(ip)),
    );
    o.insert("State".into(), state(i.state));
    o.insert(
        "StateTransitionReason".into(),
        json!(i.state_transition_reason),
    );
    if !terminated {
        o.insert("SubnetId".into(), json!(i.subnet_id));
        o.insert("VpcId".into(), json!(i.vpc_id));
    }
    o.insert("Architecture".into(), json!(i.architecture));
    let mappings: Vec<Value> = i
        .block_devices
        .iter()
        .map(|b| {
            let v = w.volume(&b.volume_id);
            let a = v.and_then(|v| v.attachment.as_ref());
            json!({
                "DeviceName": b.device_name,
                "Ebs": {
                    "AttachTime": cli_timestamp(a.map_or(0, |a| a.attach_time)),
                    "DeleteOnTermination": a.is_some_and(|a| a.delete_on_termination),
                    "Status": a.map_or("attached", |a| a.state.as_str()),
                    "VolumeId": b.volume_id,
                }
            })
        })
        .collect();
    o.insert("BlockDeviceMappings".into(), Value::Array(mappings));
    o.insert("ClientToken".into(), json!(""));
    o.insert("EbsOptimized".into(), json!(false));
    o.insert("EnaSupport".into(), json!(true));
    // DescribeInstances reports "xen" for Nitro instances too (the enum is ovm | xen).
    o.insert("Hypervisor".into(), json!("xen"));
    if !terminated {
        let mut association = None;
        if let Some(ip) = &public_ip {
            let owner = if i.elastic_ip_allocation.is_some() {
                ACCOUNT_ID
            } else {
                "amazon"
            };
            association =
                Some(json!({"IpOwnerId": owner, "PublicDnsName": public_dns, "PublicIp": ip}));
        }
        let eni = stable_id("eni", &i.id);
        let mac_hex = &eni[5..17];
        let mac: Vec<String> = (0..6)
            .map(|k| mac_hex[k * 2..k * 2 + 2].to_string())
            .collect();
        let mut private = Map::new();
        private.insert("Primary".into(), json!(true));
        private.insert("PrivateDnsName".into(), json!(private_dns));
        put(
            &mut private,
            "PrivateIpAddress",
            i.private_ip.as_ref().map(|ip| json!(ip)),
        );
        put(&mut private, "Association", association.clone());
        let mut nic = Map::new();
        put(&mut nic, "Association", association);
        nic.insert(
            "Attachment".into(),
            json!({
                "AttachTime": cli_timestamp(i.launch_time),
                "AttachmentId": stable_id("eni-attach", &i.id),
                "DeleteOnTermination": true,
                "DeviceIndex": 0,
                "Status": "attached",
                "NetworkCardIndex": 0
            }),
        );
        nic.insert("Description".into(), json!(""));
        nic.insert("Groups".into(), default_security_group(&i.region));
        nic.insert("InterfaceType".into(), json!("interface"));
        nic.insert("MacAddress".into(), json!(mac.join(":")));
        nic.insert("NetworkInterfaceId".into(), json!(eni));
        nic.insert("OwnerId".into(), json!(ACCOUNT_ID));
        nic.insert("PrivateDnsName".into(), json!(private_dns));
        put(
            &mut nic,
            "PrivateIpAddress",
            i.private_ip.as_ref().map(|ip| json!(ip)),
        );
        nic.insert("PrivateIpAddresses".into(), json!([Value::Object(private)]));
        nic.insert("SourceDestCheck".into(), json!(true));
        nic.insert("Status".into(), json!("in-use"));
        nic.insert("SubnetId".into(), json!(i.subnet_id));
        nic.insert("VpcId".into(), json!(i.vpc_id));
        o.insert("NetworkInterfaces".into(), json!([Value::Object(nic)]));
        o.insert("SecurityGroups".into(), default_security_group(&i.region));
        o.insert("SourceDestCheck".into(), json!(true));
    } else {
        o.insert("NetworkInterfaces".into(), json!([]));
        o.insert("SecurityGroups".into(), json!([]));
    }
    o.insert("RootDeviceName".into(), json!(i.root_device_name));
    o.insert("RootDeviceType".into(), json!(i.root_device_type.as_str()));
    // A pending instance reports StateReason pending/pending, as the real API does.
    let reason = match (&i.state_reason, i.state) {
        (Some(r), _) => Some(json!({"Code": r.code, "Message": r.message})),
        (None, LifecycleState::Pending) => Some(json!({"Code": "pending", "Message": "pending"})),
        _ => None,
    };
    put(&mut o, "StateReason", reason);
    if !i.tags.is_empty() {
        o.insert("Tags".into(), tags(&i.tags));
    }
    o.insert("VirtualizationType".into(), json!("hvm"));
    o.insert("CpuOptions".into(), cpu_options(&i.instance_type));
    o.insert(
        "HibernationOptions".into(),
        json!({"Configured": i.hibernation_configured}),
    );
    o.insert(
        "MetadataOptions".into(),
        json!({"State": "applied", "HttpTokens": "required", "HttpPutResponseHopLimit": 2, "HttpEndpoint": "enabled", "InstanceMetadataTags": "disabled"}),
    );
    o.insert("EnclaveOptions".into(), json!({"Enabled": false}));
    o.insert("PlatformDetails".into(), json!("Linux/UNIX"));
    o.insert("UsageOperation".into(), json!("RunInstances"));
    Value::Object(o)
}

/// One `Reservations[]` element.
pub fn reservation(w: &World, reservation_id: &str, instances: &[&Instance]) -> Value {
    json!({
        "Groups": [],
        "Instances": instances.iter().map(|i| instance(w, i)).collect::<Vec<_>>(),
        "OwnerId": ACCOUNT_ID,
        "ReservationId": reservation_id,
    })
}

pub fn volume(v: &Volume) -> Value {
    let mut o = Map::new();
    let attachments: Vec<Value> = v
        .attachment
        .iter()
        .map(|a| {
            json!({
                "AttachTime": cli_timestamp(a.attach_time),
                "Device": a.device,
                "InstanceId": a.instance_id,
                "State": a.state.as_str(),
                "VolumeId": v.id,
                "DeleteOnTermination": a.delete_on_termination,
            })
        })
        .collect();
    o.insert("Attachments".into(), Value::Array(attachments));
    o.insert("AvailabilityZone".into(), json!(v.availability_zone));
    o.insert(
        "CreateTime".into(),
        json!(cli_timestamp_precise(v.create_time)),
    );
    o.insert("Encrypted".into(), json!(v.encrypted));
    o.insert("Size".into(), json!(v.size_gib));
    o.insert(
        "SnapshotId".into(),
        json!(v.snapshot_id.clone().unwrap_or_default()),
    );
    o.insert("State".into(), json!(v.state.as_str()));
    o.insert("VolumeId".into(), json!(v.id));
    put(&mut o, "Iops", v.iops.map(|n| json!(n)));
    if !v.tags.is_empty() {
        o.insert("Tags".into(), tags(&v.tags));
    }
    o.insert("VolumeType".into(), json!(v.volume_type.as_str()));
    o.insert("MultiAttachEnabled".into(), json!(false));
    put(&mut o, "Throughput", v.throughput.map(|n| json!(n)));
    Value::Object(o)
}

pub fn attachment(volume_id: &str, a: &crate::sim::storage::VolumeAttachment) -> Value {
    json!({
        "AttachTime": cli_timestamp(a.attach_time),
        "Device": a.device,
        "InstanceId": a.instance_id,
        "State": a.state.as_str(),
        "VolumeId": volume_id,
    })
}

pub fn snapshot(w: &World, s: &Snapshot) -> Value {
    let mut o = Map::new();
    o.insert("Description".into(), json!(s.description));
    o.insert("Encrypted".into(), json!(s.encrypted));
    o.insert("OwnerId".into(), json!(s.owner.account_id()));
    put(&mut o, "OwnerAlias", s.owner.alias().map(|a| json!(a)));
    o.insert(
        "Progress".into(),
        json!(format!("{}%", s.progress_percent(w.now()))),
    );
    o.insert("SnapshotId".into(), json!(s.id));
    o.insert(
        "StartTime".into(),
        json!(cli_timestamp_precise(s.start_time)),
    );
    o.insert("State".into(), json!(s.state.as_str()));
    o.insert("VolumeId".into(), json!(s.volume_id));
    o.insert("VolumeSize".into(), json!(s.volume_size));
    o.insert("StorageTier".into(), json!("standard"));
    if !s.tags.is_empty() {
        o.insert("Tags".into(), tags(&s.tags));
    }
    Value::Object(o)
}

pub fn image(i: &Image) -> Value {
    let mut o = Map::new();
    o.insert("Architecture".into(), json!(i.architecture));
    o.insert("CreationDate".into(), json!(iso_millis(i.creation_date)));
    o.insert("ImageId".into(), json!(i.id));
    o.insert("ImageLocation".into(), json!(i.image_location));
    o.insert("ImageType".into(), json!("machine"));
    o.insert("Public".into(), json!(i.owner != Owner::SelfOwned));
    o.insert("OwnerId".into(), json!(i.owner.account_id()));
    o.insert("PlatformDetails".into(), json!(i.platform_details));
    o.insert("UsageOperation".into(), json!("RunInstances"));
    if !i.product_codes.is_empty() {
        o.insert(
            "ProductCodes".into(),
            Value::Array(
                i.product_codes
                    .iter()
                    .map(|c| json!({"ProductCodeId": c, "ProductCodeType": "marketplace"}))
                    .collect(),
            ),
        );
    }
    o.insert("State".into(), json!(i.state.as_str()));
    let mappings: Vec<Value> = i
        .block_device_mappings
        .iter()
        .map(|m| match (&m.ebs, &m.virtual_name) {
            (Some(e), _) => {
                let mut ebs = Map::new();
                ebs.insert("DeleteOnTermination".into(), json!(e.delete_on_termination));
                put(
                    &mut ebs,
                    "SnapshotId",
                    e.snapshot_id.as_ref().map(|s| json!(s)),
                );
                ebs.insert("VolumeSize".into(), json!(e.volume_size));
                ebs.insert("VolumeType".into(), json!(e.volume_type.as_str()));
                ebs.insert("Encrypted".into(), json!(e.encrypted));
                put(&mut ebs, "Iops", e.iops.map(|n| json!(n)));
                json!({"DeviceName": m.device_name, "Ebs": Value::Object(ebs)})
            }
            (None, Some(v)) => json!({"DeviceName": m.device_name, "VirtualName": v}),
            (None, None) => json!({"DeviceName": m.device_name, "NoDevice": ""}),
        })
        .collect();
    o.insert("BlockDeviceMappings".into(), Value::Array(mappings));
    o.insert("Description".into(), json!(i.description));
    o.insert("EnaSupport".into(), json!(i.ena_support));
    o.insert("Hypervisor".into(), json!("xen"));
    put(&mut o, "ImageOwnerAlias", i.owner.alias().map(|a| json!(a)));
    o.insert("Name".into(), json!(i.name));
    o.insert("RootDeviceName".into(), json!(i.root_device_name));
    o.insert("RootDeviceType".into(), json!(i.root_device_type.as_str()));
    o.insert("SriovNetSupport".into(), json!("simple"));
    put(
        &mut o,
        "SourceInstanceId",
        i.source_instance_id.as_ref().map(|s| json!(s)),
    );
    if !i.tags.is_empty() {
        o.insert("Tags".into(), tags(&i.tags));
    }
    o.insert("VirtualizationType".into(), json!("hvm"));
    o.insert("BootMode".into(), json!("uefi-preferred"));
    Value::Object(o)
}

pub fn address(w: &World, a: &Address) -> Value {
    let mut o = Map::new();
    o.insert("AllocationId".into(), json!(a.allocation_id));
    o.insert("Domain".into(), json!("vpc"));
    o.insert("NetworkBorderGroup".into(), json!(a.region));
    o.insert("PublicIp".into(), json!(a.public_ip));
    o.insert("PublicIpv4Pool".into(), json!("amazon"));
    if let Some(x) = &a.association {
        o.insert("AssociationId".into(), json!(x.association_id));
        o.insert("InstanceId".into(), json!(x.instance_id));
        o.insert(
            "NetworkInterfaceId".into(),
            json!(stable_id("eni", &x.instance_id)),
        );
        o.insert("NetworkInterfaceOwnerId".into(), json!(ACCOUNT_ID));
        let private = w
            .instance(&x.instance_id)
            .and_then(|i| i.private_ip.clone())
            .unwrap_or_else(|| x.private_ip.clone());
        o.insert("PrivateIpAddress".into(), json!(private));
    }
    if !a.tags.is_empty() {
        o.insert("Tags".into(), tags(&a.tags));
    }
    Value::Object(o)
}

/// One `InstanceTypes[]` element (the fields the catalogue keeps).
pub fn instance_type(t: &InstanceTypeInfo) -> Value {
    let mut o = Map::new();
    o.insert("InstanceType".into(), json!(t.name));
    o.insert("CurrentGeneration".into(), json!(t.current_generation));
    o.insert("BurstablePerformanceSupported".into(), json!(t.burstable));
    o.insert("BareMetal".into(), json!(t.bare_metal));
    put(
        &mut o,
        "Hypervisor",
        t.hypervisor.map(|h| json!(h.as_str())),
    );
    let mut roots = Vec::new();
    if t.supports_ebs_root {
        roots.push("ebs");
    }
    if t.supports_instance_store_root {
        roots.push("instance-store");
    }
    o.insert("SupportedRootDeviceTypes".into(), json!(roots));
    o.insert("SupportedVirtualizationTypes".into(), json!(["hvm"]));
    let mut processor = Map::new();
    processor.insert(
        "SupportedArchitectures".into(),
        json!(t
            .architectures
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()),
    );
    processor.insert("Manufacturer".into(), json!(t.manufacturer.as_str()));
    put(
        &mut processor,
        "SustainedClockSpeedInGhz",
        t.sustained_clock_ghz.map(|g| json!(g)),
    );
    o.insert("ProcessorInfo".into(), Value::Object(processor));
    o.insert("VCpuInfo".into(), json!({"DefaultVCpus": t.vcpus}));
    o.insert("MemoryInfo".into(), json!({"SizeInMiB": t.memory_mib}));
    o.insert(
        "InstanceStorageSupported".into(),
        json!(t.instance_store.is_some()),
    );
    if let Some(s) = &t.instance_store {
        o.insert(
            "InstanceStorageInfo".into(),
            json!({
                "TotalSizeInGB": s.total_gb,
                "Disks": s.disks.iter().map(|d| json!({"SizeInGB": d.size_gb, "Count": d.count, "Type": d.kind.as_str()})).collect::<Vec<_>>(),
                "NvmeSupport": s.nvme_support.as_str(),
            }),
        );
    }
    o.insert(
        "EbsInfo".into(),
        json!({"NvmeSupport": t.ebs_nvme_support.as_str()}),
    );
    o.insert(
        "NetworkInfo".into(),
        json!({"NetworkPerformance": t.network_performance}),
    );
    o.insert(
        "HibernationSupported".into(),
        json!(t.hibernation_supported),
    );
    Value::Object(o)
}
