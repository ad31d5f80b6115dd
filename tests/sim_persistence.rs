//! ec2-facts 1.4: every row of "what persists and what changes" for reboot, stop/start,
//! hibernate and terminate, checked both directly and through the survival matrix; plus the
//! DeleteOnTermination rules of ec2-facts 3.2.

mod sim_support;

use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::instance::LifecycleState as S;
use ec2_lab::sim::launch::{BlockDeviceMappingSpec, EbsSpec};
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::storage::{CreateVolumeRequest, VolumeState};
use ec2_lab::sim::survival::{compare, SurvivalAction, SurvivalItem, Verdict};
use ec2_lab::sim::{RunInstancesRequest, World};
use sim_support::*;

/// The "EBS vs instance store" experiment: an m5d.large with files on root EBS, a launch-time EBS
/// volume (/dev/sdb, DeleteOnTermination default), an EBS volume attached after launch (/data),
/// the NVMe instance store (/scratch) and RAM (/dev/shm). Returns (instance, launch-time volume,
/// attached volume, Elastic IP allocation).
struct Lab {
    w: World,
    id: String,
    launch_volume: String,
    attached_volume: String,
    allocation: String,
}

fn lab() -> Lab {
    let mut w = world();
    let mut request = RunInstancesRequest::new(US, &al2023(), "m5d.large")
        .in_az("us-east-1a")
        .hibernating("/dev/xvda");
    request.block_device_mappings.push(BlockDeviceMappingSpec {
        device_name: "/dev/sdb".to_string(),
        ebs: Some(EbsSpec {
            volume_size: Some(4),
            volume_type: Some("gp3".to_string()),
            ..Default::default()
        }),
        ..Default::default()
    });
    let id = launch(&mut w, request);
    let vol = w
        .create_volume(&CreateVolumeRequest {
            region: US.to_string(),
            availability_zone: "us-east-1a".to_string(),
            size: Some(10),
            volume_type: Some("gp3".to_string()),
            ..Default::default()
        })
        .unwrap();
    w.advance(5 * MINUTE);
    w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    w.advance(MINUTE);
    let i = w.instance(&id).unwrap().clone();
    let launch_volume = i
        .block_devices
        .iter()
        .find(|b| b.device_name == "/dev/sdb")
        .unwrap()
        .volume_id
        .clone();
    let dev = |api: &str| {
        i.block_devices
            .iter()
            .find(|b| b.device_name == api)
            .unwrap()
            .guest_device
            .clone()
    };
    let (sdb, sdf) = (dev("/dev/sdb"), dev("/dev/sdf"));
    let store = i.instance_store[0].guest_device.clone();
    for (device, dir) in [(&sdb, "/launch"), (&sdf, "/data"), (&store, "/scratch")] {
        sh(
            &mut w,
            &id,
            &format!("sudo mkfs -t xfs {device} && sudo mkdir {dir} && sudo mount {device} {dir}"),
        );
        sh(
            &mut w,
            &id,
            &format!("echo '{dir} data' | sudo tee {dir}/file.txt"),
        );
    }
    sh(&mut w, &id, "echo root data > /home/ec2-user/root.txt");
    sh(&mut w, &id, "echo in memory > /dev/shm/ram.txt");
    let allocation = w.allocate_address(US).unwrap().allocation_id;
    Lab {
        w,
        id,
        launch_volume,
        attached_volume: vol,
        allocation,
    }
}

fn verdicts(
    before: &ec2_lab::sim::survival::SurvivalSnapshot,
    w: &World,
    action: SurvivalAction,
) -> Vec<(SurvivalItem, Verdict, String)> {
    compare(before, &w.survival_after(before), Some(action))
        .into_iter()
        .map(|d| (d.item, d.verdict, d.reason))
        .collect()
}

/// A row of the survival matrix, as a test names it.
#[derive(Debug)]
enum Row {
    InstanceId,
    PrivateIp,
    PublicIp,
    ElasticIp,
    Ram,
    RootVolume,
    /// One EBS data volume, by ID.
    EbsVolume(String),
    /// Every EBS data volume.
    EbsVolumes,
    InstanceStore,
}

