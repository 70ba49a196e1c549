/**
 * The reporting-verb lexicon: every inflected form of the cue words (src/quotes/cue-words.ts), which
 * of them carry a statement or take an object, and a scanner that finds them in text. The patterns
 * that find who spoke around them are in src/quotes/cues.ts.
 */

import { isSpaceCode } from "./chars.js";
import { MONTHS, WEEKDAYS } from "./cue-grammar.js";
import {
  IRREGULAR_CONTENT,
  IRREGULAR_OBJECT,
  LISTED,
  NEEDS_THAT_LEMMAS,
  NOUN_LIKE_LEMMAS,
  OBJECT_CUES,
  OBJECT_FORMS,
  OBJECT_LEMMA_LIST,
  PHRASAL_CUES,
  THAT_LESS_LEMMAS,
} from "./cue-words.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/** The base, -s, -ed and -ing forms of regular verbs: `complain` → complains, complained, complaining. */
function inflect(lemma: string): string[] {
  const [word, ...rest] = lemma.split("_");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const w = word!;
  const third = /(?:s|sh|ch|x|z)$/.test(w)
    ? `${w}es`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ies`
      : `${w}s`;
  const past = /e$/.test(w)
    ? `${w}d`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ied`
      : /^(?:[^aeiou]*[aeiou][bdgmnpt])$/.test(w) && !/(?:en|on|er)$/.test(w)
        ? `${w}${w.slice(-1)}ed`
        : `${w}ed`;
  const ing = /[^e]e$/.test(w)
    ? `${w.slice(0, -1)}ing`
    : /^(?:[^aeiou]*[aeiou][bdgmnpt])$/.test(w)
      ? `${w}${w.slice(-1)}ing`
      : `${w}ing`;
  return [w, third, past, ing].map((form) => form + tail);
}

/** Lemmas that are also nouns (`support for`, `attacks on`): only their -ed and -ing forms are cues. */
const NOUN_LIKE = new Set(NOUN_LIKE_LEMMAS.split(" "));

/** Base and -s forms of NOUN_LIKE lemmas (`support`, `attacks`). */
const NOUN_FORMS = new Set<string>();

function inflectAll(lemmas: string): string[] {
  return lemmas.split(/\s+/).flatMap((lemma) => {
    const forms = inflect(lemma);
    if (NOUN_LIKE.has(lemma)) for (const form of forms.slice(0, 2)) NOUN_FORMS.add(form);
    return forms;
  });
}

/** The first word of a verb phrase (`put` of `put it`), without splitting it into an array. */
export function firstWord(verb: string): string {
  const space = verb.indexOf(" ");
  return space < 0 ? verb : verb.slice(0, space);
}

/** True for a form that is as often a noun (`support`, `attacks`): it needs a clear subject. */
export function isNounLike(verb: string): boolean {
  return NOUN_FORMS.has(verb);
}

/** Added content verbs that introduce a statement only with `that` or a colon (`assume`, `state`). */
const NEEDS_THAT = new Set<string>();

/** Verbs whose object is the statement, as one space-separated list. */
const OBJECT_LEMMAS = OBJECT_LEMMA_LIST.replace(/\s+/g, " ");

/** Inflects `lemmas`; those not in `thatLess` join NEEDS_THAT (forms the list did not have yet). */
function registerNeedsThat(lemmas: string, thatLess: string): string[] {
  const free = new Set(thatLess.split(" "));
  const forms = inflectAll(lemmas);
  for (const lemma of lemmas.split(/\s+/)) {
    if (!free.has(lemma)) for (const form of inflect(lemma)) NEEDS_THAT.add(form);
  }
  return forms;
}

const LISTED_BEFORE = new Set(LISTED);
// `who has known the Clintons for decades`: the participle takes a statement only with `that`.
NEEDS_THAT.add("known");

const VERBS = [
  ...LISTED,
  ...registerNeedsThat(NEEDS_THAT_LEMMAS, THAT_LESS_LEMMAS),
  ...inflectAll(OBJECT_LEMMAS),
  ...IRREGULAR_CONTENT,
  ...IRREGULAR_OBJECT,
];

/** Verbs whose object is the statement itself (`criticized the plan`, `urged Congress to act`). */
const OBJECT_VERBS = new Set([
  ...inflectAll(OBJECT_LEMMAS),
  ...IRREGULAR_OBJECT,
  ...OBJECT_CUES,
  ...OBJECT_FORMS,
  ...PHRASAL_CUES,
]);

/**
 * A reply's forms, and a joke's or a complaint's, which carry a statement only with `that`
 * (`the chief executive replied that …`, `joked that …`; not `replied to the criticism`, `joked
 * with reporters`), even where they come before their speaker (`replied Smith`).
 */
const ONLY_WITH_THAT =
  /^(?:ruling|pressed|replied|replies|responded|responds|joked|jokes|laughs|sighs|quipped|quips|mused|muses|fumed|fumes|groused|grouses|grumbled|grumbles|scoffed|scoffs|retorted|retorts|persisted|persists|gushed|gushes|whispered|whispers|shouted|shouts|yelled|yells|exclaimed|exclaims)$/;

/** Verbs that carry a reported statement after them (`X said (that) …`). */
const CONTENT_VERBS = new Set(
  VERBS.filter(
    (v) =>
      ONLY_WITH_THAT.test(v) ||
      !/^(?:called|calls|asked|asks|continued|went on|goes on|screamed|chanted|shouting|yelling|chanting|cracked|read|reads|reacted|wondered)$/.test(
        v,
      ),
  ),
);

export interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

const VERB_WORDS = new Set(VERBS.filter((v) => !v.includes(" ")));
const VERB_PAIRS = new Map<string, Set<string>>();
for (const v of [...VERBS, "according to"]) {
  const [first, second] = v.split(" ");
  if (first && second) VERB_PAIRS.set(first, (VERB_PAIRS.get(first) ?? new Set()).add(second));
}

const MAX_VERB_LENGTH = Math.max(...[...VERB_WORDS, ...VERB_PAIRS.keys()].map((w) => w.length));

/** Index of a lower-case word's first two letters, last letter and length in CANDIDATE. */
function candidateIndex(first: number, second: number, last: number, length: number): number {
  return (((first - 97) * 26 + (second - 97)) * 26 + (last - 97)) * (MAX_VERB_LENGTH + 1) + length;
}
/**
 * 1 where some verb (or first word of a pair) has those first two letters, that last letter and
 * that length: most words (`the`, `and`, `that`, `some`) are ruled out before a string is cut for
 * a lookup.
 */
const CANDIDATE = new Uint8Array(26 * 26 * 26 * (MAX_VERB_LENGTH + 1));
for (const w of [...VERB_WORDS, ...VERB_PAIRS.keys()]) {
  if (/^[a-z]{3,}$/.test(w)) {
    const last = w.charCodeAt(w.length - 1);
    CANDIDATE[candidateIndex(w.charCodeAt(0), w.charCodeAt(1), last, w.length)] = 1;
  }
}

