//! Tender mentions: ids (`VP12`, `VP06a-2`, `VP 09a`, `Lot 6c`, `Lots 6a-2, 4 and 18`),
//! the parenthesised subject, a normalised status and the awardee.

use std::sync::LazyLock;

use regex::Regex;

use super::doc::{Doc, Kind, KW_TENDER};
use super::AnyOf;
use crate::model::meeting::{TenderMention, TenderStatus};

static TENDER_HEADING: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)tender|procurement|vergabe|ausschreibung").expect("valid regex"));
static URL: LazyLock<Regex> = LazyLock::new(|| crate::minutes::rx(r"https?://\S+").expect("valid regex"));
/// `VP12`, `VP06a-2`, `VP 09a`, `VP4`, `VP-06b`, `VP-10-3`, `vp14`, `VPs 12`.
static VP_ID: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?-u:\b)(?:VP|Vp|vp)s?[ -]?(\d{1,2})([a-zA-Z])?(?:[-.](\d))?(?-u:\b)").expect("valid regex")
});
/// The next id of a list that goes on after a tender id without repeating `VP`: `VP04, 05 and
/// 07`, `VP12/13/14`, `VP06a/b`, `VP16a+b`, `VP-09a & -09b`.
static VP_MORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^\s*(?:,|/|&|\+|(?-u:\b)(?:and|und|or|oder)(?-u:\b))\s*-?(?:(\d{1,2})([a-zA-Z])?(?:[-.](\d))?|([a-zA-Z]))(?-u:\b)").expect("valid regex")
});
/// `Lot 13`, `Lots 6a-2, 4 and 18`, `Tender 18`; in German `Los 3`, `Lose 4 und 5`,
/// `Vergabepaket 6`.
static LOT_IDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)(?-u:\b)(?:lots?|lose?|tender|vergabepakete?)\s+(\d{1,2}[a-z]?(?:-\d)?(?:\s*(?:,|and|und|&)\s*\d{1,2}[a-z]?(?:-\d)?)*)(?-u:\b)",
    )
    .expect("valid regex")
});
static LOT_ONE: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"(\d{1,2})([a-z])?(?:-(\d))?").expect("valid regex"));
static AWARDEE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)(?:congratulations to|awarded to|onboarding(?: of)?|contract (?:goes|went) to|contract (?:was |has been )?signed with|contract with|(?:was |has been )?won by|winner(?: is|:)|awardee(?: is|:)|works for|kick-?off with|kick-?off mit|(?:running|in progress|again) with|zuschlag (?:an|für|geht an)|vergabe an|vergeben an)\s+(?:a consortium of\s+|(?:die|der|den|dem|the)\s+)?([^,.;:!()\n]+)|(?-i:(?:wurde|ist|wird) an)\s+([^,.;:!()\n]+?)\s+vergeben",
    )
    .expect("valid regex")
});
/// `(led by dNation)` right after an awardee of several companies.
static AWARDEE_LEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^\s*\(\s*led by ([^()]{1,40})\)").expect("valid regex"));
static WON: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?:^|[,;:]\s*|-\s+)([A-Z][\w&.\- ]*?)\s+(?:won|wins|has won)(?-u:\b)").expect("valid regex")
});
static DECIDED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)decision(?-u:\b).{0,40}(?-u:\b)(?:has been|was|is|were|got) (?:made|taken)|(?-u:\b)decision made(?-u:\b)|(?-u:\b)decided(?-u:\b)|(?-u:\b)award decision(?-u:\b)")
        .expect("valid regex")
});
static STEP_OVER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?:kick-?off|kick off|sprint|phase|period|meeting|workshop|evaluation|review|call|deadline|milestone|bewertung|evaluierung|angebotsphase|angebotsfrist|frist)\s+(?:\w+\s+)?(?:is\s+|was\s+|has been\s+|ist\s+|wurde\s+)?(?:done|finished|ended|completed|concluded|over|abgeschlossen|beendet|abgelaufen|vorbei)")
        .expect("valid regex")
});
/// `VP40: running`, `VP30 is still running`, `VP32 started`, `VP33: läuft`, `VP34: work
/// continues`: the work is under way (not `work continues in the scope of VP35`).
static RUNNING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"^[\s:\-–—,]*(?:(?:has |have |was |were )?started|running|(?:is|are) (?:now |still )?running|still running|work in progress|(?:ist |wurde )?gestartet|läuft|laufend|in umsetzung)(?:[\s.,;!]|$)|^[\s:\-–—,]*work continues(?:[.,;!]|\s*$)")
        .expect("valid regex")
});
/// A presenter's handle in parentheses at the end of a heading: `(@x)`, `(VP12, @x)`.
static PRESENTER: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"\([^()]*@[A-Za-z0-9][A-Za-z0-9-]*[^()]*\)[^()]{0,30}$").expect("valid regex"));
/// A clause that sets a condition: `before VP22 is awarded`, `until the decision is made`, `once signed`.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?-u:\b)(?:before|unless|once|as soon as)(?-u:\b)[^,;.()]*").expect("valid regex")
});
/// `VP21: dropped`, `the tender was dropped`: not "dropped the requirement".
static DROPPED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"^[\s:\-–—,]*(?:(?:was|has been|is|got) )?dropped(?:[\s.,;:!]|$)|(?:tender|lot|it) (?:was|has been|got) dropped|^[^,;:]{0,40}\s(?:is|was|has been|got) dropped(?:[\s.,;:!]|$)")
        .expect("valid regex")
});
/// `will tender it again`, `tender VP22a again in July`, `tendered once more`.
static RETENDER: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?-u:\b)tender(?:ed|s)?\s+(?:[\w-]+\s+){0,2}(?:again|once more|anew)(?-u:\b)").expect("valid regex")
});
/// `Textwerk delivered the analysis`, `Feldmark is working on v2`, `Lindgrün sent the plan`:
/// who does the work, at the start of the news.
static CONTRACTOR_DOES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^[\s:\-–—,]*((?-i:[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2}))\s+(?:delivered|sent|is working|are working|has started|have started|is on it|is looking into|did the|are at|have been on it|hat (?:\w+\s+){0,4}geliefert)(?-u:\b)").expect("valid regex")
});
static FUTURE_START: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(tomorrow|next week|soon|will|planned|upcoming|expected|probably|likely|to be (?:scheduled|planned|arranged|set up|agreed|announced)|tbd)").expect("valid regex")
});

/// Funds still to be released: the tender waits for its funding.
const FUNDS_AWAITED: &[&str] = &[
    "release the money",
    "release the funds",
    "release of the money",
    "release of the funds",
    "release of funds",
    "waiting for funding",
    "waiting for the funds",
    "waiting for the money",
];

fn has(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.contains(w))
}

