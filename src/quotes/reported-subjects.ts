/**
 * A reporting verb's subject, and where the statement it reports starts, for the statements in
 * src/quotes/reported.ts: which verbs carry a statement, whose a participle's is, and which words
 * after a verb are its statement rather than its object or its agent.
 */

import { isBlank } from "./chars.js";
import { findContentStart, isRecallVerb } from "./cue-content.js";
import { MONTHS, NAME, WEEKDAYS } from "./cue-grammar.js";
import {
  afterDatelineOrDay,
  disagrees,
  isJunkSubject,
  LONE_ADJECTIVE,
  pastClauseSubject,
  SUMMED_UP_THEN_SUBJECT,
  type Subject,
  type SubjectMemo,
} from "./cue-subjects.js";
import { SPEECH_NOUNS } from "./cue-words.js";
import {
  matchInvertedBefore,
  matchMidCue,
  matchSentenceSubject,
  matchSubjectBefore,
} from "./cues.js";
import { infinitiveSubject } from "./direct-cues.js";
import { namesAct } from "./reported-acts.js";
import {
  AND_BEFORE,
  clauseStart,
  type EarlierSubjects,
  earlierSubject,
  holdsVerb,
  insideLaterSubject,
  NAME_THEN_PARTICIPLE,
  ORDERS,
  SPEECH_VERB,
  subjectOfClause,
  withSubject,
} from "./reported-clauses.js";
import { callsQuoted } from "./reported-shapes.js";
import { PERSON_HEAD } from "./speaker-words.js";
import {
  carriesContent,
  firstWord,
  isNounLike,
  isNounToo,
  isPassive,
  isVerbWord,
  takesObject,
  type VerbHit,
} from "./verbs.js";

/**
 * An object that can be a statement: not a preposition, an auxiliary or a conjunction, nor `to`
 * before whom it was said (`revealed to the Mail`).
 */
const OBJECT_START = new RegExp(
  `^\\s+(?:(?:(?:on|last|this|late|early|earlier|next)\\s+)?(?:${WEEKDAYS}|week|month|year|morning|night|weekend|yesterday|today)\\s+)?(?!(?:is|was|are|were|be|been|has|had|have|by|with|as|in|on|at|for|from|of|into|over|up|down|out|off|back|and|or|but|if|so|than|then|while|when|during|after|before|throughout|amid|following|outside|inside|through|since|until|despite|without|within|upon|among|via)\\b)(?!to\\s+(?:the|a|an|his|her|their|its|him|them|me|us|reporters|journalists)\\b)(?=[\\p{L}\\d$£€“"‘])`,
  "u",
);
/**
 * After a passive (`is expected to …`): no agent (`by …`), no conjunction (`was questioned and …`),
 * no particle (`was ruled out of the match`).
 */
/** A few words with no verb, a colon and a quotation (`the photo: “…`, `the following: “…`). */
/** A noun that names words said, before the colon (`a caveat:`, `a warning:`). */
const SPEECH_NOUN_BEFORE_COLON = new RegExp(`\\b(?:${SPEECH_NOUNS})\\s*:`);
const OBJECT_THEN_QUOTE =
  /^(?:(?!\b(?:is|was|are|were|has|have|had|will|would|can|could|he|she|they|we|I|it|you|\p{Ll}+ed)\b)[^:;“”"]){1,40}:\s*(?:[“"‘]|'')/u;
