//! Action items in every spelling found in SCS minutes:
//! `_AI @user_: …`, `_AI @user: text_`, `AI: @user to …`, `… -> AI: @a, @b [issue#400](…)`,
//! `AI: Matej pings Oliver`, `(AI @user)`, `AI(user): …`, task lists `- [ ]`/`- [x]`,
//! and items under "Pending action items" / "Action items" / "AI's" headings
//! whose sub-bullets report progress (`done`, `**DONE**`, `ongoing`, strikethrough).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

mod prose;
mod shapes;
mod verbs;
/// The patterns of the shapes, for [`crate::minutes::warm_up`].
pub(crate) const SHAPES_WARM: &[fn()] = shapes::WARM;
/// The patterns of the prose shapes, for [`crate::minutes::warm_up`].
pub(crate) const PROSE_WARM: &[fn()] = prose::WARM;

use super::doc::{handle_chars, Doc, Kind, Node, KW_ACTION};
use super::AnyOf;
use crate::model::meeting::{ActionMention, Link};

/// Headings whose top-level items are action items.
static ACTION_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)(?-u:\b)action[ -]?items?(?-u:\b)|^\W*(?:review of\s+)?(?:(?:open|pending|outstanding)\s+)?follow[- ]?ups\W*$|(?-u:\b)AI'?s(?-u:\b)|^\W*(todos?|to-?dos?|to do|action points)\W*$|^\W*(?:(?:open|pending|outstanding)\s+)?(?:items|points|tasks|follow[- ]?ups)\s+(?:from|of)\s+(?:the\s+)?(?:last|previous)\s+(?:week|time|meeting|call)\W*$|^\W*pending\s+(?:items|tasks)\W*$|(?-u:\b)(?:to-dos|todos)(?-u:\b)|(?-u:\b)(?:who does what|wer macht was)(?-u:\b)|^\W*(?:\d+[.)]\s*)?(?:review of\s+)?(?:open|pending|outstanding)\s+actions\W*$|^\W*(?:\d+[.)]\s*)?(?:still\s+)?(?:pending|open|outstanding)\s+(?:[\w-]+\s+)?from\s+(?:the\s+)?(?:last|previous)\s+(?:week|time|meeting|call|session)\W*$|^\W*(?:\d+[.)]\s*)?(?:(?:open|pending|outstanding|offene)\s+)?(?:action\s+)?(?:items|points|tasks|to-?dos|follow[- ]?ups|next steps)\s+(?:from|of|vom)\s+(?:the\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\s+[a-z]+(?:\s+\d{4})?|[a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)\W*$|^\W*(?:\d+[.)]\s*)?(?:review of\s+)?(?:the\s+)?(?:last|previous)\s+(?:week|time|meeting|call|session|retro|sprint)['’]s\s+(?:action\s+)?(?:items|points|tasks|to-?dos|follow[- ]?ups|APs|AIs|actions)(?:\s*\([^()]{1,20}\))?\W*$|(?-u:\b)APs(?-u:\b)|^\W*(?:\d+[.)]\s*)?(?:review of\s+)?(?:the\s+)?(?:open|pending|outstanding)\s+[a-z-]{4,}\s+(?:items|tasks|actions)\W*$|^\W*(?:\d+[.)]\s*)?(?:(?:open|pending|outstanding|carried|next|new)\s+)?(?:action points|actions)(?:\s+(?:from|of)\s+(?:the\s+)?(?:last|previous)\s+(?:[\w-]{2,12}))?(?:\s*\((?:from\s+)?[^()]{1,20}\))?\W*$|^\W*(?:\d+[.)]\s*)?(?:review of\s+)?(?:the\s+)?actions arising\W*$|^\W*(?:(?:open|pending|review of(?: the)?)\s+)?(?-i:FUs?)(?:\s+review)?\W*$|^\W*(?:open|pending|outstanding)\s+(?:tasks|action items|actions|to-?dos)\W*$|^\W*(?:\d+[.)]\s*)?carried[- ]over(?:\s+(?:items|actions|action items|tasks|to-?dos))?(?:\s+(?:from|of)\s+[\w. ]{1,20})?\W*$|^\W*(?:\d+[.)]\s*)?(?:(?:open|pending|offene|neue|new)\s+)?(?:follow[- ]?ups|FUs|next steps)\s+(?:(?:from|of|vom)\s+)?\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?\W*$|^\W*(?:\d+[.)]\s*)?carry[- ]?overs?(?:\s*\((?:from\s+)?[^()]{1,20}\))?\W*$|^\W*(?:\d+[.)]\s*)?offene\s+(?:aufgaben|to-?dos)\W*$|^\W*(?:\d+[.)]\s*)?(?:noch offen|still open)(?:\s+(?:from|vom|seit|since)\s+[^:]{1,30})?\W*$|^\W*(?:\d+[.)]\s*)?(?:from\s+)?last time\W*$|(?-u:\b)aufgaben\s+(?:aus|von)\s+(?:dem|der)\s+(?:letzten|vorigen)\s+(?:treffen|sitzung|woche|runde)|^\W*(?:\d+[.)]\s*)?action log\W*$|^\W*(?:todos?|to-?dos?|to do)\s+for\s+the\s+(?:sprint|week)\W*$",
    )
    .expect("valid regex")
});
/// Headings of action item lists that report them done (`Done action items`, `Action items
/// (completed)`), unless they say some are not (`open`, `not done`, `pending`).
static DONE_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:done|completed|closed|finished|erledigt)(?-u:\b)").expect("valid regex")
});
static OPEN_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:not|open|pending|still|un-?done|ongoing|in progress)(?-u:\b)").expect("valid regex")
});
/// Headings of review lists whose items are carried from earlier meetings.
static CARRIED_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)pending|check|last week|previous|from last|open action|carried|carry|noch offen|still open|aus dem letzten|last (?:call|meeting|session|time|retro|sprint)|(?:items|points|tasks|to-?dos|follow[- ]?ups) (?:from|of|vom) \d")
            .expect("valid regex")
});
static HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^@([A-Za-z0-9][A-Za-z0-9-]*)(?:\s*(?:,\s*w/|,|&|\+|w/|/|(?-u:\b)(?:and|or|OR)(?-u:\b))?\s*@([A-Za-z0-9][A-Za-z0-9-]*))*")
        .expect("valid regex")
});
/// Handles joined by `,`, `&`, `+` or `and` (`@a, @b and @c`): the owners' list that the
/// regexes below spell with `{HANDLE_LIST}`.
const HANDLE_LIST: &str =
    r"@[A-Za-z0-9][A-Za-z0-9-]*(?:\s*(?:,|&|\+|(?-u:\b)and(?-u:\b))\s*@[A-Za-z0-9][A-Za-z0-9-]*)*";
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"@([A-Za-z0-9][A-Za-z0-9-]*)").expect("valid regex"));

/// The handles in `s`, without their `@`, in order.
pub(super) fn handles(s: &str) -> Vec<String> {
    HANDLE.captures_iter(s).map(|h| h[1].to_string()).collect()
}

/// A group owner before a colon: `all:`, `POs:`, `SIG:`, `team container:`, `everyone please`.
static GROUP_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^(?:the\s+)?(all|alle|everyone|everybody|tout le monde|pos?|csps?|providers|operators|maintainers|translators|reviewers|mentors|organi[sz]ers|sig(?: [\w-]+)?|team(?: [\w-]+)?|[\w-]+ (?:team|group|committee|wg|board|council|owners|hosts|leads))\s*(?::|\s[-–—]|\s(?:please|to|will|should)\s)\s*")
        .expect("valid regex")
});
/// A plain-name owner: `Matej pings`, `Kurt to`, `Itrich:`, `dNation create`.
static NAME_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^([A-Z][\w&.-]*(?:\s+[A-Z][a-z][\w'-]*)?|[a-z]+[A-Z][\w-]*)(?:(?:\s+(?:&|and|\+)\s+|\s*/\s*)([A-Z][\w-]*|@[A-Za-z0-9][\w-]*))?(?:\s*:\s*|\s+[-–—]\s+|\s+(?:to|will|should|shall|needs? to)\s+|\s+(pings|asks|checks|sends|writes|creates|talks|contacts|informs|reaches|organi[sz]es|updates|reviews|prepares|follows|looks|clarifies|schedules|invites|takes|gets|opens|sets)\s+|\s+(create|check|ask|write|open|send|prepare|update|review|test)\s+)",
    )
    .expect("valid regex")
});
static TRAILING_PAREN_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        &format!(r"\(\s*(?:[\w./-]*#\d+\s*[,;]\s*)?(?:(?:AI|(?i:{OWNER_LABELS}|assigned(?: to)?|lead))\s*:?\s*)?(?:(?:->|=>|→)\s*)?(@[A-Za-z0-9][A-Za-z0-9-]*(?:\s*(?:,|&|\+|and|w/|with|/|\s)\s*@[A-Za-z0-9][A-Za-z0-9-]*)*(?:\s*/\s*[a-z][a-z0-9-]{{2,38}})?)(?:\s*,?\s*(?:and\s+)?others(?:\s+to\s+[a-z]+)?)?(?:\s*[,;]\s*(?i:by|due|until|till|before|deadline|eta|bis)(?-u:\b)[^()@]{{0,30}})?\s*\)\s*(?::\s*(?:<?https?://\S+)?)?\s*$"),
    )
    .expect("valid regex")
});
/// `…, owner: @a`, `… – responsible @a`, `…; assignee: @a`: the owner named by its label after the task.
static TRAILING_OWNER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?:[,;]|\s[-–—])\s*(?i:{OWNER_LABELS}|assigned to)\s*:?\s*({HANDLE_LIST})\s*[.!]?\s*$"
    ))
    .expect("valid regex")
});
/// `[@a]`, `[owner: @a, @b]` at the end of an item: the bracket spelling of
/// [`TRAILING_PAREN_HANDLES`].
static TRAILING_BRACKET_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\s*\[\s*((?:(?i:{OWNER_LABELS}|assigned to)\s*:?\s*)?{HANDLE_LIST})\s*\]\s*$"))
        .expect("valid regex")
});
/// Handles after the task at the end of a to-do item: `update the docs @a`, `… - @a`,
/// `…: @a`, `… -> @a` (not `talk to @a`, see [`HANDLE_IS_OBJECT`]).
pub(super) static TRAILING_OWNERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r#"^(.*?\w[.!)"'”’`]?)\s*(?:[:;,]|\s[-–—]|-+>|=+>|→)?\s*(?:(?i:{OWNER_LABELS}|assigned to)\s*:?\s*)?({HANDLE_LIST})\s*$"#))
        .expect("valid regex")
});
/// Owners after a separator at the end of an item: `…; @a`, `… - @a, @b`.
static TRAILING_SEP_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\s*(?:;|\s[-–—])\s*(?:(?i:{OWNER_LABELS})\s*:?\s*)?({HANDLE_LIST})\s*$"))
        .expect("valid regex")
});
static DONE_START: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(done|erledigt|finished|completed|closed|merged|fixed|resolved|(?:(?:it|this|that)(?:'s| is| has| was) )?(?:(?:has|have|had) )?(?:been |was |were )?(?:done|dealt with|taken care of))(?-u:\b)").expect("valid regex")
});
static DONE_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)(?:\s*[-–—:]?\s*(?:\(done\)|(?-u:\b)done(?-u:\b)|✅|✔️?|☑️?|:white_check_mark:?|:heavy_check_mark:?|:ballot_box_with_check:?)[\s.!]*)+(?:\([^()]{0,40}\)[\s.!]*)?$",
    )
    .expect("valid regex")
});
/// `… — completed`, `… => finished`, `… (erledigt)`, `…, closed`, `… is merged`: a done word
/// after a separator or a form of `be`.
static DONE_WORD_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?:\s*(?:[-–—:(,]|-+>|=+>|→)\s*|\s+(?:is|was|has been|got|now)\s+)(?:completed|finished|erledigt|merged|closed)\)?[\s.!]*$")
        .expect("valid regex")
});
/// `… -> done, <link>`, `… (done, they agree)`, `… — merged ✅, the runner is back`: a done
/// word right after a separator, then a remark (not `done by Friday`, a due date).
static DONE_MID: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?:\s*(?:[-–—:(]|-+>|=+>|→)\s*|,\s+)(?:done|finished|completed|erledigt|merged|closed)(?:\s*(?:✅|✔️?))?(?:\s*[,;)]|\s+[-–—]\s|\s+\(|\s+<?https?://)")
        .expect("valid regex")
});
/// `DONE: AI @x: …`: the item opens with its done mark.
static DONE_PREFIX: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^\W*(?:done|erledigt|finished|completed)\s*[:\-–—]").expect("valid regex"));
/// A short note that ends with its done word: `PR merged`, `issue closed`.
static DONE_NOTE_END: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:merged|closed|done|finished|completed|fixed)[\s.!]*$").expect("valid regex")
});
static CANCELLED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)^\W*(cancell?ed|obsolete|dropped|abandoned|superseded|won'?t do|not needed|no longer needed)(?-u:\b)",
    )
    .expect("valid regex")
});
/// "(none)", "no explicit AIs", "nothing": a placeholder, not an action.
static NO_ACTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(none|nothing|n/a|tbd|technically none|no (explicit |new |open )?(ais?|action items?|actions?))(?-u:\b)").expect("valid regex")
});
static SHORT_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"(?-u:\b)([A-Za-z][\w.-]*)#(\d{1,6})(?-u:\b)").expect("valid regex"));

/// The words between owners and the verb of their task: `@a will`, `@a to`, `@a volunteered to`.
/// (`@a offered to …` reports an offer, not a task: README, "What counts as an action item".)
const TASKED: &str = r"(?:can and )?will+|to|shall|needs? to|(?:is |are )?going to|volunteer(?:s|ed)? to|agreed to|promised to|(?:was|were|is|are|has been|have been) asked to";
/// `@a will <verb> …`, `@a and @b to <verb> …`, `@a: <verb> …`, `@a -> to <verb> …`,
/// `@a (et al.) to <verb> …` at the start of a line (`@a will PR the guide`: `PR` is a verb too).
static HANDLE_ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^[\s\-*>=→]*((?:@[A-Za-z0-9][A-Za-z0-9-]*)(?:\s*(?:,|&|\+|/|(?-u:\b)and(?-u:\b)|(?-u:\b)or(?-u:\b))?\s*@[A-Za-z0-9][A-Za-z0-9-]*)*)(?:\s*\([A-Za-z][\w .-]{{0,40}}\))?(?:\s*:\s*(?:[Ww]ill\s+|[Pp]lease\s+|[Tt]o\s+|I['’]ll\s+|I will\s+)?|\s*(?:->|=>|→)\s*(?:[Tt]o\s+)?|\s+[-–—]\s+|\s*,?\s+(?:{TASKED}|should)\s+|\s*,?\s+please\s+)(?:also\s+)?(PR(?-u:\b)|[A-Za-z][a-z-]*)(.*)$",
    ))
    .expect("valid regex")
});
/// Labels that name who owns a piece of work: `Owner: @x`, `responsible: @x`, `Volunteer: @x`,
/// `Verantwortlich:`.
const OWNER_LABELS: &str = r"owners?|responsible|assignees?|volunteers?|verantwortlich|zuständig";
/// Handles opening a line, joined by `,`, `&`, `+`, `/`, `and`, `und` or nothing but space
/// (`@a und @b`, `@a/@b`): the owners of [`HANDLE_WIRD`] and [`HANDLE_TAKES_ON`].
const LEADING_HANDLES: &str =
    r"(?:@[A-Za-z0-9][A-Za-z0-9-]*)(?:\s*(?:,|&|\+|/|(?-u:\b)(?:und|and)(?-u:\b))?\s*@[A-Za-z0-9][A-Za-z0-9-]*)*";
/// `@a wird die Doku aktualisieren`, `@a soll X prüfen`: the German modal with its infinitive
/// at the end (the German spelling of `@a will <verb> …`).
static HANDLE_WIRD: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^[\s\-*>=→]*({LEADING_HANDLES})\s+(?:wird|werden|soll|sollen|sollte|muss|müssen)\s+(?:bitte\s+)?((?:[^.;?!]|\d\.\d*){{3,100}}?\s[a-zäöüß]+(?:en|ern|eln))\s*[.!]?$"))
        .expect("valid regex")
});
/// `@a doit relire la partie alerting`, `@a va envoyer le CR`: the French modal or near future
/// with its infinitive first (a remark in parentheses after the task is no part of it).
static HANDLE_DOIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^[\s\-*>=→]*({LEADING_HANDLES})\s+(?:doit|doivent|va|vont)\s+([a-zàâçéèêëîïôûù]+(?:er|ir|re)(?-u:\b)[^?()]{{0,100}}?)\s*(?:\([^()]*\))?\s*[.!]?$"))
        .expect("valid regex")
});
/// French infinitives of [`HANDLE_DOIT`] that describe this very meeting or a whereabout.
const PAS_UNE_TACHE: &[&str] = &["présenter", "animer", "participer", "être", "venir", "partir", "rester", "parler"];
/// German infinitives that describe this very meeting, a whereabout or a report, not a task.
static NICHT_AUFGABE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:präsentieren|berichten|vorstellen|moderieren|teilnehmen|fehlen|sein|haben|werden|vielleicht|eventuell|evtl|wahrscheinlich|zu [a-zäöüß]+en|entschieden|geschrieben|abgeschlossen|gemacht)\s*$|(?-u:\b)(?:vielleicht|eventuell|evtl|wahrscheinlich|urlaub)(?-u:\b)")
        .expect("valid regex")
});
/// Labels of work to do that give their item an owner like `AI:` does: `Task:`, `Follow-up:`,
/// `Next steps:`, `Action point:`, `ACTION ITEM:`, `Aufgabe:`.
static WORK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^(?:tasks?|follow[- ]?ups?|next steps?|action points?|action items?|aufgaben?)\s*:")
        .expect("valid regex")
});
/// What a meeting role takes over (`the minutes`, `moderation`): a role, not a task.
static ROLE_OBJECT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)minute|protocol|protokoll|moderat|chair|notes|facilitat|hosting|meeting|sitzung|(?-u:\b)call(?-u:\b)|session")
        .expect("valid regex")
});
/// Idioms that hand a piece of work to the handles before them, in English and German:
/// `@a takes care of …`, `@a takes over …`, `@a kümmert sich um …`, `@a übernimmt …`.
const TAKES_ON: &str =
    r"takes? care of|takes? over|(?:will )?look after|kümmer[nt] sich (?:um|darum,?)|übernimmt|übernehmen";
/// `@a takes care of the docs`, `@a und @b kümmern sich um den Test` at the start of a line.
static HANDLE_TAKES_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^[\s\-*>=→]*({LEADING_HANDLES})\s*,?\s+(?:also\s+|auch\s+)?({TAKES_ON})\s+(\S.{{2,}})$"
    ))
    .expect("valid regex")
});
/// `@x is responsible for …`, `@x and @y are in charge of …`, `@x is responsible to organise …`.
static RESPONSIBLE_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^\W*({HANDLE_LIST})\s+(?:is|are|will be)\s+(?:now\s+|also\s+)?(?:responsible|in charge)\s+(?:for|of|to)\s+(?:the\s+task\s+(?:of|to)\s+)?([^?]{{3,}}?)[.!]?\s*$"
    ))
    .expect("valid regex")
});
/// `action item for @x: …`, `Action items for @a and @b: …`, `Task for @x: …`, `Owner: @x - …`,
/// `Aufgabe für @x: …`.
static ACTION_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)^\W*(?:(?:(?:current|open|new|next)\s+)?(?:action items?|AIs?|to[- ]?dos?|tasks?|aufgaben?)\s+(?:for|to|für)|assigned to|(?:{OWNER_LABELS})\s*:)\s+({HANDLE_LIST})\s*(?::|,|\s[-–—])\s*(\S.*)$"
    ))
    .expect("valid regex")
});
/// `Kurt (@kurt) to book the room`: a name with its handle, given a task.
static NAME_HANDLE_ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^[\s\-*>=→]*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*\((@[A-Za-z0-9][A-Za-z0-9-]*)\)(?:\s*:\s*|\s+(?:will|to|shall|should|needs? to)\s+)([a-z][a-z-]*)(.*)$",
    )
    .expect("valid regex")
});
/// `…, @a to <verb> …`, `… (@a will <verb> …)`, `…; @a and @b to <verb> …`: a handle given a
/// task after a clause separator inside a line.
static MID_HANDLE_ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?:[,;.!?:(]|\s[-–—]|->|=>|→)\s*((?:@[A-Za-z0-9][A-Za-z0-9-]*)(?:\s*(?:,|&|\+|/|(?-u:\b)and(?-u:\b)|(?-u:\b)or(?-u:\b))?\s*@[A-Za-z0-9][A-Za-z0-9-]*)*)(?:\s+|\s*,\s*)({TASKED}|please)\s+(?:also\s+)?([a-z][a-z-]*)([^;()]*)",
    ))
    .expect("valid regex")
});
/// `Along this guide @a should verify the workflow`: a handle with a modal inside a sentence.
static MODAL_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?:^|\s)(@[A-Za-z0-9][A-Za-z0-9-]*)\s+(?:should|shall|needs? to|has to|must)\s+(?:also\s+)?([a-z][a-z-]*)([^;()]*)")
        .expect("valid regex")
});
/// Verbs after `@x will` that describe this very meeting or a person's whereabouts,
/// not a task (`@x will moderate`, `@x will be on PTO`, `@x will report from …`).
const NOT_TASK_VERBS: &[&str] = &[
    "be",
    "not",
    "only",
    "probably",
    "maybe",
    "likely",
    "report",
    "present",
    "moderate",
    "facilitate",
    "chair",
    "host",
    "participate",
    "attend",
    "join",
    "return",
    "represent",
    "give",
    "speak",
    "talk",
    "introduce",
    "show",
    "leave",
    "stay",
    "keep",
];
/// `@x will talk about …` describes the meeting; `@x will talk with/to …` is a task.
pub(super) fn meeting_verb(verb: &str, rest: &str) -> bool {
    // `@x will participate/drive`, `@x to attend/organise it`: the verb after the slash is the
    // task when the first one names this meeting (`present/report` stays a meeting verb)
    if let Some(alt) = rest.strip_prefix('/') {
        let end = alt.find(|c: char| !c.is_ascii_lowercase() && c != '-').unwrap_or(alt.len());
        let (other, after) = alt.split_at(end);
        let activity = !matches!(verb, "be" | "not" | "only" | "probably" | "maybe" | "likely" | "leave" | "stay");
        if activity && other != verb && other.len() >= 3 && !NOT_VERBS.contains(&other) {
            return meeting_verb(other, after);
        }
    }
    let rest = rest.trim_start();
    // `@x to report` / `@x to present` with no object: a slot in this meeting
    if matches!(verb, "report" | "present")
        && (rest.split_whitespace().count() <= 3 && !rest.contains(" to ") || in_the_weekly(rest))
    {
        return true;
    }
    NOT_TASK_VERBS.contains(&verb)
        && !(matches!(verb, "talk" | "speak") && (rest.starts_with("with ") || rest.starts_with("to ")))
        // `@x will keep working on the scans`: work that goes on, like `continue working`
        && !(verb == "keep" && rest.split_whitespace().next().is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
        // `@x will continue to be part of the community`: a state, no task
        || verb == "continue" && rest.starts_with("to be ")
}

/// `… in the community call`, `… at the tech weekly`: the weekly call where the teams report,
/// whose presenters have a meeting role and no task (README, "What counts as an action item").
fn in_the_weekly(rest: &str) -> bool {
    let r = rest.to_ascii_lowercase();
    ["community call", "tech weekly", "weekly call"].iter().any(|w| r.contains(w))
}

/// Words of a task that say nothing without its context (`take care`, `do that`, `look into it`).
const VAGUE_WORDS: &[&str] = &[
    "this",
    "that",
    "it",
    "care",
    "up",
    "out",
    "into",
    "at",
    // a generic piece of work with no topic (`send mail`, `share links`, `support with review`)
    "mail",
    "email",
    "feedback",
    "link",
    "links",
    "review",
    "draft",
    "input",
    "with",
    "over",
    "of",
    "on",
    "them",
    "these",
    "those",
    "the",
    "topic",
    "matter",
    "one",
    "a",
    "look",
    "so",
    "too",
    "as",
    "well",
    "needed",
    "necessary",
    "if",
    // a generic kind of writing or asking, named without what it is about (`write blog`, `send
    // poll`, `double check`)
    "blog",
    "poll",
    "check",
];

/// `-> Kurt to find a slot`, `. Alex to point Kurt.`: a name given a task after an
/// arrow or at the start of a sentence of an arrow line.
static NAME_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?:^|->|=>|→|<-+|[.;!]\s)\s*(@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+|[A-Z]{2,3})\s+to\s+([a-z][a-z-]*)([^.;]*)",
    )
    .expect("valid regex")
});
/// `last issue to be done by @x`, `the guide must be updated by Ann`: a passive task with its owner.
static PASSIVE_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^(.*?(?-u:\b)(?:to|will|shall|must|is to|are to) be [a-z]+(?:ed|en|ne|wn)?(?:\s+(?:from|to|into|in|on|for|at)\s+[\w./-]+(?:\s+(?:to|into)\s+[\w./-]+)?)?)\s+by\s+((?:@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+|[A-Z]{2,3})(?:\s*(?:/|,|&|and)\s*(?:@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+))*)(?:\s+(?:in|until|till|before|after|next|this|on)\s+[\w .-]{1,25}?)?(?:\s*\([^()]*\))?\s*[.!]?\s*$")
        .expect("valid regex")
});
/// `tool will be published soon (exporter) by @a`, `Will be investigated by @a in collab with
/// the backend dev next week`: a future passive whose owner is a handle, with a few words
/// between the participle and `by` and a time or circumstance after the owner.
static PASSIVE_BY_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^(.*?)((?-u:\b)(?i:to|will|shall|must|is to|are to) be (?:(?:further|also|then|first|now)\s+)?([a-z]+(?:ed|en|ne|wn)))((?:\s+(?:[\w./#`-]+|\([^()]*\))){{0,5}}?)\s+by\s+({HANDLE_LIST})(\s+(?:(?:[a-z]+ly|right|just)\s+)?(?:in|with|until|till|before|after|next|this|on|during|once|together|today|tomorrow|soon|later|asap|for|by|against|via|as usual|as always|as agreed|as discussed)(?-u:\b)[^()@]{{0,60}}?)?(?:\s*\([^()]*\))?\s*[.!:]?\s*$"))
        .expect("valid regex")
});
/// `re-review needed by @a`, `feedback still needed from @a and @b`: a person's part of the work
/// (a review, feedback, input, an approval) that is still needed from the handles after it.
static NEEDED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"(?i)^(\W*(?:[\w-]+\s+){{0,3}}?(?:re-?)?(?:reviews?|feedback|input|approval|sign-?off|confirmation)(?:\s+[\w-]+){{0,3}}?)\s+(?:still\s+)?needed\s+(?:by|from)\s+({HANDLE_LIST})(?:\s*\([^()]*\))?\s*[.!]?\s*$"))
        .expect("valid regex")
});
/// `Review by @a` as a whole item, `still needs gdpr review by @a`: (what comes before, the
/// review with its qualifier, the handles).
static REVIEW_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"(?i)^\W*(?:(.*?)\s*(?:still\s+)?needs?\s+(?:an?\s+)?)?((?:[\w-]+\s+)?(?:re-?)?review)\s+by\s+({HANDLE_LIST})\s*[.!]?\s*$"))
        .expect("valid regex")
});
/// `@b for review`, `@b and @c for feedback`: handles alone given their part of the work above.
static FOR_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)^[\s\-*>=→]*({HANDLE_LIST})\s+for\s+(?:an?\s+|the\s+)?(review|feedback|proofreading|testing)\s*[.!]?\s*$"
    ))
    .expect("valid regex")
});
/// `Session date open - needs to be clarified`: a topic, then after a separator that it still
/// needs some work done.
static NEEDS_TO_BE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)^(.*\w[).]?)\s*(?:[-–—:,;]|->|=>)\s*(?:still\s+)?needs?\s+to\s+be\s+([a-z]+(?:ed|en|ne|wn))$",
    )
    .expect("valid regex")
});
/// ` will be continued` at the end of a passive task: the work is what comes before it.
static PASSIVE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r",?\s+(?:will|shall|must|is to|are to) be [a-z]+(?:ed|en|ne|wn)?(?:\s+(?:soon|today|tomorrow|later|also|first|asap))*$").expect("valid regex")
});
/// `-> Ralf should ask …`, `-> @a will check …`: a person given a task right after an arrow.
static ARROW_MODAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?:->|=>|→)\s*(@[A-Za-z0-9][A-Za-z0-9-]*|[A-Z][a-z]+)\s+(?:should|will|must|shall|needs? to|has to|is going to)\s+([a-z][a-z-]*)([^.;]*)",
    )
    .expect("valid regex")
});
/// `-> @a reviews with @b`: a handle after an arrow with a task verb in the present tense.
static ARROW_HANDLE_PRESENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"(?:->|=>|→)\s*({HANDLE_LIST})\s+([a-z]+)s\s+([^.;]*)")).expect("valid regex")
});
static ARROW_START: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^\s*(?:-+>|=+>|→)\s*").expect("valid regex"));
static CONCESSION: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:even though|although|though|even if)\s[^,;]{3,120},\s*").expect("valid regex")
});
/// A remark in parentheses before a colon opening a task: `(not officially): …`.
static LEADING_REMARK: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^\s*\([^()]{1,40}\)\s*:\s*").expect("valid regex"));
/// A remark in parentheses with more of the task after it.
static MID_REMARK: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"\s*\(([^()]{3,200})\)\s+([A-Za-z])").expect("valid regex"));
/// `, this is …`, `, it is …`: a clause that comments on the task.
static REMARK_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i),\s+(?:this|that|it)\s+(?:is|was|would be|will be|seems)(?-u:\b)|,\s+(?:e\.\s?g\.|(?:for example|for instance|maybe|perhaps)(?-u:\b))").expect("valid regex")
});
/// `, if necessary`, `(if B is not available)`, `(unless …)` closing a task.
static CONDITION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?:,\s*|\s*\(\s*)(?:if|unless|in case)\s[^()]*\)?[\s.!]*$").expect("valid regex")
});
static ENUM_DETAIL: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"\s+(?:to\s+|:\s*)?1[.)]\s").expect("valid regex"));
static URL_IN_TASK: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"\s*\(?https?://\S+\)?").expect("valid regex"));
/// Imperative verbs that open a task after `@x:` (`@x: comment on the proposal`).
const TASK_VERBS: &[&str] = &[
    "add",
    "ask",
    "bring",
    "build",
    "check",
    "clarify",
    "close",
    "collect",
    "comment",
    "contact",
    "continue",
    "coordinate",
    "create",
    "deploy",
    "describe",
    "discuss",
    "document",
    "draft",
    "evaluate",
    "file",
    "finalize",
    "finalise",
    "find",
    "finish",
    "fix",
    "follow",
    "get",
    "implement",
    "inform",
    "investigate",
    "invite",
    "look",
    "make",
    "merge",
    "move",
    "open",
    "organise",
    "organize",
    "ping",
    "prepare",
    "present",
    "propose",
    "provide",
    "reach",
    "remove",
    "report",
    "review",
    "schedule",
    "send",
    "set",
    "share",
    "start",
    "sync",
    "take",
    "talk",
    "test",
    "try",
    "update",
    "write",
];
/// Words after `@x:` that report rather than assign (`@x: was on vacation`).
const NOT_VERBS: &[&str] = &[
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "did",
    "does",
    "not",
    "no",
    "yes",
    "the",
    "a",
    "an",
    "there",
    "it",
    "this",
    "that",
    "we",
    "i",
    "he",
    "she",
    "they",
    "still",
    "already",
    "just",
    "also",
    "be",
    "been",
    "nothing",
    "currently",
    "now",
    "today",
    "working",
    "in",
    "on",
    "at",
    "for",
    "with",
    "about",
    "from",
    "ok",
    "okay",
    "thanks",
];
/// Capitalised words before `to <verb>` that are no person (`Want to spend …`).
const NOT_NAME_TO: &[&str] = &[
    "Attempt",
    "Aim",
    "We",
    "It",
    "This",
    "That",
    "There",
    "He",
    "She",
    "They",
    "I",
    "You",
    "Want",
    "Wants",
    "Need",
    "Plan",
    "Plans",
    "Have",
    "Has",
    "Going",
    "Time",
    "Decision",
    "Proposal",
    "Idea",
    "Goal",
    "Continue",
    "Start",
    "Agreed",
    "Refer",
    "Due",
    "Back",
    "According",
    "Able",
    "Access",
    "Similar",
    "Added",
    "Reply",
    "Up",
    "Down",
    "Nothing",
    "Changes",
    "Move",
    "Moved",
    "Used",
    "Use",
    "Switch",
    "Migrate",
    "Migration",
    "Way",
    "Ways",
    "Needed",
    "Hard",
    "Easy",
    "Nice",
    "Ready",
    "Unable",
    "Happy",
    "Due",
    "Related",
    "Compared",
    "Thanks",
    "Welcome",
    "Feel",
    "Free",
    "Is",
    "Are",
    "Was",
];
/// Verbs and words after `Name to` that are no task (`Access to the …`).
const NOT_TASK_START: &[&str] =
    &["the", "a", "an", "be", "this", "that", "all", "my", "our", "his", "her", "their", "its", "some", "date", "do"];

/// `Team start revising the docs` after a marker: a group named before its task verb, without a
/// colon; (group, task).
fn group_before_verb(t: &str) -> Option<(&str, &str)> {
    let t = t.trim_start();
    let (group, task) = t.split_once(' ')?;
    // `all: add your availability`: the group labelled with a colon
    // `the SIG: go through the proposals`
    let (group, task) = match group.eq_ignore_ascii_case("the").then(|| task.split_once(' ')).flatten() {
        Some((g, rest)) => (g, rest),
        None => (group, task),
    };
    let (group, task) = (group.strip_suffix(':').unwrap_or(group), task.trim_start());
    let verb = task.split_whitespace().next()?;
    let is_verb = is_task_verb(verb);
    (is_verb && group_owner(group).is_some() && !group.eq_ignore_ascii_case("we")).then_some((group, task))
}

/// A group named alone in what a marker in parentheses applies to (`(AI: POs)`, `(AI all)`),
/// not `we` or `us`.
fn lone_group(rest: &str) -> Option<&str> {
    let word = rest.trim_start_matches([':', ' ']).trim_end();
    (!word.is_empty()
        && !word.contains(' ')
        && !matches!(word.to_ascii_lowercase().as_str(), "we" | "us")
        && group_owner(word).is_some())
    .then_some(word)
}

/// Groups that own a task together: `all`, `POs`, `SIG`, `team`, `everyone`.
pub fn group_owner(o: &str) -> Option<String> {
    let l = o.trim().trim_start_matches('@').to_lowercase();
    // (`the translators`: the group without its article)
    let l = l.strip_prefix("the ").map(str::to_string).unwrap_or(l);
    // (an owner read as a group already)
    if l.starts_with("group:") {
        return Some(l);
    }
    let grp = matches!(
        l.as_str(),
        "all"
            | "alle"
            | "everyone"
            | "everybody"
            | "pos"
            | "po"
            | "sig"
            | "team"
            | "teams"
            | "we"
            | "us"
            | "ops"
            | "devs"
            | "owners"
            | "csp"
            | "csps"
            | "providers"
            | "operators"
            | "maintainers"
            | "translators"
            | "reviewers"
            | "mentors"
            | "organisers"
            | "organizers"
            | "tout le monde"
    ) || l.starts_with("team ")
        || (["team", "group", "committee", "wg", "board", "council", "owners", "hosts", "leads"]
            .iter()
            .any(|g| l.ends_with(&format!(" {g}")))
            && l.split_whitespace().count() == 2)
        || l.starts_with("sig ")
        || l.starts_with("all ");
    grp.then(|| format!("group:{l}"))
}

