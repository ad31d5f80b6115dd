//! Property tests over random action sequences (thousands in total): the engine never panics and
//! keeps the invariants the reference implies, whatever the learner does.
//!
//! - a terminated instance never comes back (ec2-facts 1.2);
//! - instance-store data never survives a stop (ec2-facts 3.1): stopped/terminated ⇒ erased;
//! - EBS data survives stop/start (ec2-facts 1.4): files written on a root volume stay;
//! - no volume is attached to two instances, and both sides of an attachment agree (3.2);
//! - IDs are unique and never reused; live private and public IPs are unique;
//! - every registered AMI's snapshots exist (ec2-facts 4);
//! - same seed + same actions ⇒ identical serialized world; serde round trip.

mod sim_support;

use std::collections::{BTreeMap, BTreeSet};

use ec2_lab::sim::ami::{public_image_id, CopyImageRequest, CreateImageRequest};
use ec2_lab::sim::clock::{MINUTE, SECOND};
use ec2_lab::sim::instance::LifecycleState as S;
use ec2_lab::sim::lifecycle::StopOptions;
use ec2_lab::sim::storage::CreateVolumeRequest;
use ec2_lab::sim::{RunInstancesRequest, World};
use proptest::prelude::*;
use sim_support::{SEOUL, US};

const TYPES: &[&str] = &[
    "t2.micro",
    "t3.micro",
    "m5d.large",
    "m3.medium",
    "c3.large",
    "t4g.micro",
    "t2.mega",
];
const IMAGES: &[&str] = &[
    "al2023-x86_64",
    "al2023-arm64",
    "ubuntu-2404-amd64",
    "amzn-2018-s3",
    "mp-wordpress",
];
const AZS: &[&str] = &["us-east-1a", "us-east-1b", "us-east-1z"];
const DEVICES: &[&str] = &["/dev/sdf", "/dev/sdg", "/dev/xvda", "/dev/sda1", "bogus"];
const STEPS: &[u64] = &[
    0,
    SECOND,
    5 * SECOND,
    30 * SECOND,
    2 * MINUTE,
    10 * MINUTE,
    70 * MINUTE,
];
/// Guest commands the properties throw at instances (never touching the `.marker` files).
const GUEST: &[&str] = &[
    "echo hello > ~/hello.txt",
    "echo ram > /dev/shm/r.txt",
    "sudo mkfs -t xfs /dev/nvme1n1 && sudo mkdir -p /scratch && sudo mount /dev/nvme1n1 /scratch && echo s | sudo tee /scratch/s.txt",
    "sudo mkfs -t ext4 /dev/xvdb && sudo mkdir -p /eph && sudo mount /dev/xvdb /eph && echo e | sudo tee /eph/e.txt",
    "sudo mkfs.xfs -f /dev/xvdf",
    "sudo dnf install -y nginx",
    "sudo apt install -y nginx",
    "lsblk -f; df -h; free -m",
    "cat ~/hello.txt | grep hello",
    "sudo reboot",
    "sudo shutdown -h now",
    "rm -rf ~/hello.txt",
    "ls -la / /data /nope",
    "echo 'unterminated",
];

#[derive(Debug, Clone)]
enum Action {
    Launch {
        ty: usize,
        image: usize,
        az: usize,
        count: i64,
        hibernate: bool,
        protect: bool,
    },
    Start(usize),
    Stop {
        i: usize,
        hibernate: bool,
        force: bool,
    },
    Reboot(usize),
    Terminate(Vec<usize>),
    Advance(usize),
    CreateVolume {
        az: usize,
        size: i64,
    },
    Attach {
        v: usize,
        i: usize,
        device: usize,
    },
    Detach(usize),
    DeleteVolume(usize),
    Snapshot(usize),
    DeleteSnapshot(usize),
    CreateImage {
        i: usize,
        no_reboot: bool,
    },
    CopyImage(usize),
    Deregister(usize),
    Guest {
        i: usize,
        command: usize,
    },
    Mark(usize),
    Allocate,
    Associate {
        a: usize,
        i: usize,
    },
    Disassociate(usize),
    Release(usize),
    Protect {
        i: usize,
        on: bool,
    },
    ModifyType {
        i: usize,
        ty: usize,
    },
    DeleteOnTermination {
        i: usize,
        on: bool,
    },
    Retire(usize),
}

