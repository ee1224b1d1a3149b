//! The layer rule of ARCHITECTURE.md, checked on the source: a module uses
//! `crate::` paths of its own layer or of layers below it, never above.
//! Reads every `src/**/*.rs` file (comments skipped) and fails with the list
//! of offending lines.

use std::path::{Path, PathBuf};

/// Top-level modules by layer, lowest first. Keep in step with ARCHITECTURE.md.
const LAYERS: &[(&str, &[&str])] = &[
    ("foundation", &["model", "text"]),
    ("engines", &["minutes", "schedule", "search", "render"]),
    ("settings", &["config", "keymap", "theme", "logging", "teams"]),
    ("io", &["sources", "sync", "data", "editor", "index", "remind"]),
    ("app", &["app"]),
    ("ui", &["ui"]),
    ("runner", &["tui"]),
    ("cli", &["cli"]),
];

/// Known exceptions, each with the reason it is still there. Empty is the goal.
const EXCEPTIONS: &[(&str, &str, &str)] = &[];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`src/app/list.rs` -> `app`).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// Every `crate::name` in the code part of a line.
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            out.push(name);
        } else if let Some(group) = after.strip_prefix('{') {
            // `use crate::{a::X, b}`: each item's first segment.
            let inner = group.split('}').next().unwrap_or("");
            for item in inner.split(',') {
                let seg: String = item.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !seg.is_empty() {
                    out.push(seg);
                }
            }
        }
        rest = after;
    }
    out
}

/// `src/` and every `.rs` file below it, sorted.
fn src_files() -> (PathBuf, Vec<PathBuf>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    (src, files)
}