/// The part of a task text a reader wants: no URLs, the first sentence, no
/// consequence after an arrow, no justification after "so that" (after a task of five words or more).
pub fn tidy_task(s: &str) -> String {
    let mut t = URL_IN_TASK.replace_all(s, "").to_string();
    // `→ action: add a note …`: the marker word after an arrow is no part of the task
    if let Some((label, rest)) = t.split_once(':') {
        let marker = ["action", "action item", "todo", "to do", "to-do", "ai", "ap"]
            .iter()
            .any(|m| label.trim_start_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(m));
        if marker && rest.split_whitespace().count() >= 2 {
            t = rest.trim_start().to_string();
        }
    }
    // `(not officially): add proposals …`: a remark in parentheses opening the task
    if let Some(m) = LEADING_REMARK.find(&t) {
        if t[m.end()..].split_whitespace().count() >= 2 {
            t = t[m.end()..].to_string();
        }
    }
    // `contact the team (Ann Bo @ab) to ask …`, `(A, B, C)`: a long remark inside the task
    t = MID_REMARK
        .replace_all(&t, |c: &regex::Captures<'_>| {
            let inner = &c[1];
            let words = inner.split_whitespace().count();
            if (words >= 3 && (inner.contains('@') || inner.contains(','))) || words >= 5 {
                format!(" {}", &c[2])
            } else {
                c[0].to_string()
            }
        })
        .to_string();
    // `reopen discussions, this is a hard requirement`: a remark on the task after a comma
    // (also an example or a maybe: `doodle a date, e.g. two slots`, `ask for more, maybe …`)
    if let Some(m) = REMARK_CLAUSE.find(&t) {
        if t[..m.start()].split_whitespace().count() >= 2 {
            t.truncate(m.start());
        }
    }
    // `push the fixes (if nobody else picks them up)`: a condition after the task is no part of it
    if let Some(m) = CONDITION_TAIL.find(&t) {
        if t[..m.start()].split_whitespace().count() >= 2 {
            t.truncate(m.start());
        }
    }
    // `Even though it works now, the setup must be followed up on`: the concession is no task
    if let Some(m) = CONCESSION.find(&t) {
        if t[m.end()..].split_whitespace().count() >= 3 {
            t = t[m.end()..].to_string();
        }
    }
    // `What do we need to do: create the epics`: the question that leads to the task is no part of it
    if let Some((label, rest)) = t.split_once(": ") {
        let first = label.trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().next().unwrap_or("");
        let wh = ["what", "what's", "whats", "how", "who", "where"].iter().any(|w| first.eq_ignore_ascii_case(w));
        if wh && label.split_whitespace().count() <= 7 && rest.split_whitespace().count() >= 2 && !label.contains('(') {
            t = rest.to_string();
        }
    }
    // `Security assessment (will rights vanish? never??)`, `… (see below)`: a question or a
    // pointer in parentheses closing the task is a remark
    if t.trim_end().ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = t[open + 1..].trim_end().trim_end_matches(')');
            let remark = inner.contains('?')
                || inner.eq_ignore_ascii_case("see below")
                || inner.eq_ignore_ascii_case("see above");
            if remark && !inner.contains('(') && t[..open].split_whitespace().count() >= 2 {
                t.truncate(open);
            }
        }
    }
    // `Reschedule to 11:35, as nobody expects 11:30`: the reason after a comma (not `, as well as`)
    if let Some(i) = t.find(", as ").filter(|&i| !t[i + 5..].starts_with("well")) {
        if t[..i].split_whitespace().count() >= 2 {
            t.truncate(i);
        }
    }
    // (the purpose after a task of a few words says what it is for: `write an epic so that it
    // shows in the roadmap`; `-- also …` and `...` add another thought)
    for (cut, before) in [
        (" so that ", 5),
        (" --> ", 2),
        (" -> ", 2),
        (" => ", 2),
        (" → ", 2),
        (" - http", 2),
        (" -- also ", 3),
        (" ... ", 3),
    ] {
        if let Some(i) = t.find(cut) {
            if t[..i].split_whitespace().count() >= before {
                t.truncate(i);
            }
        }
    }
    // `… to 1. get acquainted … 2. set up …`: the enumerated details are not the task
    if let Some(m) = ENUM_DETAIL.find(&t) {
        if t[..m.start()].split_whitespace().count() >= 3 {
            t.truncate(m.start());
        }
    }
    // first sentence: a full stop after a word of 3+ letters, followed by more text
    let mut end = None;
    for (i, _) in t.match_indices(". ") {
        let word_len = t[..i].chars().rev().take_while(|c| c.is_alphabetic()).count();
        let next_upper = t[i + 2..].chars().next().is_some_and(|c| c.is_uppercase());
        // (`take over. @b will stay until …`: a sentence that opens with a handle is another's)
        let next_handle =
            t[i + 2..].starts_with('@') && t.split_whitespace().next().is_some_and(|w| is_task_verb(&w.to_lowercase()));
        let words = t[..i].split_whitespace().count();
        if word_len >= 3 && (next_upper && words >= 3 || next_handle && words >= 2) {
            end = Some(i);
            break;
        }
    }
    if let Some(i) = end {
        t.truncate(i);
    }
    // `Ann suggests a standard for X, especially on naming, but also …`: a line of twenty words
    // or more is a report around its task, whose first clause names the work
    // (twenty words take 39 bytes at least)
    if t.len() >= 2 * LONG_TASK_WORDS - 1 && t.split_whitespace().nth(LONG_TASK_WORDS - 1).is_some() {
        if let Some(i) =
            t.find(", ").filter(|&i| t[..i].split_whitespace().nth(2).is_some() && unclosed_paren(&t[..i]).is_none())
        {
            t.truncate(i);
        }
    }
    let t = clean_task(&t);
    // `User stories to be created`, `Documentation needs updating to reflect this`: the work said
    // in the passive reads as the task in the active (`create User stories`)
    active_voice(&t).unwrap_or(t)
}

/// `<work> (needs to|should|must|will|…) be <participle> …`: the work as the object of its verb.
static PASSIVE_TASK: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^([A-Za-z][\w/#.-]*(?:\s+[\w/#.()-]+){0,5}?)\s+(?:needs?\s+to\s+be|has\s+to\s+be|have\s+to\s+be|should\s+be|must\s+be|is\s+to\s+be|are\s+to\s+be|(?:is|are)\s+going\s+to\s+be|to\s+be|will\s+be|shall\s+be|needs?)\s+(?:(?:further|also|then|first|now|still|[a-z]+ly)\s+)?([a-z]+(?:ed|en|ne|wn|lt|nt|ing))((?:\s.*)?)$")
        .expect("valid regex")
});

/// Participles whose verb `base_of` does not find by its ending.
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("written", "write"),
    ("done", "do"),
    ("taken", "take"),
    ("given", "give"),
    ("shown", "show"),
    ("drawn", "draw"),
    ("chosen", "choose"),
    ("built", "build"),
    ("sent", "send"),
    ("spent", "spend"),
    ("rewritten", "rewrite"),
    ("driven", "drive"),
    ("thrown", "throw"),
];

/// See [`PASSIVE_TASK`]: `None` when the line is no such passive, its subject is a pronoun
/// (`This will be investigated`), or its verb is no task verb or one of the meeting.
fn active_voice(t: &str) -> Option<String> {
    if !t.contains(" be ") && !t.contains(" need") {
        return None;
    }
    let c = PASSIVE_TASK.captures(t)?;
    let (np, participle, rest) = (&c[1], &c[2], &c[3]);
    let first = np.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let pronoun = [
        "this",
        "it",
        "that",
        "these",
        "those",
        "there",
        "we",
        "they",
        "he",
        "she",
        "which",
        "what",
        "who",
        "i",
        "you",
        "everything",
        "nothing",
        "something",
    ];
    let aux = [
        "needs", "need", "has", "have", "should", "must", "will", "is", "are", "to", "shall", "can", "could", "would",
        "may", "might",
    ];
    // (not `planned to be finished`: a participle is no work; not a clause inside parentheses)
    let participle_subject = !np.contains(' ') && first.ends_with("ed");
    // (the work is a noun phrase: no verb of its own, `an issue is going`)
    let verb_inside = np.split_whitespace().any(|w| {
        [
            "is", "are", "was", "were", "be", "going", "will", "should", "must", "would", "could", "might", "may",
            "can", "shall",
        ]
        .contains(&w)
    });
    if pronoun.contains(&first.as_str())
        || aux.contains(&first.as_str())
        || verb_inside
        || participle_subject
        || np.contains([',', '@', '(', ')'])
    {
        return None;
    }
    // `needs updating` takes a gerund, the others a participle
    let needs_gerund = participle.ends_with("ing");
    let bare = t[np.len()..].trim_start();
    if needs_gerund != (bare.starts_with("need") && !bare.contains(" be ")) {
        return None;
    }
    let base = if needs_gerund {
        known_stem(participle.strip_suffix("ing")?)?
    } else {
        match IRREGULAR_PARTICIPLES.iter().find(|(p, _)| *p == participle) {
            Some((_, v)) => (*v).to_string(),
            None => base_of(participle),
        }
    };
    if !is_task_verb(&base) || NOT_VERBS.contains(&base.as_str()) || meeting_verb(&base, rest) {
        return None;
    }
    // `documented and validated by …`: two verbs for the same work
    let (verb, rest) = match rest.strip_prefix(" and ").and_then(|r| r.split_once(' ').or(Some((r, "")))) {
        Some((second, after)) if !needs_gerund && (second.ends_with("ed") || second.ends_with("en")) => {
            let other = base_of(second);
            if is_task_verb(&other) {
                (format!("{base} and {other}"), if after.is_empty() { String::new() } else { format!(" {after}") })
            } else {
                (base.clone(), rest.to_string())
            }
        }
        _ => (base.clone(), rest.to_string()),
    };
    // `must be followed up on`: the verb keeps its particles (`follow up on …`)
    let (mut verb, mut rest) = (verb, rest);
    while let Some((p, after)) = ["up", "on", "out", "over", "through", "into"].iter().find_map(|p| {
        let after = rest.trim_start().strip_prefix(p)?;
        (after.is_empty() || after.starts_with(' ')).then_some((p, after))
    }) {
        let after = after.trim_end().to_string();
        verb = format!("{verb} {p}");
        rest = after;
    }
    // `Issue to be created and ADR to be written`: a second passive after `and`
    let rest = match rest.strip_prefix(" and ").and_then(active_voice) {
        Some(second) => format!(" and {second}"),
        None => rest,
    };
    // (the work's first word in small letters unless it is a name or an acronym: `PR`, `IaaS`)
    let mut chars = np.chars();
    let head = chars.next()?;
    let second_lower = np.chars().nth(1).is_some_and(char::is_lowercase);
    let np = if head.is_uppercase()
        && second_lower
        && !np.split_whitespace().next().unwrap_or("").chars().skip(1).any(char::is_uppercase)
    {
        format!("{}{}", head.to_lowercase(), chars.as_str())
    } else {
        np.to_string()
    };
    Some(format!("{verb} {np}{rest}"))
}

/// `t` with its run of words in capitals around `BE` in small letters (`NEEDS TO BE CHECKED`
/// → `needs to be checked`); the other words (`CW`, `API`) as written.
fn shouted_passive_small(t: &str) -> String {
    let words: Vec<&str> = t.split(' ').collect();
    let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    for (i, w) in words.iter().enumerate() {
        if *w != "BE" {
            continue;
        }
        let start = (0..i).rev().take_while(|&j| caps(words[j])).last().unwrap_or(i);
        let end = (i..words.len()).take_while(|&j| caps(words[j])).last().unwrap_or(i);
        // `TO BE DONE`: the modal and the participle both in capitals
        if start < i && end > i {
            for o in &mut out[start..=end] {
                o.make_ascii_lowercase();
            }
        }
    }
    out.join(" ")
}

/// The words from which a task reads as a report around it (see [`tidy_task`]).
const LONG_TASK_WORDS: usize = 20;

/// `… requested @x to write a spec for it`, `we asked @x to file a bug`: (the one asked, the task),
/// when a task verb follows `to`.
fn asked_to(t: &str) -> Option<(Vec<String>, String)> {
    // (the verbs' endings are in small letters however the line is written: a cheap gate)
    if !["sked @", "ested @", "sks @", "ests @"].iter().any(|e| t.contains(e)) {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let at = [" asked @", " requested @", " asks @", " requests @"]
        .iter()
        .find_map(|c| lower.find(c).map(|i| i + c.len() - 1))?;
    let rest = &t[at..];
    let m = HANDLES.find(rest)?;
    let after = rest[m.end()..].trim_start().strip_prefix("to ")?;
    let verb = after.split_whitespace().next()?;
    (is_task_verb(verb) && !NOT_VERBS.contains(&verb) && !meeting_verb(verb, &after[verb.len()..]))
        .then(|| (handles(m.as_str()), tidy_task(after)))
}

/// `Moving the nodes to SSDs should help and [will be done by @a]`: what the work is hoped to
/// do, between it and the passive that names its doer, is no part of it.
fn without_hope(s: &str) -> &str {
    let t = s.trim_end();
    let Some(t) = t.strip_suffix(" and").or_else(|| t.strip_suffix(',')) else { return s };
    let Some((head, verb)) = t.trim_end().rsplit_once(' ') else { return s };
    match head.rsplit_once(' ') {
        Some((work, modal))
            if matches!(modal, "should" | "would" | "could" | "might" | "may" | "will" | "can")
                && verb.bytes().all(|b| b.is_ascii_lowercase())
                && work.split_whitespace().count() >= 2 =>
        {
            work
        }
        _ => s,
    }
}

/// `Philipp.Fell (@pf) to …`, `Ana Ruiz (@aruiz) will …` opening a line: a person's name, then
/// their handle in parentheses, then a task.
static NAME_THEN_HANDLE_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^\W*[A-Z][\w.'-]*(?:\s+[A-Z][\w'-]*)?\s*\((@[A-Za-z0-9][A-Za-z0-9-]*)\)\s+(to|will)\s+([a-z].*)$",
    )
    .expect("valid regex")
});

/// `Followup by @a on X`, `Follow-up from @a, @b regarding X` opening a line.
static FOLLOW_UP_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)^\W*follow[- ]?up (?:by|from) ({HANDLE_LIST}) (?:on|about|regarding|re:?) (\S.*)$"
    ))
    .expect("valid regex")
});

/// Assignments without a marker: `@a will <verb> …`, `@a: <verb> …`,
/// `task to be done by @a`, `-> Name to <verb> …`, `-> task (@a)`.
pub fn plain_assignments(text: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let t = text.trim();
    if t.ends_with('?') {
        return out;
    }
    // `… - NEEDS TO BE CHECKED by @a`: a passive in capitals for emphasis reads as in small letters
    let small;
    let t = if t.contains(" BE ") {
        small = shouted_passive_small(t);
        small.as_str()
    } else {
        t
    };
    // `@a with support from @b to dig up the material`: both take it on
    let helped;
    let t = match t.find(" with support from @").or_else(|| t.find(" together with @")) {
        Some(i) if t.trim_start_matches(['-', '*', ' ']).starts_with('@') && t[..i].split_whitespace().count() <= 2 => {
            let cue =
                if t[i..].starts_with(" with support from @") { " with support from " } else { " together with " };
            helped = format!("{} and {}", &t[..i], &t[i + cue.len()..]);
            helped.as_str()
        }
        _ => t,
    };
    // `Philipp.Fell (@pf) to coordinate the joint activities`: a name with its handle, given a task
    let named;
    let t = match NAME_THEN_HANDLE_TO.captures(t) {
        Some(c) if t.contains("(@") => {
            named = format!("{} {} {}", &c[1], &c[2], &c[3]);
            named.as_str()
        }
        _ => t,
    };
    let at = t.contains('@');
    // `Followup by @a on the importer`: the follow-up that the handle owes
    if let Some(c) = if at && t.contains("ollow") { FOLLOW_UP_BY.captures(t) } else { None } {
        out.push((handles(&c[1]), tidy_task(&format!("follow up on {}", &c[2]))));
        return out;
    }
    // `upstream asked @x to write a spec for it`, `… requested @x to file a bug`: the one asked
    if at {
        if let Some(found) = asked_to(t) {
            out.push(found);
            return out;
        }
    }
    // `@x is responsible for the contact with the venue`, `@x is in charge of organising it`
    if at && (t.contains("responsible") || t.contains("in charge")) {
        if let Some(c) = RESPONSIBLE_FOR.captures(t) {
            let task = c[2].trim();
            let (first, rest) = task.split_once(' ').unwrap_or((task, ""));
            let verb = first.strip_suffix("ing").and_then(known_stem);
            let task = match verb {
                Some(v) if !rest.is_empty() => format!("{v} {rest}"),
                _ => task.to_string(),
            };
            out.push((handles(&c[1]), tidy_task(&task)));
            return out;
        }
    }
    // `action item for @x: write up the ADR`
    // (not `Owner: @x, @y`: the list of owners alone, its task above it)
    if let Some(c) = if at { ACTION_FOR.captures(t) } else { None }.filter(|c| !shapes::only_handles(&c[2])) {
        let owners = handles(&c[1]);
        out.push((owners, tidy_task(&c[2])));
        return out;
    }
    // `Rotate the keys – owner @x`: the task, then its owner named by a label
    if let Some(c) = if at { TRAILING_OWNER_LABEL.captures(t) } else { None } {
        let task = tidy_task(&t[..c.get(0).map_or(0, |m| m.start())]);
        // (a topic with its owner, `Flavor docs - owner @x`, is who owns an area, not a task)
        if task.split_whitespace().count() >= 2 && !task.contains('@') && proposes(&task) {
            out.push((handles(&c[1]), task));
            return out;
        }
    }
    // `(@x) - prepare the demo`, `(@x, @y): prepare the demo`: the owners in parentheses first,
    // then the task (a task verb; not `(@x) is on it`)
    if let Some(inner) = if at { t.strip_prefix("(@") } else { None } {
        if let Some((who, rest)) = inner.split_once(')') {
            let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':'));
            let who = format!("@{who}");
            if shapes::only_handles(&who) && proposes(rest) {
                out.push((handles(&who), tidy_task(rest)));
                return out;
            }
        }
    }
    // `<link to pull/12> (assigned to Maria)`: a plain name assigned the work in so many words
    if t.ends_with(')') && FIND_ASSIGNED.find(t.as_bytes()).is_some() {
        if let Some(c) = ASSIGNED_TO_NAME.captures(t).filter(|c| !NOT_NAMES.contains(&&c[1])) {
            let before = &t[..c.get(0).map_or(0, |m| m.start())];
            let task = tidy_task(before);
            let task = if task.is_empty() {
                // the link names the work: its repository, kind and number (`docs/pull/7`)
                URL_IN_TASK.find(before).and_then(|m| repo_ref(m.as_str())).unwrap_or_default()
            } else {
                task
            };
            if !task.is_empty() {
                out.push((vec![c[1].to_string()], task));
                return out;
            }
        }
    }
    // both open (after bullets and arrows) with the handle or with a capitalised name
    let lead = t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '>' | '=' | '→'));
    let assign = if at {
        if lead.starts_with('@') { HANDLE_ASSIGN.captures(t) } else { None }.or_else(|| {
            if lead.starts_with(|c: char| c.is_ascii_uppercase()) {
                NAME_HANDLE_ASSIGN.captures(t)
            } else {
                None
            }
        })
    } else {
        None
    };
    // `@x: Ask for review`: a capital only after the owners' colon, where a sentence starts
    // (not `@x: Update on the tender`, `@x: Review of …`, `@x: Report: …`: a topic)
    let assign = assign.filter(|c| {
        !c[2].starts_with(|ch: char| ch.is_ascii_uppercase()) || &c[2] == "PR" || {
            let between = t.get(c.get(1).map_or(0, |m| m.end())..c.get(2).map_or(0, |m| m.start())).unwrap_or("");
            let next = c[3].split_whitespace().next().unwrap_or("");
            between.trim() == ":" && !matches!(next, "on" | "from" | "of" | "about" | "") && !c[3].starts_with(':')
        }
    });
    if let Some(c) = assign {
        // the words between the owners and the verb: `:`, `will`, `to`, `(Ann) will`, `, please`
        let between =
            t.get(c.get(1).map(|m| m.end()).unwrap_or(0)..c.get(2).map(|m| m.start()).unwrap_or(0)).unwrap_or("");
        let between = PAREN_GROUP.replace_all(between, "");
        // `@x: check …`, `@x - check …`: a task verb must follow
        let colon = between.trim().starts_with([':', '-', '–', '—', '=', '→'])
            && !between.contains("will")
            && !between.contains("to ")
            && !between.contains("To ");
        let mut lower = c[2].to_ascii_lowercase();
        let modal_will = between.contains("will");
        // `@x will now start the process`: a word of time between `will` and the verb
        let mut after: &str = &c[3];
        if modal_will && matches!(lower.as_str(), "now" | "then" | "also" | "first" | "soon") {
            let (next, more) = after.trim_start().split_once(' ').unwrap_or((after.trim_start(), ""));
            if is_task_verb(next) && !meeting_verb(next, more) {
                lower = next.to_string();
                after = &after[after.len() - more.len() - usize::from(!more.is_empty())..];
            }
        }
        let verb = lower.as_str();
        let rest3 = after.trim_start();
        let have_a = verb == "have" && HAVE_A.is_match(rest3);
        let ok = (!NOT_VERBS.contains(&verb) || have_a)
            && (!colon || is_task_verb(verb.trim_end_matches("-up")))
            && !(modal_will && meeting_verb(verb, after))
            // `@x to report` with no object, `@x to present in the community call`: a slot in a meeting
            && !(matches!(verb, "report" | "present") && (after.trim().is_empty() || in_the_weekly(after)));
        if ok {
            let mut owners: Vec<String> = handles(&c[1]);
            // `@a will review together with @b`: both do it
            if let Some(co) = TOGETHER_WITH.captures(after) {
                owners.extend(handles(&co[1]));
            }
            // `@a will write it and @b will review it`, `@a to test it, @b to review`: two items
            // (not `talk to @b, @c to …`, a list of handles)
            let mut rest = after;
            let mut second = Vec::new();
            let next =
                [" and @", ", @", "; @"].iter().filter_map(|sep| rest.find(sep).map(|k| (k, k + sep.len() - 1))).min();
            if let Some((k, at)) = next.filter(|&(k, at)| {
                let modal = rest[at..].split_whitespace().nth(1).unwrap_or("");
                matches!(modal, "will" | "shall" | "should" | "needs" | "need" | "to")
                    && !ENDS_WITH_HANDLE.is_match(&rest[..k])
            }) {
                let more = plain_assignments(&rest[at..]);
                // (`@a to x, @b to y, @c to z`: every handle after the first with its own task)
                if !more.is_empty() && more.iter().all(|m| !m.0.is_empty()) {
                    second = more;
                    rest = &rest[..k];
                }
            }
            // (`PR` stays in capitals: `PR the guide`)
            let verb = if &c[2] == "PR" { "PR" } else { verb };
            out.push((owners, tidy_task(&format!("{verb}{rest}"))));
            out.extend(second);
            return out;
        }
    }
    // `@x takes care of the docs`, `@x kümmert sich um das Update`
    if let Some(c) = if at { HANDLE_TAKES_ON.captures(t) } else { None } {
        if !ROLE_OBJECT.is_match(&c[3]) && !HEDGED.is_match(&c[3]) {
            let idiom = c[2].to_lowercase();
            let task = if idiom.starts_with("take") {
                format!("{} {}", idiom.replace("takes", "take"), &c[3])
            } else if idiom.contains("look after") {
                format!("look after {}", &c[3])
            } else {
                c[3].to_string()
            };
            out.push((handles(&c[1]), tidy_task(&task)));
            return out;
        }
    }
    // `@x wird die Doku aktualisieren`: the German modal, its infinitive last
    if let Some(c) = if at { HANDLE_WIRD.captures(t) } else { None } {
        if !NICHT_AUFGABE.is_match(&c[2]) {
            out.push((handles(&c[1]), tidy_task(&c[2])));
            return out;
        }
    }
    // `@x doit relire la partie alerting`: the French modal, its infinitive first
    if let Some(c) = if at { HANDLE_DOIT.captures(t) } else { None } {
        let verb = c[2].split_whitespace().next().unwrap_or("");
        if !PAS_UNE_TACHE.contains(&verb) {
            out.push((handles(&c[1]), tidy_task(&c[2])));
            return out;
        }
    }
    // `@x ask Kurt about the labels`, `3. @x update invite`: handles, then a task verb in its
    // base form and its object (not `@x open for contributing`, `@x ask for: …`: a word that
    // reads as a status, or the list it opens; a verb of this meeting, `@x present the epic`; a
    // verb whose past is its base form, `@x set up the check → <link>`, which may report it done)
    if at && t.trim_start_matches(|c: char| c.is_whitespace() || "-*>=→".contains(c)).starts_with('@') {
        if let Some((owners, task)) = handle_task_line(t) {
            let mut words = task.split_whitespace();
            let (verb, next) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let rest = task.get(verb.len()..).unwrap_or("");
            let past_alike = ["set", "put", "cut", "read", "let", "shut", "spread", "run"].contains(&verb);
            if !next.is_empty()
                && !["for", "to", "is", "are", "was", "were"].contains(&next)
                && !task.contains(':')
                && !past_alike
                && !meeting_verb(verb, rest)
                && !NOT_TASK_VERBS.contains(&verb)
            {
                out.push((owners, task));
                return out;
            }
        }
    }
    // `the last call will be facilitated by @x`: a role in a meeting, not a task
    // (`to be decided by the board` defers a decision: no task either)
    let role = |participle: &str| {
        matches!(participle, "facilitated" | "moderated" | "chaired" | "hosted" | "presented" | "reported" | "decided")
    };
    let be = FIND_BE.find(t.as_bytes()).is_some();
    if let Some(c) = if be { PASSIVE_BY.captures(t) } else { None }.filter(|c| {
        let participle = c[1].rsplit(' ').next().unwrap_or("");
        !(role(participle) || participle == "taken" && ROLE_OBJECT.is_match(&c[1]))
    }) {
        // `… to be written by Matej`: a handle, or a plain name as written
        let owners: Vec<String> = if c[2].starts_with('@') {
            handles(&c[2])
        } else {
            // `Matej/Roman`, `Anna and Bo`
            c[2].split(['/', ',', '&'])
                .flat_map(|p| p.split(" and "))
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect()
        };
        if owners.iter().all(|o| {
            !NOT_NAMES.contains(&o.as_str())
                && !NOT_NAME_TO.contains(&o.as_str())
                && !matches!(o.as_str(), "AI" | "TBD" | "ML")
        }) {
            // `Session date open - needs to be clarified by @a`: the verb, about the topic before it
            let task = match NEEDS_TO_BE_TAIL.captures(&c[1]) {
                Some(n) => format!("{} ({})", base_of(&n[2]), tidy_task(&n[1])),
                None => tidy_task(without_hope(&PASSIVE_TAIL.replace(&c[1], ""))),
            };
            out.push((owners, task));
            return out;
        }
    }
    // `next week's call will be taken (over) by @x`, `the minutes will be taken by @x`: a role
    let taken_role = |c: &regex::Captures<'_>| &c[3] == "taken" && ROLE_OBJECT.is_match(&c[1]);
    if let Some(c) =
        if at && be { PASSIVE_BY_HANDLE.captures(t) } else { None }.filter(|c| !role(&c[3]) && !taken_role(c))
    {
        let subject = c[1].trim_matches(|ch: char| !ch.is_alphanumeric());
        let task = if subject.is_empty() {
            // `Will be investigated by @a in collab with …`: the verb and what follows the owner
            // (up to a remark after a comma: `by Friday, if need be …`)
            let after = c.get(6).map_or("", |m| m.as_str());
            format!("{}{}", base_of(&c[3]), after.split(',').next().unwrap_or(after))
        } else {
            // `issue to be opened by @a against the chart repo`: the target stays with the work
            let target = c.get(6).map_or("", |m| m.as_str()).split(',').next().unwrap_or("");
            let target =
                if ["against ", "via "].iter().any(|w| target.trim_start().starts_with(w)) { target } else { "" };
            // `#453 -- will be further worked on by @a`: a verb with its particle takes the
            // subject as its object (`work on #453`)
            let particle = c[4].trim();
            if ["on", "at", "into", "over"].contains(&particle) {
                let subject = c[1].trim().trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != ')');
                // (`The docs will be looked at …` → `look at the docs`)
                let subject = match subject.split_once(' ') {
                    Some((art @ ("The" | "A" | "An"), rest)) => format!("{} {rest}", art.to_lowercase()),
                    _ => subject.to_string(),
                };
                format!("{} {particle} {subject}", base_of(&c[3]))
            } else {
                PASSIVE_TAIL.replace(&format!("{}{}{}{target}", &c[1], &c[2], &c[4]), "").to_string()
            }
        };
        let task = tidy_task(&task);
        if !task.is_empty() {
            out.push((handles(&c[5]), task));
            return out;
        }
    }
    if let Some(c) = if at && t.contains("needed ") { NEEDED_FROM.captures(t) } else { None } {
        let task = tidy_task(&c[1]);
        if !task.is_empty() {
            out.push((handles(&c[2]), task));
            return out;
        }
    }
    // `Review by @a` alone, `still needs gdpr review by @a`: a review asked of the handles, about
    // the item's topic (a vague task: see `vague_task`)
    if at && t.contains("eview ") {
        if let Some(c) = REVIEW_BY.captures(t) {
            let subject = c.get(1).map_or("", |m| m.as_str()).trim();
            let subject = subject.strip_suffix(" still").unwrap_or(subject);
            if subject.split_whitespace().count() < 2 {
                out.push((handles(&c[3]), tidy_task(&c[2].to_lowercase())));
                return out;
            }
        }
    }
    // `  - @b for review` under a piece of work: the review is @b's (about the item above)
    if let Some(c) = if at && t.contains(" for ") { FOR_REVIEW.captures(t) } else { None } {
        out.push((handles(&c[1]), c[2].to_lowercase()));
        return out;
    }
    // `PR #16 on the docs still needs review by @a`: the review is @a's task
    if at && (t.contains("review by @") || t.contains("review from @")) {
        let lower = t.to_ascii_lowercase();
        let cue = [" needs review by ", " needs a review by ", " needs review from ", " needs a review from "]
            .iter()
            .find_map(|c| lower.find(c).map(|i| (i, i + c.len())));
        if let Some((i, j)) = cue {
            let who = t[j..].trim().trim_end_matches(['.', '!']);
            let subject = t[..i].trim_end();
            let subject = subject.strip_suffix(" still").unwrap_or(subject);
            if shapes::only_handles(who) && subject.split_whitespace().count() >= 2 {
                out.push((handles(who), tidy_task(&format!("review {}", clean_task(subject)))));
                return out;
            }
        }
    }
    let arrow_first = t.trim_start().starts_with(['-', '=', '→']);
    if let Some(m) = if arrow_first { ARROW_START.find(t) } else { None } {
        let rest = &t[m.end()..];
        if let Some(c) = TRAILING_PAREN_HANDLES.captures(rest) {
            let owners = paren_owners(&c[1]);
            let start = c.get(0).map(|m| m.start()).unwrap_or(rest.len());
            out.push((owners, tidy_task(&rest[..start])));
            return out;
        }
    }
    if has_ascii_arrow(t) || has_back_arrow(t) || arrow_first && ARROW_START.is_match(t) {
        out.extend(arrow_names(t));
    }
    // `Diagrams: flow.png (yet to be published by @a)`: a passive in parentheses
    let paren = t.contains('(');
    if out.is_empty() && at && paren && t.contains("to be ") {
        if let Some(c) = PAREN_PASSIVE.captures(t) {
            let before = tidy_task(&t[..c.get(0).map_or(0, |m| m.start())]);
            if before.split_whitespace().count() >= 1 {
                let owners = handles(&c[2]);
                out.push((owners, format!("{} {before}", base_of(&c[1]))));
            }
        }
    }
    if out.is_empty() && at {
        out.extend(mid_handle_assignments(t));
    }
    if out.is_empty() && at && paren {
        // `Will open a label (@a) and add it to the issue`: no subject, the doer in parentheses
        if let Some(c) = WILL_PAREN_DOER.captures(t) {
            let verb = &c[1];
            if proposes(verb) {
                let task = format!("{verb}{} {}", &c[2], c[4].trim_start());
                out.push((handles(&c[3]), tidy_task(&task)));
            }
        }
    }
    if out.is_empty() && at && FIND_AND.find(t.as_bytes()).is_some() {
        // `@a drafting the survey and will send it around`: the second verb is the task
        if let Some(c) = DOING_AND_WILL.captures(t) {
            let verb = &c[2];
            if !NOT_VERBS.contains(&verb) && !meeting_verb(verb, &c[3]) && !HEDGED.is_match(&c[3]) {
                out.push((handles(&c[1]), tidy_task(&format!("{verb}{}", &c[3]))));
            }
        }
    }
    if out.is_empty() && at && paren {
        // `… to remove the code again (Add to calendar: @a)`
        if let Some(c) = PAREN_TASK_OWNER.captures(t).filter(|c| proposes(&c[1])) {
            out.push((handles(&c[2]), tidy_task(&c[1])));
        }
    }
    if out.is_empty() && at && paren {
        // `… still unsure about it (write a story @a!)`: a task and its owner in parentheses
        if let Some(c) = PAREN_VERB_HANDLE.captures(t) {
            let task = c[1].trim();
            let last = task.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
            if proposes(task) && task.split_whitespace().count() >= 2 && !HANDLE_IS_OBJECT.contains(&last.as_str()) {
                out.push((handles(&c[2]), tidy_task(task)));
            }
        }
    }
    // looked for only when no other reading was found
    let modal = || MODAL_WORDS.iter().any(|m| m.find(t.as_bytes()).is_some());
    if out.is_empty() && at && modal() {
        if let Some(c) = MODAL_HANDLE.captures(t) {
            let verb = &c[2];
            if !NOT_VERBS.contains(&verb)
                && !NOT_TASK_START.contains(&verb)
                && !meeting_verb(verb, &c[3])
                && !HEDGED.is_match(&c[3])
            {
                let mut task = tidy_task(&format!("{verb}{}", &c[3]));
                // `Along this guide @a should verify the workflow`: the phrase before the handle
                // says where or with what, and belongs to the task
                let lead = t[..c.get(1).map_or(0, |m| m.start())].trim();
                if let Some(phrase) = lead_phrase(lead) {
                    task = format!("{task} {phrase}");
                }
                out.push((vec![c[1][1..].to_string()], task));
            }
        }
    }
    if out.is_empty() && at && paren {
        if let Some(c) = WE_PAREN.captures(t) {
            let verb = &c[2];
            if !NOT_VERBS.contains(&verb) && !meeting_verb(verb, &c[3]) {
                let owners = handles(&c[1]);
                let mut task = tidy_task(&format!("{verb}{}", &c[3]));
                // `… Forgot to deploy the exporters. We (@a) will reinstall them`: the sentence before
                if vague(verb, &c[3]) {
                    let before = t[..c.get(0).map_or(0, |m| m.start())].trim_end_matches(['.', ' ', ';']);
                    let ctx = before.rsplit(". ").next().unwrap_or(before);
                    let ctx = tidy_task(&URL_IN_TASK.replace_all(ctx, ""));
                    if ctx.split_whitespace().count() >= 2 {
                        task = format!("{task} ({ctx})");
                    }
                }
                out.push((owners, task));
            }
        }
    }
    out
}

