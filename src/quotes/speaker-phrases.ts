/**
 * The phrase a cue names, read before it is resolved: what it opens with that is not the speaker
 * (`but Democrats`, a dateline, a time), its parentheses and its appositive split off (`X, a
 * spokesman`), the name after a description (`a spokeswoman, Anna White`), a transcript label's
 * capitals written as a name, and lists of names. Used by the speaker resolver
 * (src/quotes/speakers.ts).
 */
import {
  DOCUMENT_PASSIVE,
  MONTHS,
  MORE_NAME_PARTICLES,
  maskRemits,
  NAME_PARTICLES,
  OWNER,
  WEEKDAYS,
} from "./cue-grammar.js";
import { isPlace, parseNameRun, STYLE } from "./name-runs.js";
import { POSSESSIVE } from "./speaker-memory.js";
import {
  DOCUMENT_NOUN,
  KIN_WORDS,
  NOT_A_TITLE,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_HEAD,
  PERSON_TITLE_NOUN,
  ROLE_ACRONYMS,
  readsAsClause,
  TITLE_WORDS,
  WHO_IS_ROLE,
  WORKPLACE_KIND,
} from "./speaker-words.js";
import { lowerFirst } from "./title-case.js";

/**
 * A description's opening count or quantity; `top` and `senior` too (`senior officials`, `Senior
 * Democrats`), though not before a titled name (`Senior Counsel Kioko Musyoka-Waweru`).
 */
export const INDEFINITE =
  /^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens|[Ss]everal|[Bb]oth|[Oo]ther|[Mm]ost|[Ff]ew|[Nn]o)\s|(?:[Tt]op|[Ss]enior)\s+(?!\p{Lu}\p{Ll}+\s+\p{Lu}))/u;
export const DEFINITE = /^(?:the|his|her|their|its|our|my|this|that|these|those)\s/i;

/** Whether a phrase opens as a description: an article, a determiner, a possessive or an owner's name. */
export function opensDescription(phrase: string): boolean {
  return DEFINITE.test(phrase) || INDEFINITE.test(phrase) || POSSESSIVE.test(phrase);
}