impl Row {
    fn matches(&self, item: &SurvivalItem) -> bool {
        match (self, item) {
            (Row::InstanceId, SurvivalItem::InstanceId)
            | (Row::PrivateIp, SurvivalItem::PrivateIp)
            | (Row::PublicIp, SurvivalItem::PublicIp)
            | (Row::ElasticIp, SurvivalItem::ElasticIp)
            | (Row::Ram, SurvivalItem::Ram)
            | (Row::RootVolume, SurvivalItem::RootVolume(_))
            | (Row::EbsVolumes, SurvivalItem::EbsVolume(_))
            | (Row::InstanceStore, SurvivalItem::InstanceStore(_)) => true,
            (Row::EbsVolume(id), SurvivalItem::EbsVolume(item)) => id == item,
            _ => false,
        }
    }
}

/// Each row's verdict, as a table that reads like the matrix in ec2-facts 1.4. A row that stands for
/// several items (every EBS volume, every instance store volume) holds for each of them.
fn assert_verdicts(v: &[(SurvivalItem, Verdict, String)], expected: &[(Row, Verdict)]) {
    for (row, verdict) in expected {
        let items: Vec<_> = v.iter().filter(|(item, _, _)| row.matches(item)).collect();
        assert!(!items.is_empty(), "no {row:?} row in {v:?}");
        for (item, got, reason) in items {
            assert_eq!(got, verdict, "{item:?}: {reason}");
        }
    }
}

#[test]
fn facts_1_4_reboot_keeps_everything_but_ram() {
    let Lab { mut w, id, .. } = lab();
    let before = w.survival(&id).unwrap();
    let public = w.public_ip(w.instance(&id).unwrap());
    w.reboot_instances(US, &ids(&id)).unwrap();
    w.advance(2 * MINUTE);
    let v = verdicts(&before, &w, SurvivalAction::Reboot);
    assert_verdicts(
        &v,
        &[
            (Row::InstanceId, Verdict::Kept),
            (Row::PrivateIp, Verdict::Kept),
            (Row::PublicIp, Verdict::Kept),
            (Row::Ram, Verdict::Erased),
            (Row::RootVolume, Verdict::Kept),
            (Row::EbsVolumes, Verdict::Kept),
            // ec2-facts 3.1: the instance store survives a reboot.
            (Row::InstanceStore, Verdict::Kept),
        ],
    );
    assert_eq!(w.public_ip(w.instance(&id).unwrap()), public);
    assert!(v.iter().all(|(_, _, reason)| reason.starts_with("Reboot:")));
    // After a reboot the mounts are gone (no /etc/fstab entries) but the data is there.
    let store = w.instance(&id).unwrap().instance_store[0]
        .guest_device
        .clone();
    sh(&mut w, &id, &format!("sudo mount {store} /scratch"));
    assert_eq!(sh(&mut w, &id, "cat /scratch/file.txt"), "/scratch data\n");
}

#[test]
fn facts_1_4_and_3_1_an_erase_counts_even_when_nothing_was_stored() {
    // The experiment in the order a learner does it: the reboot empties RAM, so the stop has no
    // file left in RAM to lose, and the stop empties the instance store, so the terminate has no
    // file there to lose. RAM and instance store are still erased, as the rules say.
    let Lab { mut w, id, .. } = lab();
    w.reboot_instances(US, &ids(&id)).unwrap();
    w.advance(2 * MINUTE);
    // A stop/start, then a hibernate and start: hibernation keeps the (empty) RAM.
    for (options, action, ram) in [
        (
            StopOptions::default(),
            SurvivalAction::StopStart,
            Verdict::Erased,
        ),
        (
            StopOptions::HIBERNATE,
            SurvivalAction::Hibernate,
            Verdict::Kept,
        ),
    ] {
        let before = w.survival(&id).unwrap();
        w.stop_instances(US, &ids(&id), options).unwrap();
        w.advance(2 * MINUTE);
        w.start_instances(US, &ids(&id)).unwrap();
        w.advance(2 * MINUTE);
        assert_verdicts(
            &verdicts(&before, &w, action),
            &[(Row::Ram, ram), (Row::InstanceStore, Verdict::Erased)],
        );
    }
    let before_terminate = w.survival(&id).unwrap();
    w.terminate_instances(US, &ids(&id)).unwrap();
    w.advance(2 * MINUTE);
    assert_verdicts(
        &verdicts(&before_terminate, &w, SurvivalAction::Terminate),
        &[
            (Row::Ram, Verdict::Erased),
            (Row::InstanceStore, Verdict::Erased),
        ],
    );
}

