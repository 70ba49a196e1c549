/**
 * Verbs of saying that may name an act or a thing instead of words (`declared a state of
 * emergency`, `found him guilty`): the patterns that tell them apart. Data and one check.
 */
import type { VerbHit } from "./verbs.js";

const WROTE = /^(?:wrote|writes|write|writing)$/;
/** A piece of writing and where it ends or what it adds: `a sharp dissent,`, `an op-ed in`. */
const WRITING_NAMED =
  /^\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:dissent|opinion|letter|book|books|column|op-ed|memo|essay|article|piece|report|note|post|blog|song|songs|poem|novel|script|memoir|foreword|review|editorial)(?=[,.;]|\s+(?:in|for|on|about|with|joined|that\s+(?:was|is|has|had|appeared|ran))\b)/u;

const DECLARES = /^(?:declare|declares|declared|declaring)$/;
/**
 * What a declaration puts in force: `a state of emergency`, `a housing emergency`, `a major
 * incident` (in a headline, `critical incident`), `bankruptcy`, `martial law`.
 */
const DECLARED_ACT =
  /^\s+(?:(?:(?:a|an)\s+)?(?!that\s)(?:[\p{L}-]+\s+)?(?:state\s+of\s+(?:emergency|disaster|war|calamity)|emergency|disaster|incident|curfew|holiday|day\s+of\s+(?:national\s+)?mourning|ceasefire|truce)|bankruptcy|insolvency|martial\s+law|war|independence)\b/u;

const DISMISSES = /^(?:dismiss|dismisses|dismissed|dismissing)$/;
/** A case a court puts an end to: ` the case`, ` all charges against him`, ` the lawsuit`. */
const CASE_DISMISSED =
  /^\s+(?:(?:the|a|an|his|her|their|its|all|both|two|three)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:case|cases|charge|charges|count|counts|lawsuit|lawsuits|suit|appeal|appeals|indictment|complaint|petition|motion)\b(?!\s+as\b)/u;
