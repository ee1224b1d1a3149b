//! Per-meeting facts: title, minute-takers, participants, links, each team's
//! minutes link, new members, hackathons, lightning talks, and decisions.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::doc::{Doc, Kind, Node, KW_DECISION, KW_EVENT, KW_MINUTES, KW_PEOPLE};
use super::AnyOf;
use crate::minutes::memo;
use crate::model::meeting::{Decision, Meeting};
use crate::text::contains_ci;

static MINUTES_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^(?:(?:host|chair|moderation|moderator|facilitator|recording)\s*[+&/]\s*)?(?:minutes|minute[- ]?takers?(?:\(s\))?|minutes?[- ]taking(?:\s*[&+/]\s*(?:transfer|upload))?|protocol|notes by|taking minutes|taking notes|minutes by|protokoll(?:ant(?:in)?|führung|führer(?:in)?)?|schriftführ(?:er|erin|ung)|scribes?(?:\(s\))?|note[- ]?takers?(?:\(s\))?|notes?[- ]?taking|minutes?[- ]?keeper|note[- ]?keeper|keeper of (?:the )?minutes|secretary|mitschrift|compte[- ]rendu|prise de notes|secrétaire(?: de séance)?|rédact(?:eur|rice)|notes?\s*/\s*(?:minutes|protocol|protokoll)|recorder|(?:minutes|notes|protocol)\s+(?:(?:were|was|are)\s+)?taken\s+by)(?:\s*/\s*(?:minutes|protocol|protokoll|notes|summary|transfer|upload))?(?:\s*(?:[+&/]|and|und)\s*(?:moderation|moderator|facilitat\w*|host(?:ing)?|chair\w*|recording|timekeep\w*))?\s*:\s*(.*)$|^(?:minutes|protocol|protokoll|scribe|note[- ]?taker)\s+(@[A-Za-z0-9][\w-]*(?:\s*(?:,|&|and)\s*@[A-Za-z0-9][\w-]*)*)\s*$|^(?:minutes?|minute[- ]?takers?|note[- ]?takers?|protocol|protokoll|scribe|secretary)\s+[-–—]\s+(@[A-Za-z0-9].*|(?-i:[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+){0,2})\s*\(@[A-Za-z0-9-]+\).*)$|^(?:minute[- ]?takers?|note[- ]?takers?|scribe|secretary|protokollant(?:in)?)\s+[-–—]\s+((?-i:[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+){0,2}))\s*$|^(?:host|chair|moderation|moderator|facilitator)\s*[+&/]\s*notes\s*:\s*(.*)$|^notes\s*:\s*(@.*|(?:(?-i:[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+){0,2})(?:\s*\(@[A-Za-z0-9-]+\))?|[a-zà-ÿ][\w.-]*(?:\s[a-zà-ÿ][\w.-]*)?\s*\(@[A-Za-z0-9-]+\))(?:\s*\([^()]*\))?(?:\s*;.*|\s+(?:--|—|–)\s.*|\s+[a-z]+(?:\s+[a-z]+)?(?:\s*,\s.*)?|\s*,\s.*)?|.{0,80}?(?-u:\b)by\s+@.*)\s*$|^(?:[\w ]{0,20}?\s)?(?:written|typed up|compiled|summari[sz]ed)\s+by\s+(@.*|[\w -]{1,30}\(@[A-Za-z0-9-]+\).*)$")
        .expect("valid regex")
});
static RESPONSIBLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?:responsible for the minutes|transfer of (?:the )?minutes|minutes transfer|minutes \(writing|writing the minutes)[^:]*:\s*(.*)$")
        .expect("valid regex")
});
static MINUTES_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(transforming .*minutes|minutes .*(transfer|github)|community call and minutes|minutes transfer|transfer(?:ring)? (?:the )?minutes)")
        .expect("valid regex")
});
/// Headings of the participants list.
pub(crate) static PARTICIPANTS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)participants|attendees|attendance|teilnehmer|^\W*(?:present|anwesend|attending)\W*$")
        .expect("valid regex")
});
static NEW_MEMBERS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)new (team )?members?|newcomers?|introduction of new|^\W*welcome(?-u:\b)|new colleagues?")
        .expect("valid regex")
});
static HACKATHON: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(r"(?i)hackathon").expect("valid regex"));
static LIGHTNING: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(r"(?i)lightn?ing\s+talk").expect("valid regex"));
static NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:next week|next time|next|upcoming|in two weeks)(?-u:\b)\s*[:\-–—]?\s*")
        .expect("valid regex")
});
static THIS_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:today|this week|now|spontaneous)(?-u:\b)\s*[:\-–—]?\s*").expect("valid regex")
});
static NONE_WORDS: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^\W*(no|none|nothing|not|n/a|tbd|tba|-)(?-u:\b)").expect("valid regex"));
/// Words that open how the minutes fare rather than who took them.
const STATUS_WORDS: &str = "may|might|will|would|should|could|shall|can|to be|are|is|were|was|waiting|pending|still|later|follow(?:s|ing)?|coming|published|unpublished|available|see|in progress|wip";
/// `Minutes: may be published later`, `Minutes: Will follow`: how the minutes fare, no name
/// (`Minutes: Will` or `Will Smith` name a person).
static STATUS_VALUE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(&format!(r"^\W*(?:(?i:{STATUS_WORDS})\s+[a-z]|(?:{STATUS_WORDS})[\s.,;!]*$)")).expect("valid regex")
});
static DECISION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)^\W*(?:basic |final |the |result of discussion\s*:\s*|(?:discussion|meeting|team|group|call|joint|common|poll|review|release|go/no-go|board|steering|sprint|scope|design|architecture) )?(?:decision|resolution|conclusion|consensus|outcome|result|agreement|vote results?|voting results?)(?:\s+(?:from|of|by)\s+[^:]{1,40})?\s*:|^\W*decisions?\s*/|^\W*(?:beschluss|beschlossen|entscheidung|entschieden|einigung|vereinbart|vereinbarung|festgelegt)\s*:\s*\S|^\W*resolved\s*:\s*[a-z]|\(\s*\d+\s*/\s*\d+\s*/\s*\d+\s*\)|(?-u:\b)for\s*:\s*\d+\s*,\s*against\s*:\s*\d+|^\W*(?:decision|outcome|conclusion|resolution|agreement|consensus)\s+[-–—]\s+\w|(?-u:\b)(?:accepted|approved|rejected|adopted) unanimously|(?-u:\b)unanimously (?:accepted|approved|rejected|adopted|agreed)|^\W*(?:accepted|approved|rejected|adopted) by (?:the |all |everyone|everybody)|(?-u:\b)(?:the )?(?:sig|team|group|board|committee|meeting|room|participants|(?-i:[A-Z]{1,3}[BC])) (?:has |have )?(?:approved|accepted|rejected|adopted|approves|accepts|rejects|adopts|decides (?:to|on|for|against|that))(?-u:\b)|(?-u:\b)(?:all|everyone|everybody) (?:present )?in favou?r(?-u:\b)|(?-u:\b)(?:agreement|consensus|decision) (?:was |has been )?reached(?-u:\b)|(?-u:\b)we (?:have |'ve )?(?:settled on|opted for|opted to|chose|picked|selected) \w|^\W*go (?:with|for) (?:option|variant|alternative|proposal|approach|solution|plan) \w|\((?:preferred|favou?red|chosen)\)|^\W*@[\w-]+ (?:has )?approved(?-u:\b)|(?-u:\b)(?:no |a |the |clear |simple |large )?majority (?:for|against|in favou?r)(?-u:\b)|(?:-+>|=+>|→)\s*(?:let['’]?s do (?:it|this|that|the \w+)|cancel)(?-u:\b)|^\W*(?:we (?:all )?)?prefer (?:to )?[a-z]|(?-u:\b)(?:strong|clear|unanimous|majority) vote (?:against|for|in favou?r)(?-u:\b)|(?-u:\b)(?:accepted|approved|rejected|adopted) (?:by|in|with) (?:a |the )?(?:vote|majority|consensus)(?-u:\b)|(?-u:\b)\d+\s*(?:for|yes|pro|in favou?r)\W+\d+\s*(?:against|no|contra)(?-u:\b)|(?-u:\b)(?:accepted|approved|rejected|adopted)\s+(?:with|by)\s+\d+\s*(?:\+1s?|votes?|yes|pro|for)(?-u:\b)|(?:^|[\s:])\+\d+\s*,\s*(?:-?\d+\s*(?:against|no|contra)|-\d+)(?-u:\b)|(?-u:\b)(?:no|not (?:have |raise |see )?any|without) objections?(?-u:\b)|(?-u:\b)(?:no ?one|nobody)(?: in the (?:call|room|meeting))? object(?:s|ed)(?-u:\b)|^\W*(?:we\s+(?:will|shall)|(?:we)?['’]ll|will|shall)\s+go\s+(?:with|for)\s+\w|,\s*(?:the\s+)?preferred (?:solution|option|way|approach)\s*[.!]?\s*$|(?:-+>|=+>|→)\s*(?:let['’]?s\s+)?(?:merge|approved?|accept(?:ed)?|go ahead)\s*[.!]?\s*$|\w\s*(?::|\s[-–—]|-+>|=+>|→)\s*(?:approved|accepted|rejected|adopted|agreed)(?:\s+by\s+(?:all|everyone|everybody|the [\w-]+))?\s*[.!]?\s*$|(?-u:\b)we (?:all )?agree,?\s+(?:that|on|to)(?-u:\b)|[;,]\s*yes,?\s+(?:let['’]?s\s+)?do (?:it|this|that)(?-u:\b)|(?-u:\b)(decided|decision (?:was|has been|is) (?:made|taken|to|that)|agreed|we will not|we won['’]t|we['’]ll not|we(?: will|['’]ll) (?:go with|go for|use|keep|stick|stay with|adopt)|we decide (?:to|for|on|against) \w|we go (?:with|for)|^\W*let['’]?s go (?:with|for) \w|we(?:'re| are) going with|resolved that|result of the \w+ (?:is|was|showed)|consensus (?:that|was|is|among|after|on|to [a-z])|there (?:is|was) (?:a )?(?:loose |broad |general )?consensus)|^\W*decisions? (?:last time|from (?:the )?last (?:time|week|meeting)|taken|made|today)\s*:|^\W*decision (?:was |has been )?(?:taken|made)(?-u:\b)|^\W*(?:-+>|=+>|→)\s*decision for\s+\w|(?-u:\b)decision (?:on|about|regarding) [^?]*(?:-+>|=+>|→)\s*\w|(?-u:\b)decision\s*(?:-+>|=+>|→)\s*\w|(?-u:\b)the answer (?:was|is) (?:clearly |a clear )?(?:a )?(?:yes|no)(?-u:\b)|(?-u:\b)concluded(?-u:\b)|^\W*(?:a\s*:\s*)?(?:(?:so|ok|okay|then|well|fine),?\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s+it is\s*(?:\([^()]{1,60}\)\s*)?(?:[.!]*(?:\s*[;:]-?[)D])?\s*$|,\s)|(?:-+>|=+>|→)\s*[\w-]+(?:\s+[\w-]+)?\s+it is\s*[.!]*\s*$|(?-u:\b)it is\s*[.!]*\s*[;:]-?[)D]\s*$|\((?:answer|a)\s*:\s*(?:yes|no)\)|(?-u:\b)preferred (?:solution|option|variant|approach|way) is(?-u:\b)|^\W*(?:[\w-]+\s+){1,4}(?:was|were|has been|have been|got) (?:chosen|selected)(?:\s+as\s+[\w -]{1,30})?[.!]?\s*$|(?-u:\b)proposal(?:\s*\([^()]{1,80}\))? (?:was |has been |got )?(?:accepted|approved|rejected)(?-u:\b)|(?-u:\b)(?:broad|general|full|common|unanimous) (?:agreement|consensus|approval)(?-u:\b)|^\W*(?:general |broad )?(?:agreement|consensus) (?:in|of|among|within) (?:the )?(?:room|group|team|meeting|participants|attendees)(?-u:\b)|^\W*(?:there (?:is|was) )?(?:the |an? )?(?:decision|agreement|consensus) (?:to|that) [a-z]|(?-u:\b)(?:discussions?|votes?|voting|poll) resulted in(?-u:\b)|[,;]\s*let['’]?s (?:merge|go (?:with|for)) \w|(?-u:\b)(?:following|as per|per|after) (?:a |the )?(?:[\w-]+ )?decision (?:from|of|on|in|taken)(?-u:\b)|(?-u:\b)decision\s+[-–—]\s+\w|^\W*(?:it (?:is|was) )?prefer+ed to [a-z]|(?-u:\b)(?:it|this|that) (?:is|was) prefer+ed(?-u:\b)|(?:-+>|=+>|→)\s*yes\s*[.!]*\s*$|(?-u:\b)no vetos?(?-u:\b)|^\W*(?:vote|voting|poll)\s*:\s*\+\d|(?:^|[\s:(])\+1s?\s+(?:from|by)\s+(?:all|everyone|everybody|the (?:group|team|room|sig))(?-u:\b)|^\W*(?:approved|accepted|rejected)\W*$|(?:^\W*|[.!;]\s+)let['’]?s (?:try|finish|go ahead with|stay with|stick (?:with|to))(?-u:\b)(?:[^:]|:\d)*$|(?-u:\b)(?:nobody|no ?one|none) (?:is |was |were )?against(?-u:\b)|^\W*we(?: will|['’]ll) go ahead with(?-u:\b)|(?-u:\b)(?:all(?: [\w-]+){0,2}|everyone|everybody|(?:the )?(?:team|group|room|sig|audience|board|committee)) (?:all )?agrees?,?\s+(?:that|on|to|with)(?-u:\b)|^\W*(?:option|variant|alternative|suggestion|motion)\s+[\w.-]{1,12}\s+(?:is |was |has been |got )?(?:accepted|approved|adopted|rejected|chosen)\W*$|(?:^\W*|:\s*)(?:(?:general|broad|full|common|clear)\s+)?(?:agreement (?:on|about|regarding)|einigung (?:auf|über)) [\w\x22“„']|(?-u:\b)we (?:have|had|reached|found) (?:an? |broad |general |full |clear )?(?:agreement|consensus) (?:that|on|about)(?-u:\b)|^\W*go (?:ahead )?with \w|(?-u:\b)(?:came|(?:have|has|had) come) to the conclusion(?-u:\b)|(?-u:\b)(?:board|assembly|committee|steering group) resolution (?:to|that|on)(?-u:\b)|(?-u:\b)vote[sd]?\s*:?\s*\d+\s*[–-]\s*\d+(?:\s*[–-]\s*\d+)?\s*:?\s*(?:carried|failed|passed|adopted|rejected|defeated)(?-u:\b)|^\W*(?:the\s+)?(?:minutes|agenda)(?:\s+(?:of|from|for)\s(?:[^.;:]|\d\.){1,30}?)?\s*:?\s*(?:(?:were|was|is|are)\s+)?(?:approved|accepted|adopted)(?-u:\b)|(?:-+>|=+>|→)\s*(?:decision|decided|consensus|agreement|conclusion|resolution)\s*:\s*\S|(?-u:\b)(?:discussion|debate)(?-u:\b)[^.;?]{0,30}(?-u:\b)(?:the\s+)?(?:result|outcome|conclusion)\s+(?:is|was)(?-u:\b)|(?-u:\b)(?:accepted|approved|rejected|adopted)\s+by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){1,3}(?:vote|majority)(?-u:\b)|^\W*(?:vote|voting|poll)(?-u:\b)[^?]{0,80}(?:-+>|=+>|→)\s*\w[^?:]*$|^\W*(?:(?:@[\w-]+|[A-Z][a-z]+)\s*:\s*)?decision (?:on|about|regarding|for) [^?:]{1,60}:\s*\S|(?-u:\b)(?:the\s+)?majority\s+(?:prefers|favou?rs|wants|voted)(?-u:\b)|^\W*(?:everyone|everybody|all of us)(?:\s*\([^()]{1,80}\))?\s+(?:all\s+)?agree[sd]?(?-u:\b)|^\W*(?:[\w/.]+(?:-[\w/.]+)*\s+){1,6}(?:is\s+|are\s+)?(?:much\s+|clearly\s+)?prefer+ed(?:\s+(?:over|instead of|rather than)\s+[^?]+)?\s*[.!]?\s*$",
    )
    .expect("valid regex")
});
/// Participles that record a verdict, in the spellings minute-takers use (English and German):
/// shared by the trailing, parenthesised and passive verdict shapes of [`VERDICT`].
const VERDICT_PARTICIPLES: &str = r"agreed|approved|accepted|adopted|endorsed|rejected|declined|vetoed|ruled out|dismissed|decided|settled|signed[- ]?off|ok['’]?e?d|okayed|green[- ]?lit|beschlossen|vereinbart|entschieden|angenommen|abgelehnt|genehmigt|festgelegt|validée?|adoptée?|actée?|décidée?|approuvée?|acceptée?|rejetée?";
/// Labels that introduce what was decided (`Beschluss: …`, `Sign-off: …`), beyond those of
/// [`DECISION`].
const VERDICT_LABELS: &str = r"approval|sign-?off|verdict|ruling|beschluss|beschlüsse|entscheidung|einigung|vereinbarung|ergebnis|fazit|(?:common|joint|shared|gemeinsame) position";
/// Words that tag a line as a decision in brackets, as a hashtag or with a check mark:
/// `[Decision] …`, `#agreed …`, `Decision ✅: …`.
const DECISION_TAGS: &str =
    r"decision|decided|agreed|agreement|consensus|resolution|conclusion|beschluss|entscheidung|einigung";