fn action() -> impl Strategy<Value = Action> {
    let idx = || 0usize..8;
    prop_oneof![
        4 => (0..TYPES.len(), 0..IMAGES.len(), 0..AZS.len(), -1i64..4, any::<bool>(), any::<bool>())
            .prop_map(|(ty, image, az, count, hibernate, protect)| Action::Launch { ty, image, az, count, hibernate, protect }),
        2 => idx().prop_map(Action::Start),
        3 => (idx(), any::<bool>(), any::<bool>()).prop_map(|(i, hibernate, force)| Action::Stop { i, hibernate, force }),
        1 => idx().prop_map(Action::Reboot),
        2 => prop::collection::vec(idx(), 1..3).prop_map(Action::Terminate),
        5 => (0..STEPS.len()).prop_map(Action::Advance),
        2 => (0..AZS.len(), -1i64..20).prop_map(|(az, size)| Action::CreateVolume { az, size }),
        2 => (idx(), idx(), 0..DEVICES.len()).prop_map(|(v, i, device)| Action::Attach { v, i, device }),
        1 => idx().prop_map(Action::Detach),
        1 => idx().prop_map(Action::DeleteVolume),
        1 => idx().prop_map(Action::Snapshot),
        1 => idx().prop_map(Action::DeleteSnapshot),
        1 => (idx(), any::<bool>()).prop_map(|(i, no_reboot)| Action::CreateImage { i, no_reboot }),
        1 => idx().prop_map(Action::CopyImage),
        1 => idx().prop_map(Action::Deregister),
        4 => (idx(), 0..GUEST.len()).prop_map(|(i, command)| Action::Guest { i, command }),
        2 => idx().prop_map(Action::Mark),
        1 => Just(Action::Allocate),
        1 => (idx(), idx()).prop_map(|(a, i)| Action::Associate { a, i }),
        1 => idx().prop_map(Action::Disassociate),
        1 => idx().prop_map(Action::Release),
        1 => (idx(), any::<bool>()).prop_map(|(i, on)| Action::Protect { i, on }),
        1 => (idx(), 0..TYPES.len()).prop_map(|(i, ty)| Action::ModifyType { i, ty }),
        1 => (idx(), any::<bool>()).prop_map(|(i, on)| Action::DeleteOnTermination { i, on }),
        1 => idx().prop_map(Action::Retire),
    ]
}

fn pick(list: &[String], i: usize) -> String {
    if list.is_empty() {
        "i-0000000000000000a".to_string()
    } else {
        list[i % list.len()].clone()
    }
}

/// What the test remembers between actions to check the invariants.
#[derive(Default)]
struct Tracker {
    terminated: BTreeSet<String>,
    issued: BTreeSet<String>,
    /// Root-volume markers: (volume, path) → content.
    markers: BTreeMap<(String, String), String>,
    next_marker: u32,
}