/** A candidate word: whether it is a verb by itself, and the words it starts a pair with. */
interface VerbEntry {
  word: boolean;
  pairs: Set<string> | undefined;
}
/** One lookup per candidate word instead of one per table. */
const VERB_ENTRIES = new Map<string, VerbEntry>();
for (const w of [...VERB_WORDS, ...VERB_PAIRS.keys()]) {
  VERB_ENTRIES.set(w, { word: VERB_WORDS.has(w), pairs: VERB_PAIRS.get(w) });
}

const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|my|your|these|those|any|every|another)\s+$/iu;

/** `her` before a word: an object pronoun before a verb that no noun phrase takes. */
const HER_BEFORE = /(?:^|[^\p{L}])her\s+$/u;
/** Forms of speech that never follow a possessive as a noun would (`her said`), nor are plurals. */
const OBJECT_VERB = /^(?:said|says|told|tells|wrote|writes|added|adds|insisted|insists)$/;

/** Verbs of the lexicon that are nouns as well (`a big reason`, `the main fear`). */
const NOUN_TOO = new Set([
  "reason",
  "fear",
  "fears",
  "hope",
  "hopes",
  "doubt",
  "doubts",
  "concern",
  "dispute",
  "disputes",
  "concerns",
  "worry",
  "worries",
  "claim",
  "claims",
  "charge",
  "charges",
  "estimate",
  "estimates",
  "promise",
  "promises",
  "plan",
  "plans",
  "guess",
  "warning",
  "question",
  "answer",
  "report",
  "reports",
  "comment",
  "comments",
  "point",
  "argument",
  "message",
  "suspect",
  "suspects",
  "figure",
  "figures",
]);
/** True for a reporting verb that is a noun as well (`promise`, `warning`, `claims`). */
export function isNounToo(word: string): boolean {
  return NOUN_TOO.has(word);
}

const DETERMINER_ADJECTIVE_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|my|your|one|another)\s+(?:(?!(?:accused|deceased|injured|wounded|insured|unemployed|detained|condemned)\s)\p{Ll}{3,}ed|\p{Ll}+-\p{Ll}+(?:ed|ing|held|known|made)|big|bigger|biggest|main|key|major|good|only|real|same|other|first|second|single|primary|chief|simple|whole|deep|deepest|growing|common|serious|great|greatest|worst|darkest|own|tough|stark|strong|clear|blunt|dire|grim|sharp|stern|veiled|new|similar|final|last|official|stated|actual|apparent|underlying|initial|original|formal|murder|prime|bitter|fierce|heated|angry|acrimonious|lengthy|protracted|ongoing|legal|public|long)\s+$/iu;

/** What kind of warning a word before `warning` names (`amber`, `wind`, `flood`, `profit`). */
const WARNING_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:amber|yellow|red|orange|weather|wind|rain|snow|ice|fog|flood|storm|heat|heatwave|tornado|hurricane|tsunami|cyclone|typhoon|fire|travel|health|profit|earnings|safety|evacuation|bushfire|wildfire)\s+$/iu;

/** What kind of claim a word before `claims` names (`asylum`, `insurance`, `benefit`). */
const CLAIM_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:asylum|insurance|benefit|benefits|compensation|damages|expense|expenses|injury|warranty|refugee|disability|pension|tax|unemployment|jobless|fraud|territorial|land|title)\s+$/iu;
/** What kind of rules a word before `rules` names (`under ground rules set by`). */
const RULE_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:ground|house|golden|safety|tax|trade|budget|election|voting|party|fiscal|planning|zoning|building|competition|transfer|financial|privacy|ethics|fire|new|tougher|tough|stricter|strict|draft|proposed|existing|current|updated|revised)\s+$/iu;
/** What kind of point a word before `points` names (`match`, `break`, `bonus`). */
const POINT_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:match|set|break|game|championship|bonus|ranking|percentage|talking|pressure|selling|sticking|tipping|flash|entry|access|boiling|starting|vantage|three|two|four|five|six)\s+$/iu;

/** What kind of forecast a word before `forecast` names (`profit`, `weather`, `growth`). */
const FORECAST_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:profit|profits|earnings|sales|revenue|revenues|growth|weather|budget|inflation|economic|full-year|annual|quarterly|guidance|shipping|marine|snow|rain|flood|storm|price)\s+$/iu;
/** What kind of plans a word before `plans` names (`spending`, `expansion`, `rescue`). */
const PLAN_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:spending|expansion|rescue|investment|recovery|growth|holiday|travel|wedding|retirement|building|housing|development|business|pension|tax|budget|reform|restructuring|evacuation|contingency|battle|war|peace|succession|production|rollout|launch|merger|takeover)\s+$/iu;

/** What kind of questions a word before `questions` names (`pointed`, `tough`, `follow-up`). */
const QUESTION_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:pointed|tough|difficult|hard|searching|probing|awkward|detailed|follow-up|further|several|many|few|no|some|any|serious|legitimate|written|urgent)\s+$/iu;

/**
 * What kind of address a word before `address` names (`Christmas`, `keynote`, `inaugural`, `State
 * of the Union`).
 */
const ADDRESS_KIND_BEFORE =
  /(?:^|[^\p{L}])(?:Christmas|Easter|annual|inaugural|keynote|televised|farewell|opening|closing|budget|commencement|national|radio|state-of-the-union|weekly|presidential|video|email|web|home|State\s+of\s+the\s+(?:Union|State|Nation|City|Commonwealth|County))\s+$/iu;

/** Words a kind before them makes nouns (`Amber wind warning`, `match points`, `asylum claims`). */
const KIND_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ["questions", QUESTION_KIND_BEFORE],
  ["forecast", FORECAST_KIND_BEFORE],
  ["forecasts", FORECAST_KIND_BEFORE],
  ["plan", PLAN_KIND_BEFORE],
  ["plans", PLAN_KIND_BEFORE],
  ["warning", WARNING_KIND_BEFORE],
  ["warnings", WARNING_KIND_BEFORE],
  ["point", POINT_KIND_BEFORE],
  ["points", POINT_KIND_BEFORE],
  ["claim", CLAIM_KIND_BEFORE],
  ["claims", CLAIM_KIND_BEFORE],
  ["rules", RULE_KIND_BEFORE],
  ["address", ADDRESS_KIND_BEFORE],
]);

/**
 * A comma, a full stop or a semicolon right after a word (`attacks,`, `support.`), or `than`
 * (`more Shakespeare references than …`).
 */
