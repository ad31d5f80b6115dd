//! The Lab page's parts (issue 4). Each reads the store through `use_lab()` and dispatches actions.

mod billing;
mod case_guide;
mod clock;
mod console;
mod details;
mod diagram;
mod event_log;
mod instance_list;

pub use billing::BillingStrip;
pub use case_guide::CaseGuide;
pub use clock::ClockControls;
pub use console::Console;
pub use details::InstanceDetails;
pub use diagram::LifecycleDiagram;
pub use event_log::EventLog;
pub use instance_list::InstanceList;

use crate::i18n::Text;
use crate::sim::InstanceAction;

pub fn action_label(action: InstanceAction) -> Text {
    match action {
        InstanceAction::Start => Text::ActionStart,
        InstanceAction::Stop => Text::ActionStop,
        InstanceAction::Hibernate => Text::ActionHibernate,
        InstanceAction::ForceStop => Text::ActionForceStop,
        InstanceAction::Reboot => Text::ActionReboot,
        InstanceAction::Terminate => Text::ActionTerminate,
        // Not offered on the Lab page yet.
        InstanceAction::ChangeInstanceType | InstanceAction::CreateImage => Text::ActionStart,
    }
}

/// The Korean console's word for an API state, where the Lab's parts look for it.
pub use crate::i18n::state_term;
