//! Keys -> actions. Defaults follow lazygit/gitui/gh-dash; `[keys]` in the
//! config overrides single bindings by action name.

use std::collections::HashMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can ask for, independent of the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    NextPane,
    PrevPane,
    GoPane(usize),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    Filter,
    Help,
    OpenUrl,
    CopyUrl,
    Refresh,
    PrevGroup,
    NextGroup,
    Today,
    Mine,
    CycleStatus,
    NewDraft,
    /// Back to where the last jump came from (Ctrl-O).
    HistoryBack,
    /// Forward again (Ctrl-I).
    HistoryForward,
    /// The command palette (`:`): every action by name, fuzzy matched.
    Palette,
}

/// (config name, action, help text). The order is the command palette's order
/// (after the focused pane's own actions).
pub const ACTIONS: &[(&str, Action, &str)] = &[
    ("quit", Action::Quit, "quit"),
    ("next_pane", Action::NextPane, "next pane"),
    ("prev_pane", Action::PrevPane, "previous pane"),
    ("up", Action::Up, "move up"),
    ("down", Action::Down, "move down"),
    ("left", Action::Left, "left / previous column"),
    ("right", Action::Right, "right / next column"),
    ("page_up", Action::PageUp, "page up"),
    ("page_down", Action::PageDown, "page down"),
    ("top", Action::Top, "first item"),
    ("bottom", Action::Bottom, "last item"),
    ("open", Action::Open, "open / details"),
    ("back", Action::Back, "back / close"),
    ("filter", Action::Filter, "filter the list as you type (fuzzy)"),
    ("help", Action::Help, "show the keys of this pane (help)"),
    ("open_url", Action::OpenUrl, "open the link in the browser"),
    ("copy_url", Action::CopyUrl, "copy the link (OSC 52)"),
    ("refresh", Action::Refresh, "refresh / sync"),
    ("prev_group", Action::PrevGroup, "previous week / team / heading"),
    ("next_group", Action::NextGroup, "next week / team / heading"),
    ("today", Action::Today, "jump to today"),
    ("mine", Action::Mine, "only my items"),
    ("cycle_status", Action::CycleStatus, "cycle status filter"),
    ("new_draft", Action::NewDraft, "new draft"),
    ("history_back", Action::HistoryBack, "back to where you came from"),
    ("history_forward", Action::HistoryForward, "forward again"),
    ("palette", Action::Palette, "command palette: run any action by name"),
];

impl Action {
    /// The action for a config name such as `"quit"`.
    pub fn from_name(name: &str) -> Option<Action> {
        ACTIONS.iter().find(|(n, _, _)| *n == name).map(|(_, a, _)| *a)
    }
    /// Help text of an action.
    pub fn describe(self) -> &'static str {
        match self {
            Action::GoPane(_) => "go to pane",
            a => ACTIONS.iter().find(|(_, x, _)| *x == a).map(|(_, _, d)| *d).unwrap_or(""),
        }
    }
}

/// A key as written in the config: "q", "ctrl-c", "shift-tab", "f5", "enter", "pgdn".
pub fn parse_key(s: &str) -> Option<KeyEvent> {
    let s = s.trim();
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl-").or_else(|| lower.strip_prefix("c-")) {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("alt-").or_else(|| lower.strip_prefix("m-")) {
            mods |= KeyModifiers::ALT;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("shift-") {
            mods |= KeyModifiers::SHIFT;
            rest = &rest[rest.len() - r.len()..];
        } else {
            break;
        }
    }
    let code = match rest.to_ascii_lowercase().as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" if mods.contains(KeyModifiers::SHIFT) => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        f if f.len() >= 2 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?)
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some(KeyEvent::new(code, mods))
}

