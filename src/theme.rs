//! A small set of named colours mapped to styles in one place.

use ratatui::style::{Color, Modifier, Style};

/// Styles used across the panes.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: &'static str,
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub border: Style,
    pub border_focus: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub selected: Style,
    pub highlight: Style,
    /// A search match on the selected row: must stand out from `selected`.
    pub highlight_selected: Style,
    pub status: Style,
    pub error: Style,
    pub ok: Style,
    pub warn: Style,
    pub banner: Style,
    pub today: Style,
    pub next: Style,
    pub cancelled: Style,
    pub changed: Style,
    pub link: Style,
    /// Series colours, chosen by a stable hash of the series key.
    pub series: Vec<Style>,
}

impl Theme {
    /// "dark" (default), "light" or "mono" (also used for NO_COLOR).
    pub fn named(name: &str) -> Theme {
        match name {
            "mono" => Theme::mono(),
            "light" => Theme::light(),
            _ => Theme::dark(),
        }
    }

    fn dark() -> Theme {
        Theme {
            name: "dark",
            base: Style::default(),
            dim: Style::default().fg(Color::DarkGray),
            title: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::default().fg(Color::DarkGray),
            border_focus: Style::default().fg(Color::Cyan),
            tab: Style::default().fg(Color::Gray),
            tab_active: Style::default().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::default().bg(Color::Rgb(40, 60, 90)).add_modifier(Modifier::BOLD),
            highlight: Style::default().fg(Color::Black).bg(Color::Yellow),
            highlight_selected: Style::default()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            status: Style::default().fg(Color::Gray).bg(Color::Rgb(30, 30, 30)),
            error: Style::default().fg(Color::LightRed).add_modifier(Modifier::BOLD),
            ok: Style::default().fg(Color::LightGreen),
            warn: Style::default().fg(Color::Yellow),
            banner: Style::default().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD),
            today: Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            next: Style::default().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            cancelled: Style::default().fg(Color::DarkGray).add_modifier(Modifier::CROSSED_OUT),
            changed: Style::default().fg(Color::Magenta),
            link: Style::default().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            series: [
                Color::LightBlue,
                Color::LightGreen,
                Color::LightMagenta,
                Color::LightYellow,
                Color::LightCyan,
                Color::LightRed,
                Color::Rgb(255, 165, 0),
            ]
            .into_iter()
            .map(|c| Style::default().fg(c))
            .collect(),
        }
    }

    fn light() -> Theme {
        Theme {
            name: "light",
            dim: Style::default().fg(Color::Gray),
            title: Style::default().fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: Style::default().fg(Color::Gray),
            border_focus: Style::default().fg(Color::Blue),
            tab: Style::default().fg(Color::DarkGray),
            tab_active: Style::default().fg(Color::White).bg(Color::Blue).add_modifier(Modifier::BOLD),
            selected: Style::default().bg(Color::Rgb(200, 220, 255)).add_modifier(Modifier::BOLD),
            status: Style::default().fg(Color::Black).bg(Color::Rgb(225, 225, 225)),
            series: [
                Color::Blue,
                Color::Green,
                Color::Magenta,
                Color::Rgb(150, 100, 0),
                Color::Cyan,
                Color::Red,
                Color::Rgb(200, 90, 0),
            ]
            .into_iter()
            .map(|c| Style::default().fg(c))
            .collect(),
            ..Theme::dark()
        }
    }

    fn mono() -> Theme {
        let s = Style::default();
        Theme {
            name: "mono",
            base: s,
            dim: s.add_modifier(Modifier::DIM),
            title: s.add_modifier(Modifier::BOLD),
            border: s,
            border_focus: s.add_modifier(Modifier::BOLD),
            tab: s,
            tab_active: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected: s.add_modifier(Modifier::REVERSED),
            highlight: s.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            // The selected row is reversed: a match there is the row's text un-reversed.
            highlight_selected: s
                .add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
                .remove_modifier(Modifier::REVERSED),
            status: s.add_modifier(Modifier::REVERSED),
            error: s.add_modifier(Modifier::BOLD),
            ok: s,
            warn: s.add_modifier(Modifier::BOLD),
            banner: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            today: s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            next: s.add_modifier(Modifier::BOLD),
            cancelled: s.add_modifier(Modifier::CROSSED_OUT | Modifier::DIM),
            changed: s.add_modifier(Modifier::ITALIC),
            link: s.add_modifier(Modifier::UNDERLINED),
            series: vec![s],
        }
    }

    /// The colour of a series (stable across runs).
    pub fn series_style(&self, key: &str) -> Style {
        let h = key.bytes().fold(5381u32, |h, b| h.wrapping_mul(33) ^ u32::from(b));
        self.series[(h as usize) % self.series.len().max(1)]
    }

    /// Whether this theme uses colour.
    pub fn is_mono(&self) -> bool {
        self.name == "mono"
    }
}