/// Who can take a decision as the subject of a verb: `we`, `the group`, `all`.
const DECIDERS: &str = r"we|all|everyone|everybody|(?:the |our )?(?:group|team|sig|room|meeting|board|committee|participants|attendees|audience|maintainers)|(?:the |a )?(?:clear |large )?majority";
/// Verbs in the past that say the deciders decided: `concurred`, `voted to`, `went with`,
/// `gave the green light`.
const VERDICT_VERBS: &str = r"concur(?:red)?|voted (?:to|for|against|in favou?r)|opted (?:for|to)|went with|chose|selected|picked|settled on|signed[- ]?off|endorsed|approved|rejected|declined|vetoed|ruled out|decided against|gave (?:the |a |its |their )?(?:green light|go-ahead|ok|okay|thumbs up)";
/// The verdict shapes built from the shared families: a label (`Sign-off: X`), a verdict after
/// a separator or in parentheses (`X – endorsed by all`, `X (beschlossen)`), a subject with a
/// verdict verb (`the group chose X`), a passive (`X was chosen for Y`), a green light given, and
/// the German active (`wir haben beschlossen`, `alle sind sich einig`).
static VERDICT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(&format!(
        r"(?i)^\W*(?:{VERDICT_LABELS}|(?:{DECISION_TAGS})s?|outcomes?|approved|accepted|rejected|adopted|not (?:accepted|approved|adopted))(?:\s*\([^()]{{1,40}}\)|\s+#?\d[\d./-]{{0,9}})?\s*:\s*\S|^\W*(?:resolved|settled|ruled)\s*:\s*[a-zäöü]|\w\s*(?::|\s[-–—]|-+>|=+>|→)\s*(?:(?:unanimously|formally|all)\s+)?(?:{VERDICT_PARTICIPLES})(?:\s+(?:by|von)\s+(?:all|everyone|everybody|allen|the [\w-]+))?(?:\s*\(\d+\s*[-:/]\s*\d+(?:\s*[-:/]\s*\d+)?\))?\s*[.!]?\s*$|\((?:(?:unanimously|formally|all)\s+)?(?:{VERDICT_PARTICIPLES})(?:\s+by\s+[^()]{{1,30}})?\)\s*[.!]?\s*$|(?-u:\b)(?:{DECIDERS})\s+(?:have\s+|has\s+|had\s+)?(?:(?:all|unanimously|finally|then)\s+)?(?:{VERDICT_VERBS})(?-u:\b)|(?-u:\b)(?:was|were|has been|have been|got)\s+(?:(?:unanimously|formally|finally)\s+)?(?:chosen|selected|endorsed|signed[- ]?off|ok['’]?e?d|okayed|green[- ]?lit|settled|ruled out|vetoed|declined)(?:\s+(?:by|for|as|on)(?-u:\b)|\W*$)|(?-u:\b)(?:has been|have been)\s+(?:(?:unanimously|formally|finally)\s+)?(?:approved|accepted|adopted|rejected)(?:\s+(?:conceptually|in principle|and [a-z]+ed)(?-u:\b)|\s*,)|(?-u:\b)(?:was|were|has been|have been|got)\s+(?:(?:unanimously|formally|finally)\s+)?(?:approved|accepted|adopted|rejected)\s+(?:by\s+(?:all|everyone|everybody|the (?:group|team|sig|board|committee|meeting|room|participants|attendees))(?-u:\b)|unanimously(?-u:\b))|(?-u:\b)(?:is|was|are|were)\s+off the table(?-u:\b)|(?-u:\b)(?:einstimmig|mehrheitlich)\s+(?:angenommen|beschlossen|abgelehnt|genehmigt|verabschiedet)(?-u:\b)|(?-u:\b)(?:angenommen|abgelehnt|genehmigt|beschlossen)\s*\(\s*\d+\s*:\s*\d+|(?-u:\b)abstimmung\s*:?\s*\d+\s*:\s*\d+|^\W*[^:]{{1,50}}\s(?:genehmigt|angenommen|abgelehnt|verabschiedet)\W*$|\+1\s+(?:von|from)\s+(?:allen|all|everyone|everybody)(?-u:\b)|(?-u:\b)(?:carried|failed|defeated)\s*[(,:]?\s*\d+\s*[-–:]\s*\d+|(?-u:\b)(?:approved|accepted|adopted|rejected)\s*\(\s*\d+\s*[-–]\s*\d+|^\W*(?:the\s+)?(?:minutes|agenda)\s+(?:of|from|for)\s[^.;]{{1,30}}?\s(?:(?:were|was|is|are)\s+)?(?:approved|accepted|adopted)(?-u:\b)|(?-u:\b)poll\s*:?\s*\d+\s*(?:to|:|-)\s*\d+(?-u:\b)|^[^:]{{1,40}}:\s*(?:accepted|approved|adopted|rejected)\s*\([^()]{{1,30}}\)|^[^:]{{1,40}}:\s*(?:[\w.-]+\s+){{1,5}}(?:approved|accepted|adopted|rejected)(?:\W*$|,\s)|(?:-+>|=+>|→)\s*(?:accepted|approved|adopted|rejected)(?-u:\b)|^\W*[\w-]+(?:\s+[\w-]+)?\s+(?:accepted|approved|adopted|rejected)\s*[,;]\s|(?:^\W*|:\s*)no[- ]go(?-u:\b)|(?-u:\b)we (?:will not|won['’]t|do not|don['’]t) (?:pursue|follow up on|go (?:with|for)|adopt)(?-u:\b)|(?-u:\b)(?:proposal|motion|suggestion|idea|plan|option|variant|alternative|goal|approach|concept)\s+(?:[\w-]+\s+|(?:to|for|of)\s+[^.;:!?]{{1,60}}?\s+)?(?:was\s+|has been\s+|got\s+)?(?:{VERDICT_PARTICIPLES})\W*$|(?-u:\b)(?:got|gets|gave|given|received)\s+(?:the\s+|a\s+)?(?:green light|go-ahead|sign-?off)(?-u:\b)|\((?:(?:unanimous|joint|team|group)\s+)?(?:consensus|decision|decided|agreement|beschluss|einig)\)\s*[.!]?\s*$|\w\s*(?:-+>|=+>|→)\s*(?:decision|consensus|agreement)(?:\s+(?:between|among|b/w|of|by|within)\s+[^?;:()]{{1,40}})?\s*[.!]?\s*$|(?-u:\b)(?:unanimous|joint|common|clear|final|formal)\s+(?:decision|vote|resolution)\s+(?:to|for|against|that|on)(?-u:\b)|(?-u:\b)(?:everyone|everybody|all)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:fine|ok|okay|happy|on board)\s+with(?-u:\b)|^\W*(?-i:DECISION|DECIDED|AGREED|BESCHLUSS)\s+[A-Za-z]|^\W*(?:green light|go-ahead)\s+(?:for|to|from)(?-u:\b)|^\W*(?:settled on|opted (?:for|to)|went with|voted (?:to|for|against))\s+\w|(?-u:\b)(?:is|was|will be)\s+(?:the way (?:to go|forward)|our (?:choice|pick)|the (?:chosen|agreed|selected) (?:one|option|way|approach|solution))(?-u:\b)|(?:^|\s)\+\d+\s*/\s*[-–]\d+(?-u:\b)|^\W*(?:\[\s*(?:{DECISION_TAGS})\s*\]|#(?:{DECISION_TAGS})(?-u:\b)|(?:{DECISION_TAGS})\s*(?:✅|✔️?)\s*:)\s*[\w\x22'`]|(?-u:\b)(?:wir|alle|das team|die gruppe|die sig)\s+(?:haben|hat|sind)\s+(?:uns\s+)?(?:\w+\s+){{0,3}}(?:beschlossen|vereinbart|entschieden|geeinigt|einig)(?-u:\b)|(?-u:\b)(?:sind sich|sind uns)\s+(?:\w+\s+)?einig(?-u:\b)|(?-u:\b)(?:wurde|wurden)\s+(?:\w+\s+){{0,3}}(?:beschlossen|vereinbart|entschieden|angenommen|abgelehnt|festgelegt)(?-u:\b)|^\W*(?:[\w-]+\s+){{0,3}}decis+ions?\s+(?:in|at|during)\s+(?:the\s+)?[^:]{{1,40}}:\s*\S|^\W*(?:d[eé]cis+ion|konsens)\s*:\s*\S|(?:^\W*|[.!]\s+)(?:acté|validé|adopté)\s*[.!]?\s*$|(?-u:\b)(?:board|committee|group|team|sig|steering group|council)\s+decides\s*:\s*\S|^\W*(?:[^:]{{1,40}}:\s*)?(?:[\w'’-]+\s+){{1,4}}(?:accepted|approved|adopted)\s+with\s+(?:(?:small|minor|some|that|the|these|those|two|a few)\s+)?(?:changes?|amendments?|modifications?|edits?|tweaks?)(?-u:\b)|(?-u:\b)so\s+(?:it|this|that|the\s+[\w-]+)\s+(?:is|was)\s+(?:accepted|approved|adopted|rejected|carried)(?-u:\b)|^\W*(?:approved|accepted|adopted)\s*(?:[,;:]\s*(?:no|without)\s+(?:changes?|objections?|amendments?)|\s+as\s+(?:is|proposed|written|presented))(?-u:\b)|(?:-+>|=+>|→)[^?]{{3,}}[,;(]\s*(?:consensus|agreed|einig|unanimous)\)?\s*[.!]?\s*$|^\W*@?[\w-]{{2,20}}\W{{0,2}}\s*:\s*(?:decision|consensus|agreed|agreement|resolution)\s*:\s*\S|(?-u:\b)wir\s+einigen\s+uns\s+(?:auf|darauf)(?-u:\b)|^\W*(?:einigkeit|konsens|einig),?\s+(?:dass|darüber)(?-u:\b)|\s[-–—]\s*so\s+(?:beschlossen|vereinbart|entschieden|agreed|decided)(?-u:\b)|(?-u:\b)(?:der vorstand|das board|der beirat|das gremium|die runde)\s+(?:hat|haben)\s+(?:\w+\s+){{0,2}}(?:beschlossen|entschieden|vereinbart|festgelegt)(?-u:\b)"
    ))
    .expect("valid regex")
});
/// Hedges, plans and deferrals around the verdict words of [`VERDICT`]: an approval still
/// needed, a vote to come, `noch nicht entschieden`, `vertagt`, `agreement between both teams
/// needed`.
static NOT_VERDICT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:need|needs|needed|require[sd]?|wait(?:ing)? for|awaiting|ask(?:ing|ed)? for|request(?:ing|ed)?|seek(?:ing)?|get|obtain)\s+(?:\w+\s+){0,2}(?:approval|sign-?off|green light|go-ahead|decision|vote|agreement|ok)(?-u:\b)|(?-u:\b)(?:approval|sign-?off|vote|voting|decision|agreement|green light)\s+(?:is\s+|was\s+)?(?:still\s+)?(?:pending|needed|required|outstanding|open|missing|expected|planned|scheduled)(?-u:\b)|(?-u:\b)(?:will|shall|going to|to)\s+(?:\w+\s+)?(?:vote|concur|choose|select|pick|sign off|endorse|approve|decide)(?-u:\b)|(?-u:\b)(?:PRs?|pull requests?|merge requests?|reviews?|talks?|papers?|speakers?|submissions?|as (?:a )?speaker)(?-u:\b)|(?-u:\b)(?:nicht|noch nicht|kein[e]?)\s+(?:\w+\s+)?(?:entschieden|beschlossen|einig|vereinbart|entscheidung|beschluss|einigung)|(?-u:\b)(?:vertagt|verschoben|noch offen|offen|später|nächste[ns]?)(?-u:\b)|(?:soll|sollen|muss|müssen|wird|werden)\s+(?:\w+\s+){0,3}(?:entschieden|beschlossen|vereinbart)|(?-u:\b)(?:that|which|why|how|what|whether|who)\s+(?:[\w-]+\s+){0,3}(?:was|were|has been|have been|got)\s+(?:chosen|selected|endorsed|signed|ok|okayed|green|settled)|^[^:]{1,40}:\s*(?:(?:none|nothing|n/a|tbd|tba)(?:\W|$)|(?:noch\s+)?keine?\s*(?:[.,;(!]|$))|\((?:still\s+)?(?:pending|open|tbd|needed|outstanding)\)|(?-u:\b)(?:agreement|consensus|decision)\s[^.;?]{0,40}(?-u:\b)(?:pending|needed|required|outstanding|missing)\W*$")
        .expect("valid regex")
});
static NOT_DECISION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)(?:can ?not|can't|could not|couldn't) be (?:\w+ )?(?:decided|agreed)|(?-u:\b)(?:would|could|might|may|should|will|shall|must|can)(?:\s+\w+)?\s+be\s+(?:\w+\s+)?prefer+ed(?-u:\b)|not (?:everyone|everybody|all of us) (?:\([^()]*\) )?agree|want to decide|decide (?:soon|later|next)|decision needed|needs? (?:a )?decision|not (?:yet )?decided|undecided|not (?:yet |still )?agreed|no decision|decision pending|should we|shall we|(?-u:\b)if(?-u:\b)[^,;.]*(?-u:\b)decided(?-u:\b)|(?-u:\b)separate (?:discussion|topic|meeting)(?-u:\b)|(?-u:\b)(?:discussed|decided|handled) separately(?-u:\b)|decided (?:to )?not (?:to )?(?:do|discuss|decide|handle|address) (?:this|it|that)(?: \w+)? (?:today|now|in this meeting)|(?:can|could|should|must|may|might|to|will|has to|have to) be (?:\w+ )?(?:decided|agreed)|needs? (?:a )?(?:consensus|majority)|^\W*@[\w-]+(?:\s*(?:,|&|and)\s*@[\w-]+)* (?:has |have )?agreed to [a-z]|no consensus|not (?:\w+ ){0,4}consensus|we(?:'ll| will) (?:have|see|meet|try|probably|need|be able|get|present|also|talk|discuss|look|not be able)|(?:on|about) whether|(?-u:\b)to be (?:taken|made|discussed|defined|clarified)(?-u:\b)|(?-u:\b)action items? (?:for|from|:)|(?-u:\b)(?:postpone[sd]?|defer(?:red)?|on hold|moved to (?:the )?next (?:meeting|call|week|session|time)|(?:discuss|talk about|check|look at|revisit) (?:it |this |that )?again)(?-u:\b)|(?:-+>|=+>|→|:)\s*(?:it )?depends(?-u:\b)|not (?:\w+ )?concluded|be concluded|(?-u:\b)would (?:need|have) to(?-u:\b)|\x22[^\x22]{3,}\x22\s*(?:-+>|=+>|→)\s*\x22|(?-u:\b)needs? (?:further|more|some) discussion(?-u:\b)|(?:^\W*|(?-u:\b)(?:an?|the|no|missing)\s+)agreed[- ]upon(?-u:\b)|agreed to disagree|(?-u:\b)still (?:unclear|open|pending|undecided|under discussion)(?-u:\b)|(?-u:\b)(?:outcome|result)s? (?:of|from) (?:the |a |our )?(?:survey|test|tests|testing|benchmarks?|measurements?|analysis|research|investigation)(?-u:\b)|^\W*[\w ]{1,30}:\s*<?https?://\S+\s*$|(?:has|have|was|were) concluded (?:the|their|its|his|her)|^\W*@[\w-]+ (?:has |have )?agreed with(?-u:\b)|(?-u:\b)continu\w* (?:of |with )?(?:the )?discussion(?-u:\b)|(?-u:\b)please (?:review|comment|vote)(?-u:\b)|(?-u:\b)let['’]?s try to(?-u:\b)|^\W*(?:[\w-]+\s*:\s*)?(?:agreement (?:on|about|regarding)|einigung (?:auf|über)) [^.;]*(?:pending|needed|required|outstanding|missing|tbd|offen|ausstehend)|(?-u:\b)nothing (?:\w+ )?(?:decided|agreed)(?-u:\b)|(?-u:\b)if (?:nobody|no ?one|no one|anyone|anybody|somebody|someone) objects?(?-u:\b)|(?-u:\b)as (?:agreed|decided) above(?-u:\b)|(?-u:\b)(?:ist|sind) (?:noch|weiterhin) offen(?-u:\b)|(?-u:\b)what (?:we|was|has been|had been) (?:already |have |had )*(?:agreed|decided)(?-u:\b)|(?-u:\b)future work(?-u:\b)|^\W*decisions?\s*:\s*[^.;:>→?]{1,60}\s(?:vs\.?|versus)\s[^.;:>→]{1,40}$|(?:^\W*|(?:-+>|=+>|→)\s*)(?:this |it |that )?(?:will|shall|to) be (?:discussed|talked about|revisited|looked at)(?:\s+(?:later|again|next time|separately|offline))?\s*[.!]?\s*$|^\W*(?:decisions?|agreements?|outcomes?|results?)\s*:\s*(?:see|cf\.?|siehe)(?-u:\b)|^\W*(?:decisions?|agreements?|outcomes?|results?|consensus|konsens|entscheidung(?:en)?|beschl(?:uss|üsse)|ergebnis(?:se)?|d[eé]cisions?)\s*:\s*(?:none|nothing|n/?a|tbd|tba|(?:noch\s+)?keine?|aucune?|rien|-+|—|–)\W*$",
    )
    .expect("valid regex")
});
/// A first heading that names the meeting (rather than a section like "Participants").
static TITLE_WORDS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)\d{4}|weekly|call|meeting|session|workshop|sig\b|team|overflow|minutes|retro|review|kick|summit|hackathon|regulations|certif")
        .expect("valid regex")
});
/// A vote's count and result: `Vote 4–1–2: carried`, `(6/0/1)`, `For: 6, Against: 0`, `carried
/// unanimously`.
static VOTE_RESULT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)vote[sd]?\s*:?\s*\d+\s*[–/:-]\s*\d+|\(\s*\d+\s*/\s*\d+\s*/\s*\d+\s*\)|(?-u:\b)(?:carried|adopted|passed) unanimously(?-u:\b)|(?-u:\b)unanimously (?:carried|adopted|approved|accepted|passed)(?-u:\b)|(?-u:\b)vote[sd]?(?-u:\b)[^.;]{0,20}(?-u:\b)carried(?-u:\b)|(?-u:\b)for\s*:\s*\d+\s*,\s*against\s*:\s*\d+")
        .expect("valid regex")
});
/// A body that decides, in words: `the committee agreed that …`, `we decided to …`, `the board
/// decides: …`, `steering decided no budget …`.
static GROUP_DECIDED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(&format!(
        r"(?i)(?-u:\b)(?:{DECIDERS}|steering(?: group| committee)?)\s+(?:has\s+|have\s+)?(?:agreed|decided|decides|agrees)\s+(?:that|to|not to|on|against|for|no)(?-u:\b)|(?-u:\b)(?:{DECIDERS})\s+decides\s*:"
    ))
    .expect("valid regex")
});
static TENDERISH: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(r"(?i)tender|procurement").expect("valid regex"));

