//! The lifecycle diagram's model: its states, its edges, where they are drawn, and whether each edge
//! can be taken now. Pure (the component in `components/lifecycle_diagram.rs` only draws it), so the
//! rules "which edge is enabled, which state is highlighted" are tested natively for every state.
//!
//! States follow ec2-facts 1.1 (six API states) plus the teaching phase "rebooting" (not an API
//! state: the instance stays `running`). Edges follow ec2-facts 1.2.

pub mod cases;

use crate::i18n::Text;
use crate::sim::{ApiError, DisplayPhase, Effect, Instance, InstanceAction, World};

/// A box on the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Pending,
    Running,
    Rebooting,
    Stopping,
    Stopped,
    ShuttingDown,
    Terminated,
}

impl Node {
    pub const ALL: [Node; 7] = [
        Node::Pending,
        Node::Running,
        Node::Rebooting,
        Node::Stopping,
        Node::Stopped,
        Node::ShuttingDown,
        Node::Terminated,
    ];

    /// The state's identifier as the API (or, for rebooting, the teaching diagram) writes it.
    pub fn id(self) -> &'static str {
        match self {
            Node::Pending => "pending",
            Node::Running => "running",
            Node::Rebooting => "rebooting",
            Node::Stopping => "stopping",
            Node::Stopped => "stopped",
            Node::ShuttingDown => "shutting-down",
            Node::Terminated => "terminated",
        }
    }

    /// The Korean console's word for it (product.md).
    pub fn term(self) -> Text {
        match self {
            Node::Pending => Text::StatePending,
            Node::Running => Text::StateRunning,
            Node::Rebooting => Text::StateRebooting,
            Node::Stopping => Text::StateStopping,
            Node::Stopped => Text::StateStopped,
            Node::ShuttingDown => Text::StateShuttingDown,
            Node::Terminated => Text::StateTerminated,
        }
    }

    /// Reached states are where an instance rests; transitional ones pass by themselves with time
    /// (the learner's notes group them so).
    pub fn is_reached(self) -> bool {
        matches!(self, Node::Running | Node::Stopped | Node::Terminated)
    }

    /// Where an instance in this display phase is drawn (hibernating is a kind of stopping).
    pub fn of_phase(phase: DisplayPhase) -> Node {
        match phase {
            DisplayPhase::Pending => Node::Pending,
            DisplayPhase::Running => Node::Running,
            DisplayPhase::Rebooting => Node::Rebooting,
            DisplayPhase::Stopping | DisplayPhase::Hibernating => Node::Stopping,
            DisplayPhase::Stopped | DisplayPhase::Hibernated => Node::Stopped,
            DisplayPhase::ShuttingDown => Node::ShuttingDown,
            DisplayPhase::Terminated => Node::Terminated,
        }
    }

    /// The centre of the node's box in the SVG's coordinates (viewBox 0 0 800 400).
    pub fn centre(self) -> (f64, f64) {
        match self {
            Node::Pending => (110.0, 80.0),
            Node::Running => (400.0, 80.0),
            Node::Rebooting => (690.0, 80.0),
            Node::Stopped => (110.0, 260.0),
            Node::Stopping => (300.0, 260.0),
            Node::ShuttingDown => (520.0, 260.0),
            Node::Terminated => (710.0, 260.0),
        }
    }
}

pub const NODE_WIDTH: f64 = 130.0;
pub const NODE_HEIGHT: f64 = 50.0;
pub const VIEW_WIDTH: f64 = 800.0;
pub const VIEW_HEIGHT: f64 = 380.0;
pub const VIEW_BOX: &str = "0 0 800 380";

/// What moves an instance along an edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The learner's API call.
    Action(InstanceAction),
    /// Completes by itself when its time has come.
    Time,
}

/// One arrow of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: Node,
    pub to: Node,
    pub trigger: Trigger,
}

