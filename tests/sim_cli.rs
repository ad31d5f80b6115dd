//! The AWS CLI interpreter: JSON shaped like the real CLI's, errors printed like it, usage errors
//! naming what was expected, waiters, filters, --query, --dry-run, --region, ssh, clock, help,
//! completion; and the learner's custom-AMI walk-through, line by line.

mod sim_support;

use ec2_lab::sim::cli::{complete, execute};
use ec2_lab::sim::command_output::CommandOutput;
use ec2_lab::sim::World;
use serde_json::Value;
use sim_support::*;

fn run(w: &mut World, line: &str) -> CommandOutput {
    execute(w, line)
}

fn json(w: &mut World, line: &str) -> Value {
    let out = run(w, line);
    assert_eq!(out.exit_code, 0, "`{line}` failed:\n{}", out.stderr);
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("`{line}` printed no JSON ({e}):\n{}", out.stdout))
}

fn launch_cli(w: &mut World, extra: &str) -> String {
    let v = json(
        w,
        &format!(
            "aws ec2 run-instances --image-id {} --instance-type t3.micro {extra}",
            al2023()
        ),
    );
    v["Instances"][0]["InstanceId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn run_and_describe_instances_are_shaped_like_the_cli() {
    let mut w = world();
    let v = json(&mut w, &format!(
        "aws ec2 run-instances --image-id {} --instance-type t2.micro --count 2 --placement AvailabilityZone=us-east-1c --tag-specifications 'ResourceType=instance,Tags=[{{Key=Name,Value=web}}]'",
        al2023()
    ));
    assert!(v["ReservationId"].as_str().unwrap().starts_with("r-0"));
    assert_eq!(v["OwnerId"], "123456789012");
    assert_eq!(v["Instances"].as_array().unwrap().len(), 2);
    let i = &v["Instances"][0];
    assert_eq!(i["State"]["Code"], 0);
    assert_eq!(i["State"]["Name"], "pending");
    assert_eq!(i["Placement"]["AvailabilityZone"], "us-east-1c");
    assert_eq!(i["Tags"][0]["Key"], "Name");
    assert_eq!(i["RootDeviceType"], "ebs");
    assert_eq!(i["BlockDeviceMappings"][0]["DeviceName"], "/dev/xvda");
    assert_eq!(
        i["BlockDeviceMappings"][0]["Ebs"]["DeleteOnTermination"],
        true
    );
    assert_eq!(i["HibernationOptions"]["Configured"], false);
    assert!(i["PrivateIpAddress"]
        .as_str()
        .unwrap()
        .starts_with("172.31."));
    run(
        &mut w,
        "aws ec2 wait instance-running --filters Name=tag:Name,Values=web",
    );
    let d = json(
        &mut w,
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=running",
    );
    let instances = &d["Reservations"][0]["Instances"];
    assert_eq!(instances.as_array().unwrap().len(), 2);
    assert_eq!(instances[0]["State"]["Code"], 16);
    assert_eq!(instances[0]["State"]["Name"], "running");
    let none = json(
        &mut w,
        "aws ec2 describe-instances --filters Name=instance-state-name,Values=stopped,stopping",
    );
    assert_eq!(none["Reservations"].as_array().unwrap().len(), 0);
    let seoul = json(&mut w, "aws ec2 describe-instances --region ap-northeast-2");
    assert_eq!(seoul["Reservations"].as_array().unwrap().len(), 0);
}

#[test]
fn state_changes_print_current_and_previous_state() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    let v = json(
        &mut w,
        &format!("aws ec2 stop-instances --instance-ids {id}"),
    );
    let c = &v["StoppingInstances"][0];
    assert_eq!(c["InstanceId"], id.as_str());
    assert_eq!(c["PreviousState"]["Name"], "running");
    assert_eq!(c["PreviousState"]["Code"], 16);
    assert_eq!(c["CurrentState"]["Name"], "stopping");
    assert_eq!(c["CurrentState"]["Code"], 64);
    let out = run(
        &mut w,
        &format!("aws ec2 start-instances --instance-ids {id}"),
    );
    assert_eq!(out.exit_code, 254);
    assert_eq!(
        out.stderr,
        format!("\nAn error occurred (IncorrectInstanceState) when calling the StartInstances operation: The instance '{id}' is not in a state from which it can be started.\n")
    );
    run(
        &mut w,
        &format!("aws ec2 wait instance-stopped --instance-ids {id}"),
    );
    let v = json(
        &mut w,
        &format!("aws ec2 start-instances --instance-ids {id}"),
    );
    assert_eq!(v["StartingInstances"][0]["CurrentState"]["Name"], "pending");
    let v = json(
        &mut w,
        &format!("aws ec2 terminate-instances --instance-ids {id}"),
    );
    assert_eq!(
        v["TerminatingInstances"][0]["CurrentState"]["Name"],
        "shutting-down"
    );
    assert_eq!(
        run(
            &mut w,
            &format!("aws ec2 reboot-instances --instance-ids {id}")
        )
        .exit_code,
        254
    );
}

