//! The launch wizard's logic, free of any UI (issue 5): the form the learner fills in
//! ([`form`]), the AMIs it offers ([`images`]), what is wrong with it and what it would create
//! ([`check`]), and the equivalent `aws ec2 run-instances` command ([`command`]). The components
//! in `components/launch/` only render these; the tests drive them natively.

pub mod check;
pub mod command;
pub mod form;
pub mod images;

pub use check::{check, Checked, Field, FieldProblem, Note, Problem, StoreDisk};
pub use command::run_instances_command;
pub use form::{ExtraVolume, LaunchEdit, LaunchForm, TagRow};
pub use images::{image_choices, ImageChoice, ImageGroup};
