//! The launch wizard's logic (issue 5), natively: form → problems → RunInstancesRequest → the
//! `aws ec2 run-instances` text, and the proof that the text creates exactly what the wizard's
//! request creates when the Lab console runs it.

use ec2_lab::launch::{
    check, image_choices, run_instances_command, Field, ImageChoice, ImageGroup, LaunchEdit,
    LaunchForm, Note, Problem,
};
use ec2_lab::sim::ami::{public_image_id, CreateImageRequest};
use ec2_lab::sim::cli;
use ec2_lab::sim::clock::MINUTE;
use ec2_lab::sim::instance::{RootDeviceType, ShutdownBehavior};
use ec2_lab::sim::launch::HibernationBlock;
use ec2_lab::sim::storage::VolumeType;
use ec2_lab::sim::{RunInstancesRequest, World};

const US: &str = "us-east-1";

fn world() -> World {
    World::new(7)
}

fn image(images: &[ImageChoice], key: &str) -> ImageChoice {
    let id = public_image_id(US, key).unwrap();
    images.iter().find(|i| i.id == id).unwrap().clone()
}

/// A form on the given AMI with edits applied.
fn form(images: &[ImageChoice], key: &str, edits: Vec<LaunchEdit>) -> LaunchForm {
    let mut f = LaunchForm::new(Some(&image(images, key)));
    for e in edits {
        f.apply(e);
    }
    f
}

fn edits_for(case: &str) -> (&'static str, Vec<LaunchEdit>) {
    use LaunchEdit as E;
    match case {
        "defaults" => ("al2023-x86_64", vec![]),
        "named m5d with extras" => (
            "al2023-x86_64",
            vec![
                E::Name("web server, #1 {blue}".into()),
                E::AddTag,
                E::TagKey(0, "team".into()),
                E::TagValue(0, "it's ours".into()),
                E::InstanceType("m5d.large".into()),
                E::RootSize("20".into()),
                E::RootType(VolumeType::Gp2),
                E::RootDeleteOnTermination(false),
                E::AddVolume,
                E::VolumeSize(0, "200".into()),
                E::VolumeType(0, VolumeType::St1),
                E::VolumeDeleteOnTermination(0, false),
                E::AddVolume,
                E::TerminationProtection(true),
                E::StopProtection(true),
                E::ShutdownBehavior(ShutdownBehavior::Terminate),
                E::AvailabilityZone("us-east-1c".into()),
            ],
        ),
        "three hibernating" => (
            "al2023-x86_64",
            vec![
                E::Name("batch".into()),
                E::InstanceType("t3.micro".into()),
                E::Hibernation(true),
                E::Count("3".into()),
            ],
        ),
        "graviton" => (
            "ubuntu-2404-arm64",
            vec![E::InstanceType("t4g.micro".into())],
        ),
        "old instance store (ephemeral mapped)" => {
            ("al2023-x86_64", vec![E::InstanceType("c3.large".into())])
        }
        "instance-store-backed AMI" => (
            "amzn-2018-s3",
            vec![E::InstanceType("m3.medium".into()), E::Name("s3".into())],
        ),
        other => panic!("no case {other}"),
    }
}

const LAUNCHABLE: [&str; 6] = [
    "defaults",
    "named m5d with extras",
    "three hibernating",
    "graviton",
    "old instance store (ephemeral mapped)",
    "instance-store-backed AMI",
];

/// Every launchable case: the request launches; the command, run through the console's
/// interpreter on an identical world, creates identical instances and volumes.
#[test]
fn the_cli_command_creates_what_the_wizard_creates() {
    for case in LAUNCHABLE {
        let w = world();
        let images = image_choices(&w, US);
        let (key, edits) = edits_for(case);
        let f = form(&images, key, edits);
        let checked = check(&f, &images, US);
        assert_eq!(checked.problems, vec![], "{case}");
        let request = checked.request.clone().expect(case);
        let command = run_instances_command(&request);

        let mut by_request = w.clone();
        by_request
            .run_instances(&request)
            .unwrap_or_else(|e| panic!("{case}: {e:?}"));
        let mut by_cli = w.clone();
        let out = cli::execute(&mut by_cli, &command);
        assert!(out.is_ok(), "{case}: {command}\n{}", out.stderr);

        let a: Vec<_> = by_request.instances().collect();
        let b: Vec<_> = by_cli.instances().collect();
        assert_eq!(a, b, "{case}: {command}");
        assert!(!a.is_empty());
        let va: Vec<_> = by_request.volumes().collect();
        let vb: Vec<_> = by_cli.volumes().collect();
        assert_eq!(va, vb, "{case}");
    }
}

