//! The AMIs page's actions (issue 6): create an image from an instance, launch from an image, copy
//! an image to another region, deregister it. Each calls the engine (ec2-facts 4) and keeps EC2's
//! error in `last_error` under the API operation's name, as the Lab's other actions do.

use super::{LabState, LAB_REGION};
use crate::sim::ami::{CopyImageRequest, CreateImageRequest};
use crate::sim::RunInstancesRequest;

/// The smallest current instance type that can run an image of this architecture and root device
/// type: what the AMIs page offers first when launching from an image.
pub fn default_type_for(architecture: &str, instance_store_root: bool) -> &'static str {
    if instance_store_root {
        // ec2-facts 3.1: instance-store roots only on previous-generation families.
        "m3.medium"
    } else if architecture == "arm64" {
        "t4g.micro"
    } else {
        "t3.micro"
    }
}

/// A few instance types the launch form offers per architecture (EC2 checks the rest).
pub fn launch_types_for(architecture: &str, instance_store_root: bool) -> &'static [&'static str] {
    if instance_store_root {
        &["m3.medium", "c3.large"]
    } else if architecture == "arm64" {
        &["t4g.micro", "t4g.small", "m6gd.large"]
    } else {
        &["t3.micro", "t2.micro", "t3.small", "m5d.large"]
    }
}

impl LabState {
    /// CreateImage in the Lab's region. On success the new AMI's ID; the instance reboots unless
    /// `no_reboot` (the engine decides and logs it).
    pub fn create_image(
        &mut self,
        instance_id: &str,
        name: &str,
        description: &str,
        no_reboot: bool,
    ) -> Option<String> {
        let request = CreateImageRequest {
            region: LAB_REGION.to_string(),
            instance_id: instance_id.to_string(),
            name: name.to_string(),
            description: description.to_string(),
            no_reboot,
        };
        match self.world.create_image(&request) {
            Ok(result) => {
                self.last_error = None;
                Some(result.image_id)
            }
            Err(error) => {
                self.fail("CreateImage", error);
                None
            }
        }
    }

    /// RunInstances from an image, in the image's region; the first new instance is selected, so
    /// the Lab shows it.
    pub fn launch_from_image(
        &mut self,
        image_id: &str,
        instance_type: &str,
        count: i64,
    ) -> Vec<String> {
        let region = self
            .world
            .images()
            .find(|i| i.id == image_id)
            .map_or(LAB_REGION.to_string(), |i| i.region.clone());
        let mut request = RunInstancesRequest::new(&region, image_id, instance_type);
        request.count = count;
        match self.world.run_instances(&request) {
            Ok(reservation) => {
                self.last_error = None;
                self.selected = reservation.instance_ids.first().cloned();
                reservation.instance_ids
            }
            Err(error) => {
                self.fail("RunInstances", error);
                Vec::new()
            }
        }
    }

    /// CopyImage, called (as EC2 requires) in the destination region. On success the copy's ID.
    pub fn copy_image(
        &mut self,
        image_id: &str,
        destination_region: &str,
        name: &str,
    ) -> Option<String> {
        let source_region = self
            .world
            .images()
            .find(|i| i.id == image_id)
            .map_or(LAB_REGION.to_string(), |i| i.region.clone());
        let request = CopyImageRequest {
            source_region,
            source_image_id: image_id.to_string(),
            region: destination_region.to_string(),
            name: name.to_string(),
            description: None,
        };
        match self.world.copy_image(&request) {
            Ok(id) => {
                self.last_error = None;
                Some(id)
            }
            Err(error) => {
                self.fail("CopyImage", error);
                None
            }
        }
    }