#[test]
fn facts_1_4_stop_start_keeps_id_private_ip_ebs_and_eip_and_erases_instance_store_and_ram() {
    let Lab {
        mut w,
        id,
        allocation,
        ..
    } = lab();
    let before = w.survival(&id).unwrap();
    let private = w.instance(&id).unwrap().private_ip.clone();
    let public = w.public_ip(w.instance(&id).unwrap()).unwrap();
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(
        w.public_ip(w.instance(&id).unwrap()),
        None,
        "ec2-facts 1.4: public IPv4 released on stop"
    );
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    let v = verdicts(&before, &w, SurvivalAction::StopStart);
    assert_verdicts(
        &v,
        &[
            (Row::InstanceId, Verdict::Kept),
            (Row::PrivateIp, Verdict::Kept),
            (Row::PublicIp, Verdict::Changed),
            (Row::Ram, Verdict::Erased),
            (Row::RootVolume, Verdict::Kept),
            (Row::EbsVolumes, Verdict::Kept),
            (Row::InstanceStore, Verdict::Erased),
        ],
    );
    assert_eq!(w.instance(&id).unwrap().private_ip, private);
    assert_ne!(w.public_ip(w.instance(&id).unwrap()).unwrap(), public);
    // The instance store is a raw device again: mount fails until mkfs.
    let store = w.instance(&id).unwrap().instance_store[0]
        .guest_device
        .clone();
    let out = w
        .guest_exec(US, &id, &format!("sudo mount {store} /scratch"))
        .unwrap();
    assert!(out.stderr.contains("wrong fs type"), "{out:?}");
    // ec2-facts 1.4: the Elastic IP stays associated across stop/start.
    w.associate_address(US, &allocation, &id, None).unwrap();
    let eip = w.address(&allocation).unwrap().public_ip.clone();
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(w.public_ip(w.instance(&id).unwrap()), Some(eip.clone()));
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(w.public_ip(w.instance(&id).unwrap()), Some(eip));
    assert!(w.address(&allocation).unwrap().association.is_some());
}

#[test]
fn facts_1_4_hibernate_saves_ram_and_still_erases_instance_store() {
    let Lab { mut w, id, .. } = lab();
    let before = w.survival(&id).unwrap();
    w.stop_instances(US, &ids(&id), StopOptions::HIBERNATE)
        .unwrap();
    w.advance(5 * MINUTE);
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    let v = verdicts(&before, &w, SurvivalAction::Hibernate);
    assert_verdicts(
        &v,
        &[
            (Row::Ram, Verdict::Kept),
            (Row::PrivateIp, Verdict::Kept),
            (Row::PublicIp, Verdict::Changed),
            (Row::InstanceStore, Verdict::Erased),
        ],
    );
    assert_eq!(sh(&mut w, &id, "cat /dev/shm/ram.txt"), "in memory\n");
    // EBS mounts resume with the OS.
    assert_eq!(sh(&mut w, &id, "cat /data/file.txt"), "/data data\n");
}

#[test]
fn facts_1_4_terminate_deletes_root_keeps_after_launch_volumes_and_disassociates_the_eip() {
    let Lab {
        mut w,
        id,
        launch_volume,
        attached_volume,
        allocation,
    } = lab();
    w.associate_address(US, &allocation, &id, None).unwrap();
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let before = w.survival(&id).unwrap();
    w.terminate_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(state(&w, &id), S::Terminated);
    let v = verdicts(&before, &w, SurvivalAction::Terminate);
    assert_verdicts(
        &v,
        &[
            // Gone for good (ec2-facts 1.4), though still listed for about an hour.
            (Row::InstanceId, Verdict::Released),
            (Row::RootVolume, Verdict::Deleted),
            (Row::EbsVolume(launch_volume), Verdict::Deleted),
            (Row::EbsVolume(attached_volume.clone()), Verdict::Kept),
            (Row::PrivateIp, Verdict::Released),
            (Row::ElasticIp, Verdict::Released),
            (Row::InstanceStore, Verdict::Erased),
        ],
    );
    // ec2-facts 3.2 / 5.3 S7: root gone (InvalidVolume.NotFound), the data volume available.
    assert_eq!(
        w.delete_volume(US, &root).unwrap_err().code,
        "InvalidVolume.NotFound"
    );
    let data = w.volume(&attached_volume).unwrap();
    assert_eq!(data.state, VolumeState::Available);
    assert!(data.attachment.is_none());
    assert_eq!(data.fs.read("/file.txt").unwrap(), "/data data\n");
    // ec2-facts 1.4 / 5.2 #10: EIP disassociated, still allocated.
    let eip = w.address(&allocation).unwrap();
    assert!(eip.association.is_none());
}