/// The new member named by a heading: `New member dNation`, `Newcomer to the
/// team: Jan`, `Welcome Regina Metz!` (not `Welcome ...` or `Welcome our 5th provider`).
fn heading_member(h: &str) -> Option<String> {
    let h = h.trim();
    let who = if let Some((_, who)) = h.split_once(':') {
        if !NEW_MEMBERS.is_match(h) {
            return None;
        }
        who
    } else if let Some(who) = h.strip_prefix("New member ") {
        who
    } else if let Some(who) = h.strip_prefix("Welcome ") {
        let first = who.split_whitespace().next().unwrap_or("");
        if matches!(first.to_lowercase().as_str(), "to" | "our" | "new" | "all" | "the" | "everyone" | "back")
            || first.starts_with("..")
            || !first.chars().next().is_some_and(|c| c.is_uppercase() || c == '@')
        {
            return None;
        }
        who
    } else {
        return None;
    };
    let who = who.trim().trim_end_matches(['!', '.', ' ']).trim();
    (!who.is_empty()).then(|| who.to_string())
}

/// `Hackathons`, `SCS Hackathon`, `Hackathon news`: its items are hackathons.
/// A specific heading (`Gaia-X Hackathon #5`) names the hackathon itself.
fn generic_hackathon_heading(h: &str) -> bool {
    h.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| {
        matches!(
            w,
            "hackathon" | "hackathons" | "scs" | "community" | "news" | "updates" | "update" | "upcoming" | "events"
        )
    })
}

/// The people a minute-taker value names: `@a & @b`, `Ann, then Bo (@bo)`, `@a (until 14:35)`,
/// `Eve (first time, be gentle)`, `@a; transfer to the repo: @b`, `… cleaned up by @a`,
/// `@a (Ilse transfers them to the repo)`. Parts that read as a clause (`TR is on holiday`)
/// name nobody.
fn split_names(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in split_outside_brackets(s) {
        let mut remarks = Vec::new();
        let bare = without_remarks(part, &mut remarks);
        if let Some(p) = taker_name(part, &bare) {
            out.push(p);
        }
        // `(Ilse transfers them to the minutes repo afterwards)`, `(transferred to GitHub by
        // Ingrid)`: a second taker in a remark
        for r in remarks {
            if let Some(who) = TRANSFERS.captures(r).and_then(|c| c.get(1).or(c.get(2))) {
                out.push(who.as_str().to_string());
            }
        }
    }
    let mut seen: Vec<String> = Vec::new();
    out.retain(|p| {
        let key = p.to_lowercase();
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    out
}

/// The value split at `,` `&` `/` `+` `;` `·` `|` `•` and ` and `/` und ` outside
/// parentheses and brackets.
fn split_outside_brackets(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ',' | '&' | '/' | '+' | ';' | '·' | '|' | '•' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            ' ' if depth == 0 => {
                let rest = &s[i..];
                if let Some(w) = [" and ", " und "].iter().find(|w| rest.starts_with(**w)) {
                    parts.push(&s[start..i]);
                    start = i + w.len();
                    // skip the rest of the word
                    while it.peek().is_some_and(|(j, _)| *j < start) {
                        it.next();
                    }
                }
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// The part without its remarks in parentheses or brackets (which go to `remarks`); a part
/// that is all brackets (`[TR]`) is unwrapped.
fn without_remarks<'a>(p: &'a str, remarks: &mut Vec<&'a str>) -> String {
    let t = p.trim();
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if !inner.contains(['[', ']']) {
            return inner.trim().to_string();
        }
    }
    let mut out = String::with_capacity(p.len());
    let (mut depth, mut open) = (0i32, 0);
    for (i, c) in p.char_indices() {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    open = i + 1;
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    remarks.push(&p[open..i]);
                }
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    // an unclosed remark: `Bodo (first time` (the value was cut)
    if depth > 0 {
        remarks.push(&p[open..]);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Ilse transfers them to the repo`: the name in a remark that gives a second role.
static TRANSFERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^\s*(@[A-Za-z0-9][\w-]*|[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?) (?:transfers|uploads|copies|moves|pushes|types up|writes up|takes over|überträgt)(?-u:\b)|^\s*(?:transferred|uploaded|copied|moved|pushed|typed up|written up|übertragen)(?-u:\b)[^()]{0,60}?(?-u:\b)(?:by|von)\s+(@[A-Za-z0-9][\w-]*|[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)\s*$")
        .expect("valid regex")
});

/// What a minute-taker did with the minutes, after their name (`Mira wrote`).
const TAKER_VERBS: &[&str] = &[
    "wrote",
    "writes",
    "took",
    "takes",
    "typed",
    "types",
    "transferred",
    "transfered",
    "transfers",
    "uploaded",
    "uploads",
    "pushed",
    "pushes",
    "copied",
    "copies",
    "moved",
    "cleaned",
    "summarised",
    "summarized",
];

/// Small words inside names (`Lotte van der Beek`, `Ana de Sousa`).
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos", "das", "ter", "ten", "zu", "bin",
    "al", "el",
];
/// Words before a name that are no part of it (`then Tobias`).
const NAME_LEADS: &[&str] = &["then", "and", "later", "afterwards", "first", "dann", "und", "später"];

/// A label of another role than the minutes' (`Moderation: @b`), at the start of a line or of
/// a part of a minute-taker's value.
static OTHER_ROLE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:moderat\w*|chair\w*|host(?:ing)?|facilitat\w*|lead|leitung|time[- ]?keep\w*|agenda|participants|attendees|present|teilnehm\w*)\s*:")
        .expect("valid regex")
});
/// A table cell that is a minute-taker's label alone (`| Minutes | @a |`).
static BARE_TAKER_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:minutes|minute[- ]?takers?|note[- ]?takers?|notes|protocol|protokoll|scribe|secretary|note[- ]?taking|minutes?[- ]?taking|mitschrift)\W*$")
        .expect("valid regex")
});

/// The person one part of a minute-taker value names (`bare`: the part without its remarks).
fn taker_name(part: &str, bare: &str) -> Option<String> {
    // `Protokoll: @a, Moderation: @b`: the part after the taker names another role
    if OTHER_ROLE.is_match(part) {
        return None;
    }
    // `@a; transfer to the repo: @b`: a second role's label before its handle (then the part
    // without remarks is read from there)
    let (part, relabelled) = match part.rsplit_once(": @") {
        Some((label, h)) if TAKER_PART.is_match(label) => (&part[part.len() - h.len() - 1..], true),
        // (`transfer: Hana`, and `transfer @b` without the colon, whose `@` stays with the handle)
        _ => {
            let t = part.trim();
            let labelled = t
                .split_once(": ")
                .map(|(l, who)| (l, who, 0))
                .or_else(|| t.split_once(" @").filter(|(l, _)| !l.contains(' ')).map(|(l, who)| (l, who, 1)));
            match labelled {
                Some((label, who, at_sign)) if SECOND_ROLE.is_match(label) && !who.trim().is_empty() => {
                    // (where `who` starts in `part`, whatever spaces surround the part)
                    let at = who.as_ptr() as usize - part.as_ptr() as usize - at_sign;
                    (&part[at..], true)
                }
                _ => (part, false),
            }
        }
    };
    let clean = |p: &str| -> String {
        let p = p.trim().trim_matches(|c: char| c == '*' || c == '_' || c == '.' || c == '`').trim();
        // `=> matfechner`: the arrow answers the question, it is no part of the name; `??? @x`:
        // the question marks of an unsure note neither
        let mut p = p.trim_start_matches(['-', '=', '>', '→', '?', ' ']);
        while let Some((w, rest)) = p.split_once(' ') {
            if NAME_LEADS.contains(&w.to_lowercase().as_str()) {
                p = rest.trim_start();
            } else {
                break;
            }
        }
        p.to_string()
    };
    let whole = clean(part);
    // `Tilda Jansen (@tjansen)`: the name tied to its handle is the handle
    if let Some(h) = name_with_handle(&whole) {
        return Some(format!("@{h}"));
    }
    let p = if relabelled { clean(&without_remarks(part, &mut Vec::new())) } else { clean(bare) };
    if p.is_empty() || p.len() > 60 || SECOND_ROLE.is_match(&p) && !p.contains(' ') {
        return None;
    }
    // `@o-otte :)` -> `@o-otte`
    if p.starts_with('@') {
        return handle_at(&p);
    }
    // `Coop @b`, `Anna Berg @ab`: a word or two before the handle that closes the part
    if let Some((before, h)) = p.rsplit_once(" @") {
        if !before.contains('@') && before.split_whitespace().count() <= 2 && !h.contains(' ') {
            return handle_at(&p[before.len() + 1..]);
        }
    }
    // `chat log cleaned up by @a`, `sent round by Rosa`: the one named after the last `by`
    if let Some((before, who)) = p.rsplit_once(" by ") {
        if !before.trim().is_empty() {
            // (`transferred to the repo by Olek afterwards`)
            let who = who.trim();
            let who = ["afterwards", "later", "after the call", "after the meeting"]
                .iter()
                .find_map(|a| who.strip_suffix(a))
                .map_or(who, str::trim_end);
            if who.starts_with('@') {
                return handle_at(who);
            }
            return name_like(who).then(|| who.to_string());
        }
    }
    if NONE_WORDS.is_match(&p) && p.split_whitespace().count() == 1 {
        return None;
    }
    // `Teodora for the first 20 min`, `Sven until 14:30`: a name, then when
    if let Some((name, rest)) = p.split_once(' ') {
        let when = rest.split_whitespace().next().unwrap_or("");
        if ["for", "until", "till", "from", "bis", "during", "after", "before"].contains(&when)
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().skip(1).all(char::is_lowercase)
            && name.len() > 1
        {
            return Some(name.to_string());
        }
    }
    // `Mira wrote`, `Priya transferred them to the repo`: a name, then what they did with the minutes
    if let Some((name, rest)) = p.split_once(' ') {
        let verb = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        if TAKER_VERBS.contains(&verb.as_str()) && name.chars().next().is_some_and(char::is_uppercase) && name.len() > 1
        {
            return Some(name.to_string());
        }
    }
    // "@x, report in the Tech Weekly on 2026-11-05": the rest is no name
    let long_number = p.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    (p.split_whitespace().count() <= 4 && !long_number && name_like(&p)).then_some(p)
}

/// The handle a part opens with (`@a_b ✍️` → `@a_b`).
fn handle_at(p: &str) -> Option<String> {
    let h: String =
        p.chars().take_while(|c| *c == '@' || c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    let h = h.trim_end_matches(['_', '-']);
    (h.len() > 1).then(|| h.to_string())
}

/// A name, not a clause: one word (`bodo`, `matfechner`), or words that each open with a
/// capital apart from the small words of names (`TR is on holiday` reads as a clause).
fn name_like(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    words.len() == 1
        || words.iter().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase()) || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
}

/// `Who transfers these minutes to the repo? -> @b`: a question about the transfer, answered.
static LATER_TRANSFER: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*who\s+(?:transfers|will transfer|is transferring|uploads|copies|moves|pushes)(?-u:\b).{0,40}(?:minutes|notes|protocol)[^?]*\?\s*\S")
        .expect("valid regex")
});
/// `@quillon (notes)`, `Priya (minutes)`: a person with the minute-taker's role in parentheses.
static ROLE_REMARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(@[A-Za-z0-9][\w-]*|(?-u:\b)[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)\s*\((?i:notes|minutes|protocol|protokoll|scribe|note[- ]?taker|minute[- ]?taker)\)")
        .expect("valid regex")
});

/// The label of a second role in a minute-taker's value (`…; transfer to the repo: @b`).
static TAKER_PART: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)transfer|minutes|notes|protocol|protokoll|upload|[üÜ]bertrag").expect("valid regex")
});

/// The label of a second role with the minutes (`transfer`, `cleanup & transfer`, `upload`).
static SECOND_ROLE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:clean[- ]?up|transfer(?:red)?|upload(?:ed)?|push(?:ed)?|[üÜ]bertrag(?:en|ung)?)(?:\s+(?:to|into|ins)\s+[^:]{0,40})?\W*$")
        .expect("valid regex")
});

/// The handle of `Name (@handle)`: a name followed by its handle in parentheses.
/// (`Tilda (@tilrask) writing`, `Devika (@devnair) cleans up`: a role in small letters may follow.)
fn name_with_handle(p: &str) -> Option<&str> {
    let (name, rest) = p.split_once("(@")?;
    let (h, after) = rest.split_once(')')?;
    let role = after.split_whitespace().count() <= 4
        && after.split_whitespace().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let ok = !name.trim().is_empty() && !name.contains(['(', ')', '@']) && super::doc::handle_chars(h) && role;
    ok.then_some(h)
}

fn valid_taker(v: &str) -> bool {
    let v = v.trim();
    !v.is_empty()
        && !v.contains("http")
        && !v.contains("://")
        && !NONE_WORDS.is_match(v)
        && !STATUS_VALUE.is_match(v)
        && !v.starts_with('(')
        // (remarks in parentheses are no part of the count: `@a (Ilse transfers them to the repo)`)
        && (v.split_whitespace().count() <= 8 || {
            let bare_words = without_remarks(v, &mut Vec::new()).split_whitespace().count();
            bare_words <= 8
                // (`Tilda (@t) writing, Devika (@d) cleans up + pushes to the repo`: short parts)
                || bare_words <= 20 && split_outside_brackets(v).iter().all(|p| short_taker_part(p))
        })
}

/// A part of a minute-taker value short enough to name its people: six words, or a longer
/// one that ends with them after `by` (`log transferred to the pad by @b`) or after a second
/// role's label (`transfer to the minutes repo: @b next week`).
fn short_taker_part(p: &str) -> bool {
    let bare = without_remarks(p, &mut Vec::new());
    bare.split_whitespace().count() <= 6
        || bare.rsplit_once(" by ").is_some_and(|(_, who)| who.split_whitespace().count() <= 2)
        || bare.split_once(": ").is_some_and(|(_, who)| who.split_whitespace().count() <= 3)
}

/// A line or heading about who takes or transfers the minutes.
static TAKER_ROLE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?:minutes|protocol|notes).{0,40}(?:who|transfer|feed|transform|writ|tak|by(?-u:\b))|(?:who|transfer|feed|transform|writ|tak|push|upload|copy|mov|creat).{0,60}(?:minutes|protocol)|^\W*who\s+(?:takes|writes|is taking|does)\s+(?:the\s+)?notes\s*\?|minute[- ]transfer|^\W*wer\s+(?:schreibt|protokolliert|führt)(?-u:\b)")
        .expect("valid regex")
});
/// A heading of the minutes' role alone or joined with another (`## Reporting & minutes`,
/// `## Minutes`), over the list of who does it (`Notes` alone heads the notes themselves).
static MINUTES_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:[\w-]+(?:\s+[\w-]+){0,2}\s*(?:&|and|\+|/|,|und)\s*)?(?:minutes|protocol|protokoll|minute[- ]?taking|note[- ]?taking)(?:\s*(?:&|and|\+|/|und)\s*[\w-]+(?:\s+[\w-]+){0,2})?\W*$|^\W*(?:[\w-]+(?:\s+[\w-]+){0,2}\s*(?:&|and|\+|/|,|und)\s*notes|notes\s*(?:&|and|\+|/|und)\s*[\w-]+(?:\s+[\w-]+){0,2})\W*$")
        .expect("valid regex")
});
/// `Minutes taking & transfer: @x`, `Protocol: Anna`, `Notes by Bob`, `Minute taker - Eve`.
static TAKER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)^\W*(?:[\w &/(),'-]{0,40}?(?:minutes?|protocol|notes)[\w &/(),'-]{0,60}?)\s*(?::|(?-u:\b)by(?-u:\b)|\s[-–—]\s)\s*(.+)$")
        .expect("valid regex")
});
/// `… notes by @a and @b …` inside a sentence, with the word before `notes`.
static NOTES_BY_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)(?:^|[^\w@])(\w+\s+)?(?:minutes|notes|protocol)\s+(?:(?:were|are|was)\s+)?(?:taken\s+)?by\s+(@[A-Za-z0-9][\w-]*(?:\s*(?:,|&|\+|and)\s*@[A-Za-z0-9][\w-]*)*)")
        .expect("valid regex")
});
/// Notes that are a piece of work, not the minutes (`release notes by @a`).
const WORK_NOTES: &[&str] = &[
    "release",
    "speaker",
    "patch",
    "design",
    "lecture",
    "field",
    "sticky",
    "handover",
    "upgrade",
    "installation",
    "reading",
    "the",
    "these",
    "those",
    "his",
    "her",
    "their",
    "your",
    "our",
];

/// The handles at the start of a value: `@a, @b is volunteering` → `@a, @b`.
static LEADING_HANDLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"^@[A-Za-z0-9][A-Za-z0-9_-]*(?:\s*(?:,|&|and|/)\s*@[A-Za-z0-9][A-Za-z0-9_-]*)*")
        .expect("valid regex")
});
/// `Label: value` answers below a question; labels about minutes win.
static LABELLED: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^\s*([^:@]{1,60}):\s*(.+)$").expect("valid regex"));

/// The minute-taker among the answers below a question or heading: the value of a
/// `Minutes…: x` answer when labelled answers are given, else the plain answers.
fn pick_taker(answers: &[String]) -> Option<String> {
    let labelled: Vec<(String, String)> =
        answers.iter().filter_map(|a| LABELLED.captures(a).map(|c| (c[1].to_lowercase(), c[2].to_string()))).collect();
    if !labelled.is_empty() {
        let v: Vec<String> = labelled
            .iter()
            .filter(|(l, _)| {
                l.contains("minute") || l.contains("protocol") || l.contains("transfer") || l.contains("notes")
            })
            .map(|(_, v)| v.clone())
            .filter(|v| valid_taker(v))
            .collect();
        if !v.is_empty() {
            return Some(v.join(", "));
        }
    }
    let plain: Vec<String> = answers.iter().filter(|a| !LABELLED.is_match(a) && valid_taker(a)).cloned().collect();
    (!plain.is_empty()).then(|| plain.join(", "))
}

