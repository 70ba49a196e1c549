/**
 * Where the statement a reporting verb introduces starts: past an aside between dashes, the one
 * told or asked (`told reporters ▮he…`), an occasion or a time (`said on Tuesday that ▮…`), or -1
 * when the words after the verb are its object, not a statement. Used by the reported statements
 * (src/quotes/reported.ts).
 */
import {
  AMOUNT,
  DESC,
  FLAGS,
  MONTHS,
  NAME,
  PLURAL,
  PLURAL_NOUNS,
  STOP,
  WEEKDAY,
  WEEKDAYS,
} from "./cue-grammar.js";
import { isListedBefore, needsThat, onlyWithThat } from "./verbs.js";

const DAY_WORD = `${WEEKDAYS}|today|yesterday`;
/** A description's capitalised last word goes on as a name does: `the Supreme ▮Court`. */
const NAME_RUN_ON = String.raw`(?:(?<=\s\p{Lu}[\p{L}’'.-]*)\s+\p{Lu}[\p{L}’'.-]*)*`;
/**
 * Whom a `told` names before its statement: `reporters`, `Smith`, `BBC Radio 4’s Today programme`,
 * `the group`, `delegates here`, and people with no article before a subject pronoun (`told
 * officers he did not…`), the press before its statement's subject (`told local media their son`),
 * and people before a subject and its verb (`told investors the outlook was …`).
 */
/**
 * What a newspaper or a broadcaster is called before its name (`told the newspaper Le Monde that`,
 * `told Irish broadcaster RTV by phone.`; not `told the newspaper Garcia booted …`, where the name
 * is the statement's subject).
 */
const OUTLET =
  "newspaper|paper|magazine|broadcaster|channel|network|station|website|outlet|podcast|programme|program|agency|daily|weekly|tabloid";
/** Those a speaker tells besides PLURAL_NOUNS: `investors`, `jurors`, `MPs`. */
const AUDIENCE =
  "investors|shareholders|colleagues|staff|viewers|listeners|readers|followers|parliament|congress|jurors|MPs|councillors|councilors|mourners|attendees|guests|rescuers|medics|survivors|patients|customers";
const OBJECT_AFTER_TELL = new RegExp(
  `^\\s+(?:reporters|journalists|me|us|him|her|them|you|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${OUTLET})\\s+${NAME}(?:\\s+\\d{1,3})?(?=\\s+that\\s|\\s*[,.]|\\s+(?:on|in|at|by|last|this|earlier|late)\\s)|(?:${PLURAL_NOUNS}|${AUDIENCE})(?=\\s+(?:he|she|they|we|I|it)\\s)|(?:(?:local|state|national|foreign|the)\\s+)?(?:media|press|television|TV|radio)(?=\\s+(?:he|she|they|we|I|it|his|her|their|its|the|a|an|there)\\s)|(?:${PLURAL_NOUNS}|${AUDIENCE})(?=\\s+(?:(?:the|a|an|his|her|their|its|this|these|those)\\s+(?:[\\p{L}’'-]+\\s+){0,4}|(?!(?:in|on|at|for|of|to|with|about|from|last|this|that|and|or)\\s)\\p{Ll}[\\p{L}’'-]*\\s+(?:\\p{Ll}[\\p{L}’'-]*\\s+)?)(?:was|were|is|are|had|has|have|would|will|could|should|might|may|can|did)\\s)|(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:host|anchor|presenter|interviewer|correspondent|reporter|editor|columnist)\\s+${NAME}|${NAME}(?:\\s+\\d{1,2}(?:[’']s(?:\\s+${NAME})?|\\s+${NAME}|(?=\\s+that\\s))|\\s+\\p{Lu}\\d)?|${DESC}${NAME_RUN_ON}|(?:(?!(?:of|in|on|at|for|to|with|about|from|that|the|a|an)\\s)\\p{Ll}[\\p{L}-]*\\s+){1,3}${NAME}|(?:${PLURAL}|(?:\\p{Ll}+\\s+)?(?:\\p{Ll}+s|media|press|television|radio|parliament|congress|staff))(?=\\s+(?:(?:here|there|${DAY_WORD})\\s+)*that\\s|\\s+(?:on|at|in|during|after|before|last|this|earlier)\\s(?:(?!\\s(?:is|was|are|were|has|have|had|will|would)\\s)[^,.;:“”"]){1,60}?\\s+that\\s))(?=[\\s,:.])`,
  FLAGS,
);
/** A month a name run took in after `on` or `in` (`Carla Babb on Nov`). */
const MONTH_ENDING_NAME = new RegExp(
  `(?<=\\p{Lu}\\p{L}*)\\s+(?:on|in)\\s+(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$`,
  "u",
);
/**
 * An age or a name set off after whom a verb told, before `that`: `told Amanda Reyes▮, 38,▮ that
 * …`, `told the owner▮, Gareth Price,▮ that …`.
 */
