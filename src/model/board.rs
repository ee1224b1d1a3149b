//! The sprint board (GitHub Projects v2): columns from the single-select
//! `Status` field, cards, sprints from the iteration field, teams from a
//! configurable field or from labels (SCS teams are labels: `container`,
//! `iaas`, `ops`, `iam`, ...).

use chrono::{Days, NaiveDate};
use serde::Serialize;

/// A project board as fetched: columns in field order, every card, sprints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Board {
    /// The project's title.
    pub title: String,
    /// The options of the Status field, in the project's order.
    pub columns: Vec<String>,
    /// Every item on the project (issues, pull requests, drafts).
    pub cards: Vec<Card>,
    /// The sprints of the iteration field (completed and upcoming), by start date.
    pub iterations: Vec<Iteration>,
    /// Title of the sprint that contained "today" when the board was fetched.
    pub current_iteration: Option<String>,
    /// The field whose value names a card's team; `None` means teams are labels.
    pub team_field: Option<String>,
}

/// One item on the board.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Card {
    /// Issue, PR or draft title (sanitized for the terminal).
    pub title: String,
    /// `owner/name` of the issue's or PR's repository.
    pub repo: Option<String>,
    /// Issue or PR number.
    pub number: Option<u64>,
    /// Issue, pull request or draft issue.
    pub kind: CardKind,
    /// Assignee logins.
    pub assignees: Vec<String>,
    /// Label names.
    pub labels: Vec<String>,
    /// `OPEN`, `CLOSED`, `MERGED` as GitHub says it (none for drafts).
    pub state: Option<String>,
    /// Web URL of the issue or PR.
    pub url: Option<String>,
    /// The card's Status value (a column name).
    pub status: Option<String>,
    /// Title of the card's sprint.
    pub iteration: Option<String>,
    /// Value of the team field, when the board has one configured.
    pub team: Option<String>,
}

/// What a card is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub enum CardKind {
    /// An issue.
    #[default]
    Issue,
    /// A pull request.
    PullRequest,
    /// A draft issue that lives only on the project.
    Draft,
}

/// One sprint of the iteration field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Iteration {
    /// GitHub's iteration id.
    pub id: String,
    /// Sprint name (SCS names them after cities).
    pub title: String,
    /// First day of the sprint.
    pub start_date: NaiveDate,
    /// Length in days.
    pub duration: u32,
}

impl Iteration {
    /// True when `day` falls inside the sprint (start inclusive, end exclusive).
    pub fn contains(&self, day: NaiveDate) -> bool {
        match self.start_date.checked_add_days(Days::new(u64::from(self.duration))) {
            Some(end) => self.start_date <= day && day < end,
            None => self.start_date <= day,
        }
    }
}