/// Offers that came in, in other words than the listed phrases: `received three offers`,
/// `we got 2 bids`, `offers have been received` (the `received` within two words of the offer).
fn offers_in(t: &str) -> bool {
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let offer = |w: &str| matches!(w, "offer" | "offers" | "bid" | "bids");
    words.iter().enumerate().any(|(i, w)| {
        // the three words after this one
        let next = &words[i + 1..(i + 4).min(words.len())];
        match *w {
            // `received three offers`, `got 2 bids`
            "received" | "got" => next.iter().any(|x| offer(x)),
            // `offers have been received`, `three offers were received`
            _ if offer(w) => next.contains(&"received"),
            _ => false,
        }
    })
}

/// Normalise a status phrase (lowercase text after the id) to a [`TenderStatus`].
/// The bool is true when the status is "waiting for funds" only (which after a
/// decision means `decided`).
pub fn classify(text: &str) -> (TenderStatus, bool) {
    // `nothing happens before VP22 is awarded`, `cannot say more before the decision is made`: a
    // condition is no news
    let text = &*CONDITION.replace_all(text, "");
    // a leading space lets ` ended`, ` awarded` match at the start of a short status
    let t = format!(" {}", text.to_lowercase());
    let t = t.as_str();
    use TenderStatus::*;
    if has(
        t,
        &[
            "tendered again",
            "tender again",
            "re-tender",
            "retender",
            "republication",
            "re-publication",
            "new tender round",
            "tendered anew",
            "did not yield",
            "no offer",
            "no suitable offer",
            "no acceptable offer",
            "no bid",
            "no suitable bid",
            "did not receive a",
            "didn't receive a",
            "no bidder",
            "neuausschreibung",
            "erneut ausgeschrieben",
            "erneut ausschreiben",
            "neu ausgeschrieben",
        ],
    ) || RETENDER.is_match(t)
    {
        return (Retender, false);
    }
    if has(
        t,
        &[
            "cancelled",
            "canceled",
            "will not happen",
            "won't happen",
            "withdrawn",
            "called off",
            "not be tendered",
            "won't be tendered",
            "abandoned",
            "nicht ausgeschrieben",
            "nicht vergeben",
            "entfällt",
            "fällt weg",
            "hinfällig",
            "gestrichen",
            "not happening",
            "won't be happening",
            "not needed anymore",
            "no longer needed",
            "rescind",
        ],
    ) || DROPPED.is_match(t)
    {
        return (Cancelled, false);
    }
    // "we have a winner, the contract is not yet signed": decided
    if has(t, &["not yet signed", "not signed yet", "to be signed", "before signing", "signing pending"]) {
        return (Decided, false);
    }
    // "the tender has been finalised … congratulations to X": the award, not the end of the work
    if has(t, &["congratulations to", "awarded to "])
        && !has(t, &["onboard", "kick-off", "kickoff", "kick off", "kicked off", "started", "has begun", "work on"])
    {
        return (Awarded, false);
    }
    // "kick-off done", "first sprint finished": a step of the work, not its end
    let no_steps = STEP_OVER.replace_all(t, " ");
    let t_end = no_steps.as_ref();
    // (the news from its first word: `done: …`, `**End of VP06d**`)
    let t_lead = t_end.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "ended, received several offers": the offer period ended, not the work
    let period_over = has(t, &["offer period ended", "deadline ended", "submission ended", "period has ended"])
        || has(t, &["offers", "offer ", "bids", "bidder", "angebot"]);
    // "the construction of VP18 is taking a long time as the delivery could only be completed
    // on Monday": a part is done, the work still runs
    if has(t, &["is taking", "are taking", "still ongoing", "is ongoing", "are ongoing", "still running"]) {
        return (Started, false);
    }
    // `Threat model for VP04: ongoing`, `work will be concluded on August 23rd`: under way until then
    // (not `evaluation ongoing`: a step before the award)
    let step_before = has(t, &["evaluat", "review", "assess", "prepar", "select", "negotiat", "publication", "offer"]);
    if !step_before && t.trim_end_matches(['.', '!', ' ', ')']).ends_with(" ongoing")
        || has(
            t,
            &[
                "will be concluded",
                "will be finished",
                "will be completed",
                "will be finalised",
                "will be finalized",
                "will be wrapped up",
                "will end ",
            ],
        )
    {
        return (Started, false);
    }
    // "tender documents are being finalised": the documents, not the work
    let drafting = has(t, &["being finalised", "being finalized", "to be finalised", "to be finalized"]);
    if !period_over
        && !drafting
        && (has(
            t_end,
            &[
                "finished",
                "has ended",
                "have ended",
                " ended",
                "completed",
                "finalised",
                "finalized",
                "finalisation",
                "finalization",
                "wrapped up",
                "is over",
                "are over",
                "concluded",
                "come to an end",
                "came to an end",
                "abgeschlossen",
                "beendet",
                "fertiggestellt",
                "abgenommen",
                "final report accepted",
                "final report was accepted",
                "final report has been accepted",
                "final invoice",
                "closed administratively",
            ],
        ) || t_end.trim_end_matches(['.', '!', ' ']).ends_with(" done")
            // (`done: …`; `**End of VP06d**`, the work's end named as such)
            || t_lead.starts_with("done")
            || t_lead.starts_with("end of "))
    {
        return (Finished, false);
    }
    // `milestone 3 delivered`, `milestone 2 started`: a step of the work, so the work runs
    if has(t, &["milestone"])
        && has(
            t,
            &[
                " started",
                " delivered",
                " reached",
                " completed",
                " done",
                " accepted",
                " starts",
                " slipped",
                " late",
                " delayed",
                "geliefert",
            ],
        )
    {
        return (Started, false);
    }
    let onboard = has(
        t,
        &[
            "onboarded",
            "onboarding",
            "kick-off",
            "kickoff",
            "kick off",
            "kicked off",
            "kicked-off",
            "kicking off",
            "kicking of ",
            "collaboration started",
            "work started",
            "work has started",
            "has started",
            "has begun",
            "have started",
            "started working",
            "contract started",
            "work on",
            "works on",
            "works for",
            "working on",
            "worked on",
            "progress of",
            "work in progress",
            "running tender",
            "ongoing tender",
            "work is in progress",
            "ongoing work",
            "work ongoing",
            "work is ongoing",
            "will finish",
            "joined the",
            "new team",
            "news from",
            "report from",
            // what the contractor does: `delivered the first wireframes`, `on track for May`, `in
            // its final phase`, `the contract ends 31 May`
            " delivered",
            "geliefert",
            "on track",
            "final phase",
            "is finishing",
            "contract ends",
            "acceptance test",
            "final acceptance",
            "interim report",
            "going fine",
            "going well",
            "goes well",
            "is on it",
            "are on it",
        ],
    );
    let awarded = has(
        t,
        &[
            "congratulations",
            "awarded to",
            "has been awarded",
            "was awarded",
            "were awarded",
            " awarded",
            " won ",
            " wins ",
            "contract signed",
            "contract was signed",
            "contract has been signed",
            "contract concluded",
            "signed the contract",
            "contract is signed",
            "contracts signed",
            "contracts were signed",
            "contracts have been signed",
            "vertrag unterschrieben",
            "vertrag unterzeichnet",
            "vergeben an",
            "vergabe an ",
            "zuschlag",
            "won by",
            "winner is",
            "tender winner",
            "winner of",
            "winner:",
            "awardee",
        ],
    ) || t.trim_start().starts_with("awarded")
        // `VP27: signed` (the contract; not `signed off`, an approval)
        || t_lead.starts_with("signed") && !t_lead.starts_with("signed off") && !t_lead.starts_with("signed-off")
        || WON.is_match(text);
    let future_award = has(
        t,
        &[
            "will be awarded",
            "will likely be awarded",
            "may be awarded",
            "can be awarded",
            "to be awarded",
            "will award",
        ],
    );
    let at_onboard = ["onboard", "kick", "collaboration", "work"].iter().find_map(|w| t.find(w));
    let after_onboard = at_onboard.map_or("", |i| &t[i..]);
    // `sprint planning waits for the VP12 kick-off`: a start still awaited
    let awaited = at_onboard.is_some_and(|i| {
        let before = t[..i].trim_end().trim_end_matches(" the").trim_end_matches(" vp");
        ["wait for", "waits for", "waiting for", "wait until", "until", "after"].iter().any(|w| before.ends_with(w))
    });
    let onboard = onboard && !awaited;
    // (`VP17 see item 1, running`: the news in a clause of its own)
    if RUNNING.is_match(t) || t.split([',', ';']).skip(1).any(|c| RUNNING.is_match(c)) {
        return (Started, false);
    }
    // `awarded to X, contract signed, kick-off on 6 May`: the award is the news, the kick-off is
    // the next step (not `kick-off took place`, `onboarded`)
    let clause = after_onboard.split([',', ';']).next().unwrap_or("");
    let kickoff_ahead = ["kick-off", "kickoff", "kick off", "onboarding call", "onboarding meeting"]
        .iter()
        .any(|k| after_onboard.starts_with(k))
        && !has(
            clause,
            &["took place", " held", "happened", "went ", "done", " was ", "fand statt", "stattgefunden", " war "],
        );
    if awarded && !future_award && kickoff_ahead {
        return (Awarded, false);
    }
    // `kick-off with X on 14 March, first findings expected in April`: what is still expected
    // is another clause's
    if onboard && !FUTURE_START.is_match(clause) {
        return (Started, false);
    }
    if onboard && has(t, &["onboarded today", "onboarding started", "collaboration started"]) {
        return (Started, false);
    }
    if awarded && !future_award {
        return (Awarded, false);
    }
    // `waiting for the ministry to release the money, the contract may be awarded in January`:
    // the award waits for the funds
    if future_award && has(t, FUNDS_AWAITED) {
        return (Preparing, true);
    }
    // `will likely be awarded in January`: not decided yet
    if future_award && has(t, &["likely", "probably", "may be", "might", "hopefully", "expected"]) {
        return (Evaluating, false);
    }
    if future_award {
        return (Decided, false);
    }
    if DECIDED.is_match(t)
        || has(
            t,
            &[
                "winner has been chosen",
                "winner was chosen",
                "winner chosen",
                "winner selected",
                "contract pending",
                "vergabeentscheidung",
                "zuschlagsentscheidung",
            ],
        )
    {
        return (Decided, false);
    }
    if has(t, &["board decision", "board approval", "approved", "approval"]) {
        return (Preparing, false);
    }
    if has(
        t,
        &[
            "decision is being prepared",
            "decision being prepared",
            "decision nearly",
            "final evaluation",
            "evaluat",
            "offers received",
            "received offers",
            "received several offers",
            "received an offer",
            "with several offers",
            "with offers",
            "offer period ended",
            "offers that we",
            "bids received",
            "closed with",
            "being reviewed",
            "under review",
            "selection process",
            "we have a winner",
            "being assessed",
            "are assessed",
            "assessment of the offers",
            "assessing the offers",
            "angebote werden bewertet",
            "angebote werden geprüft",
            "in der bewertung",
            "bewertung der angebote",
            "angebote eingegangen",
            "angebotsfrist beendet",
            "angebotsfrist abgelaufen",
            "angebotsfrist ist abgelaufen",
            "bewertung",
            "wird bewertet",
            "werden bewertet",
            "in negotiation",
            "negotiations",
            "negotiating",
            "verhandlung",
            "close to award",
            "award pending",
            "award is pending",
            "shortlist",
        ],
    ) || offers_in(t)
    {
        return (Evaluating, false);
    }
    if has(
        t,
        &[
            "will be published",
            "to be published",
            "published next",
            "will go out to tender",
            "will be tendered",
            "go public",
            "going public",
        ],
    ) {
        return (Preparing, false);
    }
    if has(
        t,
        &[
            "published",
            "tender is open",
            "is open",
            "open for offers",
            "offer period",
            "offer deadline",
            "deadline extended",
            "deadline",
            "new tender",
            "out to tender",
            "tender portal",
            "dtvp",
            "call for offers",
            "call for tenders",
            "can be submitted",
            "can still be submitted",
            "abgegeben werden",
            "offer phase",
            "bieterkonferenz",
            "bidders' conference",
            "bidder conference",
            "can be handed in",
            "hand in offers",
            "hand in bids",
            "submission deadline",
            "bidding period",
            "offers until",
            "bids until",
            "open until",
            "accepting offers",
            "ausgeschrieben",
            "veröffentlicht",
            "eingereicht werden",
            "angebotsfrist",
            "vergabeportal",
            "tender went live",
            "went live on the tender",
            "tender launched",
            "tender was launched",
            "tender has been launched",
            "launched the tender",
            "procurement launched",
            "procurement was launched",
            "procurement has been launched",
            "offers due",
            "offers are due",
            "bids due",
            "bidder questions",
            "questions from bidders",
            "questions of the bidders",
            "bieterfragen",
            "angebotsphase",
            "ausschreibung läuft",
        ],
    ) {
        return (Open, false);
    }
    if has(
        t,
        &[
            "release of the funds",
            "release of funds",
            "release the money",
            "release of the money",
            "unblocking money",
            "waiting for funding",
            "funding",
            "funds",
            "money",
        ],
    ) {
        return (Preparing, true);
    }
    if has(
        t,
        &[
            "being prepared",
            "being written",
            "in vorbereitung",
            "vorbereitet",
            "geplant",
            "in planung",
            "leistungsbeschreibung",
            "planning phase",
            "plan to publish",
            "plans to publish",
            "planned to publish",
            "to go out",
            "goes out on",
            "vorgesehen",
            "mittelfreigabe",
            "tender documents",
            "prepared",
            "preparation",
            "preparing",
            "upcoming",
            "next:",
            "planned",
            "will start",
            "documentation",
            "in progress",
            "soon",
            // `in the pipeline for autumn`, `a new work package`, `announced for Q2`, `the
            // foundation plans VP31b`, `moved to 2026` (not `proposed`: `encryption proposed on the
            // PTG` is about the work; not `draft`: a draft report is the work's)
            "in the pipeline",
            "new work package",
            "announced",
            " plans ",
            "moved to 20",
            "postponed to",
            "waiting for budget",
            "waiting for the budget",
            "on hold",
            "publication moved",
            "publication slips",
            "publication is planned",
            "postponed the publication",
            "wartet auf die freigabe",
            "freigabe der mittel",
            "ist beantragt",
            "split into",
            "lose geteilt",
            "lose aufgeteilt",
            "come out in",
            "go out in",
            "in prep",
        ],
    ) {
        return (Preparing, false);
    }
    // `Overview of VP03 epics / stories`, `VP04 results - custom image`: what the work on the
    // tender produces, so the work is under way
    if has(t, &[" epics", " user stor", " userstor", " results"]) && !FUTURE_START.is_match(t) {
        return (Started, false);
    }
    (Unknown, false)
}