const AGE_BEFORE_THAT =
  /^,\s+(?:\d{1,3}|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),(?=\s+that\s)/u;
/** What follows `asked`: what was asked about (`about` dropped), or the question (its wh-word kept). */
export const QUESTION_OPENING = String.raw`\s+(?:about\s+|(?=(?:whether|if|what|why|how|who|when|where|which)\s))`;
/** Where someone was asked to come, after `asked X` (`asked him ▮back to her house`). */
const INVITED_WHERE = /^\s+(?:back|over|round|around|along|out)\s+(?:to|for|at)\b/;
/** After `asked X`: the question. */
const QUESTION_AFTER_ASK = new RegExp(`^${QUESTION_OPENING}`);
/** After `asked` with no one asked: only a wh-word opens the question (`asked about` is passive). */
const WH_AFTER_ASK = /^\s+(?=(?:whether|what|why|how|who|when|where|which)\s)/;
/** Before an `asked` whose asker goes unnamed: a passive, or `when`/`if`/`once asked`. */
const NO_ASKER_BEFORE = /\b(?:was|were|been|being|be|is|are|when|if|once)\s+$/;
/** Verbs whose statement may be a question they answer (`explained how …`). */
const WH_VERB =
  /^(?:explain|explained|explains|explaining|describe|described|describes|describing|detailed|details|outlined|outlines|recounted|recalled|revealed|reveals)$/;
const WH_CLAUSE = /^\s+(?=(?:how|why|what|whether)\s)/;
/** An aside between dashes right after a verb, up to (not including) the white space after it. */
const DASH_ASIDE_AFTER = /^\s(?:—|–|--)\s[^—–"“”]{1,100}?\s(?:—|–|--)(?=\s)/;
/**
 * Words between a verb and the `that` of its statement: a time, a place, a manner (`said on
 * Tuesday in a statement that`), never a clause of their own (`said Thursday his worry is that`).
 */
const ADJUNCT = new RegExp(
  `^\\s+(?:(?:here|there|as\\s+(?:recently|early|late|long\\s+ago)\\s+as|more\\s+than\\s+once|on|in|at|aboard|outside|inside|near|during|last|this|late|early|after|before|earlier|later|afterwards|afterward|over|via|by\\s+(?:phone|telephone|e-?mail|text|video|letter|satellite|radio)|from|to|with|without|through|${WEEKDAYS}|yesterday|today|tonight|then|now|again|also|publicly|privately|repeatedly|recently|(?:\\p{Ll}+-)*\\p{Ll}+ly)\\b(?:(?!\\s(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)\\s)(?:[^,.;:“”"]|(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)){0,60}?)?(?=\\s+that\\s|\\s*[:,])`,
  FLAGS,
);

/**
 * `in Salem, New Hampshire on Monday that `: a place whose comma comes before a capital, then
 * `that`.
 */
const PLACE_ADJUNCT_THAT =
  /^\s+(?:in|at|outside|near)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*,\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?:\s+(?:on|last|this)\s+\p{L}+)?\s+that\s+/u;

/**
 * A programme's title in quotation marks, perhaps its network's and a time, then `that` or a
 * clause: `told CBS’s “Face the Nation” on Sunday that `, `said on “Meet the Press” that `, `told
 * ABC’s “Good Morning America” on Monday ▮the tone …`.
 */