#[test]
fn usage_errors_name_what_was_expected() {
    let mut w = world();
    let out = run(&mut w, "aws ec2 stop-instances");
    assert_eq!(out.exit_code, 252);
    assert!(
        out.stderr
            .ends_with("aws: error: the following arguments are required: --instance-ids\n"),
        "{}",
        out.stderr
    );
    assert!(out
        .stderr
        .starts_with("usage: aws [options] <command> <subcommand>"));
    let out = run(&mut w, "aws ec2 describe-instances --bogus 1");
    assert!(
        out.stderr.contains("Unknown options: --bogus"),
        "{}",
        out.stderr
    );
    let out = run(&mut w, "aws ec2 run-instances --image-id");
    assert!(
        out.stderr
            .contains("argument --image-id: expected one argument"),
        "{}",
        out.stderr
    );
    let out = run(&mut w, "aws ec2 desribe-instances");
    assert!(
        out.stderr
            .contains("maybe you meant:\n\n  * describe-instances"),
        "{}",
        out.stderr
    );
    let out = run(&mut w, "aws s3 ls");
    assert!(out.stderr.contains("Invalid choice 's3'"));
    let out = run(
        &mut w,
        "aws ec2 create-volume --availability-zone us-east-1a --size ten",
    );
    assert_eq!(out.exit_code, 252);
    assert!(
        out.stderr
            .contains("Invalid type for parameter Size, value: ten"),
        "{}",
        out.stderr
    );
    let out = run(
        &mut w,
        "aws ec2 describe-instances --filters Name=instance-state-name,Values",
    );
    assert!(out.exit_code != 0 && !out.stderr.is_empty());
    let out = run(
        &mut w,
        "aws ec2 describe-instances --filters Name=bogus,Values=x",
    );
    assert_eq!(out.stderr, "\nAn error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'bogus' is invalid\n");
    let out = run(&mut w, "aws ec2 describe-instances --output table");
    assert!(out.stderr.contains("json only"));
    let out = run(&mut w, "aws ec2 describe-instances --region mars-1");
    assert_eq!(out.exit_code, 255);
    assert!(out
        .stderr
        .contains("Could not connect to the endpoint URL: \"https://ec2.mars-1.amazonaws.com/\""));
    let out = run(&mut w, "aws");
    assert!(out
        .stderr
        .contains("the following arguments are required: command"));
    let out = run(&mut w, "aws ec2 describe-instances 'unterminated");
    assert!(out.stderr.contains("unterminated quote"));
    let out = run(&mut w, "kubectl get pods");
    assert_eq!(out.exit_code, 127);
    let out = run(&mut w, "aws ec2 describe-instances --instance-ids i-123");
    assert!(
        out.stderr.contains("(InvalidInstanceID.Malformed)")
            && out.stderr.contains("Invalid id: \"i-123\""),
        "{}",
        out.stderr
    );
    let out = run(
        &mut w,
        "aws ec2 modify-instance-attribute --instance-id i-0123456789abcdef0",
    );
    assert!(out.stderr.contains("needs one of"), "{}", out.stderr);
}

#[test]
fn misspelt_types_get_the_real_error_and_a_hint() {
    let mut w = world();
    let out = run(
        &mut w,
        &format!(
            "aws ec2 run-instances --image-id {} --instance-type t2.mirco",
            al2023()
        ),
    );
    assert_eq!(
        out.stderr,
        "\nAn error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't2.mirco' for InstanceType.\nHint (EC2 Lab, not AWS): Did you mean 't2.micro'?\n"
    );
    let out = run(
        &mut w,
        "aws ec2 describe-instance-types --instance-types m5d.lrge",
    );
    assert!(
        out.stderr.contains("(InvalidInstanceType)")
            && out
                .stderr
                .contains("The following supplied instance types do not exist: [m5d.lrge]")
    );
}

