//! The command language of the Lab console and of `ec2sh`: one line at a time over a `World`.
//!
//! - `aws ec2 <command> [options]` — the AWS CLI subset in `spec::COMMANDS`, with `--region`
//!   (default us-east-1), `--output json`, `--query` (a JMESPath subset), `--dry-run`, and
//!   `aws ec2 wait <waiter>`; JSON shaped like the real CLI's; errors printed exactly like it
//!   (`An error occurred (CODE) when calling the OPERATION operation: MESSAGE`);
//! - `ssh INSTANCE_ID COMMAND…` — a command inside an instance (see `guest`);
//! - `clock`, `clock advance 30s`, `clock next`, `sleep 30s` — the simulated clock;
//! - `help`, `help COMMAND`.
//!
//! `execute` never panics and always answers: a result, or an error naming what was expected.

pub mod commands;
pub mod complete;
pub mod help;
pub mod output;
pub mod parse;
pub mod query;
pub mod spec;

use super::clock::{cli_timestamp, human_duration, parse_duration, MINUTE};
use super::command_output::CommandOutput;
use super::region::{region, DEFAULT_REGION};
use super::world::World;
use commands::Failure;

pub use complete::complete;

/// Exit codes of AWS CLI v2: 252 bad command line, 254 service error, 255 other failures.
pub const EXIT_USAGE: i32 = 252;
pub const EXIT_SERVICE: i32 = 254;
pub const EXIT_OTHER: i32 = 255;

const USAGE: &str = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n";

fn usage_error(message: &str) -> CommandOutput {
    if message.starts_with("Parameter validation failed")
        || message.starts_with("Error parsing parameter")
    {
        return CommandOutput::err(format!("\n{message}\n"), EXIT_USAGE);
    }
    CommandOutput::err(format!("{USAGE}aws: error: {message}\n"), EXIT_USAGE)
}

/// Runs one line. Blank lines and `#` comments do nothing.
pub fn execute(world: &mut World, line: &str) -> CommandOutput {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return CommandOutput::ok(String::new());
    }
    let words = match shell_words::split(trimmed) {
        Ok(w) => w,
        Err(_) => {
            return CommandOutput::err(
                "Error: the line has an unterminated quote; close it with a matching ' or \"\n"
                    .to_string(),
                2,
            )
        }
    };
    let Some(first) = words.first() else {
        return CommandOutput::ok(String::new());
    };
    match first.as_str() {
        "aws" => aws(world, &words[1..]),
        "ssh" => ssh(world, &words[1..]),
        "clock" => clock(world, &words[1..]),
        "sleep" => match words.get(1).and_then(|d| parse_duration(d)) {
            Some(ms) => advance_report(world, ms),
            None => CommandOutput::err(
                "sleep: expected a duration such as 30, 30s, 5m or 1h\n".to_string(),
                1,
            ),
        },
        "help" | "?" => CommandOutput::ok(help::help(words.get(1).map(String::as_str))),
        other => {
            let mut text = format!("{other}: command not found. This console knows: aws ec2 …, ssh, clock, sleep, help.\n");
            let near = ["aws", "ssh", "clock", "sleep", "help"]
                .into_iter()
                .min_by_key(|c| strsim::levenshtein(c, other))
                .filter(|c| strsim::levenshtein(c, other) <= 2);
            if let Some(near) = near {
                text.push_str(&format!("Did you mean '{near}'?\n"));
            }
            CommandOutput::err(text, 127)
        }
    }
}

/// Global options, taken out of the word list wherever they appear.
#[derive(Debug, Default)]
struct Globals {
    region: Option<String>,
    output: Option<String>,
    query: Option<String>,
    dry_run: bool,
}

fn take_globals(words: &[String]) -> Result<(Globals, Vec<String>), String> {
    let mut g = Globals::default();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let (name, inline) = match w.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (w.as_str(), None),
        };
        let slot = match name {
            "--region" => Some(&mut g.region),
            "--output" => Some(&mut g.output),
            "--query" => Some(&mut g.query),
            "--profile"
            | "--endpoint-url"
            | "--color"
            | "--cli-read-timeout"
            | "--cli-connect-timeout" => None,
            "--dry-run" => {
                g.dry_run = true;
                i += 1;
                continue;
            }
            "--no-dry-run" | "--no-cli-pager" | "--debug" | "--no-paginate" | "--no-verify-ssl" => {
                i += 1;
                continue;
            }
            _ => {
                rest.push(w.clone());
                i += 1;
                continue;
            }
        };
        let value = match inline {
            Some(v) => v,
            None => {
                i += 1;
                words
                    .get(i)
                    .filter(|v| !v.starts_with("--"))
                    .cloned()
                    .ok_or_else(|| format!("argument {name}: expected one argument"))?
            }
        };
        if let Some(slot) = slot {
            *slot = Some(value);
        }
        i += 1;
    }
    Ok((g, rest))
}

