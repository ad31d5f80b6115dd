//! `ec2sh`: the EC2 Lab engine on the command line. Reads commands from stdin, one per line
//! (`aws ec2 …`, `ssh INSTANCE_ID …`, `clock advance 30s`, `help`), prints results on stdout and
//! errors on stderr, flushes after every command so another program can drive it line by line,
//! and keeps going after errors. Blank lines and `# comments` are ignored.
//!
//! Usage: cargo run --release --bin ec2sh [-- --seed N] [--instant] [--echo]
//!   --seed N    seed of the simulated world (default 1): same seed + same lines ⇒ same output
//!   --instant   every transition takes 1 ms (for scripts that only care about end states)
//!   --echo      print each command (prefixed with "$ ") before its output

use std::io::{self, BufRead, Write};

use ec2_lab::sim::cli;
use ec2_lab::sim::clock::Timings;
use ec2_lab::sim::World;

fn main() {
    let mut seed: u64 = 1;
    let mut timings = Timings::default();
    let mut echo = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("ec2sh: --seed expects a number");
                    std::process::exit(2);
                }
            },
            "--instant" => timings = Timings::instant(),
            "--echo" => echo = true,
            "-h" | "--help" => {
                println!("usage: ec2sh [--seed N] [--instant] [--echo] < commands.txt\nType 'help' on stdin for the command language.");
                return;
            }
            other => {
                eprintln!("ec2sh: unknown option '{other}' (try --help)");
                std::process::exit(2);
            }
        }
    }
    let mut world = World::with_timings(seed, timings);
    let stdin = io::stdin();
    let stdout = io::stdout();
    let stderr = io::stderr();
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            eprintln!("ec2sh: input is not UTF-8 text; line skipped");
            continue;
        };
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let result = cli::execute(&mut world, trimmed);
        let mut out = stdout.lock();
        let mut err = stderr.lock();
        if echo {
            let _ = writeln!(out, "$ {trimmed}");
        }
        let _ = out.write_all(result.stdout.as_bytes());
        let _ = out.flush();
        let _ = err.write_all(result.stderr.as_bytes());
        let _ = err.flush();
    }
}
