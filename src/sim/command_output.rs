//! What one command line printed and its exit status, as a shell reports it: the AWS CLI lines of
//! the console (`cli::execute`) and the commands run inside an instance (`guest`) answer alike.

use serde::{Deserialize, Serialize};

/// Standard output, standard error and the exit status (0 = success) of one command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

impl CommandOutput {
    pub(crate) fn ok(stdout: String) -> CommandOutput {
        CommandOutput {
            stdout,
            stderr: String::new(),
            exit_code: 0,
        }
    }

    pub(crate) fn err(stderr: String, exit_code: i32) -> CommandOutput {
        CommandOutput {
            stdout: String::new(),
            stderr,
            exit_code,
        }
    }

    pub fn is_ok(&self) -> bool {
        self.exit_code == 0
    }
}
