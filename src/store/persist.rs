//! Saving the world in the browser, and reading it back. A saved world that cannot be read is never
//! thrown away: it is kept under a backup key, the Lab starts with a fresh world, and the learner is
//! told (in their language) what happened.

use crate::sim::World;

/// Versioned key: a future incompatible format gets a new key and a migration from this one.
pub const WORLD_KEY: &str = "ec2-lab/v1/world";
pub const WORLD_BACKUP_KEY: &str = "ec2-lab/v1/world.unreadable";
/// The seed of a new world: fixed, so a fresh Lab is the same for everyone (and for tests).
pub const FRESH_SEED: u64 = 2026;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The saved world could not be read; it was kept under `WORLD_BACKUP_KEY`.
    UnreadableWorldKept { reason: String },
}

pub fn fresh_world() -> World {
    World::new(FRESH_SEED)
}

/// What to start with, given what storage holds: (world, notice, text to back up).
pub fn load_world(saved: Option<&str>) -> (World, Option<LoadNotice>, Option<String>) {
    match saved {
        None => (fresh_world(), None, None),
        Some(text) => match World::from_json(text) {
            Ok(world) => (world, None, None),
            Err(reason) => (
                fresh_world(),
                Some(LoadNotice::UnreadableWorldKept { reason }),
                Some(text.to_owned()),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_saved_gives_a_fresh_world() {
        let (world, notice, backup) = load_world(None);
        assert_eq!(world, fresh_world());
        assert_eq!((notice, backup), (None, None));
    }

    #[test]
    fn a_saved_world_comes_back_as_it_was() {
        let mut world = fresh_world();
        world.advance(90_000);
        let (loaded, notice, _) = load_world(Some(&world.to_json()));
        assert_eq!(loaded, world);
        assert_eq!(notice, None);
    }

    /// Worlds saved before events were structured hold each event's English line as a plain
    /// string under "message". They load as they are, each line kept word for word.
    #[test]
    fn a_world_saved_with_english_event_lines_still_loads() {
        use crate::sim::ami::public_image_id;
        use crate::sim::events::EventMessage;
        use crate::sim::RunInstancesRequest;

        let mut world = fresh_world();
        let image = public_image_id("us-east-1", "al2023-x86_64").unwrap();
        world
            .run_instances(&RunInstancesRequest::new("us-east-1", &image, "t2.micro"))
            .unwrap();
        world.advance(90_000);
        let lines: Vec<String> = world.events().map(|e| e.message.to_string()).collect();
        assert!(lines.iter().any(|l| l.contains("pending → running")));

        // The old format: the same world, every message its English line.
        let mut old: serde_json::Value = serde_json::from_str(&world.to_json()).unwrap();
        for (event, line) in old["events"]["events"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .zip(&lines)
        {
            event["message"] = serde_json::Value::String(line.clone());
        }
        let old = old.to_string();
        assert!(old.contains("\"message\":\"RunInstances: 1 × t2.micro from "));

        let (loaded, notice, backup) = load_world(Some(&old));
        assert_eq!((notice, backup), (None, None));
        let loaded_lines: Vec<&EventMessage> = loaded.events().map(|e| &e.message).collect();
        assert_eq!(loaded_lines.len(), lines.len());
        for (message, line) in loaded_lines.iter().zip(&lines) {
            assert_eq!(**message, EventMessage::Legacy(line.clone()));
        }
        // Everything else is as it was, and new events are structured again.
        assert_eq!(loaded.now(), world.now());
        let mut loaded = loaded;
        let ids: Vec<String> = loaded.instances().map(|i| i.id.clone()).collect();
        assert_eq!(ids.len(), 1);
        loaded.reboot_instances("us-east-1", &ids).unwrap();
        assert!(matches!(
            loaded.events().next_back().map(|e| &e.message),
            Some(EventMessage::RebootBegan { .. })
        ));
    }

    #[test]
    fn a_damaged_world_is_kept_for_backup_and_replaced_with_a_fresh_one() {
        let damaged = "{\"schema_version\": 1, \"instances\": [tru";
        let (world, notice, backup) = load_world(Some(damaged));
        assert_eq!(world, fresh_world());
        assert!(matches!(
            notice,
            Some(LoadNotice::UnreadableWorldKept { .. })
        ));
        assert_eq!(backup.as_deref(), Some(damaged));
    }
}
