//! The meeting's live HedgeDoc pad: `GET <pad>/download` answers the pad's
//! markdown. Pads that need a login answer with a redirect to the login page
//! (followed by the HTTP client, so an HTML page arrives): that is reported as
//! [`PadError::LoginRequired`], never taken as minutes. No GitHub token is
//! ever sent to the pad's host.

use std::time::Duration;

use http_body_util::BodyExt;

/// The largest pad accepted (a pad of minutes is a few KiB).
pub const MAX_PAD_BYTES: usize = 1 << 20;

/// Why a pad could not be read; `Display` is one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PadError {
    #[error("'{0}' is not an http(s) pad link")]
    BadUrl(String),
    #[error("the pad {0} does not exist (404)")]
    NotFound(String),
    #[error("the pad {0} needs a login (HedgeDoc sent its login page, not markdown): open it with `p` in the browser")]
    LoginRequired(String),
    #[error("the pad {0} answered a web page, not markdown")]
    NotMarkdown(String),
    #[error("the pad {0} is larger than 1 MiB: not loaded")]
    TooLarge(String),
    #[error("the pad {0} did not answer in time")]
    Timeout(String),
    #[error("the pad {url} answered HTTP {status}")]
    Http { url: String, status: u16 },
    #[error("cannot reach the pad {url}: {message}")]
    Network { url: String, message: String },
    /// The HTTP client could not be set up (its own words).
    #[error("{0}")]
    Client(String),
}

/// `https://host/abc?both#x` -> `https://host/abc/download`.
pub fn download_url(pad: &str) -> Result<String, PadError> {
    let p = pad.trim();
    let bad = || PadError::BadUrl(crate::text::sanitize_line(p).chars().take(200).collect());
    if !(p.starts_with("https://") || p.starts_with("http://"))
        || p.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(bad());
    }
    let base = p.split(['?', '#']).next().unwrap_or(p).trim_end_matches('/');
    let uri: http::Uri = base.parse().map_err(|_| bad())?;
    if uri.host().is_none_or(str::is_empty) || uri.path().len() <= 1 {
        return Err(bad());
    }
    if base.ends_with("/download") {
        return Ok(base.to_string());
    }
    Ok(format!("{base}/download"))
}

/// An HTTP client for pads: no token, no retries, `timeout` for connect and reads.
/// Needs a tokio runtime.
pub fn client(timeout: Duration) -> Result<octocrab::Octocrab, PadError> {
    octocrab::Octocrab::builder()
        .add_retry_config(octocrab::service::middleware::retry::RetryConfig::None)
        .set_connect_timeout(Some(timeout))
        .set_read_timeout(Some(timeout))
        .build()
        .map_err(|e| PadError::Client(crate::text::sanitize_line(&e.to_string()).into_owned()))
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")
}

/// The pad's markdown (`GET <pad>/download`), decoded like a minutes file.
/// The whole request is bounded by `limit` as well (a server trickling bytes
/// slowly is a timeout, not a hang).
pub async fn fetch(client: &octocrab::Octocrab, pad: &str, limit: Duration) -> Result<String, PadError> {
    let url = download_url(pad)?;
    let shown = pad.trim().to_string();
    match tokio::time::timeout(limit, fetch_inner(client, &url, &shown)).await {
        Ok(r) => r,
        Err(_) => Err(PadError::Timeout(shown)),
    }
}

async fn fetch_inner(client: &octocrab::Octocrab, url: &str, shown: &str) -> Result<String, PadError> {
    let shown = crate::text::sanitize_line(shown).into_owned();
    let resp = client._get(url).await.map_err(|e| {
        if crate::sources::github::is_timeout(&e) {
            PadError::Timeout(shown.clone())
        } else {
            PadError::Network { url: shown.clone(), message: crate::text::sanitize_line(&e.to_string()).into_owned() }
        }
    })?;
    let status = resp.status().as_u16();
    let location = resp.headers().get(http::header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let html_type = resp
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    match status {
        200 => {}
        301 | 302 | 303 | 307 | 308 => {
            let l = location.to_ascii_lowercase();
            return Err(if l.contains("login") || l.contains("auth") || l.contains("signin") || l.is_empty() {
                PadError::LoginRequired(shown)
            } else {
                PadError::Http { url: shown, status }
            });
        }
        401 | 403 => return Err(PadError::LoginRequired(shown)),
        404 => return Err(PadError::NotFound(shown)),
        s => return Err(PadError::Http { url: shown, status: s }),
    }
    let body = http_body_util::Limited::new(resp.into_body(), MAX_PAD_BYTES).collect().await.map_err(|e| {
        let text = e.to_string().to_lowercase();
        if text.contains("length limit") || text.contains("too large") {
            PadError::TooLarge(shown.clone())
        } else if crate::sources::github::is_timeout(e.as_ref()) {
            PadError::Timeout(shown.clone())
        } else {
            PadError::Network { url: shown.clone(), message: crate::text::sanitize_line(&e.to_string()).into_owned() }
        }
    })?;
    let bytes = body.to_bytes();
    if html_type || looks_like_html(&bytes) {
        // A followed redirect to the login page arrives as a 200 HTML page.
        let lower = String::from_utf8_lossy(&bytes[..bytes.len().min(64 << 10)]).to_ascii_lowercase();
        return Err(if lower.contains("login") || lower.contains("sign in") || lower.contains("password") {
            PadError::LoginRequired(shown)
        } else {
            PadError::NotMarkdown(shown)
        });
    }
    Ok(crate::minutes::decode(&bytes).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_urls() {
        assert_eq!(
            download_url("https://input.scs.community/abc").unwrap(),
            "https://input.scs.community/abc/download"
        );
        assert_eq!(
            download_url("https://input.scs.community/abc/?view#x").unwrap(),
            "https://input.scs.community/abc/download"
        );
        assert_eq!(download_url("https://h/abc/download").unwrap(), "https://h/abc/download");
        for bad in ["", "ftp://h/x", "https://", "https://h/", "https://h/a b", "javascript:alert(1)"] {
            assert!(download_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn html_is_recognised() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(!looks_like_html(b"# Minutes\n\n<b>bold</b>"));
    }
}