/// Applies one action. Errors are expected and ignored: the engine must only never panic.
fn apply(w: &mut World, t: &mut Tracker, a: &Action) {
    let instances: Vec<String> = w.instances().map(|i| i.id.clone()).collect();
    let volumes: Vec<String> = w.volumes().map(|v| v.id.clone()).collect();
    let snapshots: Vec<String> = w.snapshots().map(|s| s.id.clone()).collect();
    let images: Vec<String> = w
        .images()
        .filter(|i| i.region == US)
        .map(|i| i.id.clone())
        .collect();
    let addresses: Vec<String> = w.addresses().map(|a| a.allocation_id.clone()).collect();
    let region_of =
        |w: &World, id: &str| w.instance(id).map_or(US.to_string(), |i| i.region.clone());
    match a {
        Action::Launch {
            ty,
            image,
            az,
            count,
            hibernate,
            protect,
        } => {
            let image_id = public_image_id(US, IMAGES[*image]).unwrap();
            let image_id = if *image == 0 && !images.is_empty() {
                pick(&images, *ty)
            } else {
                image_id
            };
            let mut r = RunInstancesRequest::new(US, &image_id, TYPES[*ty])
                .count(*count)
                .in_az(AZS[*az]);
            if *hibernate {
                // With the encrypted root hibernation needs (ec2-facts 1.4), so it can succeed.
                let root = w
                    .image(&image_id)
                    .map_or("/dev/xvda".to_string(), |i| i.root_device_name.clone());
                r = r.hibernating(&root);
            }
            r.disable_api_stop = *protect;
            if let Ok(res) = w.run_instances(&r) {
                for id in res.instance_ids {
                    assert!(t.issued.insert(id.clone()), "instance ID reused: {id}");
                    for b in &w.instance(&id).unwrap().block_devices {
                        assert!(t.issued.insert(b.volume_id.clone()), "volume ID reused");
                    }
                }
            }
        }
        Action::Start(i) => {
            let _ = w.start_instances(US, &[pick(&instances, *i)]);
        }
        Action::Stop {
            i,
            hibernate,
            force,
        } => {
            let _ = w.stop_instances(
                US,
                &[pick(&instances, *i)],
                StopOptions {
                    hibernate: *hibernate,
                    force: *force,
                },
            );
        }
        Action::Reboot(i) => {
            let _ = w.reboot_instances(US, &[pick(&instances, *i)]);
        }
        Action::Terminate(list) => {
            let ids: Vec<String> = list.iter().map(|i| pick(&instances, *i)).collect();
            let _ = w.terminate_instances(US, &ids);
        }
        Action::Advance(step) => {
            w.advance(STEPS[*step]);
        }
        Action::CreateVolume { az, size } => {
            let r = CreateVolumeRequest {
                region: US.into(),
                availability_zone: AZS[*az].into(),
                size: Some(*size),
                ..Default::default()
            };
            if let Ok(id) = w.create_volume(&r) {
                assert!(t.issued.insert(id));
            }
        }
        Action::Attach { v, i, device } => {
            let v = pick(&volumes, *v);
            // Markers are only tracked on volumes that stay roots.
            t.markers.retain(|(vol, _), _| *vol != v);
            let _ = w.attach_volume(US, &v, &pick(&instances, *i), DEVICES[*device]);
        }
        Action::Detach(v) => {
            let v = pick(&volumes, *v);
            t.markers.retain(|(vol, _), _| *vol != v);
            let _ = w.detach_volume(US, &v, None, false);
        }
        Action::DeleteVolume(v) => {
            let _ = w.delete_volume(US, &pick(&volumes, *v));
        }
        Action::Snapshot(v) => {
            if let Ok(id) = w.create_snapshot(US, &pick(&volumes, *v), "prop") {
                assert!(t.issued.insert(id));
            }
        }
        Action::DeleteSnapshot(s) => {
            let _ = w.delete_snapshot(US, &pick(&snapshots, *s));
        }
        Action::CreateImage { i, no_reboot } => {
            let r = CreateImageRequest {
                region: US.into(),
                instance_id: pick(&instances, *i),
                name: format!("img-{}", t.issued.len()),
                description: String::new(),
                no_reboot: *no_reboot,
            };
            if let Ok(res) = w.create_image(&r) {
                assert!(t.issued.insert(res.image_id));
            }
        }
        Action::CopyImage(m) => {
            let r = CopyImageRequest {
                source_region: US.into(),
                source_image_id: pick(&images, *m),
                region: SEOUL.into(),
                name: format!("copy-{}", t.issued.len()),
                description: None,
            };
            if let Ok(id) = w.copy_image(&r) {
                assert!(t.issued.insert(id));
            }
        }
        Action::Deregister(m) => {
            let _ = w.deregister_image(US, &pick(&images, *m));
        }
        Action::Guest { i, command } => {
            let id = pick(&instances, *i);
            let region = region_of(w, &id);
            let _ = w.guest_exec(&region, &id, GUEST[*command]);
        }
        Action::Mark(i) => {
            let id = pick(&instances, *i);
            let Some(root) = w
                .instance(&id)
                .and_then(|x| x.root_volume_id().map(str::to_string))
            else {
                return;
            };
            t.next_marker += 1;
            let content = format!("marker {}", t.next_marker);
            let path = format!("/home/ec2-user/.marker-{}", t.next_marker);
            if let Ok(out) = w.guest_exec(US, &id, &format!("echo '{content}' > {path}")) {
                if out.exit_code == 0 {
                    t.markers.insert((root, path), format!("{content}\n"));
                }
            }
        }
        Action::Allocate => {
            if let Ok(a) = w.allocate_address(US) {
                assert!(t.issued.insert(a.allocation_id));
            }
        }
        Action::Associate { a, i } => {
            let _ = w.associate_address(US, &pick(&addresses, *a), &pick(&instances, *i), None);
        }
        Action::Disassociate(a) => {
            let assoc = w
                .address(&pick(&addresses, *a))
                .and_then(|x| x.association.clone())
                .map_or("eipassoc-0000".to_string(), |x| x.association_id);
            let _ = w.disassociate_address(US, &assoc);
        }
        Action::Release(a) => {
            let _ = w.release_address(US, &pick(&addresses, *a));
        }
        Action::Protect { i, on } => {
            let _ = w.set_termination_protection(US, &pick(&instances, *i), *on);
        }
        Action::ModifyType { i, ty } => {
            let _ = w.modify_instance_type(US, &pick(&instances, *i), TYPES[*ty]);
        }
        Action::DeleteOnTermination { i, on } => {
            let _ = w.set_delete_on_termination(US, &pick(&instances, *i), "/dev/xvda", *on);
        }
        Action::Retire(i) => {
            let _ = w.schedule_retirement(US, &pick(&instances, *i), 30 * SECOND);
        }
    }
}