/// `Along this guide`, `With the new runner`: a short prepositional phrase opening a sentence
/// (two to six words, no punctuation), lower-cased; `None` for anything else.
fn lead_phrase(lead: &str) -> Option<String> {
    const PREPOSITIONS: &[&str] = &["along", "with", "for", "after", "before", "during", "using", "via"];
    let lead = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = lead.split_whitespace();
    let first = words.next()?.to_lowercase();
    let n = 1 + words.count();
    let plain = lead.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
    (PREPOSITIONS.contains(&first.as_str()) && (2..=6).contains(&n) && plain).then(|| {
        let mut cs = lead.chars();
        cs.next().map(|c| c.to_lowercase().chain(cs).collect()).unwrap_or_default()
    })
}

/// `Will open a label (@a) and add it`: a sentence without subject whose doer is in parentheses.
static WILL_PAREN_DOER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^\W*(?:[Ww]ill|[Ss]hall)\s+([a-z][a-z-]*)([^()@]*?)\s*\(\s*({HANDLE_LIST})\s*\)([^()@]*)$"
    ))
    .expect("valid regex")
});
/// `@a drafting the survey and will send it around`: a handle doing one thing that will do the next.
static DOING_AND_WILL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^[\s\-*]*({HANDLE_LIST})\s+(?:is\s+)?[a-z]+ing(?-u:\b)[^.;@]*?\s+and\s+(?:will|is going to|going to)\s+([a-z][a-z-]*)([^.;]*)"))
        .expect("valid regex")
});

/// `… together with @b`: a second owner right after the task's verb.
static TOGETHER_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^\s*(?:\S+\s+){{0,3}}?together with\s+({HANDLE_LIST})")).expect("valid regex")
});

/// `(yet to be published by @a)`: a passive in parentheses with its owner.
static PAREN_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\(\s*(?:yet |still )?to be ([a-z]+ed)\s+by\s+({HANDLE_LIST})\s*\)"))
        .expect("valid regex")
});

/// `enable in zuul (@b)`: a clause of a line of assignments, a task verb first and its people in
/// parentheses last.
static PAREN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^([a-z][a-z-]*)(\s[^()@]*?)?\s*\(\s*({HANDLE_LIST})\s*\)\s*[.;]?\s*$"))
        .expect("valid regex")
});

/// The clauses of a line (split at commas outside parentheses) read by [`PAREN_CLAUSE`].
fn paren_clauses(t: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut clauses = Vec::new();
    for (i, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            ',' if depth == 0 => {
                clauses.push(&t[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    clauses.push(&t[start..]);
    // (not the first clause: the line's own assignment reads it)
    for clause in clauses.iter().skip(1) {
        let Some(c) = PAREN_CLAUSE.captures(clause.trim()) else { continue };
        if !is_task_verb(&c[1]) {
            continue;
        }
        let task = tidy_task(&format!("{}{}", &c[1], c.get(2).map_or("", |m| m.as_str())));
        if task.split_whitespace().count() >= 2 {
            out.push((handles(&c[3]), task));
        }
    }
    out
}

/// `… (to be reviewed by the SIG / Kurt)`, `… (yet to be tested by @a and @b)` closing a task:
/// where the parenthesis opens, its owners (handles, groups, one capitalised name each) and the
/// verb of the passive. None when an owner is anything else (`by the end of May`).
fn paren_passive_by(text: &str) -> Option<(usize, Vec<String>, String)> {
    let inner = text.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let p = inner.get(open + 1..)?.trim();
    let p = p.strip_prefix("yet ").or_else(|| p.strip_prefix("still ")).unwrap_or(p);
    let (participle, by) = p.strip_prefix("to be ")?.split_once(" by ")?;
    if participle.contains(' ') || !participle.ends_with("ed") {
        return None;
    }
    let mut owners = Vec::new();
    for part in by.split(['/', ',', '&']).flat_map(|x| x.split(" and ")) {
        let part = part.trim();
        let name = part.trim_start_matches('@');
        let plain_name = part.len() >= 3
            && part.starts_with(|c: char| c.is_ascii_uppercase())
            && part.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !NOT_NAMES.contains(&part)
            && !NOT_NAME_TO.contains(&part);
        if part.starts_with('@') && !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            owners.push(name.to_lowercase());
        } else if let Some(g) = group_owner(part) {
            owners.push(g);
        } else if plain_name {
            owners.push(part.to_string());
        } else {
            return None;
        }
    }
    (!owners.is_empty()).then(|| (open, owners, base_of(participle)))
}

/// `published` → `publish`, `updated` → `update`, `reviewed` → `review`: the verb of a passive.
pub(super) fn base_of(participle: &str) -> String {
    let stem = participle.strip_suffix("ed").unwrap_or(participle);
    if let Some(verb) = known_stem(stem) {
        return verb;
    }
    // `verified` → `verify`, `clarified` → `clarify`
    if let Some(root) = participle.strip_suffix("ied").filter(|r| r.len() >= 2) {
        return format!("{root}y");
    }
    // `submitted` → `submit`: a doubled consonant is single in the verb; `benchmarked` keeps its `k`
    let b = stem.as_bytes();
    let doubled = b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiouls".contains(&b[b.len() - 1]);
    if doubled {
        stem[..stem.len() - 1].to_string()
    } else {
        stem.to_string()
    }
}

/// The verb a stem left by an ending stands for, as the lexicon knows it: the stem itself
/// (`review|ed`) or with its `e` back (`mak|ing`).
fn known_stem(stem: &str) -> Option<String> {
    if is_task_verb(stem) {
        return Some(stem.to_string());
    }
    let with_e = format!("{stem}e");
    is_task_verb(&with_e).then_some(with_e)
}

/// `We (@a or @b) will reinstall them`: the people in parentheses take the task.
static WE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?:^|[.;!]\s+)\W*(?:[Ww]e|I)\s*\((@[A-Za-z0-9][A-Za-z0-9-]*(?:\s*(?:,|&|and|or|/)\s*@[A-Za-z0-9][A-Za-z0-9-]*)*)\)\s+(?:{TASKED})\s+([a-z][a-z-]*)([^.;]*)"
    ))
    .expect("valid regex")
});

/// `Blog post TBW (@a)`: a marker that the work is still to be done.
static TO_BE_DONE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?-u:\b)(?:TBW|TBD|TBC|tbw|needs? (?:an )?(?:assignee|owner))(?-u:\b)").expect("valid regex")
});
/// `to be checked whether …` opening an item: a passive task still to do.
static TO_BE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^\W*(?i:to|needs? to|has to) be ([a-z]+(?:ed|en|ne|wn))\s+(\S.*)$").expect("valid regex")
});
/// Imperative verbs that open a task item besides [`TASK_VERBS`].
const MORE_TASK_VERBS: &[&str] = &[
    "mention",
    "include",
    "revisit",
    "double-check",
    "recheck",
    "re-check",
    "verify",
    "align",
    "adjust",
    "extend",
    "improve",
    "refine",
    "define",
    "align",
    "ensure",
    "double",
    "publish",
    "announce",
    "migrate",
    "rework",
    "rename",
    "clean",
    "sort",
    "raise",
    "figure",
    "assign",
    "reply",
    "answer",
    "decide",
    "consider",
    "explore",
    "research",
    "setup",
    "increase",
    "validate",
    "decrease",
    "reduce",
    "enable",
    "disable",
    "stabilize",
    "stabilise",
    "deprecate",
    "drop",
    "switch",
    "replace",
    "split",
    "meet",
    // common imperative verbs of work that are not also nouns (`upgrade path`, `release date`),
    // so that `<verb> … (@x)` reads whatever the verb
    "rotate",
    "install",
    "configure",
    "backport",
    "bump",
    "triage",
    "translate",
    "submit",
    "upload",
    "delete",
    "confirm",
    "reserve",
    "notify",
    "remind",
    "summarize",
    "summarise",
    "refactor",
    "debug",
    "reproduce",
    "analyse",
    "analyze",
    "compare",
    "assess",
    "integrate",
    "automate",
    "rerun",
    "re-run",
    "apply",
    "escalate",
    "rebase",
    "revert",
    "push",
    // verbs of taking work up again or filling it in (`Restart the label work (@x)`)
    "restart",
    "resume",
    "re-review",
    "populate",
    "sketch",
    "repair",
    "reconsider",
    "re-evaluate",
];

/// `<work> -> @x` at the end of a line: the assignee after an arrow.
static TRAILING_ARROW_HANDLES: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(&format!(r"\s*(?:-+>|=+>|→)\s*({HANDLE_LIST})\s*$")).expect("valid regex"));
static LAST_ARROW: LazyLock<Regex> = LazyLock::new(|| crate::minutes::rx(r".*(?:-+>|=+>|→)").expect("valid regex"));
/// Nouns that name a piece of work (`release notes -> @x`, `strawman proposal -> @y`).
static WORK_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?-u:\b)(?:docs?|documentation|release notes|PRs?|issues?|ADRs?|stor(?:y|ies)|proposals?|blog(?: post)?|draft|tests?|slides|epics?|invit(?:e|ation)|agenda)(?-u:\b)")
        .expect("valid regex")
});
/// `10 Minutes VP01 -> @x`: an agenda slot with its speaker.
static DURATION_START: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^\W*\d+\s*(?:min|minutes|mins|')(?-u:\b)").expect("valid regex"));

/// Searchers for words looked for in every line (`str::contains` builds one per call).
static FIND_ASSIGNED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("(assigned to "));
/// `(assigned to Maria)`, `(assigned to Ann Bo)` closing an item: its owner by name.
static ASSIGNED_TO_NAME: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"\s*\(assigned to ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)$").expect("valid regex"));
pub(super) static FIND_TO: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" to "));
static FIND_BE: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(" be "));
static FIND_OWNER: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("owner"));
pub(super) static FIND_ASKED_TO: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("asked to "));
static FIND_VOLUNTEER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("volunteer"));

/// Whether an item may read as a tracker's or a speaker's phrase (`needs an owner`, `@a
/// volunteers`, `I will …`, `I'll …`): the cheap gate in front of those shapes.
pub(super) fn may_take_on(t: &str) -> bool {
    let b = t.as_bytes();
    FIND_OWNER.find(b).is_some()
        || FIND_VOLUNTEER.find(b).is_some()
        || FIND_ASKED_TO.find(b).is_some()
        || memchr::memchr(b'I', b).is_some() && (t.contains("I will") || t.contains("I'll") || t.contains("I’ll"))
}
static FIND_AND: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("and"));
static MODAL_WORDS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    LazyLock::new(|| ["should", "shall", "need", "has", "must"].iter().map(memchr::memmem::Finder::new).collect());

/// The last sentence of `s` (after its last `. `), when it has two words or more; else `s`.
fn last_clause_sentence(s: &str) -> &str {
    let s = s.trim_end();
    // a full stop after a word of 3+ letters (not `i.e.`, `e.g.`)
    let end = s.rmatch_indices(". ").map(|(i, _)| i).find(|&i| {
        s[..i].chars().rev().take_while(|c| c.is_alphabetic()).count() >= 3
            && s[i + 2..].split_whitespace().count() >= 2
    });
    match end {
        Some(i) => &s[i + 2..],
        None => s,
    }
}

/// Words that give a vague task its topic, as a task reads: without parentheses, handles and
/// URLs, tidied.
fn context_text(s: &str) -> String {
    let ctx = PAREN_GROUP.replace_all(s, "");
    let ctx = HANDLE.replace_all(&ctx, "");
    tidy_task(&URL_IN_TASK.replace_all(&ctx, ""))
}

/// `Hack session wanted (AI @a to set up)`: the words before the parentheses that close the
/// line and hold its marker, as the topic of a vague task (two to ten words).
fn before_marker_paren(full: &str, task: &str) -> Option<String> {
    let open = unclosed_paren(full.trim_end().strip_suffix(')')?)?;
    let inner = &full[open..];
    if !inner.contains(task)
        || !(inner.contains("AI")
            || crate::text::contains_ci(inner, "todo")
            || crate::text::contains_ci(inner, "action"))
    {
        return None;
    }
    let mut before = last_clause_sentence(&full[..open]);
    // `Label sync: works, may need a second run (AI @a to reach out)`: the topic before the colon
    if let Some((label, _)) = before.split_once(": ") {
        if (2..=6).contains(&label.split_whitespace().count()) {
            before = label;
        }
    }
    let ctx = context_text(before);
    let ctx = ctx.trim_end_matches([',', ';', ':', '.', ' ']);
    let words: Vec<&str> = ctx.split_whitespace().take(10).collect();
    (words.len() >= 2 && !ctx.ends_with('?')).then(|| words.join(" "))
}

/// The topic of a vague marked task (`AI @a will create a draft`): the item it hangs under, or
/// for a top-level item the heading of its section (two to ten words, not a question, not a
/// heading of action items or participants).
fn marked_topic(doc: &Doc, node: &Node<'_>) -> Option<String> {
    let raw = match node.parent.and_then(|p| doc.nodes.get(p)) {
        Some(p) => &*p.text,
        None => {
            let h = doc.heading(node);
            if action_heading(h) || ROLE_HEADING.is_match(h) || TEAM_HEADING.is_match(h) {
                return None;
            }
            h
        }
    };
    let ctx = context_text(raw);
    let ctx = ctx.trim_end_matches([',', ';', ':', '.', ' ']);
    let words: Vec<&str> = ctx.split_whitespace().take(10).collect();
    (words.len() >= 2 && !ctx.contains('?') && !ctx.contains("AI")).then(|| words.join(" "))
}

/// `t.contains("<-")`, in one scan for the `<`.
fn has_back_arrow(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'<', b).any(|i| b.get(i + 1) == Some(&b'-'))
}

/// `Who else? ask on the list`, `Progress? None. Needs a plan`: the words after the last question
/// mark of a line, when they say something (two words or more); `None` when the line ends with
/// its question. Without a question mark, the line itself.
fn after_question(t: &str) -> Option<&str> {
    match t.rfind('?') {
        None => Some(t),
        Some(q) => {
            let tail = t.get(q + 1..)?.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
            (tail.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() >= 2).then_some(tail)
        }
    }
}

/// `Can use case A be added to B? -> @a, @b`: a yes-or-no question about what can or should be
/// done, handed to people to find out (not `who …?`, whose answer names who does it, nor a
/// question of five words or fewer): the question without its mark.
fn open_question(q: &str) -> Option<&str> {
    let q = q.trim_end();
    let body = q.strip_suffix('?')?.trim_end_matches('?').trim_end();
    let first = body.trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().next()?;
    let modal = ["can", "could", "should", "shall", "is", "are", "does", "do", "would"]
        .iter()
        .any(|m| first.eq_ignore_ascii_case(m));
    (modal && body.split_whitespace().count() > 5 && !body.contains('?')).then_some(body)
}

/// `t.contains("->") || t.contains("=>")`, in one scan for the `>`.
fn has_ascii_arrow(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'>', b).any(|i| i > 0 && matches!(b[i - 1], b'-' | b'='))
}

/// `Release notes -> @x`, `raise the quotas -> @y`: a piece of work handed to its
/// assignee after an arrow (not a question, not `@a -> @b` handing over, not a slot).
pub fn arrow_assignee(t: &str) -> Option<(Vec<String>, String)> {
    // every spelling needs an arrow
    if !(has_ascii_arrow(t) || t.contains('→')) {
        return None;
    }
    // `… -> @a w/ @b, @c`: the people who work with the first are owners too
    let with;
    let t = if t.contains(" w/ @") {
        with = t.replace(" w/ @", ", @");
        with.as_str()
    } else {
        t
    };
    let Some(c) = TRAILING_ARROW_HANDLES.captures(t) else {
        return arrow_group(t);
    };
    let start = c.get(0)?.start();
    let mut task_part = t[..start].trim_end();
    // `not usable -> raise the quotas -> @x`: the step right before the assignee
    if let Some(m) = LAST_ARROW.find(task_part) {
        let tail = task_part[m.end()..].trim();
        if tail.split_whitespace().count() >= 2 {
            task_part = tail;
        }
    }
    let task_part = after_question(task_part).or_else(|| open_question(task_part))?;
    if ENDS_WITH_HANDLE.is_match(task_part) || DURATION_START.is_match(task_part) {
        return None;
    }
    let owners: Vec<String> = handles(&c[1]);
    let task = tidy_task(without_verdict(task_part));
    (task.split_whitespace().count() >= 2).then_some((owners, task))
}

/// `Moving the jobs to the new runner seems like the better way -> @x`: the work without the
/// verdict on it that closes the clause (`seems like …`, `seems to be …`, `looks like the …`,
/// `is the way to go`), when at least two words of work come before it.
fn without_verdict(task: &str) -> &str {
    const VERDICTS: &[&str] =
        &[" seems like ", " seems to be ", " looks like the ", " is the way to go", " would be the best"];
    VERDICTS
        .iter()
        .filter_map(|v| task.find(v))
        .min()
        .filter(|&i| task[..i].split_whitespace().count() >= 2)
        .map_or(task, |i| task[..i].trim_end())
}

/// `… does not take the members out -> IaaS team`: a problem handed to a team or SIG.
static TRAILING_ARROW_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)\s*(?:-+>|=+>|→)\s*(?:the\s+)?((?:[\w-]+\s+)?team|team\s+[\w-]+|sig\s+[\w-]+)\s*[.!]?\s*$")
        .expect("valid regex")
});

/// A piece of work handed to a group after an arrow (see [`TRAILING_ARROW_GROUP`]).
fn arrow_group(t: &str) -> Option<(Vec<String>, String)> {
    let c = TRAILING_ARROW_GROUP.captures(t)?;
    // the owner as written: `norm_owners` makes it a group
    group_owner(&c[1])?;
    let owner = c[1].to_string();
    // (a question before the arrow asks; a clause after it is what is handed over)
    let before = after_question(t[..c.get(0)?.start()].trim_end())?;
    if before.split_whitespace().count() < 3 {
        return None;
    }
    // the clause that says what is wrong or to do: after the last comma when it is long enough
    let clause = match before.rsplit_once(", ") {
        Some((_, tail)) if tail.split_whitespace().count() >= 3 => tail,
        _ => before,
    };
    let task = tidy_task(&URL_IN_TASK.replace_all(clause, ""));
    (task.split_whitespace().count() >= 2).then_some((vec![owner], task))
}

/// `Double-check issue #263 (@x)`, `Needs assignee (-> @x)`, `Blog post TBW (@a, @b)`: a list
/// item that names a piece of work and its assignee in parentheses at the end.
pub fn paren_assignee(t: &str) -> Option<(Vec<String>, String)> {
    // `Update the docs [@x]`, `… [owner: @x]`: the assignee in brackets reads as in parentheses
    if t.ends_with(']') {
        if let Some(c) = TRAILING_BRACKET_HANDLES.captures(t) {
            let start = c.get(0)?.start();
            return paren_assignee(&format!("{} ({})", &t[..start], &c[1]));
        }
    }
    // every spelling needs a handle in parentheses
    if !t.contains('@') || !t.contains('(') {
        return None;
    }
    // `(Add to calendar: @a)`: the task and its owner inside the parentheses
    if let Some(c) = PAREN_TASK_OWNER.captures(t) {
        if proposes(&c[1]) {
            return Some((handles(&c[2]), tidy_task(&c[1])));
        }
    }
    // `should go into the docs (user story needed -> @a)`: the work still needed, handed over
    if let Some(c) = PAREN_WORK_ARROW.captures(t) {
        let before = tidy_task(&t[..c.get(0)?.start()]);
        let inner = c[1].trim();
        if !before.is_empty() && !before.ends_with('?') && (WORK_NOUN.is_match(inner) || STILL_OPEN.is_match(inner)) {
            return Some((handles(&c[2]), format!("{before} ({inner})")));
        }
    }
    let c = TRAILING_PAREN_HANDLES.captures(t)?;
    let whole = c.get(0)?;
    let mut task_part = t[..whole.start()].trim_end();
    // `this is a story of its own -> new epic (@a)`: the arrow names the piece of work
    let mut work_after_arrow = false;
    // `Regular activity -> User story to track it (@a)`: the step after the last arrow, when it
    // names the work
    if let Some(m) = LAST_ARROW.find(task_part) {
        let tail = task_part[m.end()..].trim();
        if tail.split_whitespace().count() >= 2 && !tail.contains('?') && (WORK_TO.is_match(tail) || proposes(tail)) {
            task_part = tail;
        } else if tail.split_whitespace().count() <= 3 && BARE_WORK.is_match(tail) {
            work_after_arrow = true;
        }
    }
    // `Who else? ask on the list (@x)`: the clause that answers the question is the task
    let task_part = after_question(task_part)?;
    // `IAM: Write up the ideas (@x)`, `#182: Document the import (@y)`: a topic's label before a
    // sentence that opens with a task verb
    let task_part = after_topic_label(task_part);
    // `#301 Pin base image digests in CI (@a)`, `<link to issue 296> Rewrite the quickstart (@b)`:
    // the issue the work is tracked in opens it; the task is the work, with the issue's number
    let (task_part, issue) = match issue_lead(task_part) {
        Some((n, rest)) => (rest, Some(n)),
        None => (task_part, None),
    };
    // `Test new images automatically, #433 (@x)`: an issue listed with who works on it
    if task_part.is_empty() || LISTED_REF.is_match(task_part) {
        return None;
    }
    // `(owner: @x)`, `(assigned to @x)`: an assignment in so many words
    let label = whole.as_str().split('@').next().unwrap_or("");
    let arrow = ["->", "=>", "→", "own", "respons", "assign", "lead"].iter().any(|a| label.contains(a));
    // `New labels for the outcomes: (@x)`: the work labelled with its owner
    let labelled = task_part.ends_with(':') && task_part.split_whitespace().count() >= 2;
    // `For now document it in the release notes (@x)`, `Then, update the guide (@y)`
    let task_part = strip_time_adverb(task_part);
    let first = task_part
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .to_lowercase();
    // `Requires use cases (@x)`, `Needs a review (@y)`: what the work still needs, and who brings it
    // `an issue will be created (@x)`, not `will be discussed next week (@x)`
    let will_be_done = WILL_BE_DONE.is_match(task_part) && !WILL_BE_TALKED.is_match(task_part);
    // `Docs for the new flavors still needed (@x)`: the work named, then that it is still needed
    let needed_tail = {
        let tail = task_part.trim_end_matches(['.', '!', ' ', ',', ':']);
        tail.split_whitespace().count() >= 3
            && (tail.ends_with(" needed") || tail.ends_with(" required") || tail.ends_with(" wanted"))
    };
    let needs = work_after_arrow
        || will_be_done
        || needed_tail
        || matches!(first.as_str(), "requires" | "needs" | "require" | "need")
        || STILL_NEEDED.is_match(task_part)
        || WORK_TO.is_match(task_part);
    // `Do it (@x)` under a proposal: the proposal is the task
    let do_it = first == "do" && task_part.split_whitespace().count() <= 3;
    // `Adding security to the docs (@x)`: the work under way, its verb as a gerund (not
    // `Discussing it (@x)`, a slot of this meeting)
    // (a gerund with its object: not `Removing of X`, `Waiting for X`, `moving forward with X`)
    let gerund = || {
        first.strip_suffix("ing").filter(|s| s.len() >= 2).and_then(known_stem).is_some_and(|v| {
            let rest = task_part.split_once(char::is_whitespace).map_or("", |(_, r)| r);
            let next = rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
            let particle = ["of", "for", "forward", "with", "on", "at", "about", "ahead", "along", "back", "around"];
            !next.is_empty()
                && !particle.contains(&next.as_str())
                && !NOT_VERBS.contains(&v.as_str())
                && !meeting_verb(&v, rest)
                && !matches!(v.as_str(), "work" | "continue" | "wait")
        })
    };
    let verb = do_it || is_task_verb(&first) || gerund();
    // `to be checked whether it runs (@x)`: a passive still to do, its doer in parentheses
    let to_be = TO_BE_START.captures(task_part);
    if !(arrow || verb || needs || labelled || to_be.is_some() || TO_BE_DONE.is_match(task_part)) {
        return None;
    }
    let owners = paren_owners(&c[1]);
    let task = match to_be {
        Some(p) => tidy_task(&format!("{} {}", base_of(&p[1]), &p[2])),
        None => tidy_task(task_part),
    };
    let task = match issue {
        Some(n) if !task.is_empty() && !task.contains(&format!("#{n}")) => format!("{task} (#{n})"),
        _ => task,
    };
    (!task.is_empty()).then_some((owners, task))
}

/// Labels that say what kind of remark follows, not its topic.
static SPEECH_ACT_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:suggest\w*|propos\w*|ideas?|questions?|targets?|goals?|options?|wish(?:es)?|requests?|examples?|notes?|comments?|remarks?|status|updates?|problems?|risks?|concerns?|results?|outcomes?|decisions?|agreed)(?-u:\b)")
        .expect("valid regex")
});

/// The sentence after a short topic label (`IAM: Write up …`, `#182: Document …`, at most four
/// words and no clause of its own) when it opens with a capitalised task verb; else the text.
fn after_topic_label(t: &str) -> &str {
    let Some((label, rest)) = t.split_once(": ") else { return t };
    let rest = rest.trim_start();
    let first = rest.split_whitespace().next().unwrap_or("");
    let label_ok = !label.trim().is_empty()
        && label.split_whitespace().count() <= 4
        && label.len() <= 40
        && !label.contains(['(', ')', '@', ',', ';', '.', '?', '!'])
        // (not a proposal, a goal or a remark: `Suggestion: Create a template (@a)` names who
        // suggests it, `Target: FINALIZE the discussion (@b)` a goal)
        && !SPEECH_ACT_LABEL.is_match(label);
    let lower = first.to_ascii_lowercase();
    let verb_ok = first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().skip(1).all(|c| c.is_ascii_lowercase() || c == '-')
        && is_task_verb(&lower)
        && !NOT_VERBS.contains(&lower.as_str())
        && rest.split_whitespace().count() >= 3;
    if label_ok && verb_ok {
        rest
    } else {
        t
    }
}

/// The task after a leading time adverb: `For now document X` → `document X`.
fn strip_time_adverb(t: &str) -> &str {
    const ADVERBS: &[&str] =
        &["for now", "first", "then", "meanwhile", "in the meantime", "afterwards", "short-term", "short term"];
    let lead = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    for a in ADVERBS {
        if lead.len() > a.len() && lead.is_char_boundary(a.len()) && lead[..a.len()].eq_ignore_ascii_case(a) {
            let rest = &lead[a.len()..];
            if rest.starts_with([' ', ',', ':']) {
                return rest.trim_start_matches([' ', ',', ':']);
            }
        }
    }
    t
}

/// `Migration needs automation (@a)`, `instructions should be documented (@b)`: work still to do.
static STILL_NEEDED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:[\w-]+\s+){1,2}(?:needs?|requires?)\s|(?-u:\b)(?:should|must|needs? to|has to|have to) be [a-z]+(?:ed|en|ne|wn)(?-u:\b)")
        .expect("valid regex")
});

/// `(user story needed -> @a)` at the end of an item: work still open, handed to the handles.
static PAREN_WORK_ARROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\(\s*([^()@]{{3,50}}?)\s*(?:-+>|=+>|→)\s*({HANDLE_LIST})\s*\)\s*[.!]?\s*$"))
        .expect("valid regex")
});
/// `needed`, `TBW`, `missing`: words that say a piece of work is still open.
static STILL_OPEN: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:needed|required|missing|wanted|TBW|TBD|to be (?:written|done|created))(?-u:\b)")
        .expect("valid regex")
});
/// `new epic`, `a separate story`, `user stories`, `new ticket`: a piece of work named by itself,
/// without a verb.
static BARE_WORK: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:an?\s+|the\s+)?(?:new|separate|own|follow-?up|dedicated)?\s*(?:user\s+stor(?:y|ies)|stor(?:y|ies)|issues?|tickets?|PRs?|pull requests?|ADRs?|epics?|blog(?: posts?)?|docs?|proposals?|drafts?)\W*$")
        .expect("valid regex")
});

/// `an issue will be created`, `shall be created`, `is going to be created`, `should be actively
/// pursued`: a future passive or one still owed, work that somebody will do.
static WILL_BE_DONE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)(?-u:\b)(?:will|shall|should|must|(?:is|are) going to) be (?:[a-z]+ly )?[a-z]+(?:ed|en|ne|wn)(?-u:\b)",
    )
    .expect("valid regex")
});
/// `will be discussed`, `will be presented`: what happens in a meeting, not work.
static WILL_BE_TALKED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:will|shall|should|must|(?:is|are) going to) be (?:[a-z]+ly )?(?:discussed|talked|revisited|continued|postponed|presented|shown|reported|decided|moderated)(?-u:\b)")
        .expect("valid regex")
});

/// `(Add to calendar: @a)`: a task and its owner in parentheses.
static PAREN_TASK_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\(\s*([A-Za-z][^():@]{{2,60}}?)\s*:\s*({HANDLE_LIST})\s*\)")).expect("valid regex")
});

/// `(write a story @a!)`: a task verb, its object and the owner in parentheses.
static PAREN_VERB_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"\(\s*([a-z][^():@]{{2,60}}?)\s+({HANDLE_LIST})\s*[!.]?\s*\)")).expect("valid regex")
});
/// Words after which a handle is the object of the task, not its owner (`ask @a`, `talk to @a`).
pub(super) const HANDLE_IS_OBJECT: &[&str] = &[
    "to", "with", "by", "from", "for", "and", "or", "cc", "via", "ask", "ping", "contact", "inform", "invite", "thank",
    "thanks", "tell", "remind", "involve", "include", "add", "loop", "help", "support", "assist",
];

/// The last word of `s` in small letters (its last run of letters and digits): the word a
/// handle after a task may be the object of (`talk to @a`, see [`HANDLE_IS_OBJECT`]).
pub(super) fn last_word(s: &str) -> String {
    s.rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("").to_lowercase()
}

/// A task text without its handles and remarks in parentheses, tidied: what a topic or the
/// item above says when it serves as another item's context.
pub(super) fn topic_text(s: &str) -> String {
    // (`continuation by @a in 2024` → `continuation in 2024`: the word that tied the person goes too)
    tidy_task(&PAREN_GROUP.replace_all(&HANDLE_WITH_TIE.replace_all(s, ""), ""))
}
/// A handle with the preposition that ties it to a topic's words (`by @a`, `with @b`).
static HANDLE_WITH_TIE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?:\s(?:by|from|with|for|to|von|mit))?\s*@[A-Za-z0-9][A-Za-z0-9-]*").expect("valid regex")
});

/// `User story to track automating this`: a piece of work named with what it is for.
static WORK_TO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+)?(?:stor(?:y|ies)|issues?|PRs?|ADRs?|blog(?: post)?|docs?|documentation|drafts?|proposals?|epics?|meetings?|breakouts?|sessions?|workshops?)\s+to\s+[a-z]+")
        .expect("valid regex")
});

/// The owners in `(@a, @b/name)`: the handles, and a bare name after a slash as written.
fn paren_owners(s: &str) -> Vec<String> {
    let mut owners: Vec<String> = handles(s);
    if let Some((_, last)) = s.rsplit_once('/') {
        let last = last.trim();
        if !last.starts_with('@') && !last.is_empty() {
            owners.push(last.to_string());
        }
    }
    owners
}

static HEDGED: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)(?-u:\b)(?:maybe|perhaps|probably)(?-u:\b)").expect("valid regex"));
static ENDS_WITH_HANDLE: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"@[A-Za-z0-9][A-Za-z0-9-]*\s*$").expect("valid regex"));
/// Questions about meeting roles: presenting, reporting, moderating, the minutes.
static ROLE_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)presenting|presents? (?:in|at)|reports? (?:in|at|to)|reporting (?:in|at|to)|moderat|facilitat|chair|minutes|protocol|meeting notes|community call|tech weekly")
        .expect("valid regex")
});
/// Headings of the meeting's roles: who takes the minutes, who presents or moderates.
static ROLE_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)minutes|protocol|moderat|facilitat|(?:who|presenting|presenter)(?-u:\b).*(?:community call|tech weekly)",
    )
    .expect("valid regex")
});
/// Whether `t` can be an [`ACTION_INTRO`] without a colon: its spellings without one open
/// (after non-word characters) with `new`, `open`, `next`, `our`, `the`, `action`, `AIs`,
/// `to-dos`, `tasks`, `check`, `review` or `go`, in any case.
fn may_open_intro(t: &str) -> bool {
    // the grammar's word characters (see `minutes::WORD`)
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || ('\u{C0}'..='\u{24F}').contains(&c);
    t.chars()
        .find(|&c| word(c))
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), 'n' | 'o' | 't' | 'a' | 'c' | 'r' | 'g'))
}

/// A line that only announces action items: `Action items:`, `Open action points:`.
static ACTION_INTRO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:(?:new|open|next|our|the|pending|outstanding|remaining|previous|carried)\s+)?(?:[a-z]{0,3}\d[\w.]*\s+)?(?:action[ -]?items?|action points?|AIs|to-?dos?|to do|tasks)(?:\s*\([^()]{1,12}\))?\s*(?:for (?:this|next|the next) (?:week|sprint|time|meeting|call)|(?:from|of) (?:the )?(?:last|previous) (?:week|time|meeting|call))?\s*:?(?:\s*\d{1,3}(?:\s+(?:in total|total|items?|open))?)?\W*$|^\W*(?:[\w-]+\s+){0,2}(?:that|which)\s+(?:still\s+)?(?:needs?|has|have)\s+to\s+be\s+done\s*:\W*$|^\W*(?:check(?:ing)?|review(?:ing)?|go(?:ing)? through)\s+(?:the\s+|our\s+)?(?:AIs|action items|to-?dos)(?:\s+(?:of|from)\s+(?:the\s+)?(?:last|previous)\s+(?:week|time|meeting|call))?\s*:?\W*$|^\W*(?:work|things|tasks|steps)\s+(?:still\s+)?to\s+(?:be\s+)?do(?:ne)?\s*:\W*$")
        .expect("valid regex")
});
/// A line over a list whose items are action items only where they name their owner: `Next
/// steps:`, `Nächste Schritte:`, `Follow-ups:`, and a short line that names the to-dos of an
/// earlier meeting (`TOP 1 – Offene ToDos vom 06.03.`). Such lists also hold plans nobody has
/// taken on (`- Cleanup of the prototype`), which stay none.
static OWNED_INTRO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:\d+[.)]\s*)?(?:(?:the|our|agreed|weitere|neue|new)\s+)?(?:next steps|nächste schritte|follow[- ]?ups?|follow[- ]?up items|aufgaben|offene punkte)(?:\s*\([^()]{1,40}\))?\s*:?\W*$|^\W*(?:top\s*\d+\W+)?(?:(?:offene|open|pending|unsere|our)\s+)?(?:to-?dos|aufgaben|action items)\s+(?:vom|from|of)\s+(?:the\s+|der\s+|letzte[nr]?\s+|last\s+)?[\w.]{1,12}\W*$")
        .expect("valid regex")
});
/// A question's label with who asks it: `Q:`, `Q (@a):`, `Question from Ann:`, `Frage von Jonas:`.
static QUESTION_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"^\W*(?:Q|[Qq]uestion|Frage|Rückfrage)(?:\s+(?:from|von)\s+[^:?]{1,30}|\s*\([^()]{1,30}\)|\s+@[\w-]+)?\s*:",
    )
    .expect("valid regex")
});
/// Labels of lines that are no task: the people present or absent, a decision.
static NOT_TASK_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:present|anwesend|attendees|participants|teilnehmer(?:innen)?|apologies|absent|entschuldigt|decision|decided|agreed|agreement|consensus|beschluss|resolution)\s*(?:\([^()]{0,20}\))?\s*:")
        .expect("valid regex")
});
/// `Who: @a`, `Wer: Jana` opening an item.
static WHO_LABEL: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(r"(?i)^\W*(?:who|wer)\s*:\s*\S").expect("valid regex"));
/// `Who: @a — What: write the checklist — When: Friday`: the owners and the task of a block of
/// labelled parts (the parts on one line or on the lines of one item).
static WHO_WHAT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:who|wer)\s*:\s*([^:]{1,80}?)\s*(?:[—–-]+\s*|\|\s*)?(?:what|was|task|aufgabe)\s*:\s*(.+?)(?:\s*(?:[—–-]+|\|)?\s*(?:when|wann|due|bis wann|by when)\s*:.*)?$")
        .expect("valid regex")
});

