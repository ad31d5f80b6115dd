//! ec2-facts 4: AWS-provided, Marketplace and custom AMIs; CreateImage, launch from an image,
//! CopyImage, DeregisterImage, and the launch-time checks (architecture, root device type).

mod sim_support;

use ec2_lab::sim::ami::{
    public_image_id, CopyImageRequest, CreateImageRequest, ImageCategory, ImageState,
};
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::instance::{DisplayPhase, LifecycleState as S, RootDeviceType};
use ec2_lab::sim::launch::{BlockDeviceMappingSpec, EbsSpec};
use ec2_lab::sim::storage::{CreateVolumeRequest, SnapshotState};
use ec2_lab::sim::{RunInstancesRequest, World};
use sim_support::*;

fn create(
    w: &mut World,
    id: &str,
    name: &str,
    no_reboot: bool,
) -> ec2_lab::sim::ApiResult<ec2_lab::sim::ami::CreateImageResult> {
    w.create_image(&CreateImageRequest {
        region: US.into(),
        instance_id: id.into(),
        name: name.into(),
        description: String::new(),
        no_reboot,
    })
}

/// A new 2 GiB volume in the instance's zone, attached at `device`; returns its ID.
fn attach_new_volume(w: &mut World, id: &str, device: &str) -> String {
    let vol = w
        .create_volume(&CreateVolumeRequest {
            region: US.into(),
            availability_zone: "us-east-1a".into(),
            size: Some(2),
            ..Default::default()
        })
        .unwrap();
    w.advance(MINUTE);
    w.attach_volume(US, &vol, id, device).unwrap();
    w.advance(MINUTE);
    vol
}

/// An m5d.large web server: nginx installed, a page on the root volume, a data EBS volume with a
/// file, and a file on the instance store.
fn web_server(w: &mut World) -> (String, String) {
    let id = running(w, "m5d.large");
    let vol = attach_new_volume(w, &id, "/dev/sdf");
    let i = w.instance(&id).unwrap().clone();
    let data = i.block_devices[1].guest_device.clone();
    let store = i.instance_store[0].guest_device.clone();
    sh(w, &id, "sudo dnf install -y nginx");
    sh(
        w,
        &id,
        "echo '<h1>my site</h1>' | sudo tee /usr/share/nginx/html/index.html",
    );
    sh(
        w,
        &id,
        "echo 'server { listen 8080; }' | sudo tee /etc/nginx/conf.d/site.conf",
    );
    sh(w, &id, &format!("sudo mkfs -t xfs {data} && sudo mkdir /data && sudo mount {data} /data && echo db | sudo tee /data/db.txt"));
    sh(w, &id, &format!("sudo mkfs -t xfs {store} && sudo mkdir /scratch && sudo mount {store} /scratch && echo tmp | sudo tee /scratch/cache.txt"));
    (id, vol)
}

#[test]
fn facts_4_create_image_reboots_unless_no_reboot_and_warns_about_integrity() {
    let mut w = world();
    let a = running(&mut w, "t3.micro");
    let r = create(&mut w, &a, "with-reboot", false).unwrap();
    assert!(r.rebooting);
    assert_eq!(w.phase(&a).unwrap().phase, DisplayPhase::Rebooting);
    assert!(r.warnings.is_empty());
    let b = running(&mut w, "t3.micro");
    let r = create(&mut w, &b, "no-reboot", true).unwrap();
    assert!(!r.rebooting);
    assert_eq!(w.phase(&b).unwrap().phase, DisplayPhase::Running);
    assert!(r.warnings[0].contains("can't guarantee the file system integrity"));
}