const PASSIVE_OBJECT_START = /^\s+(?!(?:by|and|or|but|nor|yet|then|out|off)\s)(?=[\p{L}\d$£€“"‘])/u;
/** The name in the possessive that ends a subject (`… Sanders’`, `… Donald Trump's`). */
const POSSESSOR_END =
  /(?<![\p{L}.’'-])(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])$/u;
/**
 * A possessive and the adjectives after it that end a subject (`Trump’s big`, `Obama’s
 * oft-repeated`, `The Cleveland police's biggest`): words in -ed or -est, or joined by a hyphen.
 */
const OWNED_ADJECTIVES =
  /^(.*?(?:[’']s|(?<=s)[’']))(?:\s+(?:\p{Ll}+-)?\p{Ll}+(?:ed|est)|\s+\p{Ll}+-\p{Ll}+|\s+(?:big|main|key|major|only|real|new|latest|first|own)){1,2}$/u;
/** A possessive, not a contraction (`let's`, `it's`, `that’s`). */
const POSSESSIVE =
  /(?<!(?:^|\s)(?:[Ll]et|[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he))(?:[’']s|(?<=s)[’'])$/u;
/** Forms in -ing that are also nouns for a state of mind (`the president's thinking`). */
const MIND_NOUN = /^(?:thinking|reasoning|understanding|feeling|believing)$/;
/** What opens the statement a noun reports (`claims that`, `warning:`, `promise to`). */
const NOUN_CONTENT_NEXT = /^\s*(?:that\s|:|to\s)/;
/** The next word, after an adverb or a day (`today claims`). */
const VERB_NEXT = /^(?:\s+(?:today|yesterday|now|also|\p{Ll}+ly))?\s+(\p{Ll}+)/u;
/** A description in the possessive (`The governor's`, `the Cleveland police’s`). */
const DESCRIPTION_POSSESSIVE =
  /^((?:[Tt]he|[Aa]n?)\s(?:.*\s)?\p{Ll}[\p{L}-]*)(?:[’']s|(?<=s)[’'])$/u;
const PLAIN_SUBJECT =
  /(?:^(?:he|she|they|we|I|you|who)|\p{Lu}[\p{L}.-]*(?<![’']s)|\p{Ll}+[^s’'\s]s)$/u;

/**
 * A time right after a verb (` that same day`, ` the next morning`, ` last October`, ` late on
 * Monday`), or a day alone before a comma (`researchers reported Saturday, offering …`).
 */
const TIME_OBJECT = new RegExp(
  `^\\s+(?:(?:late|early)\\s+(?:on\\s+|last\\s+|this\\s+)?(?:week|month|year|night|${WEEKDAYS})|(?:that|this|the\\s+(?:same|next|following|previous))\\s+(?:same\\s+)?(?:day|week|month|year|night|morning|afternoon|evening|weekend)|(?:last|this|next)\\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|${MONTHS}|${WEEKDAYS}))\\b|^\\s+(?:${WEEKDAYS}|yesterday|today|tonight)\\s*[,.;]`,
);
/**
 * After a time, where the statement opens: `that`, an infinitive, or a quotation after where it was
 * said (`said last month on Twitter, “that Ford …”`).
 */
const TIME_THEN_STATEMENT =
  /^(?:\s+(?:on|in|at|during)\s[^,.;:“”"]{1,40})?,?\s+(?:that\s+|(?=to\s)|(?=[“"]))/;
/** A passive's agent within a few words (` the day before by `). */
const AGENT_AHEAD = /^[^,;:“”"]{0,40}?\sby\s(?!\p{Ll}+ing\s)/u;
/** A statement's first word with nothing after it (`to,`, `that.`). */
const EMPTY_CONTENT = /^(?:to|that)\s*(?:[,.;:!?]|$)/;
/** A time alone after a verb, to the sentence's end: ` early next week.`, ` by Friday`. */
const TIME_ONLY_AFTER =
  /^\s+(?:(?:early|late|later|sometime|some\s+time|by|on|in|within|before|after|as\s+soon\s+as|next|this|soon|shortly|tomorrow|today|tonight)\b[^,;:“”"]{0,30}?)?[.!?]?\s*$/;

/** `in what is expected to be`: the writer's own words for a thing, nobody's statement. */
const IN_WHAT = /(?:^|\s)(?:in|at|on|for|with|into)\s+what\s/;
/** What a passive `found` is followed by when it reports (`was found to`, `was found that`). */
const FOUND_REPORTS = /^(?:\s+\p{Ll}+ly)?\s+(?:to|that)\s/u;
/** How someone was found (`found alive`, `found guilty of …`): no statement. */
const FOUND_IN_A_STATE =
  /^\s+(?:not\s+)?(?:alive|dead|safe\s+and\s+well|unharmed|injured|unconscious|guilty|innocent|liable|responsible|stabbed|shot|murdered|hanged|drowned|slain|naked|asleep|wandering|hiding)\b/;
const REFLEXIVE_NEXT = /^\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself)\b/;

/**
 * A plural opening the sentence before its verb in the past (`Health care providers have
 * protested`), found by that verb: the subject a participle after the clause speaks for.
 */
const PLURAL_THEN_PAST =
  /^(?:[\p{L}.-]+\s+){0,3}?[\p{Ll}-]+s\s+(?:(?:have|had|were|also|repeatedly|long|recently|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*(\p{Ll}+ed)\b/u;

/** Participles of speech (`warning that …`), not of support (`supporting her by …`). */
const SAYING =
  /^(?:saying|warning|arguing|noting|adding|claiming|insisting|stressing|explaining|accusing|complaining|demanding|suggesting|urging|calling|citing)$/;

/**
 * The last resort for a participle's speaker: for one of speech, the words opening the sentence
 * right before it, or the plural opening the sentence (pluralOpeningSubject); else no one.
 */
function participleSpeaker(sentence: string, verb: VerbHit, memo: SubjectMemo): Subject {
  if (!SAYING.test(firstWord(verb.verb))) return { speaker: "", at: verb.start };
  // `Dutch media, citing a recording …, reported …`: a participle set off right after the few
  // words opening the sentence speaks for them.
  const opening = OPENING_THEN_COMMA.exec(sentence.slice(0, verb.start));
  if (opening?.[1]) return { speaker: opening[1], at: 0 };
  return pluralOpeningSubject(sentence, verb.start, memo) ?? { speaker: "", at: verb.start };
}
/** Up to four words opening a sentence, the first capitalized, then a comma: `Dutch media, `. */
const OPENING_THEN_COMMA = /^(\p{Lu}[\p{L}’'.-]*(?:\s+(?!\p{Ll}+ed\s)[\p{L}’'.-]+){0,3}),\s+$/u;

function pluralOpeningSubject(sentence: string, before: number, memo: SubjectMemo): Subject | null {
  // `NEW YORK (Reuters) - U.S. securities regulators on Wednesday sued …`: after a dateline.
  const open = afterDatelineOrDay(sentence);
  const m = PLURAL_THEN_PAST.exec(open > 0 ? sentence.slice(open) : sentence);
  if (!m?.[1]) return null;
  const verbAt = open + m[0].length - m[1].length;
  if (verbAt >= before) return null;
  const subject = matchSubjectBefore(sentence, verbAt, memo);
  return subject?.at === open ? subject : null;
}

/**
 * `…, the Canadian Association of Petroleum Producers, which said …`: a body's relative pronoun set
 * off right before a verb of speech, whose antecedent speaks (resolved as `who` is).
 */
function whichSaid(sentence: string, verb: VerbHit): Subject | null {
  if (!WHICH_SAYS.test(verb.verb)) return null;
  const which = WHICH_BEFORE.exec(sentence.slice(Math.max(0, verb.start - 24), verb.start));
  return which
    ? { speaker: "which", at: verb.start - which[0].length + which[0].indexOf("which") }
    : null;
}
const WHICH_SAYS = /^(?:said|says|told|tells|added|adds|stated|states|warned|warns|argued|argues)$/;
/** `, which ` and maybe `also` or `later` right before the verb. */
const WHICH_BEFORE = /,\s+which\s+(?:(?:also|later|earlier|previously|has|had|have)\s+)*$/;

/** `asked Carson about his comments`, `asked Obama what he thought`: a question reported. */
function asksQuestion(sentence: string, verb: VerbHit): boolean {
  return (
    (verb.verb === "asked" || verb.verb === "asks") &&
    findContentStart(sentence, verb.verb, verb.end) >= 0
  );
}

/**
 * `Mr. Trump intends to …, Mr. Manafort said, adding …`: whether a speech cue set off by commas
 * later in the sentence than `verb` frames what comes before it, an opinion verb there included;
 * or `verb` is inside the `who` clause of a later speech verb's subject.
 */
export function framedByLaterCue(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  memo: SubjectMemo,
): boolean {
  return verbs.some((v) => {
    if (v.start <= verb.end || v.verb === "according to" || !SPEECH_VERB.test(v.verb)) {
      return false;
    }
    // `… when, he said, …`: a pronoun's aside is the sentence's own subject speaking.
    const mid = matchMidCue(sentence, [v]);
    if (mid !== null && !/^(?:he|she|they|I|we|it)$/i.test(mid.speaker)) return true;
    // Not so `Mr Rajapaksha wanted to keep the company, she said`: a pronoun of the other gender
    // than the verb's subject's honorific is someone else speaking.
    if (mid !== null && /^(?:he|she)$/i.test(mid.speaker)) {
      const own = matchSubjectBefore(sentence, verb.start, memo)?.speaker ?? "";
      const honorific = /^(?:Mr|Mrs|Ms|Miss)\b/.exec(own)?.[0];
      if (honorific && (honorific === "Mr") !== (mid.speaker.toLowerCase() === "he")) return true;
    }
    // `The woman who found the body, Jane Cole, told police …`: the verb is inside the `who`
    // clause of the later verb's subject, which names the one it describes.
    const subject = matchSubjectBefore(sentence, v.start, memo);
    // `A Syrian refugee who feared retaliation and asked not to be named said …`, `A woman who
    // has accused … said`: so is a verb inside a `who` clause that restricts one person or a
    // subject of two verbs, right before the later verb.
    return (
      holdsVerb(subject, verb) &&
      (subject.speaker.endsWith(",") ||
        TWO_VERBS_JOINED.test(subject.speaker) ||
        ONE_DESCRIBED.test(subject.speaker)) &&
      subject.speaker.includes(" who ") &&
      !subject.speaker.includes(", who ")
    );
  });
}

/** One person or thing an indefinite article opens (`A woman who …`). */
const ONE_DESCRIBED = /^(?:A|An|One|Another)\s/;
/** A second verb in the past joined by `and` (`… and asked not to be named`). */
const TWO_VERBS_JOINED = /\sand\s+\p{Ll}+ed\b/u;

/**
 * A reporting verb's subject. `participle`: a form in -ing after a clause, which speaks for that
 * clause's subject. `contentStart`: where its statement starts, when finding the subject needed it
 * (-1: none follows), or undefined.
 */
export interface VerbSubject {
  subject: Subject;
  participle: boolean;
  contentStart: number | undefined;
}

/**
 * The subject of the clause a participle's comma closes, when its verb is no reporting verb (`as
 * Mrs. Clinton echoed the criticism, saying …`): a name or a pronoun after a clause boundary, then
 * a past form (a present one in -s reads plurals: `Black voters`), with no comma before the
 * participle's.
 */
const CLAUSE_SUBJECT_BEFORE_COMMA = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:as|while|when|after|before|and|but|because|since)\\s+)(${NAME}|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{3,}ed\\b[^,;“”"]{0,80},\\s*$`,
  "u",
);

function clauseSubjectBefore(sentence: string, at: number): Subject | null {
  const from = Math.max(0, at - 200);
  const m = CLAUSE_SUBJECT_BEFORE_COMMA.exec(sentence.slice(from, at));
  if (!m?.[1]) return null;
  return { speaker: m[1], at: from + m.index + m[0].indexOf(m[1]) };
}

/**
 * `…, a nurse from Quezon City who works in Singapore and says she put …`: the `who` of the clause
 * the verb's `and` goes on from, as its subject; else null.
 */
function whoOfClause(sentence: string, verbAt: number): Subject | null {
  const m = WHO_CLAUSE_AND.exec(sentence.slice(Math.max(0, verbAt - 90), verbAt));
  if (!m) return null;
  return { speaker: "who", at: verbAt - m[0].length + m[0].indexOf("who") };
}
const WHO_CLAUSE_AND = /(?<=[\p{L}\d])\s+who\s+[^,.;:“”"]{1,60}?\s+and\s+$/u;

/**
 * `… descended into shouting when a shareholder stood up during the chairman’s address and accused
 * the board of …`: the one a subordinate clause brings in (`a` or `one` and a word for a person,
 * or a name: `when Cruz knocked Rubio on trade and called him …`), before a verb in the past, as
 * the subject of the verb its `and` goes on to; else null. (Not `Paul Casey was at home when the
 * matter was decided and admitted …`.)
 */
function subordinateSubjectAnd(sentence: string, verbAt: number): Subject | null {
  const from = Math.max(0, verbAt - 140);
  const m = SUBORDINATE_SUBJECT_AND.exec(sentence.slice(from, verbAt));
  if (!m?.[1] || (m[2] !== undefined && !PERSON_HEAD.test(m[2]))) return null;
  return { speaker: m[1], at: from + m.index + m[0].indexOf(m[1], 4) };
}
const SUBORDINATE_SUBJECT_AND =
  /\b(?:when|after|before|while|until|because|once)\s+((?:a|an|one|another)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\s)[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:\p{Ll}+ed|stood|rose|got|went|came|took|ran|sat|left|walked|turned|stepped)\b[^,.;:“”"]{0,70}?\s+and\s+$/u;

/**
 * What follows the `it` of a cleft, three words or more before the verb (`it was hearing a
 * candidate …`).
 */
const CLEFT_IT = /^\s+(?:was|is)\s+\S+(?:\s+\S+){2,}/;

/**
 * The subject of `verb`, or null when the verb carries no statement of its own, has no subject,
 * or reads as a noun after it (`a former Confederate state with …`, `Clinton’s support for …`).
 * A verb passed over joins `earlier`, for a participle later in the sentence.
 */
export function subjectOfVerb(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  earlier: EarlierSubjects,
  memo: SubjectMemo,
): VerbSubject | null {
  const calls = callsQuoted(sentence, verb);
  if (!carriesContent(verb.verb) && !asksQuestion(sentence, verb) && calls < 0) {
    if (earlier.subject === null) earlier.pending.push(verb);
    return null;
  }
  // `…, he said, adding that …`: a participle takes the subject of the clause before it.
  // `Reid mocked Romney for …, claiming that …`: so does a participle after any clause.
  const ing = firstWord(verb.verb).endsWith("ing");
  // `… with a woman without telling her he has the virus`: what was not said.
  if (ing && WITHOUT_BEFORE.test(sentence.slice(Math.max(0, verb.start - 9), verb.start))) {
    if (earlier.subject === null) earlier.pending.push(verb);
    return null;
  }
  const participle =
    ing &&
    // `…, instead claiming …`: an adverb may come between the comma and the participle.
    (/(?:[,–—]\s*(?:(?:and|instead|then|also|even|often|again)\s+)?|\sby\s+)$/u.test(
      sentence.slice(Math.max(0, verb.start - 12), verb.start),
    ) ||
      // `released an ad in Iowa targeting …`: after a preposition's object, a form in -ing is a
      // participle, not that object's verb.
      NAME_THEN_PARTICIPLE.test(sentence.slice(Math.max(0, verb.start - 40), verb.start)));
  // `Sander Levin, a superdelegate supporting Clinton, said …`: a form in -ing with no
  // auxiliary before it, inside the subject of a verb of speech after it, modifies a noun there.
  if (ing && !participle && insideLaterSubject(sentence, verbs, verb, memo)) {
    if (earlier.subject === null) earlier.pending.push(verb);
    return null;
  }
  let subject: Subject | null;
  let contentStart: number | undefined;
  // `… when the exchange abruptly halted withdrawals citing “…”`: with no comma, a form in -ing
  // after a clause in the past takes that clause's subject.
  const clauseSubject = ing ? pastClauseSubject(sentence, verb.start, memo) : null;
  if (participle) {
    // `Sanders rips the agreement, arguing …`: a clause before the participle has a verb, so a
    // present form in -s after a name will do.
    subject =
      clauseSubject ??
      earlierSubject(sentence, earlier, memo) ??
      clauseSubjectBefore(sentence, verb.start) ??
      matchSentenceSubject(sentence, verb.start, true) ??
      matchInvertedBefore(sentence, verb.start) ??
      matchSubjectBefore(sentence, verb.start, memo) ??
      participleSpeaker(sentence, verb, memo);
  } else {
    // Where no statement can follow the verb, its subject is looked for only if a participle
    // after it asks (the subject patterns are the costliest part).
    contentStart = calls >= 0 ? calls : findContentStart(sentence, verb.verb, verb.end);
    if (contentStart < 0 && !takesObject(verb.verb)) {
      if (earlier.subject === null) earlier.pending.push({ clause: verb });
      return null;
    }
    // `The department has deemed the pages personal and says it …`: the sentence's subject.
    subject =
      whichSaid(sentence, verb) ??
      withSubject(sentence, verb) ??
      clauseSubject ??
      (ing ? issuerSubject(sentence, verb, memo) : null) ??
      subordinateSubjectAnd(sentence, verb.start) ??
      subjectOfClause(sentence, verb, memo) ??
      (AND_BEFORE.test(sentence.slice(Math.max(0, verb.start - 16), verb.start))
        ? (whoOfClause(sentence, verb.start) ?? matchSentenceSubject(sentence, verb.start, true))
        : null) ??
      infinitiveSubject(sentence, verb.start, memo);
    // `…, a move opposition lawmakers said gutted …`: the subject of the relative clause says it.
    const summed = subject ? SUMMED_UP_THEN_SUBJECT.exec(subject.speaker) : null;
    if (subject && summed?.[1]) {
      const cut = summed[1].length;
      subject = { speaker: subject.speaker.slice(cut), at: subject.at + cut };
    }
    if (subject && isJunkSubject(subject.speaker)) subject = null;
  }
  // `Instead, it was hearing a candidate acknowledging … - and promising to …`: the `it` of a cleft
  // names no one for a form in -ing (not `it was warning that …`, where the verb follows `it was`).
  if (
    ing &&
    subject &&
    /^it$/i.test(subject.speaker) &&
    CLEFT_IT.test(sentence.slice(subject.at + 2, verb.start))
  ) {
    subject = { speaker: "", at: subject.at };
  }
  if (earlier.subject === null) earlier.pending.push({ subject });
  if (!subject) return null;
  // `a former Confederate state with …`: after a singular subject a plain form is a noun.
  if (disagrees(subject.speaker, verb.verb)) return null;
  // `A source familiar with the president's thinking said`: after a possessive, a form in -ing
  // that names a state of mind is a noun (`Trump's calling Clinton a bigot` still reports).
  if (MIND_NOUN.test(verb.verb) && POSSESSIVE.test(subject.speaker)) return null;
  // `Voters heard Sanders’ charge that …`: a noun's speaker is its possessor alone; so too
  // before adjectives (`Obama’s oft-repeated warning that`, `the police’s biggest worry`).
  if (isNounToo(firstWord(verb.verb))) {
    const owned = OWNED_ADJECTIVES.exec(subject.speaker);
    if (owned) subject = { speaker: owned[1]!, at: subject.at };
    if (POSSESSIVE.test(subject.speaker)) {
      // `Trump's claims drew criticism`: what a noun reports opens with `that`, `to` or a colon,
      // or a verb of its own reports it (`The Wrap’s report today claims …`).
      const next = sentence.slice(verb.end, verb.end + 32);
      if (
        !verb.verb.includes(" ") &&
        !NOUN_CONTENT_NEXT.test(next) &&
        !isVerbWord(VERB_NEXT.exec(next)?.[1] ?? "")
      )
        return null;
      // `The governor's charge that …`: a description owns it, without its `'s`.
      const described = DESCRIPTION_POSSESSIVE.exec(subject.speaker);
      if (described) subject = { speaker: described[1]!, at: subject.at };
    }
  }
  const possessor = subject.speaker.length > 3 ? POSSESSOR_END.exec(subject.speaker) : null;
  if (possessor && possessor.index > 0) {
    subject = { speaker: possessor[0], at: subject.at + possessor.index };
  }
  // `support`, `attacks`: a verb only after a plain subject (`Some Democrats question …`), not
  // after a possessive or a determiner (`Clinton’s support for …`, `the attacks on …`).
  // `Snooker champion apologises for outburst` (a headline): a noun before the subject's own verb.
  if (
    isNounLike(verb.verb) &&
    (!PLAIN_SUBJECT.test(subject.speaker) ||
      LONE_ADJECTIVE.test(subject.speaker) ||
      finiteVerbNext(sentence.slice(verb.end, verb.end + 24)))
  ) {
    return null;
  }
  return { subject, participle, contentStart };
}

/** Whether `after` opens with a finite verb (`apologises`, `is`, `says`). */
function finiteVerbNext(after: string): boolean {
  const word = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return word !== undefined && FINITE_VERB.test(word);
}

const FINITE_VERB =
  /^(?:is|was|has|had|will|would|can|could|says|said|apologi[sz]es|wins|quits|dies|resigns|retires|returns|joins|leaves)$/;

/**
 * What someone put out, right before a form in -ing that says what it says (`released a statement
 * saying`, `posted a video showing`): group 1 the verb of putting it out.
 */
const PUT_OUT_BEFORE =
  /\s(issued|released|put\s+out|posted|published|sent|shared|wrote|penned)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|tweet|video|message|note|e-?mail|release|memo)(?:\s+(?:to|for|in|on)\s+[^,;:“”"]{1,60}?)?\s+$/u;

/** `Martin Andanar released a statement saying …`: the subject of the verb that put it out. */
function issuerSubject(sentence: string, verb: VerbHit, memo: SubjectMemo): Subject | null {
  const from = Math.max(0, verb.start - 90);
  const put = PUT_OUT_BEFORE.exec(sentence.slice(from, verb.start));
  return put ? matchSubjectBefore(sentence, from + put.index + 1, memo) : null;
}

const WITHOUT_BEFORE = /\swithout\s+$/;

const ATTACKS = /^(?:attack|attacks|attacked|attacking)$/;
/** A weapon after the object of `attacked` (`attacked him with a knife`). */
const WEAPON_AFTER =
  /^[^.;:“”"]{1,80}?\bwith\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:knife|knives|gun|handgun|rifle|pistol|shotgun|firearm|weapon|hammer|bat|machete|axe|bottle|brick|crowbar|blade|sword|stick|screwdriver|iron\s+bar|metal\s+bar)\b/u;

/**
 * A place after the object of `attacked` (`attacked Amir Hussain, 41, outside a block of flats`),
 * or a fight it followed (`attacked Daniel Adeyemi after an argument over a phone`).
 */
const PLACE_AFTER =
  /^[^.;:“”"]{1,80}?\b(?:(?:outside|near|inside)\s+(?:a|an|the|his|her|their)|after\s+an?\s+(?:argument|altercation|fight|scuffle|brawl|confrontation|night\s+out))\s/u;

/** What someone is hailed as, with no one's words: `a hero`, `as heroes`. */
const HAILED_AS =
  /^\s+(?:as\s+)?(?:an?\s+)?(?:hero|heroes|heroine|heroines|saviou?r|saviou?rs|legend|legends)\b/;

/** What a passive `attacked` may have been attacked for, in words: `for his remarks`, `as weak`. */
const WORDS_ATTACKED = /^[^.;:“”"]*?\s(?:for|as|over)\s/;

/** A passive, what follows it, then `and` (`was fined £4,000 and `). */
const PASSIVE_THEN_AND =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|nt)\b(?:[^,.;:“”"]|(?<=\d)[,.](?=\d)){0,60}\s+and\s+$/u;

/**
 * After a verb, where it was said and a relative clause on it: ` in an internal memo that was `,
 * ` on its website that had `.
 */
const RELATIVE_ON_MEDIUM =
  /^\s+(?:in|on|through|via)\s+(?:a|an|the|its|his|her|their)\s(?:[^,.;:“”"]{1,60}?\s)?(?:memo|letter|statement|post|e-?mail|message|note|video|report|filing|blog|newsletter)\s[^,.;:“”"]{0,60}?\bthat\s+(?:was|were|is|are|had|has|have|will|would)\s/u;
/** What someone is reported to be, not to have said: `missing`, `dead`, `stolen`. */
/** Verbs that name a thing as something (`described`, `called`, `dubbed`). */
const NAMING_PASSIVE = /^(?:described|called|dubbed|termed|labell?ed|branded)$/;

const STATE_REPORTED =
  /^\s+(?:missing|dead|killed|injured|wounded|stolen|lost|safe|unharmed|(?:across|throughout)\s)/;

/** `to` before a place or a thing, not an infinitive (`admitted to hospital`, `to the bar`). */
const TO_A_PLACE =
  /^\s+to\s+(?:the|a|an|his|her|their|its|hospital|prison|jail|court|school|college|university|office|power|parliament|congress)\b/;

/** Where the statement `verb` reports starts in `sentence`, or -1 when it reports none. */
export function contentOfVerb(sentence: string, verb: VerbHit, found: VerbSubject): number {
  const { subject } = found;
  let contentStart = found.contentStart ?? findContentStart(sentence, verb.verb, verb.end);
  // `recalled 2 million cars`, `recalls a woman on an LGP-30`: what is recalled is no statement;
  // only `recalled that …` or a colon reports one.
  // `attacked Peter Quinn with a kitchen knife`, `attacked a man outside a pub`: a blow, not words.
  // `a woman had been attacked near a food court`: one attacked with no words to report.
  if (
    ATTACKS.test(verb.verb) &&
    (WEAPON_AFTER.test(sentence.slice(verb.end, verb.end + 120)) ||
      PLACE_AFTER.test(sentence.slice(verb.end, verb.end + 120)) ||
      (isPassive(sentence, verb) && !WORDS_ATTACKED.test(sentence.slice(verb.end, verb.end + 80))))
  ) {
    return -1;
  }
  // `Rescue dog hailed a hero` (a headline), `has been hailed as a hero`: praise, no words to
  // report.
  if (verb.verb === "hailed" && HAILED_AS.test(sentence.slice(verb.end, verb.end + 40))) return -1;
  // `was dismissed without notice`, `were dismissed for gross misconduct`: sacked, not waved
  // away as words are (`was dismissed as nonsense`).
  if (
    verb.verb === "dismissed" &&
    isPassive(sentence, verb) &&
    !/^[^.;:“”"]*?\sas\s/.test(sentence.slice(verb.end, verb.end + 80))
  ) {
    return -1;
  }
  // `blocked the law, ruling that …`: a participle only after a comma, else the noun (`the
  // court's ruling that paved the way …`).
  if (
    verb.verb === "ruling" &&
    !/,\s*$/.test(sentence.slice(Math.max(0, verb.start - 3), verb.start))
  ) {
    return -1;
  }
  // `whose leader has been accused of stoking …`: an accusation with no one who made it.
  if (
    verb.verb === "accused" &&
    isPassive(sentence, verb) &&
    !/^\s+by\s/.test(sentence.slice(verb.end, verb.end + 4))
  ) {
    return -1;
  }
  // `was reported missing`, `have been reported across parts of northern Ethiopia` (sightings),
  // `he was offered a court-appointed lawyer`: a state or a sighting reported or a thing offered
  // by no one named, not words.
  if (
    isPassive(sentence, verb) &&
    ((verb.verb === "reported" && STATE_REPORTED.test(sentence.slice(verb.end, verb.end + 12))) ||
      (verb.verb === "offered" && !/^\s+by\s/.test(sentence.slice(verb.end, verb.end + 4))))
  ) {
    return -1;
  }
  // A verb and what follows it naming an act or a thing, not words.
  if (namesAct(sentence, verb)) return -1;
  // `…,” as Smith described it, ended in 2020`: an aside on whose words a quotation was.
  if (
    /^(?:described|put|called|termed|phrased|dubbed)$/.test(verb.verb) &&
    /\bas\s+[^,;:“”"]{1,60}$/.test(sentence.slice(0, verb.start)) &&
    /^\s+(?:it|them)\b/.test(sentence.slice(verb.end, verb.end + 6))
  ) {
    return -1;
  }
  // `will be charged overnight at a new depot`, `was charged with murder`: a battery or a suspect,
  // no one's accusation.
  if (verb.verb === "charged" && isPassive(sentence, verb)) return -1;
  // `where a list of survivors was posted on a whiteboard`: a notice put up, no one's words.
  if (verb.verb === "posted" && isPassive(sentence, verb)) return -1;
  // `were announced in an internal memo that was later published`, `wrote in a letter to staff
  // that was later published`: a relative clause on where it was said, not what was.
  if (
    contentStart > verb.end &&
    RELATIVE_ON_MEDIUM.test(sentence.slice(verb.end, contentStart + 8))
  ) {
    return -1;
  }
  if (contentStart < 0 && takesObject(verb.verb) && !isRecallVerb(verb.verb)) {
    // The object of a passive is its agent (`is supported by …`); only `is expected to …` reports.
    const object = (subject.speaker === "" ? PASSIVE_OBJECT_START : OBJECT_START).exec(
      sentence.slice(verb.end),
    );
    // `the lawsuit Lynch announced that same day`, `his State of the Union address last month
    // to …`: a time is no object.
    if (object && !TIME_OBJECT.test(sentence.slice(verb.end, verb.end + 40))) {
      contentStart = verb.end + object[0].length;
    }
  }
  if (contentStart < 0) return -1;
  // `was once described in a reader’s letter to a local paper as ‘the ugliest building …’, had
  // been listed at £75,000`: where a thing was described by no one named; the quotation is the
  // words, a direct quote of its own.
  if (
    NAMING_PASSIVE.test(verb.verb) &&
    isPassive(sentence, verb) &&
    /^(?:in|on|at|during)\s/.test(sentence.slice(contentStart, contentStart + 8))
  ) {
    return -1;
  }
  // `Rain is not expected in significant amounts until October`: a passive `expected` reports
  // nothing when a phrase of place or time follows it.
  if (
    /^(?:expected|anticipated)$/.test(verb.verb) &&
    contentStart >= verb.end &&
    /^\s*$/.test(sentence.slice(verb.end, contentStart)) &&
    /^(?:in|at|on|until|by|for|from|during|over|later|soon|today|tomorrow)\s/.test(
      sentence.slice(contentStart, contentStart + 9),
    ) &&
    /\b(?:is|are|was|were|be|been)\s+(?:not\s+)?$/.test(sentence.slice(0, verb.start))
  ) {
    return -1;
  }
  // `posted the photo: “Best day ever.”`, `said the following: “…”`: what is quoted after the
  // colon is what was said, a direct quote of its own; the words before it are no statement.
  // A noun of speech before the colon keeps its statement (`added a caveat: “…”`).
  const beforeQuote = OBJECT_THEN_QUOTE.exec(sentence.slice(contentStart, contentStart + 60));
  if (beforeQuote && !SPEECH_NOUN_BEFORE_COLON.test(beforeQuote[0])) return -1;
  // `Cruz was endorsed the day before by Carly Fiorina`: the words between a passive and its
  // agent are no statement.
  if (
    subject.speaker === "" &&
    contentStart > verb.end &&
    isBlank(sentence.slice(verb.end, contentStart)) &&
    AGENT_AHEAD.test(sentence.slice(verb.end))
  )
    return -1;
  // `,” he wrote last October after …`: a statement does not open with a time; it may follow one
  // (`vowed last month to take his campaign …`).
  const time =
    contentStart > 0 ? TIME_OBJECT.exec(sentence.slice(contentStart - 1, contentStart + 40)) : null;
  if (time) {
    const after = contentStart - 1 + time[0].length;
    if (!/^[’']s\b/.test(sentence.slice(after, after + 3))) {
      const next = TIME_THEN_STATEMENT.exec(sentence.slice(after, after + 60));
      if (!next) return -1;
      contentStart = after + next[0].length;
    }
  }
  // `was fined £4,000 and ordered to pay costs`: a passive joined to another, told what to do.
  if (
    ORDERS.test(verb.verb) &&
    /^\s+to\s/.test(sentence.slice(verb.end, verb.end + 5)) &&
    PASSIVE_THEN_AND.test(sentence.slice(Math.max(0, verb.start - 80), verb.start))
  ) {
    return -1;
  }
  // `any religion they wanted to, or …`: an infinitive's `to` with nothing after it.
  if (EMPTY_CONTENT.test(sentence.slice(contentStart, contentStart + 8))) return -1;
  // `The House is expected to pass the bill`, `He is said to favor it`: what the unnamed expect
  // or say is the whole clause, its subject included (the House says nothing).
  if (subject.speaker === "" && /^\s+to\s/.test(sentence.slice(verb.end, verb.end + 5))) {
    // `Passengers were advised to postpone journeys`: what they were told to do, no statement;
    // `was admitted to hospital`: a place, no infinitive.
    if (
      ORDERS.test(verb.verb) ||
      (isPassive(sentence, verb) && TO_A_PLACE.test(sentence.slice(verb.end, verb.end + 24)))
    )
      return -1;
    contentStart = clauseStart(sentence, verb.start);
    // `The hearing, which is expected to last a month, will hear …`: what a relative clause set
    // off by commas expects of its antecedent is an aside, no statement; so is one inside a
    // description (`Ms. Hochul, a Democrat who is expected to seek …, has`) and the writer's `in
    // what is expected to be their last meeting`.
    const clause = sentence.slice(contentStart, verb.start);
    if (
      /^(?:which|who)\s/.test(clause) ||
      /\s(?:which|who|that)\s+(?:is|are|was|were)\s+$/.test(clause) ||
      IN_WHAT.test(clause)
    )
      return -1;
  }
  // `Final results are expected early next week`: a passive's time, with no infinitive or clause
  // after it, reports nothing.
  if (
    subject.speaker === "" &&
    /^expected$/.test(verb.verb) &&
    TIME_ONLY_AFTER.test(sentence.slice(verb.end, verb.end + 40))
  )
    return -1;
  // `it was found that …`, not `two nuns are found slain in their home`, `the bank has found
  // itself at the center of …` nor a headline's `Missing hiker found alive`.
  if (
    (verb.verb === "found" || verb.verb === "finds") &&
    (subject.speaker === ""
      ? !FOUND_REPORTS.test(sentence.slice(verb.end, verb.end + 40))
      : REFLEXIVE_NEXT.test(sentence.slice(verb.end, verb.end + 16)) ||
        FOUND_IN_A_STATE.test(sentence.slice(verb.end, verb.end + 24)))
  ) {
    return -1;
  }
  return contentStart;
}