/// The owners and task of a `Who: … What: …` item at `idx`, and how many continuation lines
/// after it the block took.
fn who_what(doc: &Doc<'_>, idx: usize) -> Option<(Vec<String>, String, usize)> {
    let mut joined = doc.nodes[idx].text.trim().to_string();
    let mut lines = 0;
    for n in doc.nodes.iter().skip(idx + 1).take(3) {
        if n.kind != Kind::Cont {
            break;
        }
        joined.push_str(" — ");
        joined.push_str(n.text.trim());
        lines += 1;
    }
    let c = WHO_WHAT.captures(&joined)?;
    let who = c[1].trim().trim_end_matches([',', ';']);
    let owners: Vec<String> = if who.contains('@') {
        handles(who)
    } else {
        who.split([',', '&', '/'])
            .flat_map(|p| p.split(" and "))
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let text = tidy_task(c[2].trim());
    (!owners.is_empty() && !text.is_empty()).then_some((owners, text, lines))
}

/// Whether a line or heading is an [`OWNED_INTRO`] (not asked: `#### Next steps?` is a topic).
fn owned_intro(t: &str) -> bool {
    !t.trim_end().ends_with('?')
        && (OWNED_INTRO.is_match(t)
            || t.contains(" / ") && t.split(" / ").any(|part| OWNED_INTRO.is_match(part.trim())))
}

/// An item that opens with the word for its to-dos: `TODOs will be talked about …`.
static TODOS_LEAD: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"^\W*(?:TODOs|ToDos|Todos|To-?dos|Action items)(?-u:\b)|(?i)(?-u:\b)(?:found|defined|collected|identified|agreed on|took|came up with)\s+(?:some\s+|the\s+following\s+|these\s+|a few\s+)?(?:action items|AIs|to-?dos|tasks)(?-u:\b)|(?i)(?-u:\b)list\s+of\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some|the following|these)\s+)?(?:action items|AIs|to-?dos|tasks)\s*:?\s*$")
        .expect("valid regex")
});
static PAREN_GROUP: LazyLock<Regex> = LazyLock::new(|| crate::minutes::rx(r"\s*\([^()]*\)").expect("valid regex"));
static LISTED_REF: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"[,;:–—-]\s*[\w./-]*#\d+\S*\s*$").expect("valid regex"));

static HAVE_A: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"^a\s+(?:look|chat|call|session|meeting|talk)(?-u:\b)").expect("valid regex"));

/// A task whose words after its verb say nothing alone (`take this topic`, `do that`).
fn vague_task(task: &str) -> bool {
    let mut it = task.splitn(2, ' ');
    let verb = it.next().unwrap_or("");
    vague(verb, it.next().unwrap_or(""))
}

/// `two remarks, @x to take care`: a task is vague when its words after the verb
/// say nothing alone.
fn vague(verb: &str, rest: &str) -> bool {
    let words: Vec<String> =
        rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
    // `test and write`: nothing but verbs says nothing either
    let verbs_only = words.len() >= 2
        && words.iter().all(|w| matches!(w.as_str(), "and" | "or") || TASK_VERBS.contains(&w.as_str()));
    (verbs_only || words.iter().all(|w| VAGUE_WORDS.contains(&w.as_str())))
        && !(words.is_empty() && matches!(verb, "merge" | "reply" | "decide"))
}

/// `…, @a to <verb> …` and `(@a will <verb> …)` inside a line: (owners, task) per match.
/// A vague task (`take care`) carries the clause before it.
pub fn mid_handle_assignments(t: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    for c in MID_HANDLE_ASSIGN.captures_iter(t).take(8) {
        let modal = &c[2];
        let verb = &c[3];
        let have_a = verb == "have" && HAVE_A.is_match(c[4].trim_start());
        if (NOT_VERBS.contains(&verb) && !have_a)
            || (NOT_TASK_START.contains(&verb) && verb != "do")
            || (modal.starts_with("will") || modal.starts_with("is")) && meeting_verb(verb, &c[4])
        {
            continue;
        }
        // `@x will look into it, if necessary`: a maybe is no assignment
        if HEDGED.is_match(&c[4]) {
            continue;
        }
        // `talk to @a, @b to join …`: the handle continues a list, it is not given a task
        let start = c.get(0).map(|m| m.start()).unwrap_or(0);
        if t[start..].starts_with(',') && ENDS_WITH_HANDLE.is_match(&t[..start]) {
            continue;
        }
        let owners: Vec<String> = handles(&c[1]);
        let mut task = tidy_task(&format!("{verb}{}", c[4].trim_end()));
        if vague(verb, &c[4]) {
            let start = c.get(0).map(|m| m.start()).unwrap_or(0);
            let mut before = &t[..start];
            if let Some(open) = unclosed_paren(before) {
                before = &before[..open];
            }
            // `… is a challenge. Joining X would help. @a to look it up`: the sentence right before
            let before = last_clause_sentence(before);
            let ctx = context_text(before);
            let ctx: Vec<&str> = ctx.split_whitespace().take(10).collect();
            // (words, not the commas left between handles: `-> @a, @b, (@c to review)`)
            if ctx.iter().filter(|w| w.chars().any(char::is_alphanumeric)).count() >= 2 {
                task = format!("{task} ({})", ctx.join(" ").trim_end_matches([',', ';', ':', '.']));
            }
        }
        // `@x will do that` needs the clause before it to say what
        if verb == "do" && !task.contains('(') && vague(verb, &c[4]) {
            continue;
        }
        if !task.is_empty() {
            out.push((owners, task));
        }
    }
    if out.is_empty() {
        if let Some(found) = and_will(t).or_else(|| paren_handle_verb(t)) {
            out.push(found);
        }
    }
    out
}

/// `Migration tool: who, when? (@a reach out to @b)`, `Label sync (@a and @b check the logs)`:
/// the handles and a task verb in the parentheses that end the line, the modal left out. The
/// verb must be a task verb in its base form (not `(@a reports)`, not `set`, whose past reads
/// the same), with words after it that say what (not `(@a look into it)`).
fn paren_handle_verb(t: &str) -> Option<(Vec<String>, String)> {
    let inner = t.trim_end().strip_suffix(')')?;
    let open = inner.rfind("(@")?;
    let inner = &inner[open + 1..];
    if inner.contains(['(', ')']) {
        return None;
    }
    let mut words = inner.split_whitespace();
    let mut who = Vec::new();
    let verb = loop {
        let w = words.next()?;
        if w.starts_with('@') || matches!(w, "and" | "&" | "/" | "+") {
            who.push(w);
        } else {
            break w;
        }
    };
    // what follows the verb word itself (not its first occurrence: `(@checker check …)`)
    let rest = &inner[verb.as_ptr() as usize - inner.as_ptr() as usize + verb.len()..];
    if !verb.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || verb == "set"
        || !is_task_verb(verb)
        || meeting_verb(verb, rest)
        || rest.split_whitespace().next().is_none()
        || vague(verb, rest)
        || HEDGED.is_match(rest)
    {
        return None;
    }
    let owners = handles(&who.join(" "));
    let mut task = tidy_task(&format!("{verb}{rest}"));
    // `Label tool: who? (@a reach out to @b)`: a task whose object is only a person carries the
    // topic before the parentheses (without its question)
    if rest.split_whitespace().all(|w| w.starts_with('@') || matches!(w, "to" | "out" | "with" | "and")) {
        let before = t.get(..t.trim_end().len() - (inner.len() + 2)).unwrap_or("");
        let topic = match before.split_once('?') {
            Some((asked, _)) => asked.rsplit_once(':').map_or(asked, |(topic, _)| topic),
            None => before,
        };
        let topic = topic.replace('`', "");
        let topic: Vec<&str> = topic.split_whitespace().filter(|w| *w != "-" && *w != "*").take(10).collect();
        if !topic.is_empty() {
            task = format!("{task} ({})", topic.join(" "));
        }
    }
    (!owners.is_empty()).then_some((owners, task))
}

/// `@x wrote a bridge, and will push it upstream`: the handle that opens a clause goes on,
/// after `and will`, with a task; also after `; will` (`@x is setting up a lab; will file issues
/// for what it finds`), the clause's subject left out.
fn and_will(t: &str) -> Option<(Vec<String>, String)> {
    let (k, sep) = [" and will ", "; will "].iter().filter_map(|sep| t.find(sep).map(|k| (k, sep.len()))).min()?;
    let head = t[..k].trim_end_matches(',');
    let at = head.rfind('@')?;
    let opens = head[..at].trim_end();
    let clause = &head[at..];
    // (a remark in parentheses inside the clause is no clause of its own)
    let bare = if clause.contains('(') { PAREN_GROUP.replace_all(clause, "") } else { clause.into() };
    if !(opens.is_empty() || opens.ends_with([',', ';', '.', ':', '-', '*', '>']))
        || bare.contains([',', ';', '(', ')'])
        || clause.split_whitespace().count() < 2
    {
        return None;
    }
    let rest = &t[k + sep..];
    let verb = rest.split_whitespace().next()?;
    if !verb.chars().all(|c| c.is_ascii_lowercase())
        || NOT_VERBS.contains(&verb)
        || NOT_TASK_START.contains(&verb)
        || meeting_verb(verb, &rest[verb.len()..])
        || HEDGED.is_match(rest)
    {
        return None;
    }
    let task = tidy_task(rest.split([',', ';', '.']).next().unwrap_or(rest));
    (task.split_whitespace().count() >= 2).then(|| (handles(clause.split_whitespace().next().unwrap_or("")), task))
}

static AI_AT: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"(?:^|[\s(;,.>_*-])AI(?-u:\b)").expect("valid regex"));

/// Several `AI` markers on one line (`AI @a: x; AI @b: y`): one item per marker,
/// each with its own owners and task. None when the line has fewer than two.
pub fn several_ais(text: &str) -> Option<Vec<(Vec<String>, String)>> {
    let starts: Vec<usize> = AI_AT.find_iter(text).map(|m| m.end() - 2).take(16).collect();
    if starts.len() == 1 {
        return todo_then_paren_ai(text, starts[0]);
    }
    if starts.len() < 2 {
        return None;
    }
    let mut items = Vec::new();
    for (i, &s) in starts.iter().enumerate() {
        let from = if i == 0 { 0 } else { s };
        let to = starts.get(i + 1).copied().unwrap_or(text.len());
        let seg = text[from..to].trim_end_matches(|c: char| c.is_whitespace() || ";,(-_*".contains(c));
        // `… (AI @b: send the list)`: the parenthesis the last marker opened in, not its task's
        let seg = match seg.strip_suffix(')') {
            Some(inner) if seg.matches('(').count() < seg.matches(')').count() => inner.trim_end(),
            _ => seg,
        };
        if let Some(Ai::Item { owners, text }) = parse_ai(seg) {
            if !text.is_empty() {
                items.push((owners, tidy_task(&text)));
            }
        }
    }
    (items.len() >= 2).then_some(items)
}

/// `TODO: attack this before the release (AI Kurt: write the epic)`: a to-do, then in the
/// parentheses that close the line a second marker with its own owner and, after a colon, its
/// own task: two items. (Not `TODO: amend it (AI Kurt to make a proposal)` nor
/// `TODO: track it (AI: @a)`: there the parentheses name who owns the to-do.)
fn todo_then_paren_ai(text: &str, ai: usize) -> Option<Vec<(Vec<String>, String)>> {
    let outer = text.get(..ai)?.strip_suffix('(')?;
    if !["TODO:", "ToDo:", "Todo:", "To do:", "TODO :"].iter().any(|m| outer.contains(m)) {
        return None;
    }
    let inner = text.get(ai..)?.trim_end_matches(|c: char| c.is_whitespace() || "*_".contains(c)).strip_suffix(')')?;
    if inner.contains(['(', ')']) {
        return None;
    }
    let (who, task) = inner.get(2..)?.split_once(':')?;
    let who = who.trim();
    let first = task.split_whitespace().next().unwrap_or("").to_lowercase();
    if who.is_empty() || who.split_whitespace().count() > 4 || !is_task_verb(&first) {
        return None;
    }
    match (parse_ai(outer.trim_end()), parse_ai(inner)) {
        (Some(Ai::Item { owners: o1, text: t1 }), Some(Ai::Item { owners: o2, text: t2 }))
            if !t1.trim().is_empty() && !t2.trim().is_empty() && !o2.is_empty() =>
        {
            Some(vec![(o1, tidy_task(&t1)), (o2, tidy_task(&t2))])
        }
        _ => None,
    }
}

/// `Ask the other team (@x to talk to @y)`: an item whose owner is given it in parentheses
/// at its end; the task is the text before them.
fn assignee_in_paren(text: &str) -> Option<(Vec<String>, String)> {
    let t = text.trim_end();
    if let Some(c) = PAREN_THEN_HELPERS.captures(t) {
        let task = clean_task(&t[..c.get(0).map_or(0, |m| m.start())]);
        if task.split_whitespace().count() >= 2 {
            return Some((handles(&c[1]), task));
        }
    }
    let inner = t.strip_suffix(')')?;
    let open = unclosed_paren(inner)?;
    let found = mid_handle_assignments(&t[open..]);
    match found.as_slice() {
        [(owners, _)] if !owners.is_empty() && !t[..open].trim().is_empty() => {
            Some((owners.clone(), clean_task(&t[..open])))
        }
        _ => None,
    }
}

/// `Owner: @x`, `Verantwortlich: Lena`: a line that only names who owns the item above it (not
/// `Volunteer: @x`, who offers to help with it and is the item).
static OWNER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"^(?i:owners?|responsible|assignees?|assigned to|lead|verantwortlich|zuständig)\s*:\s*({HANDLE_LIST}|[A-Z][a-z]+(?:\s*(?:,|&|/)\s*[A-Z][a-z]+)*)\s*$"
    ))
    .expect("valid regex")
});

/// `<task> (<owners>)<separator> <status>`: the owners of an item in a list, then its status.
static PAREN_OWNERS_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^(.{3,}?)\s*\(([^()]{1,60})\)\s*(?:[✅✔☑✓]|(?::|[-–—]|-+>|=+>|→|,)\s*\S|\([^()]{1,40}\)\s*$|$)",
    )
    .expect("valid regex")
});

/// `Grafana dashboards into the repo (@a, Sami): in progress`, `… (@a) (still open)`: (owners,
/// task), when every part in the parentheses is a handle, a person of this file, or says that
/// nobody owns it yet.
fn paren_owners_status(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let c = PAREN_OWNERS_STATUS.captures(text)?;
    let mut owners = Vec::new();
    // (a handle beside a name shows that the parentheses hold people)
    let with_handle = c[2].contains('@');
    // `(assigned: @a)`, `(owner: @a, Sami)`: a label before the owners
    let inner = c[2].trim();
    let inner = ["assigned to", "assigned", "owners", "owner", "assignee", "responsible"]
        .iter()
        .find_map(|l| {
            inner
                .get(..l.len())
                .filter(|h| h.eq_ignore_ascii_case(l))
                .map(|_| inner[l.len()..].trim_start_matches([':', ' ']))
        })
        .unwrap_or(inner);
    // (the owners named as such: `(owner: @a, …)`)
    let labelled = inner.len() < c[2].trim().len();
    for part in inner.split([',', '&', '/', '+']).flat_map(|p| p.split(" and ")) {
        let p = part.trim();
        if let Some(h) = p.strip_prefix('@') {
            if !handle_chars(h) {
                return None;
            }
            owners.push(h.to_lowercase());
        } else if ["no owner", "nobody", "unassigned", "tbd"].iter().any(|w| p.eq_ignore_ascii_case(w)) {
        } else if group_owner(p).is_some() && !p.contains('@') && p.split_whitespace().count() <= 2 {
            // `(everyone)`, `(infra team)`: a group owns it
            owners.push(p.to_string());
        } else if shapes::roster_role(doc, p) {
            // `(treasurer)` with `Jonas Berg (@jberg, treasurer)` in the roster: the role, which
            // the meeting ties to its handle
            owners.push(p.to_string());
        } else if p.len() >= 2
            && handle_chars(p)
            && p.bytes().all(|b| !b.is_ascii_uppercase())
            && written_as_handle(doc, p)
        {
            // (`(sdrach)`: a handle the file writes with its `@` elsewhere)
            owners.push(p.to_string());
        } else if p.chars().next().is_some_and(char::is_uppercase)
            && p.chars().all(char::is_alphabetic)
            && (with_handle || shapes::known_person(doc, p) || shapes::tied_initials(doc, p))
        {
            owners.push(p.to_string());
        } else if shapes::lower_person(doc, p) {
            // (`(henrik)` with `henrik (@hbakk)` in the roster)
            owners.push(p.to_string());
        } else if full_name(doc, p) {
            // (`(Henrik Lund)`: a person of this file with the surname)
            owners.push(p.to_string());
        } else if !owners.is_empty() && p.starts_with(|c: char| c.is_lowercase()) {
            // (`(Bodo, absent today)`, `(Quinn, with Tobias)`: a remark after the owners)
            break;
        } else {
            return None;
        }
    }
    let mut task = clean_task(&c[1]);
    // `Follow-up (owner @a, due 25.04.): run the config test`: a label before owners named as
    // such, the task after the colon
    if labelled && task.split_whitespace().count() == 1 {
        let after = c.get(2).map_or("", |m| &text[m.end()..]);
        if let Some(rest) = after.trim_start_matches(')').trim_start().strip_prefix(':') {
            let rest = clean_task(rest);
            if rest.split_whitespace().count() >= 2 {
                task = rest;
            }
        }
    }
    // (`Release-Blogpost (@a): done`: one word is a task when a handle owns it)
    let words = task.split_whitespace().count();
    // (not `Lucas (@a) — blog post`: the name the handle stands for)
    let one = words == 1 && with_handle && !owners.is_empty() && !shapes::named_elsewhere(doc, &task, text);
    (words >= 2 || one).then_some((owners, task))
}

/// `Henrik Lund`, `Marek Dvořák`: two or three capitalised words, the first a person of this file.
fn full_name(doc: &Doc<'_>, p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_alphabetic) && !NOT_NAMES.contains(w)
        })
        && shapes::known_person(doc, words[0])
}

/// `Odile addressing the review comments on #418`, `Ravi's redirect map: still open`: a person
/// of this file opening an item of a review, then a verb in `-ing` or a possessive; the task is
/// what follows, up to the status after a colon.
fn person_doing(doc: &Doc<'_>, t: &str) -> Option<(Vec<String>, String)> {
    let t = t.trim_start();
    let (name, rest) = t.split_once(' ')?;
    let (name, rest) = match name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
        Some(n) => (n, rest),
        None => {
            let verb = rest.split_whitespace().next()?;
            if !(verb.len() > 4 && verb.ends_with("ing") && verb.chars().all(|c| c.is_ascii_lowercase())) {
                return None;
            }
            (name, rest)
        }
    };
    if !(name.len() > 1
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && shapes::known_person(doc, name))
    {
        return None;
    }
    let task = rest.split_once(": ").map_or(rest, |(task, _)| task).trim().trim_end_matches(['.', ',']);
    // (`addressing the comments` → `address the comments`)
    let task = match task.split_once(' ') {
        Some((verb, obj)) if verb.ends_with("ing") => {
            let stem = &verb[..verb.len() - 3];
            let doubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
            let undoubled = || Some(&stem[..stem.len() - 1]).filter(|s| doubled && is_task_verb(s)).map(str::to_string);
            match known_stem(stem).or_else(undoubled) {
                Some(base) => format!("{base} {obj}"),
                None => task.to_string(),
            }
        }
        _ => task.to_string(),
    };
    (task.split_whitespace().count() >= 2).then(|| (vec![name.to_string()], task))
}

/// The names that open `t`, joined by `+`, `&`, `and` or `und` (`Sören + Priya demo laptop`):
/// capitalised words of three letters or more that are no [`NOT_NAMES`], and with `handles`
/// also words shaped like a handle without its `@` (`okrall`); (the names, the text after them).
/// Whether they are people of the file is the caller's question (it reads the whole file).
fn opening_names(t: &str, handles: bool) -> Option<(Vec<String>, &str)> {
    let mut rest = t.trim_start();
    let mut names = Vec::new();
    loop {
        let (name, after) = rest.split_once(' ')?;
        let capital =
            name.chars().next().is_some_and(char::is_uppercase) && name.chars().skip(1).all(char::is_lowercase);
        let handle = handles
            && name.len() >= 3
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !(capital && name.chars().count() > 2 && !NOT_NAMES.contains(&name) || handle) {
            return None;
        }
        names.push(name.to_string());
        rest = after.trim_start();
        match ["+ ", "& ", "and ", "und "].iter().find_map(|j| rest.strip_prefix(j)) {
            Some(more) => rest = more.trim_start(),
            None => break,
        }
    }
    Some((names, rest))
}

/// `Jakob finish #415 incl. docs — code done`, `Marco runner cleanup -> still open`, `Sören +
/// Priya demo laptop`: in a review of earlier items, people of this file opening the item, then
/// their piece of work (not a report about them: `Priya is out`, `Jonas said …`).
fn person_work(doc: &Doc<'_>, t: &str) -> Option<(Vec<String>, String)> {
    let (owners, rest) = opening_names(t, false)?;
    let next = rest.split_whitespace().next()?;
    const REPORTS: &[&str] = &[
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "said",
        "says",
        "thinks",
        "asked",
        "asks",
        "wants",
        "will",
        "would",
        "could",
        "can",
        "did",
        "does",
        "to",
        "should",
        "must",
        "may",
        "might",
        "offered",
        "volunteered",
        "hat",
        "ist",
        "war",
        "sagt",
        "meint",
        "fragt",
        "kann",
        "wird",
        "joined",
        "left",
        "presented",
        "mentioned",
        "proposed",
        "explained",
        "reported",
        "showed",
        "agreed",
        "prefers",
        "not",
        "also",
        "too",
        "sent",
        "took",
        "made",
        "wrote",
        "gave",
        "got",
        "found",
        "told",
        "ran",
        "put",
        "set",
        "met",
        "brought",
        "bought",
        "built",
        "spent",
        "saw",
    ];
    if REPORTS.contains(&next) || next.ends_with("ed") || next.starts_with(['(', ':', '-', '–', '—']) {
        return None;
    }
    let cut = ["->", "=>", "→"].iter().filter_map(|a| rest.find(a)).min().unwrap_or(rest.len());
    let task = clean_task(&rest[..cut]);
    // (the people are looked up last: that reads the whole file)
    (task.split_whitespace().count() >= 2 && owners.iter().all(|o| shapes::known_person(doc, o)))
        .then_some((owners, task))
}

/// `Action: Dana signs the contract`, `TODO: Sven collects the URLs`, `Action: okrall adds a
/// section`, `Action: Julia und Tobi schreiben den Entwurf`: after a marker, people of this file
/// (or a handle written without its `@`) and a verb in the third person; (the people, the task
/// from the verb on, in its base form where it is English).
fn person_verb(doc: &Doc<'_>, t: &str) -> Option<(Vec<String>, String)> {
    let (owners, rest) = opening_names(t, true)?;
    let (verb, object) = rest.split_once(' ')?;
    if !verb.chars().all(|c| c.is_lowercase()) || object.trim().is_empty() {
        return None;
    }
    // (English: `signs` → `sign`, `finishes` → `finish`, `tidies` → `tidy`)
    let english = verb
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .into_iter()
        .chain(verb.strip_suffix("es").map(str::to_string))
        .chain(verb.strip_suffix('s').map(str::to_string))
        .find(|b| is_task_verb(b));
    let german = verb.len() > 4 && (verb.ends_with('t') || verb.ends_with("en") && owners.len() > 1);
    // (any other verb in `-s` after a marker: `Dana signs the contract` → `sign the contract`)
    let english = english.or_else(|| {
        let base = verb.strip_suffix('s')?;
        (base.len() >= 3 && !base.ends_with('s') && !["doe", "goe", "think", "want", "need"].contains(&base))
            .then(|| base.to_string())
    });
    let task = match english {
        Some(base) => format!("{base} {object}"),
        None if german => rest.to_string(),
        None => return None,
    };
    let task = clean_task(task.trim_end_matches('.'));
    let person = |o: &String| {
        if o.starts_with(|c: char| c.is_uppercase()) {
            shapes::known_person(doc, o)
        } else {
            written_as_handle(doc, o) || shapes::lower_person(doc, o)
        }
    };
    (task.split_whitespace().count() >= 2 && owners.iter().all(person)).then_some((owners, task))
}

/// `Sanne de Wit: summarise the survey`: a full name (a known first name, then names and name
/// particles) with its colon opening an item.
static FULL_NAME_COLON: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^([A-Z][a-z]+(?:\s+(?:de|van|von|der|den|da|di|du|del|le|la|ter|ten|[A-Z][a-z]+)){1,3})\s*:\s*(\S.*)$",
    )
    .expect("valid regex")
});

fn full_name_owner(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let c = FULL_NAME_COLON.captures(text)?;
    let name = &c[1];
    let first = name.split_whitespace().next()?;
    let last = name.split_whitespace().last()?;
    (last.chars().next().is_some_and(char::is_uppercase) && shapes::known_person(doc, first))
        .then(|| (vec![name.to_string()], c[2].to_string()))
}

/// `Mastodon post for 2.4 – Helena`, `Bucket browser tree view – Tomasz / Mateus, ~50%`: in a
/// list of items to do, the task, a dash with spaces, then the people of this file who own it (a
/// status may follow after a comma).
fn dash_names_owner(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let (task, rest) = [" – ", " — ", " - "].iter().filter_map(|d| text.split_once(d)).min_by_key(|(t, _)| t.len())?;
    // the people end where their item's status starts: `— @a, Marta: 14 of 20 pages`,
    // `— @a (finally)`, `— @a — closed`
    let end = rest.find([':', '(', '—', '–', ';', '→']).unwrap_or(rest.len());
    let end = [" - ", " -> ", " => "].iter().filter_map(|d| rest[..end].find(d)).min().unwrap_or(end);
    let person = |w: &&str| {
        w.strip_prefix('@').is_some_and(|h| !h.is_empty() && super::doc::handle_chars(h))
            || w.chars().next().is_some_and(char::is_uppercase) && shapes::known_person(doc, w)
    };
    // the parts that name people, up to the first that does not (`- Jonas, reviewed yesterday`)
    let mut names: Vec<&str> = Vec::new();
    for part in rest[..end].split(',') {
        // `- Team IaaS`, `- all team leads`: a group owns it
        let whole = part.trim().trim_end_matches(['.', ';']);
        if names.is_empty() && whole.split_whitespace().count() <= 3 && group_owner(whole).is_some() {
            names.push(whole);
            break;
        }
        let words: Vec<&str> = part
            .trim()
            .trim_end_matches(['.', ';'])
            .split([' ', '/', '+', '&'])
            .map(str::trim)
            .filter(|w| !w.is_empty() && *w != "and")
            .collect();
        if words.is_empty() || !words.iter().all(person) {
            break;
        }
        // `— Kofi Mensah`: a full name that the file writes elsewhere too (the participants) is one person
        let whole = part.trim().trim_end_matches(['.', ';']);
        let full_name = (2..=3).contains(&words.len())
            && !whole.contains(['/', '+', '&', '@'])
            && doc.nodes.iter().filter(|n| n.text.contains(whole)).nth(1).is_some();
        if full_name {
            names.push(whole);
        } else {
            names.extend(words);
        }
    }
    (!task.trim().is_empty() && !names.is_empty() && names.len() <= 3)
        .then(|| (names.iter().map(|n| n.to_string()).collect(), task.trim().to_string()))
}

/// `enable the receiver @a`, `grafana panel "who is on call" @a`, `quota docs @a (finally)`:
/// handles that close a marked or listed item after its task, a remark in parentheses aside
/// (not the object of `talk to @a`).
fn trailing_handles(text: &str) -> Option<(Vec<String>, String)> {
    if !text.contains('@') {
        return None;
    }
    let t = text.trim();
    let t = match t.strip_suffix(')').and_then(|r| r.rfind(" (")) {
        Some(i) if !t[i..].contains('@') => t[..i].trim_end(),
        _ => t,
    };
    handles_after_task(t)
}

/// `update the docs @a`, `update the docs - @a`: the handles after a task of two words or more
/// that closes the text (not the object of `talk to @a`, see [`HANDLE_IS_OBJECT`]).
fn handles_after_task(t: &str) -> Option<(Vec<String>, String)> {
    let c = TRAILING_OWNERS.captures(t)?;
    let task = c[1].trim();
    (task.split_whitespace().count() >= 2
        && !task.contains('@')
        && !HANDLE_IS_OBJECT.contains(&last_word(task).as_str()))
    .then(|| (handles(&c[2]), clean_task(task)))
}

/// `→ @a takes it`, `— Priya (@b) takes it!`, `(nobody last week, now @c)`: the handle an
/// item of a review is handed to, after an arrow, a dash or `now`, closing the item or a clause.
static HANDOVER: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?:→|->|=>|(?-u:\b)now|[—–])\s*(?:[A-Z][a-zà-ÿ]+\s+)?\(?@([A-Za-z0-9][A-Za-z0-9-]*)\)?(?:\s+(?:takes|took|übernimmt|picks|picked|grabs|grabbed)(?:\s+(?:it|das|over|up))*)?\s*[!.]*\s*(?:[,;)]|[✅✔]|$)")
        .expect("valid regex")
});

/// An item of a review handed to a handle at its end ([`HANDOVER`]), or to people of this file
/// or a group after an arrow ([`handover_names`]): (the owners, the task before the hand-over
/// or before the remark in parentheses that holds it).
fn handover(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let (owners, start) = match text.contains('@').then(|| HANDOVER.captures_iter(text).last()).flatten() {
        Some(c) => (vec![c[1].to_string()], c.get(0)?.start()),
        None => {
            let found = handover_names(doc, text)?;
            // (`Karla's guide -> Priya did it`: the item opens with its owner, the arrow reports)
            if person_work(doc, text.trim_start_matches('~')).is_some() {
                return None;
            }
            found
        }
    };
    let before = &text[..start];
    let before = match unclosed_paren(before) {
        Some(i) => &before[..i],
        None => before,
    };
    let task = clean_task(before);
    (task.split_whitespace().count() >= 2 && !task.contains('@')).then_some((owners, task))
}

/// `→ Priya`, `-> Dmitri took it, PR is up`, `-> Devika + Ines`, `-> Ines sets up the schedule`,
/// `→ everyone`: people of this file or a group after the last arrow of an item, alone, before a
/// comma, or before what they do (a verb in `-s`, `took`, `übernimmt`, `le prend`); (the
/// owners, where the arrow starts).
fn handover_names(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, usize)> {
    let (at, arrow) = ["->", "=>", "→"].iter().filter_map(|a| text.rfind(a).map(|i| (i, a.len()))).max()?;
    let mut rest = text[at + arrow..].trim_start();
    rest = rest.strip_prefix("AI ").unwrap_or(rest);
    let mut owners = Vec::new();
    loop {
        let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let word = &rest[..end];
        let group = owners.is_empty() && ["all", "everyone", "everybody", "alle"].contains(&word);
        let capital =
            word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
        if !(group || capital && word.chars().count() > 2) {
            return None;
        }
        owners.push(word.to_string());
        rest = rest[end..].trim_start();
        match ["+ ", "& ", "and ", "und ", "et "].iter().find_map(|j| rest.strip_prefix(j)) {
            Some(more) if !group => rest = more.trim_start(),
            _ => break,
        }
    }
    let next = rest.split_whitespace().next().unwrap_or("");
    let closes = next.is_empty() || rest.starts_with([',', ';', '.', '!', ')']);
    let does = ["takes", "took", "did", "übernimmt", "prend", "le", "picks", "picked", "grabs"].contains(&next)
        || next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_ascii_lowercase()) && next != "does";
    // (the people are looked up last: that reads the whole file)
    let people = || owners.iter().all(|o| group_owner(o).is_some() || shapes::known_person(doc, o));
    ((closes || does) && people()).then_some((owners, at))
}

/// `Could Priya please check the German part`: a request to a person of this file, in a list
/// of items; (the person, the task).
fn please_request(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let t = text.trim_start();
    let (first, rest) = t.split_once(' ')?;
    if !["Could", "Can", "Would"].contains(&first) {
        return None;
    }
    let (name, rest) = rest.split_once(' ')?;
    let task = rest.trim_start().strip_prefix("please ")?;
    let task = clean_task(task.trim_end_matches(['?', '.']));
    (shapes::known_person(doc, name) && task.split_whitespace().count() >= 2).then(|| (vec![name.to_string()], task))
}

/// `A2025-03 — `, `A-12: `, `AI-7 –`: the id of an entry of an action log, opening it.
static ACTION_ID: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^\s*[A-Z]{1,3}-?\d{1,4}(?:-\d{1,3})?\s*(?:[—–:]|\s-)\s*").expect("valid regex")
});

/// A paragraph of one line and a few words that reads as a label (`**Follow-up**`, `Agreed`,
/// `Follow-up from last week:`): no sentence ends in it. Its words without a closing colon.
fn label_paragraph<'d>(doc: &'d Doc<'_>, k: usize) -> Option<&'d str> {
    let node = doc.nodes.get(k)?;
    let one_line = doc.nodes.get(k + 1).is_none_or(|n| n.kind != Kind::Cont);
    let t = node.text.trim().trim_end_matches(':').trim();
    (node.kind == Kind::Para
        && one_line
        && !t.is_empty()
        && t.split_whitespace().count() <= 6
        && !t.contains(['.', '?', '!', '@', '|']))
    .then_some(t)
}

/// A meeting bot's `#action` (`priyar ruim review the VP34 scope`, `all read the offers`,
/// `PC review all submissions`, `someone update the calendar`): the words that open it and are
/// nicks who speak in the log or people of the file, group words or an acronym (a committee) own
/// it; the rest is the task.
fn chat_action(doc: &Doc<'_>, rest: &str) -> (Vec<String>, String) {
    let mut owners = Vec::new();
    let mut r = rest.trim();
    loop {
        let (word, after) = r.split_once(char::is_whitespace).unwrap_or((r, ""));
        let w = word.trim_end_matches([',', ':']);
        let nick = doc.chat_nicks.iter().any(|n| n.eq_ignore_ascii_case(w)) || shapes::known_person(doc, w);
        let acronym = (2..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
        if after.is_empty() {
            break;
        }
        if nick || acronym {
            owners.push(if acronym { format!("group:{}", w.to_ascii_lowercase()) } else { w.to_string() });
        } else if let Some(g) = group_owner(w) {
            owners.push(g);
        } else if !["someone", "somebody", "anyone", "nobody"].contains(&w.to_ascii_lowercase().as_str())
            || !owners.is_empty()
        {
            break;
        }
        r = after.trim_start();
    }
    (owners, tidy_task(&clean_task(r)))
}

/// The value of a template's owner field (`Owner: …`, `Owners:`, `Responsible:`, `Assignee:`;
/// empty when nothing follows the label); `None` for a line of another kind or a placeholder
/// (`n/a`, `—`, `tbd`).
fn owner_field(t: &str) -> Option<&str> {
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let (label, rest) = t.split_once(':')?;
    let label = label.trim_end_matches(['*', '_', ' ']);
    let is_label = ["owner", "owners", "responsible", "assignee", "assignees", "verantwortlich", "zuständig"]
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l));
    if !is_label {
        return None;
    }
    let rest = rest.trim_start_matches(['*', '_']).trim();
    let placeholder = !rest.is_empty() && rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty()
        || ["n/a", "na", "tbd", "tba", "none", "nobody"].iter().any(|p| rest.eq_ignore_ascii_case(p));
    (!placeholder).then_some(rest)
}