fn eq_ci(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

impl Board {
    /// The sprint containing `today`, if any.
    pub fn iteration_at(&self, today: NaiveDate) -> Option<&Iteration> {
        self.iterations.iter().find(|i| i.contains(today))
    }

    /// The teams to switch between: values of the team field, or else every
    /// label used on the board; sorted case-insensitively, without duplicates.
    pub fn teams(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |s: &str| {
            if !s.trim().is_empty() && !out.iter().any(|o| eq_ci(o, s)) {
                out.push(s.to_string());
            }
        };
        for c in &self.cards {
            if self.team_field.is_some() {
                if let Some(t) = &c.team {
                    push(t);
                }
            } else {
                for l in &c.labels {
                    push(l);
                }
            }
        }
        out.sort_by_key(|s| s.to_lowercase());
        out
    }

    /// True when `card` belongs to `team` (its team field value, or one of its labels).
    pub fn card_in_team(&self, card: &Card, team: &str) -> bool {
        if self.team_field.is_some() {
            card.team.as_deref().is_some_and(|t| eq_ci(t, team))
        } else {
            card.labels.iter().any(|l| eq_ci(l, team))
        }
    }

    /// The cards of `team` (all cards for `None`); with `current_sprint_only`,
    /// only those in the sprint containing `today` (the filter is ignored when
    /// the board has no sprint for today).
    pub fn cards_for(&self, team: Option<&str>, current_sprint_only: bool, today: NaiveDate) -> Vec<&Card> {
        let sprint = if current_sprint_only { self.iteration_at(today).map(|i| i.title.as_str()) } else { None };
        self.cards
            .iter()
            .filter(|c| team.is_none_or(|t| self.card_in_team(c, t)))
            .filter(|c| sprint.is_none_or(|s| c.iteration.as_deref() == Some(s)))
            .collect()
    }

    /// Groups `cards` into the board's columns, in column order; cards with no
    /// status (or one not among the columns) go to a last column "No Status",
    /// present only when it has cards.
    pub fn by_column<'a>(&'a self, cards: &[&'a Card]) -> Vec<(&'a str, Vec<&'a Card>)> {
        let mut out: Vec<(&str, Vec<&Card>)> = self.columns.iter().map(|c| (c.as_str(), Vec::new())).collect();
        let mut rest = Vec::new();
        for &card in cards {
            let slot = card.status.as_deref().and_then(|s| out.iter_mut().find(|(name, _)| *name == s));
            match slot {
                Some((_, v)) => v.push(card),
                None => rest.push(card),
            }
        }
        if !rest.is_empty() {
            out.push(("No Status", rest));
        }
        out
    }

    /// The Status of issue/PR `number` in `repo`, which is `owner/name` or
    /// just `name` (as minutes write `standards#1020`).
    pub fn status_of(&self, repo: &str, number: u64) -> Option<&str> {
        let matches = |card_repo: &str| {
            if repo.contains('/') {
                eq_ci(card_repo, repo)
            } else {
                card_repo.rsplit('/').next().is_some_and(|n| eq_ci(n, repo))
            }
        };
        self.cards
            .iter()
            .find(|c| c.number == Some(number) && c.repo.as_deref().is_some_and(matches))
            .and_then(|c| c.status.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn board() -> Board {
        let card = |title: &str, labels: &[&str], it: Option<&str>, n: u64| Card {
            title: title.into(),
            repo: Some("SovereignCloudStack/standards".into()),
            number: Some(n),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            iteration: it.map(Into::into),
            status: Some("In Progress".into()),
            ..Card::default()
        };
        Board {
            title: "Sovereign Cloud Stack".into(),
            columns: vec!["Backlog".into(), "In Progress".into(), "Done".into()],
            cards: vec![
                card("a", &["container", "bug"], Some("Jena"), 1),
                card("b", &["IaaS"], Some("Hobart"), 2),
                card("c", &["iaas", "container"], Some("Jena"), 3),
            ],
            iterations: vec![
                Iteration { id: "i1".into(), title: "Hobart".into(), start_date: d("2026-11-02"), duration: 14 },
                Iteration { id: "i2".into(), title: "Jena".into(), start_date: d("2026-11-16"), duration: 14 },
            ],
            current_iteration: None,
            team_field: None,
        }
    }

    #[test]
    fn teams_from_labels_dedup_case_insensitive() {
        assert_eq!(board().teams(), vec!["bug", "container", "IaaS"]);
    }

    #[test]
    fn cards_for_team_and_sprint() {
        let b = board();
        let titles = |v: Vec<&Card>| v.iter().map(|c| c.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(b.cards_for(Some("iaas"), false, d("2026-11-25"))), vec!["b", "c"]);
        assert_eq!(titles(b.cards_for(Some("iaas"), true, d("2026-11-25"))), vec!["c"]);
        assert_eq!(titles(b.cards_for(None, true, d("2026-11-15"))), vec!["b"]);
        assert_eq!(titles(b.cards_for(None, true, d("2026-11-30"))), vec!["a", "b", "c"]);
        assert_eq!(b.iteration_at(d("2026-11-29")).unwrap().title, "Jena");
        assert!(b.iteration_at(d("2026-11-30")).is_none());
    }

    #[test]
    fn team_field_mode() {
        let mut b = board();
        b.team_field = Some("Team".into());
        b.cards[0].team = Some("Ops".into());
        assert_eq!(b.teams(), vec!["Ops"]);
        assert_eq!(b.cards_for(Some("ops"), false, d("2026-11-25")).len(), 1);
    }

    #[test]
    fn columns_group_cards_in_order() {
        let mut b = board();
        b.cards[1].status = Some("Done".into());
        b.cards[2].status = None;
        let cards: Vec<&Card> = b.cards.iter().collect();
        let cols: Vec<(&str, Vec<&str>)> =
            b.by_column(&cards).into_iter().map(|(n, v)| (n, v.iter().map(|c| c.title.as_str()).collect())).collect();
        assert_eq!(
            cols,
            vec![("Backlog", vec![]), ("In Progress", vec!["a"]), ("Done", vec!["b"]), ("No Status", vec!["c"])]
        );
    }

    #[test]
    fn status_lookup_short_and_long_repo() {
        let b = board();
        assert_eq!(b.status_of("standards", 2), Some("In Progress"));
        assert_eq!(b.status_of("SovereignCloudStack/standards", 3), Some("In Progress"));
        assert_eq!(b.status_of("other/standards", 3), None);
        assert_eq!(b.status_of("standards", 99), None);
    }
}