#[test]
fn imports_only_go_down_the_layers() {
    let (src, files) = src_files();
    let mut problems = Vec::new();
    let mut unknown = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let rel_s = format!("src/{}", rel.display());
        let Some(module) = module_of(rel) else { continue };
        if matches!(module.as_str(), "main" | "lib") {
            continue; // the binary and the crate root sit above everything
        }
        let Some(from) = layer_of(&module) else {
            unknown.push(rel_s);
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") {
                continue;
            }
            for target in crate_paths(line) {
                let Some(to) = layer_of(&target) else { continue };
                if to > from && !EXCEPTIONS.iter().any(|(file, m, _)| *file == rel_s && *m == target) {
                    problems.push(format!(
                        "{rel_s}:{}: {} layer `{module}` uses `crate::{target}` of the {} layer above it: {}",
                        n + 1,
                        LAYERS[from].0,
                        LAYERS[to].0,
                        t
                    ));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "modules without a layer (add them to LAYERS and ARCHITECTURE.md): {unknown:?}");
    assert!(problems.is_empty(), "upward imports:\n{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_grouped_and_plain_paths() {
    assert_eq!(crate_paths("use crate::app::App;"), ["app"]);
    assert_eq!(crate_paths("use crate::{ui::theme, model};"), ["ui", "model"]);
    assert_eq!(crate_paths("let x = 1; // crate::app in a comment"), Vec::<String>::new());
    assert!(layer_of("ui").unwrap() > layer_of("app").unwrap());
}

/// The error type of every `Result<…>` in `text` whose last type argument is
/// `String` (nested generics and `->` inside are skipped over), with its line.
fn string_errors(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let code: String = text
        .lines()
        .map(|l| if l.trim_start().starts_with("//") { "" } else { l.split(" //").next().unwrap_or("") })
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(i) = code[from..].find("Result<") {
        let start = from + i;
        from = start + "Result<".len();
        let word_before = code[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        if word_before {
            continue; // `ParseResult<`, `IoResult<`
        }
        let (mut depth, mut j, mut last_arg) = (1usize, from, from);
        while j < bytes.len() && depth > 0 {
            match bytes[j] {
                b'<' => depth += 1,
                b'>' if j > 0 && bytes[j - 1] == b'-' => {}
                b'>' => depth -= 1,
                b',' if depth == 1 => last_arg = j + 1,
                _ => {}
            }
            j += 1;
        }
        if last_arg > from && code[last_arg..j.saturating_sub(1)].trim() == "String" {
            let line = code[..start].matches('\n').count() + 1;
            out.push((line, code[start..j].to_string()));
        }
    }
    out
}

#[test]
fn the_string_error_checker_sees_nested_and_plain_results() {
    let found = string_errors("fn a() -> Result<Box<Data>, String> {}\nfn b() -> Result<(), String>;");
    assert_eq!(found, [(1, "Result<Box<Data>, String>".to_string()), (2, "Result<(), String>".to_string())]);
    assert!(string_errors("fn c() -> Result<String, DataError>; fn d() -> io::Result<String>;").is_empty());
    assert!(string_errors("fn e(f: impl Fn() -> u8) -> Result<Vec<String>, E>;").is_empty());
    assert!(string_errors("// Result<(), String> in a comment").is_empty());
}

/// Errors are typed below the command line: `Result<_, String>` only in
/// `src/cli/` and `src/main.rs`, where errors become the text printed.
#[test]
fn string_errors_only_at_the_cli_edge() {
    let (src, files) = src_files();
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        if rel.starts_with("cli") || rel == Path::new("main.rs") {
            continue;
        }
        for (line, ty) in string_errors(&std::fs::read_to_string(f).unwrap()) {
            problems.push(format!("src/{}:{line}: {ty}", rel.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "errors as strings below the CLI (give the layer's error enum a variant):\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_exception_is_still_needed() {
    // An exception whose import is gone must be deleted, so the list only shrinks.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, target, why) in EXCEPTIONS {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let used = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .any(|l| crate_paths(l).iter().any(|t| t == target));
        assert!(used, "{file} no longer uses crate::{target}: delete its exception ({why})");
    }
}

/// The theme owns every colour: no `Color::` outside `src/theme.rs` in the
/// code that draws (app, ui, editor), except `Color::Reset`. The markdown
/// renderer's `Styles::default()` is the dark theme's markdown part and is
/// only used through the theme.
#[test]
fn colours_live_in_the_theme() {
    let mut files = Vec::new();
    for d in ["src/app", "src/ui", "src/editor"] {
        rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(d), &mut files);
    }
    let mut bad = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (i, line) in code.lines().enumerate() {
            let l = line.split("//").next().unwrap_or("");
            let mut rest = l;
            while let Some(p) = rest.find("Color::") {
                let after = &rest[p + 7..];
                if !after.starts_with("Reset") {
                    bad.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
                    break;
                }
                rest = after;
            }
        }
    }
    assert!(bad.is_empty(), "colours outside the theme:\n{}", bad.join("\n"));
}

/// The code lines (comments cut off) of every `.rs` file under `dirs` that
/// hold one of `needles`, as "file:line: text"; also how many files were read.
fn lines_with(dirs: &[&str], needles: &[&str]) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    for d in dirs {
        rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(d), &mut files);
    }
    files.sort();
    let mut bad = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if needles.iter().any(|c| code.contains(c)) {
                bad.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
            }
        }
    }
    (files.len(), bad)
}

/// Drawing reads the state and writes none of it (issue #12): no interior
/// mutability in the app's state, the drawing code or the drafts' engines
/// (the editor's preview is rendered in update, not cached while drawing).
/// What a frame has to tell goes back to the app as a `FrameInfo` (`App::on_drawn`).
#[test]
fn render_is_read_only_no_cells_in_app_ui_or_editor() {
    let (files, bad) = lines_with(&["src/app", "src/ui", "src/editor"], &["Cell<", "RefCell", "std::cell", "OnceCell"]);
    assert!(files > 10, "the app, ui and editor sources were found: {files}");
    assert!(bad.is_empty(), "interior mutability where drawing could write state:\n{}", bad.join("\n"));
}

/// `editor/` (drafts store, templates, publishing, the drafts worker, the
/// external editor) knows no terminal: the text widget is `ui::textarea`,
/// the text being edited `app::text_edit`.
#[test]
fn the_editor_module_has_no_terminal_code() {
    let (files, bad) = lines_with(&["src/editor"], &["ratatui", "crossterm"]);
    assert!(files > 5, "the editor sources were found: {files}");
    assert!(bad.is_empty(), "terminal code in src/editor:\n{}", bad.join("\n"));
}