/// `Jasper to ask …`, `everyone – share the link`, `Amira – open the vote`: an owner field's value
/// that names its people, then the work after `to`, `will` or a dash (not `Olek (DB team), ops
/// support: @imarq`, people only).
fn owners_then_work(v: &str) -> bool {
    let head = v.split([',', ':', '(', ';']).next().unwrap_or("");
    [" – ", " — ", " - ", " to ", " will "].iter().any(|sep| head.contains(sep))
}

/// The label of a top-level paragraph of one short line ending with a colon, right above a
/// list (`Who does what:` / `- …`): it stands for a heading of that list.
fn label_over_list<'d>(doc: &'d Doc<'_>, k: usize) -> Option<&'d str> {
    let node = doc.nodes.get(k)?;
    (node.parent.is_none()
        && node.text.trim_end().ends_with(':')
        && doc.nodes.get(k + 1).is_some_and(|n| n.kind == Kind::Item && n.parent.is_none()))
    .then(|| label_paragraph(doc, k))
    .flatten()
}

/// A label over a person's plans in a round-robin: `Next:`, `Today:`, `Plans:`, `Next week:`.
fn plan_label(t: &str) -> bool {
    let t = t.trim().trim_matches(['*', '_']).trim();
    ["next:", "today:", "plans:", "plan:", "next week:", "this week:", "next up:"]
        .iter()
        .any(|l| t.eq_ignore_ascii_case(l))
}

/// The handle a heading consists of (`### @kim`, `### @kim (Kim Ott)`), without its `@`.
fn heading_handle(h: &str) -> Option<String> {
    let h = h.trim();
    let h = h.split_once(" (").map_or(h, |(a, _)| a).trim();
    let name = h.strip_prefix('@')?;
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| name.to_ascii_lowercase())
}

/// The item `k` of a person's plans as that person's action item (`handle` owns it), unless it
/// is said with a hedge; whether it was taken.
fn take_plan(
    doc: &Doc<'_>,
    k: usize,
    handle: &str,
    forced: &mut HashSet<usize>,
    inherited: &mut std::collections::HashMap<usize, Vec<String>>,
) -> bool {
    if hedged_plan(&doc.nodes[k].text) {
        return false;
    }
    forced.insert(k);
    inherited.entry(k).or_insert_with(|| vec![handle.to_string()]);
    true
}

/// A plan said with a hedge: `if time permits: …`, `maybe …`, `possibly …`, `… might …`.
fn hedged_plan(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    let l = l.trim_start_matches(|c: char| !c.is_alphanumeric());
    ["if time permits", "if there is time", "maybe", "possibly", "perhaps", "time permitting"]
        .iter()
        .any(|h| l.starts_with(h))
        || [" might ", " maybe ", " could ", "if time permits"].iter().any(|h| l.contains(h))
}

/// `A-36 (Jonas Vandekerckhove): update the PR`: the owners an action log's id names in
/// parentheses before the colon (people's names, handles or `all`), and the rest of the line.
fn id_with_owners(full: &str) -> Option<(Vec<String>, String)> {
    let t = full.trim_start();
    let id_end = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))?;
    let (id, rest) = t.split_at(id_end);
    let letters = id.bytes().take_while(u8::is_ascii_uppercase).count();
    if !(1..=3).contains(&letters)
        || !id[letters..].trim_start_matches('-').bytes().all(|b| b.is_ascii_digit() || b == b'-')
        || id.ends_with('-')
        || id.len() <= letters
    {
        return None;
    }
    let inner = rest.trim_start().strip_prefix('(')?;
    let (who, after) = inner.split_once(')')?;
    // `A-36 (Ana Ruiz): …`, `A-28 (Ana Ruiz) – …`, `A-34 (Ana Ruiz), …`, or the task right after
    // the parentheses (`A-43 (Ana Ruiz) tender links …`: then only names or handles, not
    // `OPS-288 (P1) alert …`)
    let after = after.trim_start();
    let (task, bare) = match [":", ",", "–", "—", "- "].iter().find_map(|p| after.strip_prefix(p)) {
        Some(t) => (t.trim(), false),
        None => (after, true),
    };
    let name_words =
        |p: &str| p.split_whitespace().all(|w| w.chars().all(char::is_alphabetic) && w.chars().any(char::is_lowercase));
    if bare
        && !who
            .split([',', '&', '/'])
            .flat_map(|p| p.split(" and "))
            .all(|p| p.trim().starts_with('@') || !p.trim().is_empty() && name_words(p.trim()))
    {
        return None;
    }
    // `A2025-06 (procurement mailbox, @lvasquez): ✅ live`: the task and its owners in the
    // parentheses, the status after them
    // (not `A-37 (Ana Ruiz, Bo Li): …`, two names)
    let work_like =
        |w: &str| w.split_whitespace().count() >= 2 && w.split_whitespace().any(|x| x.starts_with(char::is_lowercase));
    if let Some((work, people)) = who.rsplit_once(", ").filter(|(w, _)| work_like(w)) {
        let parts: Vec<&str> = people.split([' ', ',', '&']).filter(|p| !p.is_empty() && *p != "and").collect();
        let handles_only = parts.iter().all(|p| {
            p.strip_prefix('@')
                .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        });
        let name = people.split_whitespace().count() <= 2
            && people
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        if handles_only || name {
            let owners = if name {
                vec![people.trim().to_string()]
            } else {
                parts.iter().map(|p| p.trim_start_matches('@').to_string()).collect()
            };
            let rest = if task.is_empty() { work.trim().to_string() } else { format!("{} — {task}", work.trim()) };
            return Some((owners, rest));
        }
    }
    let owners: Vec<String> = who
        .split([',', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches('@').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let names = owners.iter().all(|o| {
        o.eq_ignore_ascii_case("all")
            || o.split_whitespace().count() <= 3 && o.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            || who.contains('@')
    });
    (!owners.is_empty() && names && !task.is_empty()).then(|| (owners, task.to_string()))
}

/// `OPS-121 — @a — rotate the certs — In Progress`, `OPS-128 resolver postmortem — @b — Closed`:
/// (owners, task, done) of a ticket line whose parts, split at spaced dashes, name its assignee;
/// `unassigned` / `needs assignee` leave it without one.
fn ticket_item(doc: &Doc<'_>, t: &str) -> Option<(Vec<String>, String, bool)> {
    let parts: Vec<&str> = t.split(" — ").collect();
    let parts: Vec<&str> = if parts.len() >= 2 { parts } else { t.split(" – ").collect() };
    if parts.len() < 2 {
        return None;
    }
    let key = TICKET_KEY.find(parts[0])?;
    let mut owners = None;
    let mut task = None;
    // the key's own part may carry the task (`OPS-128 resolver postmortem`)
    let first_rest = parts[0][key.end()..].trim();
    for (i, p) in parts.iter().enumerate() {
        let p = p.trim().trim_matches('~').trim();
        let q = if i == 0 { first_rest } else { p };
        if q.is_empty() {
            continue;
        }
        let is_owner_part = q.split([',', '&', '/', '+']).all(|w| {
            let w = w.trim();
            w.starts_with('@') && w.len() > 1
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.split_whitespace().count() == 1
                    && shapes::known_person(doc, w)
        });
        if owners.is_none() && i > 0 && is_owner_part {
            owners = Some(
                q.split([',', '&', '/', '+'])
                    .map(|w| w.trim())
                    .map(|w| w.strip_prefix('@').map_or(w.to_string(), str::to_lowercase))
                    .collect::<Vec<_>>(),
            );
        } else if owners.is_none() && i > 0 && ["unassigned", "nobody", "n/a"].iter().any(|w| q.eq_ignore_ascii_case(w))
        {
            owners = Some(Vec::new());
        } else if task.is_none() && q.split_whitespace().count() >= 2 {
            task = Some(clean_task(q));
        }
    }
    let owners = owners?;
    let task = task?;
    let done = t.contains('✅')
        || DONE_WORD_END.is_match(t)
        || DONE_END.is_match(t)
        || [" — done", " — closed", " — merged"].iter().any(|w| crate::text::contains_ci(t, w));
    Some((owners, task, done))
}

/// An issue tracker's key opening an item or a part of it: `OPS-121 — …`, `~~INFRA-7 — …~~`.
static TICKET_KEY: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^\W*[A-Z][A-Z0-9]{1,9}-\d{1,6}(?-u:\b)").expect("valid regex"));

/// `[@a] ask the venue`, `[@a, Jana] …`: owners in square brackets opening an item (handles, or
/// names this file shows are people), then the task.
fn bracket_owners(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[' && c != '@');
    let inner_end = t.strip_prefix('[')?.find(']')? + 1;
    let inner = &t[1..inner_end];
    let rest = clean_task(&t[inner_end + 1..]);
    let mut owners = Vec::new();
    for p in inner.split([',', '&', '/', '+']).map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(h) = p.strip_prefix('@') {
            if !handle_chars(h) {
                return None;
            }
            owners.push(h.to_lowercase());
        } else if let Some(g) = group_owner(p) {
            owners.push(g);
        } else if p.chars().next().is_some_and(char::is_uppercase) && shapes::known_person(doc, p) {
            owners.push(p.to_string());
        } else {
            return None;
        }
    }
    (!owners.is_empty() && rest.split_whitespace().count() >= 2).then_some((owners, rest))
}

/// `1.2 (KM) release notes for 1.4 – still open`, `(SL, HW) run the upgrade test`, `1.5 [TR]
/// ask the operators`: an item of a list of actions that opens (after its outline number) with
/// its owners in parentheses or brackets: handles, people of this file (also in small letters),
/// initials the roster ties to a handle. (owners, the task after them.)
fn lead_owners(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let t = text.trim_start();
    let digits = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let t = if digits > 0 && t[digits..].starts_with(' ') { t[digits..].trim_start() } else { t };
    let t = t.strip_prefix("~~").unwrap_or(t);
    let close = match t.as_bytes().first() {
        Some(b'(') => ')',
        Some(b'[') => ']',
        _ => return None,
    };
    let end = t.find(close)?;
    let inner = &t[1..end];
    let mut owners = Vec::new();
    for p in inner.split([',', '&', '/', '+']).map(str::trim) {
        if let Some(h) = p.strip_prefix('@') {
            if !handle_chars(h) {
                return None;
            }
            owners.push(h.to_lowercase());
        } else if shapes::tied_initials(doc, p)
            || p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().all(char::is_alphabetic)
                && shapes::known_person(doc, p)
            || shapes::lower_person(doc, p)
        {
            owners.push(p.to_string());
        } else {
            return None;
        }
    }
    let task = clean_task(&t[end + 1..]);
    let task = task.trim_start_matches('~').trim_end_matches('~').trim().to_string();
    (!owners.is_empty() && task.split_whitespace().count() >= 2).then_some((owners, task))
}

/// `@a → sign the booking`, `@a + @b -> sponsor outreach`, `Bodo → ask the venue`: the owners
/// before an arrow and the task after it (not `@a -> @b`, a handover between people).
static OWNER_ARROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^\s*({HANDLE_LIST}|[A-Z][a-z]+)\s*(?:-+>|=+>|→)\s*([^@\s].*)$")).expect("valid regex")
});

fn owner_arrow_task(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    let c = OWNER_ARROW.captures(text)?;
    let who = &c[1];
    let owners = if who.starts_with('@') {
        handles(who)
    } else if shapes::known_person(doc, who) {
        vec![who.to_string()]
    } else {
        return None;
    };
    let task = clean_task(&c[2]);
    (task.split_whitespace().count() >= 2 && !task.contains('?')).then_some((owners, task))
}

/// `rkowal: bump minio-go in the archiver`: (owner, task) when the word before the colon is a
/// handle the same file writes with its `@` elsewhere.
fn bare_handle_owner(doc: &Doc<'_>, text: &str) -> Option<(Vec<String>, String)> {
    // (`kofi + vlad: …`, `cmoreau – threshold PR`: several, or a dash for the colon)
    let (head, rest) = match text.split_once(':') {
        Some((h, r)) if h.len() <= 60 => (h, r),
        _ => text.split_once(" – ").or_else(|| text.split_once(" -- "))?,
    };
    let rest = rest.trim();
    if rest.split_whitespace().count() < 2 {
        return None;
    }
    let mut owners = Vec::new();
    for part in head.split(['+', ',', '&']).flat_map(|p| p.split(" and ")) {
        let h = part.trim();
        let shaped = (2..=39).contains(&h.len())
            && h.starts_with(|c: char| c.is_ascii_lowercase())
            && h.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !shaped || !(written_as_handle(doc, h) || nick_of_handle(doc, h) || shapes::lower_person(doc, h)) {
            return None;
        }
        owners.push(h.to_string());
    }
    (!owners.is_empty()).then(|| (owners, rest.to_string()))
}

/// Whether the file gives `word` as a handle's nick in parentheses (`@kosei (kofi)`, `@dvlad
/// (vlad, back since tue)`).
fn nick_of_handle(doc: &Doc<'_>, word: &str) -> bool {
    doc.nodes.iter().any(|n| {
        memchr::memchr_iter(b'@', n.text.as_bytes())
            .any(|at| super::doc::paren_after_handle(&n.text, at).is_some_and(|(_, nick)| nick == word))
    })
}

/// Whether the file writes `word` with an `@` as a whole handle somewhere (`@rkowal`, not
/// `@rkowalski`).
/// `AI: rkowal write the summary`, `moss-j to hook it into the nightly`, `stats -> rkowal`
/// with `@rkowal` and `@moss-j` in the participants: a handle of this file's people written
/// without its `@` is the handle. The lines that write one so get the `@` before it (not inside a
/// word, a path, an address or a link: `github.com/rkowal`, `rkowal.example.org`); returns the
/// lines changed with their text as written, to be put back once the action items are read.
pub fn mark_bare_handles<'a>(doc: &mut Doc<'a>) -> Vec<(usize, std::borrow::Cow<'a, str>)> {
    let roster: Vec<String> = shapes::roster_handles(doc)
        .into_iter()
        .filter(|h| !["all", "everyone", "here", "todo", "team", "channel"].contains(&h.to_lowercase().as_str()))
        .collect();
    let mut changed = Vec::new();
    if roster.is_empty() {
        return changed;
    }
    let roster: HashSet<&str> = roster.iter().map(String::as_str).collect();
    let handle_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    for (i, n) in doc.nodes.iter_mut().enumerate() {
        if matches!(n.kind, Kind::Heading(_)) {
            continue;
        }
        let t = n.text.as_ref();
        let b = t.as_bytes();
        let mut at: Vec<usize> = Vec::new();
        // each word (a run of handle characters) once
        let mut s = 0;
        while s < b.len() {
            if !handle_byte(b[s]) {
                s += 1;
                continue;
            }
            let mut e = s;
            while e < b.len() && handle_byte(b[e]) {
                e += 1;
            }
            let before_ok = s == 0 || !b"@/.#:`~\\".contains(&b[s - 1]);
            let after_ok = e == b.len()
                || !(b[e] == b'/'
                    || b[e] == b'@'
                    || b[e] == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric));
            // (`fkr will set up a call`: a plan told of a plain name, not a handle's task)
            if before_ok && after_ok && roster.contains(&t[s..e]) && !t[e..].starts_with(" will ") {
                at.push(s);
            }
            s = e;
        }
        if at.is_empty() {
            continue;
        }
        let mut new = String::with_capacity(t.len() + at.len());
        let mut last = 0;
        for s in at {
            new.push_str(&t[last..s]);
            new.push('@');
            last = s;
        }
        new.push_str(&t[last..]);
        changed.push((i, std::mem::replace(&mut n.text, std::borrow::Cow::Owned(new))));
    }
    changed
}

pub(super) fn written_as_handle(doc: &Doc<'_>, word: &str) -> bool {
    let at = format!("@{word}");
    doc.nodes.iter().any(|n| {
        n.text.match_indices(&at).any(|(i, _)| {
            !n.text[i + at.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
    })
}

/// (owners, task) as `find` reads the task when nobody owns it yet; else as they are.
fn unless_owned(
    item: (Vec<String>, String),
    find: impl FnOnce(&str) -> Option<(Vec<String>, String)>,
) -> (Vec<String>, String) {
    if !item.0.is_empty() {
        return item;
    }
    match find(&item.1) {
        Some(found) => found,
        None => item,
    }
}

/// The task of a listed item without its status after a dash with spaces (`— done, see #88`).
fn cut_status(text: &str) -> String {
    match [" — ", " – "].iter().filter_map(|d| text.find(d)).min() {
        Some(i) if text[..i].split_whitespace().count() >= 2 => clean_task(&text[..i]),
        _ => text.to_string(),
    }
}

/// `Update the wiki (Carl)`: a task with a plain name in parentheses at its end.
static NAME_IN_PAREN: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^(.{3,}?)\s*\(\s*([A-Z][a-z]+)\s*\)\s*$").expect("valid regex"));

/// `Write epic (@a), input @b, @c`: the owner in parentheses, helpers after it.
static PAREN_THEN_HELPERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"\s*\(({HANDLE_LIST})\)\s*,\s*(?:input|support|help|with|reviews?|feedback)(?:\s+(?:from|by))?\s+@.*$"
    ))
    .expect("valid regex")
});

/// `-> Kurt to find a slot` inside an arrow line: (owners, task) per name.
pub fn arrow_names(t: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    for c in NAME_TO.captures_iter(t) {
        let name = &c[1];
        let verb = &c[2];
        // (not `Where to start?`, a question, nor `Switch to DefectDojo`: no verb after `to`)
        if NOT_NAMES.contains(&name)
            || NOT_TASK_START.contains(&verb)
            || NOT_NAME_TO.contains(&name)
            || !verb.starts_with(|ch: char| ch.is_ascii_lowercase())
            || QUESTION_WORDS.contains(&name.to_ascii_lowercase().as_str())
        {
            continue;
        }
        let owner = name.trim_start_matches('@').to_string();
        out.push((vec![owner], tidy_task(&format!("{verb}{}", &c[3]))));
    }
    if out.is_empty() {
        for c in ARROW_MODAL.captures_iter(t) {
            let (name, verb) = (&c[1], &c[2]);
            if NOT_NAMES.contains(&name)
                || NOT_NAME_TO.contains(&name)
                || NOT_TASK_START.contains(&verb)
                || NOT_VERBS.contains(&verb)
                || meeting_verb(verb, &c[3])
                || HEDGED.is_match(&c[3])
            {
                continue;
            }
            out.push((vec![name.trim_start_matches('@').to_string()], tidy_task(&format!("{verb}{}", &c[3]))));
        }
    }
    if out.is_empty() {
        for c in ARROW_HANDLE_PRESENT.captures_iter(t) {
            let verb = &c[2];
            if !is_task_verb(verb) || meeting_verb(verb, &c[3]) {
                continue;
            }
            let owners = handles(&c[1]);
            // `issue #237 -> @a reviews with @b`: the work is what the arrow follows
            let rest = HANDLE.replace_all(&c[3], "");
            let rest = rest.trim().trim_start_matches("with").trim_start_matches("together").trim();
            let task = if rest.is_empty() {
                let before = t[..c.get(0).map_or(0, |m| m.start())].trim();
                format!("{verb} {}", tidy_task(&URL_IN_TASK.replace_all(before, "")))
            } else {
                format!("{verb} {}", c[3].trim())
            };
            out.push((owners, tidy_task(&task)));
        }
    }
    out
}

/// The words that open a question.
const QUESTION_WORDS: &[&str] = &["who", "what", "where", "when", "why", "how", "which", "whom", "whose"];

/// Capitalised words that start a task rather than name an owner.
const NOT_NAMES: &[&str] = &[
    "Also",
    "Double",
    "First",
    "Then",
    "Quick",
    "Add",
    "Adding",
    "Adjust",
    "Ask",
    "Check",
    "Clarify",
    "Close",
    "Copy",
    "Create",
    "Discuss",
    "Document",
    "Elaborate",
    "Ensure",
    "Figure",
    "Find",
    "Finish",
    "Fix",
    "Follow",
    "Get",
    "Go",
    "Implement",
    "Improve",
    "Inform",
    "Investigate",
    "Look",
    "Make",
    "Merge",
    "Move",
    "Needs",
    "Open",
    "Organize",
    "Please",
    "Prepare",
    "Provide",
    "Reach",
    "Remove",
    "Research",
    "Review",
    "Schedule",
    "Send",
    "Set",
    "Short",
    "Split",
    "Talk",
    "Test",
    "The",
    "This",
    "Try",
    "Update",
    "Write",
    "We",
    "Someone",
    "Everyone",
    "All",
    "TODO",
    "Todo",
    "Next",
    "New",
    "Need",
    "It",
    // `-> No need to standardize this`
    "No",
    // `Discussion: bootstrap issue: …`, `Goal: …`: a label of what the line is, not a person
    "Discussion",
    "Goal",
    "Note",
    "Idea",
    "Question",
    "Status",
    "Update",
    "Result",
    "Proposal",
    "Problem",
    "Topic",
    "Issue",
    "Summary",
    "Background",
    "Context",
    "Feedback",
    "Remark",
    "Comment",
    "Option",
    "Example",
    "Suggestion",
];

/// Result of reading an `AI` marker in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ai {
    /// `AI:` with nothing after it: the following list items are the actions.
    Intro,
    /// An action with owners and text.
    Item { owners: Vec<String>, text: String },
}

fn prev_word(s: &str) -> &str {
    let t = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = t.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map(|(i, c)| i + c.len_utf8()).unwrap_or(0);
    &t[start..]
}

/// Find an `AI` action marker in `text`, and read owners and task from it.
pub fn parse_ai(text: &str) -> Option<Ai> {
    const MARKERS: [&str; 15] = [
        "AI",
        "Aufgabe",
        "todo",
        "TODO",
        "ToDo",
        "Todo",
        "To Do",
        "To do",
        "To-do",
        "To-Do",
        "to do",
        "Action",
        "Action item",
        "Action Item",
        "ACTION",
    ];
    // `@a (AI): write the ADR`, `@a, @b (ToDo) review it`: the marker in parentheses after the owners
    if let Some(open) = text.find(" (").filter(|_| text.trim_start_matches([' ', '-', '*']).starts_with('@')) {
        let head = text[..open].trim_start_matches([' ', '-', '*']);
        let rest = &text[open + 2..];
        let marker = ["AI)", "ToDo)", "TODO)", "Todo)", "Action)", "ACTION)"].iter().find(|m| rest.starts_with(**m));
        if let (Some(m), (owners, "")) = (marker, read_owners(head, true)) {
            let task = clean_task(rest[m.len()..].trim_start_matches([':', ' ']));
            if !owners.is_empty() && !task.is_empty() {
                return Some(Ai::Item { owners, text: task });
            }
        }
    }
    // `AIs: @a write the ADR`, `Action items: @a …`: the plural marker with its item on the line
    let lead = text.trim_start_matches(|c: char| c.is_whitespace() || "-*_>".contains(c));
    // `@a: AI ping the vendor`, `@a: found a bug, AI me to bisect`: the speaker's own AI
    if let Some(found) = speakers_own_ai(lead) {
        return Some(found);
    }
    // `TODO fill the rota`: the marker in capitals without its colon, a task verb after it
    if let Some(rest) = lead.strip_prefix("TODO ") {
        let first = rest.split_whitespace().next().unwrap_or("");
        if first.chars().all(|c| c.is_ascii_lowercase()) && is_task_verb(first) && !NOT_VERBS.contains(&first) {
            return parse_marker(&format!("TODO: {rest}"), "TODO");
        }
    }
    // `TODO for all team leads: …`, `Aufgabe für Henrik: …`: the marker, the people it is for, a
    // colon and the task (`for @a` is read with the handles)
    let for_people = ["AI", "TODO", "ToDo", "Todo", "Aufgabe", "Task", "Action", "ACTION"]
        .iter()
        .find_map(|m| {
            lead.strip_prefix(m).and_then(|r| [" for ", " für ", " pour "].iter().find_map(|f| r.strip_prefix(f)))
        })
        .and_then(|r| r.split_once(':'));
    if let Some((who, task)) = for_people {
        let who = who.trim().strip_prefix("all ").filter(|g| g.ends_with('s')).unwrap_or(who.trim());
        let people = who.len() <= 40
            && !who.contains(['@', '(', ')'])
            && (1..=3).contains(&who.split_whitespace().count())
            && (GROUP_OWNER.is_match(&format!("{who}:"))
                || who.split_whitespace().all(|w| w.starts_with(char::is_uppercase)));
        if people && task.split_whitespace().count() >= 2 {
            return parse_marker(&format!("AI {who}: {}", task.trim()), "AI");
        }
    }
    // `→ action: add a note (Henrik)`: the marker word in small letters after an arrow
    if let Some(rest) = lead
        .strip_prefix('→')
        .or_else(|| text.trim_start().strip_prefix("->"))
        .or_else(|| text.trim_start().strip_prefix("=>"))
    {
        let rest = rest.trim_start();
        if rest.get(..7).is_some_and(|m| m.eq_ignore_ascii_case("action:")) && rest[7..].split_whitespace().count() >= 2
        {
            return parse_marker(&format!("AI: {}", rest[7..].trim_start()), "AI");
        }
    }
    // `AP @a: …`, `AP: somebody to …`, `AP (SIG Release): …`: an action point, read as `AI`;
    // so is a follow-up written short (`FU: alert on open fds (@a)`, `FU @a: …`, `f/u: …`)
    let short = ["AP", "FU", "F/U", "f/u"].iter().find_map(|m| lead.strip_prefix(m)).filter(|r| action_point_rest(r));
    if let Some(rest) = short {
        return parse_ai(&format!("AI{rest}"));
    }
    for plural in ["AIs:", "Actions:", "Action items:", "Action Items:", "TODOs:", "ToDos:", "Todos:"] {
        if let Some(rest) = lead.strip_prefix(plural).map(str::trim).filter(|r| r.starts_with('@')) {
            return parse_marker(&format!("AI: {rest}"), "AI");
        }
    }
    // `Task: @a write the ADR`, `Follow-up: write the ADR (@a)`, `Next steps: @a …`: a label of
    // work with its owner named, read as `AI:`
    if let Some(rest) = WORK_LABEL.find(lead).map(|m| lead[m.end()..].trim()) {
        // (not a report: `Follow-up: @x creates the epic`)
        let tasked = || {
            let after = HANDLES.find(rest).map_or("", |m| rest[m.end()..].trim_start());
            let after = after.trim_start_matches([':', ',']).trim_start();
            let first = after.split_whitespace().next().unwrap_or("");
            ["to", "will", "shall", "please", "should"].contains(&first) || is_task_verb(first)
        };
        if rest.starts_with('@') && tasked() || TRAILING_PAREN_HANDLES.is_match(rest) {
            return parse_marker(&format!("AI: {rest}"), "AI");
        }
    }
    // `AI->@a: …`, `AI=>@a`, `AI→@a`: the arrow without spaces reads like `AI -> @a`
    if let Some(arrow) = ["AI->@", "AI=>@", "AI→@"].iter().find(|a| text.contains(**a)) {
        let spaced = text.replacen(&arrow[..arrow.len() - 1], &format!("AI {} ", &arrow[2..arrow.len() - 1]), 1);
        return parse_ai(&spaced);
    }
    // `(AI) @a write the ADR`: the marker in parentheses opening the line, like `[AI]`
    if let Some(rest) = lead.strip_prefix("(AI)") {
        return parse_marker(&format!("AI{rest}"), "AI");
    }
    // `[ACTION] @a: update the page`, `(TODO) @a …`: a word marker in brackets opening the line
    for (open, close) in [("[", ']'), ("(", ')')] {
        let inner = lead.strip_prefix(open).and_then(|r| r.split_once(close));
        if let Some((marker, rest)) = inner.filter(|(m, _)| MARKERS[1..].contains(&m.trim())) {
            let marker = marker.trim();
            return parse_marker(&format!("{marker}{rest}"), marker);
        }
    }
    let ai = MARKERS.iter().filter(|m| text.contains(**m)).find_map(|m| parse_marker(text, m));
    // `AI: write the ADR -> @a`: nobody before the task, its owner after an arrow at the end
    match ai {
        Some(Ai::Item { owners, text: task }) if owners.is_empty() => {
            let handed = TRAILING_ARROW_HANDLES.captures(&task).and_then(|c| Some((handles(&c[1]), c.get(0)?.start())));
            match handed {
                Some((owners, start)) if !task[..start].trim().is_empty() => {
                    Some(Ai::Item { owners, text: clean_task(&task[..start]) })
                }
                _ => Some(Ai::Item { owners, text: task }),
            }
        }
        other => other,
    }
}

/// `@a: AI ping the vendor`, `@a: found a regression, AI me to bisect`: a speaker's line (a
/// handle and its colon) with an `AI` that names nobody else, or `me`: the speaker's own item.
fn speakers_own_ai(lead: &str) -> Option<Ai> {
    let handle = lead.strip_prefix('@')?;
    let end = handle.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    let rest = handle[end..].strip_prefix(": ")?.trim_start();
    let handle = &handle[..end];
    let at = if rest.starts_with("AI ") {
        0
    } else {
        // a clause of its own after the report: `…, AI me to bisect`
        [", AI ", "; AI ", ". AI "].iter().filter_map(|m| rest.find(m).map(|k| k + 2)).min()?
    };
    let after = rest[at + 3..].trim_start();
    let (task, me) = match after.strip_prefix("me to ") {
        Some(task) => (task, true),
        None => (after, false),
    };
    let first = task.split_whitespace().next()?;
    if !(me || at == 0)
        || !first.chars().all(|c| c.is_ascii_lowercase())
        || !(me || is_task_verb(first))
        || NOT_VERBS.contains(&first)
        || task.split_whitespace().count() < 2 && !me
    {
        return None;
    }
    let mut task = clean_task(task);
    // `…, AI me to bisect`: a verb alone acts on what the speaker reported before it
    if task.split_whitespace().count() < 2 {
        let report: Vec<&str> = rest[..at].trim_end_matches([',', ';', '.', ' ']).split_whitespace().take(10).collect();
        task = format!("{task} ({})", report.join(" ").trim_end_matches([',', ';', ':']));
    }
    (!task.is_empty()).then(|| Ai::Item { owners: vec![handle.to_lowercase()], text: task })
}

/// `text` without the pictographs (emoji, dingbats) and spaces that open it; arrows stay, they
/// mean something (`→ @a`).
fn without_pictographs(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || c == '\u{FE0F}'
            || c >= '\u{2300}' && !c.is_alphanumeric() && !('\u{2190}'..='\u{21FF}').contains(&c)
    })
}

/// What may follow `AP` for it to be an action point's marker: an owner, a colon or an owner in
/// parentheses (`AP @a:`, `AP:`, `AP (SIG Release):`, `AP Marta to …`), not a word (`AP mode`).
fn action_point_rest(r: &str) -> bool {
    let r2 = r.trim_start();
    r.starts_with(':')
        || r.starts_with(' ')
            && (r2.starts_with('@')
                || r2.starts_with(':')
                || r2.starts_with('(')
                || r2.starts_with(|c: char| c.is_uppercase()))
}