/// The value of a minute-taker label (`Minutes: x`, `Notes: @x`), as written.
fn minutes_by(text: &str) -> Option<Cow<'_, str>> {
    // `(Minutes: @a)`: the whole line in parentheses
    let bare = undecorated(text);
    let bare = bare.strip_prefix('(').and_then(|b| b.trim_end().strip_suffix(')')).unwrap_or(bare);
    let c = MINUTES_BY.captures(bare)?;
    let v = (1..=7).find_map(|i| c.get(i)).map_or("", |v| v.as_str());
    // `Bernd (@b) -- Tessa is on vacation`, `anna (@annav). If I misquoted you …`: a remark or
    // the next sentence after the people; but `Ines (@i) — transfer: @k`, `@m (plenaries), … part.
    // Transfer to <link>: @d`: a later part that names the second role with the minutes stays
    let cut = [" -- ", " — ", " – ", ". "]
        .iter()
        .filter_map(|sep| v.find(sep).map(|i| (i, sep.len())))
        .filter(|&(i, n)| {
            n != 2 || v[..i].ends_with(')') || i >= 4 && v[i + 2..].starts_with(|c: char| c.is_uppercase())
        })
        .min();
    let Some((i, n)) = cut else { return Some(Cow::Borrowed(v)) };
    let first = if n == 2 && v[..i].ends_with(')') { &v[..=i] } else { &v[..i] };
    let rest = &v[i + n..];
    if !TAKER_PART.is_match(rest) {
        return Some(Cow::Borrowed(first));
    }
    let rest = URL_TEXT.replace_all(rest, "");
    let rest = rest.trim().trim_end_matches('.');
    Some(Cow::Owned(format!("{}; {}", first.trim_end_matches('.'), rest.replace(" to :", ":").replace(" to:", ":"))))
}

/// A link written out in a minute-taker value.
static URL_TEXT: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"<?https?://[^\s>:]+(?::\d+)?[^\s>:]*>?").expect("valid regex"));

/// The line without what decorates its start: symbols and emoji (`✍️ Notes: @a`) and emoji
/// short codes (`:pencil: Protokoll: Selin`).
fn undecorated(t: &str) -> &str {
    let mut t = t;
    loop {
        t = t.trim_start_matches(|c: char| !(c.is_alphanumeric() || "@:([".contains(c)));
        let code = t.strip_prefix(':').and_then(|r| {
            let end = r.find(':')?;
            let name = &r[..end];
            (end > 0 && end <= 30 && name.bytes().all(|b| b.is_ascii_lowercase() || b"_+-".contains(&b)))
                .then(|| &r[end + 1..])
        });
        match code {
            Some(rest) => t = rest,
            None => return t,
        }
    }
}

/// The value of a minute-taker label in one part of a line, when it names a taker.
fn labelled_taker(part: &str) -> Option<String> {
    minutes_by(part).filter(|v| valid_taker(v)).map(Cow::into_owned)
}

/// The minute-taker named by the line at `idx` (or its continuation / sub-items).
fn taker_value(doc: &Doc, idx: usize) -> Option<String> {
    let node = doc.nodes.get(idx)?;
    let text = node.text.trim();
    // a question written over two lines: `Who is presenting … and transforming` / `etherpad to minutes?`
    let joined = doc.full_text(idx);
    let split_question = !text.ends_with('?') && joined.trim_end().ends_with('?') && node.kind == Kind::Item;
    let text = if split_question { joined.trim() } else { text };
    if let Some(v) = minutes_by(text) {
        // (a link in the line is the pad, not a person, unless the value went on to name the
        // second role after it)
        return (valid_taker(&v) && (node.links.is_empty() || matches!(v, Cow::Owned(_)))).then(|| v.into_owned());
    }
    // `**2025-04-17** · moderation: Henrike · notes: @kaito-m`: a header line of parts (the
    // separator may be set off by no-break spaces, as documents export them)
    let spaced = text.contains('\u{a0}').then(|| text.replace('\u{a0}', " "));
    let text = spaced.as_deref().unwrap_or(text);
    for sep in [" · ", " | ", " • "] {
        if text.contains(sep) {
            let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
            for (i, part) in parts.iter().enumerate() {
                if let Some(v) = labelled_taker(part) {
                    return Some(v);
                }
                // `| Minutes | @a |`: a table row of the label and its value
                if let Some(v) = parts.get(i + 1).filter(|_| sep == " | " && BARE_TAKER_LABEL.is_match(part)) {
                    let person = v.starts_with('@') || v.chars().next().is_some_and(char::is_uppercase);
                    if person && valid_taker(v) && v.split_whitespace().count() <= 4 && name_like(v) {
                        return Some(v.to_string());
                    }
                }
            }
        }
    }
    // `Moderator: @b, Minutes: @a`: the taker after another role on the same line
    if OTHER_ROLE.is_match(text) {
        let spaced = text.replace(" - ", "; ").replace(" – ", "; ").replace(" — ", "; ");
        if let Some(v) = spaced.split([',', ';', '/']).skip(1).find_map(|part| labelled_taker(part.trim())) {
            return Some(v);
        }
    }
    if let Some(c) = RESPONSIBLE.captures(text) {
        let mut v = c.get(1).map(|v| v.as_str().to_string()).unwrap_or_default();
        if v.trim().is_empty() {
            if let Some(next) = doc.nodes.get(idx + 1).filter(|n| n.kind == Kind::Cont) {
                v = next.text.to_string();
            }
        }
        let v = lead_handles(&v).to_string();
        return valid_taker(&v).then_some(v);
    }
    let role = MINUTES_QUESTION.is_match(text) || TAKER_ROLE.is_match(text);
    if !role {
        return None;
    }
    // the answer after the question mark on the same line: `Who …minutes…? @x`
    if let Some(q) = text.rfind('?') {
        let after = text[q + 1..].trim();
        // (`-> @a and Erik (@b)`: more words when handles name the people)
        let words = after.split_whitespace().count();
        if !after.is_empty() && valid_taker(after) && (words <= 4 || words <= 8 && after.contains('@')) {
            return Some(after.to_string());
        }
    }
    let work_notes = |label: &str| {
        let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
        words.windows(2).any(|w| w[1].starts_with("notes") && WORK_NOTES.contains(&w[0].as_str()))
    };
    if let Some(c) = TAKER_LABEL.captures(text).filter(|c| !c.get(1).is_some_and(|v| work_notes(&text[..v.start()]))) {
        // `Minutes taken by Kofi (@k) – corrections welcome`: a dash sets off a remark
        let v = c.get(1).map_or("", |v| v.as_str());
        let v = [" – ", " — ", " - "].iter().filter_map(|d| v.find(d)).min().map_or(v, |i| &v[..i]);
        let v = lead_handles(v.trim());
        if valid_taker(v) && node.links.is_empty() && !v.contains('?') && v.split_whitespace().count() <= 6 {
            return Some(v.to_string());
        }
    }
    // `Priya is sick -> notes by @kbrandt this time`: the handles after `notes by` inside a
    // sentence (not the `release notes by @a` of a piece of work)
    if let Some(c) = NOTES_BY_HANDLES.captures(text) {
        let before = c.get(1).map_or("", |m| m.as_str()).trim().to_lowercase();
        if !WORK_NOTES.contains(&before.as_str()) && node.links.is_empty() {
            return Some(c[2].to_string());
        }
    }
    if !text.ends_with('?') && !text.ends_with(':') && node.kind != Kind::Item {
        return None;
    }
    let mut answers: Vec<String> = Vec::new();
    if let Some(next) = doc.nodes.get(idx + 1).filter(|n| n.kind == Kind::Cont && !split_question) {
        answers.push(next.text.to_string());
    }
    if node.kind == Kind::Item {
        answers.extend(doc.children(idx).map(|c| doc.nodes[c].text.to_string()));
        // `* Who transfers the minutes?` / `* @x`: the answer as the next bullet, a name alone
        if answers.is_empty() && text.ends_with('?') {
            let next = doc.nodes.iter().skip(idx + 1).find(|n| n.kind != Kind::Cont);
            // or a paragraph of its own after a blank line: `* Who transfers the minutes?` / `@x`
            if let Some(n) = next.filter(|n| n.kind == Kind::Item && n.parent == node.parent || n.kind == Kind::Para) {
                let v = n.text.trim();
                if v.starts_with('@') && v.split_whitespace().count() <= 3 {
                    answers.push(v.to_string());
                }
            }
        }
    }
    pick_taker(&answers)
}

/// The people of `more` not among `takers` yet (letter case aside), added in order.
fn add_takers(takers: &mut Vec<String>, more: Vec<String>) {
    for p in more {
        if !takers.iter().any(|q| q.eq_ignore_ascii_case(&p)) {
            takers.push(p);
        }
    }
}

/// `@x is volunteering, even though …`: the handles that open a value, else the value.
/// (`@a, Sven` and `@a (until 14:35), then Bo` go on naming people: the value is kept whole.)
fn lead_handles(v: &str) -> &str {
    match LEADING_HANDLES.find(v) {
        Some(m) if m.end() < v.len() => {
            let rest = v[m.end()..].trim_start_matches([',', ';', '&', ' ']);
            let rest = rest.strip_prefix("and ").or_else(|| rest.strip_prefix("und ")).unwrap_or(rest);
            let names_more = rest.starts_with(['@', '(']) || rest.chars().next().is_some_and(char::is_uppercase);
            if names_more {
                v
            } else {
                m.as_str().trim_end_matches([',', ' '])
            }
        }
        _ => v,
    }
}

fn front_matter_title(fm: &str) -> Option<String> {
    fm.lines().find_map(|l| {
        let v = l.strip_prefix("title:")?.trim().trim_matches(['"', '\'']).trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// Fill in the per-meeting facts.
pub fn extract(doc: &Doc, m: &mut Meeting) {
    // title: front matter, else the first heading that names the meeting,
    // else "<series> <date>"
    let fallback = match m.date {
        Some(d) => format!("{} {}", super::series_display_name(&m.series), d.format("%Y-%m-%d")),
        None => m.path.rsplit('/').next().unwrap_or(&m.path).trim_end_matches(".md").to_string(),
    };
    m.title = doc
        .front_matter
        .as_deref()
        .and_then(front_matter_title)
        .or_else(|| {
            doc.sections
                .iter()
                .find(|s| !s.title.is_empty())
                .filter(|s| TITLE_WORDS.is_match(&s.title))
                .map(|s| s.title.clone())
        })
        .unwrap_or(fallback);
    // slide decks all say "SCS Community Call": add the date
    if let (Some(d), Some(_)) = (m.date, doc.front_matter.as_deref()) {
        if !m.title.chars().any(|c| c.is_ascii_digit()) && !m.title.is_empty() {
            m.title = format!("{} {}", m.title, d.format("%Y-%m-%d"));
        }
    }
    if m.title.chars().count() > 200 {
        m.title = m.title.chars().take(200).collect();
    }

    for (idx, node) in doc.nodes.iter().enumerate() {
        let text = &*node.text;
        let heading = doc.heading(node);

        // `Who is presenting … and transforming` / `  etherpad to minutes in GitHub?`
        let minutes_below = node.kind == Kind::Item
            && doc.nodes.get(idx + 1).is_some_and(|n| n.kind == Kind::Cont && doc.has(n, KW_MINUTES));
        if !doc.has(node, KW_MINUTES) && !minutes_below {
            continue;
        }
        // team minutes links in the Tech Weekly: `Minutes: https://…/container/20230717.md`
        if text.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("minutes")) || text.starts_with("[Minutes") {
            if let Some(l) = node.links.iter().find(|l| l.url.contains("/minutes/") && l.url.contains(".md")) {
                if !heading.is_empty() && !m.team_minutes.iter().any(|(_, u)| u == &l.url) {
                    m.team_minutes.push((heading.to_string(), l.url.clone()));
                }
            }
        }

        // minute takers
        if !m.minute_takers.is_empty() && !matches!(node.kind, Kind::Heading(_)) && LATER_TRANSFER.is_match(text) {
            // `Who transfers these minutes to the repo? -> @b` further down: a second taker
            // (not `… next time?`, which is the next meeting's)
            if let Some(v) = (!contains_ci(text, "next")).then(|| taker_value(doc, idx)).flatten() {
                add_takers(&mut m.minute_takers, split_names(&v));
            }
        }
        if m.minute_takers.is_empty() && !matches!(node.kind, Kind::Heading(_)) {
            if let Some(v) = taker_value(doc, idx) {
                m.minute_takers = split_names(&v);
                // `- minute taking: @a` / `- minutes transfer: @b`: the roles split over two lines
                let next = doc.nodes.get(idx + 1).filter(|n| n.kind == node.kind && n.parent == node.parent);
                if let Some(more) = next.and_then(|_| taker_value(doc, idx + 1)) {
                    add_takers(&mut m.minute_takers, split_names(&more));
                }
            }
        }
    }

    // `Bruno (moderation), @quillon (notes), …`: a person with the role in parentheses
    if m.minute_takers.is_empty() {
        m.minute_takers = doc
            .nodes
            .iter()
            .filter(|n| {
                !matches!(n.kind, Kind::Heading(_))
                    && n.text.contains(')')
                    && ["notes)", "minutes)", "protocol)", "protokoll)", "scribe)", "taker)"]
                        .iter()
                        .any(|k| contains_ci(&n.text, k))
            })
            .flat_map(|n| ROLE_REMARK.captures_iter(&n.text).filter_map(|c| c.get(1)).map(|p| p.as_str().to_string()))
            .collect();
    }
    // minutes transfer named in a heading: `## Community call and minutes transfer` + `* @jschoone`
    if m.minute_takers.is_empty() {
        if let Some(si) = doc.sections.iter().position(|s| {
            MINUTES_QUESTION.is_match(&s.title) || TAKER_ROLE.is_match(&s.title) || MINUTES_HEADING.is_match(&s.title)
        }) {
            let answers: Vec<String> = doc
                .nodes
                .iter()
                .filter(|n| {
                    n.section == Some(si)
                        && (n.kind == Kind::Item && n.parent.is_none() || n.kind == Kind::Para || n.kind == Kind::Cont)
                })
                .map(|n| n.text.to_string())
                .collect();
            if let Some(v) = pick_taker(&answers) {
                m.minute_takers = split_names(&v);
            }
        }
    }

    // what each section is about, decided once per heading
    struct Flags {
        participants: bool,
        members: bool,
        named_in_heading: bool,
        hackathon: bool,
        lightning: bool,
        today: bool,
    }
    let flags: Vec<Flags> = doc
        .sections
        .iter()
        .map(|s| {
            let h = s.title.as_str();
            let people = doc.line_has(s.line, KW_PEOPLE);
            let event = doc.line_has(s.line, KW_EVENT);
            let lightning = event && LIGHTNING.is_match(h);
            Flags {
                participants: people && PARTICIPANTS.is_match(h),
                members: people && NEW_MEMBERS.is_match(h),
                named_in_heading: heading_member(h).is_some(),
                hackathon: event && HACKATHON.is_match(h) && generic_hackathon_heading(h),
                lightning,
                today: lightning && h.to_ascii_lowercase().contains("today"),
            }
        })
        .collect();
    for (idx, node) in doc.nodes.iter().enumerate() {
        let top_item = node.kind == Kind::Item && node.parent.is_none();
        let Some(f) = node.section.and_then(|s| flags.get(s)) else {
            continue;
        };
        // participants
        if top_item && f.participants && !node.text.is_empty() && node.text.len() <= 80 {
            m.participants.push(node.text.to_string());
        } else if node.kind == Kind::Para && f.participants && node.text.starts_with('@') {
            m.participants.extend(split_names(&node.text));
        }
        // new members (unless the heading names them: `### Newcomer to the team: Jan`)
        if top_item && f.members && !f.named_in_heading && !node.text.is_empty() {
            let t = node.text.trim();
            let t = t.strip_prefix("Welcome").map(|r| r.trim_start_matches([':', ' ', ','])).unwrap_or(t);
            if t.is_empty() || t.ends_with(':') {
                // `- Welcome to:` with the names as sub-items
                for c in doc.children(idx) {
                    let who = doc.nodes[c].text.trim().trim_end_matches([',', ';']).trim();
                    if !who.is_empty() {
                        m.new_members.push(who.to_string());
                    }
                }
            } else if !NONE_WORDS.is_match(t) && !t.contains("AI @") && !t.contains("AI:") {
                m.new_members.push(t.to_string());
            }
        }
        // hackathons
        if top_item && f.hackathon && !node.text.is_empty() && !NONE_WORDS.is_match(&node.text) {
            m.hackathons.push(node.text.to_string());
        }
        // lightning talks
        if (node.kind == Kind::Item || node.kind == Kind::Para || node.kind == Kind::Cont)
            && node.parent.is_none()
            && f.lightning
        {
            let t = node.text.trim();
            if t.is_empty() || NONE_WORDS.is_match(t) || t.to_lowercase().starts_with("backlog") {
                continue;
            }
            let heading_today = f.today;
            if let Some(mm) = NEXT_WEEK.find(t) {
                let v = t[mm.end()..].trim();
                if !v.is_empty() && !NONE_WORDS.is_match(v) {
                    m.lightning_talks.next_week.push(v.to_string());
                }
            } else if let Some(mm) = THIS_WEEK.find(t) {
                let v = t[mm.end()..].trim();
                if !v.is_empty() && !NONE_WORDS.is_match(v) {
                    m.lightning_talks.this_week.push(v.to_string());
                }
            } else if heading_today
                && m.lightning_talks.this_week.is_empty()
                && node.kind != Kind::Cont
                && node.links.iter().all(|l| l.text != t)
                && !t.ends_with(':')
            {
                m.lightning_talks.this_week.push(t.to_string());
            } else if heading_today
                && m.lightning_talks.this_week.is_empty()
                && node.kind != Kind::Cont
                && t.ends_with(':')
            {
                // `Yassir Ellami (Gaia-X AISBL):` followed by the talk title
                let full = doc.full_text(idx);
                m.lightning_talks.this_week.push(full.trim().trim_end_matches(':').to_string());
            }
        }
    }
    // a hackathon named by its heading (`### SCS Community Hackathon in Nürnberg`)
    for s in &doc.sections {
        let t = s.title.trim();
        if !doc.line_has(s.line, KW_PEOPLE | KW_EVENT) {
            continue;
        }
        if HACKATHON.is_match(t)
            && t.split_whitespace().count() > 1
            && !t.eq_ignore_ascii_case("hackathons")
            && !m.hackathons.iter().any(|h| h == t)
        {
            m.hackathons.push(t.to_string());
        }
        // `### New member dNation`, `### Newcomer to the team: Jan`, `# Welcome Regina Metz!`
        if let Some(who) = heading_member(t) {
            m.new_members.push(who);
        }
    }
}

/// `Question? -> answer`, `blocker? No`, `Rename it? Decision: yes`: a question answered on its
/// own line.
static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)\?\s*(?:(?:-+>|=+>|→)\s*\S|(?:[-–—:]\s*)?(?:yes|no)(?-u:\b)|(?:[-–—]\s*)?(?:answer|a|decision|consensus|result|outcome|agreed|beschluss|entscheidung|all|everyone|everybody)\s*:\s*\S|(?:\+1(?:\s*\([^()]{1,30}\))?\s*){3,}$)",
    )
    .expect("valid regex")
});
/// `YES, please do this`, `no, Felix can chair`: an answer word opening a sub-item.
/// An intro whose sub-items are what was decided: `last time, we concluded that`, `We agreed:`.
static CONCLUDED_THAT: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:we|it was|all|everybody|everyone|the group|the team|the following (?:was|were|has been|have been|is|are)|folgendes wurde|es wurde|wir haben)\s+(?:have\s+|had\s+)?(?:concluded|decided|agreed(?: on)?|resolved|beschlossen|vereinbart|entschieden)(?:\s+(?:that|on|upon|the following|folgendes|das folgende))*\s*:?\s*$")
        .expect("valid regex")
});
/// A decision reported as taken: `we have decided to …`, `it was agreed that …`.
static TAKEN: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(
        r"(?i)(?-u:\b)(?:we|it|they|the team)\s+(?:have\s+|has\s+|had\s+|was\s+)?(?:decided|agreed|concluded)(?-u:\b)",
    )
    .expect("valid regex")
});
/// An intro saying that what follows are opinions, not decisions.
static OPINIONS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)opinions?(?-u:\b)|not (?:\w+ ){0,4}(?:consensus|decided|a decision)").expect("valid regex")
});
/// A question that asks for a choice (`Should we …?`, `Can't we …?`, `Which one?`, `Which date …?`, `OK?`),
/// not for a status (`Progress?`) or a fact.
static CHOICE_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:should|shall|can|can't|could|do|don't|does|will|would|want|whether|agree|ok|okay|accept|prefer|or|vs|versus|soll|sollen|sollten|wollen|können|wäre|wären|würden)(?-u:\b)")
        .expect("valid regex")
});
/// Whether a question asks for a choice: one of [`CHOICE_QUESTION`]'s words, or `which …?` that
/// asks to pick (`Which date for the summit?`), not what is (`Which CSPs are involved?`).
fn choice_question(q: &str) -> bool {
    if CHOICE_QUESTION.is_match(q) {
        return true;
    }
    let words = || q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words().any(|w| w.eq_ignore_ascii_case("which") || w.eq_ignore_ascii_case("welche"))
        && !words().any(|w| {
            ["is", "are", "was", "were", "has", "have", "had", "did", "does", "ist", "sind", "war", "waren"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        })
}
/// The words of a short answer to a question that asks for a choice, in the spellings
/// minute-takers use: `yes`, `yep`, `sure`, `nope`, `unanimous`, `ja`, `nein`.
const ANSWER_WORDS: &str =
    "yes|no|ja|nein|yep|yup|yeah|sure|nope|unanimous(?:ly)?|absolutely|definitely(?: not)?|certainly|better not|rather not|einverstanden|machen wir|genau";
static YES_NO: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(r"^\W*(?:(YES|NO|JA|NEIN)(?-u:\b)|(?i:(?:in general|generally|basically|grundsätzlich),?\s*)?(?i:{ANSWER_WORDS}|ok|okay|fine)(?-u:\b)\s*[,.!:;(–—-]|(?i:(?:in general|generally|basically|grundsätzlich),?\s*)?(?i:{ANSWER_WORDS}|ok|okay|fine)\W*$|(?i:ok|okay|yes|no)\s+(?i:for|with|if|but|from|von|pour|für)(?-u:\b)|(?i:fine for (?:everyone|everybody|all|us))(?-u:\b))|^\W*[^:?]{{1,30}}:\s*(?i:yes|no|not|ok|okay|ja|nein)\W*$")).expect("valid regex")
});
/// Short approvals under a proposal: `Good idea`, `let's merge`, `approved`, `preferred`,
/// `everyone agrees`, `people in favour of that`, `LGTM`, `nobody against`; a bare `Consensus`
/// or `Looks good` as the whole line (`### Stabilize the v1 labels` / `- Consensus`; not
/// `consensus needed`, not `looks good so far, but …`); a team that is fine with it (`team green is
/// OK with the new labels`, not `… is not OK with`).
static APPROVAL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:good idea|good approach|sounds good|hooray|unanimous(?:ly)?|einstimmig|let['’]?s (?:merge|do (?:it|this|that)|go (?:with|for) \w+)|approved|accepted|rejected|go ahead|agreed|(?:just )?do it|go for it|move (?:it )?forward)(?-u:\b)|^\s*\+\d+(?-u:\b)|^\W*(?:preferred|favou?red|chosen|consensus|agreement|full agreement|looks? good|ok|okay)\W*$|^\W*(?:ok|okay)(?:\s+(?:from|by)\s+(?:all|everyone|everybody|the (?:group|team|room|sig))|,?\s+let['’]?s do (?:it|this|that))(?-u:\b)|^\W*(?:lgtm|thumbs up|fine (?:with|for) (?:everyone|everybody|all|us)|(?:nobody|no ?one|none) (?:is |was )?against)(?-u:\b)|^\W*(?:👍|:\+1:|:thumbsup:|✅|✔|:white_check_mark:|:heavy_check_mark:)|^\W*(?:we(?:['’]ll| will)?|will) do (?:it|this|that)(?-u:\b)|^\W*(?:the )?(?:audience|all|everyone|everybody|people|participants|attendees|room|group|(?:team|sig)(?: [\w-]+)?) (?:(?:all )?agree[sd]?|(?:is |are |were )?(?:all )?(?:in favou?r|ok with|okay with|fine with|happy with))(?-u:\b)")
        .expect("valid regex")
});
/// A question about who does something: its answer assigns, it does not decide.
static WHO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)who(?-u:\b)|(?-u:\b)(?:can|could|would)\s+(?:someone|somebody|anyone|anybody|@)")
        .expect("valid regex")
});
/// A question asked without a question mark: `We should discuss how to merge the two lists`.
static INDIRECT_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:discuss|decide|clarify|question is|figure out|ask(?:s|ed)?)\s+(?:how|whether|which|if)(?-u:\b)")
        .expect("valid regex")
});
/// An intro whose remark says that its items were agreed: `Mandatory: (aligned in this group)`.
static INTRO_SIGNAL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^[^()]{1,60}\((?:[^()]*\s)?(?:agreed|aligned|decided|consensus)(?:\s[^()]*)?\)\s*:?\s*$")
        .expect("valid regex")
});
/// Words of a question that asks to choose between the options it names.
static PICK_CUE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:which|should|shall|prefer|want|go with|go for|use|choose|pick|vs|versus)(?-u:\b)")
        .expect("valid regex")
});
/// Work that finds something out (a check, a test, a demonstration, a benchmark): its `result:`
/// is a finding.
static RESEARCH: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:check|research|investigat\w*|tests?|testing|find out|look into|verify|demo|demonstration|experiment|benchmark\w*)(?-u:\b)")
        .expect("valid regex")
});
/// A heading over the options to choose from: `### Options for the registry`, `Candidates`.
static OPTIONS_HEADING: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:options|alternatives|choices|candidates|variants)(?-u:\b)").expect("valid regex")
});
/// A preference stated as taken: `option 2 was preferred`, `X is our preferred way`.
static PREFERRED: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:option|variant|alternative|proposal|approach|solution)\s+[\w-]+\s+(?:is|was|were)\s+(?:the\s+)?(?:prefer+ed|favou?red)(?-u:\b)|(?-u:\b)(?:is|are|was|were)\s+(?:our|the)\s+prefer+ed\s+(?:way|solution|option|approach|variant|choice)(?-u:\b)")
        .expect("valid regex")
});
/// Permission given for one subject of a list: `old test clusters: OK to delete`.
static OK_TO: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*[^:?]{1,40}:\s*(?:ok|okay|fine) to [a-z]+(?: [a-z]+)?\W*$").expect("valid regex")
});
/// A vote count after one option under a question: `Option B +2`.
static PLUS_VOTES: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(r"\w\s+\+\d+\s*[.!]*\s*$").expect("valid regex"));
/// A short status question after a statement: `…, option 1 was preferred - progress?`.
static STATUS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(r"(?i)\s+[-–—]\s+(?:progress|status|any news|news|update)\s*\?\s*$").expect("valid regex")
});
/// `A: …`, `Recommendation: …` right below a question: its answer.
static LABELLED_ANSWER: LazyLock<Regex> =
    LazyLock::new(|| crate::minutes::rx(r"^(?:A|[Aa]nswer|[Rr]ecommendation)\s*:\s*\S").expect("valid regex"));