#[test]
fn modify_instance_attribute_forms_and_delete_on_termination() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    let out = run(
        &mut w,
        &format!(
            "aws ec2 modify-instance-attribute --instance-id {id} --instance-type Value=t3.small"
        ),
    );
    assert!(
        out.stderr.contains(&format!(
            "The instance '{id}' is not in the 'stopped' state."
        )),
        "{}",
        out.stderr
    );
    assert!(run(
        &mut w,
        &format!("aws ec2 modify-instance-attribute --instance-id {id} --disable-api-termination")
    )
    .is_ok());
    let out = run(
        &mut w,
        &format!("aws ec2 terminate-instances --instance-ids {id}"),
    );
    assert!(out.stderr.contains("(OperationNotPermitted)"));
    assert!(run(
        &mut w,
        &format!(
            "aws ec2 modify-instance-attribute --instance-id {id} --no-disable-api-termination"
        )
    )
    .is_ok());
    assert!(run(&mut w, &format!(
        "aws ec2 modify-instance-attribute --instance-id {id} --block-device-mappings '[{{\"DeviceName\":\"/dev/xvda\",\"Ebs\":{{\"DeleteOnTermination\":false}}}}]'"
    ))
    .is_ok());
    let v = json(
        &mut w,
        &format!("aws ec2 describe-instances --instance-ids {id}"),
    );
    assert_eq!(
        v["Reservations"][0]["Instances"][0]["BlockDeviceMappings"][0]["Ebs"]
            ["DeleteOnTermination"],
        false
    );
    assert!(run(&mut w, &format!("aws ec2 modify-instance-attribute --instance-id {id} --block-device-mappings DeviceName=/dev/xvda,Ebs={{DeleteOnTermination=true}}")).is_ok());
    run(
        &mut w,
        &format!("aws ec2 stop-instances --instance-ids {id}"),
    );
    run(
        &mut w,
        &format!("aws ec2 wait instance-stopped --instance-ids {id}"),
    );
    assert!(run(&mut w, &format!("aws ec2 modify-instance-attribute --instance-id {id} --instance-type '{{\"Value\": \"t3.large\"}}'")).is_ok());
    assert!(run(&mut w, &format!("aws ec2 modify-instance-attribute --instance-id {id} --attribute instanceType --value t3.small")).is_ok());
    assert_eq!(w.instance(&id).unwrap().instance_type, "t3.small");
}

#[test]
fn volumes_snapshots_and_their_json() {
    let mut w = world();
    let id = launch_cli(&mut w, "--placement AvailabilityZone=us-east-1a");
    let v = json(
        &mut w,
        "aws ec2 create-volume --availability-zone us-east-1a --size 10 --volume-type gp3",
    );
    let vol = v["VolumeId"].as_str().unwrap().to_string();
    assert_eq!(v["State"], "creating");
    assert_eq!(v["Iops"], 3000);
    assert!(
        v.get("Attachments").is_none(),
        "CreateVolume returns no Attachments: {v}"
    );
    run(
        &mut w,
        &format!("aws ec2 wait volume-available --volume-ids {vol}"),
    );
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    let a = json(
        &mut w,
        &format!("aws ec2 attach-volume --volume-id {vol} --instance-id {id} --device /dev/sdf"),
    );
    assert_eq!(a["State"], "attaching");
    assert_eq!(a["Device"], "/dev/sdf");
    let d = json(
        &mut w,
        &format!("aws ec2 describe-volumes --volume-ids {vol}"),
    );
    let att = &d["Volumes"][0]["Attachments"][0];
    assert_eq!(att["InstanceId"], id.as_str());
    assert_eq!(att["DeleteOnTermination"], false);
    assert_eq!(d["Volumes"][0]["State"], "in-use");
    let out = run(&mut w, &format!("aws ec2 delete-volume --volume-id {vol}"));
    assert!(out.stderr.contains("(VolumeInUse)"));
    let s = json(
        &mut w,
        &format!("aws ec2 create-snapshot --volume-id {vol} --description nightly"),
    );
    let snap = s["SnapshotId"].as_str().unwrap().to_string();
    assert_eq!(s["State"], "pending");
    assert_eq!(s["VolumeSize"], 10);
    run(
        &mut w,
        &format!("aws ec2 wait snapshot-completed --snapshot-ids {snap}"),
    );
    let list = json(&mut w, "aws ec2 describe-snapshots --owner-ids self");
    assert_eq!(list["Snapshots"][0]["State"], "completed");
    assert_eq!(list["Snapshots"][0]["Progress"], "100%");
    let mine = json(&mut w, "aws ec2 describe-snapshots");
    assert_eq!(
        mine["Snapshots"].as_array().unwrap().len(),
        1,
        "only your own by default"
    );
    let d = json(&mut w, &format!("aws ec2 detach-volume --volume-id {vol}"));
    assert_eq!(d["State"], "detaching");
    run(
        &mut w,
        &format!("aws ec2 wait volume-available --volume-ids {vol}"),
    );
    assert!(run(&mut w, &format!("aws ec2 delete-volume --volume-id {vol}")).is_ok());
    let from = json(
        &mut w,
        &format!("aws ec2 create-volume --availability-zone us-east-1f --snapshot-id {snap}"),
    );
    assert_eq!(from["SnapshotId"], snap.as_str());
    assert_eq!(from["Size"], 10);
    assert!(run(
        &mut w,
        &format!("aws ec2 delete-snapshot --snapshot-id {snap}")
    )
    .is_ok());
    let cross = run(
        &mut w,
        "aws ec2 create-volume --availability-zone us-east-1b --size 1 --region ap-northeast-2",
    );
    assert!(cross
        .stderr
        .contains("Invalid availability zone: [us-east-1b]"));
}