#[test]
fn facts_4_create_image_snapshots_every_ebs_volume_and_maps_instance_store_without_data() {
    let mut w = world();
    let (id, _) = web_server(&mut w);
    let r = create(&mut w, &id, "web-v1", false).unwrap();
    let image = w.image(&r.image_id).unwrap().clone();
    assert_eq!(image.state, ImageState::Pending);
    assert_eq!(image.root_device_type, RootDeviceType::Ebs);
    assert_eq!(image.category, ImageCategory::Custom);
    assert_eq!(r.snapshot_ids.len(), 2, "root and data volume");
    let ephemeral: Vec<_> = image
        .block_device_mappings
        .iter()
        .filter_map(|m| m.virtual_name.clone())
        .collect();
    assert_eq!(ephemeral, vec!["ephemeral0"]);
    for s in &r.snapshot_ids {
        assert_eq!(w.snapshot(s).unwrap().state, SnapshotState::Pending);
    }
    // Launching from a pending image is refused with the real message.
    let err = w
        .run_instances(&RunInstancesRequest::new(US, &r.image_id, "m5d.large"))
        .unwrap_err();
    assert_eq!(err.code, "InvalidAMIID.Unavailable");
    assert_eq!(
        err.message,
        format!("AMI '{}' is pending, and cannot be run", r.image_id)
    );
    w.advance(10 * MINUTE);
    assert_eq!(w.image(&r.image_id).unwrap().state, ImageState::Available);
    for s in &r.snapshot_ids {
        assert_eq!(w.snapshot(s).unwrap().state, SnapshotState::Completed);
    }
    // The image is never available before its snapshots.
    assert!(w.events().any(|e| e
        .message
        .to_string()
        .contains(&format!("{}: pending → available", r.image_id))));
}

#[test]
fn facts_4_an_nvme_instance_store_is_mapped_at_a_device_name_no_ebs_volume_uses() {
    // An m5d.large's NVMe instance store has no API device name; with a data volume at /dev/sdb the
    // image must not map the store at /dev/sdb too, and a launch from it gets both disks.
    let mut w = world();
    let id = running(&mut w, "m5d.large");
    attach_new_volume(&mut w, &id, "/dev/sdb");
    let r = create(&mut w, &id, "data-at-sdb", false).unwrap();
    let image = w.image(&r.image_id).unwrap().clone();
    let names: Vec<(&str, bool)> = image
        .block_device_mappings
        .iter()
        .map(|m| (m.device_name.as_str(), m.virtual_name.is_some()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("/dev/xvda", false),
            ("/dev/sdb", false),
            ("/dev/sdc", true)
        ]
    );
    w.advance(10 * MINUTE);
    let launched = w
        .run_instances(&RunInstancesRequest::new(US, &r.image_id, "m5d.large"))
        .unwrap();
    w.advance(5 * MINUTE);
    let new = &launched.instance_ids[0];
    let i = w.instance(new).unwrap().clone();
    assert_eq!(i.block_devices.len(), 2);
    assert_eq!(i.instance_store.len(), 1);
    let lsblk = sh(&mut w, new, "lsblk");
    let disks: Vec<&str> = lsblk
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| !name.starts_with(['├', '└']))
        .collect();
    let mut unique = disks.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), disks.len(), "one line per disk: {lsblk}");
}

#[test]
fn facts_4_launching_from_a_custom_ami_reproduces_root_and_data_volumes_but_not_instance_store() {
    let mut w = world();
    let (id, _) = web_server(&mut w);
    let r = create(&mut w, &id, "web-v1", false).unwrap();
    w.advance(10 * MINUTE);
    let launched = w
        .run_instances(
            &RunInstancesRequest::new(US, &r.image_id, "m5d.large")
                .count(2)
                .in_az("us-east-1b"),
        )
        .unwrap();
    w.advance(5 * MINUTE);
    for new in &launched.instance_ids {
        assert_eq!(state(&w, new), S::Running);
        assert_eq!(sh(&mut w, new, "which nginx"), "/usr/sbin/nginx\n");
        assert_eq!(
            sh(&mut w, new, "cat /usr/share/nginx/html/index.html"),
            "<h1>my site</h1>\n"
        );
        assert_eq!(
            sh(&mut w, new, "cat /etc/nginx/conf.d/site.conf"),
            "server { listen 8080; }\n"
        );
        let i = w.instance(new).unwrap().clone();
        assert_eq!(
            i.block_devices.len(),
            2,
            "root and the data volume come back"
        );
        let data_vol = w.volume(&i.block_devices[1].volume_id).unwrap();
        assert_eq!(data_vol.fs.read("/db.txt").unwrap(), "db\n");
        assert_eq!(data_vol.availability_zone, "us-east-1b");
        assert_eq!(i.instance_store.len(), 1);
        assert!(i.instance_store[0].fs.files.is_empty() && !i.instance_store[0].fs.is_formatted());
        assert_eq!(i.image_id, r.image_id);
    }
}