fn parse_marker(text: &str, marker: &str) -> Option<Ai> {
    let mut from = 0;
    let is_ai = marker == "AI";
    // at most 32 candidate markers per line: a pathological line stays linear
    let mut tries = 0;
    while let Some(pos) = text[from..].find(marker).map(|p| p + from) {
        tries += 1;
        if tries > 32 {
            return None;
        }
        from = pos + marker.len();
        let before = &text[..pos];
        let after = &text[pos + marker.len()..];
        let prev = before.chars().next_back();
        if let Some(c) = prev {
            if !(c.is_whitespace() || "(-_*~>=[@:,/".contains(c)) {
                continue;
            }
        }
        // `TODOs:` / `AIs:` alone on a line introduce a list of actions
        if after.trim_end().trim_end_matches(['*', '_']) == "s:"
            && before.trim_matches(|c: char| c.is_whitespace() || "-*_>".contains(c)).split_whitespace().count() <= 2
            && !before.contains('@')
        {
            return Some(Ai::Intro);
        }
        match after.chars().next() {
            Some(c) if c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '/' => continue,
            _ => {}
        }
        let at_sign = prev == Some('@');
        let pw = prev_word(before).to_ascii_lowercase();
        // `check AI from last time: set up the meeting`: a carried item under review
        let carried_check = pw == "check" && after.trim_start_matches(['_', '*']).trim_start().starts_with("from ");
        if !carried_check
            && matches!(
                pw.as_str(),
                "no" | "renew"
                    | "check"
                    | "by"
                    | "for"
                    | "the"
                    | "an"
                    | "generative"
                    | "of"
                    | "with"
                    | "using"
                    | "and"
                    | "or"
                    | "about"
                    | "use"
            )
        {
            continue;
        }
        let lead = before.trim_end_matches(|c: char| c.is_whitespace() || "_*~@".contains(c));
        let at_start = lead.trim_start_matches(|c: char| c.is_whitespace() || "-*>=_~([".contains(c)).is_empty();
        let arrow = lead.ends_with("->") || lead.ends_with("=>") || lead.ends_with('→');
        let in_paren = lead.ends_with('(') || unclosed_paren(before).is_some();
        let r0 = after.trim_start_matches(['_', '*']);
        // `To Do 1: understand it`, `AI 2: …`: a numbered marker (not a time, `AI 10:30`)
        let r0 = match r0.trim_start().split_once(':') {
            Some((n, rest))
                if (1..=2).contains(&n.len())
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && rest.starts_with(char::is_whitespace) =>
            {
                &r0.trim_start()[n.len()..]
            }
            _ => r0,
        };
        // `Action Item *@x*: …`: emphasis around the owner
        let r0t = r0.trim_start().trim_start_matches(['_', '*']);
        // `ACTION -> @a deploy the patch`: the owner after an arrow
        let arrow_to_handle = at_start
            && ["->", "=>", "→"].iter().any(|a| r0t.strip_prefix(a).is_some_and(|r| r.trim_start().starts_with('@')));
        let strong_after = r0t.starts_with(':') || r0t.starts_with('@') || r0t.starts_with('(') || arrow_to_handle;
        if !(at_start || arrow || in_paren || strong_after || at_sign || carried_check) {
            continue;
        }
        // `TODO all: add your availability`: a group, then its task
        let group_next = at_start && group_before_verb(r0t).is_some_and(|(g, _)| !g.eq_ignore_ascii_case("us"));
        // `Logs go to object storage (still todo)`: a to-do marker closing the line in
        // parentheses marks the sentence before it
        let closing = !is_ai
            && r0t.starts_with(')')
            && r0t[1..].trim().is_empty()
            && before.rfind('(').is_some_and(|o| {
                matches!(before[o + 1..].trim().to_ascii_lowercase().as_str(), "" | "still" | "open" | "still open")
            })
            && before.rfind('(').is_some_and(|o| before[..o].split_whitespace().count() >= 3);
        if closing {
            let o = before.rfind('(').unwrap_or(0);
            let task = clean_task(&before[..o]);
            if !task.is_empty() && !task.contains('@') {
                return Some(Ai::Item { owners: Vec::new(), text: task });
            }
            continue;
        }
        if !(is_ai || strong_after || at_start && r0t.starts_with(':') || group_next) {
            continue;
        }
        // `Action: …` / `Action item: …` only opening a line or after an arrow
        // `Action: …`, `Action item @x: …` only opening a line or after an arrow; the
        // lower-case `to do:`/`todo:` also inside parentheses (`Agreement (todo: write it down)`)
        let word_marker = marker.starts_with("Action") || marker == "ACTION" || marker == "Aufgabe";
        if word_marker || marker == "to do" || marker == "todo" {
            let owner_next = word_marker && r0t.starts_with('@') && lead.ends_with(',');
            // `We discussed the outage. Action: @a …`: the marker opening a sentence, with its colon
            let sentence = word_marker && r0t.starts_with(':') && lead.ends_with(['.', '!', ';']);
            let placed = at_start || arrow || (!word_marker && in_paren) || owner_next || sentence;
            // `Action item (@x): …`: the owner in parentheses before the colon
            // (`todo @x: …` opening a line names its owner like `TODO @x: …`)
            // (`Action (all): read the ADR`, `Action (SIG Docs): …`: a group in parentheses)
            let paren_owner = word_marker
                && at_start
                && r0t.starts_with('(')
                && r0t.find("):").is_some_and(|k| k <= 30 && !r0t[1..k].contains(['(', ')']));
            let opens = r0t.starts_with(':')
                || paren_owner
                || word_marker && arrow_to_handle
                || ((word_marker || at_start) && (r0t.starts_with('@') || r0t.starts_with("(@")));
            if !placed || !opens {
                continue;
            }
        }
        if r0t.starts_with("from ") && !r0t.trim_end().ends_with(':') {
            // `AI from last time: set up the meeting`
            match r0t.split_once(':') {
                Some((from, task)) if from.split_whitespace().count() <= 4 && task.split_whitespace().count() >= 2 => {
                    let (owners, rest) = read_owners(task, false);
                    return Some(Ai::Item { owners, text: clean_task(rest) });
                }
                _ => continue,
            }
        }
        // the part of the line the AI applies to
        let (content, paren_form) = if in_paren {
            let end = r0.find(')').unwrap_or(r0.len());
            (&r0[..end], true)
        } else {
            (r0, false)
        };
        let prefix = if at_start {
            ""
        } else if let Some(open) = unclosed_paren(before) {
            before[..open].trim_end()
        } else {
            lead.trim_end_matches(|c: char| c == '(' || c.is_whitespace())
                .trim_end_matches("->")
                .trim_end_matches("=>")
                .trim_end_matches('→')
                .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';')
        };
        // `AI - @x - book the room`: a dash between the marker and the owner
        let content = content
            .trim_start()
            .strip_prefix(['-', '–', '—'])
            .filter(|c| c.trim_start().starts_with('@'))
            .map_or(content, str::trim_start);
        let (owners, rest) = read_owners(content, at_sign);
        let (owners, rest) = match owners.is_empty().then(|| group_before_verb(rest)).flatten() {
            Some((group, task)) => (vec![group.to_string()], task),
            None => (owners, rest),
        };
        // `… to be filled from the minutes (AI: POs)`: a group alone in the parentheses owns it
        let (owners, rest) = match (paren_form && owners.is_empty()).then(|| lone_group(rest)).flatten() {
            Some(group) => (vec![group.to_string()], ""),
            None => (owners, rest),
        };
        let rest_clean = clean_task(rest);
        if rest_clean.is_empty()
            && !content.contains('@')
            && content.trim_end().trim_end_matches(['*', '_']).ends_with(':')
            && content.split_whitespace().count() <= 3
            && prefix_is_empty(before)
        {
            return Some(Ai::Intro);
        }
        if owners.is_empty() && rest_clean.is_empty() && prefix.trim().is_empty() {
            return Some(Ai::Intro);
        }
        if owners.is_empty() && rest_clean.starts_with("from ") && rest.trim_end().ends_with(':') {
            return Some(Ai::Intro);
        }
        // `AI for this week:`, `To do until Friday:`: a short label that introduces a list
        if owners.is_empty()
            && prefix.trim().is_empty()
            && rest.trim_end().trim_end_matches(['*', '_']).ends_with(':')
            && rest_clean.split_whitespace().count() <= 4
            && !rest_clean.contains('@')
        {
            return Some(Ai::Intro);
        }
        let prefix = clean_task(prefix);
        // `Bo is on the docs. Approval is needed. (AI @x)`: the marker in parentheses gives the
        // sentence right before it
        let prefix = if in_paren && !owners.is_empty() { last_sentence(&prefix) } else { prefix };
        // `align with @a (who has tooling? unclear) (AI @b)`: a question in parentheses is a remark
        let prefix = if PAREN_GROUP.find_iter(&prefix).any(|m| m.as_str().contains('?')) {
            let without =
                PAREN_GROUP.replace_all(
                    &prefix,
                    |c: &regex::Captures<'_>| {
                        if c[0].contains('?') {
                            String::new()
                        } else {
                            c[0].to_string()
                        }
                    },
                );
            clean_task(&without)
        } else {
            prefix
        };
        // `Do we want X? -> new issue to track it (AI @x)`: the task is the answer, not the question
        let prefix = match prefix.rfind('?') {
            Some(q) => {
                let answer = prefix[q + 1..].trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c));
                if answer.split_whitespace().count() >= 2 {
                    clean_task(answer)
                } else {
                    prefix
                }
            }
            None => prefix,
        };
        // `Zoe will open an issue (AI)`: the owner opens the sentence before the marker
        let (owners, prefix) = if paren_form && owners.is_empty() && rest_clean.is_empty() {
            match read_owners(&prefix, false) {
                // not `Frontend to be coordinated (AI)`
                (o, task)
                    if !o.is_empty()
                        && task.split_whitespace().next().is_some_and(|w| !NOT_TASK_START.contains(&w)) =>
                {
                    (o, clean_task(task))
                }
                _ => (owners, prefix),
            }
        } else {
            (owners, prefix)
        };
        let mut prefix = prefix;
        // `(AI @garloff) - fixed k8s version`: the text follows the parenthesis
        if paren_form && prefix.is_empty() && rest_clean.is_empty() {
            if let Some(close) = r0.find(')') {
                prefix = clean_task(&r0[close + 1..]);
            }
        }
        // `It may break (todo: test the proxy protocol)`: a to-do in parentheses says its
        // task itself
        // (and so does an AI in parentheses that names no owner and opens with a task verb:
        // `Moving it may help (AI discuss in the ops team)`)
        let own_task = paren_form
            && owners.is_empty()
            && rest_clean.split_whitespace().count() >= 2
            && (!is_ai || proposes(&rest_clean));
        // `Untested (AI test: @x)`: the label before the owners is the task, the line its topic
        let verb_label = paren_form
            && !owners.is_empty()
            && !prefix.is_empty()
            && proposes(&rest_clean)
            && rest_clean.split_whitespace().count() <= 2
            && content
                .split_once(':')
                .is_some_and(|(l, o)| clean_task(l) == rest_clean && o.trim_start().starts_with('@'));
        let text = if verb_label {
            // `Review it in a call: @a, @b (AI set up: @c)`: the topic without its people
            let topic = prefix.split_once(": @").map_or(prefix.as_str(), |(t, _)| t);
            format!("{rest_clean} ({topic})")
        } else if own_task {
            let own = rest_clean.split("; ").next().unwrap_or("").trim_end_matches(['.', ',']).to_string();
            if prefix.is_empty() || prefix.split_whitespace().count() > 8 {
                own
            } else {
                format!("{own} ({prefix})")
            }
        } else if paren_form
            && !owners.is_empty()
            && proposes(rest_clean.trim_start_matches("to "))
            && rest_clean.split_whitespace().count() >= 2
        {
            rest_clean.trim_start_matches("to ").to_string()
        } else if paren_form || (arrow && (rest_is_trivial(&rest_clean))) || (!at_start && rest_is_trivial(&rest_clean))
        {
            if prefix.is_empty() {
                rest_clean
            } else {
                prefix
            }
        } else if rest_clean.is_empty() {
            prefix
        } else {
            rest_clean
        };
        let text = if owners.is_empty() { text } else { base_verb(&text) };
        return Some(Ai::Item { owners, text });
    }
    None
}

/// The last sentence of `s` (after a full stop and a capital), when it has two words or more.
fn last_sentence(s: &str) -> String {
    let body = s.trim_end_matches(['.', ' ']);
    let cut = body
        .match_indices(". ")
        .filter(|(i, _)| body[i + 2..].chars().next().is_some_and(char::is_uppercase))
        .map(|(i, _)| i + 2)
        .last();
    match cut {
        Some(i) if body[i..].split_whitespace().count() >= 2 => body[i..].to_string(),
        _ => s.to_string(),
    }
}

/// `https://host/org/issues/issues/346` → `issues/346`: the last two segments of a link to an
/// issue or pull request.
/// `…/acme/docs/pull/7` → `docs/pull/7`: [`short_ref`] with the repository before it.
fn repo_ref(url: &str) -> Option<String> {
    let short = short_ref(url)?;
    let repo = url.trim().trim_matches(['(', ')', '<', '>']).split('/').rev().nth(2)?;
    Some(if repo.is_empty() { short } else { format!("{repo}/{short}") })
}

fn short_ref(url: &str) -> Option<String> {
    let url = url.trim().trim_matches(['(', ')']);
    let segs: Vec<&str> = url.split(['/', '#', '?']).filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        [.., kind, n] if matches!(*kind, "issues" | "pull" | "pulls") && n.chars().all(|c| c.is_ascii_digit()) => {
            Some(format!("{kind}/{n}"))
        }
        _ => None,
    }
}

/// Whether nothing but list and emphasis marks stands before a marker.
fn prefix_is_empty(before: &str) -> bool {
    before.trim_matches(|c: char| c.is_whitespace() || "-*_>=~([".contains(c)).is_empty()
}

/// "pings Oliver" -> "ping Oliver": the third-person verb of "Matej pings Oliver"
/// as the imperative a task list uses.
fn base_verb(text: &str) -> String {
    const VERBS: &[&str] = &[
        "pings",
        "asks",
        "checks",
        "sends",
        "writes",
        "creates",
        "talks",
        "contacts",
        "informs",
        "reaches",
        "organises",
        "organizes",
        "updates",
        "reviews",
        "prepares",
        "follows",
        "looks",
        "clarifies",
        "schedules",
        "invites",
        "takes",
        "gets",
        "opens",
        "sets",
    ];
    let first = text.split_whitespace().next().unwrap_or("");
    if !VERBS.contains(&first) {
        return text.to_string();
    }
    let base = if first.ends_with("ches") || first.ends_with("shes") {
        &first[..first.len() - 2]
    } else if let Some(stem) = first.strip_suffix("ies") {
        return format!("{stem}y{}", &text[first.len()..]);
    } else {
        &first[..first.len() - 1]
    };
    format!("{base}{}", &text[first.len()..])
}

/// Byte index of the last `(` in `s` that is not closed again.
/// Looks back at most 400 characters, so a huge line stays linear.
fn unclosed_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev().take(400) {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn rest_is_trivial(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || s.split_whitespace().count() <= 1 && (s.contains('#') || s.len() < 12)
}

/// Read owners at the start of `s` (`(berendt):`, `@a, @b:`, `Matej pings`)
/// and return them with the remaining task text.
pub fn read_owners(s: &str, at_sign: bool) -> (Vec<String>, &str) {
    let mut r = s.trim_start_matches(|c: char| c.is_whitespace() || c == '_' || c == '*');
    let mut owners = Vec::new();
    // AI(berendt): / AI (@mbuechse):
    if let Some(inner) = r.strip_prefix('(') {
        if let Some(end) = inner.find(')') {
            let spec = &inner[..end];
            let hs: Vec<String> = handles(spec);
            if !hs.is_empty() {
                owners = hs;
            } else if spec.split_whitespace().count() == 1 && !spec.trim().is_empty() {
                owners.push(spec.trim().to_string());
            } else if let Some(people) = paren_people(spec) {
                // `AP (Sabine Holtkamp): …`, `AI(okrall, jmiro): …`, `AP (SIG Release): …`
                owners = people;
            }
            if !owners.is_empty() {
                r = &inner[end + 1..];
            }
        }
    }
    r = r.trim_start_matches(|c: char| c.is_whitespace() || "_*:]".contains(c));
    // `AI -> @x: …`
    r = ARROW_START.find(r).map(|m| &r[m.end()..]).unwrap_or(r);
    // `AI for @x: …`, `Action item to @x: …`
    if let Some(h) = r.strip_prefix("for @").or_else(|| r.strip_prefix("to @")).or_else(|| r.strip_prefix("on @")) {
        r = &r[r.len() - h.len() - 1..];
    }
    if owners.is_empty() {
        if let Some(m) = HANDLES.find(r) {
            owners = handles(m.as_str());
            r = &r[m.end()..];
            // `AI @a (@b) to set it up`, `AI @a -> @b, @c: sort the services`: the handles in
            // parentheses or after an arrow right behind the owner share the task
            let rest = r.trim_start();
            let more = if rest.starts_with("(@") {
                rest.find(')').map(|e| (&rest[1..e], &rest[e + 1..])).filter(|(p, _)| shapes::only_handles(p))
            } else {
                ARROW_START.find(rest).and_then(|a| {
                    let tail = &rest[a.end()..];
                    HANDLES
                        .find(tail)
                        .filter(|h| h.start() == 0)
                        .map(|h| (&rest[..a.end() + h.end()], &tail[h.end()..]))
                })
            };
            if let Some((people, after)) = more {
                for h in handles(people) {
                    if !owners.contains(&h) {
                        owners.push(h);
                    }
                }
                r = after;
            }
            // `AI @a + Karla: write the post`: a plain name joined to the handles before the
            // colon shares the task
            if let Some((name, after)) = plus_name(r) {
                owners.push(name.to_string());
                r = after;
            }
            // `AI @a and others: adjust the page`: the others are the owners' words, not the task's
            let rest = r.trim_start();
            if let Some(after) = ["and others", "et al.", "et al"].iter().find_map(|p| rest.strip_prefix(p)) {
                if after.starts_with(':') || after.starts_with(" -") {
                    r = after;
                }
            }
        } else if at_sign {
            // `@AI garloff: …`
            let end = r.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(r.len());
            if end > 0 {
                owners.push(r[..end].to_string());
                r = &r[end..];
            }
        } else if let Some(c) = GROUP_OWNER.captures(r) {
            // `AI all: read the ADR`, `AI POs: groom the backlog`
            owners.push(c[1].to_string());
            r = &r[c.get(0).map(|m| m.end()).unwrap_or(0)..];
        } else if let Some(c) = NAME_OWNER.captures(r) {
            let name = c.get(1).map(|m| m.as_str()).unwrap_or("");
            // (`Switch to DefectDojo`: a verb, no verb after `to`; `Where to start`: a question)
            let after = &r[c.get(0).map_or(r.len(), |m| m.end())..];
            let next_verb = after.split_whitespace().next().is_some_and(is_task_verb);
            // (`Letter to Stadtwerke re. rent (Petra)`: `to` before a capital joins two nouns)
            let to_noun = c[0].trim_end().ends_with(" to") && after.trim_start().starts_with(char::is_uppercase);
            let not_a_name = to_noun
                || !name.contains(' ')
                    && (QUESTION_WORDS.contains(&name.to_ascii_lowercase().as_str())
                        || is_task_verb(&name.to_ascii_lowercase()) && !next_verb && c[0].trim_end().ends_with("to"));
            // `Karl Maier: …`: a first name and a surname, each a name
            if !not_a_name && !name.split_whitespace().any(|w| NOT_NAMES.contains(&w)) {
                owners.push(name.trim_end_matches(['.', ',']).to_string());
                if let Some(n2) = c.get(2) {
                    owners.push(n2.as_str().to_string());
                }
                // "Matej pings Oliver": the task is the verb phrase ("pings Oliver")
                if let Some(v) = c.get(3).or_else(|| c.get(4)) {
                    return (owners, &r[v.start()..]);
                }
                r = &r[c.get(0).map(|m| m.end()).unwrap_or(0)..];
                return (owners, r);
            }
        } else if let Some((label, tail)) = r.split_once(':') {
            // `AI test: @garloff`, `AI set up: @berendt`
            if label.split_whitespace().count() <= 2 && tail.trim_start().starts_with('@') {
                if let Some(m) = HANDLES.find(tail.trim_start()) {
                    owners = handles(m.as_str());
                    return (owners, label);
                }
            }
        }
    }
    if owners.is_empty() {
        // `research @matofeder` inside parentheses, `Split epic (@tibeer)`
        if let Some(c) = TRAILING_PAREN_HANDLES.captures(r) {
            owners = handles(&c[1]);
            let start = c.get(0).map(|m| m.start()).unwrap_or(r.len());
            return (owners, &r[..start]);
        }
        // `Write the user story; @x`, `Write the user story - @x`
        if let Some(c) = TRAILING_SEP_HANDLES.captures(r) {
            let start = c.get(0).map(|m| m.start()).unwrap_or(r.len());
            if r[..start].split_whitespace().count() >= 2 {
                owners = handles(&c[1]);
                return (owners, &r[..start]);
            }
        }
        let words: Vec<&str> = r.split_whitespace().collect();
        if words.len() <= 3 && words.iter().any(|w| w.starts_with('@')) {
            owners = handles(r);
            let first = r.find('@').unwrap_or(r.len());
            return (owners, &r[..first]);
        }
    }
    let r = r.trim_start_matches(|c: char| c.is_whitespace() || "_*):-–—,".contains(c));
    let r = r.strip_prefix("to ").or_else(|| r.strip_prefix("will ")).unwrap_or(r);
    (owners, r)
}

/// `+ Karla: …` after the handles that own an item: (the name, the text from its colon on).
fn plus_name(r: &str) -> Option<(&str, &str)> {
    let t = r.trim_start();
    let t = ["+ ", "& ", "and ", "und ", "et "].iter().find_map(|j| t.strip_prefix(j))?.trim_start();
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let name = &t[..end];
    let mut chars = name.chars();
    let capital = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let after = &t[end..];
    (capital && name.len() >= 2 && after.trim_start().starts_with(':')).then_some((name, after))
}

/// The owners in the parentheses right after an action marker, when each part is a name of two
/// or three capitalised words (`Sabine Holtkamp`, `SIG Release`) or a handle written without its
/// `@` (`okrall`).
fn paren_people(spec: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for p in spec.split(',').map(str::trim) {
        let words: Vec<&str> = p.split_whitespace().collect();
        let name = (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        let handle = words.len() == 1
            && p.len() >= 2
            && p.starts_with(|c: char| c.is_ascii_lowercase())
            && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !(name || handle) {
            return None;
        }
        out.push(p.to_string());
    }
    (!out.is_empty()).then_some(out)
}

/// Trim markup leftovers and separators around a task text.
pub fn clean_task(s: &str) -> String {
    // `remove from calendar (PR`, `update the spec (new version`: a remark cut off by what
    // ended the task (a link, an arrow) is no part of it, when two words come before it
    let s = match unclosed_paren(s) {
        Some(i) if s[..i].split_whitespace().nth(1).is_some() => &s[..i],
        _ => s,
    };
    let t = s.trim_matches(|c: char| c.is_whitespace() || "_*:-–—>=|".contains(c));
    let t = t.strip_prefix("to ").unwrap_or(t);
    // the words joined by single spaces, without a list of them first
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Split a done marker off the end of a task: ("close #443", true).
pub fn strip_done(s: &str) -> (String, bool) {
    match DONE_END.find(s).or_else(|| DONE_WORD_END.find(s)).or_else(|| DONE_MID.find(s)) {
        // "last issue to be done": a task, not a report
        Some(m) if m.start() > 0 && s[..m.start()].trim_end().to_lowercase().ends_with(" be") => (s.to_string(), false),
        // "ask whether the story is completed": a question to find out, not a report
        Some(m) if asks_whether(&s[..m.start()]) => (s.to_string(), false),
        // "started, not done", "almost finished": not done yet
        Some(m) if not_yet(&s[..m.start()]) => (s.to_string(), false),
        Some(m) if m.start() > 0 => (clean_task(&s[..m.start()]), true),
        Some(_) => (String::new(), true),
        None => (s.to_string(), false),
    }
}

/// Whether a clause ends in a word that denies or limits the done word after it (`not done`).
fn not_yet(before: &str) -> bool {
    let last = before.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    ["not", "nicht", "never", "almost", "nearly", "half", "partly", "partially"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether a clause ends in a question about a state (`ask whether the story`, `check if it`).
fn asks_whether(before: &str) -> bool {
    let lower = before.to_lowercase();
    [" whether ", " if ", " ob "].iter().any(|w| lower.contains(w))
}

/// A note under an item that marks it done: `done: …`, `✅`, `✓`, a short `PR merged`.
fn done_note(s: &str) -> bool {
    DONE_START.is_match(s)
        || ['✅', '✓', '✔', '☑'].iter().any(|c| s.contains(*c))
        || s.contains(":white_check_mark:")
        || (s.split_whitespace().count() <= 4 && DONE_NOTE_END.is_match(s))
}

fn links_of(doc: &Doc, idx: usize, text: &str, out: &mut Vec<Link>) {
    let Some(node) = doc.nodes.get(idx) else {
        return;
    };
    for l in &node.links {
        if !out.iter().any(|o| o.url == l.url) {
            out.push(l.clone());
        }
    }
    for c in SHORT_REF.captures_iter(text) {
        let whole = &c[0];
        if out.iter().any(|l| l.text.contains(whole)) || node.links.iter().any(|l| l.text.contains(whole)) {
            continue;
        }
        let repo = match &c[1] {
            "issue" | "issues" => "issues",
            r => r,
        };
        if repo.contains('.') {
            continue;
        }
        out.push(Link {
            text: whole.to_string(),
            url: format!("https://github.com/SovereignCloudStack/{}/issues/{}", repo, &c[2]),
            line: node.line,
        });
    }
}

/// Column titles of a table of action items.
static HEADER_CELL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:ais?|action items?|actions?|to-?dos?|tasks?|what|who|owners?|assignees?|responsible|status|state|due|deadline|done|notes?|#|no\.?|id|wer|was|bis wann|bis|frist|termin|aufgaben?|verantwortlich|zuständig|person|items?|priority|prio|severity|sev)\W*$")
        .expect("valid regex")
});
static STATUS_CELL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)^\W*(?:open|done|ongoing|in progress|wip|closed|todo|blocked|pending|started|new|n/a|-|✅|✔️?)\W*$",
    )
    .expect("valid regex")
});

/// A header cell that names a column of action items (`AI`, `Action items`, `To-do`), not
/// only who or what (`| What | Who |` is any table).
static ACTION_COLUMN: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:ais?|action items?|actions?|to-?dos?|to do|aufgaben?)\W*$").expect("valid regex")
});

/// One table row of an action item list: (owners, task, done); None for the header row.
fn table_row_item(cells: &[&str]) -> Option<(Vec<String>, String, bool)> {
    if cells.iter().all(|c| HEADER_CELL.is_match(c)) || cells.iter().all(|c| c.chars().all(|ch| "-: ".contains(ch))) {
        return None;
    }
    let owners: Vec<String> = cells.iter().flat_map(|c| handles(c)).collect();
    let task = cells.iter().find(|c| {
        let no_handles = HANDLE.replace_all(c, "");
        let rest = no_handles.trim_matches(|ch: char| ch.is_whitespace() || ",&".contains(ch));
        !rest.is_empty() && !STATUS_CELL.is_match(c) && !c.chars().all(|ch| ch.is_ascii_digit() || ch == '.')
    })?;
    let done = cells.iter().any(|c| done_note(c) || c.contains('✅'));
    let task = tidy_task(task);
    (!task.is_empty()).then_some((owners, task, done))
}

/// A header cell that names who does the work: `Who`, `Wer`, `Owner`, `Verantwortlich`.
static WHO_CELL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:who|wer|owners?|assignees?|responsible|verantwortlich|zuständig|person)\W*$")
        .expect("valid regex")
});
/// A header cell that names when the work is due or how it stands: `Due`, `Bis wann`, `Status`.
static DUE_CELL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:due|deadline|until|by when|bis wann|bis|frist|termin|status|state|done|erledigt)\W*$")
        .expect("valid regex")
});
/// A header cell that names the work: `What`, `Was`, `Task`, `Aufgabe`.
static WHAT_CELL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:what|was|tasks?|aufgaben?|items?|to-?dos?|actions?)\W*$").expect("valid regex")
});

/// A row of a table whose header named its columns of who and what: the owners from the one
/// (handles, names as written, a group), the task from the other.
fn table_row_by_cols(cells: &[&str], cols: (Option<usize>, Option<usize>)) -> Option<(Vec<String>, String, bool)> {
    let (Some(who), Some(what)) = cols else { return None };
    let (who_cell, what_cell) = (cells.get(who)?, cells.get(what)?);
    if cells.iter().all(|c| c.chars().all(|ch| "-: ".contains(ch))) {
        return None;
    }
    let mut owners = handles(who_cell);
    if owners.is_empty() {
        for part in who_cell.split([',', '&', '/', '+']).flat_map(|p| p.split(" und ")).flat_map(|p| p.split(" and ")) {
            let p = part.trim();
            if let Some(g) = group_owner(p) {
                owners.push(g);
            } else if p.chars().next().is_some_and(char::is_uppercase) && p.split_whitespace().count() <= 3 {
                owners.push(p.to_string());
            }
        }
    }
    let task = tidy_task(what_cell);
    let done = cells.iter().enumerate().any(|(i, c)| i != what && (done_note(c) || c.contains('✅')));
    (!task.is_empty()).then_some((owners, task, done))
}

/// An item that only names its owners: `@a`, `@a, @b:`, `Kurt:`.
fn owner_only(t: &str) -> bool {
    let rest = HANDLE.replace_all(t, "");
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || ",&+/:-_*".contains(c));
    let rest = rest.replace(" and ", " ");
    let rest = rest.trim();
    (rest.is_empty() && t.contains('@')) || OWNER_LABEL.is_match(t.trim())
}

static OWNER_LABEL: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"^[A-Z][a-z]+(?:\s+(?:&|and)\s+[A-Z][a-z]+)?\s*:$").expect("valid regex"));

/// Owners written at the start of a task item without an `AI` marker
/// (`@fkr to go over …`, `VP04: create …`).
fn owners_of_plain(text: &str) -> (Vec<String>, String) {
    // `=> @x to merge the PR` in an action item list
    let text = ARROW_START.find(text).map(|m| &text[m.end()..]).unwrap_or(text);
    // `Change the default flavor => @x` in a to-do list
    if let Some((owners, task)) = arrow_assignee(text) {
        return (owners, task);
    }
    let (owners, rest) = read_owners(text, false);
    if owners.is_empty() {
        // `update the docs @x`, `update the docs - @x` in a to-do list: the owner after the task
        if let Some(found) = if text.contains('@') { handles_after_task(text.trim()) } else { None } {
            return found;
        }
    }
    if owners.is_empty() || owners.iter().any(|o| crate::minutes::tenders::ids(o).0.len() == 1 && o.len() <= 8) {
        return (Vec::new(), clean_task(text));
    }
    let rest = clean_task(rest);
    if rest.is_empty() {
        (owners, clean_task(text))
    } else {
        (owners, base_verb(&rest))
    }
}

/// `DONE: …`, `CONTRIBUTING: label convention`: a status word or a file's name in capitals
/// before a colon names nobody.
const NOT_PEOPLE: &[&str] = &[
    "DONE",
    "WIP",
    "TODO",
    "FYI",
    "NOTE",
    "OPEN",
    "CLOSED",
    "BLOCKED",
    "NEW",
    "MERGED",
    "DROPPED",
    "UPDATE",
    "INFO",
    "CONTRIBUTING",
    "README",
    "CHANGELOG",
    "LICENSE",
    "SECURITY",
];

/// Owners as the reader expects them: handles (written with `@` in `line`)
/// case-folded, groups as `group:<name>`, plain names as written, no duplicates.
pub fn norm_owners(owners: Vec<String>, line: &str) -> Vec<String> {
    let lower_line = line.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for o in owners {
        let o = o.trim().trim_start_matches('@').trim_end_matches(['.', ',', ':']).to_string();
        // `AI NN: …`, `AI TBD: …`: nobody named yet
        if o.is_empty() || ["none", "nn", "n.n", "tbd", "tba"].iter().any(|x| o.eq_ignore_ascii_case(x)) {
            continue;
        }
        let v = if let Some(g) = group_owner(&o) {
            g
        } else if lower_line.contains(&format!("@{}", o.to_lowercase())) || o.chars().all(|c| !c.is_uppercase()) {
            o.to_lowercase()
        } else {
            o
        };
        if !out.iter().any(|x| x.eq_ignore_ascii_case(&v)) {
            out.push(v);
        }
    }
    out
}

/// `Q: who reviews #118? -> @a`, `who prepares the slides? → @a volunteered`: a who-question
/// answered on its own line by the handles that take it.
static WHO_ARROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)(?:^|[.!:]\s*|\s(?:asks?|asked)\s+)who\s+(?:will\s+|can\s+|does\s+|is\s+)?([^?]{{3,120}}?)\?\s*(?:-+>|=+>|→)\s*({HANDLE_LIST})(?:\s+(?:volunteered|volunteers|will do it|takes it|does it))?\s*[.!]?\s*$"
    ))
    .expect("valid regex")
});
static WHO_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)(?:^|[.!:]\s+)who\s+(?:will\s+|can\s+|does\s+|is\s+)?([^?]{3,120}?)\?(?:\s+[^?]{1,80})?\s*$",
    )
    .expect("valid regex")
});
static ANSWER: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(&format!(r"^([^:@]{{1,60}}):\s*({HANDLE_LIST})\s*$")).expect("valid regex"));

/// `need help from a volunteer to <verb> …`, `looking for someone to <verb> …`: what the volunteer
/// is wanted for, from its verb on.
static VOLUNTEER_WANTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:we\s+)?(?:need|needs|needed|looking for|want|wanted|ask(?:ing)? for)(?-u:\b)[^.?!;]{0,40}?(?-u:\b)(?:a\s+)?(?:volunteers?|someone|somebody|help)(?-u:\b)[^.?!;]{0,40}?\s+to\s+([a-z][a-z-]*\s[^.?!;]{3,120})$")
        .expect("valid regex")
});

/// The labels of [`OWNER_LABELS`] in English, as words.
const OWNER_WORDS: &[&str] = &["owner", "owners", "volunteer", "volunteers", "assignee", "assignees", "responsible"];

/// The task of [`VOLUNTEER_WANTED`], when the verb is one of work.
fn volunteer_wanted(t: &str) -> Option<String> {
    let cheap = ["olunteer", "omeone", "omebody", "help"].iter().any(|w| t.contains(w));
    let c = if cheap { VOLUNTEER_WANTED.captures(t.trim_end()) } else { None }?;
    proposes(&c[1]).then(|| tidy_task(&c[1]))
}

/// `Who takes over the release notes?` followed by `- Zuul: @a`, `- Status page` /
/// `  - Frontend: @b`: each answer is an action item (node index -> owners, task).
/// A piece of work taken on with nothing said about it but that it is taken on, in English and
/// German (`@a übernimmt das`, `@a und @b kümmern sich darum`).
const TAKE_IT_UP: &[&str] = &[
    "take this up",
    "take it up",
    "pick this up",
    "pick it up",
    "take care of this",
    "take care of it",
    "take this over",
    "take it over",
    "übernimmt das",
    "übernehmen das",
    "kümmert sich darum",
    "kümmern sich darum",
];

/// Objects of `who does …?` that name no work (`who does what?`, `who does it?`).
const WHAT_WORDS: &[&str] = &["what", "it ", "this", "that", "which"];

fn who_answers(doc: &Doc) -> std::collections::HashMap<usize, (Vec<String>, String)> {
    let mut out = std::collections::HashMap::new();
    for (i, q) in doc.nodes.iter().enumerate() {
        if q.kind != Kind::Item {
            continue;
        }
        // `- @a @b will take this up` / `- @c: the arm images`: the sibling right below hands a
        // share of the same work to its own handles
        if q.text.starts_with('@') && TAKE_IT_UP.iter().any(|p| q.text.contains(p)) {
            let next = doc.nodes.get(i + 1).filter(|m| m.kind == Kind::Item && m.depth == q.depth);
            if let Some(share) = next.and_then(|m| shared_out(&m.text)) {
                out.insert(i + 1, share);
            }
        }
        if !q.text.contains('?') {
            // `need help from a volunteer to update the docs` / `  - Volunteer: @a, @b`: the task
            // the item asks a volunteer for goes to the handles below it
            if let Some(task) = doc.children(i).next().and_then(|_| volunteer_wanted(&q.text)) {
                for j in doc.children(i) {
                    let m = &doc.nodes[j];
                    // `Volunteer: @a`, `Owners: @a, @b`, `@a`
                    let t = match m.text.split_once(':') {
                        Some((label, rest)) if OWNER_WORDS.contains(&label.trim().to_lowercase().as_str()) => rest,
                        _ => &m.text,
                    };
                    if m.kind == Kind::Item && shapes::only_handles(t) {
                        out.insert(j, (handles(t), task.clone()));
                    }
                }
                continue;
            }
            // `Prepare concrete proposals` / `  - @a: v2 proposal` / `  - metrics part: @b`: a task
            // shared out among its sub-items
            if q.text.contains(':') || doc.children(i).next().is_none() || !proposes(&q.text) {
                continue;
            }
            for j in doc.children(i) {
                let m = &doc.nodes[j];
                if let Some(share) = shared_out(&m.text) {
                    out.insert(j, share);
                }
            }
            continue;
        }
        let who = q.text.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"who"));
        // `who prepares the welcome slides? → @a`: the question and its answer on one line
        if let Some(c) = if who { WHO_ARROW.captures(&q.text) } else { None } {
            if !ROLE_QUESTION.is_match(&c[1]) {
                let phrase = clean_task(&c[1]);
                let task = who_task(&phrase);
                // `who does the release management? -> @a`: `does` is the verb, the work its object
                let does = !proposes(&task)
                    && crate::text::contains_ci(&q.text, "who does ")
                    && phrase.split_whitespace().count() >= 2
                    && !WHAT_WORDS.iter().any(|w| phrase.starts_with(w));
                let task = if does { format!("do {phrase}") } else { task };
                // (`who reviews it? -> @a`: the work is named elsewhere, a handover, not a task here)
                if does || task.split_whitespace().count() >= 2 && proposes(&task) && !vague_task(&task) {
                    out.insert(i, (handles(&c[2]), task));
                }
            }
            continue;
        }
        // (the question mark ends the line)
        let who = who && q.text.trim_end().ends_with('?');
        let Some(c) = (if who { WHO_QUESTION.captures(&q.text) } else { None }) else { continue };
        // who presents, reports or does the minutes: meeting roles, not tasks
        if ROLE_QUESTION.is_match(&c[1]) {
            continue;
        }
        let phrase = clean_task(&c[1]);
        for (j, m) in doc.nodes.iter().enumerate().skip(i + 1).take(200) {
            if matches!(m.kind, Kind::Heading(_)) || m.depth < q.depth || m.depth == 0 {
                break;
            }
            if m.kind != Kind::Item {
                continue;
            }
            let Some(a) = ANSWER.captures(&m.text) else { continue };
            let mut label = clean_task(&a[1]);
            if m.depth > q.depth {
                if let Some(p) = m.parent.and_then(|p| doc.nodes.get(p)) {
                    if !p.text.contains('@') {
                        label = format!("{} {label}", clean_task(&p.text));
                    }
                }
            }
            let owners = handles(&a[2]);
            out.insert(j, (owners, format!("{phrase}: {label}")));
        }
        // `Who will review the ADR?` / `  - @a` / `  - @b`: the question's task, its sub-items
        // only name the people who take it
        // (`Who updates the release notes?` / `  - @a`: the question's verb as a task's)
        let kids: Vec<usize> = doc.children(i).filter(|&k| doc.nodes[k].kind == Kind::Item).collect();
        let task = if proposes(&phrase) { phrase } else { who_task(&phrase) };
        if !kids.is_empty()
            && !kids.iter().any(|k| out.contains_key(k))
            && kids.iter().all(|&k| shapes::only_handles(&doc.nodes[k].text))
            && proposes(&task)
        {
            let owners: Vec<String> = kids.iter().flat_map(|&k| handles(&doc.nodes[k].text)).collect();
            out.insert(i, (owners, task));
        }
    }
    out
}