/// A remark in parentheses.
static REMARK: LazyLock<Regex> = LazyLock::new(|| crate::minutes::rx(r"\([^()]*\)").expect("valid regex"));
/// A heading that states a decision: `### Decision: keep the old API`, `## Agreed: …`.
static HEADING_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(
        r"(?i)^\W*(?:decisions?(?:\s+records?)?|decided|resolution|agreed|agreement|consensus|approved|approval|sign-?off|beschluss|entscheidung|einigung|vereinbart|beschlossen)\s*:\s*(\S.*)$",
    )
    .expect("valid regex")
});
/// "Anything to add to the agenda? No": the meeting's housekeeping, not a decision.
static AGENDA_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)anything (?:else )?to add|add to (?:the )?agenda|any other business|any (?:more |other |further )?questions")
        .expect("valid regex")
});
/// Beliefs, hopes and maybes, and an answer that hands the question on (`-> discuss with team
/// iaas`): never a decision.
static HEDGE: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:if|maybe|probably|perhaps|possibly|depends|unclear|tbd|not sure|see)(?-u:\b)|(?:^\W*|[,;:(]\s*|(?-u:\b)(?:and|but|so|as|since|because|though|although|that)\s+)we (?:also )?(?:expect|hope|think|believe|assume|guess)(?-u:\b)|(?-u:\b)(?:maybe|perhaps)(?-u:\b)|(?-u:\b)not (?:yet )?(?:clear|sure)(?-u:\b)|(?-u:\b)(?:that|it|this) would(?-u:\b)|^\W*(?:should|could|might|may|would) (?:be )?(?:possible|fine|ok|okay|doable|feasible|work)(?-u:\b)|^\W*(?:could|might|may|would)(?-u:\b)|(?-u:\b)(?:vielleicht|eventuell|evtl|wahrscheinlich|möglicherweise|unklar|ggf)(?-u:\b)|^\W*(?:könnte|würde)n?(?-u:\b)|[,;]\s*(?:it\s+|this\s+|that\s+)?depends\s+on(?-u:\b)|(?-u:\b)(?:after|once|when|before|until)\s+(?:we|it)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+)?decided(?-u:\b)|(?-u:\b)if there (?:are|is) no (?:vetos?|vetoes|objections?|concerns?)(?-u:\b)|(?-u:\b)(?:candidates? )?for further discussions?(?-u:\b)|(?-u:\b)we (?:may|might|could) (?:need|have|want|be able)(?-u:\b)|(?-u:\b)(?:is|are|it's|would be) probably(?-u:\b)|^\W*(?:to\s+)?(?:be\s+)?discuss(?:ed)?\s+(?:with|in|at|again|next|later|offline|separately|further)(?-u:\b)")
        .expect("valid regex")
});
/// An answer that names a possibility, not a choice: `-> X could be pushed upstream`.
static POSSIBILITY: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i)^[^,;.?>]{0,60}(?-u:\b)(?:could|might|may) be(?-u:\b)").expect("valid regex"));
/// A question about a fact, whose yes or no is a report: `is X still required?`, `fixed?`,
/// `does a guide already exist?`, `X is in, no?`.
static FACT_QUESTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)(?-u:\b)(?:still|already|fixed|solved|exists?|available|in place|working)\W*\?|(?-u:\b)(?:still|already)(?-u:\b)[^?]*\?|^\W*(?:[^:?]{1,30}:\s*)?how (?:many|much|long|often) (?:[\w-]+ ){0,3}?(?:do|does|did|is|are|was|were|will|can) (?:the|these|those|other|our|their|users|people|they|it)(?-u:\b)")
        .expect("valid regex")
});
/// A tag question (`X is in, no?`, `…, right?`): it asks to confirm a fact, unless the clause
/// proposes with a modal (`Should have one per release, no?`), see [`fact_question`].
static TAG_QUESTION: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(r"(?i),\s*(?:no|right|isn't it)\s*\?").expect("valid regex"));

/// A question without the label that says who asks it (`Question: is …?`, `Yuki: does …?`,
/// `Q (@a): …`): one to three words before a colon, no question mark among them.
fn without_speaker(q: &str) -> &str {
    match q.split_once(':') {
        Some((label, rest))
            if !label.contains('?')
                && label.split_whitespace().count() <= 3
                && label.len() <= 30
                && !rest.trim_start().is_empty() =>
        {
            rest.trim_start()
        }
        _ => q,
    }
}

/// The words of a question after the label of who asks it, from its first letter or digit.
fn question_words(q: &str) -> std::str::SplitWhitespace<'_> {
    without_speaker(q).trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace()
}

/// A question that asks how things are, not what to do: a [`state_question`], a
/// [`FACT_QUESTION`] (`… still work?`), or one that opens with `what`, `where`, `why`, `how` or
/// `when` and a form of be, do or have about a thing (`Where does that come from?`, `What do
/// other registries do?`; not `When do we release?`), unless it offers alternatives (`Does X
/// work in our repos or in their fork?` asks to choose).
fn fact_like(q: &str) -> bool {
    if q.contains(" or ") {
        return false;
    }
    let mut w = question_words(q);
    let wh =
        w.next().is_some_and(|x| ["what", "where", "why", "how", "when"].iter().any(|a| x.eq_ignore_ascii_case(a)));
    let aux = w.next().is_some_and(|x| {
        ["do", "does", "did", "is", "are", "was", "were", "has", "have", "will"]
            .iter()
            .any(|a| x.eq_ignore_ascii_case(a))
    });
    let subject = w.next().unwrap_or("");
    let group = ["we", "you", "us", "i"].iter().any(|g| subject.eq_ignore_ascii_case(g));
    // (the question may come without its mark, cut before the answer's arrow; `can we already
    // …?` asks the group for a choice)
    let asked = || {
        !group_asked(q)
            && if q.trim_end().ends_with('?') {
                FACT_QUESTION.is_match(q)
            } else {
                FACT_QUESTION.is_match(&format!("{}?", q.trim_end()))
            }
    };
    state_question(q) || status_question(q) || wh && aux && !subject.is_empty() && !group || asked()
}

/// Whether a question is put to the group or proposes: `we`, `us`, `should`, `shall` or `must`
/// among its words (`should the UI still go in?` asks for a choice).
fn group_asked(q: &str) -> bool {
    q.split(|c: char| !c.is_alphanumeric())
        .any(|w| ["we", "us", "should", "shall", "must"].iter().any(|g| w.eq_ignore_ascii_case(g)))
}

/// [`FACT_QUESTION`], or a tag question whose clause does not propose (`should`, `shall`,
/// `must`, `let's` opening it).
fn fact_question(q: &str) -> bool {
    // (`Upgrade from 0.1 to 0.3 - are there conflicts?`: the question after a topic's dash)
    if let Some((_, clause)) = q.rsplit_once(" - ").or_else(|| q.rsplit_once(" – ")) {
        if clause.trim_end().ends_with('?') && (there_question(clause) || fact_question(clause)) {
            return true;
        }
    }
    let first = q.trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().next().unwrap_or("");
    let proposes = ["should", "shall", "must", "let's", "lets"].iter().any(|m| first.eq_ignore_ascii_case(m));
    FACT_QUESTION.is_match(q) || !proposes && TAG_QUESTION.is_match(q) || state_question(q) || status_question(q)
}

/// `are there conflicts?`, `is there a bug in it?`: whether something exists, a fact (not `are
/// there objections?`, `any concerns?`, which ask the group).
fn there_question(q: &str) -> bool {
    let mut w = question_words(q);
    let (Some(aux), Some(there)) = (w.next(), w.next()) else { return false };
    let noun =
        w.find(|x| !["any", "a", "an", "some", "other", "more", "still"].iter().any(|a| x.eq_ignore_ascii_case(a)));
    ["are", "is"].iter().any(|a| aux.eq_ignore_ascii_case(a))
        && there.eq_ignore_ascii_case("there")
        && noun.is_some_and(|n| {
            !["objection", "concern", "veto", "question", "comment", "opinion", "volunteer", "remark", "disagree"]
                .iter()
                .any(|g| contains_ci(n, g))
        })
}