#[test]
fn facts_3_2_delete_on_termination_defaults_and_overrides() {
    let mut w = world();
    let mut request = RunInstancesRequest::new(US, &al2023(), "t3.micro").in_az("us-east-1a");
    for (device, dot) in [("/dev/sdb", None), ("/dev/sdc", Some(false))] {
        request.block_device_mappings.push(BlockDeviceMappingSpec {
            device_name: device.to_string(),
            ebs: Some(EbsSpec {
                volume_size: Some(2),
                delete_on_termination: dot,
                ..Default::default()
            }),
            ..Default::default()
        });
    }
    let id = launch(&mut w, request);
    w.advance(5 * MINUTE);
    let dot = |w: &World, device: &str| {
        let i = w.instance(&id).unwrap();
        let vol = &i
            .block_devices
            .iter()
            .find(|b| b.device_name == device)
            .unwrap()
            .volume_id;
        w.volume(vol)
            .unwrap()
            .attachment
            .as_ref()
            .unwrap()
            .delete_on_termination
    };
    assert!(dot(&w, "/dev/xvda"), "root defaults to true");
    assert!(
        dot(&w, "/dev/sdb"),
        "launch-time mapping defaults to true (API)"
    );
    assert!(!dot(&w, "/dev/sdc"), "explicit false is honoured");
    // Attached after launch: false.
    let vol = w
        .create_volume(&CreateVolumeRequest {
            region: US.into(),
            availability_zone: "us-east-1a".into(),
            size: Some(1),
            ..Default::default()
        })
        .unwrap();
    w.advance(MINUTE);
    let attachment = w.attach_volume(US, &vol, &id, "/dev/sdf").unwrap();
    assert!(!attachment.delete_on_termination);
    // The root can be kept by turning its flag off; the after-launch volume deleted by turning it on.
    w.set_delete_on_termination(US, &id, "/dev/xvda", false)
        .unwrap();
    w.set_delete_on_termination(US, &id, "/dev/sdf", true)
        .unwrap();
    let root = w
        .instance(&id)
        .unwrap()
        .root_volume_id()
        .unwrap()
        .to_string();
    let sdb = w
        .instance(&id)
        .unwrap()
        .block_devices
        .iter()
        .find(|b| b.device_name == "/dev/sdb")
        .unwrap()
        .volume_id
        .clone();
    let sdc = w
        .instance(&id)
        .unwrap()
        .block_devices
        .iter()
        .find(|b| b.device_name == "/dev/sdc")
        .unwrap()
        .volume_id
        .clone();
    w.terminate_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(
        w.volume(&root).unwrap().state,
        VolumeState::Available,
        "root kept (flag turned off)"
    );
    assert!(
        w.volume(&vol).is_none(),
        "after-launch volume deleted (flag turned on)"
    );
    assert!(w.volume(&sdb).is_none());
    assert!(w.volume(&sdc).is_some());
    assert_eq!(
        w.set_delete_on_termination(US, &id, "/dev/sdz", true)
            .unwrap_err()
            .code,
        "InvalidInstanceAttributeValue"
    );
}

#[test]
fn facts_1_4_ebs_data_survives_stop_start_on_the_root_volume() {
    let mut w = world();
    let id = running(&mut w, "t2.micro");
    sh(&mut w, &id, "echo keep me > ~/notes.txt");
    w.stop_instances(US, &ids(&id), StopOptions::default())
        .unwrap();
    w.advance(5 * MINUTE);
    w.start_instances(US, &ids(&id)).unwrap();
    w.advance(5 * MINUTE);
    assert_eq!(sh(&mut w, &id, "cat ~/notes.txt"), "keep me\n");
}