fn aws(world: &mut World, words: &[String]) -> CommandOutput {
    let (globals, words) = match take_globals(words) {
        Ok(x) => x,
        Err(e) => return usage_error(&e),
    };
    let Some(service) = words.first() else {
        return usage_error("the following arguments are required: command");
    };
    if service == "help" {
        return CommandOutput::ok(help::help(None));
    }
    if service != "ec2" {
        return usage_error(&format!(
            "argument command: Invalid choice '{service}'. This simulator has one service: ec2 (e.g. aws ec2 describe-instances)"
        ));
    }
    let Some(name) = words.get(1) else {
        return usage_error("the following arguments are required: operation");
    };
    if name == "help" {
        return CommandOutput::ok(help::help(Some("ec2")));
    }
    let Some(spec) = spec::command(name) else {
        let mut text = "argument operation: Invalid choice, valid choices are:\n\n".to_string();
        for c in spec::COMMANDS {
            text.push_str(&format!("{}\n", c.name));
        }
        let mut near: Vec<&str> = spec::COMMANDS
            .iter()
            .map(|c| c.name)
            .filter(|c| {
                strsim::levenshtein(c, name) <= 3
                    || (name.len() > 5 && c.starts_with(name.as_str()))
            })
            .collect();
        crate::sorting::sort_by_key(&mut near, |c| strsim::levenshtein(c, name));
        if !near.is_empty() {
            text.push_str(&format!(
                "\n\nInvalid choice: '{name}', maybe you meant:\n\n"
            ));
            for n in near.iter().take(3) {
                text.push_str(&format!("  * {n}\n"));
            }
        }
        return usage_error(text.trim_end());
    };
    let rest = &words[2..];
    if rest.iter().any(|w| w == "help") && spec.name != "wait"
        || (spec.name == "wait" && rest.first().is_some_and(|w| w == "help"))
    {
        return CommandOutput::ok(help::help(Some(spec.name)));
    }
    let parsed = match parse::parse_options(spec, rest) {
        Ok(p) => p,
        Err(e) => return usage_error(&e.0),
    };
    if spec.name != "wait" && !parsed.positional.is_empty() {
        return usage_error(&format!(
            "Unknown options: {}",
            parsed.positional.join(", ")
        ));
    }
    if let Some(output) = &globals.output {
        if output != "json" {
            return usage_error(&format!(
                "argument --output: Invalid choice '{output}': this simulator prints json only (valid choices in the real CLI: json | text | table | yaml | yaml-stream)"
            ));
        }
    }
    let region_name = globals
        .region
        .clone()
        .unwrap_or_else(|| DEFAULT_REGION.to_string());
    if region(&region_name).is_err() {
        return CommandOutput::err(
            format!(
                "\nCould not connect to the endpoint URL: \"https://ec2.{region_name}.amazonaws.com/\"\n(EC2 Lab has the regions us-east-1 and ap-northeast-2.)\n"
            ),
            EXIT_OTHER,
        );
    }
    let query = match globals
        .query
        .as_deref()
        .map(query::Query::parse)
        .transpose()
    {
        Ok(q) => q,
        Err(e) => {
            return CommandOutput::err(
                format!(
                    "\nBad value for --query {}: {e}\n",
                    globals.query.unwrap_or_default()
                ),
                EXIT_USAGE,
            )
        }
    };
    let result = if globals.dry_run {
        let mut scratch = world.clone();
        match commands::run(&mut scratch, &region_name, &parsed) {
            Ok(_) => Err(Failure::Api(super::error::ApiError::new(
                "DryRunOperation",
                "Request would have succeeded, but DryRun flag is set.",
            ))),
            Err(e) => Err(e),
        }
    } else {
        commands::run(world, &region_name, &parsed)
    };
    match result {
        Ok(None) => CommandOutput::ok(String::new()),
        Ok(Some(value)) => {
            let value = match &query {
                Some(q) => q.apply(&value),
                None => value,
            };
            CommandOutput::ok(format!("{}\n", output::pretty(&value)))
        }
        Err(Failure::Usage(message)) => usage_error(&message),
        Err(Failure::Waiter(message)) => CommandOutput::err(format!("\n{message}\n"), EXIT_OTHER),
        Err(Failure::Api(e)) => {
            let mut text = format!("\n{}\n", e.cli_text(spec.operation));
            if let Some(hint) = &e.hint {
                text.push_str(&format!("Hint (EC2 Lab, not AWS): {hint}\n"));
            }
            CommandOutput::err(text, EXIT_SERVICE)
        }
    }
}

