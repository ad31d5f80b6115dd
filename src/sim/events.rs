//! The event log: every API action (with its `aws ec2 …` equivalent) and every state change, with
//! its simulated timestamp. Bounded, because the world is saved in the browser.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
pub use super::event_message::{EventMessage, Protection, RebootCause};
use super::region::DEFAULT_REGION;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// An API call the learner made (console button, CLI line or guest command).
    Api,
    /// A resource changed state because time passed (pending → running, …).
    StateChange,
    /// Something happened inside an instance's operating system.
    Guest,
    /// AWS did something on its own (scheduled retirement, removal of a terminated instance).
    System,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub seq: u64,
    pub time: SimTime,
    pub region: String,
    /// The resource the event is about (`i-…`, `vol-…`, …).
    pub resource_id: String,
    pub kind: EventKind,
    /// What happened, as data; `Display` gives the English line.
    pub message: EventMessage,
    /// For API actions: the equivalent AWS CLI command.
    pub cli: Option<String>,
}

pub const DEFAULT_EVENT_CAPACITY: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventLog {
    events: VecDeque<Event>,
    next_seq: u64,
    capacity: usize,
    /// How many old events were dropped to respect the capacity.
    dropped: u64,
}

impl Default for EventLog {
    fn default() -> EventLog {
        EventLog::with_capacity(DEFAULT_EVENT_CAPACITY)
    }
}

impl EventLog {
    pub fn with_capacity(capacity: usize) -> EventLog {
        EventLog {
            events: VecDeque::new(),
            next_seq: 0,
            capacity: capacity.max(1),
            dropped: 0,
        }
    }

    pub fn push(
        &mut self,
        time: SimTime,
        region: &str,
        resource_id: &str,
        kind: EventKind,
        message: EventMessage,
        cli: Option<String>,
    ) {
        self.events.push_back(Event {
            seq: self.next_seq,
            time,
            region: region.to_string(),
            resource_id: resource_id.to_string(),
            kind,
            message,
            cli,
        });
        self.next_seq += 1;
        while self.events.len() > self.capacity {
            self.events.pop_front();
            self.dropped += 1;
        }
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Event> {
        self.events.iter()
    }

    /// Events with `seq >= from`: what happened since the UI last looked.
    pub fn since(&self, from: u64) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.seq >= from)
    }

    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

/// `aws ec2 <command> <args…>` plus `--region` when it is not the default region.
pub fn cli_command(region: &str, command: &str, args: &[String]) -> String {
    let mut out = format!("aws ec2 {command}");
    for a in args {
        out.push(' ');
        out.push_str(&shell_quote(a));
    }
    if region != DEFAULT_REGION {
        out.push_str(" --region ");
        out.push_str(region);
    }
    out
}

/// Quotes an argument for a POSIX shell when it needs it, so a logged command can be pasted.
pub fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=,@%+[]{}".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_drops_the_oldest() {
        let mut log = EventLog::with_capacity(2);
        for i in 0..3 {
            log.push(
                i,
                "us-east-1",
                "i-1",
                EventKind::Api,
                EventMessage::Legacy(format!("e{i}")),
                None,
            );
        }
        assert_eq!(log.len(), 2);
        assert_eq!(log.dropped(), 1);
        assert_eq!(log.iter().next().unwrap().message.to_string(), "e1");
        assert_eq!(log.since(2).count(), 1);
    }

    #[test]
    fn cli_commands_quote_and_add_the_region() {
        let args = vec!["--name".to_string(), "my web server".to_string()];
        assert_eq!(
            cli_command("ap-northeast-2", "create-image", &args),
            "aws ec2 create-image --name 'my web server' --region ap-northeast-2"
        );
        assert_eq!(
            cli_command("us-east-1", "describe-instances", &[]),
            "aws ec2 describe-instances"
        );
    }
}
