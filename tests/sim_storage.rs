//! ec2-facts 3.1 (instance store) and 3.2 (EBS volumes and snapshots), and the guest OS's view of
//! them: device names per hypervisor, formatting, mounting, the byte budget.

mod sim_support;

use ec2_lab::sim::clock::{MINUTE, SECOND};
use ec2_lab::sim::instance::LifecycleState as S;
use ec2_lab::sim::launch::BlockDeviceMappingSpec;
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::storage::{AttachmentState, CreateVolumeRequest, SnapshotState, VolumeState};
use ec2_lab::sim::{RunInstancesRequest, World};
use sim_support::*;

fn volume(w: &mut World, az: &str, size: i64) -> String {
    let id = w
        .create_volume(&CreateVolumeRequest {
            region: US.into(),
            availability_zone: az.into(),
            size: Some(size),
            ..Default::default()
        })
        .unwrap();
    w.advance(MINUTE);
    id
}

#[test]
fn facts_3_2_volume_is_creating_then_available_and_defaults_to_gp2() {
    let mut w = world();
    let id = w
        .create_volume(&CreateVolumeRequest {
            region: US.into(),
            availability_zone: "us-east-1c".into(),
            size: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(w.volume(&id).unwrap().state, VolumeState::Creating);
    assert_eq!(w.volume(&id).unwrap().volume_type.as_str(), "gp2");
    w.advance(10 * SECOND);
    assert_eq!(w.volume(&id).unwrap().state, VolumeState::Available);
}

#[test]
fn facts_3_2_bad_volume_requests_change_nothing() {
    let mut w = world();
    let before = w.to_json();
    let bad = |az: &str, size: Option<i64>, t: Option<&str>| CreateVolumeRequest {
        region: US.into(),
        availability_zone: az.into(),
        size,
        volume_type: t.map(str::to_string),
        ..Default::default()
    };
    assert_eq!(
        w.create_volume(&bad("us-east-1z", Some(1), None))
            .unwrap_err()
            .message,
        "Invalid availability zone: [us-east-1z]"
    );
    assert_eq!(
        w.create_volume(&bad("ap-northeast-2a", Some(1), None))
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        w.create_volume(&bad("us-east-1a", None, None))
            .unwrap_err()
            .code,
        "MissingParameter"
    );
    assert_eq!(
        w.create_volume(&bad("us-east-1a", Some(-1), None))
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        w.create_volume(&bad("us-east-1a", Some(100_000), Some("gp3")))
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    assert_eq!(
        w.create_volume(&bad("us-east-1a", Some(10), Some("st1")))
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    let mut other_region = bad("us-east-1a", Some(1), None);
    other_region.region = "mars-1".into();
    assert_eq!(
        w.create_volume(&other_region).unwrap_err().code,
        "InvalidParameterValue"
    );
    assert_eq!(w.to_json(), before);
}

#[test]
fn facts_1_3_attach_across_azs_is_zone_mismatch() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1b", 1);
    let err = w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap_err();
    assert_eq!(err.code, "InvalidVolume.ZoneMismatch");
    assert_eq!(
        err.message,
        format!("The volume '{vol}' is not in the same availability zone as instance '{id}'")
    );
}

#[test]
fn facts_1_3_attach_to_pending_is_incorrect_state_but_stopped_is_fine() {
    let mut w = world();
    let pending = launch(
        &mut w,
        RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1a"),
    );
    let vol = w
        .create_volume(&CreateVolumeRequest {
            region: US.into(),
            availability_zone: "us-east-1a".into(),
            size: Some(1),
            ..Default::default()
        })
        .unwrap();
    // A creating volume cannot be attached yet.
    assert_eq!(
        w.attach_volume(US, &vol, &pending, "/dev/sdf")
            .unwrap_err()
            .code,
        "IncorrectState"
    );
    w.advance(10 * SECOND);
    let err = w.attach_volume(US, &vol, &pending, "/dev/sdf").unwrap_err();
    assert_eq!(err.code, "IncorrectState");
    assert_eq!(
        err.message,
        format!("Instance '{pending}' is not 'running'.")
    );
    let stopped = ebs_instance_in(&mut w, S::Stopped);
    let a = w.attach_volume(US, &vol, &stopped, "/dev/sdf").unwrap();
    assert_eq!(a.state, AttachmentState::Attaching);
    w.advance(10 * SECOND);
    let v = w.volume(&vol).unwrap();
    assert_eq!(v.state, VolumeState::InUse);
    assert_eq!(
        v.attachment.as_ref().unwrap().state,
        AttachmentState::Attached
    );
}

#[test]
fn facts_3_2_one_instance_per_volume_device_names_and_in_use_errors() {
    let mut w = world();
    let a = running(&mut w, "t3.micro");
    let b = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &a, "/dev/sdf").unwrap();
    let err = w.attach_volume(US, &vol, &b, "/dev/sdf").unwrap_err();
    assert_eq!(err.code, "VolumeInUse");
    assert_eq!(
        err.message,
        format!("{vol} is already attached to an instance")
    );
    let other = volume(&mut w, "us-east-1a", 1);
    let err = w.attach_volume(US, &other, &a, "/dev/sdf").unwrap_err();
    assert_eq!(
        err.message,
        "Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use"
    );
    let err = w.attach_volume(US, &other, &a, "sdg").unwrap_err();
    assert_eq!(
        err.message,
        "Value (sdg) for parameter device is invalid. sdg is not a valid EBS device name."
    );
    // ec2-facts 1.3: deleting an attached volume.
    let err = w.delete_volume(US, &vol).unwrap_err();
    assert_eq!(err.code, "VolumeInUse");
    assert_eq!(
        err.message,
        format!("Volume {vol} is currently attached to {a}")
    );
}

#[test]
fn facts_1_3_root_detaches_only_when_stopped_then_start_needs_a_root() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let err = w.detach_volume(US, &root, Some(&id), false).unwrap_err();
    assert_eq!(err.code, "IncorrectState");
    assert_eq!(
        err.message,
        format!("Unable to detach root volume '{root}' from instance '{id}'")
    );
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.advance(5 * MINUTE);
    w.detach_volume(US, &root, Some(&id), false).unwrap();
    w.advance(MINUTE);
    assert_eq!(w.volume(&root).unwrap().state, VolumeState::Available);
    assert_eq!(
        w.start_instances(US, &ids(&id)).unwrap_err().code,
        "InvalidParameterValue"
    );
    // Reattach as root and start again.
    w.attach_volume(US, &root, &id, "/dev/xvda").unwrap();
    w.advance(MINUTE);
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(state(&w, &id), S::Running);
}

#[test]
fn facts_3_2_detach_then_delete_and_errors_on_available_volumes() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    let err = w.detach_volume(US, &vol, None, false).unwrap_err();
    assert_eq!(err.code, "IncorrectState");
    assert_eq!(
        err.message,
        format!("Volume '{vol}'is in the 'available' state.")
    );
    w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let a = w.detach_volume(US, &vol, None, false).unwrap();
    assert_eq!(a.state, AttachmentState::Detaching);
    w.advance(MINUTE);
    w.delete_volume(US, &vol).unwrap();
    assert!(w.volume(&vol).is_none());
    assert_eq!(
        w.delete_volume(US, &vol).unwrap_err().message,
        format!("The volume '{vol}' does not exist.")
    );
}