/// Human form of a key for the help overlay.
pub fn key_label(k: &KeyEvent) -> String {
    let mut s = String::new();
    if k.modifiers.contains(KeyModifiers::CONTROL) {
        s.push_str("Ctrl-");
    }
    if k.modifiers.contains(KeyModifiers::ALT) {
        s.push_str("Alt-");
    }
    match k.code {
        KeyCode::Char(' ') => s.push_str("Space"),
        KeyCode::Char(c) => s.push(c),
        KeyCode::Enter => s.push_str("Enter"),
        KeyCode::Esc => s.push_str("Esc"),
        KeyCode::Tab => s.push_str("Tab"),
        KeyCode::BackTab => s.push_str("Shift-Tab"),
        KeyCode::Up => s.push('↑'),
        KeyCode::Down => s.push('↓'),
        KeyCode::Left => s.push('←'),
        KeyCode::Right => s.push('→'),
        KeyCode::PageUp => s.push_str("PgUp"),
        KeyCode::PageDown => s.push_str("PgDn"),
        KeyCode::Home => s.push_str("Home"),
        KeyCode::End => s.push_str("End"),
        KeyCode::F(n) => s.push_str(&format!("F{n}")),
        other => s.push_str(&format!("{other:?}")),
    }
    s
}

/// Keys a pane reads for itself (not remappable): (key, pane, what).
pub const PANE_KEYS: &[(char, &str, &str)] = &[
    ('d', "Archive", "decisions timeline"),
    ('a', "Archive", "all meetings"),
    ('z', "Sprint board", "show hidden columns"),
    ('T', "Overview", "pick my teams"),
    ('D', "Editor", "delete draft"),
    ('R', "Editor", "rename draft"),
    ('x', "Editor", "export draft"),
    ('p', "Editor", "publish draft"),
    ('S', "Editor", "save to the clone"),
    ('p', "Schedule", "open the meeting's HedgeDoc pad"),
];

/// The config name of an action ("go_pane" for the digits).
fn action_name(a: Action) -> String {
    match a {
        Action::GoPane(i) => format!("pane {}", i + 1),
        a => ACTIONS.iter().find(|(_, x, _)| *x == a).map(|(n, _, _)| n.to_string()).unwrap_or_default(),
    }
}

/// The compiled-in bindings.
fn defaults() -> Vec<((KeyCode, KeyModifiers), Action)> {
    use Action::{
        Back, Bottom, CopyUrl, CycleStatus, Filter, GoPane, Help, Mine, NewDraft, NextGroup, NextPane, Open, OpenUrl,
        PrevGroup, PrevPane, Quit, Refresh, Today, Top,
    };
    use KeyCode::*;
    let none = KeyModifiers::NONE;
    let mut v: Vec<(KeyCode, KeyModifiers, Action)> = vec![
        (Char('q'), none, Quit),
        (Char('c'), KeyModifiers::CONTROL, Quit),
        (Tab, none, NextPane),
        (BackTab, none, PrevPane),
        (Up, none, Action::Up),
        (Char('k'), none, Action::Up),
        (Down, none, Action::Down),
        (Char('j'), none, Action::Down),
        (Left, none, Action::Left),
        (Char('h'), none, Action::Left),
        (Right, none, Action::Right),
        (Char('l'), none, Action::Right),
        (PageUp, none, Action::PageUp),
        (Char('u'), KeyModifiers::CONTROL, Action::PageUp),
        (PageDown, none, Action::PageDown),
        (Char('d'), KeyModifiers::CONTROL, Action::PageDown),
        (Char('g'), none, Top),
        (Home, none, Top),
        (Char('G'), none, Bottom),
        (End, none, Bottom),
        (Enter, none, Open),
        (Esc, none, Back),
        (Backspace, none, Back),
        (Char('o'), KeyModifiers::CONTROL, Action::HistoryBack),
        (Char('i'), KeyModifiers::CONTROL, Action::HistoryForward),
        // Ctrl-I is Tab in most terminals: Alt-arrows as in a browser too.
        (Left, KeyModifiers::ALT, Action::HistoryBack),
        (Right, KeyModifiers::ALT, Action::HistoryForward),
        (Char('/'), none, Filter),
        (Char('?'), none, Help),
        (Char(':'), none, Action::Palette),
        (Char('o'), none, OpenUrl),
        (Char('y'), none, CopyUrl),
        (Char('r'), none, Refresh),
        (F(5), none, Refresh),
        (Char('['), none, PrevGroup),
        (Char(']'), none, NextGroup),
        (Char('t'), none, Today),
        (Char('m'), none, Mine),
        (Char('s'), none, CycleStatus),
        (Char('n'), none, NewDraft),
    ];
    for i in 1..=7 {
        v.push((Char(char::from(b'0' + i as u8)), none, GoPane(i - 1)));
    }
    v.into_iter().map(|(c, m, a)| ((c, m), a)).collect()
}

