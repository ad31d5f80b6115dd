//! `ec2sh` as another program drives it: lines on stdin, JSON on stdout, errors on stderr, one
//! answer per line (flushed), going on after errors; blank lines and comments ignored.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use ec2_lab::sim::ami::public_image_id;

fn ec2sh(args: &[&str], input: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ec2sh"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ec2sh starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn ec2sh_runs_a_script_and_keeps_going_after_errors() {
    let ami = public_image_id("us-east-1", "al2023-x86_64").unwrap();
    let script = format!(
        "# launch and wait\n\naws ec2 run-instances --image-id {ami} --instance-type t2.micro --query Instances[0].State.Name\naws ec2 stop-instances --instance-ids i-0123456789abcdef0\naws ec2 wait instance-running --filters Name=instance-type,Values=t2.micro\naws ec2 describe-instances --query 'Reservations[0].Instances[0].State.Name'\nnot-a-command\n"
    );
    let (stdout, stderr, ok) = ec2sh(&[], &script);
    assert!(ok);
    assert_eq!(stdout, "\"pending\"\n\"running\"\n");
    assert!(stderr.contains("An error occurred (InvalidInstanceID.NotFound) when calling the StopInstances operation: The instance ID 'i-0123456789abcdef0' does not exist"));
    assert!(stderr.contains("not-a-command: command not found"));
}

#[test]
fn ec2sh_is_deterministic_per_seed() {
    let ami = public_image_id("us-east-1", "al2023-x86_64").unwrap();
    let script = format!("aws ec2 run-instances --image-id {ami} --instance-type t3.micro --query Instances[0].[InstanceId,PrivateIpAddress]\n");
    let a = ec2sh(&["--seed", "7"], &script).0;
    let b = ec2sh(&["--seed", "7"], &script).0;
    let c = ec2sh(&["--seed", "8"], &script).0;
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert!(!ec2sh(&["--seed", "x"], "").2);
}

#[test]
fn ec2sh_answers_line_by_line_while_stdin_stays_open() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ec2sh"))
        .args(["--instant"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // One command, one answer, before the next command is even written.
    writeln!(
        stdin,
        "aws ec2 describe-instances --query 'length(Reservations)'"
    )
    .unwrap();
    stdin.flush().unwrap();
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "0\n");
    writeln!(stdin, "aws ec2 allocate-address --query Domain").unwrap();
    stdin.flush().unwrap();
    line.clear();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "\"vpc\"\n");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
