//! Tab completion for the console: commands, options not yet given, and resource IDs, instance
//! types, regions and AZs where an option expects them.

use super::spec::{self, Kind, ValueHint, COMMANDS, GLOBAL_OPTIONS, WAITERS};
use crate::sim::catalog;
use crate::sim::region::REGIONS;
use crate::sim::storage::VolumeType;
use crate::sim::world::World;

/// Candidates for the word under the cursor (`cursor` is a byte offset into `line`). Each
/// candidate replaces that whole word. Sorted, at most 50.
pub fn complete(world: &World, line: &str, cursor: usize) -> Vec<String> {
    let cursor = cursor.min(line.len());
    let before = line.get(..cursor).unwrap_or(line);
    let mut words: Vec<&str> = before.split_whitespace().collect();
    let current = if before.ends_with(char::is_whitespace) || before.is_empty() {
        ""
    } else {
        words.pop().unwrap_or("")
    };
    let mut out: Vec<String> = match words.as_slice() {
        [] => ["aws", "ssh", "clock", "sleep", "help"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ["aws"] => vec!["ec2".to_string(), "help".to_string()],
        ["aws", "ec2"] => COMMANDS
            .iter()
            .map(|c| c.name.to_string())
            .chain(["help".to_string()])
            .collect(),
        ["aws", "ec2", "wait"] => WAITERS.iter().map(|(n, _, _)| n.to_string()).collect(),
        ["help"] => COMMANDS
            .iter()
            .map(|c| c.name.to_string())
            .chain(["ssh", "clock"].map(String::from))
            .collect(),
        ["clock"] => vec!["advance".to_string(), "next".to_string(), "now".to_string()],
        ["ssh"] => world
            .instances()
            .filter(|i| i.state == crate::sim::LifecycleState::Running)
            .map(|i| i.id.clone())
            .collect(),
        ["aws", "ec2", name, rest @ ..] => match spec::command(name) {
            Some(c) => {
                let previous = rest.last().copied();
                let option = previous
                    .and_then(|p| c.option(p))
                    .filter(|o| !matches!(o.kind, Kind::Flag | Kind::Toggle));
                let expects_value = option.is_some();
                let in_list = rest
                    .iter()
                    .rev()
                    .find(|w| w.starts_with("--"))
                    .and_then(|o| c.option(o))
                    .filter(|o| o.kind == Kind::List);
                match (option, in_list) {
                    (Some(o), _) if !current.starts_with("--") => values(world, o.hint),
                    (_, Some(o)) if !current.starts_with("--") && !expects_value => {
                        values(world, o.hint)
                    }
                    _ => c
                        .options
                        .iter()
                        .chain(GLOBAL_OPTIONS.iter())
                        .filter(|o| !rest.contains(&o.name))
                        .map(|o| o.name.to_string())
                        .collect(),
                }
            }
            None => Vec::new(),
        },
        _ => Vec::new(),
    };
    out.retain(|c| c.starts_with(current));
    crate::sorting::sort(&mut out);
    out.dedup();
    out.truncate(50);
    out
}

fn values(world: &World, hint: ValueHint) -> Vec<String> {
    match hint {
        ValueHint::InstanceId => world.instances().map(|i| i.id.clone()).collect(),
        ValueHint::VolumeId => world.volumes().map(|v| v.id.clone()).collect(),
        ValueHint::SnapshotId => world
            .snapshots()
            .filter(|s| s.owner == crate::sim::world::Owner::SelfOwned)
            .map(|s| s.id.clone())
            .collect(),
        ValueHint::ImageId => world
            .images()
            .filter(|i| i.is_registered())
            .map(|i| i.id.clone())
            .collect(),
        ValueHint::AllocationId => world.addresses().map(|a| a.allocation_id.clone()).collect(),
        ValueHint::AssociationId => world
            .addresses()
            .filter_map(|a| a.association.as_ref().map(|x| x.association_id.clone()))
            .collect(),
        ValueHint::InstanceType => catalog::all().iter().map(|t| t.name.clone()).collect(),
        ValueHint::Region => REGIONS.iter().map(|r| r.name.to_string()).collect(),
        ValueHint::AvailabilityZone => REGIONS
            .iter()
            .flat_map(|r| r.availability_zones())
            .collect(),
        ValueHint::VolumeType => VolumeType::ALL
            .iter()
            .map(|t| t.as_str().to_string())
            .collect(),
        ValueHint::None => Vec::new(),
    }
}

/// Every command name the console accepts, for the UI's command palette.
pub fn command_names() -> Vec<String> {
    COMMANDS
        .iter()
        .map(|c| format!("aws ec2 {}", c.name))
        .chain(WAITERS.iter().map(|(n, _, _)| format!("aws ec2 wait {n}")))
        .chain(
            [
                "ssh",
                "clock",
                "clock advance",
                "clock next",
                "sleep",
                "help",
            ]
            .map(String::from),
        )
        .collect()
}