const NOUN_END_AFTER = /^(?:[,.;]|\s+than\b)/;
/** A verb that takes a noun for its object, and perhaps an adjective, before a word. */
const OBJECT_OF_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:made|make|makes|making|faced|faces|facing|drew|draws|raised|raises|raising|fielded|fields|dashed|dashes|dashing|fuelled|fueled|fuelling|fueling|fuels|boosted|boosts|lifted|lifts|revived|revives|crushed|received|receives|issued|issues|has|have|had)\s+(?:(?!(?:him|her|them|us|me|it|you|to|that)\s)\p{Ll}+\s+)?$/u;
/** A pronoun, or a name after a quotation's close, right before a verb (`he `, `” Trump `). */
const SUBJECT_OF_CUE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:he|she|they|we|I|who|He|She|They|We)|[”"’']\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3})\s*$/u;
const NO_OR_ANY_BEFORE = /(?:^|[^\p{L}])(?:no|any)\s+$/iu;
/** A noun a participle like `written` may describe (`a written account`). */
const WRITTEN_THING_AFTER =
  /^\s+(?:account|statement|submission|evidence|answer|reply|question|record|note|warning|apology|complaint|report|testimony|response|request|notice|permission|consent|agreement|word|version|text|explanation|summary|ruling|judgment|judgement|decision|order|assurance|confirmation|guarantee|undertaking|exam|test)s?\b/;
/** An article or a short adjective right before a word (`a `, `short `, `brief `). */
const ARTICLE_OR_ADJECTIVE_BEFORE =
  /\b(?:a|an|the|short|brief|long|detailed|formal|his|her|their|its|in|no)\s+$/;
/** `of` right after a word. */
const OF_AFTER = /^\s+of\s/;
const ESTIMATE_OR_FIGURE = /^(?:estimates?|figures?)$/;
/** A verb right after a word: the word is its subject's noun. */
const FINITE_AFTER =
  /^\s+(?:was|were|is|are|has|had|swore|fled|died|told|said|admitted|pleaded|denied|appeared|remained)\b/;
/** Where something lies, right after a plural (`projects along the coast`, `attacks across`). */
const WHERE_AFTER = /^\s+(?:along|across|around|near|throughout|worth|valued)\b/;
/** A verb of a level's change right after a word: the word is its subject (`AI demand soars`). */
const CHANGE_AFTER =
  /^\s+(?:soars|soared|grows|grew|rises|rose|falls|fell|surges|surged|slows|slowed|slumps|jumps|drops|dips|climbs|eases|booms|wanes|mounts|offsets|outpaces|outstrips|drives|drove|lifts|boosts|fuels|props|cools|cooled|weakens|weakened|rebounds|rebounded|recovers|slips|slipped|stalls|stalled)\b/;
/**
 * An auxiliary after `plans`: the noun's verb (`China's Central Asian plans did not go down well`).
 * Not after `hopes` or `estimates`, whose object clause may lose its subject (`which Clinton hopes
 * can help`).
 */
const PLANS_THEN_AUX = /^\s+(?:did|does|do|will|would|could|can|may|might|must|should)\b/;

const PLURAL_BEFORE =
  /(?:^|[^\p{L}\d])(?:some|many|all|both|several|few|other|various|most|straight|consecutive|unanswered|two|three|four|five|six|seven|eight|nine|ten|\d+|under|with|without|amid|despite|against|into|among)\s+$/iu;
const POSSESSIVE_BEFORE = /\p{L}[’']s\s+$/u;
/** A possessive that is no pronoun's contraction (`Epstein’s `, not `he’s ` or `it’s `). */
const OWNER_POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?!(?:he|she|it|that|there|what|who|here|where)[’']s\s)\p{L}+[’']s\s+$/iu;
const COUNTED_BEFORE = /\d\s+$/;
const PLURAL_AFTER = /^\s+\p{Ll}+[^s’'\s]s\b(?!\s+(?:that|to)\b)/u;

/**
 * False when DETERMINER_BEFORE cannot match before `start`: it needs white space right before the
 * word, after a word ending in e, a, n, s, r or y (any case; other letters only past ASCII, where
 * case folding may map them onto one).
 */
function mayFollowDeterminer(text: string, start: number): boolean {
  let j = start - 1;
  if (!isSpaceCode(charCodeAt.call(text, j))) return false;
  while (j > 0 && isSpaceCode(charCodeAt.call(text, j - 1))) j--;
  // At the start of the text (j = 0) this reads NaN | 32 = 32: no determiner.
  const c = charCodeAt.call(text, j - 1) | 32;
  if (c >= 128) return true;
  return c === 101 || c === 97 || c === 110 || c === 115 || c === 114 || c === 121;
}

/** A letter, apostrophe or hyphen: `said` inside `unsaid` or `said-so` is not the verb. */
function isWordJoiner(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45;
  }
  return code === 0x2019 || /\p{L}/u.test(String.fromCharCode(code));
}

const SUCH_AS_AFTER = /^\s+such\s+as\b/;
/** `the rules committee`, `a rules change`: `rules` before these is a noun. */
const RULES_NOUN_AFTER = /^\s+(?:committee|change|changes|panel|fight|package|vote)\b/;
/** A form of `be` right before a word. */
const BE_BEFORE = /(?:^|\s)(?:is|are|was|were|be|been|being|am)\s+$/;
/** Adverbs that make `charged` an adjective (`emotionally charged`). */
const CHARGED_ADJECTIVE =
  /\b(?:emotionally|politically|racially|highly|sexually|ideologically|electrically)\s+$/;
/** Past participles that end in neither -ed nor -s: `was told`, `is thought`. */
const PAST_PARTICIPLE =
  /^(?:told|said|thought|found|known|shown|seen|heard|given|written|held|made|taken|brought|taught|sought|meant|kept|left|put|set|read|led|felt|understood|spoken|sworn|shaken|caught|bound|quoted|urged)$/;
/** The next word, past a floating quantifier or adverb (`figures both suggested`, `experts also say`). */
const NEXT_WORD = /\s+(?:(?:both|all|also|each|still|often|now)\s+)?([a-z]+)\b/y;
/**
 * Verbs that follow a plural subject (`advocates hailed`, `reports show`, `estimates put`), beside
 * reporting verbs in the past; not a plain form that may be a noun (`insists talk of a deal …`).
 */
const PLAIN_VERB_AFTER =
  /^(?:show|showed|put|hailed|have|had|were|are|aren|weren|haven|said|told|wrote|spoke|say|argue|believe|contend|insist|warn|agree|think|fear|worry|hope|want|predict|expect|suggest|acknowledge|maintain|caution|complain|urge|sold|went|drew|ended|began)$/;

/**
 * A relative pronoun and a plural auxiliary after a form in -s: the form is a plural noun
 * (`comments that were echoed`); a singular `that` may be the statement's subject (`estimates
 * that could be`).
 */
const RELATIVE_AUX_AFTER = /^\s+(?:that|which)\s+(?:were|are|have)\b/;

/**
 * Whether the form in -s ending at `end` is a plural noun, a verb right after it (`advocates said`)
 * or after a participle's phrase (`figures published last week showed`).
 */
function isPluralBeforeVerb(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1];
  return (
    next !== undefined &&
    (PLAIN_VERB_AFTER.test(next) ||
      (next.endsWith("ed") && VERB_WORDS.has(next)) ||
      PARTICIPLE_THEN_VERB.test(text.slice(end, end + 80)))
  );
}

/**
 * A participle's phrase, then the verb of what a plural before it shows (`figures ▮published last
 * week showed that`, `reports ▮obtained by the BBC show`).
 */
const PARTICIPLE_THEN_VERB =
  /^\s+(?:\p{Ll}+ed|seen|given|taken|shown|made|drawn)\s[^,;.“”"]{0,50}?\s(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|found|indicate|indicates|indicated|put|puts)\b/u;

/**
 * After the preposition of `spoke on`, `commented on`, `called on`: a time, a manner or a medium
 * (`spoke on Tuesday`, `on condition of anonymity`, `on the phone`, `commented on Twitter that …`),
 * not what was spoken about; the verb is then read alone, if it is a cue alone.
 */
const ON_NOT_TOPIC = new RegExp(
  `^\\s+(?:(?:the\\s+)?(?:condition|record|phone|telephone|sidelines|floor|air|radio|stage|camera|eve|same\\s+day|day|morning|afternoon|evening|night)\\b|background\\b|behalf\\b|(?:${WEEKDAYS}|${MONTHS}|Twitter|Facebook|Instagram|television|TV)\\b|\\d|(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,4}that\\s)`,
  "u",
);

/** `pushed for nearly a decade`, `argued for years`: a duration, not what was argued for. */
const FOR_NOT_TOPIC =
  /^\s+(?:(?:(?:nearly|almost|about|more\s+than|over|at\s+least|the\s+past|the\s+last)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:decades?|years?|months?|weeks?|days?|hours?)|decades|years|months|weeks|days|hours|so\s+long|the\s+(?:first|second|third|last)\s+time)\b/;
/** A player's position before `back` (`centre back`, `running back`). */
const POSITION_BEFORE = /\b(?:centre|center|left|right|full|wing|running|half)\s+$/i;
/** `of` before `state` (`secretary of state`, `head of state`): the noun. */
const OF_BEFORE = /\bof\s+$/i;
/** A shot or a ball right before a verb (`his approach ▮found`, `the header ▮found`). */
const SHOT_BEFORE =
  /\b(?:approach|shot|drive|putt|chip|ball|header|cross|effort|strike|volley|tee\s+shot|free-kick|free\s+kick|pass|throw|kick)\s+$/;
/**
 * A degree before an adjective in -ing (`most demanding`, `technically demanding`, `very`); not
 * an adverb of how something is done (`strongly disputing accusations`).
 */
const DEGREE_BEFORE_ING =
  /(?:^|\s)(?:most|more|least|less|very|technically|physically|emotionally|mentally|financially|extremely|highly|particularly|especially|equally)\s+$/u;
/** A verb whose object is a plan: `set out `, `unveiled `, `scrapped ` (maybe and `new`). */
const PLANS_OBJECT_BEFORE =
  /(?:^|\s)(?:set\s+out|laid\s+out|drew\s+up|drawn\s+up|unveiled|unveils|announced|announces|outlined|outlines|scrapped|shelved|dropped|abandoned|approved|rejected|backed)\s+(?:new\s+)?$/;
/** `heard` or `as` right before `saying`. */
const HEARD_OR_AS_BEFORE = /\b(?:heard|as)\s+$/;
/** A degree before `known` (`The best known of them`, `the least known`): an adjective. */
const DEGREE_BEFORE_KNOWN =
  /(?:^|\s)(?:best|most|least|better|lesser|less|little|well|widely)\s+$/i;
/** A preposition or a relative after `voice` or `voices`, which as a verb takes its object first. */
const PREPOSITION_AFTER_VOICE =
  /^\s+(?:on|in|of|for|from|within|across|at|among|against|who|that|calling|urging)\b/;
/** A place's name before `state` and a comma or a full stop after it (`Punjab state,`). */
const PLACE_STATE = /\s(?:in|of|from|across|\p{L}+[’']s)\s+\p{Lu}[\p{L}-]+\s+state[,.;]$/u;
/**
 * A noun after `attack` that makes it one too (`attack coach`, `attack ads`), or a verb a
 * headline or a sentence gives the attack (`Ransomware attack forces hospitals to …`, `The
 * Stolnik attack struck a crowded market`).
 */
const NOUN_AFTER_ATTACK =
  /^\s+(?:coach(?:es)?|ads?|helicopters?|dogs?|submarines?|jets?|drones?|lines?|plans?|rates?|surface|forces|hits|kills|leaves|disrupts|shuts|cripples|halts|sparks|prompts|causes|delays|closes|knocks|exposes|injures|wounds|struck|killed|left|destroyed|damaged|wounded|injured|came|happened|occurred)\b/;
/** A player's role after `attacking` (`attacking midfielder Isco`, `an attacking role`): an adjective. */
const ROLE_AFTER_ATTACKING =
  /^\s+(?:midfielders?|midfield|full-?backs?|wing-?backs?|players?|roles?|options?|threats?|third|football|intent|play|duties)\b/;
/** A capitalized word right after: a name. */
const NAME_AFTER = /^\s\p{Lu}/u;
const ADD_FORMS = new Set(["add", "adds", "added", "adding"]);
/**
 * What is added that is no statement: a player's score (`a goal`, `three assists`, `another 20
 * points`), more of something (`to the controversy`, `to the list`), or of what a business has
 * (`more generation capacity`, `1,200 jobs`). Not after `adding`, whose
 * clause a sentence's other cue may end at (`…, according to X, adding to …`).
 */
const SCORE_OR_TO_AFTER =
  /^\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|\d+)\s+(?:\S+\s+)?(?:goals?|assists?|points?|runs?|touchdowns?|rebounds?|saves?|yards?|wickets?|tries|try|strikeouts?|hits?|birdies?|pars?|laps?|baskets?|sacks?)\b|to\s+(?:a|an|the|its|his|her|their|this|that|these|those|growing|mounting)\s|(?:more|new|extra|\d[\d,.]*)\s+(?:\p{Ll}+\s+){0,2}?(?:capacity|jobs|staff|seats|flights|routes|stores|beds|homes|units|members|customers|subscribers|users|megawatts|gigawatts)\b)/u;
const TARGET_FORMS = new Set([
  "target",
  "targets",
  "targeted",
  "targeting",
  "targetted",
  "targetting",
]);
/** What a drug, a policy or a campaign aims at: ` a common cancer-causing mutation`, ` shoppers`. */
const THING_TARGETED =
  /^\s+(?:(?:a|an|the|its|their|specific|certain)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:mutations?|proteins?|genes?|cells?|receptors?|enzymes?|pathways?|tumou?rs?|virus(?:es)?|bacteria|markets?|customers|audiences?|consumers|buyers|shoppers|emissions|inflation|areas?|neighbou?rhoods|sites?|facilities|infrastructure|positions?)\b/u;
/** `figured out how to …`: worked out, not said. */
const FIGURE_FORMS = new Set(["figure", "figures", "figured"]);
/** After `champion` as a noun: punctuation, `of`, `who`, `and`, a place or time. */
const CHAMPION_AFTER = /^(?:\s*[,.;:)]|\s+(?:of|who|and|in|at|for)\b)/u;
/**
 * Before `champion` as a noun: a word for which one it is, maybe with a capitalized one after it
 * (`the current Georgian champion`); not a capitalized subject alone (`Democrats champion the bill`).
 */
const CHAMPION_BEFORE =
  /\b(?:world|national|reigning|defending|former|current|olympic|title|state|league|two-time|three-time|the|a)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u;
/** An indefinite noun phrase ending right before a word (`a firm `, `an online magazine `). */
const INDEFINITE_NOUN_BEFORE = /(?:^|[\s,(])(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}$/u;
/** A possessive right before a word (`Trump’s `, `Sanders’ `). */
const POSSESSIVE_END = /(?:\p{L}[’']s|s[’'])\s+$/u;
/** A lower-case word next that no object or clause opens: a noun an adjective describes. */
const NOUN_NEXT =
  /^\s+(?!(?:that|the|a|an|his|her|their|its|this|these|those|it|to|what|how|him|them|me|us)\b)\p{Ll}/u;
/** What is done again and again after `repeated` as an adjective (`repeated failure to …`). */
const REPEATED_THING =
  /^\s+(?:failures?|attempts|efforts|visits|delays|violations|incidents|instances|occasions|times|bouts|episodes|requests|complaints|calls|use|exposure)\b/;
/**
 * A noun before `report(s)` that makes it a compound noun (`false news reports to discredit …`);
 * not a name's last word (`The Associated Press reports`, `CBS News reports`).
 */
const NOUN_BEFORE_REPORT =
  /(?:^|\s)(?:news|media|press|[Ee]arnings|[Ii]ntelligence|[Cc]redit|[Ii]ncident|[Ee]xpense|[Ss]tatus|[Pp]rogress)\s+$/;
/**
 * `back camera`, `back and forth`, `back then`, `back in 2008`, `back to health`, `back on track`:
 * no verb of support.
 */
const NOUN_AFTER_BACK =
  /^\s+(?:cameras?|doors?|seats?|yard|pain|panel|cover|porch|room|burner|pages?|rows?|and\s+forth|then|in\b|to\s+(?:back|school|work|normal|health|life|full|the\s+(?:UK|US|club|team|office|stage|pitch|squad))|on\s+(?:track|the\s+(?:menu|market|agenda|table|shelves)))/;
/**
 * A verb whose particle `back` is, maybe after its object (`held back loan guarantees`, `scaled
 * back`, `came back`, `hands back`, `take government back`).
 */
const PARTICLE_BACK_BEFORE =
  /\b(?:held|hold|holds|holding|pull(?:s|ed|ing)?|cut|cuts|cutting|scal(?:e|es|ed|ing)|roll(?:s|ed|ing)?|came|come|comes|coming|bounc(?:e|es|ed|ing)|go|goes|going|went|gone|get|gets|got|getting|bring|brings|brought|bringing|give|gives|gave|given|giving|take|takes|took|taken|taking|pay|pays|paid|paying|send|sends|sent|sending|fall|falls|fell|falling|step(?:s|ped|ping)?|turn(?:s|ed|ing)?|look(?:s|ed|ing)?|set|sets|setting|win|wins|won|winning|hand(?:s|ed|ing)?|way)(?:\s+(?!way\b)[\p{L}-]+)?\s+$/iu;
const TANK_AFTER = /^\s+tanks?\b/;
const OFF_AFTER = /^\s+off\b/;
const KIND_OF_SHOW_BEFORE = /\b(?:[Tt]alk|TV|radio|news|[Cc]ooking|[Rr]eality|road|trade|air)\s+$/;
const MODAL_AFTER = /^\s+(?:may|might|will|would|could|should|can|must)\b/;
const NOUN_BEFORE =
  /(?:^|[^\p{L}])(?!(?:he|she|they|we|you|it|who|which|that|what|one|everyone|someone|nobody)\s)(?:\p{Ll}+|\p{L}+[’']s)\s+$/u;
const KIND_OF_STATE_BEFORE =
  /(?:^|[^\p{L}])(?:Western|Eastern|Southern|Northern|Midwestern|Belt|coastal|industrial|farm|Southwestern|Northeastern|Southeastern|Gulf|Plains|swing|battleground|early|key|border|blue|red|purple|primary|caucus|remaining|neighboring|neighbouring|member|March|Tuesday|big|small|large|rural|Democratic|Republican|GOP|Asian|European|African|American|Arab|Muslim|Islamic|Baltic|Balkan|Nordic|Pacific|Caribbean|Persian|Soviet|Central|island|oil|nuclear|sovereign|city|client|rogue|failed|frontline|fellow|individual|other|several|these|those|many|some|all|both|most)\s+$/u;

/** A degree word before a form in -ing: it is an adjective (`most telling`, `very revealing`). */
const DEGREE_BEFORE =
  /(?:^|[^\p{L}])(?:most|more|very|so|too|particularly|especially|less|least)\s+$/u;

/** `Rust Belt states that have suffered`: states a relative clause describes are places. */
const STATES_THAT_AFTER =
  /^\s+(?:that|which|where|like|such\s+as|with|including)\s+(?:have|has|had|are|were|is|was|will|would|could|voted|went|backed|\p{Ll}+ed\b)/u;

/** A role or a body after `state`, which then is a noun (`state senator`, `state police`). */
const STATE_ROLE_AFTER =
  /^\s+(?:senator|senators|representative|lawmaker|lawmakers|legislator|legislators|legislature|attorney|treasurer|auditor|comptroller|official|officials|police|trooper|troopers|department|agency|capitol|house|senate|government|media|television|regulators?|prosecutors?|judge|court|party)\b/;

/** A comma, a semicolon or a full stop right after a word. */
const ING_NOUN_END = /^[,.;](?:\s|$)/;
/** A lower-case word before, not a pronoun, an auxiliary or a conjunction (`collision warning`). */
const WORD_BEFORE =
  /(?:^|\s)(?!(?:he|she|they|we|I|it|you|who|which|that|is|was|are|were|be|been|and|or|but|also|then|while|after|before|by|without|of|for|in|on|from|as)\s)\p{Ll}[\p{L}-]*\s+$/u;

/** A verb that makes or tells jokes, right before `jokes`. */
const JOKES_MADE =
  /\b(?:make|makes|made|making|tell|tells|told|telling|crack|cracks|cracked|cracking)\s+$/;

/** Reporting verbs in `text` (and `according to`), in order. */
/** Participles an owner's possessive makes adjectives of (`Trump's proposed cuts`). */
const POSSESSED_PARTICIPLE =
  /^(?:alleged|reported|purported|disputed|proposed|stated|claimed|promised|planned|published|contested|estimated|projected|predicted|rumou?red)$/;

/** What follows `pressed` that reports nothing: ` on`, ` ahead`. */
const PRESSED_ON = /^\s+(?:on|ahead|forward|down|into|against|home)\b/;
/** A passive's auxiliary right before a participle: `was `, `been `. */
const PRESSED_PASSIVE = /\b(?:was|were|been|being|is|are)\s+$/;
/** A verb or a preposition before `repeated` as an adjective: `faced `, `despite `. */
const REPEATED_ADJECTIVE_BEFORE =
  /\b(?:faced|faces|face|facing|made|makes|making|ignored|received|issued|after|despite|amid|following|with|through|of)\s+$/;
/** A verb of finding. */
const FOUND = /^(?:found|finds|find|finding)$/;
/** A pronoun as what was found, then no clause: ` it on`, ` them in`, ` him.` */
const THING_FOUND =
  /^\s+(?:it|them|him|her)(?:\s+(?:on|in|at|under|behind|near|by|lying|dead|alive|there)\b|[.,;])/;

/** A work being written, then no clause: ` the app,`, ` a novel about …`. */
const WORK_WRITTEN =
  /^\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:app|novel|memoir|song|songs|album|script|screenplay|play|software|code|program|programme|column|thesis|dissertation|poem|poems|opera|symphony|musical)\b(?![^.;]*\b(?:that|saying|arguing|urging|warning|calling)\b)/u;

/** A pronoun as what is claimed, then no clause: ` them within`, ` it back`. */
const THING_CLAIMED =
  /^\s+(?:it|them)(?:\s+(?:back|within|before|after|from|at|in|on|by|for|first)\b|[.,;])/;

/** A name not given: `to give his name` (`declined to be named` is a statement in the corpus). */
const NAME_WITHHELD = /^\s+to\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+|first\s+)?names?\b/;

/** Where something slammed, not whom: `ashore`, `into`, `shut`. */
const SLAMMED_INTO = /^\s+(?:ashore|into|onto|through|against|shut|down|on\s+the)\b/;

/** A child to be born after `expecting`: ` their first child`, ` a baby`, ` twins`. */
const CHILD_EXPECTED =
  /^\s+(?:(?:a|an|their|her|his|our|my)\s+(?:(?:first|second|third|fourth|fifth|sixth)\s+)?(?:child|baby|son|daughter|grandchild)|twins|triplets)\b/;

export function findVerbs(text: string): VerbHit[] {
  const hits: VerbHit[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    // Runs of lower-case ASCII letters, scanned by hand: no match object per word.
    const code = charCodeAt.call(text, i);
    if (code < 97 || code > 122) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && charCodeAt.call(text, i) >= 97 && charCodeAt.call(text, i) <= 122) i++;
    const end = i;
    if (end - start < 3 || end - start > MAX_VERB_LENGTH) continue;
    const last = charCodeAt.call(text, end - 1);
    if (!CANDIDATE[candidateIndex(code, charCodeAt.call(text, start + 1), last, end - start)])
      continue;
    const word = text.slice(start, end);
    // Most words are not verbs: look them up before checking their boundaries.
    const entry = VERB_ENTRIES.get(word);
    if (entry === undefined) continue;
    const pair = entry.pairs;
    if (start > 0 && isWordJoiner(charCodeAt.call(text, start - 1))) continue;
    if (end < n && isWordJoiner(charCodeAt.call(text, end))) continue;
    // `the states`, `his claims`, `any state`: after a determiner the word is a noun.
    if (start > 1 && mayFollowDeterminer(text, start)) {
      // Not `her` as an object before a verb that is never a noun (`A person close to her said`).
      if (
        DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 7), start)) &&
        !(OBJECT_VERB.test(word) && HER_BEFORE.test(text.slice(Math.max(0, start - 5), start)))
      )
        continue;
    }
    // `Epstein’s alleged sex trafficking ring`, `the firm's reported profits`, `the county’s
    // disputed governor election`: after an owner's possessive, an adjective.
    if (
      POSSESSED_PARTICIPLE.test(word) &&
      OWNER_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    )
      continue;
    // `his friends make jokes about …`: the object of a verb of making or telling, a noun.
    if (word === "jokes" && JOKES_MADE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // `intelligent forward collision warning, as well as …`: a form in -ing after a lower-case
    // word, before a comma or a full stop with no object, is a noun.
    if (
      last === 103 &&
      word.endsWith("ing") &&
      ING_NOUN_END.test(text.slice(end, end + 2)) &&
      WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
      // (Not `can be heard saying, before …`, `was quoted as saying.`)
      !(word === "saying" && HEARD_OR_AS_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
    )
      continue;
    // `Amber wind warning issued`, `A wider yellow warning covers`: a kind of warning is one;
    // `saves two match points to stun`, `asylum claims took effect`, `under ground rules set by`: so
    // is a kind of point, claim or rules.
    if (KIND_BEFORE.get(word)?.test(text.slice(Math.max(0, start - 24), start))) continue;
    // `who is expecting their first child`: a birth to come, no statement.
    if (word.startsWith("expect") && CHILD_EXPECTED.test(text.slice(end, end + 40))) continue;
    // `a man who declined to give his name offered …`: why no name is given, no statement.
    if (
      (word.startsWith("declin") || word.startsWith("refus")) &&
      NAME_WITHHELD.test(text.slice(end, end + 40))
    )
      continue;
    // `Hurricane Delia slammed ashore`, `slammed into a wall`: a blow, no criticism.
    if (word.startsWith("slam") && SLAMMED_INTO.test(text.slice(end, end + 12))) continue;
    // `“Can you rule it out?” the reporter pressed.`, `pressed Congress to act`; not `was pressed
    // on his remarks`, `pressed ahead`.
    if (
      word === "pressed" &&
      (PRESSED_ON.test(text.slice(end, end + 12)) ||
        PRESSED_PASSIVE.test(text.slice(Math.max(0, start - 8), start)))
    )
      continue;
    // `The minister faced repeated questions`, `despite repeated warnings`: an adjective after a
    // verb or a preposition.
    if (
      word === "repeated" &&
      REPEATED_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    // `He found it on Tuesday morning, split along one side`: something found, no finding.
    if (FOUND.test(word) && THING_FOUND.test(text.slice(end, end + 12))) continue;
    // `began writing the app, which …`, `is writing a novel`: a work written, no statement.
    if (word === "writing" && WORK_WRITTEN.test(text.slice(end, end + 60))) continue;
    // `If nobody claims them within three months`, `claimed it back`: a thing taken, no claim made.
    if (word.startsWith("claim") && THING_CLAIMED.test(text.slice(end, end + 16))) continue;
    // `A big reason that …`, `her biggest fear`, `his oft-stated promise to`, `the unfounded
    // charge that`: after a determiner and an adjective, a noun too;
    // `left no doubt that`, `any reason`: after `no` or `any`.
    // `The main reason was …`, `the murder suspect swore`: before a verb of its own, a noun.
    if (
      NOUN_TOO.has(word) &&
      (DETERMINER_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
        NO_OR_ANY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) ||
        FINITE_AFTER.test(text.slice(end, end + 14)) ||
        (word.startsWith("plan") && PLANS_THEN_AUX.test(text.slice(end, end + 8))) ||
        // `below the consensus estimate of $2.3bn`: an estimate or a figure before `of`, a noun
        // (not `claims of`, a nominal attribution).
        (ESTIMATE_OR_FIGURE.test(word) && OF_AFTER.test(text.slice(end, end + 4))))
    )
      continue;
    // `AI demand soars`, `Public support was strong`: a word that is a noun as well, before a
    // verb of its own, is the noun.
    if (
      NOUN_FORMS.has(word) &&
      (FINITE_AFTER.test(text.slice(end, end + 14)) || CHANGE_AFTER.test(text.slice(end, end + 10)))
    )
      continue;
    // `the San Bernardino attacks, posted …`, `his support.`, `more references than`: a word that
    // is a noun as well, with no object before a comma, a full stop or `than`, is the noun; not
    // after a pronoun or a quotation's close (`,” he mocks.`, `,” Trump tweets.`).
    if (
      NOUN_FORMS.has(word) &&
      NOUN_END_AFTER.test(text.slice(end, end + 7)) &&
      !SUBJECT_OF_CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    )
      continue;
    // `tourism and logistics projects along the Red Sea coast`: a plural before where it lies (not
    // `says near the start`, a verb of speech in the present).
    if (last === 115 && !OBJECT_VERB.test(word) && WHERE_AFTER.test(text.slice(end, end + 12)))
      continue;
    // `Trump made further demands`, `faced tough questions`, `dashed hopes that`: the object of a
    // verb that takes one.
    if (
      (NOUN_FORMS.has(word) || word === "hopes" || word === "fears") &&
      OBJECT_OF_VERB_BEFORE.test(text.slice(Math.max(0, start - 24), start))
    )
      continue;
    // `five other states`, `under plans set out by`: after a number, a quantifier or a
    // preposition, a form in -s is a plural, not a verb (`some says` is no English); `Editor’s
    // note:` is a noun. Not `Trump’s claims that …`, a nominal attribution.
    const noun = last === 115 ? PLURAL_BEFORE : word === "note" ? POSSESSIVE_BEFORE : null;
    if (noun && start > 2 && noun.test(text.slice(Math.max(0, start - 10), start))) continue;
    // `political figures such as …`: a form in -s before `such as` is a plural.
    if (last === 115 && SUCH_AS_AFTER.test(text.slice(end, end + 10))) continue;
    // `Abortion rights advocates said`, `FEC reports show`: a form in -s before a verb is the
    // subject's plural noun.
    if (last === 115 && isPluralBeforeVerb(text, end)) continue;
    // `…, comments that were echoed by aides`: a plural a relative clause describes.
    if (last === 115 && RELATIVE_AUX_AFTER.test(text.slice(end, end + 16))) continue;
    // `icy treats are back on the menu`: after a form of `be`, a plain form is no verb.
    if (
      last !== 115 &&
      last !== 100 &&
      last !== 103 &&
      BE_BEFORE.test(text.slice(Math.max(0, start - 7), start))
    ) {
      if (!PAST_PARTICIPLE.test(word)) continue;
    }
    // `think tank`, `talk show`, `rules committee`: a noun compound, not a verb.
    if (word === "think" && TANK_AFTER.test(text.slice(end, end + 8))) continue;
    // `a short written account`, `a written statement`: a participle before its noun, after an
    // article or an adjective, describes the noun.
    if (
      word === "written" &&
      WRITTEN_THING_AFTER.test(text.slice(end, end + 16)) &&
      ARTICLE_OR_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    // `A privately built lunar lander blasted off`: a launch, not an attack in words.
    if (word.startsWith("blast") && OFF_AFTER.test(text.slice(end, end + 6))) continue;
    // `where his approach found a greenside bunker`: a ball finds a place, no words.
    if (word === "found" && SHOT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // `One of the episode’s highlights comes`: a plural after an owner's possessive is the owned
    // noun, unless words of speech (`Trump’s claims that …`, a nominal attribution).
    if (
      last === 115 &&
      start > 3 &&
      charCodeAt.call(text, start - 2) === 115 &&
      !NOUN_TOO.has(word) &&
      OWNER_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    )
      continue;
    // `one of the most technically demanding operations`: a form in -ing after a degree, before a
    // plural, describes it.
    if (
      last === 103 &&
      DEGREE_BEFORE_ING.test(text.slice(Math.max(0, start - 24), start)) &&
      PLURAL_AFTER.test(text.slice(end, end + 24))
    )
      continue;
    // `The president set out plans to spend`, `unveiled plans for`: the object of a verb.
    if (
      (word === "plans" || word === "plan") &&
      PLANS_OBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start))
    )
      continue;
    // `one of Europe's most visible voices on climate science`: the noun.
    if (
      (word === "voices" || word === "voice") &&
      PREPOSITION_AFTER_VOICE.test(text.slice(end, end + 10))
    )
      continue;
    // `The best known of them, “Letter Not Sent”,`: a degree of being known, no verb.
    if (word === "known" && DEGREE_BEFORE_KNOWN.test(text.slice(Math.max(0, start - 10), start)))
      continue;
    // `Blues attack coach Paul John`, `attack ads`, `attack helicopters`: a noun before a noun, or
    // before a headline's verb.
    if (word === "attack" && NOUN_AFTER_ATTACK.test(text.slice(end, end + 14))) continue;
    if (word === "attacking" && ROLE_AFTER_ATTACKING.test(text.slice(end, end + 14))) continue;
    // `Defending champion Carlos Alcaraz`, `world champion Max Verstappen`: a title before a name.
    if ((word === "champion" || word === "champions") && NAME_AFTER.test(text.slice(end, end + 3)))
      continue;
    // `Connor Clifton added a goal`, `added three assists`: a score, not words; `The latest hiccup
    // adds to the controversy`: more of something.
    if (ADD_FORMS.has(word) && SCORE_OR_TO_AFTER.test(text.slice(end, end + 32))) continue;
    if (FIGURE_FORMS.has(word) && /^\s+out\b/.test(text.slice(end, end + 6))) continue;
    // `An experimental pill targeting a common cancer-causing mutation`: an aim, not words.
    if (TARGET_FORMS.has(word) && THING_TARGETED.test(text.slice(end, end + 60))) continue;
    // `a global solutions provider focused on healthcare`: a participle describing the noun.
    if (
      word === "focused" &&
      INDEFINITE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 50), start))
    )
      continue;
    // `the current Georgian champion, was expelled`, `world champion Serena Williams`: the title.
    if (
      (word === "champion" || word === "champions") &&
      (CHAMPION_AFTER.test(text.slice(end, end + 6)) ||
        CHAMPION_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    )
      continue;
    // `Britain's emotionally charged uprising`, `a racially charged argument`: an adjective.
    if (word === "charged" && CHARGED_ADJECTIVE.test(text.slice(Math.max(0, start - 16), start)))
      continue;
    // `repeated failure to investigate`, `repeated attempts`: an adjective before a plain noun;
    // after a possessive too (`Trump’s repeated claims that`).
    if (
      word === "repeated" &&
      (REPEATED_THING.test(text.slice(end, end + 14)) ||
        (POSSESSIVE_END.test(text.slice(Math.max(0, start - 4), start)) &&
          NOUN_NEXT.test(text.slice(end, end + 16))))
    )
      continue;
    // `a large pledged delegate lead`: an adjective before `delegate`.
    if (word === "pledged" && /^\s+delegates?\b/.test(text.slice(end, end + 12))) continue;
    if (
      (word === "reports" || word === "report") &&
      NOUN_BEFORE_REPORT.test(text.slice(Math.max(0, start - 14), start))
    )
      continue;
    // `centre back Gerard Pique`, `running back Trey Edmunds`: a player's position.
    if (word === "back" && POSITION_BEFORE.test(text.slice(Math.max(0, start - 9), start)))
      continue;
    if (
      word === "back" &&
      (PARTICLE_BACK_BEFORE.test(text.slice(Math.max(0, start - 28), start)) ||
        NOUN_AFTER_BACK.test(text.slice(end, end + 16)))
    )
      continue;
    // `his secretary of state and …`, `head of state`: a noun after `of`.
    // `former state senator Raymond Cole`, `the state attorney general`: a noun before a role.
    // `from Ludhiana in India’s Punjab state, said`: a place's noun after its name.
    if (
      word === "state" &&
      (OF_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
        STATE_ROLE_AFTER.test(text.slice(end, end + 16)) ||
        PLACE_STATE.test(text.slice(Math.max(0, start - 24), end + 1)))
    )
      continue;
    if (word === "rules" && RULES_NOUN_AFTER.test(text.slice(end, end + 12))) continue;
    if (
      (word === "show" || word === "shows") &&
      KIND_OF_SHOW_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    // `The convention rules may be moot`, `Mr. Obama's plans may`: after a common noun or a
    // possessive and before a modal, a form in -s is the subject's noun (not in `which he
    // estimates will`, `that Clinton hopes can`, where the verb's object went before it).
    if (last === 115 && MODAL_AFTER.test(text.slice(end, end + 8))) {
      if (NOUN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    }
    // `The most telling promise`, `a very revealing answer`: after a degree word, an adjective.
    if (last === 103 && DEGREE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    // `Western states`, `the March states`: after a region or a kind of state, `states` is a noun.
    if (
      word === "states" &&
      (KIND_OF_STATE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
        STATES_THAT_AFTER.test(text.slice(end, end + 24)))
    )
      continue;
    // `271 pledged delegates`: after a count and before a plural, a past form is an adjective.
    if (last === 100 && COUNTED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
      if (PLURAL_AFTER.test(text.slice(end, end + 24))) continue;
    }
    if (pair) {
      const next = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 16));
      if (
        next?.[1] &&
        pair.has(next[1]) &&
        (next[1] !== "on" || !ON_NOT_TOPIC.test(text.slice(end + next[0].length, end + 60))) &&
        (next[1] !== "for" || !FOR_NOT_TOPIC.test(text.slice(end + next[0].length, end + 40)))
      ) {
        hits.push({ verb: `${word} ${next[1]}`, start, end: end + next[0].length });
        i = end + next[0].length;
        continue;
      }
    }
    if (entry.word) hits.push({ verb: word, start, end });
  }
  return hits;
}