#[test]
fn describe_instance_types_filters_match_the_catalogue() {
    let mut w = world();
    let v = json(&mut w, "aws ec2 describe-instance-types --filters Name=instance-storage-supported,Values=true --query 'length(InstanceTypes)'");
    assert_eq!(v, 579, "ec2-facts 2.4: 579 types with instance store");
    let v = json(
        &mut w,
        "aws ec2 describe-instance-types --instance-types t2.micro",
    );
    let t = &v["InstanceTypes"][0];
    assert_eq!(t["VCpuInfo"]["DefaultVCpus"], 1);
    assert_eq!(t["MemoryInfo"]["SizeInMiB"], 1024);
    assert_eq!(t["InstanceStorageSupported"], false);
    assert_eq!(
        t["ProcessorInfo"]["SupportedArchitectures"],
        serde_json::json!(["i386", "x86_64"])
    );
    let v = json(
        &mut w,
        "aws ec2 describe-instance-types --instance-types m5d.large",
    );
    assert_eq!(
        v["InstanceTypes"][0]["InstanceStorageInfo"]["TotalSizeInGB"],
        75
    );
    let v = json(&mut w, "aws ec2 describe-instance-types --filters Name=burstable-performance-supported,Values=true Name=processor-info.supported-architecture,Values=arm64 Name=vcpu-info.default-vcpus,Values=2 --query 'InstanceTypes[].InstanceType'");
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|n| n.as_str().unwrap().starts_with("t4g.")),
        "{v}"
    );
    let v = json(&mut w, "aws ec2 describe-instance-types --filters Name=current-generation,Values=false Name=hibernation-supported,Values=true --query 'length(InstanceTypes)'");
    assert!(v.as_u64().unwrap() > 0);
}

