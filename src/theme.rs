//! A small set of named colours mapped to styles in one place.

use ratatui::style::{Color, Modifier, Style};

pub use crate::render::markdown::Styles as MdStyles;

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
    /// Rendered markdown (the archive reader, the editor's preview).
    pub markdown: MdStyles,
    /// The editor's own marks.
    pub editor: EditorColours,
}

/// The editor's styles that are not the panes' (the editor widget takes
/// them from here; no colour of its own).
#[derive(Debug, Clone)]
pub struct EditorColours {
    pub line_number: Style,
    pub selection: Style,
    pub search: Style,
    pub popup: Style,
    pub popup_selected: Style,
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
            markdown: MdStyles::default(),
            editor: EditorColours {
                line_number: Style::default().fg(Color::DarkGray),
                selection: Style::default().bg(Color::LightBlue).fg(Color::Black),
                search: Style::default().bg(Color::Yellow).fg(Color::Black),
                popup: Style::default().bg(Color::DarkGray).fg(Color::White),
                popup_selected: Style::default().bg(Color::Blue).fg(Color::White).add_modifier(Modifier::BOLD),
            },
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
                Color::Rgb(0, 120, 140),
                Color::Red,
                Color::Rgb(200, 90, 0),
            ]
            .into_iter()
            .map(|c| Style::default().fg(c))
            .collect(),
            // dark colours on a light background: no yellow, cyan or light-* text
            highlight: Style::default().fg(Color::Black).bg(Color::Rgb(255, 225, 110)),
            highlight_selected: Style::default()
                .fg(Color::Black)
                .bg(Color::Rgb(255, 200, 60))
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::default().fg(Color::Green),
            warn: Style::default().fg(Color::Rgb(150, 90, 0)),
            today: Style::default().fg(Color::Rgb(150, 90, 0)).add_modifier(Modifier::BOLD),
            next: Style::default().fg(Color::Green).add_modifier(Modifier::BOLD),
            cancelled: Style::default().fg(Color::Gray).add_modifier(Modifier::CROSSED_OUT),
            markdown: MdStyles {
                heading: [
                    Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                    Style::new().fg(Color::Rgb(0, 70, 140)).add_modifier(Modifier::BOLD),
                ],
                strike: Style::new().fg(Color::Gray).add_modifier(Modifier::CROSSED_OUT),
                code: Style::new().fg(Color::Rgb(160, 50, 0)),
                link: Style::new().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
                quote: Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
                table_border: Style::new().fg(Color::Gray),
                task_done: Style::new().fg(Color::Green),
                task_open: Style::new().fg(Color::Rgb(150, 90, 0)),
                rule: Style::new().fg(Color::Gray),
                ..MdStyles::default()
            },
            editor: EditorColours {
                line_number: Style::default().fg(Color::Gray),
                selection: Style::default().bg(Color::Rgb(180, 200, 255)).fg(Color::Black),
                search: Style::default().bg(Color::Rgb(255, 225, 110)).fg(Color::Black),
                popup: Style::default().bg(Color::Rgb(225, 225, 225)).fg(Color::Black),
                popup_selected: Style::default().bg(Color::Blue).fg(Color::White).add_modifier(Modifier::BOLD),
            },
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
            markdown: MdStyles::plain(),
            editor: EditorColours {
                line_number: s.add_modifier(Modifier::DIM),
                selection: s.add_modifier(Modifier::REVERSED),
                search: s.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
                popup: s.add_modifier(Modifier::REVERSED),
                popup_selected: s.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            },
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every foreground/background a theme sets, markdown and editor included.
    fn all_styles(t: &Theme) -> Vec<(String, Style)> {
        let mut v: Vec<(String, Style)> = vec![
            ("base", t.base),
            ("dim", t.dim),
            ("title", t.title),
            ("border", t.border),
            ("border_focus", t.border_focus),
            ("tab", t.tab),
            ("tab_active", t.tab_active),
            ("selected", t.selected),
            ("highlight", t.highlight),
            ("highlight_selected", t.highlight_selected),
            ("status", t.status),
            ("error", t.error),
            ("ok", t.ok),
            ("warn", t.warn),
            ("banner", t.banner),
            ("today", t.today),
            ("next", t.next),
            ("cancelled", t.cancelled),
            ("changed", t.changed),
            ("link", t.link),
        ]
        .into_iter()
        .map(|(n, s)| (n.to_string(), s))
        .collect();
        let m = &t.markdown;
        for (i, h) in m.heading.iter().enumerate() {
            v.push((format!("md heading {i}"), *h));
        }
        for (n, s) in [
            ("md strike", m.strike),
            ("md code", m.code),
            ("md link", m.link),
            ("md quote", m.quote),
            ("md table", m.table_border),
            ("md done", m.task_done),
            ("md open", m.task_open),
            ("md rule", m.rule),
        ] {
            v.push((n.to_string(), s));
        }
        let e = &t.editor;
        for (n, s) in [
            ("ed line", e.line_number),
            ("ed selection", e.selection),
            ("ed search", e.search),
            ("ed popup", e.popup),
            ("ed popup_selected", e.popup_selected),
        ] {
            v.push((n.to_string(), s));
        }
        v.extend(t.series.iter().enumerate().map(|(i, s)| (format!("series {i}"), *s)));
        v
    }

    #[test]
    fn mono_has_no_colour_at_all() {
        for (n, s) in all_styles(&Theme::named("mono")) {
            assert!(s.fg.is_none() && s.bg.is_none(), "mono {n}: {s:?}");
        }
    }

    #[test]
    fn light_text_is_never_a_light_colour_on_the_terminal_background() {
        let light = [
            Color::Yellow,
            Color::LightYellow,
            Color::LightCyan,
            Color::LightGreen,
            Color::White,
            Color::LightBlue,
            Color::LightMagenta,
            Color::LightRed,
            Color::Cyan,
        ];
        for (n, s) in all_styles(&Theme::named("light")) {
            // text on its own background is fine; on the terminal's (light) background it must be dark
            if s.bg.is_none() {
                assert!(!s.fg.is_some_and(|c| light.contains(&c)), "light theme {n}: {s:?}");
            }
        }
    }

    #[test]
    fn highlights_differ_from_the_selection_in_every_theme() {
        for name in ["dark", "light", "mono"] {
            let t = Theme::named(name);
            assert_ne!(t.highlight_selected, t.selected, "{name}");
            assert_ne!(t.editor.search, t.editor.selection, "{name}");
        }
    }
}