#[test]
fn defaults_launch_one_t2_micro_from_amazon_linux_with_an_8_gib_gp3_root() {
    let w = world();
    let images = image_choices(&w, US);
    let f = LaunchForm::new(Some(&image(&images, "al2023-x86_64")));
    let r = check(&f, &images, US).request.unwrap();
    assert_eq!(r.instance_type, "t2.micro");
    assert_eq!(r.count, 1);
    assert_eq!(r.availability_zone, None);
    assert!(r.tags.is_empty());
    assert_eq!(r.block_device_mappings.len(), 1);
    let root = r.block_device_mappings[0].ebs.clone().unwrap();
    assert_eq!(root.volume_size, Some(8));
    assert_eq!(root.volume_type.as_deref(), Some("gp3"));
    assert_eq!(root.delete_on_termination, Some(true));
    assert!(!r.hibernation && !r.disable_api_stop && !r.disable_api_termination);
    assert_eq!(r.shutdown_behavior, None);
    assert_eq!(
        run_instances_command(&r),
        format!(
            "aws ec2 run-instances --image-id {} --instance-type t2.micro --block-device-mappings 'DeviceName=/dev/xvda,Ebs={{VolumeSize=8,VolumeType=gp3,DeleteOnTermination=true}}'",
            r.image_id
        )
    );
}

#[test]
fn the_form_maps_to_the_request_field_by_field() {
    let w = world();
    let images = image_choices(&w, US);
    let (key, edits) = edits_for("named m5d with extras");
    let checked = check(&form(&images, key, edits), &images, US);
    let r = checked.request.unwrap();
    assert_eq!(r.instance_type, "m5d.large");
    assert_eq!(r.availability_zone.as_deref(), Some("us-east-1c"));
    assert_eq!(
        r.tags.get("Name").map(String::as_str),
        Some("web server, #1 {blue}")
    );
    assert_eq!(r.tags.get("team").map(String::as_str), Some("it's ours"));
    let devices: Vec<_> = r
        .block_device_mappings
        .iter()
        .map(|m| m.device_name.as_str())
        .collect();
    assert_eq!(devices, ["/dev/xvda", "/dev/sdf", "/dev/sdg"]);
    let sdf = r.block_device_mappings[1].ebs.clone().unwrap();
    assert_eq!(
        (
            sdf.volume_size,
            sdf.volume_type.as_deref(),
            sdf.delete_on_termination
        ),
        (Some(200), Some("st1"), Some(false))
    );
    assert!(r.disable_api_termination && r.disable_api_stop);
    assert_eq!(r.shutdown_behavior, Some(ShutdownBehavior::Terminate));
    // m5d.large: one 75 GB NVMe SSD, present without any mapping (ec2-facts 3.1).
    assert_eq!(checked.instance_store.len(), 1);
    assert_eq!(checked.instance_store[0].size_gb, 75);
    assert!(checked.instance_store[0].nvme && !checked.instance_store[0].hdd);

    let (key, edits) = edits_for("old instance store (ephemeral mapped)");
    let r = check(&form(&images, key, edits), &images, US)
        .request
        .unwrap();
    let ephemeral: Vec<_> = r
        .block_device_mappings
        .iter()
        .filter_map(|m| Some((m.device_name.as_str(), m.virtual_name.as_deref()?)))
        .collect();
    assert_eq!(
        ephemeral,
        [("/dev/sdb", "ephemeral0"), ("/dev/sdc", "ephemeral1")]
    );

    let (key, edits) = edits_for("instance-store-backed AMI");
    let checked = check(&form(&images, key, edits), &images, US);
    assert!(checked.notes.contains(&Note::InstanceStoreBacked));
    let r = checked.request.unwrap();
    assert!(r.block_device_mappings.iter().all(|m| m.ebs.is_none()));
    assert_eq!(r.shutdown_behavior, None);
}

