//! Rendering helpers that turn model text into styled ratatui text.

pub mod markdown;