#[test]
fn elastic_ips_through_the_cli() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    let a = json(&mut w, "aws ec2 allocate-address --domain vpc");
    let alloc = a["AllocationId"].as_str().unwrap().to_string();
    assert_eq!(a["Domain"], "vpc");
    let x = json(
        &mut w,
        &format!("aws ec2 associate-address --allocation-id {alloc} --instance-id {id}"),
    );
    let assoc = x["AssociationId"].as_str().unwrap().to_string();
    let d = json(&mut w, "aws ec2 describe-addresses");
    assert_eq!(d["Addresses"][0]["InstanceId"], id.as_str());
    assert_eq!(d["Addresses"][0]["AssociationId"], assoc.as_str());
    let ip = json(&mut w, &format!("aws ec2 describe-instances --instance-ids {id} --query Reservations[0].Instances[0].PublicIpAddress"));
    assert_eq!(ip, a["PublicIp"]);
    assert!(run(
        &mut w,
        &format!("aws ec2 release-address --allocation-id {alloc}")
    )
    .stderr
    .contains("InvalidIPAddress.InUse"));
    assert!(run(
        &mut w,
        &format!("aws ec2 disassociate-address --association-id {assoc}")
    )
    .is_ok());
    assert!(run(
        &mut w,
        &format!("aws ec2 release-address --allocation-id {alloc}")
    )
    .is_ok());
    assert_eq!(
        json(&mut w, "aws ec2 describe-addresses")["Addresses"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn waiters_advance_the_clock_and_fail_like_the_real_ones() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    let start = w.now();
    assert!(run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}")
    )
    .is_ok());
    assert!(w.now() > start && w.now() - start <= 40_000);
    let out = run(
        &mut w,
        &format!("aws ec2 wait instance-stopped --instance-ids {id}"),
    );
    assert_eq!(out.exit_code, 255);
    assert_eq!(
        out.stderr,
        "\nWaiter InstanceStopped failed: Max attempts exceeded\n"
    );
    run(
        &mut w,
        &format!("aws ec2 terminate-instances --instance-ids {id}"),
    );
    let out = run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    assert!(
        out.stderr
            .contains("Waiter InstanceRunning failed: Waiter encountered a terminal failure state"),
        "{}",
        out.stderr
    );
    assert!(run(
        &mut w,
        &format!("aws ec2 wait instance-terminated --instance-ids {id}")
    )
    .is_ok());
    let out = run(&mut w, "aws ec2 wait instance-sleeping");
    assert!(out.stderr.contains("Invalid choice 'instance-sleeping'"));
    let out = run(&mut w, "aws ec2 wait");
    assert!(out.stderr.contains("waiter name"));
}

#[test]
fn waiters_report_errors_as_botocore_does_and_running_retries_an_unknown_id() {
    let mut w = world();
    let unknown = "i-0123456789abcdef0";
    // An error no acceptor expects ends the wait at once: botocore's WaiterError, exit 255.
    let start = w.now();
    let out = run(
        &mut w,
        &format!("aws ec2 wait instance-stopped --instance-ids {unknown}"),
    );
    assert_eq!(out.exit_code, 255);
    assert_eq!(
        out.stderr,
        format!("\nWaiter InstanceStopped failed: An error occurred (InvalidInstanceID.NotFound): The instance ID '{unknown}' does not exist\n")
    );
    assert_eq!(w.now(), start);
    let out = run(
        &mut w,
        "aws ec2 wait volume-available --volume-ids vol-0123456789abcdef0",
    );
    assert_eq!(
        out.stderr,
        "\nWaiter VolumeAvailable failed: An error occurred (InvalidVolume.NotFound): The volume 'vol-0123456789abcdef0' does not exist.\n"
    );
    // InstanceRunning retries while the ID is not found, for its 40 attempts of 15 s.
    let out = run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {unknown}"),
    );
    assert_eq!(out.exit_code, 255);
    assert_eq!(
        out.stderr,
        "\nWaiter InstanceRunning failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: InvalidInstanceID.NotFound\n"
    );
    assert_eq!(w.now() - start, 600_000);
}

#[test]
fn facts_4_a_deregistered_image_is_shown_then_empty_then_not_found() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    let image = json(
        &mut w,
        &format!("aws ec2 create-image --instance-id {id} --name web-v1"),
    )["ImageId"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(run(
        &mut w,
        &format!("aws ec2 wait image-available --image-ids {image}")
    )
    .is_ok());
    run(
        &mut w,
        &format!("aws ec2 deregister-image --image-id {image}"),
    );
    let describe = format!("aws ec2 describe-images --image-ids {image} --query 'Images[].State'");
    assert_eq!(json(&mut w, &describe), serde_json::json!(["deregistered"]));
    // The image-available waiter never matches a deregistered image: it runs out of attempts.
    let out = run(
        &mut w,
        &format!("aws ec2 wait image-available --image-ids {image}"),
    );
    assert_eq!(
        out.stderr,
        "\nWaiter ImageAvailable failed: Max attempts exceeded\n"
    );
    assert_eq!(json(&mut w, &describe), serde_json::json!([]));
    run(&mut w, "clock advance 1h");
    let out = run(&mut w, &describe);
    assert!(
        out.stderr.contains(&format!(
            "(InvalidAMIID.NotFound) when calling the DescribeImages operation: The image id '[{image}]' does not exist"
        )),
        "{}",
        out.stderr
    );
    let out = run(
        &mut w,
        &format!("aws ec2 wait image-available --image-ids {image}"),
    );
    assert_eq!(
        out.stderr,
        format!("\nWaiter ImageAvailable failed: An error occurred (InvalidAMIID.NotFound): The image id '[{image}]' does not exist\n")
    );
}