/// Bad input: each problem on its field, no request.
#[test]
fn bad_input_is_marked_on_its_field_and_nothing_launches() {
    use LaunchEdit as E;
    let w = world();
    let images = image_choices(&w, US);
    let cases: Vec<(&str, Vec<LaunchEdit>, Field, Problem)> = vec![
        (
            "al2023-x86_64",
            vec![E::InstanceType("t2.mircro".into())],
            Field::InstanceType,
            Problem::TypeUnknown {
                suggestion: Some("t2.micro"),
            },
        ),
        (
            "al2023-x86_64",
            vec![E::InstanceType("  ".into())],
            Field::InstanceType,
            Problem::TypeEmpty,
        ),
        (
            "al2023-arm64",
            vec![],
            Field::InstanceType,
            Problem::ArchitectureMismatch {
                image: "arm64".into(),
                type_arch: "i386, x86_64".into(),
            },
        ),
        (
            "amzn-2018-s3",
            vec![E::InstanceType("t3.micro".into())],
            Field::InstanceType,
            Problem::InstanceStoreRootUnsupported,
        ),
        (
            "al2023-x86_64",
            vec![E::RootSize("ten".into())],
            Field::RootSize,
            Problem::NotWholeNumber,
        ),
        (
            "al2023-x86_64",
            vec![E::RootSize("4".into())],
            Field::RootSize,
            Problem::SizeBelowSnapshot { min: 8 },
        ),
        (
            "al2023-x86_64",
            vec![
                E::RootType(VolumeType::Standard),
                E::RootSize("2000".into()),
            ],
            Field::RootSize,
            Problem::SizeOutOfRange {
                volume_type: VolumeType::Standard,
                min: 1,
                max: 1024,
            },
        ),
        (
            "al2023-x86_64",
            vec![E::AddVolume, E::VolumeType(0, VolumeType::Sc1)],
            Field::VolumeSize(0),
            Problem::SizeOutOfRange {
                volume_type: VolumeType::Sc1,
                min: 125,
                max: 16384,
            },
        ),
        (
            "al2023-x86_64",
            vec![E::InstanceType("c5n.large".into()), E::Hibernation(true)],
            Field::Hibernation,
            Problem::Hibernation(HibernationBlock::TypeLacks),
        ),
        (
            "al2023-x86_64",
            vec![
                E::InstanceType("m7i-flex.16xlarge".into()),
                E::Hibernation(true),
            ],
            Field::Hibernation,
            Problem::Hibernation(HibernationBlock::TooMuchMemory),
        ),
        (
            "al2023-x86_64",
            vec![E::Count("0".into())],
            Field::Count,
            Problem::CountOutOfRange { max: 100 },
        ),
        (
            "al2023-x86_64",
            vec![E::Count("101".into())],
            Field::Count,
            Problem::CountOutOfRange { max: 100 },
        ),
        (
            "al2023-x86_64",
            vec![E::Count("three".into())],
            Field::Count,
            Problem::NotWholeNumber,
        ),
        (
            "al2023-x86_64",
            vec![E::Name("x".repeat(257))],
            Field::Name,
            Problem::TooLong { max: 256 },
        ),
        (
            "al2023-x86_64",
            vec![E::AddTag, E::TagValue(0, "v".into())],
            Field::TagKey(0),
            Problem::TagKeyEmpty,
        ),
        (
            "al2023-x86_64",
            vec![E::AddTag, E::TagKey(0, "aws:owner".into())],
            Field::TagKey(0),
            Problem::TagKeyReserved,
        ),
        (
            "al2023-x86_64",
            vec![
                E::Name("web".into()),
                E::AddTag,
                E::TagKey(0, "Name".into()),
            ],
            Field::TagKey(0),
            Problem::TagKeyDuplicate { key: "Name".into() },
        ),
    ];
    for (key, edits, field, problem) in cases {
        let label = format!("{key} {edits:?}");
        let checked = check(&form(&images, key, edits), &images, US);
        assert_eq!(
            checked.problems_of(field).collect::<Vec<_>>(),
            vec![&problem],
            "{label}"
        );
        assert_eq!(checked.request, None, "{label}");
    }
    // No AMI chosen.
    let checked = check(&LaunchForm::new(None), &images, US);
    assert_eq!(
        checked.problems_of(Field::Image).collect::<Vec<_>>(),
        vec![&Problem::ImageMissing]
    );
}