#[test]
fn facts_3_2_snapshots_are_point_in_time_region_scoped_and_pending_first() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    sh(&mut w, &id, "echo v1 > ~/data.txt");
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let snap = w.create_snapshot(US, &root, "before change").unwrap();
    assert_eq!(w.snapshot(&snap).unwrap().state, SnapshotState::Pending);
    sh(&mut w, &id, "echo v2 > ~/data.txt");
    // Creating a volume from a pending snapshot is refused.
    let from_snap = |az: &str, size: Option<i64>| CreateVolumeRequest {
        region: US.into(),
        availability_zone: az.into(),
        size,
        snapshot_id: Some(snap.clone()),
        ..Default::default()
    };
    assert_eq!(
        w.create_volume(&from_snap("us-east-1d", None))
            .unwrap_err()
            .code,
        "IncorrectState"
    );
    w.advance(10 * MINUTE);
    assert_eq!(w.snapshot(&snap).unwrap().state, SnapshotState::Completed);
    // Any AZ of the region; size defaults to the snapshot's and can be larger, not smaller.
    let copy = w.create_volume(&from_snap("us-east-1d", None)).unwrap();
    assert_eq!(w.volume(&copy).unwrap().size_gib, 8);
    assert_eq!(
        w.volume(&copy)
            .unwrap()
            .fs
            .read("/home/ec2-user/data.txt")
            .unwrap(),
        "v1\n"
    );
    assert!(w.create_volume(&from_snap("us-east-1e", Some(20))).is_ok());
    assert_eq!(
        w.create_volume(&from_snap("us-east-1e", Some(4)))
            .unwrap_err()
            .code,
        "InvalidParameterValue"
    );
    // Not in another region.
    let mut seoul = from_snap("ap-northeast-2a", None);
    seoul.region = SEOUL.into();
    assert_eq!(
        w.create_volume(&seoul).unwrap_err().code,
        "InvalidSnapshot.NotFound"
    );
    // Deleting a snapshot that no AMI uses works.
    w.delete_snapshot(US, &snap).unwrap();
    assert!(w.snapshot(&snap).is_none());
}