const PROGRAMME_THEN_STATEMENT =
  /^\s+(?:on\s+)?(?:\p{Lu}[\p{L}.-]*[’']s\s+)?[“"]\p{Lu}[^“”"\n]{0,40}?[”"](?:\s+(?:show|programme|program|podcast|broadcast))?(?:\s+(?:on|last|this)\s+\p{L}+)?\s+(?:that\s+|(?=(?:he|she|they|it|we|I|there|the|his|her|their|its)\s(?:[^,.;:“”"\s]+\s+){0,6}?(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|\p{Ll}+ed)\b))/u;

/**
 * A comma, then a condition or time set off before a clause with its verb (`said, ▮if elected, she
 * would …`, `says, ▮win or lose in Tuesday’s primary, he’s staying`).
 */
const CONDITION_THEN_CLAUSE =
  /^,\s+(?=(?:if|when|once|unless|after|before|while|given|despite|win\s+or\s+lose|in\s+the\s+(?:end|meantime|long\s+run)|for\s+now|ultimately|eventually)\b[^,;:“”"]{0,60},\s+(?:(?:he|she|they|we|I|it|there)[’'](?:s|d|ll|re|ve|m)\s|(?:he|she|they|we|I|it|there|the|his|her|their|its)\s(?:[^,.;:“”"\s]+\s+){0,4}?(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|\p{Ll}+ed)\b))/u;

/** Verbs of saying, after which a comma's aside may come before the statement. */
const SAYS =
  /^(?:said|says|say|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|noted|notes|warned|warns|explained|explains|replied|responded|stressed|stresses|claimed|claims|alleged|alleges|asserted|asserts|suggested|suggests|admitted|admits|acknowledged|declared|maintained|conceded)$/;
/**
 * An adverb or an occasion set off by commas after a verb of saying (`said▮, however, ▮that`), not
 * after a verb whose object follows (`seemed to confirm, before millions of viewers, the …`).
 */
const SET_OFF_ADJUNCT =
  /^,\s+(?:however|though|too|also|moreover|meanwhile|instead|again|(?:in|on|at|during|via|through|after|before|without)\s[^,;:“”"]{1,40}|as\s+(?:(?:he|she|they|it|we|I)\s+(?:has|have|had|did|does|do)(?:\s[^,;:“”"]{1,30})?|usual|always|before|expected)|\p{Ll}+ly),\s+/u;

/** A time after `that`, which makes it a determiner: `announced that same day`. */
const THAT_TIME =
  /^(?:same|very|day|week|month|year|night|morning|afternoon|evening|time|weekend|moment|summer|spring|fall|winter)\b/;