#[test]
fn dry_run_changes_nothing() {
    let mut w = world();
    let before = w.to_json();
    let out = run(
        &mut w,
        &format!(
            "aws ec2 run-instances --image-id {} --instance-type t2.micro --dry-run",
            al2023()
        ),
    );
    assert_eq!(
        out.stderr,
        "\nAn error occurred (DryRunOperation) when calling the RunInstances operation: Request would have succeeded, but DryRun flag is set.\n"
    );
    assert_eq!(w.to_json(), before);
    let out = run(
        &mut w,
        &format!(
            "aws ec2 run-instances --image-id {} --instance-type t2.nope --dry-run",
            al2023()
        ),
    );
    assert!(out.stderr.contains("(InvalidParameterValue)"));
}

#[test]
fn ssh_clock_sleep_and_help() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    let out = run(&mut w, &format!("ssh {id} ls"));
    assert!(out.stderr.contains("Connection refused"));
    let out = run(&mut w, "clock advance 1m");
    assert!(
        out.stdout.starts_with("2025-03-01T09:01:00+00:00 (+1m 0s)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("pending → running"));
    let out = run(
        &mut w,
        &format!("ssh ec2-user@{id} 'echo hello > ~/a.txt && cat ~/a.txt'"),
    );
    assert_eq!(out.stdout, "hello\n");
    let out = run(
        &mut w,
        &format!("ssh -i key.pem {id} sudo dnf install -y nginx"),
    );
    assert!(out.stdout.contains("Complete!"));
    let ip = w.public_ip(w.instance(&id).unwrap()).unwrap();
    let out = run(&mut w, &format!("ssh ec2-user@{ip} which nginx"));
    assert_eq!(out.stdout, "/usr/sbin/nginx\n");
    assert!(run(&mut w, "ssh i-0fffffffffffffff0 ls")
        .stderr
        .contains("Could not resolve hostname"));
    assert!(run(&mut w, &format!("ssh {id}"))
        .stderr
        .contains("one command at a time"));
    assert!(run(&mut w, "sleep 10s").is_ok());
    assert!(run(&mut w, "sleep forever").exit_code != 0);
    assert!(run(&mut w, "clock").stdout.contains("simulated"));
    let out = run(&mut w, "clock next");
    assert!(out.is_ok());
    let help = run(&mut w, "help").stdout;
    for c in ec2_lab::sim::cli::spec::COMMANDS {
        assert!(help.contains(c.name), "help lacks {}", c.name);
    }
    assert!(help.contains("ssh INSTANCE_ID"));
    let h = run(&mut w, "aws ec2 run-instances help").stdout;
    assert!(h.contains("--block-device-mappings") && h.contains("RunInstances"));
    assert!(run(&mut w, "help stop-instances")
        .stdout
        .contains("--hibernate"));
    assert_eq!(run(&mut w, "# a comment").exit_code, 0);
    assert_eq!(run(&mut w, "   ").stdout, "");
}

#[test]
fn completion_offers_commands_options_and_ids() {
    let mut w = world();
    let id = launch_cli(&mut w, "");
    assert_eq!(complete(&w, "aws ec2 sto", 11), vec!["stop-instances"]);
    assert_eq!(complete(&w, "a", 1), vec!["aws"]);
    assert_eq!(complete(&w, "aws e", 5), vec!["ec2"]);
    assert!(complete(&w, "aws ec2 stop-instances --", 25).contains(&"--hibernate".to_string()));
    assert_eq!(
        complete(&w, "aws ec2 stop-instances --instance-ids ", 38),
        vec![id.clone()]
    );
    assert_eq!(
        complete(&w, "aws ec2 stop-instances --instance-ids i-0", 41),
        vec![id.clone()]
    );
    let types = complete(&w, "aws ec2 run-instances --instance-type t2.mi", 43);
    assert_eq!(types, vec!["t2.micro"]);
    assert!(
        complete(&w, "aws ec2 run-instances --region ", 31).contains(&"ap-northeast-2".to_string())
    );
    assert_eq!(
        complete(&w, "aws ec2 wait instance-r", 23),
        vec!["instance-running"]
    );
    // Options already given are not offered again.
    let opts = complete(&w, "aws ec2 stop-instances --hibernate --", 37);
    assert!(!opts.contains(&"--hibernate".to_string()));
    assert!(complete(&w, "zzz", 3).is_empty());
    assert_eq!(
        complete(&w, "aws ec2 stop-instances", 1000),
        vec!["stop-instances"]
    );
}

#[test]
fn the_custom_ami_walk_through_line_by_line() {
    let mut w = world();
    let id = launch_cli(&mut w, "--placement AvailabilityZone=us-east-1a");
    run(
        &mut w,
        &format!("aws ec2 wait instance-running --instance-ids {id}"),
    );
    for line in [
        "sudo dnf install -y nginx",
        "echo '<h1>custom</h1>' | sudo tee /usr/share/nginx/html/index.html",
        "sudo systemctl enable nginx",
    ] {
        let out = run(&mut w, &format!("ssh {id} \"{line}\""));
        assert_eq!(out.exit_code, 0, "{line}: {}", out.stderr);
    }
    let image = json(
        &mut w,
        &format!(
            "aws ec2 create-image --instance-id {id} --name web-v1 --description 'nginx server'"
        ),
    )["ImageId"]
        .as_str()
        .unwrap()
        .to_string();
    let d = json(
        &mut w,
        &format!("aws ec2 describe-images --image-ids {image}"),
    );
    assert_eq!(d["Images"][0]["State"], "pending");
    run(
        &mut w,
        &format!("aws ec2 wait image-available --image-ids {image}"),
    );
    let d = json(&mut w, "aws ec2 describe-images --owners self");
    let img = &d["Images"][0];
    assert_eq!(img["State"], "available");
    assert_eq!(img["RootDeviceType"], "ebs");
    let ebs = &img["BlockDeviceMappings"][0]["Ebs"];
    assert!(ebs["SnapshotId"].as_str().unwrap().starts_with("snap-0"));
    assert_eq!(ebs["VolumeSize"], 8);
    assert_eq!(ebs["DeleteOnTermination"], true);
    assert_eq!(ebs["VolumeType"], "gp3");
    let v = json(
        &mut w,
        &format!("aws ec2 run-instances --image-id {image} --instance-type t3.micro --count 2"),
    );
    let ids: Vec<String> = v["Instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["InstanceId"].as_str().unwrap().to_string())
        .collect();
    run(
        &mut w,
        &format!(
            "aws ec2 wait instance-running --instance-ids {} {}",
            ids[0], ids[1]
        ),
    );
    for new in &ids {
        assert_eq!(
            run(&mut w, &format!("ssh {new} curl -s http://localhost/")).stdout,
            "<h1>custom</h1>\n"
        );
    }
    let copy = json(&mut w, &format!("aws ec2 copy-image --source-image-id {image} --source-region us-east-1 --region ap-northeast-2 --name web-v1-seoul"))["ImageId"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(copy, image);
    run(
        &mut w,
        &format!("aws ec2 wait image-available --image-ids {copy} --region ap-northeast-2"),
    );
    let d = json(
        &mut w,
        &format!("aws ec2 deregister-image --image-id {image}"),
    );
    assert_eq!(d["Return"], true);
    let out = run(
        &mut w,
        &format!("aws ec2 run-instances --image-id {image} --instance-type t3.micro"),
    );
    assert!(out.stderr.contains(&format!("(InvalidAMIID.NotFound) when calling the RunInstances operation: The image id '[{image}]' does not exist")));
    let running = json(&mut w, "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'length(Reservations[].Instances[])'");
    assert_eq!(running, 3);
    let snaps = json(
        &mut w,
        "aws ec2 describe-snapshots --owner-ids self --query 'length(Snapshots)'",
    );
    assert_eq!(
        snaps, 1,
        "snapshots stay after deregistering (the Seoul copy's snapshot is in Seoul)"
    );
    let seoul = json(
        &mut w,
        "aws ec2 describe-images --owners self --region ap-northeast-2 --query 'Images[0].State'",
    );
    assert_eq!(seoul, "available");
}