#[test]
fn facts_3_1_t2_micro_has_no_instance_store_and_a_mapping_is_ignored() {
    let mut w = world();
    let mut request = RunInstancesRequest::new(US, &al2023(), "t2.micro");
    request.block_device_mappings.push(BlockDeviceMappingSpec {
        device_name: "/dev/sdb".into(),
        virtual_name: Some("ephemeral0".into()),
        ..Default::default()
    });
    let r = w.run_instances(&request).unwrap();
    assert!(w
        .instance(&r.instance_ids[0])
        .unwrap()
        .instance_store
        .is_empty());
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].contains("t2.micro has no instance store"));
}

#[test]
fn facts_3_1_nvme_instance_store_is_automatic_and_sized_by_the_type() {
    let mut w = world();
    let id = running(&mut w, "m5d.large");
    let store = &w.instance(&id).unwrap().instance_store;
    assert_eq!(store.len(), 1);
    assert_eq!(store[0].size_gb, 75);
    assert!(store[0].nvme);
    assert!(
        !store[0].fs.is_formatted(),
        "instance store comes unformatted"
    );
    let big = running(&mut w, "i3.16xlarge");
    assert_eq!(w.instance(&big).unwrap().instance_store.len(), 8);
}

#[test]
fn facts_3_1_older_instance_store_needs_ephemeral_mappings() {
    let mut w = world();
    // c3.large has 2 × 16 GB SSD; with no mapping (AL2023 has none) it gets none.
    let bare = running(&mut w, "c3.large");
    assert!(w.instance(&bare).unwrap().instance_store.is_empty());
    let mut request = RunInstancesRequest::new(US, &al2023(), "c3.large");
    for (device, name) in [
        ("/dev/sdb", "ephemeral0"),
        ("/dev/sdc", "ephemeral1"),
        ("/dev/sdd", "ephemeral2"),
    ] {
        request.block_device_mappings.push(BlockDeviceMappingSpec {
            device_name: device.into(),
            virtual_name: Some(name.into()),
            ..Default::default()
        });
    }
    let r = w.run_instances(&request).unwrap();
    let i = w.instance(&r.instance_ids[0]).unwrap();
    assert_eq!(i.instance_store.len(), 2);
    assert_eq!(i.instance_store[0].guest_device, "/dev/xvdb");
    assert_eq!(i.instance_store[1].guest_device, "/dev/xvdc");
    assert_eq!(r.warnings.len(), 1, "ephemeral2 does not exist on c3.large");
}