/** An auxiliary after `that`, which makes it a pronoun: `said that ▮would depend on …`. */
const THAT_AS_SUBJECT =
  /^(?:(?:would|will|could|can|should|might|may|must|is|was|has|had|does|did)(?:n[’']t)?|won[’']t|can[’']t)\s/;

/** A particle right after a verb, which belongs to it (`ruled out`, `showed off`, `add up`). */
const PARTICLE = /^\s+(out|off|up)(?=\s)/;
const ADDS = /^(?:add|adds|added|adding)$/;
const SHOWS = /^(?:show|shows|showed|showing|shown)$/;
const RULES = /^(?:rule|rules|ruled|ruling)$/;
const FINDS = /^(?:find|finds|found|finding)$/;

/** Verbs of warning, reminding or assuring, whose object may come before `that`. */
const ADDRESSES =
  /^(?:warn|remind|assur|reassur|inform|notif|advis|caution|alert|convinc|persuad|promis)(?:e|es|ed|s|ing|y|ies|ied)?$/;
/** Whom such a verb addresses, up to four words, then `that` (group 1 what precedes `that`). */
const WHOM_THEN_THAT = new RegExp(
  `^(\\s+(?:him|her|them|us|me|you|(?!${STOP}\\b)[\\p{L}’'-]+(?:\\s+(?!${STOP}\\b)[\\p{L}’'-]+){0,3}?))\\s+that\\s`,
  "u",
);

/** The forms of `tell`, whose object comes before what is told. */
const TELLS = /^(?:told|tells|tell|telling)$/;

/**
 * Where the reported statement starts after a verb (`said on Tuesday that ▮he will…`, `told
 * reporters ▮he…`), or -1 when the verb does not introduce one.
 */
export function findContentStart(text: string, verb: string, verbEnd: number): number {
  // `said — on Twitter, as it happens — that …`: an aside between dashes is passed over.
  const aside = DASH_ASIDE_AFTER.exec(text.slice(verbEnd, verbEnd + 120));
  let at = aside ? verbEnd + aside[0].length : verbEnd;
  // `showed off a new piercing`, `ruled out a bid` and `would add up to $1.5 trillion` report no
  // words; after `found out` a statement follows the particle (`found out that …`).
  const particle = PARTICLE.exec(text.slice(at, at + 6));
  if (particle) {
    const phrasal = { off: SHOWS, out: RULES, up: ADDS }[particle[1] as "off" | "out" | "up"];
    if (phrasal.test(verb)) return -1;
    if (particle[1] === "out" && FINDS.test(verb)) at += particle[0].length;
  }
  // `A group calling itself Black Lantern` (or `“BlackNimbus”`): a name taken, no words said (not
  // `calling himself a Democrat`, which says something).
  if (CALLS_SELF.test(verb) && REFLEXIVE_NEXT.test(text.slice(at, at + 16))) return -1;
  const programme = PROGRAMME_THEN_STATEMENT.exec(text.slice(at, at + 120));
  if (programme) return at + programme[0].length;
  // `telling me I would love it`: whoever is told is no part of what they are told.
  if (TELLS.test(verb) || verb === "asked" || verb === "asks") {
    const obj = OBJECT_AFTER_TELL.exec(text.slice(at, at + 120));
    if (!obj) {
      // `Paul also asked how it is conservative to…`: the question, asked of no one named; not
      // `he was asked whether…`, where the one who asked goes unnamed.
      const question =
        (verb === "asked" || verb === "asks") &&
        !NO_ASKER_BEFORE.test(text.slice(Math.max(0, at - verb.length - 12), at - verb.length))
          ? WH_AFTER_ASK.exec(text.slice(at, at + 20))
          : null;
      return question ? at + question[0].length : -1;
    }
    // `told Carla Babb on Nov. 5 that`: a month after `on` is the date's, no part of the name.
    const dated = MONTH_ENDING_NAME.exec(obj[0]);
    at += dated ? dated.index : obj[0].length;
    // `told Amanda Reyes, 38, that …`, `told the owner, Gareth Price, that …`: the age or the
    // name of whom the verb told.
    const age = AGE_BEFORE_THAT.exec(text.slice(at, at + 60));
    if (age) at += age[0].length;
    // `asked Carson about his comments`, `asked Obama what he thought`: the question.
    if (verb === "asked" || verb === "asks") {
      // `asked him back to her house`, `asked her out for dinner`: an invitation, no question.
      if (INVITED_WHERE.test(text.slice(at, at + 12))) return -1;
      const question = QUESTION_AFTER_ASK.exec(text.slice(at, at + 20));
      if (question) return at + question[0].length;
    }
  }
  // `warned him that …`, `reminded voters that …`: whom the verb addresses is no part of what
  // it says, when `that` follows them.
  if (ADDRESSES.test(verb)) {
    const whom = WHOM_THEN_THAT.exec(text.slice(at, at + 60));
    if (whom) at += whom[1]!.length;
  }
  const rest = text.slice(at, at + 140);
  const colon = /^\s*:\s*/.exec(rest);
  if (colon) return at + colon[0].length;
  // `She said, if elected, she would …`: a condition set off before the statement's clause.
  const condition = SAYS.test(verb) ? CONDITION_THEN_CLAUSE.exec(rest) : null;
  if (condition) return at + condition[0].length;
  // `said, however, that …`, `said, in a statement, the plan had failed`: an adverb or an
  // occasion set off by commas, then `that` or a clause with its verb.
  const setOff = SAYS.test(verb) ? SET_OFF_ADJUNCT.exec(rest) : null;
  if (setOff) {
    const after = rest.slice(setOff[0].length);
    const that = /^that\s+/.exec(after);
    if (that) return at + setOff[0].length + that[0].length;
    if (CLAUSE_OPENING.test(after) && CLAUSE_WITH_VERB.test(` ${after}`)) {
      return at + setOff[0].length;
    }
  }
  const that = /^(\s+)that[\s,]+/.exec(rest);
  // `rejected that account in a written statement`: `that` is a determiner of the thing rejected.
  if (that && REJECTS.test(verb) && THAT_CLAIM.test(rest.slice(that[0].length))) return -1;
  // `the lawsuit Lynch announced that same day`: `that` is a time's determiner; the statement
  // opens at the `that` after the time, if any (`announced that day that …`).
  if (that && THAT_TIME.test(rest.slice(that[0].length))) {
    const after = /^\s+that\s+(?:same\s+|very\s+)?\p{Ll}+\s+that\s+/u.exec(rest);
    return after ? at + after[0].length : -1;
  }
  if (that) {
    // `said that would depend on …`: before an auxiliary, `that` is the statement's subject.
    const subject = THAT_AS_SUBJECT.test(rest.slice(that[0].length));
    return at + (subject ? that[1]!.length : that[0].length);
  }
  // An adjunct counts only before `that` (`said on Tuesday that`): no `that`, no need to look.
  const adjunct = rest.includes("that") ? ADJUNCT.exec(rest) : null;
  if (adjunct) {
    const after = rest.slice(adjunct[0].length);
    const that2 = /^\s+that\s+/.exec(after);
    // `responded with the lawsuit Lynch announced that same day`: `that` before a time is its
    // determiner, no statement's opening.
    if (that2 && !THAT_TIME.test(after.slice(that2[0].length))) {
      return at + adjunct[0].length + that2[0].length;
    }
    // `told a crowd in Salem, New Hampshire on Monday that …`: a place of two parts.
    const placed = adjunct[0].length > 0 ? PLACE_ADJUNCT_THAT.exec(rest) : null;
    if (placed) return at + placed[0].length;
  }
  // `explained how he would …`, `described why …`: the question the verb answers.
  if (WH_VERB.test(verb)) {
    const wh = WH_CLAUSE.exec(rest);
    if (wh) return at + wh[0].length;
  }
  // `replied`, `joked`: a statement only after `that` or a colon, wherever the verb stands.
  if ((needsThat(verb) && !isListedBefore(verb)) || onlyWithThat(verb)) return -1;
  // `people who claim them as their favorite`: claiming someone as one's own says nothing.
  if (CLAIM.test(verb) && CLAIMED_AS.test(rest)) return -1;
  // `The US Embassy maintains its own air quality monitor`, `maintained a lead`: keeps, not says.
  if (MAINTAIN.test(verb) && OBJECT_AFTER_MAINTAIN.test(rest)) return -1;
  // `Trump tweeted soon after the committee concluded its hearings`: when, not what.
  // `said after the meeting the plan was dead`: a time, then the statement (OCCASION_THEN_CLAUSE).
  if (WHEN_AFTER_VERB.test(rest) && !OCCASION_THEN_CLAUSE.test(rest)) return -1;
  // `The city added temporary traffic lights and …`, `The committee concluded its hearings`,
  // `recalled 2 million cars`: more of something, an end, a memory; what `added`, `concluded` or
  // `recalled` says without `that` is a clause with a verb of its own (`added the plan would fail`).
  if (ADDS_OR_ENDS.test(verb) && !QUOTE_NEXT.test(rest) && !CLAUSE_WITH_VERB.test(rest)) return -1;
  // `has agreed a deal to replace Pochettino`, `agreed terms`: a bargain struck, not words; what
  // `agreed` says without `that` is a clause with a verb (`agreed the decision was wrong`), or
  // follows `to` or `with`.
  if (
    AGREES.test(verb) &&
    !TO_OR_WITH_NEXT.test(rest) &&
    !QUOTE_NEXT.test(rest) &&
    !CLAUSE_WITH_VERB.test(rest)
  )
    return -1;
  // `recalled the batch because a faulty seal …`: why a product was recalled.
  if (RECALLS.test(verb) && REASON_NEXT.test(rest)) return -1;
  // `said in an interview he would run`, `told reporters in Iowa the plan was dead`: a place or
  // occasion, then a clause with its own verb.
  const occasion = OCCASION_THEN_CLAUSE.exec(rest);
  if (occasion) return at + occasion[0].length;
  // `said Tuesday he would…`, `told reporters on Monday night the deal…`: a time first.
  const time = TIME_AFTER_VERB.exec(rest);
  if (time) {
    const start = directStart(rest.slice(time[0].length));
    return start < 0 ? -1 : at + time[0].length + start;
  }
  const start = directStart(rest);
  if (start < 0) return -1;
  // `told a townhall ▮meeting with …`, `told the committee ▮members the plan …`: the object ran on
  // past the words a description took; the statement opens as a clause does, within a few words.
  const opening = rest.slice(start);
  if (at > verbEnd && !CLAUSE_OPENING.test(opening) && !BARE_SUBJECT_CLAUSE.test(opening)) {
    // `told a Senate Intelligence Committee hearing on Thursday that ▮…`: `that` ends the run-on.
    const that = OBJECT_THEN_THAT.exec(opening);
    if (that) return at + start + that[0].length;
    const more = OBJECT_RUN_ON.exec(opening);
    if (!more) return -1;
    // `told a regional meeting of ▮Pacific finance ministers in Suva.`: whom the object's
    // preposition names, no clause.
    if (/\s(?:of|for|with|from|about)\s$/.test(more[0])) return -1;
    // `told People magazine in ▮an exclusive interview.`: a place ends the run-on, no clause.
    // `told a crowd in Salem, New Hampshire on Monday that ▮…`: the statement opens after `that`.
    if (/\s(?:in|on|at|during|via|over)\s$/.test(more[0])) {
      const place = opening.slice(more[0].length);
      const that = PLACE_THEN_THAT.exec(place);
      if (that) return at + start + more[0].length + that[0].length;
      if (!CLAUSE_WITH_VERB.test(` ${place}`)) return -1;
    }
    return at + start + more[0].length;
  }
  return at + start;
}

const CLAIM = /^(?:claim|claims|claimed|claiming)$/;
const REJECTS =
  /^(?:reject|rejects|rejected|rejecting|deny|denies|denied|denying|dispute|disputes|disputed|disputing|dismiss|dismisses|dismissed|dismissing|challenge|challenges|challenged|challenging|contest|contests|contested|contesting|rebut|rebuts|rebutted|rebutting|refute|refutes|refuted|refuting)$/;
/** Words for what someone said, which `that` determines after a verb of rejecting (`that account`). */
const THAT_CLAIM =
  /^(?:account|claim|claims|version|allegation|allegations|characteri[sz]ation|assertion|suggestion|notion|idea|assessment|description|interpretation|charge|charges|accusation|accusations|criticism|argument|report|view|narrative|figure|number|estimate|proposal|offer|request|demand)\b(?!\s+(?:is|was|are|were|had|has|have|would|will|could|should|did|does)\b)/;
const CALLS_SELF = /^(?:call|calls|called|calling)$/;
const REFLEXIVE_NEXT = /^\s+(?:itself|themselves|himself|herself)\s+(?:the\s+)?[“"‘']?\p{Lu}/u;
const ADDS_OR_ENDS =
  /^(?:add|adds|added|adding|conclude|concludes|concluded|concluding|recall|recalls|recalled|recalling)$/;
const RECALLS = /^recall(?:s|ed|ing)?$/;
const AGREES = /^agree(?:s|d|ing)?$/;
const TO_OR_WITH_NEXT = /^\s+(?:to|with)\b/;
/** `recall` in any form: what it takes as an object is remembered, not said. */
export const isRecallVerb = (verb: string) => RECALLS.test(verb);
/** A reason within a few words after the verb (`recalled the batch because …`). */
const REASON_NEXT =
  /^\s+(?:[^,;:“”"\s]+\s+){0,4}?(?:because|due\s+to|amid|over\s+(?:concerns?|fears?))\b/;
/** A time clause right after the verb (`tweeted soon after the hearing ended`). */
const WHEN_AFTER_VERB =
  /^\s+(?:(?:soon|shortly|just|right|moments|minutes|hours|days|weeks|long)\s+)?(?:after|before)\s(?!that\b)/;
/** A quotation next, or one announced after a few words and a colon (`added a caveat: “…”`). */
const QUOTE_NEXT = /^(?:,?\s*[“"‘']|\s+[^.;“”"]{0,60}:\s)/;
/**
 * A clause's verb within its first words, before any comma or full stop, not one joined by `and`
 * to the verb before (`added temporary traffic lights and extended …`).
 */
const CLAUSE_WITH_VERB =
  /^\s+(?:(?:[^,;:“”"\s.]|\.(?=\S)|(?<=\p{Lu})\.)+\s+){0,10}?(?<!\sand\s)(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|wo|ca|\p{Ll}+ed|\p{Ll}+n[’']t)\b/u;
const MAINTAIN = /^(?:maintain|maintains|maintained|maintaining)$/;
const OBJECT_AFTER_MAINTAIN =
  /^\s+(?:its|their|his|her|our|my|your|a|an|the|this|that|these|those|some|close|good|strong)\s(?!innocence\b)/;
const CLAIMED_AS = /^\s+(?:them|it|him|her|me|us|you)\s+as\b/;

/** How a statement after `told X` opens: a pronoun, a determiner, a name or a number. */
const CLAUSE_OPENING =
  /^(?:(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|most|all|no|both|several|few|every|each|nobody|everyone)\b|\p{Lu}|\d|[$£€])/u;
/** A bare noun or two and an auxiliary, which open a clause too (`told investors ▮demand was …`). */
const BARE_SUBJECT_CLAUSE =
  /^\p{Ll}[\p{L}’'-]*\s+(?:(?!(?:he|she|they|it|we|you|there)\s)\p{Ll}[\p{L}’'-]*\s+)?(?:was|were|is|are|had|has|have|would|will|could|should|might|may|can|did)\s/u;
/** Up to three more lower-case words of an object, before what opens a clause. */
const OBJECT_RUN_ON = new RegExp(
  `^(?:\\p{Ll}[\\p{L}’'-]*\\s+){1,3}?(?=${CLAUSE_OPENING.source.slice(1)})`,
  "u",
);

/**
 * A place and a time, up to the `that` opening the statement (`Salem, New Hampshire on Monday
 * that`).
 */
const PLACE_THEN_THAT = /^[^.;:“”"]{1,80}?\sthat\s+/u;
/** The rest of an object, and a time or place after it, up to the `that` opening the statement. */
const OBJECT_THEN_THAT = /^(?:[\p{L}’'.-]+\s+){1,6}?that\s+/u;

/**
 * A time or an adverb right after a verb, before its statement: `Tuesday`, `on Monday night`, `last
 * week`, `for months`, `repeatedly`.
 */
const TIME_AFTER_VERB = new RegExp(
  `^\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier\\s+this|late\\s+last)\\s+(?:week|month|year|weekend|morning|afternoon|evening|night)|yesterday|today|tonight|for\\s+(?:days|weeks|months|years|decades)|repeatedly|again|publicly|privately|often|recently|previously|flatly|bluntly)(?=\\s)(?!\\s+(?:that|and|or|but|as|in|at|on|to|of|for|with|during|after|before|when|while|if|about|morning|afternoon|evening|night|aboard)\\b)`,
  FLAGS,
);

/**
 * After a verb: a phrase of place or occasion (`in an interview`, `at a rally in Iowa`, `after the
 * meeting`), not ending
 * in a function word, then a clause that opens with a pronoun or a determiner and has a finite verb
 * within a few words, or a singular pronoun and its verb in -s (`said in politics ▮it takes time`).
 */
const OCCASION_THEN_CLAUSE =
  /^\s+(?:in|on|at|during|via|through|(?:after|before)(?=\s+(?:a|an|the|his|her|their|its|this|last)\s))\s+(?:(?!(?:after|before|as|if|when|while|because|since|until|why|what|how|whether|where|that|which|who|but)\s)[^,.;:“”"\s]+\s+){0,6}?(?!(?:of|for|to|with|and|or|from|in|on|at|the|a|an|his|her|their|its|after|before|as|if|when|while|because|since|until|why|what|how|whether|where|that|which|who|about|aboard|into|over|under|than|by|but)\s)[^,.;:“”"\s]+\s+(?=(?:he|she|it)\s+\p{Ll}{2,}s\b|(?:he|she|they|it|we|I|there|the|his|her|their|its)\s(?:[^,.;:“”"\s]+\s+){0,6}?(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|\p{Ll}+ed)\b)/u;

/** A day as a whole word: `said Monday` is a time, not a statement. */
const A_DAY = new RegExp(`^(?:${WEEKDAY}|Today|Yesterday)$`);

/**
 * Words up to a finite verb, within a clause (`12 people were killed`), not past a conjunction
 * (`six minutes in when O'Hara converted`) or a dash: what makes an amount after `said` the
 * subject of its statement, not a noun phrase (`asked for up to $50 billion in purchases`).
 */
const CLAUSE_AHEAD = String.raw`(?:[^\s,.;:“”"]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep))\.)+(?:\s+(?!(?:when|after|before|if|as|while|because|since|until|and(?!\s+\d)|but|or|that|which|who)\b)[^\s,.;:“”"—–-](?:[^\s,.;:“”"]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep))\.)*){0,6}?\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|might|may|must|did|do|does|say|says|\p{Ll}+ed)\b`;
const AMOUNT_CLAUSE = `(?=${AMOUNT})${CLAUSE_AHEAD}`;
/**
 * Words after a verb that open no statement: a preposition, an auxiliary, an adverb (`said up
 * front`, `said more about it`), but an amount and its verb do (`said up to 10 inches of rain could
 * fall`, `said more evidence would be needed`), as does a concession and its comma (`says no
 * matter what action Obama takes, his word …`), and early figures (`said early results showed …`).
 */
const NOT_A_STATEMENT = new RegExp(
  String.raw`^\s+(?:to|in|at(?!\s+(?:least|most)\s+${CLAUSE_AHEAD})|on|of|for|by|about(?!\s+${AMOUNT})|with|during|after|before|so|up(?!\s+to\s+${AMOUNT_CLAUSE})|nothing(?!\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|might|may)\b)|more(?!\s+than\s|\s+(?:\p{Ll}+\s+){0,2}(?:was|were|is|are|would|will|could|should|can|might|may|must|had|has|have|needs?|needed)\b)|something|anything|this(?!\s+(?:is|was|will|would|could|should|has|had|may|might|can|must|does|did)\s)|that(?![’']s\b)|as(?!\s+(?:many|much|few|little)\s+as\s+${CLAUSE_AHEAD})|yes|no(?!\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|might|may)\b|\s+matter\s+(?:what|how|who|where|when|which|whether)\s[^.;:“”"]{1,100},\s)|otherwise|later|earlier|recently|again|also|then|only(?!\s+${AMOUNT_CLAUSE})|just(?!\s+because\b|\s+${AMOUNT_CLAUSE})|simply|repeatedly|publicly|privately|previously|is|was|were|are|be|been|being|being|had|has|have|would|will|could|should|did|do|does|not|and|or|but|if(?=\s+(?:asked|pressed|needed|necessary|so|not|any)\b)|when|what|how|why|whether|from|under(?!\s+${AMOUNT_CLAUSE})|over(?!\s+${AMOUNT_CLAUSE})|via|through|into|onto|upon|between(?!\s+${AMOUNT_CLAUSE})|among|against|toward|towards|regarding|aboard|outside|inside|near|amid|following|throughout|(?!(?:nearly|roughly|barely|mostly|largely|approximately)\b|only\s+${AMOUNT_CLAUSE}|early\s+(?:results|returns|figures|estimates|signs|indications|polls|polling|voting|data)\b)(?:\w+-)*\w+ly)\b`,
  "u",
);

/**
 * How a statement right after its verb opens: a word (which may be `Mr.`, `2,093`, `82%` or
 * `A&E`), a name or a pronoun before an aside (`they, too, have`), a noun before what it is not
 * (`managers, not staff, were`), or a list of lower-case nouns (`pubs, restaurants and retailers
 * had …`), not a time or an adverb set off (`earlier,`).
 */
const DIRECT_START =
  /^\s+(?=(?:(?:[“"‘]|'')?[\p{L}\d$£€](?:[\p{L}\d’'&-]|[.,](?=\d))*%?|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St)\.)\s|\p{Lu}[\p{L}’'-]*,\s|(?:he|she|they|we|I),\s|\p{Ll}[\p{L}’'-]*,\s+not\s|(?!(?:earlier|later|today|yesterday|tonight|however|too|also|then|again|instead|meanwhile|though|now)\b)(?!\p{Ll}+ly,)(?:\p{Ll}[\p{L}’'-]*,\s){1,5}\p{Ll}[\p{L}’'-]*\s+(?:and|or)\s)/u;

/**
 * Where a statement starts that follows a verb directly (`said ▮he would…`, `said ▮“the wind…”
 * despite…`), in `rest` (what follows the verb, from its white space); -1 when none does.
 */
function directStart(rest: string): number {
  const direct = DIRECT_START.exec(rest);
  if (direct && !NOT_A_STATEMENT.test(rest)) {
    const word = /^\s+(\p{Lu}[\p{L}’'-]+)[\s,]/u.exec(rest);
    // `said Monday`, `said Tuesday` are times, not statements.
    if (word?.[1] && A_DAY.test(word[1])) {
      return -1;
    }
    return direct[0].length;
  }
  return -1;
}
