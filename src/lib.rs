//! scsdash: a terminal dashboard for the Sovereign Cloud Stack community's meetings.
//!
//! The library holds everything; `main.rs` only parses the CLI and hands off.
//! Engines (`minutes`, `schedule`, `search`, `render`) know nothing of the
//! terminal or the network; `sources` and `sync` fetch bytes; `app` owns the
//! state; `ui` draws it; `tui` runs the event loop; `cli` are the subcommands.
//! The layers and the rule for imports between them are in ARCHITECTURE.md.

pub mod app;
pub mod cli;
pub mod config;
pub mod data;
pub mod editor;
pub mod index;
pub mod keymap;
pub mod logging;
pub mod minutes;
pub mod model;
pub mod remind;
pub mod render;
pub mod schedule;
pub mod search;
pub mod sources;
pub mod sync;
pub mod teams;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