#[test]
fn facts_4_create_image_needs_an_ebs_backed_running_or_stopped_instance_and_a_good_name() {
    let mut w = world();
    let pending = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    assert_eq!(
        create(&mut w, &pending, "x-image", false).unwrap_err().code,
        "IncorrectInstanceState"
    );
    let stopped = ebs_instance_in(&mut w, S::Stopped);
    let r = create(&mut w, &stopped, "from-stopped", false).unwrap();
    assert!(!r.rebooting);
    let err = create(&mut w, &stopped, "from-stopped", false).unwrap_err();
    assert_eq!(err.code, "InvalidAMIName.Duplicate");
    assert_eq!(
        err.message,
        format!(
            "AMI name from-stopped is already in use by AMI {}",
            r.image_id
        )
    );
    assert_eq!(
        create(&mut w, &stopped, "x", false).unwrap_err().code,
        "InvalidAMIName.Malformed"
    );
    assert_eq!(
        create(&mut w, &stopped, "bad<name>", false)
            .unwrap_err()
            .code,
        "InvalidAMIName.Malformed"
    );
    assert_eq!(
        create(&mut w, &stopped, "", false).unwrap_err().code,
        "MissingParameter"
    );
    let store = store_instance_in(&mut w, S::Running);
    assert_eq!(
        create(&mut w, &store, "from-store", false)
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    let terminated = ebs_instance_in(&mut w, S::Terminated);
    assert_eq!(
        create(&mut w, &terminated, "from-terminated", false)
            .unwrap_err()
            .code,
        "IncorrectInstanceState"
    );
}

#[test]
fn facts_4_copy_image_to_another_region_gives_a_new_id_and_copied_snapshots() {
    let mut w = world();
    let (id, _) = web_server(&mut w);
    let r = create(&mut w, &id, "web-v1", true).unwrap();
    let copy = |w: &mut World| {
        w.copy_image(&CopyImageRequest {
            source_region: US.into(),
            source_image_id: r.image_id.clone(),
            region: SEOUL.into(),
            name: "web-v1-seoul".into(),
            description: None,
        })
    };
    assert_eq!(
        copy(&mut w).unwrap_err().code,
        "InvalidAMIID.Unavailable",
        "source still pending"
    );
    w.advance(10 * MINUTE);
    let copied = copy(&mut w).unwrap();
    assert_ne!(copied, r.image_id);
    let image = w.image(&copied).unwrap().clone();
    assert_eq!(image.region, SEOUL);
    assert_eq!(image.state, ImageState::Pending);
    assert_eq!(
        image.copied_from,
        Some((US.to_string(), r.image_id.clone()))
    );
    for s in image.snapshot_ids() {
        let snap = w.snapshot(s).unwrap();
        assert_eq!(snap.region, SEOUL);
        assert!(!r.snapshot_ids.contains(&snap.id));
    }
    w.advance(15 * MINUTE);
    assert_eq!(w.image(&copied).unwrap().state, ImageState::Available);
    // The copy is used in its own region only.
    assert_eq!(
        w.run_instances(&RunInstancesRequest::new(US, &copied, "t3.micro"))
            .unwrap_err()
            .code,
        "InvalidAMIID.NotFound"
    );
    let seoul = w
        .run_instances(&RunInstancesRequest::new(SEOUL, &copied, "m5d.large"))
        .unwrap()
        .instance_ids[0]
        .clone();
    w.advance(5 * MINUTE);
    let out = w
        .guest_exec(SEOUL, &seoul, "cat /usr/share/nginx/html/index.html")
        .unwrap();
    assert_eq!(out.stdout, "<h1>my site</h1>\n");
    // Deregistering the source does not affect the copy.
    w.deregister_image(US, &r.image_id).unwrap();
    assert_eq!(w.image(&copied).unwrap().state, ImageState::Available);
}

#[test]
fn facts_4_deregister_blocks_launches_leaves_instances_and_snapshots_and_frees_the_snapshots() {
    let mut w = world();
    let source = running(&mut w, "t3.micro");
    let r = create(&mut w, &source, "app", true).unwrap();
    w.advance(10 * MINUTE);
    let child = w
        .run_instances(&RunInstancesRequest::new(US, &r.image_id, "t3.micro"))
        .unwrap()
        .instance_ids[0]
        .clone();
    w.advance(5 * MINUTE);
    let snap = r.snapshot_ids[0].clone();
    let err = w.delete_snapshot(US, &snap).unwrap_err();
    assert_eq!(err.code, "InvalidSnapshot.InUse");
    assert_eq!(
        err.message,
        format!("The snapshot {snap} is currently in use by {}", r.image_id)
    );
    w.deregister_image(US, &r.image_id).unwrap();
    let err = w
        .run_instances(&RunInstancesRequest::new(US, &r.image_id, "t3.micro"))
        .unwrap_err();
    assert_eq!(err.code, "InvalidAMIID.NotFound");
    assert_eq!(
        err.message,
        format!("The image id '[{}]' does not exist", r.image_id)
    );
    assert_eq!(
        state(&w, &child),
        S::Running,
        "running instances are unaffected"
    );
    assert!(w.snapshot(&snap).is_some(), "snapshots are not deleted");
    assert!(
        w.image_visible(w.image(&r.image_id).unwrap()),
        "shown for a short interval"
    );
    w.advance(30 * MINUTE);
    assert!(!w.image_visible(w.image(&r.image_id).unwrap()));
    assert_eq!(
        w.deregister_image(US, &r.image_id).unwrap_err().code,
        "InvalidAMIID.Unavailable"
    );
    w.delete_snapshot(US, &snap).unwrap();
    // AWS-provided images cannot be deregistered by the learner.
    assert_eq!(
        w.deregister_image(US, &al2023()).unwrap_err().code,
        "UnauthorizedOperation"
    );
}

#[test]
fn facts_4_architecture_mismatch_and_root_device_type_rules() {
    let mut w = world();
    let err = w
        .run_instances(&RunInstancesRequest::new(
            US,
            &ami("al2023-arm64"),
            "t3.micro",
        ))
        .unwrap_err();
    assert_eq!(err.code, "InvalidParameterValue");
    assert_eq!(
        err.message,
        "The architecture 'x86_64' of the specified instance type does not match the architecture 'arm64' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI."
    );
    assert!(w
        .run_instances(&RunInstancesRequest::new(
            US,
            &ami("al2023-arm64"),
            "t4g.micro"
        ))
        .is_ok());
    let err = w
        .run_instances(&RunInstancesRequest::new(US, &al2023(), "m7g.large"))
        .unwrap_err();
    assert!(err
        .message
        .starts_with("The architecture 'arm64' of the specified instance type"));
    // Instance-store-backed AMI: only on old families.
    let store = ami("amzn-2018-s3");
    assert_eq!(
        w.run_instances(&RunInstancesRequest::new(US, &store, "t3.micro"))
            .unwrap_err()
            .code,
        "InvalidParameterCombination"
    );
    let id = launch(&mut w, RunInstancesRequest::new(US, &store, "m3.medium"));
    let i = w.instance(&id).unwrap();
    assert_eq!(i.root_device_type, RootDeviceType::InstanceStore);
    assert!(i.root_volume_id().is_none());
    assert_eq!(
        i.instance_store.len(),
        2,
        "root (from the S3 bundle) and ephemeral0"
    );
    let mut with_ebs = RunInstancesRequest::new(US, &store, "m3.medium");
    with_ebs.block_device_mappings.push(BlockDeviceMappingSpec {
        device_name: "/dev/sdf".into(),
        ebs: Some(EbsSpec {
            volume_size: Some(1),
            ..Default::default()
        }),
        ..Default::default()
    });
    assert_eq!(
        w.run_instances(&with_ebs).unwrap_err().code,
        "InvalidBlockDeviceMapping"
    );
}

#[test]
fn facts_4_bad_launch_input_gets_real_errors_and_changes_nothing() {
    let mut w = world();
    let before = w.to_json();
    let go = |w: &mut World, r: RunInstancesRequest| w.run_instances(&r).unwrap_err();
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(US, "ami-0123456789abcdef0", "t3.micro")
        )
        .message,
        "The image id '[ami-0123456789abcdef0]' does not exist"
    );
    assert_eq!(
        go(&mut w, RunInstancesRequest::new(US, "ubuntu", "t3.micro")).code,
        "InvalidAMIID.Malformed"
    );
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(SEOUL, &al2023(), "t3.micro")
        )
        .code,
        "InvalidAMIID.NotFound"
    );
    let typo = go(&mut w, RunInstancesRequest::new(US, &al2023(), "t2.mircro"));
    assert_eq!(typo.message, "Invalid value 't2.mircro' for InstanceType.");
    assert_eq!(typo.hint.as_deref(), Some("Did you mean 't2.micro'?"));
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(US, &al2023(), "t3.micro").count(0)
        )
        .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(US, &al2023(), "t3.micro").count(-3)
        )
        .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(US, &al2023(), "t3.micro").count(1_000_000)
        )
        .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new("moon-1", &al2023(), "t3.micro")
        )
        .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        go(
            &mut w,
            RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1q")
        )
        .message,
        "Invalid availability zone: [us-east-1q]"
    );
    let mut small_root = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    small_root
        .block_device_mappings
        .push(BlockDeviceMappingSpec {
            device_name: "/dev/xvda".into(),
            ebs: Some(EbsSpec {
                volume_size: Some(4),
                ..Default::default()
            }),
            ..Default::default()
        });
    let err = go(&mut w, small_root);
    assert_eq!(err.code, "InvalidBlockDeviceMapping");
    let snap = w
        .image(&al2023())
        .unwrap()
        .root_mapping()
        .unwrap()
        .ebs
        .as_ref()
        .unwrap()
        .snapshot_id
        .clone()
        .unwrap();
    assert_eq!(
        err.message,
        format!("Volume of size 4GB is smaller than  snapshot '{snap}', expect size >= 8GB")
    );
    let mut st1_root = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    st1_root.block_device_mappings.push(BlockDeviceMappingSpec {
        device_name: "/dev/xvda".into(),
        ebs: Some(EbsSpec {
            volume_size: Some(500),
            volume_type: Some("st1".into()),
            ..Default::default()
        }),
        ..Default::default()
    });
    assert_eq!(go(&mut w, st1_root).code, "InvalidBlockDeviceMapping");
    let mut twice = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    for size in [2, 3] {
        twice.block_device_mappings.push(BlockDeviceMappingSpec {
            device_name: "/dev/sdf".into(),
            ebs: Some(EbsSpec {
                volume_size: Some(size),
                ..Default::default()
            }),
            ..Default::default()
        });
    }
    let err = go(&mut w, twice);
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        (
            "InvalidBlockDeviceMapping",
            "/dev/sdf is being assigned to multiple times."
        )
    );
    let mut hib = RunInstancesRequest::new(US, &al2023(), "m5.24xlarge");
    hib.hibernation = true;
    assert_eq!(
        go(&mut w, hib).code,
        "UnsupportedHibernationConfiguration",
        "ec2-facts 1.4: RAM over 150 GB"
    );
    let mut unencrypted = RunInstancesRequest::new(US, &al2023(), "t3.micro");
    unencrypted.hibernation = true;
    let err = go(&mut w, unencrypted);
    assert_eq!(
        (err.code.as_str(), err.message.as_str()),
        (
            "UnsupportedHibernationConfiguration",
            "For hibernation, the root device volume must be encrypted."
        ),
        "ec2-facts 1.4: the root volume must be encrypted"
    );
    assert_eq!(w.to_json(), before);
}

