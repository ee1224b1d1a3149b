//! The sprint board from GitHub Projects v2 over GraphQL
//! (`POST {api_url}/graphql`), paged through `items(first: 100, after:)` to the end.
//! GraphQL needs a token: without one GitHub answers 401, which becomes
//! [`SyncError::TokenRequired`] (or call [`require_token`] first and skip the request).

use chrono::NaiveDate;
use http::StatusCode;
use http_body_util::BodyExt;
use octocrab::Octocrab;
use serde::Deserialize;

use crate::model::board::{Board, Card, CardKind, Iteration};
use crate::sources::github::{status_error, transport_error, SyncError};
use crate::sources::token::Token;

/// Items per page (GitHub's maximum).
pub const PAGE_SIZE: u32 = 100;
/// Stop after this many pages (20,000 items) rather than loop forever.
pub const MAX_PAGES: usize = 200;
const MAX_ANSWER: usize = 32 * 1024 * 1024;

/// The query, following GitHub's public GraphQL schema. `state` is aliased
/// for pull requests because IssueState and PullRequestState may not share a
/// response name.
pub const BOARD_QUERY: &str = r#"query($org: String!, $number: Int!, $cursor: String) {
  organization(login: $org) {
    projectV2(number: $number) {
      title
      fields(first: 50) {
        nodes {
          __typename
          ... on ProjectV2Field { name }
          ... on ProjectV2SingleSelectField { name options { name } }
          ... on ProjectV2IterationField {
            name
            configuration {
              iterations { id title startDate duration }
              completedIterations { id title startDate duration }
            }
          }
        }
      }
      items(first: 100, after: $cursor) {
        nodes {
          fieldValues(first: 30) {
            nodes {
              __typename
              ... on ProjectV2ItemFieldSingleSelectValue { name field { ... on ProjectV2FieldCommon { name } } }
              ... on ProjectV2ItemFieldIterationValue { title iterationId field { ... on ProjectV2FieldCommon { name } } }
              ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
            }
          }
          content {
            __typename
            ... on Issue {
              title number url state
              repository { nameWithOwner }
              assignees(first: 10) { nodes { login } }
              labels(first: 20) { nodes { name } }
            }
            ... on PullRequest {
              title number url prState: state
              repository { nameWithOwner }
              assignees(first: 10) { nodes { login } }
              labels(first: 20) { nodes { name } }
            }
            ... on DraftIssue { title assignees(first: 10) { nodes { login } } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}"#;

/// `Ok` with the token, or [`SyncError::TokenRequired`] explaining how to set one.
pub fn require_token(token: Option<&Token>) -> Result<&Token, SyncError> {
    token.ok_or(SyncError::TokenRequired)
}

#[derive(Deserialize)]
struct Nodes<T> {
    #[serde(default = "Vec::new")]
    nodes: Vec<Option<T>>,
}

impl<T> Nodes<T> {
    fn iter(&self) -> impl Iterator<Item = &T> {
        self.nodes.iter().flatten()
    }
}

#[derive(Deserialize)]
struct Data {
    organization: Option<Org>,
}

#[derive(Deserialize)]
struct Org {
    #[serde(rename = "projectV2")]
    project: Option<Project>,
}

#[derive(Deserialize)]
struct Project {
    #[serde(default)]
    title: String,
    fields: Option<Nodes<FieldNode>>,
    items: Items,
}

#[derive(Deserialize)]
struct FieldNode {
    #[serde(rename = "__typename", default)]
    typename: String,
    name: Option<String>,
    options: Option<Vec<Named>>,
    configuration: Option<IterConfig>,
}

#[derive(Deserialize)]
struct Named {
    name: Option<String>,
}

#[derive(Deserialize)]
struct IterConfig {
    #[serde(default)]
    iterations: Vec<IterNode>,
    #[serde(default, rename = "completedIterations")]
    completed: Vec<IterNode>,
}

#[derive(Deserialize)]
struct IterNode {
    id: String,
    title: String,
    #[serde(rename = "startDate")]
    start_date: String,
    duration: u32,
}

#[derive(Deserialize)]
struct Items {
    #[serde(default = "Vec::new")]
    nodes: Vec<Option<ItemNode>>,
    #[serde(rename = "pageInfo")]
    page_info: PageInfo,
}

#[derive(Deserialize)]
struct PageInfo {
    #[serde(rename = "hasNextPage")]
    has_next_page: bool,
    #[serde(rename = "endCursor")]
    end_cursor: Option<String>,
}

#[derive(Deserialize)]
struct ItemNode {
    #[serde(rename = "fieldValues")]
    field_values: Option<Nodes<FieldValue>>,
    content: Option<Content>,
}

#[derive(Deserialize)]
struct FieldValue {
    #[serde(rename = "__typename", default)]
    typename: String,
    name: Option<String>,
    title: Option<String>,
    text: Option<String>,
    field: Option<Named>,
}

#[derive(Deserialize)]
struct Login {
    login: Option<String>,
}

#[derive(Deserialize)]
struct RepoRef {
    #[serde(rename = "nameWithOwner")]
    name_with_owner: Option<String>,
}

#[derive(Deserialize)]
struct Content {
    #[serde(rename = "__typename", default)]
    typename: String,
    title: Option<String>,
    number: Option<u64>,
    url: Option<String>,
    state: Option<String>,
    #[serde(rename = "prState")]
    pr_state: Option<String>,
    repository: Option<RepoRef>,
    assignees: Option<Nodes<Login>>,
    labels: Option<Nodes<Named>>,
}

#[derive(Deserialize)]
struct GqlError {
    #[serde(default)]
    message: String,
    #[serde(rename = "type", default)]
    kind: Option<String>,
}

#[derive(Deserialize)]
struct Answer {
    data: Option<Data>,
    #[serde(default)]
    errors: Vec<GqlError>,
}

fn clean(s: &str) -> String {
    crate::text::sanitize_line(s).trim().to_string()
}

fn eq_ci(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// Fetches project `number` of organisation `org` with every item. `team_field`
/// names a single-select or text field holding the team; without it teams are labels.
/// The current sprint is the one holding `today` (the caller's clock and zone).
pub async fn fetch_board(
    client: &Octocrab,
    org: &str,
    number: u64,
    team_field: Option<&str>,
    today: NaiveDate,
) -> Result<Board, SyncError> {
    let what = format!("project {} of organization {}", number, clean(org));
    let hint = "the organization and project number of the board";
    let mut cursor: Option<String> = None;
    let mut builder = BoardBuilder::new(team_field);
    for _ in 0..MAX_PAGES {
        let body = serde_json::json!({
            "query": BOARD_QUERY,
            "variables": { "org": org, "number": number, "cursor": cursor },
        });
        let resp = match client._post("/graphql", Some(&body)).await {
            Ok(r) => r,
            Err(e) => return Err(transport_error(&e)),
        };
        let (parts, body) = resp.into_parts();
        let bytes = match http_body_util::Limited::new(body, MAX_ANSWER).collect().await {
            Ok(c) => c.to_bytes(),
            Err(e) => {
                return Err(match transport_error(&*e) {
                    SyncError::Timeout => SyncError::Timeout,
                    _ => SyncError::Malformed("the board answer was cut off (truncated)".into()),
                })
            }
        };
        if parts.status == StatusCode::UNAUTHORIZED {
            let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
            return Err(
                if text.contains("requires you to be authenticated") || text.contains("requires authentication") {
                    SyncError::TokenRequired
                } else {
                    SyncError::Unauthorized
                },
            );
        }
        if !parts.status.is_success() {
            return Err(status_error(parts.status, &parts.headers, &bytes, &what, hint));
        }
        let answer: Answer = serde_json::from_slice(&bytes).map_err(|e| {
            SyncError::Malformed(if e.is_eof() {
                "the board answer is truncated JSON".to_string()
            } else {
                format!("the board answer is not what GitHub sends ({e})")
            })
        })?;
        if !answer.errors.is_empty() {
            let kind = |k: &str| answer.errors.iter().any(|e| e.kind.as_deref() == Some(k));
            if kind("NOT_FOUND") {
                return Err(SyncError::NotFound { what, hint: hint.into() });
            }
            if kind("RATE_LIMITED") || kind("RATE_LIMIT") {
                let rl = crate::sources::github::RateLimit::from_headers(&parts.headers);
                return Err(SyncError::RateLimited { reset: rl.reset });
            }
            let msg: Vec<String> = answer.errors.iter().take(3).map(|e| clean(&e.message)).collect();
            let msg = crate::sources::github::scrub_tokens(&msg.join("; "));
            return Err(SyncError::Graphql(msg.chars().take(300).collect()));
        }
        let org_data = answer
            .data
            .ok_or_else(|| SyncError::Malformed("the board answer has no data".into()))?
            .organization
            .ok_or_else(|| SyncError::NotFound { what: format!("organization {}", clean(org)), hint: hint.into() })?;
        let project = org_data.project.ok_or_else(|| SyncError::NotFound { what: what.clone(), hint: hint.into() })?;
        let page = project.items.page_info.has_next_page.then(|| project.items.page_info.end_cursor.clone());
        builder.add_page(project);
        match page {
            None => return Ok(builder.finish(today)),
            Some(next) => {
                if next.is_none() || next == cursor {
                    return Err(SyncError::Malformed("the board's pagination did not advance".into()));
                }
                cursor = next;
            }
        }
    }
    Err(SyncError::Malformed(format!("the board has more than {} pages", MAX_PAGES)))
}

/// A board from one complete GraphQL answer (`{"data": {"organization": ...}}`),
/// as bundled for the demo workspace: the same parsing as [`fetch_board`].
pub fn board_from_answer(json: &[u8], team_field: Option<&str>, today: NaiveDate) -> Result<Board, SyncError> {
    let answer: Answer = serde_json::from_slice(json).map_err(|e| SyncError::Malformed(format!("board JSON: {e}")))?;
    let project = answer
        .data
        .and_then(|d| d.organization)
        .and_then(|o| o.project)
        .ok_or_else(|| SyncError::Malformed("board JSON has no organization.projectV2".into()))?;
    let mut builder = BoardBuilder::new(team_field);
    builder.add_page(project);
    Ok(builder.finish(today))
}

struct BoardBuilder {
    board: Board,
    status_field: Option<String>,
    iteration_field: Option<String>,
    first: bool,
}

impl BoardBuilder {
    fn new(team_field: Option<&str>) -> Self {
        BoardBuilder {
            board: Board { team_field: team_field.map(clean).filter(|s| !s.is_empty()), ..Board::default() },
            status_field: None,
            iteration_field: None,
            first: true,
        }
    }

    fn add_page(&mut self, project: Project) {
        if self.first {
            self.first = false;
            self.board.title = clean(&project.title);
            for f in project.fields.iter().flat_map(|n| n.iter()) {
                let name = f.name.as_deref().unwrap_or("");
                if f.typename == "ProjectV2SingleSelectField" && eq_ci(name, "status") && self.status_field.is_none() {
                    self.status_field = Some(name.to_string());
                    self.board.columns =
                        f.options.iter().flatten().filter_map(|o| o.name.as_deref()).map(clean).collect();
                }
                if let (Some(cfg), None) = (&f.configuration, &self.iteration_field) {
                    self.iteration_field = Some(name.to_string());
                    for it in cfg.completed.iter().chain(cfg.iterations.iter()) {
                        if let Ok(start) = NaiveDate::parse_from_str(&it.start_date, "%Y-%m-%d") {
                            self.board.iterations.push(Iteration {
                                id: it.id.clone(),
                                title: clean(&it.title),
                                start_date: start,
                                duration: it.duration,
                            });
                        }
                    }
                    self.board.iterations.sort_by_key(|i| i.start_date);
                    self.board.iterations.dedup_by(|a, b| a.id == b.id);
                }
            }
        }
        for item in project.items.nodes.into_iter().flatten() {
            if let Some(card) = self.card(item) {
                self.board.cards.push(card);
            }
        }
    }

    fn card(&self, item: ItemNode) -> Option<Card> {
        let c = item.content?;
        let kind = match c.typename.as_str() {
            "Issue" => CardKind::Issue,
            "PullRequest" => CardKind::PullRequest,
            "DraftIssue" => CardKind::Draft,
            _ => return None,
        };
        let mut card = Card {
            title: clean(c.title.as_deref().unwrap_or("")),
            repo: c.repository.and_then(|r| r.name_with_owner).map(|s| clean(&s)),
            number: c.number,
            kind,
            assignees: c
                .assignees
                .iter()
                .flat_map(|n| n.iter())
                .filter_map(|l| l.login.as_deref())
                .map(clean)
                .collect(),
            labels: c.labels.iter().flat_map(|n| n.iter()).filter_map(|l| l.name.as_deref()).map(clean).collect(),
            state: c.pr_state.or(c.state).map(|s| clean(&s)),
            url: c.url.filter(|u| u.starts_with("https://") || u.starts_with("http://")).map(|u| clean(&u)),
            ..Card::default()
        };
        let field_is = |v: &FieldValue, want: Option<&str>| {
            let name = v.field.as_ref().and_then(|f| f.name.as_deref());
            match (name, want) {
                (Some(n), Some(w)) => eq_ci(n, w),
                (None, _) | (_, None) => false,
            }
        };
        for v in item.field_values.iter().flat_map(|n| n.iter()) {
            match v.typename.as_str() {
                "ProjectV2ItemFieldSingleSelectValue" => {
                    let status_name = self.status_field.as_deref().or(Some("Status"));
                    if field_is(v, status_name) {
                        card.status = v.name.as_deref().map(clean);
                    }
                    if field_is(v, self.board.team_field.as_deref()) {
                        card.team = v.name.as_deref().map(clean);
                    }
                }
                "ProjectV2ItemFieldIterationValue"
                    if self.iteration_field.is_none() || field_is(v, self.iteration_field.as_deref()) =>
                {
                    card.iteration = v.title.as_deref().map(clean);
                }
                "ProjectV2ItemFieldTextValue" if field_is(v, self.board.team_field.as_deref()) => {
                    card.team = v.text.as_deref().map(clean).filter(|s| !s.is_empty());
                }
                _ => {}
            }
        }
        Some(card)
    }

    fn finish(mut self, today: NaiveDate) -> Board {
        if self.board.columns.is_empty() {
            let mut seen: Vec<String> = Vec::new();
            for s in self.board.cards.iter().filter_map(|c| c.status.as_ref()) {
                if !seen.contains(s) {
                    seen.push(s.clone());
                }
            }
            self.board.columns = seen;
        }
        self.board.current_iteration = self.board.iteration_at(today).map(|i| i.title.clone());
        self.board
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pr_state_is_aliased_in_the_query() {
        assert!(BOARD_QUERY.contains("prState: state"));
        assert!(BOARD_QUERY.contains("pageInfo { hasNextPage endCursor }"));
    }

    #[test]
    fn require_token_explains() {
        let e = require_token(None).unwrap_err();
        assert!(e.to_string().contains("gh auth login"));
        let t = Token::new("x").unwrap();
        assert!(require_token(Some(&t)).is_ok());
    }
}
