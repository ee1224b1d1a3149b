//! The hostile-input and fault-injection suite of issue #11: each module
//! reproduces one class of defect (first red, then green) through the real
//! binary, the fake GitHub, or the library where that is the only way in.

#[path = "../common_fake_github/mod.rs"]
mod common_fake_github;
#[path = "../common_screen/mod.rs"]
mod common_screen;
mod support;

mod calendar_props;
mod config_errors;
mod dates;
mod fuzz;
mod github_faults;
mod local_files;
mod locks;
mod output_sanitiser;
mod panics;
mod schedule_work;
mod warnings;
