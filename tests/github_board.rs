//! The sprint board over GraphQL against a fake GitHub on 127.0.0.1. Answer
//! shapes follow GitHub's public schema (ProjectV2, ProjectV2Item,
//! ProjectV2ItemFieldSingleSelectValue, ProjectV2ItemFieldIterationValue,
//! Issue / PullRequest / DraftIssue).

mod common_fake_github;

use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::NaiveDate;
use common_fake_github::{Reply, Server};
use scsdash::model::board::CardKind;
use scsdash::sources::board::fetch_board;
use scsdash::sources::github::SyncError;
use scsdash::sources::token::Token;
use serde_json::{json, Value};

fn fields() -> Value {
    json!({"nodes": [
        {"__typename": "ProjectV2Field", "name": "Title"},
        {"__typename": "ProjectV2SingleSelectField", "name": "Status",
         "options": [{"name": "Backlog"}, {"name": "Todo"}, {"name": "In Progress"}, {"name": "Done"}, {"name": "Abandoned"}]},
        {"__typename": "ProjectV2SingleSelectField", "name": "Team", "options": [{"name": "Ops"}, {"name": "IaaS"}]},
        {"__typename": "ProjectV2IterationField", "name": "Iteration", "configuration": {
            "iterations": [{"id": "it-jena", "title": "Jena", "startDate": "2026-11-16", "duration": 14},
                           {"id": "it-kyoto", "title": "Kyoto", "startDate": "2026-11-30", "duration": 14}],
            "completedIterations": [{"id": "it-hobart", "title": "Hobart", "startDate": "2026-11-02", "duration": 14}]}}
    ]})
}

fn sel(field: &str, name: &str) -> Value {
    json!({"__typename": "ProjectV2ItemFieldSingleSelectValue", "name": name, "field": {"name": field}})
}

fn iter_val(title: &str) -> Value {
    json!({"__typename": "ProjectV2ItemFieldIterationValue", "title": title, "iterationId": "x", "field": {"name": "Iteration"}})
}

fn issue(n: u64, title: &str, labels: &[&str], values: Vec<Value>) -> Value {
    json!({
        "fieldValues": {"nodes": values},
        "content": {
            "__typename": "Issue", "title": title, "number": n,
            "url": format!("https://github.com/SovereignCloudStack/standards/issues/{n}"),
            "state": "OPEN", "repository": {"nameWithOwner": "SovereignCloudStack/standards"},
            "assignees": {"nodes": [{"login": "jan"}]},
            "labels": {"nodes": labels.iter().map(|l| json!({"name": l})).collect::<Vec<_>>()}
        }
    })
}