/// Awardee named in a status text.
pub fn awardee(text: &str) -> Option<String> {
    // the awardee, where it ends in the text, and whether it is named as a consortium
    let (raw, end, consortium) = match AWARDEE.captures(text) {
        Some(c) => {
            let m = c.get(1).or(c.get(2))?;
            (m.as_str(), m.end(), c[0].contains("consortium"))
        }
        None => {
            let m = WON.captures(text)?.get(1)?;
            (m.as_str(), m.end(), false)
        }
    };
    let mut s = raw.trim();
    // `a consortium of A and B (led by A)`: who leads is part of who won
    let lead = AWARDEE_LEAD.captures(&text[end..]).map(|c| c[1].trim().to_string());
    for cut in [" with ", " on ", " for ", " as ", " who ", " today", " (", " - ", " – "] {
        if let Some(i) = s.find(cut) {
            s = &s[..i];
        }
    }
    let mut s = s.trim().trim_end_matches(['.', ',', '!']);
    for tail in [" on", " for", " in", " at", " of"] {
        s = s.strip_suffix(tail).unwrap_or(s);
    }
    // `Nordlicht Data took place`, `Kestrel GmbH last week`, `Acme GmbH 🎉`: the name ends at the
    // first word that is no part of one (a name's words have a capital or a digit, `dNation`
    // too; `&` and `and` join two)
    let name_word = |w: &str| w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut keep = 0;
    while keep < words.len() {
        let w = words[keep];
        let joins = ["&", "and", "und", "+"].contains(&w) && words.get(keep + 1).is_some_and(|n| name_word(n));
        if !(name_word(w) || joins) {
            break;
        }
        keep += if joins { 2 } else { 1 };
    }
    let named = words[..keep].join(" ");
    let s = if keep > 0 && keep < words.len() { named.as_str() } else { s };
    if s.is_empty() || s.len() > 80 || !s.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    Some(match lead {
        Some(by) if raw.contains(" and ") => {
            let what = if consortium { "consortium " } else { "" };
            format!("{s} ({what}led by {by})")
        }
        _ => s.to_string(),
    })
}