/// A question of state about a thing: `Is the cluster healthy again?`, `Does the guide cover
/// it?`, `Has the PR been merged?` (a form of be, do or have, then an article or a possessive),
/// unless it asks for approval or a preference (`Is the plan OK?`, `Is the draft good enough?`).
fn state_question(q: &str) -> bool {
    let mut words = question_words(q);
    let (Some(aux), Some(subject)) = (words.next(), words.next()) else { return false };
    let aux_ok = ["is", "are", "was", "were", "does", "did", "has", "have", "had", "will"]
        .iter()
        .any(|a| aux.eq_ignore_ascii_case(a));
    // (`are we …?`, `is it …?`, `are there objections?` ask the group, not about a thing; `Do the
    // rename?` proposes)
    let asks_group =
        ["we", "you", "i", "us", "it", "this", "that", "there", "everyone", "everybody", "anyone", "someone"]
            .iter()
            .any(|w| subject.eq_ignore_ascii_case(w));
    // (`Was there an alert?`: what happened, not a question to the group)
    let past_there =
        subject.eq_ignore_ascii_case("there") && ["was", "were"].iter().any(|a| aux.eq_ignore_ascii_case(a));
    let subject_ok = past_there || !asks_group && subject.chars().next().is_some_and(char::is_alphabetic);
    let approval = [
        "ok", "okay", "fine", "accept", "approv", "agree", "prefer", "right", "good", "better", "best", "want", "wish",
    ];
    aux_ok && subject_ok && !approval.iter().any(|w| contains_ci(q, w))
}
/// A heading whose list items are the decisions: `## Decisions`, `### Binding agreements (4)`.
static DECISION_SECTION: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^\W*(?:(?:final|binding|team|retro|our|the|key|main)\s+)?(?:decisions?|agreements?|conclusions?|resolutions?|beschl(?:uss|üsse)|entscheidung(?:en)?|vereinbarung(?:en)?|(?:agreed|decided)(?:\s+(?:points?|items?|upon))?)(?:\s+(?:taken|made|reached|of (?:the|this) (?:day|meeting|week)))?(?:\s*\([^()]*\))?\W*$|^\W*(?:what\s+)?we(?:['’]ve|\s+have)?\s+(?:agreed|decided)(?:\s+(?:on|upon))?(?:\s+(?:today|for (?:next time|the next (?:one|time|meeting|event)|the future)))?\W*$")
        .expect("valid regex")
});
/// Labels whose sub-items are the decisions: `Conclusion:`, `Decisions:`, `Outcome:`,
/// `Decisions made:`, `Current decisions: (see also <link>)`.
static DECISION_LABEL: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(r"(?i)^[^\w?]*(?:(?:discussions?|notes?)\s*(?:/|&|and)\s*)?(?:(?:current|final|key|main|today's|our)\s+)?(?:decisions?|conclusions?|outcome|results?|resolutions?|agreements?|consensus|vot(?:e|es|ing)(?: results?)?|beschl(?:uss|üsse)|entscheidung(?:en)?|ergebnis(?:se)?|fazit|einigung|vereinbarung(?:en)?|(?:agreed|decided) (?:points?|items?|upon))(?:\s+(?:taken|made|reached|today))?[^\w?]*$|^[^\w?]*(?:preliminary\s+)?(?:outcomes?|results?|conclusions?)\s+(?:of|from)\s+(?:(?:the|this|our|today['’]?s)\s+)?(?:today|discussions?|meeting|call|workshop|session)[^\w?]*$|^[^\w?]*(?:what\s+)?we(?:['’]ve|\s+have)?\s+(?:agreed|decided)(?:\s+(?:on|upon))?(?:\s+(?:today|the following))?[^\w?]*$|^[^\w?]*(?:agreed|decided)(?:\s+(?:on|upon))?[^\w?]*$|^[^\w?]*(?:consensus|agreements?|decisions?)\s+(?:from|of|in)\s+(?:the\s+|this\s+|today['’]?s\s+|our\s+)?[\w' -]{1,30}?(?:call|meeting|session|workshop|discussion|sig|team|group)\s*:\s*$|(?:-+>|=+>|→)\s*decisions?\s+(?:on|about|for|regarding)\s+[\w -]{1,30}?\s*:?\s*$|^[^\w?]*decisions?\s+(?:on|about|regarding)\s+[\w -]{1,30}?\s*:\s*$").expect("valid regex")
});

/// A decision word alone as the whole line (`**Conclusions**`, `Agreements`; not `Results`,
/// which may list measurements).
fn decision_word_alone(t: &str) -> bool {
    let w = t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    [
        "decision",
        "conclusion",
        "agreement",
        "resolution",
        "consensus",
        "beschl",
        "entscheidung",
        "einigung",
        "vereinbarung",
        "agreed",
        "decided",
    ]
    .iter()
    .any(|d| w.starts_with(d))
}

/// `**Agreed**` as a paragraph of its own, then a paragraph of sentences, one a line (`Oxford
/// comma from now on.` / `String freeze on 6 October.`): each line is a decision. Not a paragraph
/// of wrapped prose (every line must end its sentence), nor a line that hedges or asks.
fn label_paragraph(doc: &Doc, m: &Meeting, out: &mut Vec<Decision>) {
    for (idx, node) in doc.nodes.iter().enumerate() {
        let label = node.kind == Kind::Para && node.text.len() <= 30 && decision_word_alone(&node.text);
        let Some(first) = doc.nodes.get(idx + 1).filter(|n| label && n.kind == Kind::Para && n.section == node.section)
        else {
            continue;
        };
        let lines: Vec<&Node> = std::iter::once(first)
            .chain(doc.nodes[idx + 2..].iter().take_while(|n| n.kind == Kind::Cont))
            .filter(|n| !n.text.trim().is_empty())
            .collect();
        let sentences = lines.iter().all(|n| {
            let t = n.text.trim();
            t.ends_with('.') && t.split_whitespace().count() >= 3 && !t.contains('?')
        });
        if !sentences {
            continue;
        }
        for n in lines {
            let t = n.text.trim();
            if !HEDGE.is_match(t) && !NOT_DECISION.is_match(t) && !out.iter().any(|d| d.line == n.line) {
                out.push(decision(m, n.line, doc.heading(n), t.to_string()));
            }
        }
    }
}

/// [`DECISION_LABEL`] of a line, without a closing `(see also <link>)` remark.
fn decision_label(t: &str) -> bool {
    let t = match t.find("(see ").or_else(|| t.find("(cf")) {
        Some(i) if t.trim_end().ends_with(')') => &t[..i],
        _ => t,
    };
    DECISION_LABEL.is_match(t)
}

/// `Good approach, things can be reopened later`: an approval with a remark after a comma (not
/// `good idea, but …`).
fn approval_with_remark(t: &str) -> bool {
    let lower = t.to_lowercase();
    // (`OK from everyone present -> label goes into the doc`: the remark after an arrow)
    let cut = [",", "->", "=>", "→"].iter().filter_map(|sep| t.find(sep)).min();
    cut.is_some_and(|k| t[..k].split_whitespace().count() <= 4)
        && !lower.contains(" but ")
        && !lower.contains("however")
        && !t.contains('?')
}

/// Whether a short answer (`Loki, it is cheaper`) names one of the options of a question
/// that asks to choose (`Use Loki or Elastic?`, `Which day: Tuesday or Thursday?`, not `Is it
/// up or down?`): its first word is one of the question's words.
fn picks_option(question: &str, answer: &str) -> bool {
    let head = answer.split([',', ';', '(']).next().unwrap_or("");
    let Some(first) = head.split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())) else {
        return false;
    };
    let stop = ["yes", "no", "not", "the", "a", "an", "we", "it", "i", "or", "and", "to", "for", "in", "on", "is"];
    // (`UCS uses openldap`: the option with a verb after it describes it, it is not chosen)
    let described = head.split_whitespace().nth(1).is_some_and(|w| {
        ["is", "are", "was", "has", "have", "does", "can", "could", "would", "will", "might", "may"].contains(&w)
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.bytes().all(|b| b.is_ascii_lowercase())
    });
    !described
        && head.split_whitespace().count() <= 4
        && (PICK_CUE.is_match(question) || super::actions::proposes(question))
        && !fact_question(question)
        && first.chars().count() >= 2
        && !stop.iter().any(|s| first.eq_ignore_ascii_case(s))
        && question.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w.eq_ignore_ascii_case(first))
}

/// `Proposal: …`, `Proposal (@a): …`, `Suggestion from Bo: …`, `Vorschlag: …`: a proposal put to
/// the group under its label.
fn proposal_label(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((label, rest)) = t.split_once(':') else { return false };
    let word = label.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(word.as_str(), "proposal" | "suggestion" | "vorschlag" | "proposition")
        && label.len() <= 40
        && !rest.trim().is_empty()
        && !t.ends_with('?')
}

/// The text with each markdown link `[words](target)` replaced by its words.
fn link_words(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let words = &after[..close];
        let target = &after[close + 2..];
        match target.find(')') {
            Some(end) if !words.contains(['[', ']']) && !target[..end].contains(char::is_whitespace) => {
                out.push_str(&rest[..open]);
                out.push_str(words);
                rest = &target[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A bare approval as a whole line, remarks aside (`Approved (few experts present)`, `do it`):
/// under a heading that names a proposal, it decides that proposal.
fn bare_approval(t: &str) -> bool {
    let s = REMARK.replace_all(t, "");
    let s = s.trim();
    // (`Agreed points:` introduces what was agreed)
    if s.contains('?') || s.ends_with(':') || !APPROVAL.is_match(s) {
        return false;
    }
    // `Go ahead, create the proposal!`: the approval, then a remark of its own after a comma
    // (not `LGTM from @a, @b`: who reviewed it)
    let head = s.split(',').next().unwrap_or(s);
    let whole = head.len() == s.len();
    head.split_whitespace().count() <= 3
        && (whole || !head.contains('@') && !contains_ci(head, " from ") && approval_with_remark(s))
}

/// Whether a question (`Q: …` or plain) asks for a choice: a choice word, or a proposal that
/// opens with a task verb (`Increase the disk size?`).
fn asks_for_choice(question: &str) -> bool {
    let clause = question.trim_start_matches(|c: char| !c.is_alphanumeric());
    let clause = clause.strip_prefix("Q:").unwrap_or(clause);
    // (`How many images do users pull?` asks for a number, not a choice; `How long do we keep
    // the logs?` asks the group for one)
    let how_many = || {
        !contains_ci(clause, " we ") && {
            let mut w = without_speaker(clause).split_whitespace();
            w.next().is_some_and(|h| h.eq_ignore_ascii_case("how"))
                && w.next().is_some_and(|m| ["many", "much", "long", "often"].iter().any(|x| m.eq_ignore_ascii_case(x)))
        }
    };
    (choice_question(question) || super::actions::proposes(clause)) && !how_many() && !fact_like(clause)
}

fn decision(m: &Meeting, line: usize, heading: &str, text: String) -> Decision {
    Decision {
        date: m.date,
        series: m.series.clone(),
        path: m.path.clone(),
        line,
        heading: heading.to_string(),
        text,
        same_as: None,
    }
}

/// Decisions written as answers: `Question? -> answer`, a `YES`/`no, …` sub-item under
/// a question or proposal, an approval (`Good idea`) under a proposal, `A: …` after a
/// question, and each sub-item of a `Conclusion:` label. The text carries the question.
fn answer_decisions(doc: &Doc, m: &Meeting, out: &mut Vec<Decision>) {
    let mut parent_concludes: Vec<Option<bool>> = vec![None; doc.nodes.len()];
    // the items of a list right below a `Decision:` label
    let mut label_items = vec![false; doc.nodes.len()];
    // `Decision:` as a paragraph of its own / `- keep X` / `- drop Y`: the list right below it
    let mut label_list = false;
    for (idx, node) in doc.nodes.iter().enumerate() {
        let in_label_list = label_list && node.kind == Kind::Item && node.parent.is_none();
        // `Decisions:` over the list right below it (for a paragraph's first line also a decision
        // word alone standing as a heading, `**Conclusions**`; the label may also close a
        // paragraph: `.` / `Preliminary result of discussion:` / `* …`)
        // (`We concluded that:` / `- …`: an intro saying the list is what was concluded)
        let over_list = |alone: &dyn Fn() -> bool| {
            let t = node.text.trim();
            // (`Recap of the summit … and collecting the outcomes:`: a longer intro whose last
            // word names what the list holds)
            let names_list = || {
                let last = t.trim_end_matches([':', '*', '_', ' ']).rsplit(' ').next().unwrap_or("");
                ["outcomes", "conclusions", "decisions", "agreements"].iter().any(|w| last.eq_ignore_ascii_case(w))
            };
            (t.ends_with(':') || alone())
                && (t.len() <= 40 || t.ends_with(':') && names_list())
                && doc.nodes.get(idx + 1).is_some_and(|n| n.kind == Kind::Item)
                && (decision_label(t) || t.ends_with(':') && (CONCLUDED_THAT.is_match(t) || names_list()))
        };
        label_list = match node.kind {
            Kind::Cont if over_list(&|| false) => true,
            Kind::Para => over_list(&|| decision_word_alone(node.text.trim())),
            Kind::Item | Kind::Cont => label_list,
            Kind::Heading(_) => false,
        };
        if matches!(node.kind, Kind::Heading(_)) {
            continue;
        }
        // `* TODO: document the process` / `  docs site -> document the entry points (@a)`: a line
        // that goes on an action item belongs to it, it answers no question above
        if node.kind == Kind::Cont {
            let item = doc.nodes[..idx].iter().rev().find(|n| n.kind != Kind::Cont);
            if item.is_some_and(|n| n.kind == Kind::Item && m.actions.iter().any(|a| a.line == n.line)) {
                continue;
            }
        }
        let mut t = node.text.trim();
        // `Question? -> answer -> AI: @x …`: the action item is not part of the decision
        if has_ai(t) && super::actions::parse_ai(t).is_some() {
            let q = t.find('?');
            let ai = ["-> AI", "=> AI", "AI:", "AI @"].iter().filter_map(|m| t.find(m)).min();
            // `Do we want X? -> new issue to track it (AI @x)`: the answer is the action item
            if ai.is_some_and(|a| t[..a].trim_end().ends_with('(')) {
                continue;
            }
            // `- Can we use a static image?` / `  - Yes, AI: @x`: the answer before the marker
            let under_question =
                || node.parent.and_then(|p| doc.nodes.get(p)).is_some_and(|p| p.text.trim_end().ends_with('?'));
            match (q, ai) {
                (Some(q), Some(a)) if a > q => {
                    t = t[..a].trim_end_matches(|c: char| c.is_whitespace() || "-=>→,;".contains(c))
                }
                (None, Some(a)) if a > 0 && YES_NO.is_match(&t[..a]) && under_question() => {
                    t = t[..a].trim_end_matches(|c: char| c.is_whitespace() || "-=>→,;:".contains(c))
                }
                _ => continue,
            }
        }
        if t.is_empty() {
            continue;
        }
        let parent = node.parent.and_then(|p| doc.nodes.get(p));
        let heading = doc.heading(node);
        let mut composed = false;
        let answered = if t.contains('?') { ANSWERED.find(t) } else { None }.is_some_and(|a| {
            // not a `?` inside parentheses, and an answer that is no hedge
            let before = &t[..a.start()];
            let open = before.matches('(').count() > before.matches(')').count();
            let answer = t[a.start() + 1..].trim_start_matches(|c: char| c.is_whitespace() || "-–—=>→".contains(c));
            // a YES/NO answers any question; other answers only one that asks for a choice, and
            // three votes for it (`Set up a donation box? +1 +1 +1`) any proposal
            // (from the first character of the answer, the last one the label's match takes: it may
            // be more than one byte)
            let scoped = yes_scope(answer);
            let bare = LABELLED_ANSWER.find(answer).map_or(answer, |m| {
                let first = answer[..m.end()].char_indices().next_back().map_or(0, |(i, _)| i);
                answer[first..].trim_start()
            });
            // `who books the room? -> @x`: an assignment, not a decision
            // (`Can X be added to Y? -> @a, @b`: handed to people to find out; `… => #397`: a
            // pointer to where it is tracked)
            !open
                && !WHO.is_match(before)
                && !only_people_or_reference(answer)
                // (`Should we add the job? → AP @a: add it`: the answer is an action item)
                && !opens_with_marker(answer)
                && !HEDGE.is_match(scoped)
                // (`A: probably in the long run`, `A: tbd, …`: the hedge after the answer's label)
                && !HEDGE.is_match(yes_scope(bare))
                && !POSSIBILITY.is_match(answer)
                && !NOT_DECISION.is_match(scoped)
                && !answer.trim_end().ends_with('?')
                && ((YES_NO.is_match(bare) || answer.matches("+1").count() >= 3) && !fact_question(&t[..=a.start()])
                    || asks_for_choice(before))
                // `Does the mirror need a second disk? → no`: a question of state is answered by a report
                && !(state_question(before) && YES_NO.is_match(bare))
        }) && super::actions::arrow_names(t).is_empty();
        // `Can't we make it cheap?` / `=> the goal remains X`: an arrow line answering the question above
        let starts_arrow = ["->", "=>", "→", "-->"].iter().any(|a| t.starts_with(a));
        // (`cancel?`, `patch release asap?` / `-> yes, this week`: a question cut to its proposal,
        // answered by a yes that goes on)
        let yes_goes_on = starts_arrow && yes_and_more(t);
        let choice = |q: &str| {
            let q = q.trim_end();
            // (`Do we need a window for it at all? It's read-mostly.`: the question, then a remark)
            let q = match q.rfind('?') {
                Some(i)
                    if !q[i + 1..].starts_with(')')
                        && q[i + 1..].split_whitespace().count() <= 12
                        && !["->", "=>", "→"].iter().any(|a| q[i + 1..].contains(a)) =>
                {
                    &q[..=i]
                }
                _ => q,
            };
            (q.ends_with('?') && (choice_question(q) || super::actions::proposes(q)) || INDIRECT_QUESTION.is_match(q))
                && !WHO.is_match(q)
                || yes_goes_on && elliptical_question(q)
        };
        // the question it answers: the line above, the item it hangs under, or the heading
        // (a paragraph over several lines is read whole: `We should` / `discuss if …` / `=> …`)
        let paragraph_above = || {
            let mut start = idx - 1;
            while start > 0 && doc.nodes[start].kind == Kind::Cont && doc.nodes[start - 1].kind == Kind::Para {
                start -= 1;
            }
            while start > 0 && doc.nodes[start].kind == Kind::Cont {
                start -= 1;
            }
            (doc.nodes[start].kind == Kind::Para).then(|| doc.full_text(start))
        };
        let asked: Option<String> = if !starts_arrow || idx == 0 || t.trim_end().ends_with('?') {
            None
        } else if let Some(p) =
            doc.nodes.get(idx - 1).filter(|p| !matches!(p.kind, Kind::Heading(_)) && choice(&p.text))
        {
            Some(p.text.trim().to_string())
        } else if let Some(p) = (node.kind == Kind::Para && doc.nodes[idx - 1].kind == Kind::Cont)
            .then(paragraph_above)
            .flatten()
            .filter(|p| choice(p))
        {
            Some(p.trim().to_string())
        } else if let Some(p) = node.parent.and_then(|p| doc.nodes.get(p)).filter(|p| choice(&p.text)) {
            Some(p.text.trim().to_string())
        } else if let Some(p) = node.parent.and_then(|p| doc.nodes.get(p)).filter(|p| {
            // `* "Operations" of what?` / `  * Different layers` / `  * => One format …`: the
            // arrow after the discussion below an open question concludes it
            let q = p.text.trim_end();
            q.ends_with('?')
                && !WHO.is_match(q)
                && !fact_like(q)
                && node.parent.is_some_and(|pi| doc.children(pi).next() != Some(idx))
        }) {
            Some(p.text.trim().to_string())
        } else if let Some(p) = node.parent.is_none().then(|| block_question(doc, idx)).flatten().filter(|p| {
            // `- Do we need X?` / `  - pros and cons` / `=> yes, we need one`: the question
            // of the list item whose sub-items end right above the arrow
            let q = p.text.trim_end();
            // (`X vs. Y vs. Z` names the options to choose from)
            choice(q)
                || [" vs. ", " vs ", " versus "].iter().any(|v| q.contains(v))
                || q.ends_with('?')
                    && !WHO.is_match(q)
                    && !fact_question(q)
                    && YES_NO.is_match(t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c)))
        }) {
            Some(p.text.trim().to_string())
        } else {
            let h = heading.trim();
            let first_arrow = doc.nodes[..idx]
                .iter()
                .rev()
                .take_while(|p| !matches!(p.kind, Kind::Heading(_)))
                .all(|p| !["->", "=>", "→"].iter().any(|a| p.text.trim_start().starts_with(a)));
            // `### Options for the registry` / `- Harbor` / `- Quay` / `=> Harbor`
            ((h.contains('?') || OPTIONS_HEADING.is_match(h)) && first_arrow).then(|| h.to_string())
        };
        // (`→ action: turn the draft into a workflow`: the answer is an action item)
        let arrow_answer = asked.is_some()
            && super::actions::arrow_names(t).is_empty()
            && !opens_with_marker(t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c)));
        if in_label_list {
            label_items[idx] = true;
        }
        // `Decisions:` / `- Both options?` / `  - need a path forward for A`: the question's
        // first sub-item answers it
        let label_question = parent.filter(|p| p.text.trim_end().ends_with('?')).is_some()
            && node.kind == Kind::Item
            && node.parent.is_some_and(|p| label_items[p] && doc.children(p).next() == Some(idx));
        // a sub-item that defers it (`Can not be decided right now`) takes it back
        let deferred = || {
            doc.children(idx).next().is_some_and(|c| {
                let ct = doc.nodes[c].text.trim();
                NOT_DECISION.is_match(ct) || HEDGE.is_match(ct)
            })
        };
        let text = if answered {
            Some(t.to_string())
        } else if in_label_list {
            // (a hedge in the list is no decision: `X may still be useful`)
            (!t.ends_with('?')
                && !t.contains(" may ")
                && !t.contains(" might ")
                && !m.actions.iter().any(|a| a.line == node.line)
                && !deferred())
            .then(|| t.to_string())
        } else if label_question
            && !t.ends_with('?')
            && !super::actions::proposes(t)
            && !m.actions.iter().any(|a| a.line == node.line)
        {
            let q = parent.map_or("", |p| p.text.trim());
            composed = true;
            Some(answer_to(q, t))
        } else if node.kind == Kind::Cont
            && idx > 0
            && doc.nodes.get(idx - 1).is_some_and(|p| p.kind == Kind::Item && puts_a_choice(p.text.trim_end()))
            && YES_NO.is_match(t)
        {
            // `* Move to the pad?` / `  YES. <link>`: the answer on the item's next line
            let q = doc.nodes[idx - 1].text.trim();
            composed = true;
            Some(answer_to(q, t))
        } else if menu_pick(t) {
            // `Where to start? IAM? IaaS? <-- IaaS`: one of the options the questions list
            Some(t.to_string())
        } else if let Some(q) =
            (!starts_arrow && node.kind == Kind::Item && idx > 0).then(|| sibling_answer(doc, idx, t)).flatten()
        {
            // `- Should it go into the infra pipeline or a new one?` / `- White-box tests, needs
            // credentials -> separate pipeline`: the arrow of the next item answers the question
            composed = true;
            Some(answer_to(q, t))
        } else if arrow_answer {
            let q = asked.as_deref().unwrap_or("");
            let a = t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c));
            composed = true;
            Some(format!("{q} → {a}"))
        } else if node.kind == Kind::Cont
            && idx > 0
            && doc
                .nodes
                .get(idx - 1)
                .is_some_and(|p| matches!(p.kind, Kind::Para | Kind::Cont) && decision_label(p.text.trim()))
        {
            // `Voting:` / `-> Variant 3 looks most attractive`
            Some(t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c)).to_string())
        } else if let Some((pt, is_item)) = parent.map(|p| (p.text.trim(), p.kind == Kind::Item)).or_else(|| {
            // `### Do we keep X?` / `- No, …`: a question heading answered by the first items below it,
            // or by the paragraph right below it (`### Keep X?` / `No.`)
            let first_para = node.kind == Kind::Para
                && idx > 0
                && matches!(doc.nodes[idx - 1].kind, Kind::Heading(_))
                && node.section == doc.nodes[idx - 1].section
                && asks_for_choice(heading)
                && !fact_question(heading);
            ((node.kind == Kind::Item && node.depth <= 1 || first_para) && heading.trim_end().ends_with('?'))
                .then_some((heading.trim(), false))
        }) {
            // `Should we X? (remark)` asks as well, and so does `Proposal: X` put to the group
            let question = pt.ends_with('?')
                || pt.ends_with(')') && pt.rfind('(').is_some_and(|i| pt[..i].trim_end().ends_with('?'))
                || proposal_label(pt);
            // counted only when an approval needs it (most lines are no approval)
            let short = || t.split_whitespace().count() <= 8;
            // `X can go into the notes` / `  - yes`: a bare yes or no under a proposal item
            let bare = t.trim_matches(|c: char| !c.is_alphanumeric());
            // `Tuesday or Thursday?` / `  - Thursday`: one of the question's options
            let option_picked = is_item && question && pt.contains(" or ") && picks_option(pt, t);
            let proposal_answered = is_item
                && (bare.eq_ignore_ascii_case("yes") || bare.eq_ignore_ascii_case("no"))
                && (super::actions::proposes(pt)
                    || pt.split_whitespace().any(|w| {
                        matches!(w, "can" | "could" | "should" | "shall" | "will" | "would" | "must" | "may")
                    }));
            let concluded = || {
                ["concluded", "decided", "agreed", "resolved", "beschlossen", "vereinbart", "entschieden"]
                    .iter()
                    .any(|w| contains_ci(pt, w))
                    && CONCLUDED_THAT.is_match(pt)
                    || pt.contains('(') && INTRO_SIGNAL.is_match(pt)
            };
            // (the same for every sub-item of the parent: read once per parent)
            if is_item
                && !t.ends_with('?')
                && memo(&mut parent_concludes, node.parent, || decision_label(pt) || concluded())
            {
                Some(t.to_string())
            } else if t.contains('?') && REMARK.replace_all(t, "").contains('?') {
                None
            } else if question && WHO.is_match(pt) {
                // `Who owns the chart?` / `- => @x`: an assignment, not a decision
                None
            } else if question
                && (t.contains("=>") || t.contains("->"))
                && choice_question(pt)
                && !HEDGE.is_match(t.rsplit(['>']).next().unwrap_or(""))
                && super::actions::arrow_names(t).is_empty()
                || YES_NO.captures(t).is_some_and(|c| c.get(1).is_some() || question) && !fact_question(pt)
                || APPROVAL.is_match(t) && (short() || approval_with_remark(t))
                || approved_by(t)
                || proposal_answered
                || option_picked
                || question && PLUS_VOTES.is_match(t)
                || question
                    && LABELLED_ANSWER.is_match(t)
                    && (choice_question(pt) || YES_NO.is_match(t[2..].trim_start()))
                    && !fact_like(pt)
            {
                composed = true;
                Some(answer_to(pt.trim_end_matches(':'), t))
            } else {
                None
            }
        } else if node.kind == Kind::Item
            && parent.is_none()
            && !heading.trim().is_empty()
            && bare_approval(t)
            // (under `## Decisions` the heading is a label, not the proposal)
            && !decision_label(heading.trim())
        {
            // `### Stabilize the v1 standard` / `- Approved`: the heading's proposal approved
            composed = true;
            Some(answer_to(heading.trim(), t))
        } else {
            None
        };
        if let Some(text) = text {
            // an answer is judged by its own words, not by the question's "should we", nor by
            // a remark in parentheses (`Move forward (maybe fewer retries?)`)
            let judged = if composed { t } else { text.as_str() };
            let own = if composed { REMARK.replace_all(t, "") } else { t.into() };
            // `Do it (@x)` under a proposal: an action item of @x, not a decision (but `Hooray!
            // (@x to merge it)` is both)
            let assigned = composed
                && APPROVAL.is_match(t)
                && t.find("(@").and_then(|i| t[i + 1..].split(')').next()).is_some_and(|inner| {
                    inner.split([',', ' ', '&']).all(|w| w.is_empty() || w.starts_with('@') || w == "and")
                })
                && m.actions.iter().any(|a| a.line == node.line && !a.owners.is_empty());
            if !HEDGE.is_match(yes_scope(&own))
                && !assigned
                && (!composed || !POSSIBILITY.is_match(&own))
                && (!NOT_DECISION.is_match(yes_scope(judged)) || answered)
                && !AGENDA_QUESTION.is_match(&text)
            {
                out.push(decision(m, node.line, heading, text));
            }
        }
        let _ = idx;
    }
}