#[test]
fn facts_3_1_device_names_follow_the_hypervisor() {
    let mut w = world();
    // Xen (t2): /dev/xvda root, /dev/sdf → /dev/xvdf.
    let xen = running(&mut w, "t2.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &xen, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let lsblk = sh(&mut w, &xen, "lsblk");
    assert!(
        lsblk.contains("xvda ") && lsblk.contains("xvda1") && lsblk.contains("xvdf"),
        "{lsblk}"
    );
    // Nitro (m5d): nvme0n1 root, then the instance store and later EBS as further namespaces.
    let nitro = running(&mut w, "m5d.large");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &nitro, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let lsblk = sh(&mut w, &nitro, "lsblk -o +MODEL");
    assert!(
        lsblk.contains("nvme0n1p1") && lsblk.contains("nvme1n1") && lsblk.contains("nvme2n1"),
        "{lsblk}"
    );
    assert!(
        lsblk.contains("Amazon EC2 NVMe Instance Storage")
            && lsblk.contains("Amazon Elastic Block Store")
    );
    // Changing the type from Xen to Nitro renames the devices.
    w.stop_instances(US, &ids(&xen), StopOptions::default())
        .unwrap();
    w.advance(5 * MINUTE);
    w.modify_instance_type(US, &xen, "t3.micro").unwrap();
    let devices: Vec<String> = w
        .instance(&xen)
        .unwrap()
        .block_devices
        .iter()
        .map(|b| b.guest_device.clone())
        .collect();
    assert_eq!(devices, vec!["/dev/nvme0n1", "/dev/nvme1n1"]);
}

#[test]
fn guest_prepares_a_volume_and_refuses_what_linux_refuses() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let dev = w.instance(&id).unwrap().block_devices[1]
        .guest_device
        .clone();
    // Unformatted: mount fails.
    let out = w
        .guest_exec(
            US,
            &id,
            &format!("sudo mkdir /data && sudo mount {dev} /data"),
        )
        .unwrap();
    assert_eq!(out.exit_code, 32);
    assert!(out.stderr.contains("wrong fs type"));
    // mkfs needs root.
    assert_eq!(
        w.guest_exec(US, &id, &format!("mkfs -t xfs {dev}"))
            .unwrap()
            .exit_code,
        1
    );
    sh(&mut w, &id, &format!("sudo mkfs -t xfs {dev}"));
    // mkfs.xfs refuses to overwrite without -f.
    let out = w
        .guest_exec(US, &id, &format!("sudo mkfs.xfs {dev}"))
        .unwrap();
    assert!(out.stderr.contains("Use the -f option"), "{out:?}");
    sh(&mut w, &id, &format!("sudo mount {dev} /data"));
    // The classic: sudo does not apply to the shell's redirection.
    let out = w.guest_exec(US, &id, "sudo echo hi > /data/a.txt").unwrap();
    assert!(out.stderr.contains("Permission denied"), "{out:?}");
    sh(&mut w, &id, "echo hi | sudo tee /data/a.txt");
    sh(
        &mut w,
        &id,
        "echo there | sudo tee -a /data/a.txt > /dev/shm/echo.txt",
    );
    assert_eq!(sh(&mut w, &id, "cat /data/a.txt"), "hi\nthere\n");
    assert_eq!(
        w.volume(&vol).unwrap().fs.read("/a.txt").unwrap(),
        "hi\nthere\n"
    );
    let df = sh(&mut w, &id, "df -h");
    assert!(df.contains("/data") && df.contains("/dev/shm"), "{df}");
    // Root device cannot be formatted; a mounted volume either.
    assert!(w
        .guest_exec(US, &id, &format!("sudo mkfs -t ext4 {dev}"))
        .unwrap()
        .stderr
        .contains("mounted"));
    sh(&mut w, &id, "sudo umount /data");
    assert_eq!(sh(&mut w, &id, "ls /data"), "");
}

#[test]
fn facts_3_x_writes_that_do_not_fit_are_refused() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let dev = w.instance(&id).unwrap().block_devices[1]
        .guest_device
        .clone();
    sh(
        &mut w,
        &id,
        &format!("sudo mkfs -t ext4 {dev} && sudo mkdir /data && sudo mount {dev} /data"),
    );
    sh(&mut w, &id, "sudo fallocate -l 1023M /data/big");
    let out = w
        .guest_exec(US, &id, "sudo fallocate -l 2M /data/more")
        .unwrap();
    assert!(out.stderr.contains("No space left on device"), "{out:?}");
    let out = w
        .guest_exec(
            US,
            &id,
            &format!("echo {} | sudo tee /data/x", "y".repeat(2_000_000)),
        )
        .unwrap();
    assert_ne!(out.exit_code, 0);
    // RAM disk is bounded by half the memory (t3.micro: 1 GiB → 512 MiB).
    let out = w
        .guest_exec(US, &id, "fallocate -l 600M /dev/shm/big")
        .unwrap();
    assert!(out.stderr.contains("No space left on device"), "{out:?}");
}