/// Legal forms, and words only companies end their names with.
const COMPANY_ENDS: &[&str] = &[
    "GmbH",
    "AG",
    "SE",
    "KG",
    "Ltd",
    "Inc",
    "LLC",
    "BV",
    "NV",
    "Oy",
    "AS",
    "AB",
    "SAS",
    "SARL",
    "SRL",
    "Systems",
    "Solutions",
    "Consulting",
    "Technologies",
    "Software",
    "Labs",
    "Hosting",
    "IT",
];

/// Whether a name reads as a company's: two to five capitalised words (`&` joins them), the
/// last one in `ends`.
fn company_ending(s: &str, ends: &[&str]) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("").trim_end_matches(['.', ',']);
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&'))
        && ends.contains(&last)
}

/// A subject in parentheses that names a company (`Nordlicht Systems`, `Kestrel Cloud Services`,
/// `B1 GmbH`): there, beside the [`COMPANY_ENDS`], words that a topic could end with too.
fn company_like(s: &str) -> bool {
    company_ending(s, COMPANY_ENDS) || company_ending(s, &["Services", "Networks", "Computing", "Group"])
}

/// A name found anywhere in a line that is a company's (`Fjell Data AS`, `Nordhavn Hosting`),
/// not a topic's (`Health Monitoring`, `Confidential Computing`).
fn company_name(s: &str) -> bool {
    company_ending(s, COMPANY_ENDS)
}

/// The contractor a line on a running or awarded tender names in other words than the awardee
/// phrases: a company's name anywhere (`interim report from Nordhavn Security`, `(monitoring
/// stack, Brightwave IT)`), or whoever does the work at the start of the news (`Textwerk
/// delivered the analysis`, `Feldmark is working on v2`).
fn contractor(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&').to_string();
    // (a tender's id is no word of a name: `VP14`, `VP-06`)
    let tender_id = |c: &str| matches!(c.as_bytes(), [b'v' | b'V', b'p' | b'P', b'0'..=b'9' | b'-', ..]);
    let capital = |w: &str| {
        let c = clean(w);
        c.chars().next().is_some_and(|c| c.is_uppercase()) && !tender_id(&c) || c == "&"
    };
    // the longest run of capitalised words that ends in a company's word
    for i in 0..words.len() {
        if !capital(words[i]) || words[i].starts_with('(') && i + 1 < words.len() && !capital(words[i + 1]) {
            continue;
        }
        let mut j = i;
        // (a run ends before a parenthesis: `Anja Brandt (Nordlicht IT)`)
        while j < words.len() && capital(words[j]) && j - i < 5 && (j == i || !words[j].starts_with('(')) {
            // a run ends at a word that closes a clause
            let ends = words[j].ends_with([',', ';', ')', ':', '.']);
            j += 1;
            if ends {
                break;
            }
        }
        for end in (i + 2..=j).rev() {
            let name = words[i..end].iter().map(|w| clean(w)).collect::<Vec<_>>().join(" ");
            if company_name(&name) {
                return Some(name);
            }
        }
    }
    CONTRACTOR_DOES
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .filter(|n| !NOT_A_NAME.contains(&n.split_whitespace().next().unwrap_or("")))
}