#[test]
fn facts_4_marketplace_images_carry_product_codes_to_instances_and_derived_images() {
    let mut w = world();
    let mp = public_image_id(US, "mp-wordpress").unwrap();
    assert_eq!(w.image(&mp).unwrap().category, ImageCategory::Marketplace);
    let id = launch(&mut w, RunInstancesRequest::new(US, &mp, "t3.small"));
    w.advance(5 * MINUTE);
    assert_eq!(w.instance(&id).unwrap().product_codes.len(), 1);
    assert_eq!(sh(&mut w, &id, "which nginx"), "/usr/sbin/nginx\n");
    let r = create(&mut w, &id, "my-wordpress", true).unwrap();
    assert_eq!(
        w.image(&r.image_id).unwrap().product_codes,
        w.instance(&id).unwrap().product_codes
    );
    let err = w
        .copy_image(&CopyImageRequest {
            source_region: US.into(),
            source_image_id: mp,
            region: SEOUL.into(),
            name: "copy".into(),
            description: None,
        })
        .unwrap_err();
    assert_eq!(err.code, "InvalidRequest");
}

#[test]
fn facts_4_public_images_differ_per_region_and_exist_in_both() {
    let w = world();
    for key in ec2_lab::sim::ami::public_image_keys() {
        let us = public_image_id(US, key).unwrap();
        let seoul = public_image_id(SEOUL, key).unwrap();
        assert_ne!(us, seoul);
        assert_eq!(w.image(&us).unwrap().region, US);
        assert_eq!(w.image(&seoul).unwrap().region, SEOUL);
        assert_eq!(w.image(&us).unwrap().state, ImageState::Available);
    }
}