fn check_invariants(w: &World, t: &mut Tracker) {
    // A terminated instance never comes back.
    for i in w.instances() {
        if t.terminated.contains(&i.id) {
            assert_eq!(
                i.state,
                S::Terminated,
                "{} came back as {:?}",
                i.id,
                i.state
            );
        }
        if i.state == S::Terminated {
            t.terminated.insert(i.id.clone());
        }
        // Instance-store data never survives a stop (or termination).
        if matches!(i.state, S::Stopped | S::Terminated) {
            for s in &i.instance_store {
                assert!(
                    s.fs.files.is_empty() && !s.fs.is_formatted(),
                    "{} {}: instance store survived {:?}",
                    i.id,
                    s.virtual_name,
                    i.state
                );
            }
        }
        // Both sides of each attachment agree.
        for b in &i.block_devices {
            let v = w.volume(&b.volume_id).expect("attached volume exists");
            let a = v
                .attachment
                .as_ref()
                .expect("attached volume has an attachment");
            assert_eq!(a.instance_id, i.id);
            assert_eq!(a.device, b.device_name);
        }
        if i.state == S::Terminated {
            assert!(i.block_devices.is_empty() && i.private_ip.is_none());
        }
    }
    // No volume attached to two instances.
    let mut owners: BTreeMap<&str, &str> = BTreeMap::new();
    for i in w.instances() {
        for b in &i.block_devices {
            assert!(
                owners.insert(&b.volume_id, &i.id).is_none(),
                "{} attached twice",
                b.volume_id
            );
        }
    }
    for v in w.volumes() {
        if let Some(a) = &v.attachment {
            assert_eq!(
                owners.get(v.id.as_str()),
                Some(&a.instance_id.as_str()),
                "{} attachment not mirrored",
                v.id
            );
        }
    }
    // EBS data survives: every marker is still there while its volume exists.
    for ((vol, path), content) in &t.markers {
        if let Some(v) = w.volume(vol) {
            assert_eq!(
                v.fs.read(path).ok(),
                Some(content.as_str()),
                "{vol}{path} lost"
            );
        }
    }
    // Every registered AMI's snapshots exist.
    for image in w.images() {
        if image.is_registered() {
            for s in image.snapshot_ids() {
                assert!(w.snapshot(s).is_some(), "{} lost snapshot {s}", image.id);
            }
        }
    }
    // Live addresses are unique.
    let mut ips = BTreeSet::new();
    for i in w.instances() {
        if let Some(ip) = &i.private_ip {
            assert!(
                ips.insert(format!("{}/{ip}", i.region)),
                "private IP {ip} used twice"
            );
        }
        if let Some(ip) = &i.auto_public_ip {
            assert!(ips.insert(ip.clone()), "public IP {ip} used twice");
        }
    }
    for a in w.addresses() {
        assert!(
            ips.insert(a.public_ip.clone()),
            "Elastic IP {} collides",
            a.public_ip
        );
        if let Some(x) = &a.association {
            let i = w
                .instance(&x.instance_id)
                .expect("associated instance exists");
            assert_eq!(
                i.elastic_ip_allocation.as_deref(),
                Some(a.allocation_id.as_str())
            );
            assert_ne!(i.state, S::Terminated);
        }
    }
    // Progress is always within 0..=1.
    for i in w.instances() {
        if let Some(p) = w.phase(&i.id).and_then(|p| p.progress) {
            assert!((0.0..=1.0).contains(&p));
        }
    }
    // ec2-facts 1.1: the billing strip's quick list and the worded lines bill the same resources.
    for region in ["us-east-1", "ap-northeast-2"] {
        let worded: BTreeSet<String> = w
            .billing_now(region)
            .into_iter()
            .filter(|l| l.billed)
            .map(|l| l.resource_id)
            .collect();
        let quick: BTreeSet<String> = w
            .billed_resources(region)
            .map(|(_, id)| id.to_string())
            .collect();
        assert_eq!(quick, worded, "billed resources in {region}");
    }
}

