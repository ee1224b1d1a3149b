//! Editor pane state (placeholder until the editor engine is wired in).

use std::time::Duration;

use ratatui::crossterm::event::KeyEvent;

use super::list::ListState;
use super::{Action, App, Cmd, Msg};
use crate::config::Config;
use crate::ui::theme::Theme;

pub struct SaveJob;
impl SaveJob {
    pub fn run(self) -> Msg {
        Msg::Info("saved".into())
    }
}
pub struct PublishJob;
impl PublishJob {
    pub async fn run(self) -> Result<String, String> {
        Err("not available".into())
    }
}

pub struct EditorPane {
    pub drafts: ListState,
}

impl EditorPane {
    pub fn new(_cfg: &Config, _theme: &Theme) -> Self {
        EditorPane { drafts: ListState::default() }
    }
    pub fn wants_keys(&self) -> bool {
        false
    }
    pub fn on_key(&mut self, _k: KeyEvent) -> Vec<Cmd> {
        vec![]
    }
    pub fn paste(&mut self, _s: &str) {}
    pub fn flush_for_quit(&mut self) {}
    pub fn on_leave(&mut self) -> Vec<Cmd> {
        vec![]
    }
    pub fn autosave_in(&self) -> Option<Duration> {
        None
    }
    pub fn save_job(&mut self) -> Option<SaveJob> {
        None
    }
    pub fn publish_job(&mut self, _s: &crate::sync::SyncSettings) -> Option<PublishJob> {
        None
    }
    pub fn run_external_editor(&mut self) -> Result<(), String> {
        Ok(())
    }
    pub fn on_data(&mut self) {}
    pub fn on_published(&mut self, _r: Result<String, String>) {}
    pub fn focused_list(&self) -> Option<&ListState> {
        Some(&self.drafts)
    }
    pub fn focused_list_mut(&mut self) -> Option<&mut ListState> {
        Some(&mut self.drafts)
    }
}

pub fn on_action(_app: &mut App, _a: Action) -> Vec<Cmd> {
    vec![]
}