/// The summary says why hibernation is not offered even when the learner did not ask for it, and
/// the engine refuses what the wizard refuses, with its real error.
#[test]
fn unavailable_hibernation_is_explained_and_matches_the_engine() {
    let w = world();
    let images = image_choices(&w, US);
    for (ty, key, block) in [
        (
            "c5n.large",
            "al2023-x86_64",
            Some(HibernationBlock::TypeLacks),
        ),
        (
            "m7i-flex.16xlarge",
            "al2023-x86_64",
            Some(HibernationBlock::TooMuchMemory),
        ),
        (
            "m3.medium",
            "amzn-2018-s3",
            Some(HibernationBlock::InstanceStoreRoot),
        ),
        ("t3.micro", "al2023-x86_64", None),
    ] {
        let f = form(&images, key, vec![LaunchEdit::InstanceType(ty.into())]);
        let checked = check(&f, &images, US);
        assert_eq!(checked.hibernation_block, block, "{ty}");
        let img = image(&images, key);
        let mut request = RunInstancesRequest::new(US, &img.id, ty);
        request.hibernation = true;
        let result = w.clone().run_instances(&request);
        match block {
            Some(b) => {
                assert!(checked.notes.contains(&Note::HibernationUnavailable {
                    block: b,
                    instance_type: ty.into()
                }));
                assert_eq!(
                    result.unwrap_err().code,
                    "UnsupportedHibernationConfiguration",
                    "{ty}"
                );
            }
            None => {
                // ec2-facts 1.4: EC2 refuses hibernation on an unencrypted root; the wizard's
                // request encrypts it, and launches.
                assert_eq!(
                    result.unwrap_err().message,
                    "For hibernation, the root device volume must be encrypted."
                );
                let f = form(
                    &images,
                    key,
                    vec![
                        LaunchEdit::InstanceType(ty.into()),
                        LaunchEdit::Hibernation(true),
                    ],
                );
                let request = check(&f, &images, US).request.expect("a valid form");
                let mut launched = w.clone();
                let id = launched.run_instances(&request).expect(ty).instance_ids[0].clone();
                let root = launched.instance(&id).unwrap().block_devices[0]
                    .volume_id
                    .clone();
                assert!(launched.volume(&root).unwrap().encrypted, "{ty}");
            }
        }
    }
}

/// My AMIs: an image the learner created shows up (pending first, refused until available), with
/// its root device type and architecture; its extra volume's device is not reused.
#[test]
fn my_amis_list_the_learners_images() {
    let mut w = world();
    let images = image_choices(&w, US);
    assert!(images.iter().all(|i| i.group != ImageGroup::Mine));
    assert!(images.iter().any(|i| i.group == ImageGroup::QuickStart));
    assert!(images.iter().any(|i| i.group == ImageGroup::Marketplace));
    assert!(images
        .iter()
        .any(|i| i.root_device_type == RootDeviceType::InstanceStore));

    let base = image(&images, "al2023-x86_64");
    let mut f = LaunchForm::new(Some(&base));
    f.apply(LaunchEdit::AddVolume);
    let r = check(&f, &images, US).request.unwrap();
    let id = w.run_instances(&r).unwrap().instance_ids[0].clone();
    w.advance(10 * MINUTE);
    let created = w
        .create_image(&CreateImageRequest {
            region: US.into(),
            instance_id: id,
            name: "my web".into(),
            description: String::new(),
            no_reboot: true,
        })
        .unwrap();
    let images = image_choices(&w, US);
    let mine = images
        .iter()
        .find(|i| i.id == created.image_id)
        .unwrap()
        .clone();
    assert_eq!(mine.group, ImageGroup::Mine);
    assert_eq!(mine.architecture, "x86_64");
    assert_eq!(mine.root_device_type, RootDeviceType::Ebs);
    assert!(mine.pending);
    let mut f = LaunchForm::new(Some(&mine));
    assert_eq!(
        check(&f, &images, US)
            .problems_of(Field::Image)
            .collect::<Vec<_>>(),
        vec![&Problem::ImagePending]
    );
    w.advance(60 * MINUTE);
    let images = image_choices(&w, US);
    let mine = images
        .iter()
        .find(|i| i.id == created.image_id)
        .unwrap()
        .clone();
    assert!(!mine.pending);
    assert_eq!(mine.extra_volumes.len(), 1);
    f.apply(LaunchEdit::AddVolume);
    let checked = check(&f, &images, US);
    assert_eq!(checked.extra_devices, ["/dev/sdg"]);
    let r = checked.request.unwrap();
    let mut by_cli = w.clone();
    let out = cli::execute(&mut by_cli, &run_instances_command(&r));
    assert!(out.is_ok(), "{}", out.stderr);
    w.run_instances(&r).unwrap();
    assert_eq!(
        w.instances().collect::<Vec<_>>(),
        by_cli.instances().collect::<Vec<_>>()
    );
}

#[test]
fn three_from_one_ami_are_identical_but_for_their_ids() {
    let mut w = world();
    let images = image_choices(&w, US);
    let (key, edits) = edits_for("three hibernating");
    let r = check(&form(&images, key, edits), &images, US)
        .request
        .unwrap();
    let reservation = w.run_instances(&r).unwrap();
    assert_eq!(reservation.instance_ids.len(), 3);
    let all: Vec<_> = reservation
        .instance_ids
        .iter()
        .map(|id| w.instance(id).unwrap())
        .collect();
    for i in &all {
        assert_eq!(
            (i.instance_type.as_str(), i.image_id.as_str()),
            ("t3.micro", r.image_id.as_str())
        );
        assert!(i.hibernation_configured);
        assert_eq!(i.name(), Some("batch"));
        assert_eq!(i.block_devices.len(), 1);
    }
}