/// Words that start a sentence and name nobody.
const NOT_A_NAME: &[&str] = &[
    "The",
    "This",
    "That",
    "It",
    "We",
    "They",
    "All",
    "Work",
    "Team",
    "Everyone",
    "Nobody",
    "Someone",
    "Our",
    "Their",
    "Milestone",
    "Sprint",
    "Kick-off",
    "Kickoff",
    "Contract",
    "Tender",
    "Foundation",
    "Board",
    "SIG",
    "PR",
    "CI",
];

fn norm_id(num: &str, letter: Option<&str>, part: Option<&str>) -> Option<String> {
    let n: u32 = num.parse().ok()?;
    if n == 0 {
        return None;
    }
    let mut id = format!("VP{n:02}");
    if let Some(l) = letter {
        id.push_str(&l.to_lowercase());
    }
    if let Some(p) = part {
        id.push('-');
        id.push_str(p);
    }
    Some(id)
}

/// Whether the letter alone that [`VP_MORE`] matched is an id's (`VP06a/b awarded`), not a word
/// (`VP06a and I`, `VP06b, a new lot`): a small letter that ends the list or the clause.
fn letter_ends_id(rest: &str, more: &regex::Captures<'_>) -> bool {
    let Some(l) = more.get(4) else { return false };
    if !l.as_str().bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // (`a/b`, `a+b`: bound tightly, ids whatever follows)
    let sep = rest.trim_start().as_bytes().first().copied();
    if matches!(sep, Some(b'/' | b'+')) {
        return true;
    }
    let after = rest[more.get(0).map_or(0, |g| g.end())..].trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    after.is_empty()
        || after.starts_with([',', '/', '+', '&', ')', ':', ';', '.', '-', '('])
        || ["and", "or", "und", "oder", "is", "are", "were", "was", "have", "has", "got", "will", "sind", "wurden"]
            .contains(&next)
}

/// Tender ids in a line, normalised, with the byte end of the first id.
pub fn ids(text: &str) -> (Vec<String>, usize, usize) {
    ids_of(&id_spans(text))
}