/// `ssh [-i KEY] [user@]INSTANCE_ID|PUBLIC_IP COMMAND…`: runs the command inside the instance.
fn ssh(world: &mut World, words: &[String]) -> CommandOutput {
    let mut i = 0;
    while i < words.len() && words[i].starts_with('-') {
        // Options with a value (-i key.pem, -o Option, -l user, -p 22).
        if ["-i", "-o", "-l", "-p", "-F"].contains(&words[i].as_str()) {
            i += 1;
        }
        i += 1;
    }
    let Some(host) = words.get(i) else {
        return CommandOutput::err(
            "usage: ssh INSTANCE_ID COMMAND…  (e.g. ssh i-0123456789abcdef0 df -h)\n".to_string(),
            EXIT_OTHER,
        );
    };
    let host = host.rsplit('@').next().unwrap_or(host).to_string();
    let command = words[i + 1..].join(" ");
    let found = world
        .instance(&host)
        .map(|inst| (inst.id.clone(), inst.region.clone()))
        .or_else(|| {
            world
                .instances()
                .find(|inst| {
                    world.public_ip(inst).as_deref() == Some(host.as_str())
                        || inst.private_ip.as_deref() == Some(host.as_str())
                })
                .map(|inst| (inst.id.clone(), inst.region.clone()))
        });
    let Some((id, region_name)) = found else {
        return CommandOutput::err(
            format!("ssh: Could not resolve hostname {host}: Name or service not known\n"),
            EXIT_OTHER,
        );
    };
    if command.trim().is_empty() {
        return CommandOutput::err(
            format!("This console runs one command at a time: ssh {id} COMMAND (for example: ssh {id} lsblk)\n"),
            EXIT_OTHER,
        );
    }
    match world.guest_exec(&region_name, &id, &command) {
        Ok(out) => CommandOutput {
            stdout: out.stdout,
            stderr: out.stderr,
            exit_code: out.exit_code,
        },
        Err(e) => CommandOutput::err(format!("ssh: {}\n", e.message), EXIT_OTHER),
    }
}

fn clock(world: &mut World, words: &[String]) -> CommandOutput {
    match words.first().map(String::as_str) {
        None | Some("now") => CommandOutput::ok(format!(
            "{} (simulated; {} since the world began)\n",
            cli_timestamp(world.now()),
            human_duration(world.now())
        )),
        Some("advance") => match words.get(1).and_then(|d| parse_duration(d)) {
            Some(ms) => advance_report(world, ms),
            None => CommandOutput::err("clock advance: expected a duration such as 30s, 5m, 1h or 250ms\n".to_string(), 1),
        },
        Some("next") => {
            let before = world.event_log().next_seq();
            let start = world.now();
            if world.advance_to_next(24 * 60 * MINUTE) {
                report_since(world, before, start)
            } else {
                CommandOutput::ok("Nothing is in progress; the clock did not move.\n".to_string())
            }
        }
        Some(other) => CommandOutput::err(
            format!("clock: unknown subcommand '{other}'; expected 'clock', 'clock advance DURATION' or 'clock next'\n"),
            1,
        ),
    }
}

fn advance_report(world: &mut World, ms: u64) -> CommandOutput {
    let before = world.event_log().next_seq();
    let start = world.now();
    world.advance(ms);
    report_since(world, before, start)
}

/// The clock's new time and every state change since `seq`.
fn report_since(world: &World, seq: u64, start: u64) -> CommandOutput {
    let mut text = format!(
        "{} (+{})\n",
        cli_timestamp(world.now()),
        human_duration(world.now().saturating_sub(start))
    );
    for e in world.event_log().since(seq) {
        text.push_str(&format!("  {}  {}\n", cli_timestamp(e.time), e.message));
    }
    CommandOutput::ok(text)
}