/// The key bindings in force.
#[derive(Debug, Clone)]
pub struct Keymap {
    map: HashMap<(KeyCode, KeyModifiers), Action>,
}

fn norm(k: &KeyEvent) -> (KeyCode, KeyModifiers) {
    // Shift is implied by the character itself ('G'), so ignore it for chars.
    let mut m = k.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if matches!(k.code, KeyCode::Char(_) | KeyCode::BackTab) {
        m.remove(KeyModifiers::SHIFT);
    }
    (k.code, m)
}

/// A `[keys]` override that takes a key already in use; `Display` names both uses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyConflict {
    /// Another action keeps (or was given) the same key.
    #[error(
        "keys.{name} = \"{key}\" conflicts with {other}, which uses the same key; \
         bind {other} to another key too or pick another key"
    )]
    Action { name: String, key: String, other: String },
    /// A pane uses the key for itself.
    #[error("keys.{name} = \"{key}\" conflicts with the {pane} pane's key {c} ({what}); pick another key")]
    Pane { name: String, key: String, pane: String, c: char, what: String },
}

impl Keymap {
    /// Defaults with `overrides` (action name -> key) applied; an override
    /// replaces every default binding of that action.
    pub fn new(overrides: &std::collections::BTreeMap<String, String>) -> Keymap {
        let mut map: HashMap<(KeyCode, KeyModifiers), Action> = defaults().into_iter().collect();
        for (name, key) in overrides {
            if let (Some(action), Some(k)) = (Action::from_name(name), parse_key(key)) {
                map.retain(|_, a| *a != action);
                map.insert(norm(&k), action);
            }
        }
        Keymap { map }
    }

    /// Check `[keys]` overrides: a key may serve one action only. A key that
    /// an override takes from another action's default binding, two
    /// overrides with one key, or a key a pane uses for itself is an error
    /// naming both uses.
    pub fn check(overrides: &std::collections::BTreeMap<String, String>) -> Result<(), KeyConflict> {
        let mut taken: HashMap<(KeyCode, KeyModifiers), String> = HashMap::new();
        let overridden: Vec<Action> = overrides.keys().filter_map(|n| Action::from_name(n)).collect();
        // Defaults of actions that keep them.
        for (k, a) in defaults() {
            if !overridden.contains(&a) {
                taken.insert(k, action_name(a));
            }
        }
        for (name, key) in overrides {
            let Some(k) = parse_key(key) else { continue };
            let k = norm(&k);
            if let Some(other) = taken.get(&k) {
                return Err(KeyConflict::Action { name: name.clone(), key: key.clone(), other: other.clone() });
            }
            if let (KeyCode::Char(c), KeyModifiers::NONE) = k {
                if let Some((_, pane, what)) = PANE_KEYS.iter().find(|(x, _, _)| *x == c) {
                    return Err(KeyConflict::Pane {
                        name: name.clone(),
                        key: key.clone(),
                        pane: (*pane).to_string(),
                        c,
                        what: (*what).to_string(),
                    });
                }
            }
            taken.insert(k, name.clone());
        }
        Ok(())
    }