fn run(seed: u64, actions: &[Action]) -> World {
    let mut w = World::new(seed);
    let mut t = Tracker::default();
    for a in actions {
        apply(&mut w, &mut t, a);
        check_invariants(&w, &mut t);
    }
    w
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_action_sequences_keep_every_invariant(seed in any::<u64>(), actions in prop::collection::vec(action(), 1..40)) {
        run(seed, &actions);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn same_seed_same_actions_same_world_and_serde_round_trip(seed in any::<u64>(), actions in prop::collection::vec(action(), 1..30)) {
        let a = run(seed, &actions);
        let b = run(seed, &actions);
        let json = a.to_json();
        prop_assert_eq!(&json, &b.to_json());
        let restored = World::from_json(&json).unwrap();
        prop_assert_eq!(restored, a);
    }
}

// A longer, focused property: stop/start cycles on instance-store types with data written each
// time; the data is gone after every stop, while the root volume's data stays.
proptest! {
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    #[test]
    fn instance_store_is_erased_by_every_stop_and_ebs_is_kept(seed in any::<u64>(), cycles in 1usize..6, hibernate in any::<bool>()) {
        let mut w = World::new(seed);
        let r = RunInstancesRequest::new(US, &public_image_id(US, "al2023-x86_64").unwrap(), "m5d.large").hibernating("/dev/xvda");
        let id = w.run_instances(&r).unwrap().instance_ids[0].clone();
        w.advance(5 * MINUTE);
        for n in 0..cycles {
            let dev = w.instance(&id).unwrap().instance_store[0].guest_device.clone();
            let out = w.guest_exec(US, &id, &format!("sudo mkfs.xfs -f {dev} && sudo mkdir -p /s && sudo mount {dev} /s && echo {n} | sudo tee /s/f && echo {n} > ~/f{n}")).unwrap();
            prop_assert_eq!(out.exit_code, 0, "{:?}", out);
            w.stop_instances(US, std::slice::from_ref(&id), StopOptions { hibernate, force: false }).unwrap();
            w.advance(5 * MINUTE);
            let i = w.instance(&id).unwrap();
            prop_assert!(i.instance_store.iter().all(|s| s.fs.files.is_empty() && !s.fs.is_formatted()));
            w.start_instances(US, std::slice::from_ref(&id)).unwrap();
            w.advance(5 * MINUTE);
            for k in 0..=n {
                let out = w.guest_exec(US, &id, &format!("cat ~/f{k}")).unwrap();
                prop_assert_eq!(out.stdout, format!("{k}\n"));
            }
        }
    }
}