/// The work a who-question asks for, its verb as a task's (`books the hotel` → `book the hotel`).
fn who_task(phrase: &str) -> String {
    let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
    let base = first
        .strip_suffix("ies")
        .map(|r| format!("{r}y"))
        .or_else(|| first.strip_suffix('s').map(str::to_string))
        .filter(|b| is_task_verb(b))
        .unwrap_or_else(|| first.to_string());
    base_verb(format!("{base} {rest}").trim_end())
}

/// `@a: v2 proposal` or `metrics part: @b`: a share of the task above and its people (not a
/// report: `@a: done`, `@b: on vacation`).
fn shared_out(t: &str) -> Option<(Vec<String>, String)> {
    let t = t.trim();
    let (left, right) = t.split_once(':')?;
    let (who, work) = if left.starts_with('@') { (left, right) } else { (right, left) };
    let only_handles = who
        .split([',', '&', '/', '+', ' '])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with('@') && w.len() > 1 || w == "and");
    let work = clean_task(work);
    let first = work.split_whitespace().next().unwrap_or("").to_lowercase();
    if !only_handles
        || !who.contains('@')
        || work.split_whitespace().count() < 2
        || work.contains('?')
        || work.contains('@')
        || NOT_VERBS.contains(&first.as_str())
        || NO_ACTION.is_match(&work)
        || DONE_START.is_match(&work)
    {
        return None;
    }
    Some((handles(who), work))
}

/// An action item read without a marker at `node`: no progress notes, not carried.
fn unmarked(doc: &Doc<'_>, node: &Node<'_>, owners: Vec<String>, text: String, links: Vec<Link>) -> ActionMention {
    ActionMention {
        owners,
        text,
        done: node.is_struck(),
        cancelled: false,
        progress: None,
        links,
        line: node.line,
        heading: doc.heading(node).to_string(),
        carried: false,
    }
}

/// Whether item `idx` is a short label (a team, a topic: at most three words, no handle, no
/// task verb, no question) whose sub-items all read as tasks (a handle or a task verb).
fn group_label(doc: &Doc, idx: usize) -> bool {
    let t = doc.nodes[idx].text.trim();
    let mut kids = doc.children(idx).filter(|&k| doc.nodes[k].kind == Kind::Item).peekable();
    kids.peek().is_some()
        && !t.contains('@')
        && !t.ends_with('?')
        && t.split_whitespace().count() <= 3
        && !proposes(t)
        && kids.all(|k| {
            let kid: &str = &doc.nodes[k].text;
            kid.contains('@') || proposes(kid)
        })
}

/// `draft the mail - @a will do this`, `…, @a will take it`, `… (@a to do it)`: the owner's
/// promise after the task.
static WILL_DO_IT: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^(.{{6,}}?)\s*(?:\s[-–—]|[,;(])\s*({HANDLE_LIST})\s+(?:will|would|can|is going to|to)\s+(?:do|take|handle|own)\s+(?:this|it|that)(?:\s+one)?\s*\)?\s*[.!]?\s*$"))
        .expect("valid regex")
});

/// See [`WILL_DO_IT`].
fn will_do_it(text: &str) -> Option<(Vec<String>, String)> {
    if !text.contains('@') {
        return None;
    }
    let c = WILL_DO_IT.captures(text)?;
    let task = tidy_task(&c[1]);
    (!task.is_empty() && !task.contains('@')).then(|| (handles(&c[2]), task))
}

/// `See [the design doc](…)`, `cf. the wiki`: a pointer to something to read, no task.
fn see_pointer(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first = t.split_whitespace().next().unwrap_or("");
    (first.eq_ignore_ascii_case("see") || first.eq_ignore_ascii_case("cf.") || first.eq_ignore_ascii_case("siehe"))
        && !t.contains('@')
        && t.split_whitespace().count() <= 8
}

/// A line that goes on with a modal, the verb of the sentence the line above opened: `should
/// help and will be done by @a`, `will be done by @a`, `needs to be checked`.
fn runs_on_modal(next: &str) -> bool {
    let first = next.split_whitespace().next().unwrap_or("");
    ["should", "will", "would", "could", "must", "needs", "need", "has", "is", "are", "to"].contains(&first)
}

/// `@a, @b: create issue` / `  - Ephemeral users in Keystone #359`: a bare piece of work (a task
/// verb and a generic work noun: `create issue`, `open a ticket`, `write an ADR`) whose only
/// sub-item names what it is about takes that sub-item as its topic.
fn with_only_child_topic(doc: &Doc<'_>, idx: usize, text: String) -> String {
    let words: Vec<String> = text.split_whitespace().map(str::to_ascii_lowercase).collect();
    let generic = [
        "issue", "issues", "ticket", "story", "stories", "user", "epic", "repo", "pr", "adr", "page", "a", "an", "the",
    ];
    let bare = (2..=4).contains(&words.len())
        && is_task_verb(&words[0])
        && words[1..].iter().all(|w| generic.contains(&w.as_str()))
        && !text.contains('(');
    if !bare {
        return text;
    }
    let mut kids = doc.children(idx).filter(|&k| doc.nodes[k].kind == Kind::Item);
    let (Some(k), None) = (kids.next(), kids.next()) else { return text };
    let topic = topic_text(&doc.nodes[k].text);
    let topic = topic.trim_end_matches(|c: char| c == '#' || c.is_ascii_digit() || c.is_whitespace());
    if (1..=10).contains(&topic.split_whitespace().count()) && !topic.ends_with('?') && !topic.contains('@') {
        format!("{text} ({topic})")
    } else {
        text
    }
}

/// Words that open a time rather than a task: `AI for this week:`, `To do until Friday:`.
const TIME_WORDS: &[&str] = &["for", "until", "till", "from", "by", "bis", "this", "next", "after", "before", "on"];

/// Whether the item at `idx` has nothing under it and no item of its list after it: a label
/// there introduces nothing.
fn lone_label(doc: &Doc<'_>, idx: usize) -> bool {
    let Some(node) = doc.nodes.get(idx) else { return false };
    doc.children(idx).next().is_none()
        && doc
            .nodes
            .get(idx + 1)
            .is_none_or(|n| !(n.kind == Kind::Item && n.parent == node.parent) && n.kind != Kind::Cont)
}

/// Extract all action item mentions of one meeting.
pub fn extract(doc: &Doc) -> Vec<ActionMention> {
    let review: Vec<bool> = doc.sections.iter().map(|s| action_heading(&s.title)).collect();
    // (read only for review sections)
    let carried_sec: Vec<bool> =
        doc.sections.iter().zip(&review).map(|(s, &r)| r && CARRIED_HEADING.is_match(&s.title)).collect();
    // `## Done action items`, `### Action items (completed)`: earlier items listed as done
    let done_sec: Vec<bool> = doc
        .sections
        .iter()
        .zip(&review)
        .map(|(s, &r)| r && DONE_HEADING.is_match(&s.title) && !OPEN_HEADING.is_match(&s.title))
        .collect();
    // whether a node's section has one of those flags
    let in_sec = |flags: &[bool], node: &Node<'_>| node.section.is_some_and(|s| flags.get(s).copied().unwrap_or(false));
    let mut out = Vec::new();
    let mut forced: HashSet<usize> = HashSet::new();
    let mut consumed: HashSet<usize> = HashSet::new();
    // items of a list under `Next steps:` and its kin: action items where they name an owner
    let mut owned_only: HashSet<usize> = HashSet::new();
    // sections headed `Follow-ups`, `Next steps`: their paragraphs and top-level items list such items
    let owned_sec: Vec<bool> = doc.sections.iter().zip(&review).map(|(s, &r)| !r && owned_intro(&s.title)).collect();
    // `- @fkr` / `  - send the mail`: the sub-items of an owner-only item are that owner's items
    let mut inherited: std::collections::HashMap<usize, Vec<String>> = std::collections::HashMap::new();
    let n = doc.nodes.len();
    // `- Backup of the mon store` / `  - Owner: @jdoerr`: a sub-item that only names the owner
    // makes the item above it an action item of that owner
    for (k, kid) in doc.nodes.iter().enumerate() {
        let Some(p) = kid.parent.filter(|_| kid.kind == Kind::Item && kid.text.len() < 120) else { continue };
        let Some(c) = OWNER_LINE.captures(kid.text.trim()) else { continue };
        let owners: Vec<String> = if c[1].starts_with('@') {
            handles(&c[1])
        } else {
            c[1].split([',', '&', '/']).map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect()
        };
        if !owners.is_empty() && doc.nodes.get(p).is_some_and(|pn| pn.kind == Kind::Item) {
            forced.insert(p);
            inherited.entry(p).or_insert(owners);
            consumed.insert(k);
        }
    }
    // `**Follow-up**` / `Rosa will update the guide.` / `Tomek to merge it.`: a paragraph of a
    // few words alone (a label, mostly in bold) stands for a heading, and the paragraph lines
    // below a follow-up one list such items
    let mut bold_listing = vec![false; n];
    let mut under: Option<bool> = None;
    for (k, node) in doc.nodes.iter().enumerate() {
        match node.kind {
            Kind::Heading(_) => under = None,
            Kind::Para | Kind::Cont if node.parent.is_none() => match label_paragraph(doc, k) {
                Some(label) => {
                    let l = label.to_ascii_lowercase();
                    under = Some(
                        owned_intro(label)
                            || ACTION_HEADING.is_match(label)
                            || ["follow-up", "follow up", "followup"].iter().any(|f| l.starts_with(f)),
                    );
                }
                None => bold_listing[k] = under == Some(true),
            },
            _ => {}
        }
    }
    // `Owner: Jasper to ask Nordkap …`, `Owner: everyone – share the link` (a field of a
    // per-topic template): the rest of the line is an item to do; `Owner:` left empty over a list:
    // the list's items are
    let mut field_cut: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (k, node) in doc.nodes.iter().enumerate() {
        let Some(rest) = owner_field(&node.text) else { continue };
        if rest.is_empty() {
            for (j, m) in doc.nodes.iter().enumerate().skip(k + 1) {
                match m.kind {
                    Kind::Item if m.parent.is_none() => {
                        forced.insert(j);
                    }
                    Kind::Item | Kind::Cont if m.parent.is_some() => {}
                    _ => break,
                }
            }
        } else if !rest.starts_with('@') && node.parent.is_none() && owners_then_work(rest) {
            forced.insert(k);
            field_cut.insert(k, node.text.len() - rest.len());
        }
    }
    let answers = who_answers(doc);
    // whether each section's heading is a role heading, read once per section
    let mut role_sec: Vec<Option<bool>> = vec![None; doc.sections.len() + 1];
    let mut board_sec: Vec<Option<bool>> = vec![None; doc.sections.len() + 1];
    // the last row of a table whose header names a column of action items
    let mut ai_table_row: Option<usize> = None;
    // the columns of who and what in that table's header, when it names them
    let mut ai_table_cols: (Option<usize>, Option<usize>) = (None, None);
    let mut i = 0;
    while i < n {
        let node = &doc.nodes[i];
        let idx = i;
        i += 1;
        if consumed.contains(&idx) {
            continue;
        }
        // `#action tobi_b ask Ilse …`: a meeting bot's command in a chat log (see `doc`)
        if node.kind == Kind::Para && node.parent.is_none() {
            if let Some(rest) = node.text.strip_prefix("#action ") {
                let (owners, text) = chat_action(doc, rest);
                if !text.is_empty() {
                    out.push(ActionMention {
                        owners: norm_owners(owners, &node.text),
                        text,
                        done: false,
                        cancelled: false,
                        progress: None,
                        links: node.links.clone(),
                        line: node.line,
                        heading: doc.heading(node).to_string(),
                        carried: false,
                    });
                }
                continue;
            }
        }
        if matches!(node.kind, Kind::Heading(_)) {
            // `### AI: @x prepare the demo`
            if doc.has(node, KW_ACTION) {
                if let Some(Ai::Item { owners, text }) = parse_ai(&node.text) {
                    // `#### TODO: Docs updates` over a list: the list's items are the to-dos
                    let items_below: Vec<usize> = doc
                        .nodes
                        .iter()
                        .enumerate()
                        .skip(idx + 1)
                        .take_while(|(_, m)| !matches!(m.kind, Kind::Heading(_)))
                        .filter(|(_, m)| m.kind == Kind::Item && m.parent.is_none())
                        .map(|(j, _)| j)
                        .collect();
                    if owners.is_empty() && text.split_whitespace().count() <= 3 && items_below.len() >= 2 {
                        forced.extend(items_below);
                        continue;
                    }
                    let (text, done) = strip_done(&tidy_task(&text));
                    if !text.is_empty() && !NO_ACTION.is_match(&text) {
                        out.push(ActionMention {
                            owners: norm_owners(owners, &node.text),
                            text,
                            done: done || node.is_struck(),
                            cancelled: false,
                            progress: None,
                            links: Vec::new(),
                            line: node.line,
                            heading: node.text.to_string(),
                            carried: false,
                        });
                    }
                }
            }
            continue;
        }
        // `Present: @a, Bea (@b)`, `Decision: canary first`: the list of people or a decision,
        // whatever names or verbs follow the label (not `Decision: X; AI @a: …`, which marks its item)
        if !doc.has(node, KW_ACTION) && NOT_TASK_LABEL.is_match(&node.text) {
            continue;
        }
        let in_review = in_sec(&review, node);
        // table rows: `| rotate keys | @dan | open |` under an action item heading, or below a
        // header row that names the column of action items (`| AI | Owner | Due |`)
        if node.kind == Kind::Para && node.text.contains(" | ") {
            let cells: Vec<&str> =
                node.text.split(" | ").map(|c| c.trim().trim_matches('|').trim()).filter(|c| !c.is_empty()).collect();
            // (the row right below, or below the header's `|---|` line)
            let in_ai_table = ai_table_row.is_some_and(|l| node.line > l && node.line <= l + 2);
            // `| Wer | Was | Bis wann |`, `| Owner | Task | Due |`: a header with a column of people,
            // one of work and one of when it is due (or its status) is an action table too (not
            // `| What | Who |`, an agenda's)
            let who_col = cells.iter().position(|c| WHO_CELL.is_match(c));
            let what_col = cells.iter().position(|c| WHAT_CELL.is_match(c) || ACTION_COLUMN.is_match(c));
            let due_col = cells.iter().any(|c| DUE_CELL.is_match(c));
            // (the row the markdown makes the table's header: its titles may also name columns the
            // list above does not know, `| Ref | What | Assignee | Target | State |`)
            let head = doc.table_heads.contains(&idx);
            if cells.iter().all(|c| HEADER_CELL.is_match(c))
                && (!in_review && cells.iter().any(|c| ACTION_COLUMN.is_match(c))
                    || who_col.is_some() && what_col.is_some() && due_col)
                || head && in_review && who_col.is_some() && what_col.is_some()
            {
                ai_table_row = Some(node.line);
                ai_table_cols = (who_col, what_col);
                continue;
            }
            // a header row under an action heading names columns; it is no item itself
            if head && in_review {
                continue;
            }
            if in_ai_table {
                ai_table_row = Some(node.line);
            }
            if in_review || in_ai_table {
                let by_cols = if in_ai_table { table_row_by_cols(&cells, ai_table_cols) } else { None };
                if let Some((owners, text, done)) = by_cols.or_else(|| table_row_item(&cells)) {
                    out.push(ActionMention {
                        owners: norm_owners(owners, &node.text),
                        text,
                        done: done || node.is_struck(),
                        cancelled: false,
                        progress: None,
                        links: Vec::new(),
                        line: node.line,
                        heading: doc.heading(node).to_string(),
                        carried: in_sec(&carried_sec, node),
                    });
                }
                continue;
            }
            // a header cell `AI` / `Action item` is no action
            if cells.first().is_some_and(|c| HEADER_CELL.is_match(c)) {
                continue;
            }
        }
        let top_in_review = in_review && node.kind == Kind::Item && node.parent.is_none();
        let ai = if doc.has(node, KW_ACTION) { parse_ai(&node.text) } else { None };
        // `* TODO:` / `  Create user stories from the list`: the marker's task on the item's next line
        let ai = match ai {
            Some(Ai::Intro) if node.kind == Kind::Item => {
                match doc.nodes.get(idx + 1).filter(|n| n.kind == Kind::Cont && !n.text.trim().is_empty()) {
                    Some(n) => match parse_ai(&format!("{} {}", node.text.trim_end(), n.text.trim())) {
                        Some(item @ Ai::Item { .. }) => Some(item),
                        _ => Some(Ai::Intro),
                    },
                    // `* Todo: Calendar update:` closing its list, with nothing under it: the
                    // colon introduces nothing, the words before it are the to-do (not `AI for
                    // this week:`, a time)
                    None if lone_label(doc, idx) => match parse_ai(node.text.trim_end().trim_end_matches(':')) {
                        Some(Ai::Item { owners, text })
                            if owners.is_empty()
                                && text.split_whitespace().count() >= 2
                                && !TIME_WORDS.contains(
                                    &text.split_whitespace().next().unwrap_or("").to_ascii_lowercase().as_str(),
                                ) =>
                        {
                            Some(Ai::Item { owners, text })
                        }
                        _ => Some(Ai::Intro),
                    },
                    None => Some(Ai::Intro),
                }
            }
            other => other,
        };
        // `Action items:` / `Next AIs:` as a line of its own introduces the list below it
        let intro = node.kind != Kind::Cont
            && node.text.len() < 80
            && (node.text.contains(':') || may_open_intro(&node.text))
            && ACTION_INTRO.is_match(&node.text)
            // `TODOs will be talked about next week`: an item about the to-dos below it
            || node.kind == Kind::Item && doc.children(idx).next().is_some() && TODOS_LEAD.is_match(&node.text)
            // `Who does what:` / `Still open from last time:` over a list: a label line that reads
            // as a heading of action items stands for one
            || label_over_list(doc, idx).is_some_and(action_heading);
        // `Next steps:` over a list: its items that name an owner
        let owned_intro =
            !intro && ai.is_none() && node.kind != Kind::Cont && node.text.len() < 80 && owned_intro(&node.text);
        // `### @kim` / `Next:` / `- I'll rotate the certs`: a person's section in a round-robin,
        // whose plans are theirs (not the hedged ones: `if time permits: …`)
        let person = (!intro && !owned_intro && ai.is_none() && plan_label(&node.text))
            .then(|| heading_handle(doc.heading(node)))
            .flatten();
        // (`- fixed the charts` / `Next:` / `- I'll …`: without a blank line the label is the last
        // line of the item above, and the plans are the items after it, up to the next label)
        if let Some(h) = person.as_ref().filter(|_| node.kind == Kind::Cont) {
            for (j, m) in doc.nodes.iter().enumerate().skip(idx + 1).take(200) {
                match m.kind {
                    Kind::Item if m.parent.is_none() => {
                        take_plan(doc, j, h, &mut forced, &mut inherited);
                    }
                    Kind::Item => {}
                    Kind::Cont if m.text.trim_end().ends_with(':') => break,
                    Kind::Cont => {}
                    _ => break,
                }
            }
            continue;
        }
        let before = owned_intro.then(|| forced.clone());
        let before_person = person.as_ref().map(|_| forced.clone());
        let ai = if ai.is_none() && (intro || owned_intro || person.is_some()) { Some(Ai::Intro) } else { ai };
        if let Some(Ai::Intro) = ai {
            if node.kind == Kind::Item {
                forced.extend(doc.children(idx));
                // `### Team Green` / `- the team found action items for itself`: the team owns them
                if THE_TEAM_ITSELF.is_match(&node.text) {
                    if let Some(team) = TEAM_HEADING.captures(doc.heading(node)).map(|c| c[1].to_string()) {
                        for k in doc.children(idx) {
                            inherited.entry(k).or_insert_with(|| vec![team.clone()]);
                        }
                    }
                }
                // `TODO:` / `  * capi namespaces: <link>` / `    * cluster name <link>`: the topics' items
                for c in doc.children(idx).collect::<Vec<_>>() {
                    let ct = doc.nodes[c].text.trim_end();
                    if !doc.nodes[c].links.is_empty() || ct.ends_with(':') {
                        forced.extend(doc.children(c).filter(|&g| doc.nodes[g].kind == Kind::Item));
                    } else {
                        // `ToDo:` / `  - release notes: say it breaks` / `    - document the move`:
                        // the sub-items of a to-do that read as its steps
                        forced.extend(doc.children(c).filter(|&g| {
                            let kid = &doc.nodes[g];
                            kid.kind == Kind::Item && !kid.text.trim_end().ends_with('?') && proposes(&kid.text)
                        }));
                    }
                }
            } else if let Some(p) = node.parent {
                // `TODO:` as a paragraph inside an item: the items after it in that item
                for (j, m) in doc.nodes.iter().enumerate().skip(idx + 1).take(500) {
                    if m.parent.is_none_or(|q| q < p) {
                        break;
                    }
                    if m.parent == Some(p) && m.kind == Kind::Item {
                        forced.insert(j);
                    }
                }
            } else {
                // the next list's top-level items
                for (j, m) in doc.nodes.iter().enumerate().skip(idx + 1).take(500) {
                    match m.kind {
                        Kind::Item if m.depth == 1 || m.parent.is_none() => {
                            if m.parent.is_none() {
                                forced.insert(j);
                            }
                        }
                        Kind::Item | Kind::Cont => {}
                        _ if m.parent.is_some() => {}
                        _ => break,
                    }
                }
            }
            if let Some(before) = before {
                owned_only.extend(forced.difference(&before).copied());
            }
            if let (Some(h), Some(before)) = (&person, before_person) {
                let new: Vec<usize> = forced.difference(&before).copied().collect();
                for k in new {
                    if !take_plan(doc, k, h, &mut forced, &mut inherited) {
                        forced.remove(&k);
                    }
                }
            }
            continue;
        }
        // `- TODO: Testing.` with sub-items: a short to-do whose sub-items are its steps, when they
        // read as steps (`Deploy the image`); `TODO: Feedback X` / `  - key management`: its topics
        if let Some(Ai::Item { owners, text }) = &ai {
            if node.kind == Kind::Item && owners.is_empty() && text.split_whitespace().count() <= 2 {
                forced.extend(doc.children(idx).filter(|&k| {
                    let kid = &doc.nodes[k];
                    kid.kind == Kind::Item
                        && (proposes(&kid.text) || kid.text.contains('@') || verb_then_object(&kid.text))
                }));
            }
        }
        // a question in a to-do list (`Can we use X?`) is none of its to-dos; a topic with a
        // question mark (`cert rotation as timer?`) is
        let is_forced = forced.contains(&idx) && !(node.text.trim_end().ends_with('?') && ASKS.is_match(&node.text));
        let task = if node.kind == Kind::Item { node.task } else { None };
        // `* Which parts are shared?` / `  - [x] Networks` / `  - [ ] Images`: boxes ticked as the
        // answers to a question that asks what or which, a poll and no to-dos
        if task.is_some() && ai.is_none() && !is_forced && poll_option(doc, node) {
            continue;
        }
        // `## Action items` / `- Team Green` / `  - @x: bump the chart`: a short label over items
        // that are tasks themselves groups them; those are the action items, not the label (a
        // topic over progress notes, `- Docs move` / `  - done`, stays the item)
        if top_in_review && ai.is_none() && task.is_none() && group_label(doc, idx) {
            let kids: Vec<usize> = doc.children(idx).filter(|&k| doc.nodes[k].kind == Kind::Item).collect();
            // (`- Lars:` / `  - book a room`: a label that is a person names the owner of its items)
            if owner_only(&node.text) {
                let (o, _) = owners_of_plain(&node.text);
                if !o.is_empty() {
                    for &k in &kids {
                        inherited.entry(k).or_insert_with(|| o.clone());
                    }
                }
            }
            forced.extend(kids);
            continue;
        }
        // `## ToDos` / `- How do we write the ideas down?` / `  - write them up`: a question in a
        // list of to-dos is none of them; the steps under it are (under a label with a colon,
        // its own items, not the questions among them)
        if top_in_review
            && ai.is_none()
            && task.is_none()
            && node.text.trim_end().ends_with('?')
            && ASKS.is_match(&node.text)
            && !node.text.contains('@')
        {
            for k in doc.children(idx).collect::<Vec<_>>() {
                let kid = &doc.nodes[k];
                if kid.kind != Kind::Item {
                    continue;
                }
                if kid.text.trim_end().ends_with(':') {
                    forced.extend(
                        doc.children(k).filter(|&g| {
                            doc.nodes[g].kind == Kind::Item && !doc.nodes[g].text.trim_end().ends_with('?')
                        }),
                    );
                } else {
                    forced.insert(k);
                }
            }
            continue;
        }
        // `- See the design doc`: a pointer in a list of to-dos is none of them
        if top_in_review && ai.is_none() && task.is_none() && see_pointer(&node.text) {
            continue;
        }
        if ai.is_none() && !top_in_review && !is_forced && task.is_none() {
            // assignments without a marker: `@x will …`, `-> Kurt to …`
            let t = &node.text;
            // `- Who: @a` / `  What: write the checklist` / `  When: Friday` (or on one line between
            // dashes): the owners and their task
            if node.kind == Kind::Item && WHO_LABEL.is_match(t) {
                if let Some((owners, text, lines)) = who_what(doc, idx) {
                    consumed.extend(idx + 1..idx + 1 + lines);
                    out.push(unmarked(doc, node, norm_owners(owners, t), text, Vec::new()));
                    continue;
                }
            }
            // `### In progress` / `- #312 Helm ingress class (@lenaq) - review comments addressed`:
            // a card in a column of a board that is still to be done, with its assignees
            if node.kind == Kind::Item && opens_with_issue_ref(t) && board_heading(&mut board_sec, doc, node) {
                if let Some((owners, text, done)) = board_card(doc, t) {
                    let mut links = Vec::new();
                    links_of(doc, idx, t, &mut links);
                    let mut item = unmarked(doc, node, norm_owners(owners, t), text, links);
                    item.done |= done;
                    out.push(item);
                    continue;
                }
            }
            // `OPS-121 — @a — rotate the certs — In Progress`: a ticket and its assignee
            if node.kind == Kind::Item && TICKET_KEY.is_match(t) {
                if let Some((owners, text, done)) = ticket_item(doc, t) {
                    let mut item = unmarked(doc, node, norm_owners(owners, t), text, Vec::new());
                    item.done |= done;
                    out.push(item);
                    continue;
                }
            }
            // `[@a] ask the venue`: owners in square brackets opening an item give it to them
            if node.kind == Kind::Item && t.contains('[') {
                if let Some((owners, text)) = bracket_owners(doc, t) {
                    let (text, done) = strip_done(&text);
                    let mut item = unmarked(doc, node, norm_owners(owners, t), text, Vec::new());
                    item.done |= done || t.contains('🟢') || t.contains('✅');
                    out.push(item);
                    continue;
                }
            }
            if let Some((owners, text)) = answers.get(&idx) {
                out.push(unmarked(doc, node, norm_owners(owners.clone(), t), text.clone(), Vec::new()));
                continue;
            }
            // `* License check` / `  -> @a, @b`: the work above handed to the handles
            if let Some((w, owners)) = shapes::handles_below_work(doc, idx) {
                let work = &doc.nodes[w];
                let text = strip_done(&tidy_task(&work.text)).0;
                if !text.is_empty() && !out.iter().any(|a| a.line == work.line) {
                    let mut links = Vec::new();
                    links_of(doc, w, &work.text, &mut links);
                    out.push(unmarked(doc, work, norm_owners(owners, t), text, links));
                }
            }
            // `Q (@a): will the dashboards stay with us? A: yes`: a question and its answer, the
            // handle is who asks (a handle in the answer may still be given work)
            if QUESTION_LABEL.is_match(t) && t.find('?').is_some_and(|q| !t[q..].contains('@')) {
                continue;
            }
            // `@a will reach out to @b` / `  to ask for the logs`: a sentence that runs on in the
            // next line of the item (the line ends with a colon or mid-phrase, or the next one
            // goes on in lower case)
            let runs_on = doc.nodes.get(idx + 1).filter(|n| {
                let own = t.trim_end();
                node.kind == Kind::Item
                    && n.kind == Kind::Cont
                    && parse_ai(&n.text).is_none()
                    && !ARROW_START.is_match(&n.text)
                    && (own.ends_with(':')
                        || dangling(own)
                        || (!own.ends_with(['.', '!', '?', ')'])
                            // (`… local SSD (flavor with s suffix)` / `should help and will be
                            // done by @a`: a remark in parentheses, then the sentence goes on)
                            || own.ends_with(')') && !own.contains('@') && runs_on_modal(&n.text))
                            && n.text.trim_start().starts_with(|c: char| c.is_ascii_lowercase()))
            });
            let joined = match runs_on {
                Some(n) => format!("{} {}", t.trim_end(), n.text.trim()),
                None => t.to_string(),
            };
            let t = &joined;
            // a paragraph or a top-level item of a section headed `Follow-ups` or `Next steps`: a
            // list of them (its items that name an owner)
            let listing = node.parent.is_none() && (in_sec(&owned_sec, node) || bold_listing[idx]);
            // `## Minutes taking & transfer` / `- @x to take care of 2025`: a role, not a task
            if (t.contains('@')
                || FIND_TO.find(t.as_bytes()).is_some()
                || listing
                || prose::may_read(t)
                || has_ascii_arrow(t)
                || t.contains('→')
                || shapes::opens_with_group(t)
                || node.kind == Kind::Item && shapes::opens_with_name_colon(t)
                || may_take_on(t))
                && !role_heading(&mut role_sec, doc, node)
            {
                let full = t.to_string();
                // `Write the notes (@a) ✅`: the shapes read the item without its done mark
                let (bare, marked_done) = strip_done(&full);
                let read = if marked_done && !bare.is_empty() { bare.as_str() } else { full.as_str() };
                let mut found = shapes::work_from(doc, idx, read);
                found.extend(plain_assignments(read));
                // `@a to create the repo, enable it in zuul (@b), …`: the other clauses of a line of
                // assignments that close with their own people
                if !found.is_empty() && read.contains("), ") {
                    for (owners, task) in paren_clauses(read) {
                        if found.iter().any(|(o, _)| *o == owners) {
                            continue;
                        }
                        // (a task read on to the end of the line loses the clause that is another's)
                        for (_, t) in found.iter_mut() {
                            if let Some(k) = t.find(&format!(", {task}")) {
                                t.truncate(k);
                            }
                        }
                        found.push((owners, task));
                    }
                }
                if found.is_empty() {
                    found = shapes::item_shapes(doc, idx, read);
                }
                // `Tomasz volunteered to convert the pages`, `Follow-ups: Tomasz publishes the script; …`
                if found.is_empty() && (listing || prose::may_read(read)) {
                    found = prose::read(doc, read, listing);
                }
                // `#### Next steps` / `* @a will reach out to …` / `* Ask for permission to use
                // the logos`: a step in the imperative among steps that name their people is a
                // step for nobody in particular
                if found.is_empty() && listing && node.kind == Kind::Item && in_sec(&owned_sec, node) {
                    let first = read.split_whitespace().next().unwrap_or("");
                    let imperative = first.len() > 2
                        && first.starts_with(|c: char| c.is_ascii_uppercase())
                        && first[1..].bytes().all(|b| b.is_ascii_lowercase())
                        && is_task_verb(&first.to_ascii_lowercase());
                    let owned_steps = || {
                        doc.nodes.iter().any(|n| {
                            n.section == node.section
                                && n.kind == Kind::Item
                                && n.parent.is_none()
                                && n.text.contains('@')
                        })
                    };
                    if imperative && !read.contains('?') && read.split_whitespace().count() >= 3 && owned_steps() {
                        found.push((Vec::new(), tidy_task(read)));
                    }
                }
                if runs_on.is_some() && !found.is_empty() {
                    consumed.insert(idx + 1);
                }
                for (owners, text) in found {
                    // `@a will do it see [kaas minutes](…)`: a pointer to a link closing the task is
                    // no part of it
                    let text = match text.rfind(" see ") {
                        Some(i)
                            if i > 0
                                && doc.nodes[idx].links.iter().any(|l| {
                                    text[i + 5..].trim_end_matches(['.', ')']).eq_ignore_ascii_case(l.text.trim())
                                }) =>
                        {
                            text[..i].trim_end_matches([',', ';', ' ', '(']).to_string()
                        }
                        _ => text,
                    };
                    // `@x will take this topic`: the topic is the parent item or the heading
                    // `- yoga update problems` / `  - to be verified by @a`: a passive without its
                    // subject is about the item it hangs under, like a vague task
                    let passive = t
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .get(..6)
                        .is_some_and(|p| p.eq_ignore_ascii_case("to be "));
                    // `- We will collect the upstreams.` / `- @a will take this up`: `this` points
                    // at the item right before it
                    let points_back = !passive
                        && text.split_whitespace().skip(1).any(|w| matches!(w, "this" | "that" | "these" | "those"));
                    // `- yoga update problems` / `- to be verified by @a` side by side: a passive
                    // without a subject whose parent says nothing (none, or only a link) is about
                    // the item right before it, and so is a task that points back
                    // `  * <issue>: SPOF automation` / `  -> @a (@b to review)`: a paragraph after an
                    // item of the same list goes on about that item
                    let para_after_item = node.kind == Kind::Para && node.parent.is_some();
                    let sibling = (passive || points_back || para_after_item)
                        .then(|| idx.checked_sub(1).and_then(|j| doc.nodes.get(j)))
                        .flatten()
                        .filter(|p| {
                            p.kind == Kind::Item
                                && p.parent == node.parent
                                && !p.text.contains('?')
                                && !p.text.contains('@')
                        });
                    // (a passive without its subject at the top of a section is about its heading:
                    // `## Restore tests` / `* to be checked whether this runs (@a)`)
                    let text = if !text.contains('(') && (passive || vague_task(&text)) {
                        // (`@a takes the lead on this` / `@b and @c will assist`: a parent that is
                        // itself someone's part in the work says nothing of the work; its parent does)
                        let mut parent = node.parent.and_then(|p| doc.nodes.get(p));
                        while let Some(up) = parent
                            .filter(|p| {
                                p.text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@').starts_with('@')
                            })
                            .and_then(|p| p.parent)
                            .and_then(|g| doc.nodes.get(g))
                        {
                            parent = Some(up);
                        }
                        let order = if points_back || para_after_item { [sibling, parent] } else { [parent, sibling] };
                        let cands: Vec<String> = order.into_iter().flatten().map(|p| topic_text(&p.text)).collect();
                        // the first of them that says something (two words or more); else the
                        // parent, or the heading when there is none
                        let ctx = match cands.iter().find(|c| c.split_whitespace().count() >= 2) {
                            Some(c) => c.clone(),
                            None => {
                                parent.map(|p| topic_text(&p.text)).unwrap_or_else(|| topic_text(doc.heading(node)))
                            }
                        };
                        let ctx: Vec<&str> = ctx.split_whitespace().take(10).collect();
                        // (one word when it names a piece of work: `* ADR` / `  * review needed by @a`)
                        let work = matches!(ctx.as_slice(), [w] if BARE_WORK.is_match(w));
                        if (ctx.len() >= 2 || work) && !ctx.join(" ").ends_with('?') {
                            format!("{text} ({})", ctx.join(" "))
                        } else {
                            text
                        }
                    } else {
                        with_only_child_topic(doc, idx, text)
                    };
                    let (text, done) = strip_done(&text);
                    if text.is_empty() || NO_ACTION.is_match(&text) {
                        continue;
                    }
                    let mut links = Vec::new();
                    links_of(doc, idx, &full, &mut links);
                    let mut item = unmarked(doc, node, norm_owners(owners, &full), text, links);
                    item.done |= done || marked_done;
                    out.push(item);
                }
            }
            continue;
        }
        // a line of a paragraph continues on the next when it breaks off mid-phrase (`…, add to`
        // / `topic collection there`); otherwise each line of a paragraph says its own thing
        let breaks_off = node.kind == Kind::Cont && dangling(&node.text);
        let has_cont =
            (node.kind != Kind::Cont || breaks_off) && doc.nodes.get(idx + 1).is_some_and(|n| n.kind == Kind::Cont);
        // the continuation lines up to the next one with a marker of its own
        // `AI: …` then a line `@b look into …` in the same paragraph: the second is an item of its own
        let mut own_lines: Vec<(usize, Vec<String>, String)> = Vec::new();
        let full = if has_cont {
            let mut f = node.text.to_string();
            for (j, m) in doc.nodes.iter().enumerate().skip(idx + 1).take(64) {
                if m.kind != Kind::Cont || parse_ai(&m.text).is_some() {
                    break;
                }
                // a paragraph's line takes the next only while the phrase runs on
                if breaks_off && !dangling(&doc.nodes[j - 1].text) {
                    break;
                }
                if breaks_off {
                    consumed.insert(j);
                }
                if ai.is_some() {
                    if let Some((o, t)) = handle_task_line(&m.text) {
                        own_lines.push((m.line, o, t));
                        break;
                    }
                }
                if !m.text.is_empty() {
                    f.push(' ');
                    f.push_str(&m.text);
                }
            }
            f
        } else {
            node.text.to_string()
        };
        // continuation lines belong to this item; do not read them twice
        for (j, m) in doc.nodes.iter().enumerate().skip(idx + 1) {
            if m.kind != Kind::Cont || node.kind == Kind::Cont {
                break;
            }
            if parse_ai(&m.text).is_none() {
                consumed.insert(j);
            } else {
                break;
            }
        }
        // `✅ @a: write the ADR`: a check mark opening the item marks it done, like a ticked box
        let ticked_mark = |t: &str| {
            let t = t.trim_start();
            ["✅", "✔️", "✔", "☑️", "☑", "✓"].iter().find_map(|m| t.strip_prefix(m)).map(|r| r.trim_start().to_string())
        };
        let ticked = node.kind == Kind::Item && (top_in_review || is_forced);
        let (full, ticked) = match ticked.then(|| ticked_mark(&full)).flatten() {
            Some(rest) if !rest.is_empty() => (rest, true),
            _ => (full, false),
        };
        // an item in a list of items to do or under review
        let listed = is_forced || top_in_review || task.is_some();
        // `👉 @a: finish the docs`, `🚧 Lea: …`: a pictograph opening a listed item is no part of it
        let full = if listed { without_pictographs(&full).to_string() } else { full };
        let full = match field_cut.get(&idx).and_then(|&k| full.get(k..)) {
            Some(rest) => rest.to_string(),
            None => full,
        };
        // `A2025-03 — publish the report (@x)`, `A-12: …`: an action log's id is no part of the item
        // (not a tender's id: `VP08: draft the attacker models`)
        let id_cut = listed
            .then(|| ACTION_ID.find(&full))
            .flatten()
            .filter(|m| !full[m.start()..].trim_start().starts_with("VP"));
        let (full, id_cut) = match id_cut {
            Some(m) => (full[m.end()..].to_string(), true),
            None => (full, false),
        };
        // `A-36 (Jonas Vandekerckhove): update the PR`, `A-38 (Ana Ruiz, Bo Li): …`: an action
        // log's id with its owners in parentheses
        let (full, id_cut) = match listed.then(|| id_with_owners(&full)).flatten() {
            Some((owners, rest)) => {
                inherited.entry(idx).or_insert(owners);
                (rest, true)
            }
            None => (full, id_cut),
        };
        let marked = ai.is_some();
        let parsed = if has_cont || ticked || id_cut { parse_ai(&full) } else { ai };
        if parsed.is_none() && node.kind == Kind::Item && owner_only(&full) {
            let kids: Vec<usize> = doc.children(idx).filter(|&k| doc.nodes[k].kind == Kind::Item).collect();
            if !kids.is_empty() {
                let (o, _) = owners_of_plain(&full);
                if !o.is_empty() {
                    for k in kids {
                        forced.insert(k);
                        inherited.insert(k, o.clone());
                    }
                    continue;
                }
            }
        }
        let parsed_item = matches!(parsed, Some(Ai::Item { .. }));
        let (owners, text) = match parsed {
            Some(Ai::Item { owners, text }) => (owners, text),
            _ => {
                let plain = owners_of_plain(&full);
                // `work => @x` on the first line, details on the next
                match arrow_assignee(&node.text) {
                    Some(first) if plain.0.is_empty() && has_cont => first,
                    _ => plain,
                }
            }
        };
        // `AI @a: x; AI @b: y`: several items on one line
        let mut extra = Vec::new();
        let (owners, text) = match several_ais(&full) {
            Some(mut items) => {
                let first = items.remove(0);
                extra.extend(items);
                first
            }
            None => (owners, text),
        };
        let (owners, text) = unless_owned((owners, text), assignee_in_paren);
        // in a list of items to do or under review: `Grafana dashboards into the repo (@a, Sami):
        // in progress`, the owners in parentheses before the item's status; `Sanne de Wit:
        // summarise the survey — done`, a full name with its colon
        // (also after a marker: `Action: add a note to the release notes (Henrik)`)
        let (owners, text) = unless_owned((owners, text), |text| {
            if !listed {
                // (`TODO relabel the dashboards - Wen Li`: a marked item's owners after a dash)
                return if marked {
                    let bare = strip_done(text).0;
                    paren_owners_status(doc, text)
                        .or_else(|| person_verb(doc, &bare))
                        .or_else(|| dash_names_owner(doc, &bare))
                        .or_else(|| will_do_it(text))
                        .or_else(|| trailing_handles(&bare))
                } else {
                    None
                };
            }
            // (`… (@a) ✅`: the owners before the done mark)
            let bare = strip_done(text).0;
            assignee_in_paren(&bare)
                .or_else(|| lead_owners(doc, text))
                .or_else(|| paren_owners_status(doc, text))
                .or_else(|| paren_owners_status(doc, &bare))
                .or_else(|| full_name_owner(doc, text))
                .or_else(|| dash_names_owner(doc, &bare))
                .or_else(|| will_do_it(&bare))
                .or_else(|| trailing_handles(&bare))
                .or_else(|| handover(doc, &bare))
                .or_else(|| please_request(doc, &bare))
        });
        // `[@a] ask the venue`, `🟢 [Jana] order drinks`: the owners in brackets opening the item
        let (owners, text) = unless_owned((owners, text), |t| bracket_owners(doc, t));
        // `@a → sign the booking`, `Bodo → ask the venue`: the owner, then an arrow, then the task
        let (owners, text) = unless_owned((owners, text), |t| owner_arrow_task(doc, t));
        // `rkowal: bump minio-go`, `AI moss-j: review it`: a handle written without its `@`, known
        // as a handle from elsewhere in the file
        let (owners, text) = unless_owned((owners, text), |t| bare_handle_owner(doc, t));
        // `Odile addressing the review comments: done`, `Ravi's redirect map: still open`: in a
        // review of earlier items, a person of this file with what they were doing or own
        let (owners, text) = unless_owned((owners, text), |t| if listed { person_doing(doc, t) } else { None });
        let (owners, text) =
            unless_owned((owners, text), |t| if listed && top_in_review { person_work(doc, t) } else { None });
        // `ask the treasurer about the insurance — covered by the policy`: the status after a
        // dash with spaces is no part of the task
        let text = if listed { cut_status(&text) } else { text };
        // `@a → sign the booking`: the arrow between the owner and the task is no part of it
        let text = match ["→ ", "-> ", "=> "].iter().find_map(|a| text.trim_start().strip_prefix(a)) {
            Some(rest) if !owners.is_empty() => rest.trim_start().to_string(),
            _ => text,
        };
        // `- Update the wiki (Carl)` in a list of action items: a person of this file owns it
        let named =
            (owners.is_empty() && (is_forced || top_in_review)).then(|| NAME_IN_PAREN.captures(&text)).flatten();
        let (owners, text) = match named.filter(|c| shapes::known_person(doc, &c[2])) {
            Some(c) => (vec![c[2].to_string()], c[1].trim_end().to_string()),
            None => (owners, text),
        };
        // `AI @a: present it. (Add to calendar: @b)`: a second task in parentheses
        let mut text = text;
        if let Some(c) = PAREN_TASK_OWNER.captures(&full).filter(|c| proposes(&c[1])) {
            extra.push((handles(&c[2]), tidy_task(&c[1])));
            if let Some(i) = text.find(&c[0]) {
                text = text[..i].trim_end().to_string();
            }
        }
        // `AI @a: create the PR (to be reviewed by the SIG / Kurt)`: the review is a second task
        if parsed_item && text.ends_with(')') && text.contains("to be ") {
            if let Some((open, who, verb)) = paren_passive_by(&text) {
                let task = text[..open].trim_end().to_string();
                let first = task.split_whitespace().next().unwrap_or("");
                let object = task[first.len()..].trim();
                if proposes(&task) && !object.is_empty() {
                    extra.push((who, tidy_task(&format!("{verb} {object}"))));
                }
                text = task;
            }
        }
        // `AI: @a to check; @b to verify`: the second handle's task is an item of its own
        if !owners.is_empty() && text.contains('@') {
            let mut more: Vec<(Vec<String>, String)> = mid_handle_assignments(&text)
                .into_iter()
                .filter(|(o, _)| !o.is_empty() && o.iter().all(|x| !owners.contains(x)))
                .collect();
            // `AI: @a write the ADR; @b review it`
            // `AI @a: contact the vendor, @b: prepare the offer`: after a comma only a handle
            // with its own colon (not `contact @a, @b`)
            if more.is_empty() {
                let comma_handle_colon = || {
                    text.match_indices(", @").map(|(k, _)| k).find(|&k| {
                        let h = &text[k + 3..];
                        let end = h.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(h.len());
                        end > 0 && h[end..].starts_with(':')
                    })
                };
                if let Some(k) = text.find("; @").or_else(comma_handle_colon) {
                    more.extend(
                        handle_task_line(&text[k + 2..]).filter(|(o, _)| o.iter().all(|x| !owners.contains(x))),
                    );
                }
            }
            if let Some(first) = more.first() {
                let head = first.0[0].as_str();
                if let Some(cut) = text.find(&format!("@{head}")) {
                    let sep = text[..cut].trim_end().chars().next_back();
                    let before = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ";,.(".contains(c));
                    // a clause of its own, not a remark in parentheses; but `(@b will send the
                    // table)` closing the item, with a modal, is a second task
                    let paren_task = sep == Some('(')
                        && text[cut..].trim_end().ends_with(')')
                        && !text[cut..].contains('(')
                        && more.len() == 1
                        && [" will ", " to ", " shall "].iter().any(|m| text[cut..].contains(m));
                    if (matches!(sep, Some(';' | ',' | '.')) || paren_task) && before.split_whitespace().count() >= 1 {
                        text = before.to_string();
                        extra.extend(more);
                    }
                }
            }
        }
        for arrow in ["->", "=>", "→"] {
            if let Some(i) = text.find(arrow) {
                let found = arrow_names(&text[i..]);
                if !found.is_empty() {
                    extra.extend(found);
                    text = clean_task(&text[..i]);
                    break;
                }
            }
        }
        let mut text = tidy_task(&text);
        // `@a, @b (AI @b via @a)`: nothing but handles, the task is the topic above
        if !owners.is_empty() && HANDLE.replace_all(&text, "").trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
            text.clear();
        }
        let (mut text, mut done) = strip_done(&text);
        // (in a list of items to do or under review a check mark anywhere on the item marks it done:
        // `published 2025-04-03 ✅ <link>`)
        let checked = listed && ['✅', '✔', '☑'].iter().any(|c| full.contains(*c));
        done |= ticked || checked || strip_done(&full).1 || DONE_PREFIX.is_match(&full);
        // `- Can we use a static image?` / `  - Yes, AI: @a`: the answer word is no task, the
        // question above it is
        if !owners.is_empty()
            && matches!(
                text.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(),
                "yes" | "ok" | "okay" | "sure" | "agreed" | "yep"
            )
            && node.parent.and_then(|p| doc.nodes.get(p)).is_some_and(|p| p.text.trim_end().ends_with('?'))
        {
            text.clear();
        }
        // `- CNCF e2e tests passing?` / `  - ToDo: @a and @b`: the task is the parent item
        if text.is_empty() && !owners.is_empty() {
            if let Some(p) = node.parent.and_then(|p| doc.nodes.get(p)) {
                text = strip_done(&clean_task(&p.text)).0;
            } else {
                text = clean_task(doc.heading(node));
            }
            // `AI @a: <link to issues/346>`: the link names the work on the topic
            if let Some(r) = URL_IN_TASK.find(&full).and_then(|m| short_ref(m.as_str())) {
                if !text.is_empty() && !text.contains(&r) {
                    text = format!("{text} ({r})");
                }
            }
        }
        if text.is_empty() || NO_ACTION.is_match(&text) {
            continue;
        }
        // `Hack session wanted (AI @a to set up)`: a vague task in a marker in parentheses is
        // about the words before the parentheses
        if parsed_item && !text.contains('(') && full.trim_end().ends_with(')') && vague_task(&text) {
            if let Some(ctx) = before_marker_paren(&full, &text) {
                text = format!("{text} ({ctx})");
            }
        } else if parsed_item
            && text.split_whitespace().nth(1).is_some()
            && !full.contains(['(', '#', '?'])
            && !full.contains("http")
            && vague_task(&text)
        {
            // `### Docs missing` / `- AI @a will create a draft`: a vague task marked on a line of
            // its own is about the item it hangs under, or the heading of a top-level item
            if let Some(ctx) = marked_topic(doc, node) {
                text = format!("{text} ({ctx})");
            }
        }
        let mut owners: Vec<String> = owners.into_iter().filter(|o| !o.eq_ignore_ascii_case("none")).collect();
        if owners.is_empty() {
            if let Some(o) = inherited.get(&idx) {
                owners = o.clone();
            }
        }
        // `Transform the README into the doc structure: @a will open an issue` in a to-do list:
        // the handle given a task later in the item owns it
        if owners.is_empty() && is_forced && full.contains('@') {
            if let [(o, _)] = mid_handle_assignments(&full).as_slice() {
                owners = o.clone();
            }
        }
        // (both flags hold for review sections only)
        let in_done_sec = in_sec(&done_sec, node);
        if node.is_struck() || task == Some(true) || in_done_sec && node.kind == Kind::Item {
            done = true;
        }
        let mut links = Vec::new();
        links_of(doc, idx, &full, &mut links);
        let mut progress = None;
        let mut cancelled = false;
        if node.kind == Kind::Item {
            for c in doc.children(idx) {
                let ct = doc.full_text(c).split_whitespace().collect::<Vec<_>>().join(" ");
                if matches!(parse_ai(&ct), Some(Ai::Item { .. })) || doc.nodes[c].task.is_some() {
                    continue;
                }
                if done_note(&ct) || doc.nodes[c].is_struck() && in_review {
                    done = true;
                }
                links_of(doc, c, &ct, &mut links);
                cancelled = CANCELLED.is_match(&ct);
                if !ct.is_empty() {
                    progress = Some(ct);
                }
            }
        }
        let carried = in_done_sec || in_sec(&carried_sec, node);
        let owners = norm_owners(owners, &full);
        // (`Next steps:` / `- Q: what should be prioritised?`: a question is no task; `- ACME - will
        // provide …`, a plain name with `will`, reports a plan)
        if owned_only.contains(&idx)
            && (owners.is_empty()
                || full.contains('?')
                || ["Q:", "Q (", "Question"].iter().any(|q| full.trim_start().starts_with(q))
                || text.starts_with("will "))
        {
            continue;
        }
        out.push(ActionMention {
            owners,
            text,
            done,
            cancelled: cancelled && !done,
            progress,
            links,
            line: node.line,
            heading: doc.heading(node).to_string(),
            carried,
        });
        for (line, eo, et) in extra.into_iter().map(|(o, t)| (node.line, o, t)).chain(own_lines) {
            out.push(ActionMention {
                owners: norm_owners(eo, &full),
                text: et,
                done: false,
                cancelled: false,
                progress: None,
                links: Vec::new(),
                line,
                heading: doc.heading(node).to_string(),
                carried,
            });
        }
    }
    // `DONE: …`, `README: fix the links (@a)`: a status word or a file's name read as the owner
    // names nobody; then the owner in parentheses is the one
    for m in &mut out {
        if m.owners.iter().any(|o| NOT_PEOPLE.contains(&o.as_str())) {
            m.owners.retain(|o| !NOT_PEOPLE.contains(&o.as_str()));
            if let Some((owners, text)) = m.owners.is_empty().then(|| paren_assignee(&m.text)).flatten() {
                m.owners = owners;
                m.text = text;
            }
        }
    }
    // an answer word alone (`yes`, `ok`, `+1`) is never the task: the item stands for the work of
    // its heading, or, under none, is not shown (issue #10: "the text is the task, never an
    // answer word")
    // (`AI: Who?`: an open question asks for somebody, it is no task yet)
    out.retain_mut(|m| {
        if QUESTION_WORD.is_match(&m.text) {
            return false;
        }
        if !ANSWER_WORD.is_match(&m.text) {
            return true;
        }
        let topic = tidy_task(&m.heading);
        m.text = topic;
        !m.text.is_empty()
    });
    out
}