#[test]
fn guest_commands_only_run_on_a_running_instance() {
    let mut w = world();
    let pending = launch(&mut w, RunInstancesRequest::new(US, &al2023(), "t3.micro"));
    let out = w.guest_exec(US, &pending, "ls").unwrap();
    assert_eq!(out.exit_code, 255);
    assert!(out.stderr.contains("Connection refused"));
    let stopped = ebs_instance_in(&mut w, S::Stopped);
    let out = w.guest_exec(US, &stopped, "ls").unwrap();
    assert!(out.stderr.contains("timed out"));
    assert_eq!(
        w.guest_exec(US, "i-0000000000000000f", "ls")
            .unwrap_err()
            .code,
        "InvalidInstanceID.NotFound"
    );
}

#[test]
fn guest_installs_packages_as_files_on_the_root_volume_and_serves_them() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    assert_eq!(w.guest_exec(US, &id, "which nginx").unwrap().exit_code, 1);
    assert_eq!(
        w.guest_exec(US, &id, "dnf install -y nginx")
            .unwrap()
            .exit_code,
        1,
        "needs sudo"
    );
    let out = w.guest_exec(US, &id, "sudo apt install nginx").unwrap();
    assert_eq!(out.exit_code, 127, "no apt on Amazon Linux");
    let out = w.guest_exec(US, &id, "sudo dnf install -y nginz").unwrap();
    assert!(out.stderr.contains("Unable to find a match: nginz"));
    sh(&mut w, &id, "sudo dnf install -y nginx");
    assert_eq!(sh(&mut w, &id, "which nginx"), "/usr/sbin/nginx\n");
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    assert!(w.volume(&root).unwrap().fs.is_file("/usr/sbin/nginx"));
    assert_eq!(
        w.guest_exec(US, &id, "curl -s http://localhost/")
            .unwrap()
            .exit_code,
        7
    );
    sh(&mut w, &id, "sudo systemctl enable --now nginx");
    sh(
        &mut w,
        &id,
        "echo '<h1>hello</h1>' | sudo tee /usr/share/nginx/html/index.html",
    );
    assert_eq!(
        sh(&mut w, &id, "curl http://localhost/"),
        "<h1>hello</h1>\n"
    );
    // Enabled services come back after a reboot.
    w.reboot_instances(US, &ids(&id)).unwrap();
    w.advance(2 * MINUTE);
    assert_eq!(
        sh(&mut w, &id, "curl http://localhost/"),
        "<h1>hello</h1>\n"
    );
    assert_eq!(
        sh(
            &mut w,
            &id,
            "curl http://169.254.169.254/latest/meta-data/instance-id"
        ),
        id
    );
}

#[test]
fn guest_fstab_mounts_come_back_after_reboot() {
    let mut w = world();
    let id = running(&mut w, "t3.micro");
    let vol = volume(&mut w, "us-east-1a", 1);
    w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let dev = w.instance(&id).unwrap().block_devices[1]
        .guest_device
        .clone();
    sh(
        &mut w,
        &id,
        &format!("sudo mkfs -t xfs {dev} && sudo mkdir /data && sudo mount {dev} /data"),
    );
    sh(
        &mut w,
        &id,
        &format!("echo '{dev} /data xfs defaults,nofail 0 2' | sudo tee -a /etc/fstab"),
    );
    sh(&mut w, &id, "echo persisted | sudo tee /data/f");
    w.reboot_instances(US, &ids(&id)).unwrap();
    w.advance(2 * MINUTE);
    assert_eq!(sh(&mut w, &id, "cat /data/f"), "persisted\n");
}
