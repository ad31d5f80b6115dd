//! The storage lab's parts (issue 6): the instance shell, the survival matrix with the learner's
//! guesses, the "EBS vs instance store" experiment, and the Connect button. Each reads the store
//! through `use_lab()` and dispatches `LabAction::Storage`.

mod connect;
mod error_banner;
mod experiment;
mod shell;
mod survival;

pub use connect::{ConnectButton, RetireButton};
pub use error_banner::ErrorBanner;
pub use experiment::StorageExperiment;
pub use shell::InstanceShell;
pub use survival::{row_label, SurvivalPanel};