/// What an answer that opens with a yes or a no is judged by: the yes and the clause after it
/// (`No, warnings only; we look at it again …` is a no, the look again a plan; `yes, only 24.04
/// for now, Debian 12 maybe later`); `yes, maybe` stays a hedge. Any other line whole.
fn yes_scope(t: &str) -> &str {
    let a = t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c));
    let start = t.len() - a.len();
    let Some((yes, rest)) = a.split_once([',', ';', '.', ':']) else { return t };
    let word = yes.trim().to_lowercase();
    if !["yes", "no", "ok", "okay", "ja", "nein", "oui", "non"].contains(&word.as_str()) {
        return t;
    }
    let clause = rest.find([',', ';', '.']).map_or(rest.len(), |i| i);
    let end = start + yes.len() + 1 + clause;
    &t[..end]
}

/// The question of the top-level list item whose sub-items end right above node `idx`
/// (`- Do we need X?` / `  - pros` / `  - cons` / then node `idx`), if it has sub-items.
fn block_question<'d, 'a>(doc: &'d Doc<'a>, idx: usize) -> Option<&'d Node<'a>> {
    let above = idx.checked_sub(1).and_then(|i| doc.nodes.get(i))?;
    // the top-level item the line above hangs under (at most a few levels up)
    let mut p = above.parent?;
    for _ in 0..8 {
        let n = doc.nodes.get(p)?;
        match n.parent {
            Some(q) => p = q,
            None => return (n.kind == Kind::Item && n.section == doc.nodes[idx].section).then_some(n),
        }
    }
    None
}

/// `PS approved`, `Board accepted`: one word for who approved, then the verdict, as the whole line
/// (not `PR approved`, `MR accepted`, a review's status, nor `it`, `this`).
fn approved_by(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['.', '!']);
    if !(t.ends_with("pproved") || t.ends_with("ccepted")) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let [who, verdict] = words.as_slice() else { return false };
    let not_people = ["pr", "mr", "prs", "mrs", "review", "it", "this", "that", "change", "patch", "commit"];
    who.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !not_people.contains(&who.to_ascii_lowercase().as_str())
        && (verdict.eq_ignore_ascii_case("approved") || verdict.eq_ignore_ascii_case("accepted"))
}

/// `Where to start? IAM? IaaS? <-- IaaS`: a question followed by its options, each a question of
/// one to three words, and a back arrow naming one of them.
fn menu_pick(t: &str) -> bool {
    let Some(i) = t.rfind("<-") else { return false };
    let (q, a) = (t[..i].trim_end(), t[i..].trim_start_matches(['<', '-']).trim());
    let options: Vec<&str> = q.split('?').map(str::trim).filter(|o| !o.is_empty()).skip(1).collect();
    let first = a.split([' ', ',', '(']).next().unwrap_or("");
    q.ends_with('?')
        && options.len() >= 2
        && options.iter().all(|o| (1..=3).contains(&o.split_whitespace().count()))
        && a.split_whitespace().count() <= 6
        && options.iter().any(|o| {
            o.eq_ignore_ascii_case(first) || o.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case(first))
        })
}

/// `Anna: so consensus: we fix now` → `consensus: we fix now`: a speaker's name and its colon,
/// a filler word or two, then a decision's label with its colon.
fn spoken_label(t: &str) -> Option<&str> {
    let (_, mut r) = super::doc::speaker_label(t)?;
    for _ in 0..2 {
        let (w, after) = r.split_once(' ')?;
        let bare = w.trim_end_matches([',', '.']).to_lowercase();
        if ["ok", "okay", "so", "fine", "then", "alright", "good"].contains(&bare.as_str()) {
            r = after.trim_start();
        } else {
            break;
        }
    }
    let (label, _) = r.split_once(':')?;
    ["decision", "decided", "consensus", "agreed", "conclusion", "resolution", "result"]
        .iter()
        .any(|l| label.trim().eq_ignore_ascii_case(l))
        .then_some(r)
}

/// A decision's label inside a line: after a sentence (`too sensitive. Decision: …`), after the
/// topic it decides (`VP24-2 (Schulungen): Beschluss: …`, `outil de CR : Décision : …`), after an
/// outline number (`3.1.2 Result: …`) or a chat line's time and nick (`[15:09] <ankel> resolved:
/// …`). The byte where the label starts, and whether what stands before it stays in the text (the
/// sentence or topic does; an outline number or a chat line's time does not).
fn framed_label(t: &str) -> Option<(usize, bool)> {
    if !t.contains(':') {
        return None;
    }
    let c = FRAMED_LABEL.captures(t)?;
    let (frame, keep) = match (c.name("sentence"), c.name("topic")) {
        (Some(s), _) => (s, true),
        (None, Some(topic)) => (topic, true),
        _ => (c.name("frame")?, false),
    };
    let at = t.len() - t[frame.end()..].trim_start_matches(['*', '_', ' ', ':']).len();
    (at < t.len()).then_some((at, keep))
}

/// The labels of [`framed_label`], in the languages of [`DECISION`] and [`VERDICT_LABELS`].
const FRAMED_LABELS: &str =
    r"d[eé]cisions?|beschluss|entscheidung|outcome|resolution|resolved|consensus|konsens|agreed|decided";
static FRAMED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::minutes::rx(&format!(
        r"(?i)(?P<sentence>[.!;]\s+)[*_]*(?:{FRAMED_LABELS})[*_]*\s*:\s*\S|^(?P<topic>\W*[^:\s*_][^:]{{0,39}}?)\s?:\s*[*_]*(?:{FRAMED_LABELS})[*_]*\s*:\s*\S|^(?P<frame>\W*\d+(?:\.\d+)+\.?\s+|\W*\[\d{{1,2}}:\d\d(?::\d\d)?\]\s*(?:<[^<>\s]{{1,30}}>\s*)?)(?:{FRAMED_LABELS}|results?)\s*:\s*\S"
    ))
    .expect("valid regex")
});

/// Where a hedge counts: after a label at the line's start, its first sentence only (`Outcome:
/// option (a). (b) maybe later` decides for (a); `Decision: maybe next week` decides nothing);
/// anywhere in any other line.
fn hedge_scope(t: &str) -> &str {
    let Some((label, rest)) = t.split_once(':') else { return t };
    let label = label.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let labels = ["decision", "decisions", "outcome", "result", "resolution", "consensus", "beschluss", "entscheidung"];
    if !labels.contains(&label.as_str()) {
        return t;
    }
    match rest.find(". ") {
        Some(end) => &t[..t.len() - rest.len() + end + 1],
        None => t,
    }
}

/// A question cut down to what it proposes (`cancel?`, `patch release 0.14.1 asap?`, `0.14.2 just
/// for this?`): its last clause is a few words that open with no question word and no auxiliary.
fn elliptical_question(q: &str) -> bool {
    let Some(body) = q.trim_end().strip_suffix('?') else { return false };
    let clause = [". ", "! ", "; "].iter().filter_map(|s| body.rfind(s).map(|i| i + s.len())).max().unwrap_or(0);
    let clause = body[clause..].trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    const OPENERS: &[&str] = &[
        "what",
        "where",
        "why",
        "how",
        "when",
        "who",
        "which",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "any",
        "anything",
        "anyone",
        "questions",
        "feedback",
        "comments",
        "thoughts",
        "ideas",
        "objections",
        "status",
        "news",
        "update",
        "updates",
        "else",
        "or",
    ];
    (1..=6).contains(&words.len()) && !clause.contains(['@', '?']) && !OPENERS.contains(&first.as_str())
}

/// `-> yes, cancelled`, `→ yes. merge #506 tomorrow`: a yes with more words after it, no hedge.
fn yes_and_more(t: &str) -> bool {
    let a = t.trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c));
    let Some((yes, rest)) = a.split_once([',', '.', ':', ';']) else { return false };
    ["yes", "yep", "ja", "sure", "ok", "agreed"].iter().any(|y| yes.trim().eq_ignore_ascii_case(y))
        && !rest.trim().is_empty()
        && !HEDGE.is_match(rest)
        && !rest.contains('?')
}

/// A question that puts a choice or a proposal to the group (`Move the docs?`, `Tuesday or
/// Thursday?`), not who does it nor a question of fact: its yes, no or arrow below decides.
fn puts_a_choice(q: &str) -> bool {
    q.ends_with('?') && !WHO.is_match(q) && !fact_question(q) && (choice_question(q) || super::actions::proposes(q))
}

/// The question of the item right above `idx` (a sibling asking to choose), when the answer
/// after the last arrow of `t` is short and decides (no hedge, not only people, an issue or a
/// name given a task).
fn sibling_answer<'d>(doc: &'d Doc, idx: usize, t: &str) -> Option<&'d str> {
    let node = doc.nodes.get(idx)?;
    let prev = doc.nodes.get(idx.checked_sub(1)?)?;
    let q = prev.text.trim();
    let asks = prev.kind == Kind::Item
        && prev.parent == node.parent
        && prev.depth == node.depth
        && q.matches('?').count() == 1
        && q.split_whitespace().count() <= 25
        && puts_a_choice(q);
    if !asks || t.contains('?') {
        return None;
    }
    let cut = ["->", "=>", "→"].iter().filter_map(|a| t.rfind(a).map(|i| i + a.len())).max()?;
    let answer = t[cut..].trim();
    let short = (1..=6).contains(&answer.split_whitespace().count());
    (short
        && !HEDGE.is_match(answer)
        && !POSSIBILITY.is_match(answer)
        && !only_people_or_reference(answer)
        && super::actions::arrow_names(t).is_empty())
    .then_some(q)
}

/// Whether an answer opens with an action item's marker (`AI @a: …`, `AP @a: …`, `TODO: …`,
/// `Action: …`).
fn opens_with_marker(answer: &str) -> bool {
    let a = answer.trim_start_matches(|c: char| !c.is_alphanumeric());
    ["AI ", "AI:", "AP ", "AP:", "TODO", "ToDo", "Action:", "Action item", "ACTION", "action:", "action item"]
        .iter()
        .any(|m| a.starts_with(m))
}

