//! `Ctrl-E`: a draft's text in `$VISUAL`/`$EDITOR`. The runner suspends the
//! terminal, calls [`edit`] (the text goes to a private temporary file, the
//! editor runs on it, the file is read back) and restores the terminal; the
//! text read back goes to the app as a message.

use std::path::Path;
use std::process::ExitStatus;

/// Largest text read back from the editor's file.
const MAX_TEXT_BYTES: u64 = 64 << 20;

/// The command line for `Ctrl-E`: `$VISUAL`, else `$EDITOR`, else `vi`, split on whitespace
/// (so `code --wait` works); [`edit`] appends the file's path.
pub fn external_editor_argv(visual: Option<&str>, editor: Option<&str>) -> Vec<String> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|s| s.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| vec!["vi".to_string()])
}

/// The editor ran: the text it left in the file and how it ended.
#[derive(Debug)]
pub struct Edited {
    pub text: String,
    /// The editor program (for the message when it failed).
    pub program: String,
    pub status: ExitStatus,
}

/// Why the external editor's text could not be had.
#[derive(Debug, thiserror::Error)]
pub enum ExternalError {
    /// The temporary file could not be written.
    #[error("cannot write the draft for the external editor: {0}")]
    Write(std::io::Error),
    /// `$VISUAL`/`$EDITOR` could not be started.
    #[error("cannot run {program}: {source}")]
    Spawn {
        /// The editor program.
        program: String,
        source: std::io::Error,
    },
    /// The file could not be read back (the text in the app is kept).
    #[error("cannot read back the external editor's text: {0}")]
    Read(std::io::Error),
}

/// Run `argv` on a temporary copy of `text` (named after the draft `id`, in
/// `dir`, or the system's temporary directory) and read it back. The file
/// is private (0600) and removed afterwards.
pub fn edit(text: &str, id: &str, argv: &[String], dir: Option<&Path>) -> Result<Edited, ExternalError> {
    let program = argv.first().cloned().unwrap_or_else(|| "vi".to_string());
    let prefix =
        format!("scsdash-{}-", id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".md");
    let file = match dir {
        Some(d) => builder.tempfile_in(d),
        None => builder.tempfile(),
    }
    .map_err(ExternalError::Write)?;
    std::fs::write(file.path(), text).map_err(ExternalError::Write)?;
    let status = std::process::Command::new(&program)
        .args(argv.iter().skip(1))
        .arg(file.path())
        .status()
        .map_err(|source| ExternalError::Spawn { program: program.clone(), source })?;
    let text = read_back(file.path()).map_err(ExternalError::Read)?;
    Ok(Edited { text, program, status })
}

/// The file's text (invalid UTF-8 replaced), refusing a huge one. Editors
/// that save by renaming leave a new file at the path: it is read by path.
fn read_back(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_TEXT_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(std::io::Error::other("the file is larger than 64 MiB"));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_changes_the_text_in_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let argv: Vec<String> = ["sh", "-c", "echo added >> \"$0\""].iter().map(|s| s.to_string()).collect();
        let e = edit("first\n", "ops-20261126", &argv, Some(dir.path())).unwrap();
        assert_eq!(e.text, "first\nadded\n");
        assert!(e.status.success());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "the temporary file is removed");
    }

    #[test]
    fn a_missing_editor_is_a_spawn_error() {
        let argv = vec!["/nonexistent/editor-xyz".to_string()];
        let e = edit("x", "a", &argv, None).unwrap_err();
        assert!(matches!(e, ExternalError::Spawn { .. }), "{e}");
    }
}