/** People a leader sacks: ` seven ministers`, ` his chief of staff`, ` the coach`. */
const PEOPLE_DISMISSED =
  /^\s+(?:(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of|hundreds\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ministers?|officials?|staff|employees|workers|aides?|officers?|chief\s+of\s+staff|coach|manager|generals?|commanders?|governors?|secretary|director)\b(?![’']|\s+as\b)/u;

const SEEKS = /^(?:seek|seeks|sought|seeking)$/;
/** An office sought: ` a third term`, ` re-election`, ` the Democratic nomination`. */
const OFFICE_SOUGHT =
  /^\s+(?:a\s+(?:second|third|fourth|fifth|sixth|new|full|fresh)\s+term|re-?election|office|(?:the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:nomination|presidency|seat|leadership))\b/u;

const PROMOTES = /^(?:promote|promotes|promoted|promoting)$/;
/** A post someone is raised to: ` to head the health ministry`, ` him to captain`. */
const PROMOTED_TO_POST =
  /^\s+(?:(?:him|her|them)\s+)?to\s+(?:the\s+)?(?:rank|post|role|position|job|head|lead|run|captain|general|colonel|major|sergeant|lieutenant|manager|director|chief|minister|secretary|deputy|cabinet|principal|soloist|partner|first\s+team|senior\s+team)\b/;

const RECALLS = /^(?:recall|recalls|recalled|recalling)$/;
/** Goods called back, counted: ` more than 2 million cans`, ` 40,000 vehicles`. */
const GOODS_RECALLED =
  /^\s+(?:(?:more\s+than|about|nearly|almost|some|over|roughly|around|up\s+to|at\s+least)\s+)?\d/;
const ADVISES = /^(?:advise|advises|advised|advising)$/;
/** Whom someone counsels and on what, with no words: ` the government on river safety`. */
const ADVISED_ON =
  /^\s+(?:the|a|an|his|her|their|its|several|many)\s+[^,.;:“”"]{1,50}?\s+on\s+(?![^,.;:“”"]*\s(?:to|that)\s)[^,.;:“”"]+(?:[,.;]|$)/;
const CONCEDES = /^(?:concede|concedes|conceded|conceding)$/;
/** A score let in: ` more than four an over`, ` two goals`, ` a penalty`, ` 38 runs`. */
const SCORE_CONCEDED =
  /^\s+(?:(?:a|an|one|just|only|another|more\s+than|fewer\s+than|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)+(?:[\p{L}-]+\s+){0,2}?(?:goals?|runs?|points?|penalt(?:y|ies)|tries|try|wickets?|an\s+over|sets?|games?|frames?|corners?)\b/u;

const CONFIRMS = /^(?:confirm|confirms|confirmed|confirming)$/;
/** A name and the office it is confirmed in: ` Pete Hegseth as defense secretary`. */
const CONFIRMED_IN_OFFICE = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}as\s+(?:the\s+)?\p{Ll}/u;

const SHOWS = /^(?:show|shows|showed|shown|showing)$/;
const FINDS = /^(?:found|finds)$/;
/** Someone or a body found (`found him unconscious`, `found the body of a man`). */
const SOMEONE_FOUND =
  /^\s+(?:him|her|them|(?:the|a|an|his|her|their|two|three|several)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:woman|women|man|men|body|bodies|boy|boys|girl|girls|child|children|baby|victim|victims|remains|corpse|teenager|pensioner|person|people))\b(?![’'])(?!\s+(?:who|that|which)\b)/u;
/** What someone came by, not a finding: `found an unlikely ally in …`, `found a buyer`. */
const SOMETHING_GAINED =
  /^\s+(?:an?\s+|new\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ally|allies|home|job|buyer|partner|way|success|fame|love|work|refuge|shelter)\b/u;
/**
 * A verdict on someone: `found him guilty`, `found Smith not guilty of murder`, `found former
 * Riverton, N.J., Mayor Anthony DeLuca guilty`, `found action star Derek "Tank" Morrow not guilty`.
 */
const FOUND_GUILTY =
  /^\s+(?!that\s)(?:[^.;:“”"]|\.(?=[\p{L},])|[“"][^“”".]{1,20}[”"]){1,80}?\s(?:not\s+)?(?:guilty|innocent|liable|accountable|culpable|negligent|responsible\s+for)\b/u;
/** A judgement of something named before: `passages they found objectionable,`, `found it troubling.` */
const FOUND_SO =
  /^\s+(?:(?:it|them|him|her)\s+)?(?:(?:deeply|very|so|too|particularly|highly|most)\s+)?\p{Ll}+(?:able|ible|ive|ous|ful|ic|ing)(?=\s*(?:[,.;!?]|$))/u;
/**
 * A feeling shown, or its lack (`showed no emotion`, `showing little remorse`, `no visible
 * reaction`).
 */
const FEELING_SHOWN =
  /^\s+(?:no|little|any|some|visible|obvious|great|much)\s+(?:(?:visible|obvious|outward|apparent)\s+)?(?:sign\s+of\s+|signs\s+of\s+)?(?:emotion|remorse|regret|reaction|fear|distress|mercy|sympathy|contrition|feeling|interest|enthusiasm|appetite)\b/;

const SAYS = /^(?:say|says|said|saying)$/;
/** A parting: ` goodbye to coal`, ` a tearful farewell to the fans`. */
const FAREWELL_SAID =
  /^\s+(?:(?:a|their|his|her|its)\s+)?(?:(?:final|last|fond|tearful|emotional)\s+)?(?:goodbye|good-bye|farewell)\b/;

const POSTS = /^(?:post|posts|posted|posting)$/;
/**
 * A score or a result posted: `186 for four`, `a record profit`, `losses of £2m`, `their biggest
 * weekly gain since 2022`.
 */
const RESULT_POSTED =
  /^\s+(?:a\s+|(?:its|their|his|her)\s+(?:(?:biggest|largest|best|worst|steepest|sharpest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|strongest|weakest)\s+)?(?:(?:daily|weekly|monthly|quarterly|annual|yearly|one-day)\s+)?)?(?:(?:total|score)\s+of\s+)?(?:\d|(?:record|pre-tax|annual|quarterly|half-year|full-year)\s|(?:profits?|loss(?:es)?|revenue|sales|growth|gains?|drops?|falls?|rises?|declines?|increases?)\b)/;

const SUPPORTS = /^(?:support|supports|supported|supporting|back|backs|backed|backing)$/;
/** A vote's margin: `her by a 40 point margin`, `Clinton by 12 points`, `him by two to one`. */
const VOTED_BY_MARGIN =
  /^\s+(?:him|her|them|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+by\s+(?:(?:a|an|about|almost|nearly|more\s+than|roughly)\s+)*(?:[\p{L}\d-]+\s+){0,3}?(?:margin|points?|percent|per\s+cent|to\s+one|votes?)\b/u;

/**
 * A verb, what after it (within a reach, in characters) names an act or a thing rather than words:
 * `wrote a sharp dissent, joined by …` (a piece of writing), `declared a state of emergency`,
 * `declared bankruptcy`, `A judge dismissed the case on Tuesday` (a court's act; not `dismissed the
 * claim as …`), `has dismissed seven ministers` (a sacking), `seeking a third term` and `was
 * promoted to head the ministry` (an office), `conceded more than four an over` (a score), `The
 * Senate confirmed Pete Hegseth as defense secretary` (an appointment), `showed no emotion as the
 * sentence was read` (a face), `they found the 34-year-old woman with serious injuries` (someone
 * found, not a finding), `found an unlikely ally` (something gained), `found him guilty` (a
 * verdict), `passages they found objectionable` (a judgement), `posted 186 for four` (a score),
 * `supporting her by a 40 point margin` (a vote), `recalled more than 2 million cans` (goods), `has
 * advised the government on river safety` (counsel), `a Silesian town says goodbye to coal` (a
 * parting), `showed little interest in each other` (a face).
 */
const ACTS_NOT_WORDS: readonly (readonly [RegExp, RegExp, number])[] = [
  [WROTE, WRITING_NAMED, 50],
  [DECLARES, DECLARED_ACT, 40],
  [DISMISSES, CASE_DISMISSED, 60],
  [DISMISSES, PEOPLE_DISMISSED, 60],
  [SEEKS, OFFICE_SOUGHT, 50],
  [PROMOTES, PROMOTED_TO_POST, 40],
  [RECALLS, GOODS_RECALLED, 30],
  [ADVISES, ADVISED_ON, 100],
  [CONCEDES, SCORE_CONCEDED, 50],
  [CONFIRMS, CONFIRMED_IN_OFFICE, 80],
  [SHOWS, FEELING_SHOWN, 40],
  [FINDS, SOMEONE_FOUND, 60],
  [FINDS, FOUND_GUILTY, 100],
  [FINDS, SOMETHING_GAINED, 40],
  [FINDS, FOUND_SO, 40],
  [POSTS, RESULT_POSTED, 30],
  [SUPPORTS, VOTED_BY_MARGIN, 60],
  [SAYS, FAREWELL_SAID, 40],
];

/** Whether `verb` and what follows it in `sentence` name an act or a thing, not words. */
export function namesAct(sentence: string, verb: VerbHit): boolean {
  for (const [verbs, after, reach] of ACTS_NOT_WORDS) {
    if (verbs.test(verb.verb) && after.test(sentence.slice(verb.end, verb.end + reach)))
      return true;
  }
  return false;
}