    /// The first (shortest) key of an action as shown in hints, or `None` when unbound.
    pub fn hint(&self, action: Action) -> Option<String> {
        let keys = self.keys_for(action);
        // Arrows say more than h/l to a newcomer.
        let arrow = keys.iter().find(|k| matches!(k.as_str(), "←" | "→" | "↑" | "↓")).cloned();
        arrow.or_else(|| keys.into_iter().next())
    }

    /// The action bound to a key press, if any.
    pub fn action(&self, key: &KeyEvent) -> Option<Action> {
        self.map.get(&norm(key)).copied()
    }

    /// All keys bound to an action, for the help overlay.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        let mut v: Vec<String> = self
            .map
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|((c, m), _)| key_label(&KeyEvent::new(*c, *m)))
            .collect();
        v.sort_by_key(|s| (s.chars().count(), s.clone()));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys() {
        assert_eq!(parse_key("ctrl-c"), Some(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert_eq!(parse_key("shift-tab"), Some(KeyEvent::new(KeyCode::BackTab, KeyModifiers::NONE)));
        assert_eq!(parse_key("F5"), Some(KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE)));
        assert_eq!(parse_key("pgdn").map(|k| k.code), Some(KeyCode::PageDown));
        assert_eq!(parse_key("ab"), None);
        assert_eq!(parse_key("f99"), None);
    }

    #[test]
    fn override_replaces_default() {
        let mut o = std::collections::BTreeMap::new();
        o.insert("quit".to_string(), "x".to_string());
        let km = Keymap::new(&o);
        assert_eq!(km.action(&KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE)), Some(Action::Quit));
        assert_eq!(km.action(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn conflicting_remaps_name_both_actions() {
        let m = |pairs: &[(&str, &str)]| -> std::collections::BTreeMap<String, String> {
            pairs.iter().map(|(a, k)| (a.to_string(), k.to_string())).collect()
        };
        let e = Keymap::check(&m(&[("quit", "j")])).unwrap_err();
        assert!(matches!(&e, KeyConflict::Action { other, .. } if other == "down"), "{e:?}");
        let e = e.to_string();
        assert!(e.contains("keys.quit") && e.contains("down"), "{e}");
        // Moving `down` away first makes j free.
        assert!(Keymap::check(&m(&[("quit", "j"), ("down", "n")])).is_err(), "n is new_draft's");
        assert!(Keymap::check(&m(&[("quit", "j"), ("down", "ctrl-n")])).is_ok());
        let e = Keymap::check(&m(&[("help", "X"), ("quit", "X")])).unwrap_err().to_string();
        assert!(e.contains("help") && e.contains("quit"), "{e}");
        let e = Keymap::check(&m(&[("refresh", "d")])).unwrap_err();
        assert!(matches!(e, KeyConflict::Pane { c: 'd', .. }), "{e:?}");
        let e = e.to_string();
        assert!(e.contains("decisions"), "{e}");
        assert!(Keymap::check(&m(&[("quit", "Q")])).is_ok());
        let e = Keymap::check(&m(&[("quit", "x")])).unwrap_err().to_string();
        assert!(e.contains("Editor"), "{e}");
    }

    #[test]
    fn hints_follow_remaps() {
        let mut o = std::collections::BTreeMap::new();
        o.insert("quit".to_string(), "x".to_string());
        let km = Keymap::new(&o);
        assert_eq!(km.hint(Action::Quit).as_deref(), Some("x"));
        assert_eq!(Keymap::new(&Default::default()).hint(Action::Help).as_deref(), Some("?"));
    }

    #[test]
    fn shifted_chars_match() {
        let km = Keymap::new(&Default::default());
        assert_eq!(km.action(&KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Bottom));
        assert_eq!(km.action(&KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE)), Some(Action::GoPane(2)));
    }
}
