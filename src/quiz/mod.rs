//! The self-quiz's logic, free of browser APIs so it is tested natively: the FSRS schedule
//! (`schedule`), saving it (`persist`), a sitting's questions and answers (`session`), the page's
//! reducer (`state`), and questions generated and graded by the simulator (`generate`, `rng`).

pub mod generate;
pub mod persist;
pub mod rng;
pub mod schedule;
pub mod session;
pub mod state;
