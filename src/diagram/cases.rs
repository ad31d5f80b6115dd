//! The five cases of the learner's notes as guided walk-throughs on the diagram: first launch; stop a
//! running instance; restart a stopped one; terminate a stopped one; terminate a running one. Each is
//! a starting state and a few steps, each step an action or time passing, with what happens and why
//! (ec2-facts 1.1–1.4).

use crate::content::ExperimentId;
use crate::i18n::Text;
use crate::sim::InstanceAction;

use super::Node;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseId {
    FirstLaunch,
    StopRunning,
    RestartStopped,
    TerminateStopped,
    TerminateRunning,
}

/// What a step does when the learner takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// RunInstances with the Lab's defaults.
    Launch,
    Action(InstanceAction),
    /// Let the simulated clock run to the next change.
    Wait,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseStep {
    pub kind: StepKind,
    /// Where the instance is once the step is done.
    pub reaches: Node,
    /// What happens and why.
    pub explanation: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    pub id: CaseId,
    pub title: Text,
    /// The state the walk-through starts from (None: no instance yet).
    pub start: Option<Node>,
    pub steps: &'static [CaseStep],
    pub experiment: ExperimentId,
}

const fn step(kind: StepKind, reaches: Node, explanation: Text) -> CaseStep {
    CaseStep {
        kind,
        reaches,
        explanation,
    }
}

pub const CASES: [Case; 5] = [
    Case {
        id: CaseId::FirstLaunch,
        title: Text::Case1Title,
        start: None,
        steps: &[
            step(StepKind::Launch, Node::Pending, Text::Case1Step1),
            step(StepKind::Wait, Node::Running, Text::Case1Step2),
        ],
        experiment: ExperimentId::FirstLaunch,
    },
    Case {
        id: CaseId::StopRunning,
        title: Text::Case2Title,
        start: Some(Node::Running),
        steps: &[
            step(
                StepKind::Action(InstanceAction::Stop),
                Node::Stopping,
                Text::Case2Step1,
            ),
            step(StepKind::Wait, Node::Stopped, Text::Case2Step2),
        ],
        experiment: ExperimentId::StopRunning,
    },
    Case {
        id: CaseId::RestartStopped,
        title: Text::Case3Title,
        start: Some(Node::Stopped),
        steps: &[
            step(
                StepKind::Action(InstanceAction::Start),
                Node::Pending,
                Text::Case3Step1,
            ),
            step(StepKind::Wait, Node::Running, Text::Case3Step2),
        ],
        experiment: ExperimentId::RestartStopped,
    },
    Case {
        id: CaseId::TerminateStopped,
        title: Text::Case4Title,
        start: Some(Node::Stopped),
        steps: &[
            step(
                StepKind::Action(InstanceAction::Terminate),
                Node::ShuttingDown,
                Text::Case4Step1,
            ),
            step(StepKind::Wait, Node::Terminated, Text::Case4Step2),
        ],
        experiment: ExperimentId::TerminateStopped,
    },
    Case {
        id: CaseId::TerminateRunning,
        title: Text::Case5Title,
        start: Some(Node::Running),
        steps: &[
            step(
                StepKind::Action(InstanceAction::Terminate),
                Node::ShuttingDown,
                Text::Case5Step1,
            ),
            step(StepKind::Wait, Node::Terminated, Text::Case5Step2),
        ],
        experiment: ExperimentId::TerminateRunning,
    },
];

/// The case that sets up a Lab experiment, for the experiments that are one of the five cases.
pub fn case_for(experiment: ExperimentId) -> Option<CaseId> {
    CASES
        .iter()
        .find(|c| c.experiment == experiment)
        .map(|c| c.id)
}

pub fn case(id: CaseId) -> &'static Case {
    CASES.iter().find(|c| c.id == id).unwrap_or(&CASES[0])
}

impl Case {
    /// The states the case passes through, in order: "stopped → pending → running".
    pub fn path(&self) -> Vec<Node> {
        self.start
            .into_iter()
            .chain(self.steps.iter().map(|s| s.reaches))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_lifecycle_experiments_each_have_their_case() {
        for c in CASES {
            assert_eq!(case_for(c.experiment), Some(c.id));
            assert_eq!(case(c.id), &c);
        }
        assert_eq!(case_for(ExperimentId::CustomAmi), None);
    }
}