fn page(items: Vec<Value>, next: Option<&str>) -> Value {
    json!({"data": {"organization": {"projectV2": {
        "title": "Sovereign Cloud Stack",
        "fields": fields(),
        "items": {"nodes": items, "pageInfo": {"hasNextPage": next.is_some(), "endCursor": next}}
    }}}})
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The day the fetch is made on (the dashboard's clock in its zone): in sprint Jena.
fn today() -> NaiveDate {
    d("2026-11-25")
}

fn token() -> Token {
    Token::new("ghp_boardtoken000").unwrap()
}

async fn three_page_server() -> Server {
    let server = Server::start().await;
    let p0 = page(
        vec![
            issue(
                1020,
                "Standardize flavor names",
                &["container", "iaas"],
                vec![sel("Status", "In Progress"), iter_val("Jena"), sel("Team", "IaaS")],
            ),
            issue(1021, "Fix \u{1b}[31mred\u{1b}[0m title", &["ops"], vec![sel("Status", "Todo"), iter_val("Hobart")]),
        ],
        Some("cursor-1"),
    );
    let p1 = page(
        vec![
            json!({"fieldValues": {"nodes": [sel("Status", "Done"), iter_val("Jena"), {}]}, "content": {
                "__typename": "PullRequest", "title": "Add status page", "number": 7,
                "url": "https://github.com/SovereignCloudStack/status-page/pull/7", "prState": "MERGED",
                "repository": {"nameWithOwner": "SovereignCloudStack/status-page"},
                "assignees": {"nodes": []}, "labels": {"nodes": [{"name": "ops"}, {"name": "SCS-VP12"}]}}}),
            json!({"fieldValues": {"nodes": [sel("Status", "Backlog")]}, "content": {
                "__typename": "DraftIssue", "title": "Plan the hackathon", "assignees": {"nodes": [{"login": "kurt"}]}}}),
            json!({"fieldValues": {"nodes": []}, "content": null}),
        ],
        Some("cursor-2"),
    );
    let p2 = page(
        vec![issue(3, "Evil link", &["iam"], vec![sel("Status", "Todo")])
            .as_object()
            .cloned()
            .map(|mut o| {
                o["content"]["url"] = json!("javascript:alert(1)");
                Value::Object(o)
            })
            .unwrap()],
        None,
    );
    *server.fake.graphql_pages.lock().unwrap() = vec![p0, p1, p2];
    server
}

#[tokio::test]
async fn pages_to_the_end_and_builds_the_board() {
    let server = three_page_server().await;
    let client = server.client_with(Some(&token()), Duration::from_secs(10));
    let board = fetch_board(&client, "SovereignCloudStack", 6, None, today()).await.unwrap();
    assert_eq!(server.fake.graphql_hits.load(Ordering::SeqCst), 3, "three pages, three requests");
    let bodies = server.fake.graphql_bodies.lock().unwrap().clone();
    let cursors: Vec<Value> = bodies.iter().map(|b| b["variables"]["cursor"].clone()).collect();
    assert_eq!(cursors, vec![Value::Null, json!("cursor-1"), json!("cursor-2")]);
    assert_eq!(bodies[0]["variables"]["org"], "SovereignCloudStack");
    assert_eq!(bodies[0]["variables"]["number"], 6);
    assert!(bodies[0]["query"].as_str().unwrap().contains("items(first: 100, after: $cursor)"));
    let auth = server.fake.auth_seen.lock().unwrap().clone();
    assert_eq!(auth[0].as_deref(), Some("Bearer ghp_boardtoken000"));

    assert_eq!(board.title, "Sovereign Cloud Stack");
    assert_eq!(board.columns, vec!["Backlog", "Todo", "In Progress", "Done", "Abandoned"]);
    let sprints: Vec<&str> = board.iterations.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(sprints, vec!["Hobart", "Jena", "Kyoto"]);
    assert_eq!(board.iteration_at(d("2026-11-25")).unwrap().title, "Jena");
    assert_eq!(board.current_iteration.as_deref(), Some("Jena"), "the sprint of the day given, not of the machine's");
    assert_eq!(board.cards.len(), 5, "the item without content is skipped");

    let c = &board.cards[0];
    assert_eq!(c.title, "Standardize flavor names");
    assert_eq!(
        (c.repo.as_deref(), c.number, c.kind),
        (Some("SovereignCloudStack/standards"), Some(1020), CardKind::Issue)
    );
    assert_eq!(c.status.as_deref(), Some("In Progress"));
    assert_eq!(c.iteration.as_deref(), Some("Jena"));
    assert_eq!(c.assignees, vec!["jan"]);
    assert_eq!(c.state.as_deref(), Some("OPEN"));
    assert_eq!(c.team, None, "no team field configured: teams are labels");
    assert!(!board.cards[1].title.contains('\u{1b}'), "titles are sanitized");
    let pr = &board.cards[2];
    assert_eq!((pr.kind, pr.state.as_deref()), (CardKind::PullRequest, Some("MERGED")));
    let draft = &board.cards[3];
    assert_eq!((draft.kind, draft.repo.as_deref(), draft.number), (CardKind::Draft, None, None));
    assert_eq!(board.cards[4].url, None, "only http(s) URLs are kept");

    assert_eq!(board.teams(), vec!["container", "iaas", "iam", "ops", "SCS-VP12"]);
    let ops: Vec<&str> =
        board.cards_for(Some("ops"), false, d("2026-11-25")).iter().map(|c| c.title.as_str()).collect();
    assert_eq!(ops.len(), 2);
    let ops_now: Vec<&str> =
        board.cards_for(Some("ops"), true, d("2026-11-25")).iter().map(|c| c.title.as_str()).collect();
    assert_eq!(ops_now, vec!["Add status page"]);
    assert_eq!(board.status_of("standards", 1020), Some("In Progress"));
    assert_eq!(board.status_of("status-page", 7), Some("Done"));
    assert_eq!(board.status_of("standards", 7), None);
}

#[tokio::test]
async fn team_field_splits_the_board() {
    let server = three_page_server().await;
    let client = server.client_with(Some(&token()), Duration::from_secs(10));
    let board = fetch_board(&client, "SovereignCloudStack", 6, Some("team"), today()).await.unwrap();
    assert_eq!(board.teams(), vec!["IaaS"]);
    assert_eq!(board.cards_for(Some("iaas"), false, d("2026-11-25")).len(), 1);
    assert_eq!(board.cards[0].team.as_deref(), Some("IaaS"));
}

async fn board_error(reply: Reply, with_token: bool) -> SyncError {
    let server = three_page_server().await;
    *server.fake.graphql_reply.lock().unwrap() = Some(reply);
    let t = token();
    let client = server.client_with(with_token.then_some(&t), Duration::from_millis(300));
    let fut = fetch_board(&client, "SovereignCloudStack", 6, None, today());
    let e = tokio::time::timeout(Duration::from_secs(20), fut).await.expect("bounded").unwrap_err();
    assert_eq!(server.fake.graphql_hits.load(Ordering::SeqCst), 1, "one request, no retry");
    e
}

#[tokio::test]
async fn no_token_explains_how_to_get_one() {
    let body = r#"{"message":"This endpoint requires you to be authenticated.","documentation_url":"https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql"}"#;
    let e = board_error(Reply::Status(401, vec![], body.into()), false).await;
    assert_eq!(e, SyncError::TokenRequired);
    let msg = e.to_string();
    for needle in ["GITHUB_TOKEN", "GH_TOKEN", "gh auth login", "github.token"] {
        assert!(msg.contains(needle), "{msg}");
    }
    let e = board_error(Reply::Status(401, vec![], r#"{"message":"Bad credentials"}"#.into()), true).await;
    assert_eq!(e, SyncError::Unauthorized);
}

#[tokio::test]
async fn project_not_found_names_org_and_number() {
    let body = json!({"data": {"organization": {"projectV2": null}}, "errors": [{"type": "NOT_FOUND", "path": ["organization", "projectV2"],
        "locations": [{"line": 3, "column": 5}], "message": "Could not resolve to a ProjectV2 with the number 66."}]});
    let e = board_error(Reply::Status(200, vec![], body.to_string()), true).await;
    assert_eq!(
        e.to_string(),
        "project 6 of organization SovereignCloudStack not found (404): check the organization and project number of the board in the config"
    );
}

#[tokio::test]
async fn graphql_errors_become_a_plain_message() {
    let body = json!({"errors": [{"message": "Field 'projectV2' doesn't exist on type 'Organization'", "locations": [{"line": 1, "column": 2}]}]});
    let e = board_error(Reply::Status(200, vec![], body.to_string()), true).await;
    assert_eq!(e, SyncError::Graphql("Field 'projectV2' doesn't exist on type 'Organization'".into()));
}

#[tokio::test]
async fn graphql_rate_limit_and_http_errors() {
    let body = json!({"errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded"}]});
    let h = vec![("x-ratelimit-remaining", "0".to_string()), ("x-ratelimit-reset", "1900000000".to_string())];
    let e = board_error(Reply::Status(200, h.clone(), body.to_string()), true).await;
    assert_eq!(e.to_string(), "GitHub rate limit reached; resets at 17:46 UTC");
    let e = board_error(Reply::Status(403, h, r#"{"message":"API rate limit exceeded"}"#.into()), true).await;
    assert!(matches!(e, SyncError::RateLimited { reset: Some(_) }));
    let e = board_error(Reply::Status(502, vec![], "bad gateway".into()), true).await;
    assert_eq!(e, SyncError::Server { status: 502 });
    let e = board_error(Reply::Hang, true).await;
    assert_eq!(e, SyncError::Timeout);
}

#[tokio::test]
async fn malformed_and_truncated_answers() {
    let e = board_error(
        Reply::Status(200, vec![], "{\"data\": {\"organization\": {\"projectV2\": {\"title\": \"x\"".into()),
        true,
    )
    .await;
    assert_eq!(e, SyncError::Malformed("the board answer is truncated JSON".into()));
    let e = board_error(Reply::Status(200, vec![], "<html>".into()), true).await;
    assert!(matches!(e, SyncError::Malformed(_)), "{e:?}");
    let e = board_error(
        Reply::Status(200, vec![], r#"{"data": {"organization": {"projectV2": {"items": 5}}}}"#.into()),
        true,
    )
    .await;
    assert!(matches!(e, SyncError::Malformed(_)), "{e:?}");
}

#[tokio::test]
async fn pagination_that_does_not_advance_stops() {
    let server = Server::start().await;
    *server.fake.graphql_pages.lock().unwrap() = vec![page(vec![], Some("cursor-1")), page(vec![], Some("cursor-1"))];
    let client = server.client_with(Some(&token()), Duration::from_secs(10));
    let e = fetch_board(&client, "SovereignCloudStack", 6, None, today()).await.unwrap_err();
    assert!(matches!(e, SyncError::Malformed(_)), "{e:?}");
    assert_eq!(server.fake.graphql_hits.load(Ordering::SeqCst), 2);
}