/// A task text that is only a question word: `Who?`, `When?`, `Wer?`.
static QUESTION_WORD: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:who|when|what|which|how|where|wer|wann|was|wie|wo)\s*\?+\W*$").expect("valid regex")
});

/// A task text that is only an answer: `yes`, `OK`, `+1`, `agreed`, `ja`.
static ANSWER_WORD: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:yes|no|ok|okay|sure|agreed|fine|yep|nope|ja|nein|\+1|y|n)\W*$").expect("valid regex")
});

/// [`BOARD_COLUMN`] of the node's heading, remembered per section like [`role_heading`].
fn board_heading(memo: &mut [Option<bool>], doc: &Doc, node: &Node<'_>) -> bool {
    crate::minutes::memo(memo, Some(doc.section_slot(node)), || BOARD_COLUMN.is_match(doc.heading(node)))
}

/// The heading of a column of a project board whose cards are work still to be done (`Blocked`,
/// `In progress`, `Needs review`, `Todo / new`; not `Done`).
static BOARD_COLUMN: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:column\s*:?\s*)?(?:blocked|in[- ]progress|doing|wip|needs?[- ]reviews?|in[- ]review|ready for review|to[- ]?do|todo|next[- ]up|ready|backlog)(?:\s*(?:/|\+|&|and)\s*(?:new|next|backlog|blocked|to[- ]?do|ready))?\W*$")
        .expect("valid regex")
});

/// A card opening with its issue: `#312 …`, `NEW https://…/issues/331 …`.
static ISSUE_REF_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"^\s*(?:NEW\s+)?(?:<?https?://[^\s>]+?/(?:issues|pull|pulls|merge_requests)/(\d+)>?|#(\d+))[\s:,–—-]+(\S.*)$",
    )
    .expect("valid regex")
});

fn opens_with_issue_ref(t: &str) -> bool {
    let lead = t.trim_start().trim_start_matches("NEW ").trim_start();
    lead.starts_with('#') || lead.starts_with("http") || lead.starts_with('<')
}

/// The issue's number and the rest of a line that opens with the issue (see [`ISSUE_REF_LEAD`]).
fn issue_lead(t: &str) -> Option<(&str, &str)> {
    if !opens_with_issue_ref(t) {
        return None;
    }
    let c = ISSUE_REF_LEAD.captures(t)?;
    Some((c.get(1).or(c.get(2))?.as_str(), c.get(3)?.as_str()))
}

/// A board card with its issue, its title and its assignees: `#312 Helm ingress class (@lenaq) -
/// review comments addressed`, `https://…/issues/296 quickstart rewrite (Priya) - 80%`, `NEW
/// #331 Move CI secrets to the vault -> @okafor-d`, `#340 issue forms -> reviewers: @a, @b`.
/// (owners, task with the issue's number, done), when people of this file own it.
fn board_card(doc: &Doc<'_>, t: &str) -> Option<(Vec<String>, String, bool)> {
    let (num, rest) = issue_lead(t)?;
    let rest = rest.trim();
    let person = |w: &str| {
        let w = w.trim();
        w.strip_prefix('@').is_some_and(handle_chars)
            || w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && shapes::known_person(doc, w)
    };
    let people = |inner: &str| -> Option<Vec<String>> {
        let parts: Vec<&str> = inner
            .split([',', '&', '/'])
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty() && parts.len() <= 4 && parts.iter().all(|p| person(p)))
            .then(|| parts.iter().map(|p| p.strip_prefix('@').map_or(p.to_string(), str::to_lowercase)).collect())
    };
    let arrow = [" -> ", " => ", " → "].iter().filter_map(|a| rest.find(a).map(|k| (k, a.len()))).min();
    // `title (@a) - status`: the first parentheses that hold only people
    let mut found = None;
    let mut from = 0;
    while let Some(open) = rest[from..].find(" (").map(|k| k + from) {
        let Some(close) = rest[open..].find(')').map(|k| k + open) else { break };
        if let Some(owners) = people(&rest[open + 2..close]) {
            found = Some((owners, &rest[..open], &rest[close + 1..]));
            break;
        }
        from = close;
    }
    let (owners, title, status, review) = match found {
        Some((owners, title, status)) => (owners, title, status, false),
        None => {
            // `title -> @a`, `title -> review: @a`, `title -> reviewers: @a, @b`
            let (k, n) = arrow?;
            let after = rest[k + n..].trim();
            let (review, who) = match after.split_once(':') {
                Some((label, who)) if ["review", "reviewer", "reviewers"].contains(&label.trim()) => (true, who),
                _ => (false, after),
            };
            (people(who.trim_end_matches(['.', '!']))?, &rest[..k], "", review)
        }
    };
    let title = title.trim().trim_end_matches([',', ':', '-', '–', '—']).trim();
    if title.is_empty() || title.split_whitespace().count() > 14 || title.ends_with('?') {
        return None;
    }
    let done = !status.trim().is_empty() && strip_done(status).1;
    let task = if review { format!("review {title} (#{num})") } else { format!("{title} (#{num})") };
    Some((owners, task, done))
}

/// [`ROLE_HEADING`] of the node's heading, remembered per section in `memo` (the last slot is
/// the empty heading of nodes outside any section).
fn role_heading(memo: &mut [Option<bool>], doc: &Doc, node: &Node<'_>) -> bool {
    crate::minutes::memo(memo, Some(doc.section_slot(node)), || ROLE_HEADING.is_match(doc.heading(node)))
}

/// `the team found some action items for themselves`: a team's own to-dos.
static THE_TEAM_ITSELF: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)(?-u:\b)the team(?-u:\b).*(?-u:\b)(?:for (?:themselves|itself|the team)|(?:its|their) own)(?-u:\b)",
    )
    .expect("valid regex")
});
/// `### Team Green`, `## Green team`: the heading of one team's part.
static TEAM_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"(?i)^\W*(team [\w-]+|[\w-]+ team)\W*$").expect("valid regex"));

/// A sentence that opens with an interrogative word.
static ASKS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:can|could|should|shall|do|does|did|is|are|was|were|will|would|how|what|why|when|where|who|which)(?-u:\b)")
        .expect("valid regex")
});

/// A box under a question of what or which (`What is shared?`) that names an answer, not work:
/// no handle, no task verb first.
fn poll_option(doc: &Doc, node: &Node<'_>) -> bool {
    let Some(q) = node.parent.and_then(|p| doc.nodes.get(p)) else { return false };
    let q = q.text.trim_end();
    q.ends_with('?')
        && WHAT_OR_WHICH.is_match(q)
        && !node.text.contains('@')
        && !proposes(&node.text)
        && !verb_then_object(&node.text)
}

static WHAT_OR_WHICH: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:what|which)\s+(?:\w+\s+)?(?:is|are|should|shall|would|will|do|does|can)(?-u:\b)")
        .expect("valid regex")
});

/// Whether a line breaks off mid-phrase: it ends with a comma or a word that needs one after it.
fn dangling(line: &str) -> bool {
    let t = line.trim_end();
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    t.ends_with(',')
        || matches!(
            last.as_str(),
            "to" | "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "of"
                | "for"
                | "with"
                | "in"
                | "on"
                | "at"
                | "by"
                | "from"
                | "into"
        )
}

/// `Cut a test release`: a word followed by a determiner reads as a verb with its object (a
/// step), unlike a topic (`key management`, `Service mesh`).
fn verb_then_object(t: &str) -> bool {
    let mut words = t.split_whitespace().map(|w| w.to_ascii_lowercase());
    words.next().is_some_and(|w| w.chars().all(char::is_alphabetic))
        && words.next().is_some_and(|w| {
            matches!(w.as_str(), "a" | "an" | "the" | "this" | "that" | "these" | "our" | "all" | "some" | "new")
        })
}

/// Every task verb: [`TASK_VERBS`], [`MORE_TASK_VERBS`] and the lexicon ([`verbs::LEXICON`]).
fn all_task_verbs() -> impl Iterator<Item = &'static &'static str> {
    TASK_VERBS.iter().chain(MORE_TASK_VERBS).chain(verbs::LEXICON)
}

/// [`all_task_verbs`] as a set, when they are all lower-case ASCII words (then
/// `eq_ignore_ascii_case` with one of them is equality with the lower-cased word).
static TASK_VERB_SET: LazyLock<Option<HashSet<&'static str>>> = LazyLock::new(|| {
    all_task_verbs()
        .all(|v| v.bytes().all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic()) && v.is_ascii())
        .then(|| all_task_verbs().copied().collect())
});

/// Whether `w`, as written (no case folding), is one of [`all_task_verbs`].
pub(super) fn is_task_verb(w: &str) -> bool {
    match &*TASK_VERB_SET {
        Some(set) => set.contains(w),
        None => all_task_verbs().any(|v| *v == w),
    }
}

/// Whether a clause proposes work: it opens with a task verb (`Increase the disk size?`).
pub fn proposes(clause: &str) -> bool {
    let first = clause.trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().next().unwrap_or("");
    if first.is_ascii() {
        // no lower-case copy of the word on the heap: a short one is looked up in the set
        let mut buf = [0u8; 32];
        if let (Some(set), Some(lower)) = (&*TASK_VERB_SET, buf.get_mut(..first.len())) {
            lower.copy_from_slice(first.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|w| set.contains(w));
        }
        return all_task_verbs().any(|v| v.eq_ignore_ascii_case(first));
    }
    let first = first.to_lowercase();
    is_task_verb(&first)
}

/// `@b look into the patchsets`: a line that opens with handles and a task verb.
static HANDLE_VERB_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^[\s\-*>=→]*({HANDLE_LIST})\s*:?\s+([a-z][a-z-]*)(\s.*)$")).expect("valid regex")
});

/// The item of a line that opens with handles and a task verb (`@b look into …`).
fn handle_task_line(t: &str) -> Option<(Vec<String>, String)> {
    let c = HANDLE_VERB_LINE.captures(t)?;
    let verb = &c[2];
    if !is_task_verb(verb) || NOT_VERBS.contains(&verb) {
        return None;
    }
    let owners = handles(&c[1]);
    Some((owners, tidy_task(&format!("{verb}{}", &c[3]))))
}

/// Whether a heading starts a review of carried action items ("Pending action items").
pub fn is_review_heading(title: &str) -> bool {
    action_heading(title) && CARRIED_HEADING.is_match(title)
}

/// Whether a heading heads action items, read without its number (`## 1. Follow-ups from last
/// week`).
fn action_heading(title: &str) -> bool {
    let t = unnumbered(title);
    // (`TOP 2 – Minutes of 24.02. / open tasks`, `Minutes 10.03. & open tasks`: one part of a
    // heading of several says it)
    let names = |t: &str| {
        ACTION_HEADING.is_match(t)
            || [" / ", " & "]
                .iter()
                .any(|sep| t.contains(sep) && t.split(sep).skip(1).any(|part| ACTION_HEADING.is_match(part.trim())))
    };
    // `TO DO (2024-04-22)`, `ToDos – 12.03.`: the date the list was written is no part of its name
    names(t) || {
        let undated = without_trailing_date(t);
        undated.len() < t.len() && names(undated)
    }
}

/// A heading without a date closing it, in parentheses or after a dash or colon: `TO DO
/// (2024-04-22)` → `TO DO` (not `Action items from 2024-04-22`, whose `from` needs its date).
fn without_trailing_date(t: &str) -> &str {
    let trimmed = t.trim_end();
    if !trimmed.ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == '.') {
        return t;
    }
    match TRAILING_DATE.find(trimmed) {
        Some(m) if m.start() > 0 => &trimmed[..m.start()],
        _ => t,
    }
}

/// A date closing a heading: `(2024-04-22)`, `- 12.03.2024`, `: 2024-04-22`.
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"\s*(?:\(\s*|[-–—:,]\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?)\s*\)?\s*$")
        .expect("valid regex")
});

/// A heading without the number that opens it: `1. Follow-ups` → `Follow-ups`, `2.3) Tasks`,
/// `TOP 4 – Aufgaben` (not `2025 plans`: a number without its dot or parenthesis stays).
fn unnumbered(title: &str) -> &str {
    let t = title.trim_start();
    let t = match t.get(..4) {
        Some(top) if top.eq_ignore_ascii_case("top ") => &t[4..],
        _ => t,
    };
    let digits = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if digits == 0 || !t.as_bytes()[0].is_ascii_digit() {
        return title;
    }
    let rest = &t[digits..];
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let numbered = t[..digits].contains('.') || rest.len() < t[digits..].len() || title.trim_start().len() != t.len();
    let rest = rest.trim_start_matches([' ', '-', '–', '—', ':']);
    if numbered && !rest.is_empty() {
        rest
    } else {
        title
    }
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![
    BOARD_COLUMN,
    NAME_THEN_HANDLE_TO,
    FOLLOW_UP_BY,
    ISSUE_REF_LEAD,
    SPEECH_ACT_LABEL,
    DONE_MID,
    TICKET_KEY,
    ACTION_ID,
    OWNER_ARROW,
    DUE_CELL,
    WHO_CELL,
    WHAT_CELL,
    WHO_ARROW,
    OWNER_LINE,
    PAREN_OWNERS_STATUS,
    HANDOVER,
    FULL_NAME_COLON,
    ACTION_HEADING,
    ACTION_COLUMN,
    DONE_HEADING,
    OPEN_HEADING,
    CARRIED_HEADING,
    HANDLES,
    HANDLE,
    GROUP_OWNER,
    NAME_OWNER,
    TRAILING_PAREN_HANDLES,
    TRAILING_OWNER_LABEL,
    TRAILING_BRACKET_HANDLES,
    TRAILING_OWNERS,
    TRAILING_SEP_HANDLES,
    DONE_START,
    DONE_END,
    DONE_WORD_END,
    DONE_PREFIX,
    DONE_NOTE_END,
    CANCELLED,
    NO_ACTION,
    SHORT_REF,
    HANDLE_ASSIGN,
    HANDLE_WIRD,
    NICHT_AUFGABE,
    WORK_LABEL,
    ROLE_OBJECT,
    HANDLE_TAKES_ON,
    RESPONSIBLE_FOR,
    HANDLE_WITH_TIE,
    ACTION_FOR,
    NAME_HANDLE_ASSIGN,
    MID_HANDLE_ASSIGN,
    MODAL_HANDLE,
    HANDLE_DOIT,
    NAME_TO,
    PASSIVE_BY,
    PASSIVE_BY_HANDLE,
    NEEDED_FROM,
    REVIEW_BY,
    ANSWER_WORD,
    QUESTION_WORD,
    PAREN_CLAUSE,
    FOR_REVIEW,
    NEEDS_TO_BE_TAIL,
    PASSIVE_TAIL,
    ARROW_MODAL,
    ARROW_HANDLE_PRESENT,
    ARROW_START,
    CONCESSION,
    LEADING_REMARK,
    MID_REMARK,
    REMARK_CLAUSE,
    CONDITION_TAIL,
    ENUM_DETAIL,
    URL_IN_TASK,
    WILL_PAREN_DOER,
    DOING_AND_WILL,
    TOGETHER_WITH,
    PAREN_PASSIVE,
    WE_PAREN,
    TO_BE_DONE,
    TO_BE_START,
    TRAILING_ARROW_HANDLES,
    LAST_ARROW,
    WORK_NOUN,
    DURATION_START,
    ASSIGNED_TO_NAME,
    TRAILING_ARROW_GROUP,
    STILL_NEEDED,
    PAREN_WORK_ARROW,
    STILL_OPEN,
    BARE_WORK,
    WILL_BE_DONE,
    WILL_BE_TALKED,
    TRAILING_DATE,
    WILL_DO_IT,
    PASSIVE_TASK,
    PAREN_TASK_OWNER,
    PAREN_VERB_HANDLE,
    WORK_TO,
    HEDGED,
    ENDS_WITH_HANDLE,
    ROLE_QUESTION,
    ROLE_HEADING,
    ACTION_INTRO,
    OWNED_INTRO,
    NOT_TASK_LABEL,
    QUESTION_LABEL,
    WHO_LABEL,
    WHO_WHAT,
    TODOS_LEAD,
    PAREN_GROUP,
    LISTED_REF,
    HAVE_A,
    AI_AT,
    NAME_IN_PAREN,
    PAREN_THEN_HELPERS,
    HEADER_CELL,
    STATUS_CELL,
    OWNER_LABEL,
    WHO_QUESTION,
    ANSWER,
    VOLUNTEER_WANTED,
    THE_TEAM_ITSELF,
    TEAM_HEADING,
    ASKS,
    WHAT_OR_WHICH,
    HANDLE_VERB_LINE,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str) -> (Vec<String>, String) {
        match parse_ai(s) {
            Some(Ai::Item { owners, text }) => (owners, text),
            other => panic!("no item in {s:?}: {other:?}"),
        }
    }

    #[test]
    fn spellings() {
        assert_eq!(item("AI @fkr: send mail"), (vec!["fkr".into()], "send mail".into()));
        assert_eq!(item("AI: @fkr to write out epic"), (vec!["fkr".into()], "write out epic".into()));
        assert_eq!(
            item("Backups: Needs to be evaluated -> AI: @master-caster, @fkr issue#400"),
            (vec!["master-caster".into(), "fkr".into()], "Backups: Needs to be evaluated".into())
        );
        assert_eq!(item("AI: Matej pings Oliver"), (vec!["Matej".into()], "ping Oliver".into()));
        assert_eq!(item("AI(berendt): ask Vexxhost"), (vec!["berendt".into()], "ask Vexxhost".into()));
        assert_eq!(item("@AI garloff: Open PR"), (vec!["garloff".into()], "Open PR".into()));
        assert_eq!(
            item("Do we need rate-limit protection? (AI research @matofeder)"),
            (vec!["matofeder".into()], "Do we need rate-limit protection?".into())
        );
        assert_eq!(item("AI Itrich: Create PR"), (vec!["Itrich".into()], "Create PR".into()));
        assert_eq!(item("AI: Split epic into two (@tibeer)"), (vec!["tibeer".into()], "Split epic into two".into()));
        assert_eq!(item("AI @a & @b: test it"), (vec!["a".into(), "b".into()], "test it".into()));
        assert_eq!(parse_ai("AI:"), Some(Ai::Intro));
        assert_eq!(parse_ai("No AI for `x` in MVP3"), None);
        assert_eq!(parse_ai("GPGPU (CUDA) for AI"), None);
        assert_eq!(parse_ai("AI's will follow from that meeting"), None);
        assert_eq!(parse_ai("check AI for the cluster"), None);
        assert_eq!(item("check AI from last time: set up meeting"), (vec![], "set up meeting".into()));
    }

    #[test]
    fn done_markers() {
        assert_eq!(strip_done("close #443 - DONE"), ("close #443".into(), true));
        assert_eq!(strip_done("Send out invitation - ✅"), ("Send out invitation".into(), true));
        assert_eq!(strip_done("keep going"), ("keep going".into(), false));
    }
}