/** True for a one-word reporting verb form ending in -s or -ed (`Calls`, `Slammed`), any case. */
export function isVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  return /(?:s|ed)$/.test(w) && !/ss$/.test(w) && VERB_WORDS.has(w);
}

export function carriesContent(verb: string): boolean {
  return CONTENT_VERBS.has(verb);
}

export function takesObject(verb: string): boolean {
  return OBJECT_VERBS.has(verb);
}

/** True for a one-word reporting verb form (`said`, `claims`), lower-case. */
export function isVerbWord(word: string): boolean {
  return VERB_WORDS.has(word);
}

const PHRASAL = new Set(PHRASAL_CUES);

/** A verb with its preposition (`spoke about`): the noun after it is its object, never its subject. */
export function isPhrasal(verb: string): boolean {
  return PHRASAL.has(verb);
}

/** A verb listed with its `said X` order (`said`, `added`): it may come before its subject. */
export function isListedBefore(verb: string): boolean {
  return LISTED_BEFORE.has(verb);
}

/** An added content verb that introduces a statement only with `that` or a colon (`assume`). */
export function needsThat(verb: string): boolean {
  return NEEDS_THAT.has(verb);
}

/** A verb whose statement follows only `that` or a colon wherever it stands (`replied`, `joked`). */
export function onlyWithThat(verb: string): boolean {
  return ONLY_WITH_THAT.test(verb);
}

/** True for a lower-case word that is a reporting cue or starts one (`said`, `according`, `told`). */
export function isCueWord(word: string): boolean {
  return VERB_WORDS.has(word) || VERB_PAIRS.has(word);
}

const PASSIVE_BEFORE =
  /\b(?:is|was|are|were|be|been|being|get|got|gets|getting)\s+(?:(?:\p{Ll}+ly|also|still|already|even|never|not|once|then|now|just)\s+)?$/u;
const PARTICIPLE = /(?:ed|wn|ld|nd|ght|ound|aid|ood)$/;

/** `is expected to`, `was told`, `is said to`: a passive verb; its subject is not the speaker. */
export function isPassive(sentence: string, verb: VerbHit): boolean {
  if (!PARTICIPLE.test(firstWord(verb.verb))) return false;
  return PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.start - 30), verb.start));
}