#[test]
fn facts_4_lineage_links_base_instance_snapshots_image_copies_and_children() {
    let mut w = world();
    let (id, _) = web_server(&mut w);
    let r = create(&mut w, &id, "web-v1", true).unwrap();
    w.advance(10 * MINUTE);
    let child = launch(
        &mut w,
        RunInstancesRequest::new(US, &r.image_id, "m5d.large"),
    );
    let copy = w
        .copy_image(&CopyImageRequest {
            source_region: US.into(),
            source_image_id: r.image_id.clone(),
            region: SEOUL.into(),
            name: "web-v1-seoul".into(),
            description: None,
        })
        .unwrap();
    let l = w.image_lineage(&r.image_id).unwrap();
    assert_eq!(l.base_image_id.as_deref(), Some(al2023().as_str()));
    assert_eq!(l.source_instance_id.as_deref(), Some(id.as_str()));
    assert_eq!(l.snapshots.len(), 2);
    assert!(l
        .snapshots
        .iter()
        .all(|s| s.state == Some(SnapshotState::Completed)));
    assert_eq!(l.instance_store_not_carried, vec!["ephemeral0 (/dev/sdb)"]);
    assert_eq!(l.copies, vec![(SEOUL.to_string(), copy.clone())]);
    assert_eq!(l.launched_instances, vec![child]);
    let c = w.image_lineage(&copy).unwrap();
    assert_eq!(c.copied_from, Some((US.to_string(), r.image_id.clone())));
    assert!(w.image_lineage("ami-0000000000000000f").is_none());
}
