//! The hostile-input and fault-injection suite of issue #11: each module
//! reproduces one class of defect (first red, then green) through the real
//! binary, the fake GitHub, or the library where that is the only way in.

#[path = "../common_fake_github/mod.rs"]
mod common_fake_github;
mod support;

mod output_sanitiser;
mod config_errors;
mod github_faults;
mod dates;
mod local_files;
mod locks;
mod panics;
mod warnings;
mod schedule_work;
mod fuzz;
mod calendar_props;