/// The distinct ids of `found` spans with the start of the first and the end of the last.
fn ids_of(found: &[(String, usize, usize)]) -> (Vec<String>, usize, usize) {
    let start = found.first().map(|f| f.1).unwrap_or(0);
    let end = found.iter().map(|f| f.2).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for (id, _, _) in found {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    (out, start, end)
}

/// Each tender id in a line with its byte span, in order.
pub fn id_spans(text: &str) -> Vec<(String, usize, usize)> {
    let clean = URL.replace_all(text, |c: &regex::Captures| " ".repeat(c[0].len()));
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for c in VP_ID.captures_iter(&clean) {
        let (Some(m), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // (`vp14` in small letters, not inside a name: `vp21-contractor`, `team_vp3`)
        let tail = clean[m.end()..].as_bytes();
        let small = !m.as_str().starts_with("VP");
        if small
            && (clean[..m.start()].ends_with(['-', '_', '/', '.'])
                || tail.first() == Some(&b'_')
                || tail.first() == Some(&b'-') && tail.get(1).is_some_and(u8::is_ascii_alphabetic))
        {
            continue;
        }
        let letter = c.get(2).map(|m| m.as_str());
        if let Some(id) = norm_id(num.as_str(), letter, c.get(3).map(|m| m.as_str())) {
            found.push((m.start(), m.end(), id));
        }
        // the list's further ids: a number written with as many digits as the first (`VP04, 05`,
        // not the `5` of `VP04, 5 offers`), or a letter alone after a first id with a letter
        let mut end = m.end();
        while let Some(more) = VP_MORE.captures(&clean[end..]) {
            let id = match (more.get(1), more.get(4)) {
                (Some(n), _) if n.as_str().len() == num.as_str().len() => {
                    norm_id(n.as_str(), more.get(2).map(|m| m.as_str()), more.get(3).map(|m| m.as_str()))
                }
                (None, Some(l))
                    if letter.is_some() && l.as_str().len() == 1 && letter_ends_id(&clean[end..], &more) =>
                {
                    norm_id(num.as_str(), Some(l.as_str()), None)
                }
                _ => None,
            };
            let Some(id) = id else { break };
            let span = more.get(0).map_or(0, |g| g.end());
            found.push((end, end + span, id));
            end += span;
        }
    }
    let vp_ends: Vec<usize> = found.iter().map(|f| f.1).collect();
    for c in LOT_IDS.captures_iter(&clean) {
        let (Some(m), Some(list)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // `VP04 Lot 1`: a lot of the tender just named, not tender 1
        if vp_ends.iter().any(|&e| e <= m.start() && m.start() - e <= 3) {
            continue;
        }
        for one in LOT_ONE.captures_iter(list.as_str()) {
            let Some(num) = one.get(1) else { continue };
            if let Some(id) = norm_id(num.as_str(), one.get(2).map(|m| m.as_str()), one.get(3).map(|m| m.as_str())) {
                let end = one.get(0).map(|o| list.start() + o.end()).unwrap_or(m.end());
                found.push((m.start(), end, id));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    found.into_iter().map(|(s, e, id)| (id, s, e)).collect()
}

/// `(Health monitoring)` right after a tender id.
fn paren_title(after: &str) -> Option<String> {
    let a = after.trim_start();
    if !a.starts_with('(') {
        return None;
    }
    title_and_rest(a).0
}

/// Title and status text after the ids: `(Health monitoring): Tender is open`.
fn title_and_rest(after: &str) -> (Option<String>, String) {
    let a = after.trim_start();
    if let Some(inner) = a.strip_prefix('(') {
        // balanced parentheses
        let mut depth = 1;
        for (i, c) in inner.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        let title = inner[..i].trim().to_string();
                        let rest = inner[i + 1..].trim_start_matches(|c: char| c.is_whitespace() || ":-–—".contains(c));
                        return ((!title.is_empty()).then_some(title), rest.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    // `VP19b, the build audit, is running`: a title set off by commas
    if let Some((title, tail)) = a.strip_prefix(',').and_then(|r| r.split_once(',')) {
        let words = title.split_whitespace().count();
        if (1..=6).contains(&words) && !title.contains(['.', ':']) && !tail.trim().is_empty() {
            return (Some(title.trim().to_string()), tail.trim().to_string());
        }
    }
    // `VP12 health monitoring: offer period ended`
    if let Some((head, tail)) = a.split_once(':') {
        let head = head.trim();
        if !head.is_empty()
            && head.len() <= 40
            && head.split_whitespace().count() <= 4
            && !head.chars().any(|c| c.is_ascii_digit())
        {
            return (Some(head.to_string()), tail.trim().to_string());
        }
        if head.is_empty() {
            return (None, tail.trim().to_string());
        }
    }
    (None, a.trim_start_matches(|c: char| c.is_whitespace() || ":-–—".contains(c)).to_string())
}

/// Extract the tender mentions of one meeting.
pub fn extract(doc: &Doc) -> Vec<TenderMention> {
    // a section is about tenders when its heading or an enclosing one says so
    // (parents come before their children)
    let mut tender_sec: Vec<bool> = Vec::with_capacity(doc.sections.len());
    for (i, s) in doc.sections.iter().enumerate() {
        let own = TENDER_HEADING.is_match(&s.title);
        let inherited =
            doc.section_parent.get(i).copied().flatten().and_then(|p| tender_sec.get(p).copied()).unwrap_or(false);
        tender_sec.push(own || inherited);
    }
    let mut out: Vec<TenderMention> = Vec::new();
    for (idx, node) in doc.nodes.iter().enumerate() {
        let heading = matches!(node.kind, Kind::Heading(_));
        // a heading's own section is itself: look at the enclosing one
        let sec = if heading {
            node.section.and_then(|s| doc.section_parent.get(s).copied().flatten())
        } else {
            node.section
        };
        let in_sec = sec.is_some_and(|s| tender_sec.get(s).copied().unwrap_or(false));
        let text = &*node.text;
        if !doc.has(node, KW_TENDER) {
            continue;
        }
        let lower_s = text.to_ascii_lowercase();
        let lower = lower_s.as_str();
        // a `VPxx` id (`Vergabepaket 4`) is a tender wherever it is named; `Lot 4`/`Los 4`/`Tender 18` only in
        // a tender section or a line about tenders
        if !(lower.contains("vp")
            || lower.contains("tender ")
            || lower.contains("vergabepaket")
            || (lower.contains("lot") || lower.contains("los")) && in_sec)
        {
            continue;
        }
        let mut spans = id_spans(text);
        // `who maintains it? tender lot 8 winner?`: a lot number outside a tender section
        // names no tender (`Tender 18` and `VP08` do)
        let is_lot = |s: usize| lower.get(s..).is_some_and(|r| r.starts_with("lot") || r.starts_with("los"));
        if !in_sec {
            spans.retain(|(_, s, _)| !is_lot(*s));
        }
        // `- VP27b published` / `  - Lot 1 translation, Lot 2 review`, `### VP04 Networking` /
        // `- Lot 1 (SDN scaling)`, `VP28a (identity, Los 1)`: a lot under a tender, or after its
        // id, is a part of that tender, not a tender of its own
        if spans.iter().any(|(_, s, _)| is_lot(*s)) {
            let names_vp = |t: &str| VP_ID.is_match(t);
            let mut up = node.parent;
            let mut under_vp = !heading && names_vp(doc.heading(node));
            while let (Some(p), false) = (up, under_vp) {
                under_vp = doc.nodes.get(p).is_some_and(|n| names_vp(&n.text));
                up = doc.nodes.get(p).and_then(|n| n.parent).filter(|&q| q != p);
            }
            let first_vp = spans.iter().filter(|(_, s, _)| !is_lot(*s)).map(|(_, s, _)| *s).min();
            spans.retain(|(_, s, _)| !is_lot(*s) || !under_vp && first_vp.is_none_or(|v| v > *s));
        }
        let (found, start, end) = ids_of(&spans);
        if found.is_empty() {
            continue;
        }
        let before = text.get(..start).unwrap_or("");
        // `Ruth: VP20 is running`: who speaks says nothing of the tender
        // (not a label of the news: `Upcoming: Lot 5`, `Finished: VP04`)
        let speaks =
            |(who, rest): (&str, &str)| rest.trim().is_empty() && matches!(classify(who).0, TenderStatus::Unknown);
        let before = if super::doc::speaker_label(before.trim_end()).is_some_and(speaks) { "" } else { before };
        let after = text.get(end..).unwrap_or("");
        let (title, mut rest) = title_and_rest(after);
        if rest.trim().is_empty() && !before.trim().is_empty() {
            rest = before.to_string();
        } else if !before.trim().is_empty() {
            rest = format!("{before} {rest}");
        }
        // status written in sub-bullets: `- VP12 (health monitoring)\n  - Will go out to tender next week`
        if rest.trim().is_empty() && node.kind == Kind::Item {
            let kids: Vec<String> = doc.children(idx).map(|c| doc.full_text(c)).collect();
            rest = kids.join("; ");
        }
        // (a URL's words are no news: `see …/kickoff-notes`)
        // (`//host/…`: the title may have been cut at the URL's colon)
        let (mut status, _funds) = if rest.contains("//") {
            classify(&rest.split_whitespace().filter(|w| !w.contains("//")).collect::<Vec<_>>().join(" "))
        } else {
            classify(&rest)
        };
        // `VP20-2 is dropped: upstream covers it`: the news stood where a title would; `VP09
        // finished: X delivered the final report`: the headline's news, not the work it reports
        if let Some(t) = &title {
            let subject = after.trim_start().starts_with('(');
            if status == TenderStatus::Unknown || status == TenderStatus::Started && !subject {
                let headline = classify(t).0;
                if status == TenderStatus::Unknown || headline != TenderStatus::Unknown {
                    status = headline;
                }
            }
        }
        // `- VP04 Kolla Redis TLS` / `  - implementation is ongoing`: a line that only names the
        // tender takes the news of its sub-items when they name no other tender
        let names_only = || !rest.contains('@') && rest.split_whitespace().count() <= 5;
        if status == TenderStatus::Unknown && node.kind == Kind::Item && !text.trim_end().ends_with('?') && names_only()
        {
            let kids: Vec<String> = doc.children(idx).map(|c| doc.full_text(c)).collect();
            if !kids.is_empty() && kids.iter().all(|k| !k.contains("VP")) {
                status = classify(&kids.join("; ")).0;
            }
        }
        // `### Finished tenders` / `- VP05 and VP06c`: ids alone under a heading that says
        // where they stand
        if status == TenderStatus::Unknown
            && node.kind == Kind::Item
            && rest.trim().is_empty()
            && before.trim().is_empty()
            && TENDER_HEADING.is_match(doc.heading(node))
        {
            status = classify(doc.heading(node)).0;
        }
        // `VP31: nothing happens before VP30 is awarded`: an id inside a condition is only named,
        // and the line's news is what it says without the condition
        let conditional: Vec<bool> =
            spans.iter().map(|(_, s, _)| CONDITION.find_iter(text).any(|m| m.start() < *s && *s <= m.end())).collect();
        if conditional.contains(&true) {
            status = classify(&CONDITION.replace_all(text, "")).0;
        }
        // `Q: should we evaluate it in the context of VP10?`: a question reports no news
        if text.trim_end().ends_with('?') {
            status = TenderStatus::Unknown;
        }
        let trimmed = rest.trim().trim_end_matches('.').to_lowercase();
        if matches!(trimmed.as_str(), "dito" | "ditto" | "same" | "dto") {
            if let Some(prev) = out.last() {
                status = prev.status;
            }
        }
        // `### VP10 - User data backup (@x)`: a work package reported on, i.e. running
        // `# Team IaaS / Networking (VP04)`: a topic heading that names its tender
        let topic_of = before.trim_end().ends_with('(') && before.trim_end().len() > 1;
        // `#### VP04 items`: a heading that only names the tender, with a word for what is listed
        let filler = || {
            let r = rest.trim().trim_end_matches(':').to_ascii_lowercase();
            matches!(r.as_str(), "items" | "topics" | "points" | "agenda" | "agenda items" | "news")
        };
        // (`## 6. VP17 status (Kestrel)`: the heading's number is no text before the id)
        let numbered = {
            let b = before.trim().trim_end_matches(['.', ')']);
            !b.is_empty() && b.len() <= 3 && b.bytes().all(|c| c.is_ascii_digit()) && !after.trim().is_empty()
        };
        if heading
            && !in_sec
            && status == TenderStatus::Unknown
            && (!rest.trim().is_empty() && (before.trim().is_empty() || numbered) && !filler() || topic_of)
        {
            status = TenderStatus::Started;
        }
        // `### Cloud interconnect VP04 (@x)`, `### Health monitor (VP12, @x)`: a report
        // on the work, given by the person named
        if heading && status == TenderStatus::Unknown && PRESENTER.is_match(text) {
            status = TenderStatus::Started;
        }
        let aw = if matches!(status, TenderStatus::Awarded | TenderStatus::Started) {
            // `VP21 (Nordlicht Systems): work in progress`: a company named in parentheses
            awardee(&rest)
                .or_else(|| title.as_deref().filter(|t| company_like(t)).map(str::to_string))
                .or_else(|| contractor(&rest))
                .or_else(|| title.as_deref().and_then(contractor))
        } else {
            None
        };
        // `VP01 finished, VP02 kick-off last week`: each id with the news that follows it
        // `VP28 and VP29 have been finished`: ids joined by `and`/`,` share the news after the last
        let mut seg_status: Vec<Option<TenderStatus>> = vec![None; spans.len()];
        if spans.len() >= 2 {
            for i in (0..spans.len()).rev() {
                let from = spans[i].2;
                let to = spans.get(i + 1).map(|s| s.1).unwrap_or(text.len()).max(from);
                let seg = text.get(from..to).unwrap_or("");
                let joiner = seg.trim().trim_matches(|c: char| ",&/;".contains(c)).trim();
                seg_status[i] = if matches!(joiner, "" | "and" | "or" | "as well as") && i + 1 < spans.len() {
                    seg_status[i + 1]
                } else {
                    let st = classify(&title_and_rest(seg).1).0;
                    (st != TenderStatus::Unknown).then_some(st)
                };
            }
        }
        // `VP22 will be tendered again as VP22a`, `split it into VP23a (tooling) and VP23b
        // (content)`: the ids the line makes are planned
        let remade = ["again", "re-tender", "retender", "neuausschreibung"].iter().any(|w| lower.contains(w));
        let split = SPLIT_WORDS.iter().any(|w| lower.contains(w));
        let mut made = false;
        for i in 0..spans.len() {
            let from = if i == 0 { 0 } else { spans[i - 1].2 };
            let before = lower.get(from..spans[i].1).unwrap_or("").trim_end();
            // (after an id's own subject: `VP23a (tooling) and VP23b`)
            let before = match before.trim_start().strip_prefix('(').and_then(|b| b.split_once(')')) {
                Some((_, after)) => after,
                None => before,
            };
            let joined = matches!(before.trim_matches(|c: char| ",&/;".contains(c)).trim(), "" | "and" | "und");
            made = i > 0 && made && joined
                || remade && (before.ends_with(" as") || before.ends_with(" als"))
                || before.ends_with("planned as")
                || split
                    && (before.ends_with("into")
                        || before.ends_with(" in")
                        || SPLIT_WORDS.iter().any(|w| before.trim_end_matches([',', ':']).ends_with(w)));
            if made {
                seg_status[i] = Some(TenderStatus::Preparing);
            }
        }
        for (i, c) in conditional.iter().enumerate() {
            if *c {
                seg_status[i] = Some(TenderStatus::Unknown);
            }
        }
        // (`VP09 acceptance test passed → VP09 is finished`: the same id twice, its last news)
        let own_status = |id: &str| -> Option<TenderStatus> {
            spans.iter().zip(&seg_status).rev().filter(|((x, _, _), _)| x == id).find_map(|(_, st)| *st)
        };
        for id in found {
            let status = own_status(&id).unwrap_or(status);
            let aw = if own_status(&id).is_some() && status != TenderStatus::Awarded && status != TenderStatus::Started
            {
                None
            } else {
                aw.clone()
            };
            // several ids in one line: each its own `(subject)`
            let own =
                spans.iter().find(|(i, _, _)| *i == id).and_then(|(_, _, e)| text.get(*e..)).and_then(paren_title);
            out.push(TenderMention {
                title: if own.is_some() {
                    own
                } else if before.trim().is_empty() && spans.len() == 1 {
                    title.clone()
                } else {
                    None
                },
                id,
                status,
                awardee: aw,
                text: text.to_string(),
                line: node.line,
            });
        }
    }
    out
}

/// Words that split a tender into new ones (`split into VP23a and VP23b`, `in zwei Lose geteilt`).
const SPLIT_WORDS: &[&str] = &["split", "geteilt", "aufgeteilt"];

/// The news of a table row's columns after the one that names the tender first (`VP14
/// observability | @a | 🟢 running (Fernlicht) |`), `None` for a line that is no row, a row about
/// a task that names the tender, or whose later columns report nothing of it.
pub fn row_news(text: &str, id: &str) -> Option<TenderStatus> {
    if !text.trim_end().ends_with('|') {
        return None;
    }
    let cells: Vec<&str> = text.split('|').collect();
    let (own, first) = cells.iter().enumerate().find_map(|(i, c)| {
        let spans = id_spans(c);
        spans.iter().any(|(x, _, _)| x == id).then(|| (i, spans.first().map_or(0, |f| f.1)))
    })?;
    // (a row about the tender names it first in its cell; `| A-21 | Send the VP29 award letter |
    // @a | done |` is a task about it, whose status is the task's)
    if first > cells[own].len() - cells[own].trim_start().len() {
        return None;
    }
    // each column on its own (`@a`, `🟢 running (Fernlicht)`); a task's `done` is the task's
    cells[own + 1..]
        .iter()
        .map(|c| c.trim().trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|c| !c.is_empty())
        .map(|c| (c, classify(c).0))
        .find(|(c, st)| {
            *st != TenderStatus::Unknown
                && (*st != TenderStatus::Finished || {
                    let c = c.to_lowercase();
                    ["finish", "complet", "ended", "beendet", "abgeschlossen", "final"].iter().any(|w| c.contains(w))
                })
        })
        .map(|(_, st)| st)
}

/// Whether a status came only from "waiting for funds" phrases.
pub fn is_funds_wait(text: &str) -> bool {
    classify(text).1
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![
    TENDER_HEADING,
    RETENDER,
    URL,
    VP_ID,
    VP_MORE,
    LOT_IDS,
    LOT_ONE,
    AWARDEE,
    AWARDEE_LEAD,
    CONTRACTOR_DOES,
    WON,
    DECIDED,
    STEP_OVER,
    RUNNING,
    PRESENTER,
    DROPPED,
    FUTURE_START,
    CONDITION,
];

#[cfg(test)]
mod tests {
    use super::*;
    use TenderStatus::*;

    #[test]
    fn id_forms() {
        assert_eq!(ids("VP06a-2 (Container)").0, vec!["VP06a-2"]);
        assert_eq!(ids("VP 09a (sec) are being prepared").0, vec!["VP09a"]);
        assert_eq!(ids("lots of work for VP4").0, vec!["VP04"]);
        assert_eq!(ids("Lots 6a-2, 4 and 18 have been published").0, vec!["VP06a-2", "VP04", "VP18"]);
        assert_eq!(ids("MVP0 almost done").0, Vec::<String>::new());
        assert_eq!(ids("see https://scs.community/tenders/lot6a").0, Vec::<String>::new());
    }

    #[test]
    fn phrases() {
        let c = |s: &str| classify(s).0;
        assert_eq!(c("OSBA's Board has approved the proposal. Will be published on the tender portal"), Preparing);
        assert_eq!(c("are being prepared."), Preparing);
        assert_eq!(c("waiting for OSBA board approval b/f publication."), Preparing);
        assert_eq!(c("Tender is open, info available here"), Open);
        assert_eq!(c("published, deadline extended by request of bidders."), Open);
        assert_eq!(c("Offers are being evaluated."), Evaluating);
        assert_eq!(
            c("The offer period ended the day before yesterday. There are offers that we are now evaluating."),
            Evaluating
        );
        assert_eq!(c("received offers"), Evaluating);
        assert_eq!(c("Decision is being prepared."), Evaluating);
        assert_eq!(c("Decision of the Executive Board has been made. Now release of the money by the BMWK."), Decided);
        assert_eq!(c("decision was made, now waiting for unblocking money"), Decided);
        assert_eq!(c("Has been awarded to JH-Computers."), Awarded);
        assert_eq!(c("Congratulations to Proventa AG with a subcontractor"), Awarded);
        assert_eq!(c("Has been awarded to JH-Computers; collaboration started."), Started);
        assert_eq!(c("Congratulations to B1 Systems, onboarded today"), Started);
        assert_eq!(
            c("Has been awarded to a consortium of dNation and Daiteap (led by dNation). Kick-off next week."),
            Awarded
        );
        assert_eq!(c("Onboarding B1 Systems GmbH."), Started);
        assert_eq!(c(":-( Will need to be tendered again."), Retender);
        assert_eq!(c("It is planned to carry out this tender again."), Retender);
        assert_eq!(c("Republication of tended in preparation."), Retender);
        assert_eq!(c("Waiting for the release of the funds by BMWK."), Preparing);
        assert!(classify("Waiting for the release of the funds by BMWK.").1);
        assert_eq!(c("The contract will be awarded tomorrow"), Decided);
        assert_eq!(c("Will go out to tender next week"), Preparing);
        assert_eq!(c("Syself won Lot 5"), Awarded);
        assert_eq!(c("something else entirely"), Unknown);
        // what the work on a tender produces: the work is under way
        assert_eq!(c("Overview of the epics and stories"), Started);
        assert_eq!(c("first results - a custom image build"), Started);
        assert_eq!(c("Scope and user story definition in the next slot"), Started);
        assert_eq!(c("results will be shown next week"), Unknown);
        assert_eq!(c("offers received, results of the evaluation soon"), Evaluating);
    }

    #[test]
    fn awardees() {
        assert_eq!(awardee("Congratulations to B1 Systems, onboarded today").as_deref(), Some("B1 Systems"));
        assert_eq!(awardee("Congratulations to Proventa AG with a subcontractor").as_deref(), Some("Proventa AG"));
        assert_eq!(
            awardee("Has been awarded to a consortium of dNation and Daiteap (led by dNation).").as_deref(),
            Some("dNation and Daiteap (consortium led by dNation)")
        );
        // a lead of several winners stays with them; a remark on one winner does not
        assert_eq!(
            awardee("Awarded to Foo GmbH and Bar AG (led by Foo GmbH), kick-off soon").as_deref(),
            Some("Foo GmbH and Bar AG (led by Foo GmbH)")
        );
        assert_eq!(awardee("Congratulations to Acme AG (led by Jo), onboarded").as_deref(), Some("Acme AG"));
        assert_eq!(awardee("Congratulations to Acme AG (see the blog)").as_deref(), Some("Acme AG"));
        assert_eq!(awardee("Syself won Lot 5").as_deref(), Some("Syself"));
        // the name ends where its words do; German and running-work spellings
        assert_eq!(awardee("Congratulations to Kiel Cloud GmbH 🎉 well done").as_deref(), Some("Kiel Cloud GmbH"));
        assert_eq!(awardee("kick-off with Brandstetter IT last Friday").as_deref(), Some("Brandstetter IT"));
        assert_eq!(awardee("running with Polaris Data AS, on schedule").as_deref(), Some("Polaris Data AS"));
        assert_eq!(awardee("contract with Lumen & Berg signed on Monday").as_deref(), Some("Lumen & Berg"));
        assert_eq!(
            awardee("Zuschlag an Fernholz Data GmbH, Vertrag unterschrieben").as_deref(),
            Some("Fernholz Data GmbH")
        );
        assert_eq!(awardee("VP40 wurde an Atelier Nord GmbH vergeben").as_deref(), Some("Atelier Nord GmbH"));
        assert_eq!(awardee("awarded to dNation and Daiteap").as_deref(), Some("dNation and Daiteap"));
    }
}
