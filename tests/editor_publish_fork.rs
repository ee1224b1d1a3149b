//! Publishing from a fork, against the fake GitHub on 127.0.0.1: with push
//! access the branch goes to the repository; without it to the user's fork
//! (used when it exists, created and waited for when missing); a failing
//! fork creation is explained. Every outcome says which way it went.

mod common_fake_github;

use std::time::Duration;

use chrono::NaiveDate;
use common_fake_github::publish::{start, state, Hit, UPSTREAM};
use octocrab::service::middleware::retry::RetryConfig;
use scsdash::editor::publish::{publish, ForkWait, PublishError, Route};

fn client(addr: std::net::SocketAddr) -> octocrab::Octocrab {
    octocrab::Octocrab::builder()
        .base_uri(format!("http://{addr}"))
        .unwrap()
        .personal_token("test-token".to_string())
        .add_retry_config(RetryConfig::None)
        .build()
        .unwrap()
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn fast() -> ForkWait {
    ForkWait { attempts: 10, interval: Duration::from_millis(1) }
}

fn calls(hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| format!("{} {}", h.method, h.path)).collect()
}

#[tokio::test]
async fn with_push_access_the_branch_goes_to_the_repository() {
    let st = state("alice", true);
    let addr = start(st.clone()).await;
    let p = publish(&client(addr), "SovereignCloudStack", "minutes", "container", date(), "x", fast()).await.unwrap();
    assert_eq!(p.route, Route::Direct);
    assert!(p.describe().contains("pushed to the repository"), "{}", p.describe());
    let s = st.lock().unwrap();
    assert!(s.branches.contains(&format!("{UPSTREAM}:scsdash/container-20261126")));
    let c = calls(&s.hits);
    assert!(!c.iter().any(|c| c.contains("/forks") || c == "GET /user"), "{c:?}");
    let pr = s.hits.iter().find(|h| h.path.ends_with("/pulls")).unwrap();
    assert_eq!(pr.body["head"], "scsdash/container-20261126");
}

#[tokio::test]
async fn without_push_access_an_existing_fork_is_used() {
    let st = state("alice", false);
    st.lock().unwrap().repos.insert("alice/minutes".into(), (true, Some(UPSTREAM.into())));
    st.lock().unwrap().branches.insert("alice/minutes:main".into());
    let addr = start(st.clone()).await;
    let p = publish(&client(addr), "SovereignCloudStack", "minutes", "container", date(), "x", fast()).await.unwrap();
    assert_eq!(p.route, Route::Fork { fork: "alice/minutes".into(), created: false });
    assert!(p.describe().contains("from your fork alice/minutes"), "{}", p.describe());
    assert_eq!(p.url, "https://github.com/SovereignCloudStack/minutes/pull/7");
    let s = st.lock().unwrap();
    let c = calls(&s.hits);
    assert!(!c.iter().any(|c| c.ends_with("/forks")), "no fork created: {c:?}");
    assert!(c.contains(&"POST /repos/alice/minutes/git/refs".to_string()), "{c:?}");
    assert!(c.contains(&"PUT /repos/alice/minutes/contents/container/20261126.md".to_string()), "{c:?}");
    assert!(!c.iter().any(|c| c.starts_with("PUT /repos/SovereignCloudStack")), "nothing written upstream: {c:?}");
    let pr = s.hits.iter().find(|h| h.path.ends_with("/pulls")).unwrap();
    assert_eq!(pr.path, "/repos/SovereignCloudStack/minutes/pulls");
    assert_eq!(pr.body["head"], "alice:scsdash/container-20261126");
    assert_eq!(pr.body["base"], "main");
}

#[tokio::test]
async fn without_push_access_a_missing_fork_is_created_and_waited_for() {
    let st = state("bob", false);
    st.lock().unwrap().fork_ready_after = 3;
    let addr = start(st.clone()).await;
    let p = publish(&client(addr), "SovereignCloudStack", "minutes", "iaas", date(), "x", fast()).await.unwrap();
    assert_eq!(p.route, Route::Fork { fork: "bob/minutes".into(), created: true });
    assert!(p.describe().contains("forked to bob/minutes"), "{}", p.describe());
    let s = st.lock().unwrap();
    let c = calls(&s.hits);
    let fork_at = c.iter().position(|c| c == "POST /repos/SovereignCloudStack/minutes/forks").expect("forked");
    let polls = c.iter().filter(|c| *c == "GET /repos/bob/minutes/git/ref/heads/main").count();
    assert_eq!(polls, 4, "three not-ready answers, then ready: {c:?}");
    let branch_at = c.iter().position(|c| c == "POST /repos/bob/minutes/git/refs").unwrap();
    assert!(fork_at < branch_at);
    assert!(s.branches.contains("bob/minutes:scsdash/iaas-20261126"));
}

#[tokio::test]
async fn a_fork_that_never_becomes_ready_is_reported() {
    let st = state("bob", false);
    st.lock().unwrap().fork_ready_after = 1000;
    let addr = start(st.clone()).await;
    let err = publish(&client(addr), "SovereignCloudStack", "minutes", "iaas", date(), "x", fast()).await.unwrap_err();
    assert_eq!(err, PublishError::ForkNotReady { fork: "bob/minutes".into() });
    assert!(err.to_string().contains("not ready yet"), "{err}");
    assert!(!calls(&st.lock().unwrap().hits).iter().any(|c| c.ends_with("/pulls")));
}

#[tokio::test]
async fn fork_creation_failing_is_explained() {
    let st = state("carol", false);
    st.lock().unwrap().fork_fails = Some(403);
    let addr = start(st.clone()).await;
    let err = publish(&client(addr), "SovereignCloudStack", "minutes", "ops", date(), "x", fast()).await.unwrap_err();
    assert!(matches!(&err, PublishError::ForkFailed { repo, .. } if repo == UPSTREAM), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("cannot push") && msg.contains("Forking is disabled"), "{msg}");
    let c = calls(&st.lock().unwrap().hits);
    assert!(!c.iter().any(|c| c.contains("git/refs") || c.ends_with("/pulls")), "{c:?}");
}

#[tokio::test]
async fn a_same_named_repository_that_is_not_a_fork_is_not_used() {
    let st = state("dave", false);
    // dave owns an unrelated repository called `minutes`
    st.lock().unwrap().repos.insert("dave/minutes".into(), (true, None));
    let addr = start(st.clone()).await;
    let r = publish(&client(addr), "SovereignCloudStack", "minutes", "ops", date(), "x", fast()).await;
    // the fake names the fork dave/minutes as well; the point is that a fork was requested
    let c = calls(&st.lock().unwrap().hits);
    assert!(c.contains(&"POST /repos/SovereignCloudStack/minutes/forks".to_string()), "{c:?} {r:?}");
}
