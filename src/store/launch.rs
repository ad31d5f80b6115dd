//! The launch wizard's action: RunInstances with the request the wizard built (issue 5).

use super::{LabState, LaunchOutcome};
use crate::sim::RunInstancesRequest;

impl LabState {
    /// Launches what the wizard built. Success selects the first new instance (as the console
    /// does after a launch); a refusal keeps EC2's error for the wizard to show, and the world
    /// is unchanged (RunInstances checks everything first).
    pub fn launch(&mut self, request: &RunInstancesRequest) {
        let seq = self.launch_outcome.as_ref().map_or(1, |o| o.seq + 1);
        let result = self.world.run_instances(request);
        match &result {
            Ok(reservation) => {
                self.last_error = None;
                self.selected = reservation.instance_ids.first().cloned();
            }
            Err(error) => self.fail("RunInstances", error.clone()),
        }
        self.launch_outcome = Some(LaunchOutcome {
            seq,
            result: result.map(|r| r.instance_ids),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::{persist, LAB_REGION};
    use super::*;
    use crate::sim::ami::public_image_id;

    fn lab() -> LabState {
        LabState::new(persist::fresh_world(), None)
    }

    #[test]
    fn a_launch_selects_the_first_new_instance_and_counts_outcomes() {
        let mut lab = lab();
        let image = public_image_id(LAB_REGION, "al2023-x86_64").unwrap();
        lab.launch(&RunInstancesRequest::new(LAB_REGION, &image, "m5d.large").count(3));
        let outcome = lab.launch_outcome.clone().unwrap();
        assert_eq!(outcome.seq, 1);
        let ids = outcome.result.unwrap();
        assert_eq!(ids.len(), 3);
        assert_eq!(lab.selected.as_ref(), ids.first());

        // An arm64 AMI on an x86_64 type: EC2's error, nothing launched.
        let arm = public_image_id(LAB_REGION, "al2023-arm64").unwrap();
        let before = lab.world.clone();
        lab.launch(&RunInstancesRequest::new(LAB_REGION, &arm, "m5d.large"));
        let outcome = lab.launch_outcome.clone().unwrap();
        assert_eq!(outcome.seq, 2);
        assert_eq!(outcome.result.unwrap_err().code, "InvalidParameterValue");
        assert_eq!(lab.last_error.as_ref().unwrap().operation, "RunInstances");
        assert_eq!(lab.world, before);
    }
}
