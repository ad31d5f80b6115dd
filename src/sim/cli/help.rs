//! `help`: what the console knows, and each command's options.

use super::spec::{command, Kind, COMMANDS, GLOBAL_OPTIONS, WAITERS};

/// `help` (None), `help ec2`, or `help <command>`.
pub fn help(topic: Option<&str>) -> String {
    match topic {
        None | Some("ec2") | Some("aws") => overview(),
        Some("ssh") => "ssh INSTANCE_ID COMMAND…\n  Runs one command inside a running instance (also ssh ec2-user@PUBLIC_IP …).\n  Try: lsblk, df -h, free -m, echo hi > ~/a.txt, echo x | sudo tee /data/f, sudo mkfs -t xfs /dev/nvme1n1,\n  sudo mount DEVICE DIR, sudo dnf install -y nginx, sudo systemctl enable --now nginx, curl localhost,\n  sudo reboot, sudo shutdown -h now.\n".to_string(),
        Some("clock") | Some("sleep") => "clock                  show the simulated time\nclock advance 30s      move the clock forward (ms, s, m, h, d) and list what happened\nclock next             jump to the next state change\nsleep 30s              same as clock advance\n".to_string(),
        Some("wait") => waiters(),
        Some(name) => match command(name) {
            Some(c) => {
                let mut text = format!("aws ec2 {} — {}\n  API operation: {}\n\nOptions:\n", c.name, c.summary, c.operation);
                for o in c.options {
                    let shape = match o.kind {
                        Kind::Value => " VALUE",
                        Kind::List => " VALUE …",
                        Kind::Flag => "",
                        Kind::Toggle => " (or --no-…)",
                        Kind::Structure => " SHORTHAND|JSON",
                        Kind::StructureList => " SHORTHAND … |JSON",
                    };
                    let required = if o.required { " (required)" } else { "" };
                    text.push_str(&format!("  {}{shape}{required}\n      {}\n", o.name, o.help));
                }
                if c.name == "wait" {
                    text.push('\n');
                    text.push_str(&waiters());
                }
                text.push_str("\nGlobal options: ");
                text.push_str(&GLOBAL_OPTIONS.iter().map(|o| o.name).collect::<Vec<_>>().join(", "));
                text.push('\n');
                text
            }
            None => format!("No help for '{name}'. Type 'help' for the list of commands.\n"),
        },
    }
}

fn waiters() -> String {
    let mut text = "aws ec2 wait WAITER [options] — advances the simulated clock until the condition holds (at most 10 minutes, like the real 40 × 15 s):\n".to_string();
    for (name, _, what) in WAITERS {
        text.push_str(&format!("  {name:<22} {what}\n"));
    }
    text
}

fn overview() -> String {
    let mut text = String::from("EC2 Lab console. Commands:\n\n  aws ec2 COMMAND [options] [--region us-east-1|ap-northeast-2] [--query EXPR] [--dry-run]\n\n");
    for c in COMMANDS {
        text.push_str(&format!("    {:<28} {}\n", c.name, c.summary));
    }
    text.push_str(
        "\n  ssh INSTANCE_ID COMMAND…       run a command inside a running instance (help ssh)\n",
    );
    text.push_str("  clock | clock advance 30s | clock next | sleep 30s    the simulated clock (help clock)\n");
    text.push_str(
        "  help COMMAND                   options of one command, e.g. help run-instances\n",
    );
    text.push_str("\nOutput is JSON like the AWS CLI's; errors read like it: An error occurred (CODE) when calling the OPERATION operation: MESSAGE\n");
    text
}