/// An answer that names only people (`@a, @b`, `@a w/ @b`) or only where the work is tracked
/// (`#397`, `[#397](…)`, a link): it hands the question on, it decides nothing.
fn only_people_or_reference(answer: &str) -> bool {
    let a = answer.trim().trim_end_matches(['.', '!']);
    if a.is_empty() {
        return false;
    }
    let link = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';'));
        w.starts_with("http://") || w.starts_with("https://") || w.starts_with('#') && w.len() > 1
    };
    // `[#397](https://…)`: the text of a link and its address
    let words: Vec<&str> = a.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let people = words.iter().all(|w| w.starts_with('@') || matches!(*w, "w/" | "with" | "and" | "&" | "+"));
    let refs = words.iter().all(|w| w.split("](").all(link));
    people && words.first().is_some_and(|w| w.starts_with('@')) || refs
}

/// `Resolved? Yes`, `hddtemp clarified? -> yes`, `#261 upstream: Done? Yes`: a short question
/// whose last word is a participle of a state (not `Agreed?`, `Approved?`, which ask for a
/// verdict): its yes or no reports.
fn status_question(q: &str) -> bool {
    let Some(end) = q.rfind('?') else { return false };
    let body = q[..end].trim_end_matches('?').trim_end();
    let clause = body.rsplit([':', '-', '–', '—']).next().unwrap_or(body).trim();
    let count = clause.split_whitespace().count();
    let Some(last) = clause.split_whitespace().next_back().map(|w| w.to_ascii_lowercase()) else { return false };
    let verdict = [
        "agreed",
        "approved",
        "accepted",
        "adopted",
        "decided",
        "preferred",
        "confirmed",
        "rejected",
        "needed",
        "required",
        "wanted",
        "desired",
        "supported",
        "allowed",
        "planned",
    ];
    (1..=4).contains(&count)
        && (last.len() > 4 && last.ends_with("ed") || last == "done")
        && !verdict.contains(&last.as_str())
        && !group_asked(clause)
}

/// `t.contains("AI")`, in one scan for the `A`.
fn has_ai(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'A', b).any(|i| b.get(i + 1) == Some(&b'I'))
}

/// Statements recording a decision, with their heading.
pub fn decisions(doc: &Doc, m: &Meeting) -> Vec<Decision> {
    let mut out = Vec::new();
    answer_decisions(doc, m, &mut out);
    label_paragraph(doc, m, &mut out);
    let mut section_named: Vec<Option<bool>> = vec![None; doc.sections.len() + 1];
    // `| # | Decision | Rationale |`: the column of a decision log, and the line of its last row
    let mut log_col: Option<(usize, usize)> = None;
    for (idx, node) in doc.nodes.iter().enumerate() {
        if node.kind == Kind::Para && node.text.contains(" | ") {
            let cells: Vec<&str> = node.text.trim().trim_matches('|').split('|').map(str::trim).collect();
            let header = cells.iter().position(|c| {
                let c = c.trim_matches(['*', '_']).to_ascii_lowercase();
                matches!(c.as_str(), "decision" | "decisions" | "beschluss" | "entscheidung" | "resolution" | "outcome")
            });
            match (header, log_col) {
                (Some(col), _) => log_col = Some((col, node.line)),
                (None, Some((col, last))) if node.line <= last + 2 => {
                    log_col = Some((col, node.line));
                    let cell = cells.get(col).copied().unwrap_or("").trim();
                    let separator = cell.chars().all(|c| matches!(c, '-' | ':' | ' '));
                    if !separator
                        && cell.split_whitespace().count() >= 2
                        && !HEDGE.is_match(cell)
                        && !NOT_DECISION.is_match(cell)
                    {
                        out.push(decision(m, node.line, doc.heading(node), cell.to_string()));
                    }
                    continue;
                }
                _ => log_col = None,
            }
        } else if !matches!(node.kind, Kind::Cont) {
            log_col = None;
        }
        if matches!(node.kind, Kind::Heading(_)) {
            // `### Decision: keep the images recommended`
            if let Some(c) = if node.text.contains(':') { HEADING_DECISION.captures(&node.text) } else { None } {
                let t = c[1].trim();
                if !t.ends_with('?') && !NOT_DECISION.is_match(t) && !HEDGE.is_match(t) {
                    let parent = node.section.and_then(|s| doc.section_parent.get(s).copied().flatten());
                    let heading = parent.and_then(|p| doc.sections.get(p)).map(|s| s.title.as_str()).unwrap_or("");
                    out.push(decision(m, node.line, heading, node.text.trim().to_string()));
                }
            }
            continue;
        }
        if out.iter().any(|d| d.line == node.line) {
            continue;
        }
        // `## Binding agreements` / `- less reviewers per PR`: each item is one
        if node.kind == Kind::Item && node.parent.is_none() {
            let t = node.text.trim();
            let h = doc.heading(node);
            // (the same for every item of the section: read once per section)
            let key = Some(doc.section_slot(node));
            let named = || {
                [
                    "decision",
                    "agreement",
                    "conclusion",
                    "resolution",
                    "beschl",
                    "entscheidung",
                    "vereinbarung",
                    "agreed",
                    "decided",
                ]
                .iter()
                .any(|w| contains_ci(h, w))
            };
            if memo(&mut section_named, key, || named() && DECISION_SECTION.is_match(h) && !h.contains('?'))
                && t.split_whitespace().count() >= 2
                && !t.ends_with('?')
                && !HEDGE.is_match(t)
                && !NOT_DECISION.is_match(t)
                // `## Agreements` / `- Alex to write the glossary`: an action item, not a decision
                && !m.actions.iter().any(|a| a.line == node.line)
            {
                out.push(decision(m, node.line, h, t.to_string()));
                continue;
            }
        }
        let label_a = node.text.trim_start().starts_with("A:")
            && idx > 0
            && doc.nodes.get(idx - 1).is_some_and(|p| {
                let q = p.text.trim_end();
                q.ends_with('?')
                    && (asks_for_choice(q) || YES_NO.is_match(node.text.trim_start()[2..].trim_start()))
                    && !fact_like(q)
            });
        // `old clusters: OK to delete`
        let ok_to = contains_ci(&node.text, "ok to") || contains_ci(&node.text, "okay to");
        if !doc.has(node, KW_DECISION)
            && !label_a
            && !ok_to
            // `AMSTERDAM it is`
            && !node.text.trim_end_matches(['.', '!', ' ', ';', ':', ')', '-', 'D']).ends_with(" it is")
            && !node.text.contains(" it is, ")
            && !node.text.contains(" it is (")
        {
            continue;
        }
        if label_a {
            // `A: probably not`, or answers in a round of opinions (`Opinions voiced … not consensus`)
            let answer = node.text.trim_start()[2..].trim();
            let opinions = doc.nodes[..idx]
                .iter()
                .rev()
                .take_while(|p| p.section == node.section)
                .any(|p| !matches!(p.kind, Kind::Heading(_)) && OPINIONS.is_match(&p.text));
            if !HEDGE.is_match(answer) && !opinions {
                out.push(decision(m, node.line, doc.heading(node), node.text.trim().to_string()));
            }
            continue;
        }
        let mut t = node.text.trim().to_string();
        // `**Anna:** ok, decision: keys get rotated` (a record of who said what): the speaker's
        // label and the filler words before a decision's label are no part of it
        if let Some(rest) = spoken_label(&t) {
            t = rest.to_string();
        }
        // `threshold too sensitive. Decision: 90 % for 10m`, `3.1.2 Result: …`, `[15:09] <ankel>
        // resolved: …`: a label inside the line decides from there on; the topic before it stays
        // (`outil de CR : Décision : …` decides on the tool for the minutes)
        let mut topic = None;
        if let Some((at, keep)) = framed_label(&t) {
            topic = keep.then(|| t[..at].trim_end().to_string());
            t = t[at..].to_string();
        }
        if t.ends_with('?') {
            // `as discussed, option 1 was preferred - progress?`: the statement before the question
            if let Some(m) = STATUS_TAIL.find(&t) {
                t.truncate(m.start());
            }
        }
        let verdict = |t: &str| VERDICT.is_match(t) && !NOT_VERDICT.is_match(t);
        // `[Proposal](…) was [accepted](…)`: the words of a link read as words
        let linked = || {
            t.contains("](") && {
                let p = link_words(&t);
                DECISION.is_match(&p) || verdict(&p)
            }
        };
        let signal = DECISION.is_match(&t)
            || PREFERRED.is_match(&t)
            || ok_to && OK_TO.is_match(&t)
            || verdict(&t)
            || VOTE_RESULT.is_match(&t)
            || linked();
        // `- [x] @a second look at #445 — approved`: a task-list item that is an action item
        // reports its status with the verdict word, it decides nothing
        let status_of_task = || node.task.is_some() && m.actions.iter().any(|a| a.line == node.line);
        if t.len() < 8
            || !signal
            || NOT_DECISION.is_match(&t)
            || HEDGE.is_match(hedge_scope(&t))
            || t.ends_with('?')
            || status_of_task()
        {
            continue;
        }
        // `is the mirror still needed? -> yes`: the answer to a question of fact is a report
        if let Some(q) = t.rfind('?') {
            let answer = t[q + 1..].trim_start_matches(|c: char| c.is_whitespace() || "-=>→".contains(c));
            // (`can @x look at it? -> yes`, `can someone check …? -> Zoe asks`: a volunteer found)
            if fact_question(&t[..=q]) && YES_NO.is_match(answer) || WHO.is_match(&t[..=q]) {
                continue;
            }
        }
        // `Conclusion:` with the decisions as sub-items: each sub-item is one (above)
        if node.kind == Kind::Item
            && (decision_label(&t) || CONCLUDED_THAT.is_match(&t) || INTRO_SIGNAL.is_match(&t))
            && doc.children(idx).next().is_some()
        {
            continue;
        }
        // `Decision:` with the content on the next line or in sub-items
        if t.ends_with(':') && t.split_whitespace().count() <= 3 {
            let mut rest = doc.full_text(idx);
            if rest.trim().ends_with(':') && node.kind == Kind::Item {
                let kids: Vec<String> = doc.children(idx).map(|c| doc.full_text(c)).collect();
                rest = format!("{} {}", rest.trim(), kids.join("; "));
            }
            if rest.trim().ends_with(':') {
                continue;
            }
            t = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        let heading = doc.heading(node);
        // under a tenders heading the lifecycle words report a tender's state (`decided`, `approved`),
        // unless the line is labelled a decision and names no tender (`Beschluss: tender texts are
        // reviewed by the board`)
        let labelled = || HEADING_DECISION.is_match(&t) && !t.contains("VP") && !contains_ci(&t, "lot ");
        // (a vote's result is the meeting's decision wherever it stands: `Vote 4–1–2: carried`,
        // `VP33 awarded to X (5/0/2)`)
        // (nor `the committee agreed that bidder questions are answered in five days`: a body's
        // decision in words)
        if doc.heading_chain(node).any(|h| TENDERISH.is_match(h))
            && !labelled()
            && !VOTE_RESULT.is_match(&t)
            && !GROUP_DECIDED.is_match(&t)
        {
            continue;
        }
        // `we should check whether X is supported` / `- result: it is not`: a finding, not a decision
        // (the check above it, or the item it hangs under)
        let checked = || {
            let above = idx.checked_sub(1).and_then(|i| doc.nodes.get(i)).filter(|p| p.parent == node.parent);
            [above, node.parent.and_then(|p| doc.nodes.get(p))]
                .into_iter()
                .flatten()
                .any(|p| RESEARCH.is_match(&p.text))
        };
        if contains_ci(t.get(..12).unwrap_or(&t), "result") && checked() {
            continue;
        }
        // "decided" at the start of a question heading is not a decision either
        if heading.trim_end().ends_with('?')
            && heading.to_lowercase().contains("decision")
            && !TAKEN.is_match(&node.text)
        {
            continue;
        }
        let t = match topic {
            Some(topic) => format!("{topic} {t}"),
            None => t,
        };
        out.push(decision(m, node.line, heading, t));
    }
    for d in &mut out {
        readable_alone(doc, d);
    }
    out.sort_by_key(|d| d.line);
    out
}

/// A question and the answer that decides it, with one arrow between them (`Looks good?` / `->
/// yes`: the answer's own arrow is not repeated).
fn answer_to(q: &str, a: &str) -> String {
    let a = a.trim_start();
    let a = ["-->", "->", "=>", "→"].iter().find_map(|arrow| a.strip_prefix(arrow)).map_or(a, str::trim_start);
    format!("{q} → {a}")
}

/// A decision's text made to read alone in a timeline (issue #10: "text carries its topic"):
/// without the arrow that opened its line (`--> Decision for Decap`), a bare answer label
/// (`A:` over its points) read as the question and its first point, and a short verdict (`no
/// objection`, `go ahead`) after the heading it was given under.
fn readable_alone(doc: &Doc, d: &mut Decision) {
    let t = d.text.trim_start_matches(|c: char| c.is_whitespace() || "-=>→*".contains(c)).trim_end();
    if t.len() != d.text.len() && !t.is_empty() {
        d.text = t.to_string();
    }
    let bare = d.text.trim_end_matches(|c: char| c == ':' || c.is_whitespace()).to_ascii_lowercase();
    if matches!(bare.as_str(), "a" | "answer" | "antwort" | "decision" | "result" | "outcome" | "conclusion") {
        let Some(idx) = doc.nodes.iter().position(|n| n.line == d.line && !matches!(n.kind, Kind::Cont)) else {
            return;
        };
        let Some(first) = doc.children(idx).next().map(|c| doc.nodes[c].text.trim()) else { return };
        let question = idx
            .checked_sub(1)
            .and_then(|i| doc.nodes.get(i))
            .map(|p| p.text.trim())
            .filter(|q| q.ends_with('?'))
            .map(|q| q.trim_start_matches(|c: char| c == 'Q' || c == ':' || c.is_whitespace()));
        d.text = match question {
            Some(q) if !q.is_empty() => answer_to(q, first),
            _ if !d.topic().is_empty() => format!("{}: {first}", d.topic()),
            _ => first.to_string(),
        };
        return;
    }
    let h = d.topic();
    if d.text.split_whitespace().count() <= 3 && !h.is_empty() && !d.text.contains('→') && !contains_ci(&d.text, h) {
        d.text = format!("{h}: {}", d.text);
    }
}

/// The patterns above, compiled ahead of a parse of many files ([`crate::minutes::warm_up`]).
pub(crate) const WARM: &[fn()] = crate::minutes::warm![
    SECOND_ROLE,
    URL_TEXT,
    MINUTES_BY,
    RESPONSIBLE,
    MINUTES_QUESTION,
    PARTICIPANTS,
    NEW_MEMBERS,
    HACKATHON,
    LIGHTNING,
    NEXT_WEEK,
    THIS_WEEK,
    NONE_WORDS,
    STATUS_VALUE,
    DECISION,
    FRAMED_LABEL,
    VERDICT,
    NOT_VERDICT,
    NOT_DECISION,
    TITLE_WORDS,
    TENDERISH,
    GROUP_DECIDED,
    VOTE_RESULT,
    TAKER_ROLE,
    MINUTES_HEADING,
    TAKER_LABEL,
    LEADING_HANDLES,
    LABELLED,
    ANSWERED,
    CONCLUDED_THAT,
    TAKEN,
    OPINIONS,
    CHOICE_QUESTION,
    YES_NO,
    APPROVAL,
    WHO,
    INDIRECT_QUESTION,
    INTRO_SIGNAL,
    PICK_CUE,
    RESEARCH,
    OPTIONS_HEADING,
    PREFERRED,
    OK_TO,
    PLUS_VOTES,
    STATUS_TAIL,
    LABELLED_ANSWER,
    REMARK,
    HEADING_DECISION,
    AGENDA_QUESTION,
    HEDGE,
    POSSIBILITY,
    FACT_QUESTION,
    TAG_QUESTION,
    DECISION_SECTION,
    DECISION_LABEL,
    TAKER_PART,
    NOTES_BY_HANDLES,
    OTHER_ROLE,
    BARE_TAKER_LABEL,
    TRANSFERS,
    LATER_TRANSFER,
    ROLE_REMARK,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The decision grammar's patterns compiled as [`AnyOf`] answer as each pattern compiled
    /// whole: on invented lines, and on every line of the corpus where it is present.
    #[test]
    fn split_patterns_answer_as_the_whole_ones() {
        let mut lines: Vec<String> = [
            "- Decision: we keep the old API",
            "Result of discussion: go with option B",
            "we decided to postpone the release",
            "the group chose variant 2",
            "Option A was accepted",
            "-> let's do it",
            "Consensus was reached after a long discussion",
            "no decision yet, needs a vote",
            "We will need approval from the board",
            "can not be decided right now",
            "AMSTERDAM it is :)",
            "3 for, 1 against",
            "wir haben beschlossen, das zu tun",
            "Entscheidung: noch offen",
            "[Decision] keep weekly calls",
            "approved",
            "  ",
            "Ärger über Öl: einig",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let corpus = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/scs-minutes"));
        fn walk(d: &std::path::Path, out: &mut Vec<String>) {
            let Ok(rd) = std::fs::read_dir(d) else { return };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "md") {
                    if let Ok(s) = std::fs::read_to_string(&p) {
                        out.extend(s.lines().map(|l| l.trim().to_string()));
                    }
                }
            }
        }
        if corpus.is_dir() {
            walk(corpus, &mut lines);
        } else {
            eprintln!("SKIP the corpus part: {} is absent", corpus.display());
        }
        for (name, any) in [
            ("DECISION", &*DECISION),
            ("VERDICT", &*VERDICT),
            ("NOT_VERDICT", &*NOT_VERDICT),
            ("NOT_DECISION", &*NOT_DECISION),
        ] {
            // its anchored alternatives as one automaton, its many unanchored ones as several
            assert!(any.parts() >= 2, "{name} mixes anchored and unanchored alternatives");
            assert!(any.is_dfa(), "{name} runs as a lazy DFA");
            let whole = any.whole();
            let mut matched = 0;
            for l in &lines {
                let m = any.is_match(l);
                assert_eq!(m, whole.is_match(l), "{name} on {l:?}");
                matched += usize::from(m);
            }
            assert!(matched > 0, "{name} matched no line");
        }
    }
}