    /// DeregisterImage in the image's region: no new launches; instances and snapshots stay.
    pub fn deregister_image(&mut self, image_id: &str) {
        let region = self
            .world
            .images()
            .find(|i| i.id == image_id)
            .map_or(LAB_REGION.to_string(), |i| i.region.clone());
        match self.world.deregister_image(&region, image_id) {
            Ok(()) => self.last_error = None,
            Err(error) => self.fail("DeregisterImage", error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::ami::{public_image_id, ImageState};
    use crate::sim::{LifecycleState, World};
    use crate::store::{persist, ClockSpeed, DEFAULT_IMAGE_KEY};

    fn lab() -> LabState {
        LabState::new(persist::fresh_world(), None)
    }

    /// A running Amazon Linux instance with nginx installed and a page on its root volume.
    fn web_server(lab: &mut LabState) -> String {
        lab.launch_default("web");
        let id = lab.selected.clone().unwrap();
        lab.settle();
        for line in [
            "sudo dnf install -y nginx",
            "echo '<h1>golden</h1>' | sudo tee /usr/share/nginx/html/index.html",
        ] {
            let out = lab.world.guest_exec(LAB_REGION, &id, line).unwrap();
            assert_eq!(out.exit_code, 0, "{line}: {out:?}");
        }
        id
    }

    fn state_of(world: &World, image: &str) -> ImageState {
        world.images().find(|i| i.id == image).unwrap().state
    }

    fn phase(lab: &LabState, id: &str) -> LifecycleState {
        lab.world.instance(id).unwrap().state
    }

    /// ec2-facts 4: pending until the snapshots complete, then available, as the clock runs.
    #[test]
    fn a_created_image_is_pending_then_available_as_the_clock_runs() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let image = lab
            .create_image(&id, "web-golden", "nginx and a page", false)
            .unwrap();
        assert_eq!(lab.last_error, None);
        assert_eq!(state_of(&lab.world, &image), ImageState::Pending);
        lab.speed = ClockSpeed::Times20;
        let mut ticks = 0;
        while state_of(&lab.world, &image) == ImageState::Pending {
            lab.tick(1_000);
            ticks += 1;
            assert!(ticks < 10_000, "the image never became available");
        }
        assert!(ticks > 1, "pending should last a while of simulated time");
        assert_eq!(state_of(&lab.world, &image), ImageState::Available);
    }

    /// ec2-facts 4: CreateImage reboots a running instance unless NoReboot, which warns instead.
    #[test]
    fn create_image_reboots_the_instance_unless_no_reboot() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        lab.create_image(&id, "rebooted", "", false).unwrap();
        let i = lab.world.instance(&id).unwrap();
        assert!(!i.guest_reachable(lab.world.now()), "rebooting");

        let mut lab = self::lab();
        let id = web_server(&mut lab);
        let image = lab.create_image(&id, "not-rebooted", "", true).unwrap();
        let i = lab.world.instance(&id).unwrap();
        assert!(i.guest_reachable(lab.world.now()), "still up");
        assert!(
            lab.world
                .images()
                .find(|i| i.id == image)
                .unwrap()
                .no_reboot
        );
    }

    /// The name rules and the duplicate check give EC2's real codes, and nothing is created.
    #[test]
    fn bad_image_names_get_ec2s_errors() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let before = lab.world.images().count();
        for (name, code) in [
            ("", "MissingParameter"),
            ("ab", "InvalidAMIName.Malformed"),
            ("web<script>", "InvalidAMIName.Malformed"),
            (&"x".repeat(129), "InvalidAMIName.Malformed"),
        ] {
            assert_eq!(lab.create_image(&id, name, "", true), None);
            let failed = lab.last_error.clone().unwrap();
            assert_eq!(failed.operation, "CreateImage");
            assert_eq!(failed.error.code, code, "{name:?}");
            assert_eq!(
                lab.world
                    .check_new_image_name(LAB_REGION, name)
                    .unwrap_err()
                    .code,
                code
            );
        }
        assert_eq!(lab.world.images().count(), before);
        lab.create_image(&id, "web (v1)", "", true).unwrap();
        assert_eq!(lab.create_image(&id, "web (v1)", "", true), None);
        let failed = lab.last_error.clone().unwrap();
        assert_eq!(failed.error.code, "InvalidAMIName.Duplicate");
    }