const fn action(from: Node, to: Node, a: InstanceAction) -> Edge {
    Edge {
        from,
        to,
        trigger: Trigger::Action(a),
    }
}

const fn time(from: Node, to: Node) -> Edge {
    Edge {
        from,
        to,
        trigger: Trigger::Time,
    }
}

/// ec2-facts 1.2, as the diagram draws it.
pub const EDGES: [Edge; 11] = [
    time(Node::Pending, Node::Running),
    action(Node::Running, Node::Rebooting, InstanceAction::Reboot),
    time(Node::Rebooting, Node::Running),
    action(Node::Running, Node::Stopping, InstanceAction::Stop),
    action(Node::Running, Node::Stopping, InstanceAction::Hibernate),
    action(Node::Stopping, Node::Stopped, InstanceAction::ForceStop),
    time(Node::Stopping, Node::Stopped),
    action(Node::Stopped, Node::Pending, InstanceAction::Start),
    action(Node::Running, Node::ShuttingDown, InstanceAction::Terminate),
    action(Node::Stopped, Node::ShuttingDown, InstanceAction::Terminate),
    time(Node::ShuttingDown, Node::Terminated),
];

impl Edge {
    /// The arrow's path (SVG `d`) and where its label sits.
    pub fn geometry(self) -> (&'static str, (f64, f64)) {
        use Node::*;
        match (self.from, self.to) {
            (Pending, Running) => ("M175 80 H330", (252.0, 64.0)),
            (Running, Rebooting) => ("M465 68 H620", (542.0, 50.0)),
            (Rebooting, Running) => ("M625 94 H470", (548.0, 112.0)),
            (Running, Stopping) => ("M370 105 L318 230", (300.0, 170.0)),
            (Stopping, Stopped) => ("M235 260 H180", (207.0, 300.0)),
            (Stopped, Pending) => ("M110 235 V110", (110.0, 172.0)),
            (Running, ShuttingDown) => ("M430 105 L502 230", (500.0, 160.0)),
            (Stopped, ShuttingDown) => ("M110 285 V345 H520 V290", (330.0, 345.0)),
            (ShuttingDown, Terminated) => ("M585 260 H640", (612.0, 240.0)),
            _ => ("", (0.0, 0.0)),
        }
    }
}

/// Why an action edge cannot be taken now.
#[derive(Clone, Debug, PartialEq)]
pub enum Unavailable {
    /// The instance is not in the edge's source state.
    NotFromHere { current: Node },
    /// EC2 would refuse it: the real error.
    Refused(ApiError),
    /// EC2 would accept it and change nothing (an idempotent call).
    NoEffect,
}

/// Whether the edge's action can be taken now on this instance.
pub fn edge_status(world: &World, instance: &Instance, edge: Edge) -> Result<(), Unavailable> {
    let Trigger::Action(action) = edge.trigger else {
        return Err(Unavailable::NoEffect);
    };
    let current = Node::of_phase(instance.phase(world.now()).phase);
    // The engine's check comes first: a refusal (protection, instance-store root) is worth more
    // to the learner than "not from here".
    match world.check(&instance.region, &instance.id, action) {
        Err(error) => Err(Unavailable::Refused(error)),
        Ok(_) if current != edge.from => Err(Unavailable::NotFromHere { current }),
        Ok(Effect::Transition(_)) | Ok(Effect::Other) => Ok(()),
        Ok(Effect::NoOp) | Ok(Effect::Ignored) => Err(Unavailable::NoEffect),
    }
}

/// The edges the diagram draws for this instance: hibernate only where it was launched with it
/// (ec2-facts 1.2: hibernation is enabled at launch only).
pub fn edges_for(instance: Option<&Instance>) -> impl Iterator<Item = Edge> + '_ {
    EDGES.into_iter().filter(move |e| {
        e.trigger != Trigger::Action(InstanceAction::Hibernate)
            || instance.is_some_and(|i| i.hibernation_configured)
    })
}

#[cfg(test)]
mod tests;