/** A description in lower case with no capital in it (`her daughter`, `one of them`). */
const DESCRIBED_LOWER =
  /^(?:the|his|her|their|its|one\s+of\s+(?:them|those|the\s+\p{Ll}+))(?:\s+[\p{Ll}’'-]+){0,4}$/u;
/** An age set off in an appositive, and what follows it (`Raymond Haddow, 67, who lived …`). */
const AGE_END = /,\s*\d{1,3}(?:,.*)?$/s;

/**
 * What a cue's subject can open with that is not the speaker: a conjunction (`but Democrats`,
 * `after Jones`, `when CNN`), a
 * relative pronoun (`which many voters believe`, `where authorities`), `even` or `according to`,
 * a sentence adverb (`However, Jill A. Martin`, `Still, Tad Devine`), a dateline (`PARIS, Aug
 * 31 (Reuters) - Marine Le Pen`, its parenthesis already dropped) or a time (`Last month a
 * judge`, `Tuesday Gerard Pique`).
 */
const LEADING_ASIDE =
  /^(?:(?:while|whereas|as|yet|so|though|although|after|before|until|since|when|once|because|if)\s+(?=\p{Lu})|(?:which|that|whom|where|and|but|even|perhaps|maybe|probably|according\s+to)\s+(?=\p{L})|(?:However|Still|Meanwhile|Instead|Indeed|Separately|Similarly|Nonetheless|Nevertheless|Moreover|Now|Yet|Also|Later|Earlier|In fact|Of course|In turn|For example|For instance|In response|In addition),\s+|(?:However|Meanwhile|Nonetheless|Nevertheless|Moreover|Perhaps|Maybe)\s+(?=\p{L})|Now\s+(?=(?:his|her|their|its)\s)|\p{Lu}[\p{Lu}. '-]+,?(?:\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:--|[-—–―])\s+|(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ll]ate|[Ee]arly)\s+)?(?:week|month|year|weekend|night|morning|afternoon|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?=(?:a|an|the)\s|\p{Lu}))/u;

/**
 * A role a relative clause in the present gives (`who follows Amazon as a managing director at …`,
 * `who serves as the group's chairman`); not a past one or a view (`who served as`, `who is seen as`).
 */
const ROLE_IN_RELATIVE = new RegExp(
  `^who\\s+(?:(?:also|now|currently)\\s+)?(?:serves|works|acts|doubles|follows|covers|tracks|sits|volunteers|teaches|consults)(?:\\s+[\\p{L}.’'-]+){0,3}?\\s+as\\s+((?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?${PERSON_TITLE_NOUN}\\b.*)$`,
  "su",
);

/**
 * A role a relative clause's verb of office gives (`who chairs the Senate Veterans' Affairs
 * Committee`: `chair of the …`, `who founded the group`: `founder of the group`).
 */
const ROLE_VERB =
  /^who\s+(?:(?:also|now|currently)\s+)?(chairs|heads|leads|directs|manages|coaches|founded|co-founded|owns)\s+((?:the|a|an|\p{Lu})[\s\S]*)$/u;
const OFFICE_OF_VERB: Record<string, string> = {
  chairs: "chair",
  heads: "head",
  leads: "leader",
  directs: "director",
  manages: "manager",
  coaches: "coach",
  founded: "founder",
  "co-founded": "co-founder",
  owns: "owner",
};

function roleByVerb(appositive: string): string | undefined {
  const m = ROLE_VERB.exec(appositive);
  return m?.[1] && m[2] ? `${OFFICE_OF_VERB[m[1]]} of ${m[2]}` : undefined;
}

/**
 * A role a relative clause with `is` gives (`who is executive vice president of …`); after an
 * article, a word for someone's trade will do (`who is now an immunologist at Stanford`).
 */
const ROLE_BY_BE = new RegExp(
  `^${WHO_IS_ROLE}((?:(?:a|an|the|its|his|her|their)\\s+)?(?:(?!than\\s)[\\p{L}’'.-]+\\s+){0,4}?${PERSON_TITLE_NOUN}\\b.*|(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?\\p{Ll}+(?:ist|ian|ant|ent)s?(?:\\s+(?:at|of|for|with|in|on)\\s.*)?)$`,
  "su",
);

/** A description, then `, and` and a second person's name, and that person's own appositive. */
const SECOND_PERSON =
  /^(?:a|an|the|his|her|their|its|\p{Ll}[\p{L}-]*)\s[^,]{2,100},\s+and\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(?:,\s+.*)?$/su;

/** A pointer at a photo (`pictured`, `left`, `pictured right in 2013`): no title. */
const PICTURED =
  /^(?:pictured|left|right|above|below|centre|center|inset|far left|far right|top|bottom)\b/;

/** The phrase without parentheses, trailing dashes and commas, and its appositive (`X, a spokesman`). */
/** A relative clause that reports speech (`who said she planned …`), to its end. */
const RELATIVE_SAYING =
  /(?:^|\s+)(?:who|which)\s+(?:(?:has|had|have|also|later|then|once)\s+)?(?:(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|explained)\b|\p{Ll}+(?:ed|s)\s+that\b).*$/su;

/**
 * A time or an occasion ending a phrase: `in October`, `on Monday`, `late on Sunday` (or its `late`
 * alone, the day cut off before), `last week`, `at the time`, `in his announcement speech`.
 */
const TIME_AFTER = new RegExp(
  String.raw`(?<=\p{L})\s+(?:in\s+(?:${MONTHS})|(?:(?:late|early)\s+(?:on\s+)?|on\s+)(?:${WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|late|early|(?:last|this|earlier|later)\s+(?:week|month|year)|at\s+the\s+time|(?:in|during|at)\s+(?:his|her|their|its|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:speech|statement|interview|remarks|address|testimony|letter|memo|op-ed|column|post|tweet|debate|rally|appearance|announcement))$`,
  "u",
);

/** `Secret intelligence reports seen by Reuters`: who saw a document is no part of its name. */
/** A document described, then a relative clause on it (group 2: the document's noun). */
const DOCUMENT_THEN_RELATIVE =
  /^((?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}.-]*[’']s)\s+(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+))\s+(?:that|which)\s+\S/u;
const DOCUMENT_SEEN_BY = new RegExp(
  `^([^,]+?)\\s+(?:${DOCUMENT_PASSIVE})\\s+(?:by|to)\\s[^,]+$`,
  "u",
);

/**
 * A past tense and its object in a subject: `The town released a statement`, `The Vermont senator
 * emailed supporters`, `The Cruz campaign sent a fundraising email`.
 */
const PAST_THEN_OBJECT =
  /\s(?:(?:\p{Ll}{3,}ed|sent|put|wrote|gave|held|made)\s+(?:a|an|the|his|her|their|its)\s|(?:emailed|texted|urged|asked|warned|reminded|thanked|assured|informed|told)\s+\p{Ll}{3,}s(?:\s|$))/u;
/**
 * A document and the participle that says it came out: `A campaign TV ad released`. The
 * participle is matched at the end first; the document before it is read only then.
 */
const RELEASED_AT_END =
  /\s+(?:released|issued|published|unveiled|obtained|posted|filed|aired|circulated|distributed)$/;
const DOCUMENT_AT_END =
  /\b(?:report|poll|survey|ad|advertisement|memo|study|article|documents?|statement|order|lawsuit|emails|records|filings?|analysis|letter|video|book|transcript|data|figures|audit|review|sheet|plan|proposal|budget|ruling|complaint|indictment)$/i;

function withoutReleased(phrase: string): string {
  const released = RELEASED_AT_END.exec(phrase);
  if (!released || !DOCUMENT_AT_END.test(phrase.slice(0, released.index))) return phrase;
  return phrase.slice(0, released.index);
}

/** An age opening an appositive, in figures or in words up to twelve (`57`, `eight`). */
const AGE_OPENING =
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=,|$)/;

export function splitPhrase(rawPhrase: string): { phrase: string; appositive: string | null } {
  let phrase = rawPhrase
    .replace(/\s*\([^()]*\)/g, "")
    // `Or, as Tom Ridge … put it`: a conjunction set off by its comma, then the aside.
    .replace(/^(?:Or|And|But|Yet|So),\s+(?=as\s)/, "")
    .replace(LEADING_ASIDE, "")
    // `(In Portrush,) County Antrim, cafe owner Ciara Devlin`: the rest of a place is no one.
    .replace(/^(?:County|Co\.?)\s+\p{Lu}[\p{L}’'-]*,\s+(?=\p{L})/u, "")
    // `workout The Filipino's promoter`: a caption run into the sentence ends before its capital
    // article (not `a count by The Associated Press`).
    .replace(
      /^(?:\p{Ll}[\p{L}’'-]*\s+){0,2}(?!(?:from|by|with|of|in|at|for|to|on|and|or|about|than|like)\s)\p{Ll}[\p{L}’'-]*\s+(?=(?:The|A|An)\s+\p{L})/u,
      "",
    )
    // `(after) hearing her parents (discuss …)`: a gerund and its object's possessive, the
    // object the verb's subject.
    .replace(/^\p{Ll}{2,}ing\s+(?=(?:his|her|their|my|our|your)\s+\p{Ll})/u, "")
    // `76-year-old Morton Blackwell`: an age before a name is no part of it.
    .replace(/^\d{1,3}-year-old\s+(?=\p{Lu})/u, "")
    // `a decision his wife, Sylvie, (describes as …)`: the object of a relative clause, then its
    // subject; the subject is who.
    .replace(/^(?:a|an|the)\s+\p{Ll}+\s+(?=(?:his|her|their|its|our|my)\s+\p{Ll})/u, "")
    // `Clark in October (revealed)`, `Clark on Monday`: a time after a name is no part of it (an
    // appositive keeps its own: `X, who left the campaign in October`).
    .replace(TIME_AFTER, (time, at: number, whole: string) =>
      whole.lastIndexOf(",", at) < 0 ? "" : time,
    )
    // `a CNN public poll conducted (on Thursday)`: the participle the time went with goes too.
    .replace(
      /(?<=\s(?:poll|polls|survey|surveys|study|report|filing|statement))\s+(?:released|conducted|published|taken|issued|filed)$/,
      "",
    )
    .replace(/\s*(?:--|[—–―])\s*$/, "")
    // `Cruz himself said`, `Carter however said`, `GiveWell sometimes finds`, `The University of
    // Sydney alone has said`: the name, without its intensifier or adverb.
    .replace(
      /\s+(?:himself|herself|themselves|itself|however|though|too|also|alone|meanwhile|sometimes|just|simply|merely|still|repeatedly)$/,
      "",
    )
    .trim()
    .replace(/,$/, "")
    .trim();
  phrase = withoutReleased(phrase);
  if (phrase.includes(" by ") || phrase.includes(" to "))
    phrase = phrase.replace(DOCUMENT_SEEN_BY, "$1");
  // `a large British study that experts say could transform how dementia is diagnosed`: the
  // document, without what its relative clause says of it.
  if (phrase.includes(" that ") || phrase.includes(" which ")) {
    const document = DOCUMENT_THEN_RELATIVE.exec(phrase);
    if (document?.[1] && DOCUMENT_NOUN.test(document[2]!)) phrase = document[1];
  }
  // `The town released a statement (saying)`, `both men issued a statement`: the subject of a past
  // tense and its object, without them (not inside a relative clause: `a woman who called the police`).
  const past = PAST_THEN_OBJECT.exec(phrase);
  if (
    past &&
    past.index > 0 &&
    !/[,(]|\s(?:who|whose|which|that)\s/.test(phrase.slice(0, past.index + 1))
  ) {
    phrase = phrase.slice(0, past.index).replace(/\s+on\s+\p{Lu}\p{Ll}+day$/u, "");
  }
  let appositive: string | null = null;
  // Not the comma of a number (`21,000`) nor one inside a ministry's name (`a Department for
  // Environment, Food and Rural Affairs spokesperson`).
  const comma = isNameList(phrase) ? -1 : (maskRemits(phrase) ?? phrase).search(/,(?!\d{3}\b)/);
  if (comma > 0) {
    appositive =
      phrase
        .slice(comma + 1)
        .trim()
        .replace(/,$/, "")
        .trim() || null;
    phrase = phrase.slice(0, comma).trim();
    // `her daughter, Chiamaka Ashworth-Bello, 27,` (after where it was said): the name the
    // description sets off, without the age after it and what follows.
    if (appositive && DESCRIBED_LOWER.test(phrase)) {
      appositive = appositive.replace(AGE_END, "");
    }
    // `Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National
    // Security Council official,`: two people, each with a title.
    const pair = appositive ? SECOND_PERSON.exec(appositive) : null;
    if (pair?.[1]) {
      phrase = `${phrase} and ${pair[1]}`;
      appositive = null;
    }
    // `Caddell, speaking of …`: a participle clause, not a title; `Boase, pictured,`: a caption's
    // pointer at a photo.
    if (appositive && (/^\p{Ll}+ing\b/u.test(appositive) || PICTURED.test(appositive))) {
      appositive = null;
    }
    // `Jack Buser, however,`, `Tom Young, in his testimony,`: an adverb or where it was said;
    // `Travolta, whose wife,`: someone else.
    // `Nasa, which is planning …,`: a relative clause on an organization is none either.
    if (appositive && (NOT_A_TITLE.test(appositive) || /^(?:whose|which)\s/.test(appositive)))
      appositive = null;
    // `Elizabeth Arnold, who said she …`: a relative clause is no title; `a staff member who said
    // she …` is the title up to it.
    if (appositive && RELATIVE_SAYING.test(appositive)) {
      appositive = appositive.replace(RELATIVE_SAYING, "").trim() || null;
    }
    // `Tom Forte, who follows Amazon as a managing director at D.A. Davidson`: the role the
    // relative clause gives is the title.
    const role = appositive
      ? (ROLE_IN_RELATIVE.exec(appositive)?.[1] ??
        ROLE_BY_BE.exec(appositive)?.[1] ??
        roleByVerb(appositive))
      : undefined;
    if (role) appositive = role;
    // `a spokeswoman for Trump, has expanded on …`: the title ends before its sentence's verb;
    // `is the brother of …`, `state security forces have killed …`: a clause is no title.
    if (appositive) {
      appositive = appositive.replace(/,\s+(?:has|have|had|is|are|was|were|will|would)\s.*$/s, "");
      // `an emeritus professor at the Open University, who was not involved in the research`:
      // the title ends before a relative clause set off after it.
      // Not after an age (`25, who is also an officer`).
      appositive = appositive.replace(/(?<!^\d{1,3}),\s+(?:who|whose|which)\s.*$/s, "");
      // `a planetary scientist at York University in Toronto who was not involved in the
      // research`: nor a title's restrictive clause after where the person works.
      appositive = appositive.replace(TITLE_THEN_WHO, "$1");
      if (readsAsClause(appositive)) appositive = null;
    }
    // `the executive director at the Center of Media Justice and whose also featured in the film`:
    // the title ends before a relative clause joined to it.
    if (appositive)
      appositive = appositive.replace(/\s+(?:and|but)\s+(?:who|whose|who[’']s)\s.*$/s, "");
    // `a Clinton endorser whose district went for her but`, `and`: no conjunction left dangling.
    if (appositive) appositive = appositive.replace(/(?:^|\s+)(?:but|and|or)$/, "") || null;
    // `a host of “The Five,”`: a title's closing comma is the sentence's, not the work's.
    if (appositive) appositive = appositive.replace(/,(”|"|'')$/, "$1");
    // `Mary Crawford, 57,`, `Ram Manohar, 38, of Barnston`, a child's `Lucía, eight,`: an age is
    // no title; nor is it part of the name a description sets off (`one protester, 23-year-old
    // Ahmed Ali,`).
    if (appositive && AGE_OPENING.test(appositive)) {
      appositive = appositive.replace(AGE_OPENING, "").replace(/^,?\s*/, "") || null;
      // `Whitaker, 38, who moved to fourth on England’s all-time list,`: past the age, a relative
      // clause is a title only for the role it gives.
      if (appositive?.startsWith("who ")) {
        appositive =
          ROLE_IN_RELATIVE.exec(appositive)?.[1] ??
          ROLE_BY_BE.exec(appositive)?.[1] ??
          roleByVerb(appositive) ??
          null;
      }
    }
    if (appositive) appositive = appositive.replace(/^\d{1,3}-year-old\s+(?=\p{Lu})/u, "");
    // `Maria Rossi, 62, standing outside her flooded shop`: past the age, a participle clause;
    // `Linda Cole, 58, whose house lost its roof`: someone else's.
    if (appositive && /^(?:\p{Ll}+ing|whose|which)\b/u.test(appositive)) appositive = null;
    // `Tashi Lakpa Sherpa, who is himself a veteran mountaineer,`: the title without `himself`.
    if (appositive)
      appositive = appositive.replace(/^(?:himself|herself)\s+(?=(?:a|an|the)\s)/, "");
  }
  // `An RSF spokesman, who gave his name as Mohamed Adam Issa,`: the name given, the description
  // the title.
  const given = appositive ? GAVE_NAME_AS.exec(appositive) : null;
  if (given?.[1] && /^\p{Ll}|^(?:An?|The)\s/u.test(phrase)) {
    return { phrase: given[1], appositive: lowerFirst(phrase) };
  }
  return { phrase, appositive };
}

/** A relative clause giving a name (`who gave his name as Mohamed Adam Issa`). */
const GAVE_NAME_AS =
  /^who\s+gave\s+(?:his|her|their)\s+(?:(?:first|full|only)\s+)?name\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})$/u;

/** A title, where its holder works, then a relative clause: group 1 the title and place. */
const TITLE_THEN_WHO = new RegExp(
  String.raw`^((?:a|an|the)\s+(?:[\p{L}’'.-]+\s+){0,6}?(?:${PERSON_TITLE_NOUN}|\p{Ll}+(?:ist|er|or|ian))\s+(?:of|for|at|to|on|with|in)\s.*?)\s+who(?:se)?\s.*$`,
  "su",
);

/** A lower-case word of a description, or a role in capitals at its end (`The CEO`). */
const DESCRIBING_WORD = new RegExp(String.raw`\s(?:\p{Ll}|(?:${ROLE_ACRONYMS})$)`, "u");

/**
 * The role a description gives the name after it: the words after `from` when the description is
 * a document's (`a statement released Monday from the family's attorney, James Maron` → `the
 * family's attorney`); else the description itself.
 */
export function roleInDescription(phrase: string): string {
  const from = DOCUMENT_FROM.exec(phrase);
  if (!from?.[2]) return phrase;
  return from[1]!.split(/\s+/).some((word) => DOCUMENT_NOUN.test(word)) ? from[2] : phrase;
}
/** A determiner and up to four words, then words up to `from`, and what follows it. */
const DOCUMENT_FROM = /^(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\b.*?\sfrom\s+(.+)$/iu;

/** Capitalized words, with a name's particles between them (`Andrew Liveris`, `Erik ten Hag`). */
const CAPITALIZED_NAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:${NAME_PARTICLES}|${MORE_NAME_PARTICLES})\s+){0,2}(?:[ae]l-)?\p{Lu}[\p{L}’'.-]*)*$`,
  "u",
);

/** A description naming someone's kin (`Schilling's son`, `her husband`). */
const KIN = new RegExp(`\\s(?:${KIN_WORDS})$`);

/**
 * An office written in capitals after `the` or its owner's possessive: `The Home Secretary`, `the
 * Prime Minister`, `Greater Manchester Police's Assistant Chief Constable`, `the Parliamentary
 * Under-Secretary`.
 */
const CAPITAL_OFFICE = new RegExp(
  String.raw`^(?:[Tt]he|${OWNER})\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:Under-|Vice-)?Secretary|Minister|Chancellor|President|Governor|Mayor|Speaker|Leader|Commissioner|Chairman|Chairwoman|Chair|Director|Ambassador|Attorney\s+General|General|Executive|Officer|Constable|Superintendent|Inspector)$`,
  "u",
);

/** `the` and a name of capitalized words, maybe joined by `of` or `and`. */
const THE_NAME = /^the\s+(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|and|for)\s+)?\p{Lu}[\p{L}’'&.-]*)*)$/u;

/**
 * `The` before a clergy's or a privy counsellor's style (`the Rt Rev`, `The Rt Hon`, `the Reverend
 * Samuel Adeyinka`).
 */
export const STYLE_ARTICLE = String.raw`[Tt]he\s+(?=${STYLE}\b)`;
export const THE_BEFORE_STYLE = new RegExp(`^${STYLE_ARTICLE}`, "i");

/**
 * The person's name when `phrase` is a description (lower-case words after a determiner or a
 * possessive: `Dow's chief executive`, `the American ambassador at the time`; or an office in
 * capitals, `The Home Secretary`) and `setOff` is a name of at least two words or with an
 * honorific (`Andrew Liveris`, `Mr. Herbst`), maybe after a role in lower case (`Her neighbour,
 * retired teacher Peter Grant`: the role is given too), or a given name after kin (`Schilling's
 * son, Grant`); an organization's name with its article after a body's description (`Her union,
 * the Royal College of Nursing`); else null.
 */
/** Where a body is based, before its name: `Paris-based `, `London-listed `. */
const BASED_BEFORE_NAME =
  /^\p{Lu}[\p{L}’'.-]*-(?:based|listed|headquartered|registered)\s+(?=\p{Lu})/u;

/** `One` or `Another` alone, before the name of one of those just mentioned. */
export const ONE_ALONE = /^(?:One|Another)$/;

/** Where a person works, ending a phrase (`of Clemson University`, `of the law firm Baker Botts`). */
const WORKPLACE_AFTER = new RegExp(String.raw`\s+of\s+(?:the\s+)?${WORKPLACE_KIND}\p{Lu}.*$`, "u");

export function nameAfterDescription(
  phrase: string,
  setOff: string,
): { name: string; role: string | null } | null {
  // `The Bishop of Leeds, the Rt Rev Nick Baines,`: the name with its style.
  // (`One, Brenda Haslam, 74, from Bolton,`: the name without its age and where from.)
  const written = setOff.replace(THE_BEFORE_STYLE, "").replace(AGE_END, "");
  const described = opensDescription(phrase);
  // `The CEO, Satya Nadella`, `The Home Secretary, Yvette Cooper`: a role written in capitals is a
  // description too.
  // `One, Brenda Haslam, 74, from Bolton,`: one of those just mentioned, and her name.
  const oneOf = ONE_ALONE.test(phrase);
  if (!oneOf && (!described || !(DESCRIBING_WORD.test(phrase) || CAPITAL_OFFICE.test(phrase))))
    return null;
  // `The report, by independent reviewer Keith Makin,`: who wrote it, not a name it sets off.
  if (/^(?:by|from|of|for|with)\s/.test(written)) return null;
  // `Her union, the Royal College of Nursing,`, `His party, the Conservatives,`: an organization
  // named with its article, for a description whose head is one.
  const withArticle = THE_NAME.exec(written);
  if (withArticle?.[1] && ORG_NOUNS.test(phrase.slice(phrase.lastIndexOf(" ") + 1))) {
    const org = parseNameRun(withArticle[1], false);
    if (org?.kind === "org" || (org && /s$/.test(withArticle[1])))
      return { name: written, role: null };
  }
  // `Schilling's son, Grant,`, `Clinton's husband, Bill,`: kin named by a given name alone.
  if (KIN.test(phrase) && /^\p{Lu}\p{Ll}[\p{Ll}’'-]*$/u.test(written))
    return { name: written, role: null };
  // `retired teacher Peter Grant`: a role before the name.
  const roled = ROLE_BEFORE_NAME.exec(written);
  const role = roled?.[1] && PERSON_HEAD.test(roled[1]) ? roled[1] : null;
  // `Another pollster, David Woodard of Clemson University`: the name, without where they work;
  // `The film's sales agent, Paris-based Lumière Nord International,`: nor where it is based.
  const appositive = (role ? written.slice(roled![0].length) : written)
    .replace(WORKPLACE_AFTER, "")
    .replace(BASED_BEFORE_NAME, "");
  const parsed = parseNameRun(appositive, false);
  if (!parsed || !CAPITALIZED_NAME.test(appositive)) return null;
  // `Boeing’s largest customer, Southwest Airlines,`: an organization the description names (not
  // a document's title, `the report, Global Trends 2030,`, nor a place, `the governor, Texas`,
  // `a woman in Worcester, Massachusetts,`).
  if (parsed.kind === "org") {
    // `A spokesperson for the promoter, Barracuda Music,`: the organization names what the
    // person speaks for, not the person.
    const speaksFor = PERSON_FOR_BODY.exec(phrase);
    if (speaksFor?.[2] && PERSON_HEAD.test(speaksFor[2]) && role === null) {
      return { name: `${speaksFor[1]}${appositive}`, role: null };
    }
    const head = phrase.split(/\s+/).at(-1)!;
    return role === null &&
      /^\p{Ll}/u.test(head) &&
      !DOCUMENT_NOUN.test(head) &&
      !isPlace(appositive)
      ? { name: appositive, role }
      : null;
  }
  if (parsed.tokens.length > 1 || parsed.gender !== null) return { name: appositive, role };
  // `Indonesia's environment minister, Suryadi,`: one who goes by one name, after a title.
  const title = phrase.split(/\s+/).at(-1)!;
  if (ONE_NAME_TITLE.test(title) && !isPlace(appositive) && !ORG_WORDS.has(appositive)) {
    return { name: appositive, role };
  }
  // `A spokesman for the airline, Flybe,`: one unknown word after a body is that body's name.
  const speaksFor = role === null ? PERSON_FOR_BODY.exec(phrase) : null;
  const body = speaksFor ? phrase.slice(phrase.lastIndexOf(" ") + 1) : "";
  if (
    speaksFor?.[2] &&
    PERSON_HEAD.test(speaksFor[2]) &&
    (ORG_NOUNS.test(body) || TRADE.test(body))
  )
    return { name: `${speaksFor[1]}${appositive}`, role: null };
  // `The dating app on which the pair first matched, Kindred,`: one unknown word after a business
  // described (by its trade, before any clause) is its name.
  const business = phrase.replace(CLAUSE_AFTER_HEAD, "").split(/\s+/);
  if (
    role === null &&
    !speaksFor &&
    business.length > 1 &&
    /^(?:The|the|A|a|An|an|Its|its|Their|their|Her|her|His|his)$/.test(business[0]!) &&
    BUSINESS_KIND.test(business.at(-1)!) &&
    !isPlace(appositive) &&
    !ORG_WORDS.has(appositive)
  ) {
    return { name: appositive, role: null };
  }
  return null;
}
/** A relative clause after a description's head: ` on which the pair first matched`, ` that …`. */
const CLAUSE_AFTER_HEAD = /\s+(?:(?:on|in|at|through|with|by)\s+which|which|that|who|where)\s.*$/;
/** A business by what it is or does: `app`, `platform`, `airline`, `charity`. */
const BUSINESS_KIND =
  /^(?:app|platform|website|site|service|network|startup|start-up|company|firm|business|brand|charity|airline|operator|carrier|retailer|supermarket|chain|manufacturer|carmaker|insurer|lender|developer|publisher|promoter|brewer|exchange|bank|club|label|studio)$/;

/** An office a person of one name may hold (`minister`, `president`). */
const ONE_NAME_TITLE = new RegExp(`^${PERSON_TITLE_NOUN}$`);

/** A business by its trade (`the airline`, `the bus operator`), a body a spokesman speaks for. */
const TRADE =
  /^(?:airline|operator|carrier|retailer|supermarket|chain|manufacturer|carmaker|insurer|lender|developer|housebuilder|provider|supplier|utility|publisher|promoter|brewer|landlord|owner|owners)$/;

/**
 * A person described by whom they speak or work for, that body itself described (`A spokesperson
 * for the promoter`): group 1 all up to the body's description, group 2 the person's word.
 */
const PERSON_FOR_BODY =
  /^((?:a|an|one|the)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:for|of|at|from|with)\s+)(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/iu;

/**
 * Up to three lower-case words of a role, each maybe before a capitalized one, then a capital
 * (`retired teacher Peter Grant`, `lead author Juan …`, `former Labour deputy leader Tom Watson`).
 */
export const ROLE_BEFORE_NAME = new RegExp(
  String.raw`^((?:\p{Ll}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}){0,2}(?!(?:${NAME_PARTICLES}|${MORE_NAME_PARTICLES})\s)\p{Ll}[\p{L}-]*)\s+(?=\p{Lu})`,
  "u",
);

/** `JAKE TAPPER` → `Jake Tapper`, `O'MALLEY` → `O'Malley`. */
export function titleCase(capitals: string): string {
  return capitals
    .toLowerCase()
    .replace(
      /(^|[\s’'-])(\p{L})/gu,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/**
 * Names in a list: three or more (`A B, C D and E F`), names and others (`Crane, Kibbe and other
 * libertarians`, `Autor and his colleagues`), or two with honorifics (`Mr. Cruz and Mr. Rubio`);
 * other pairs are one name run (`Hillary Clinton and Bernie Sanders`, `Procter and Gamble`).
 */
export const NAME_LIST =
  /^(?:\p{Lu}[^,]*(?:,\s+\p{Lu}[^,]*)+,?\s+and\s+\p{Lu}[^,]*|\p{Lu}[^,]*(?:,\s+\p{Lu}[^,]*)*,?\s+and\s+(?:others?\b|(?:his|her|their)\s+\p{Ll})[^,]*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+\p{Lu}[\p{L}’'-]+\s+and\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+\p{Lu}[\p{L}’'-]+)$/u;

/** `Michael Sims, CEO and Founder of Ceres Robotics`: a name and its titles, not a list of names. */
function isNameList(phrase: string): boolean {
  if (!NAME_LIST.test(phrase)) return false;
  const second = /,\s+([\p{L}.]+)/u.exec(phrase)?.[1] ?? "";
  if (TITLE_WORDS.has(second) || /^C[EFOT]O$/.test(second)) return false;
  // `Patrick Nielsen Hayden, Teresa’s husband and Tor’s editor in chief`: descriptions, one man.
  if (/[’']s\s+\p{Ll}/u.test(phrase.slice(phrase.indexOf(",")))) return false;
  // `Philip Luther, Research and Advocacy Director for the Middle East …`: a title of a job.
  const rest = phrase.slice(phrase.indexOf(",") + 1).split(",")[0] ?? "";
  const job = /\s(\p{Lu}[\p{L}-]*)\s+(?:for|of|at)\s/u.exec(rest);
  return !(job?.[1] && TITLE_WORDS.has(job[1]));
}