    /// Launching from the image: two instances, both with nginx and the page (ec2-facts 4).
    #[test]
    fn instances_launched_from_the_image_carry_the_root_volume_files() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let image = lab.create_image(&id, "web-golden", "", false).unwrap();
        lab.settle();
        let ids = lab.launch_from_image(&image, "t3.micro", 2);
        assert_eq!(ids.len(), 2);
        assert_eq!(lab.selected.as_ref(), ids.first());
        lab.settle();
        for i in &ids {
            let out = lab
                .world
                .guest_exec(LAB_REGION, i, "cat /usr/share/nginx/html/index.html")
                .unwrap();
            assert_eq!(out.stdout, "<h1>golden</h1>\n");
            let out = lab.world.guest_exec(LAB_REGION, i, "which nginx").unwrap();
            assert_eq!(out.exit_code, 0, "{out:?}");
        }
        // A bad count gets EC2's error, and nothing launches.
        assert!(lab.launch_from_image(&image, "t3.micro", 0).is_empty());
        assert_eq!(lab.last_error.as_ref().unwrap().operation, "RunInstances");
        // arm64 on an x86_64 image: EC2 refuses.
        assert!(lab.launch_from_image(&image, "t4g.micro", 1).is_empty());
    }

    /// CopyImage: a new ID in the other region, pending then available; the copy is independent.
    #[test]
    fn copying_gives_a_new_image_in_the_other_region() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let image = lab.create_image(&id, "web-golden", "", true).unwrap();
        // Still pending: EC2 refuses to copy it.
        assert_eq!(lab.copy_image(&image, "ap-northeast-2", "web-golden"), None);
        lab.settle();
        let copy = lab
            .copy_image(&image, "ap-northeast-2", "web-golden")
            .unwrap();
        assert_ne!(copy, image);
        let c = lab.world.images().find(|i| i.id == copy).unwrap();
        assert_eq!(c.region, "ap-northeast-2");
        assert_eq!(c.state, ImageState::Pending);
        lab.settle();
        assert_eq!(state_of(&lab.world, &copy), ImageState::Available);
        let lineage = lab.world.image_lineage(&image).unwrap();
        assert_eq!(
            lineage.copies,
            vec![("ap-northeast-2".to_string(), copy.clone())]
        );
        lab.deregister_image(&image);
        assert_eq!(state_of(&lab.world, &copy), ImageState::Available);
    }

    /// DeregisterImage: instances keep running, snapshots remain, no new launches.
    #[test]
    fn deregistering_leaves_instances_running_and_snapshots_in_place() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let image = lab.create_image(&id, "web-golden", "", false).unwrap();
        lab.settle();
        let ids = lab.launch_from_image(&image, "t3.micro", 2);
        lab.settle();
        let snapshots: Vec<String> = lab
            .world
            .images()
            .find(|i| i.id == image)
            .unwrap()
            .snapshot_ids()
            .map(String::from)
            .collect();
        assert!(!snapshots.is_empty());
        lab.deregister_image(&image);
        assert_eq!(lab.last_error, None);
        assert_eq!(state_of(&lab.world, &image), ImageState::Deregistered);
        for i in ids.iter().chain([&id]) {
            assert_eq!(phase(&lab, i), LifecycleState::Running);
        }
        for s in &snapshots {
            assert!(lab.world.snapshots().any(|x| &x.id == s), "{s} remains");
        }
        assert!(lab.launch_from_image(&image, "t3.micro", 1).is_empty());
        assert_eq!(
            lab.last_error.as_ref().unwrap().error.code,
            "InvalidAMIID.NotFound"
        );
        // A public image is not yours to deregister.
        let public = public_image_id(LAB_REGION, DEFAULT_IMAGE_KEY).unwrap();
        lab.deregister_image(&public);
        assert_eq!(
            lab.last_error.as_ref().unwrap().operation,
            "DeregisterImage"
        );
    }

    /// The lineage the page draws: base AMI → instance → snapshots → image → launched instances.
    #[test]
    fn the_lineage_links_the_whole_chain() {
        let mut lab = lab();
        let id = web_server(&mut lab);
        let base = lab.world.instance(&id).unwrap().image_id.clone();
        let image = lab.create_image(&id, "web-golden", "", false).unwrap();
        lab.settle();
        let ids = lab.launch_from_image(&image, "t3.micro", 2);
        let lineage = lab.world.image_lineage(&image).unwrap();
        assert_eq!(lineage.base_image_id.as_deref(), Some(base.as_str()));
        assert_eq!(lineage.source_instance_id.as_deref(), Some(id.as_str()));
        assert_eq!(lineage.snapshots.len(), 1);
        let mut launched = lineage.launched_instances.clone();
        launched.sort();
        let mut expected = ids.clone();
        expected.sort();
        assert_eq!(launched, expected);
    }

    #[test]
    fn default_types_follow_the_architecture() {
        assert_eq!(default_type_for("x86_64", false), "t3.micro");
        assert_eq!(default_type_for("arm64", false), "t4g.micro");
        assert_eq!(default_type_for("x86_64", true), "m3.medium");
    }
}
