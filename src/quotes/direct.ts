/**
 * Direct quotes: chains of quoted segments, each with the cue that attributes it, looked for in the
 * orders news prose uses: after the closing mark (`,” Lavrov said`), a signature line (`— Jane Doe`),
 * before the opening mark in the same sentence, the reported statement around it, the sentence's
 * cue, or the paragraph before ending in a colon.
 */
import { isPluralNoun, NAME_PARTICLES, OWNER } from "./cue-grammar.js";
import {
  cueFrom,
  isTailAdjunct,
  matchInvertedOpening,
  matchSentenceSubject,
  matchSubjectBefore,
} from "./cues.js";
import { cueAfterQuote, cueBeforeQuote, type Found, isTitleCase } from "./direct-cues.js";
import {
  buildChains,
  type Candidate,
  type Chain,
  countWords,
  type Layout,
  sentenceIndexAt,
  trimRange,
} from "./layout.js";
import { parseNameRun } from "./name-runs.js";
import type { SentenceCues } from "./reported.js";
import { SPEECH_VERB } from "./reported-clauses.js";
import { ISSUED_TEXT_NOUNS, TEXT_PUT_OUT } from "./speaker-words.js";
import { findVerbs, firstWord, isCueWord } from "./verbs.js";

/**
 * A sentence that says someone went on speaking (`Howard continued his scathing remarks.`, `Trump
 * went on.`): its words up to the verb.
 */
const WENT_ON =
  /^(.*?\s(?:continued|went\s+on|added|elaborated))(?:\s+(?:on\s+)?(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2}(?:remarks|comments|criticism|attack|tirade|rant|thoughts?|point|argument|case|speech))?\.\s*$/u;

/**
 * A sentence that says someone read out a statement (`Mr McAteer's mother, Denise, read a short
 * statement on behalf of the family.`), whose words the next paragraph quotes: its words up to the
 * verb.
 */
const READ_OUT =
  /^(.*?\s(?:read|delivered))(?:\s+out)?\s+(?:a|an|the|his|her|their)\s+(?:\p{Ll}+\s+){0,2}(?:statement|tribute|message|letter|eulogy)\b[^.!?“”"]*\.\s*$/u;

/** A live blog's lead-in to what was just said: `Here is the heart of it:`, `Here's what she said:`. */
const HERE_IS =
  /^(?:Here\s+is|Here[’']s)\s+(?:what\s+(?:he|she|they)\s+(?:said|told|wrote)|(?:the|an?|some|part)\s+(?:of\s+)?(?:heart|gist|crux|key|excerpt|extract|text|highlights?|words)\b)[^:.!?]*:\s*$/;
/** A name of two words or more, maybe after `Dr`, opening a paragraph, set off or before a verb. */
const NAMED_OPENER =
  /^((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?=,\s|\s+(?:has|had|is|was|\p{Ll}+ed|\p{Ll}+s)\s)/u;
/** A name or `He`/`She` opening a sentence, before a word in lower case (group 1). */
const SENTENCE_OPENER = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}|He|She)\s+(?=\p{Ll})/u;

/**
 * The cue in the paragraph before a quote that opens its own: `Caddell continued:`, a sentence
 * that says someone went on or read out a statement, a live blog's `Here is the heart of it:`
 * after a sentence opening with a name, or a one-sentence paragraph about someone named in full.
 */
function cueBeforeParagraph(layout: Layout, chain: Chain): Found | null {
  const { article, offsets, sentencesByParagraph } = layout;
  const p0 = chain.paragraphs[0]!;
  const first = chain.segments[0]!;
  if (p0 === 0 || first.open !== (/^\s*/.exec(article.paragraphs[p0]!)?.[0].length ?? 0)) {
    return null;
  }
  const prev = article.paragraphs[p0 - 1]!;
  const prevBase = offsets[p0 - 1]!;
  if (prevBase < 0) return null;
  const sentences = sentencesByParagraph[p0 - 1]!;
  const lastSentence = sentences[sentences.length - 1];
  const from = lastSentence ? lastSentence.start : 0;
  // `Howard continued his scathing remarks.`: a short sentence that says the speaker went on.
  const wentOn =
    /:\s*$/.test(prev) || prev.length - from > 160
      ? null
      : (WENT_ON.exec(prev.slice(from)) ?? READ_OUT.exec(prev.slice(from)));
  if (!wentOn && !/:\s*$/.test(prev)) {
    // `Dr Halidou Ouédraogo, who leads the trial, has spent his career watching …` as the whole
    // paragraph before: the one it is about speaks the paragraph after.
    // (Not a headline, nor a body's or a group's name: `Principles PAC`, `Other Republicans`.)
    if (p0 < 2 || sentences.length !== 1 || /[“”"‘]/.test(prev)) return null;
    const opener = NAMED_OPENER.exec(prev);
    const person = opener?.[1] ? parseNameRun(opener[1], true) : null;
    return person?.kind === "person" &&
      person.tokens.length > 1 &&
      !isPluralNoun(person.tokens.at(-1)!.toLowerCase())
      ? { cue: cueFrom(opener![1]!, 0, ""), speakerAt: prevBase }
      : null;
  }
  // `Marchetti has just finished summing up the debate. Here is the heart of it:`: the one the
  // sentence before opens with.
  const before = sentences[sentences.length - 2];
  if (!wentOn && before && HERE_IS.test(prev.slice(from))) {
    const opener = SENTENCE_OPENER.exec(prev.slice(before.start, before.end));
    return opener?.[1]
      ? {
          cue: cueFrom(opener[1], before.start, ""),
          speakerAt: prevBase + before.start,
        }
      : null;
  }
  const lead = wentOn ? wentOn[1]! : prev.slice(from).replace(/:\s*$/, "");
  const verbs = findVerbs(lead);
  const verb = verbs[verbs.length - 1];
  const found = (speaker: string, verb: string, at: number): Found => ({
    cue: { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length },
    speakerAt: prevBase + from + at,
  });
  // `Stated Stone:`: the verb opens the paragraph's last sentence, the speaker after it.
  const opening = verb ? null : matchInvertedOpening(prev.slice(from));
  if (opening) return found(opening.speaker, opening.verb, opening.at);
  // `In a statement issued after midnight, she set out the company’s position at length:`: a
  // verb of setting out, no verb of speech, before the colon.
  const setOut = verb || wentOn ? null : SET_OUT.exec(lead);
  if (setOut) {
    const subject = matchSubjectBefore(lead, setOut.index + 1);
    return subject ? found(subject.speaker, setOut[1]!, subject.at) : null;
  }
  if (!verb) return null;
  // After the verb, its speaker (`Said Stone:`) or where and when it was said (`said in a
  // statement:`, `reported after the FBI appears to have abandoned the crime scene:`).
  const rest = lead.slice(verb.end);
  const inverted = /^[\s,]*(?:\p{Lu}[\p{L}.]*\s*)*$/u.test(rest);
  if (!inverted && !isTailAdjunct(rest)) return null;
  const subject =
    matchSubjectBefore(lead, verb.start) ??
    (inverted && /^\s+\p{Lu}/u.test(rest) ? { speaker: rest.trim(), at: verb.end + 1 } : null);
  return subject ? found(subject.speaker, verb.verb, subject.at) : null;
}

/** A verb of setting words out ending a paragraph's lead-in (group 1 the verb): ` set out …`. */
const SET_OUT = /\s((?:set|sets|laid|lays|spelled|spelt|spells)\s+out)\b[^.;:“”"]{0,80}$/;

/**
 * The cue of a chain quoted at `[start, end)`. Inside a reported statement — `Ryan said the
 * shootings demand “more listening”` is Ryan's, not the shootings' — a cue before the mark that is
 * not a verb of speech yields to the statement's.
 */
function cueOfChain(
  layout: Layout,
  chain: Chain,
  range: [number, number],
  reported: readonly Candidate[],
  sentenceCues: SentenceCues,
): Found | null {
  let found = cueAfterQuote(layout, chain) ?? cueBeforeQuote(layout, chain);
  // An unclosed quote runs to its paragraph's end, full stop included; the statement stops before it.
  let end = range[1];
  while (end > range[0] && /[.!?]/.test(layout.text[end - 1]!)) end--;
  const around = () =>
    reported.find(
      (c) => c.kind === "indirect" && !c.hidden && c.cue && c.start <= range[0] && c.end >= end,
    );
  // `At a rally in Portsmouth, N.H., Sanders endorsed her, saying she would “…”`: a participle's
  // subject as the statement around the quote read it (the clause before), not the sentence's start.
  if (found && firstWord(found.cue.verb).endsWith("ing")) {
    const statement = around();
    if (statement?.cue && statement.cue.verb === found.cue.verb) {
      found = { cue: statement.cue, speakerAt: statement.speakerAt };
    }
  }
  if (!found || !SPEECH_VERB.test(found.cue.verb)) {
    const statement = around();
    if (statement?.cue) found = { cue: statement.cue, speakerAt: statement.speakerAt };
    else {
      // `Rubio said Trump is “unelectable now.” Cruz agreed.`: the quote's own sentence frames it.
      const p0 = chain.paragraphs[0]!;
      const sentence = sentenceIndexAt(layout, p0, chain.segments[0]!.open);
      const fromSentence = sentenceCues.get(`${p0}:${sentence}`);
      if (fromSentence) found = { cue: fromSentence.cue, speakerAt: fromSentence.at };
    }
  }
  // `“…,” the statement read`: a document someone issued says it; `“…,” a banner read`, `it
  // read` name nobody who spoke (no cue, as before `read` was one).
  // `The email, first published by …, was allegedly sent …. “…,” it reads.`: `it` is a text
  // someone issued when the sentence before the quotation opens with one.
  // `“…,” DC Amos read.`, `she read`: a person reads out words, as a speaker says them.
  if (
    found &&
    /^reads?$/.test(found.cue.verb) &&
    !ISSUED_TEXT.test(found.cue.speaker) &&
    !PERSON_READING.test(found.cue.speaker) &&
    !(/^it$/i.test(found.cue.speaker) && issuedTextOpensBefore(layout, chain))
  )
    found = null;
  return found ?? cueBeforeParagraph(layout, chain);
}

/** A person by name or pronoun, who may read words out: `DC Amos`, `Rachel Amos`, `she`. */
const PERSON_READING =
  /^(?:he|she|He|She|(?!(?:The|This|That|These|Those|It|Its|A|An|One)(?:\s|$))\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)$/u;

/** Whether the sentence before a quotation's first sentence opens with a text someone issued. */
function issuedTextOpensBefore(layout: Layout, chain: Chain): boolean {
  const p = chain.paragraphs[0]!;
  const para = layout.article.paragraphs[p]!;
  const s = sentenceIndexAt(layout, p, chain.segments[0]!.open);
  const before =
    s > 0 ? layout.sentencesByParagraph[p]![s - 1]! : layout.sentencesByParagraph[p - 1]?.at(-1);
  if (!before) return false;
  const text = (s > 0 ? para : layout.article.paragraphs[p - 1]!).slice(before.start, before.end);
  return ISSUED_OPENING.test(text) || ISSUED_IN.test(text);
}
/**
 * A sentence opening with a text someone issued: `The email, …`, `The letter`, `Mr Ashby-Clarke’s
 * resignation letter`, `An open letter organised by …`.
 */
const ISSUED_OPENING = new RegExp(
  String.raw`^(?:The|This|That|An?|${OWNER})\s+(?:[\p{L}-]+\s+){0,2}?(?:${ISSUED_TEXT_NOUNS})\b`,
  "u",
);

/** A sentence putting out a text: `The unions have just released a joint statement.` */
const ISSUED_IN = new RegExp(String.raw`\s${TEXT_PUT_OUT}`, "u");

/** A text someone issued, whose words a quote `read`s (`the statement`, `a letter from the club`). */
const ISSUED_TEXT = new RegExp(String.raw`\b(?:${ISSUED_TEXT_NOUNS})s?\b`, "i");

/**
 * `“We’ve got a common enemy,” Burton said. “Donald Trump.”`, `“…,” he said, “Never.”`: a short
 * quote going on from a cued quote of the same paragraph — opening the next sentence, or after
 * the cue and a comma in the same one — takes its speaker.
 */
function continuesQuote(
  layout: Layout,
  candidates: readonly Candidate[],
  chain: Chain,
  sentence: number,
): boolean {
  const prev = candidates[candidates.length - 1];
  const p = chain.paragraphs[0]!;
  if (prev === undefined || prev.paragraph !== p || prev.cue === null) return false;
  const open = chain.segments[0]!.open;
  if (prev.sentence === sentence - 1) {
    return open === layout.sentencesByParagraph[p]![sentence]!.start;
  }
  const between = layout.text.slice(prev.end, layout.offsets[p]! + open);
  return prev.sentence === sentence && between.length <= 80 && /,\s*$/.test(between);
}

/**
 * `chanted “USA! USA!”`, `by saying, “Too many.”`, `saying quietly, “Thank you.”`: a verb of
 * saying right before the mark, maybe with an adverb (group 1 the verb).
 */
const UTTERED =
  /\b(said|saying|says|chanted|chanting|shouted|shouting|yelled|yelling|read|reads|reading|wrote|tweeted|echoing|mouthing|answered|replied|cried|screamed|sang|singing)(?:\s+\p{Ll}+ly)?[,:]?\s*$/iu;

/** A modal and `be` before a verb of perceiving: `could be (heard)`, `can be (seen)`. */
const MODAL_BE = /\b(?:could|can|might|may|would)\s+be\s+(?=(?:heard|seen|overheard)\s)/g;

/**
 * The cue of a quote right after a verb of saying that the cue grammar does not read
 * (`Some chanted “USA! USA!”`, `Obama ended his list by saying “Too many.”`): the verb, and the
 * subject of its clause or sentence as the speaker when there is one.
 */
function cueOfUtterance(layout: Layout, chain: Chain, sentence: number): Found | null {
  const p0 = chain.paragraphs[0]!;
  const para = layout.article.paragraphs[p0]!;
  const from = layout.sentencesByParagraph[p0]![sentence]!.start;
  const pre = para.slice(from, chain.segments[0]!.open);
  const tail = Math.max(0, pre.length - 32);
  const m = UTTERED.exec(pre.slice(tail));
  if (!m) return null;
  const verbAt = tail + m.index;
  const verb = m[1]!;
  const memo = { found: layout.subjects, offset: layout.offsets[p0]! + from };
  // `One woman could be heard saying`: the modal read as spaces (same offsets), which no subject
  // grammar takes.
  const subject =
    matchSubjectBefore(pre, verbAt, memo) ??
    matchSentenceSubject(pre.replace(MODAL_BE, (modal) => " ".repeat(modal.length)));
  const at = subject?.at ?? 0;
  const speaker = subject?.speaker ?? "";
  const cue = { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length };
  return { cue, speakerAt: layout.offsets[p0]! + from + at };
}

/**
 * Words that name a title before it (`the book`, `on`, `titled`, `known as the`, `including`) or
 * own it (`Trump’s`), a sign that bears it (`a banner reading`), or another title before it in a
 * list (`“China Grove,” “Minute By Minute”`).
 */
const NAMED_BEFORE =
  /\b(?:(?:banners?|signs?|placards?|posters?|shirts?|flags?)\s+(?:reading|read|reads|bearing)|on|in|at|of|from|(?:titled|called|dubbed|nicknamed|known\s+as)(?:\s+the)?|headlined|book|show|film|song|program|programme|podcast|episode|series|movie|memoir|novel|album|documentary|told|with|to|including|such\s+as),?\s*$|\b(?:book|film|song|movie|memoir|novel|album|documentary|play|single|record|collection)\b[^,.;:“”"]{0,30},\s*$|\p{L}[’']s\s*$|[,;][”"]\s*$|[”"],?\s+(?:and|or)\s*$/iu;

/** A verb of speech and its comma before a quotation (`someone shouted, “Cruz,”`). */
const SPOKEN_BEFORE_COMMA =
  /\b(?:\p{Ll}+ed|said|says|told|wrote|writes|asks|shouts|yells|replies|chants|adds)\s*,\s*$/u;
/** A verb right after a work's name as its clause's subject (`“Crossing Water” still lacks`). */
const TITLE_SUBJECT_AFTER =
  /^\s+(?:(?:still|also|now)\s+)?(?:lacks|lacked|won|wins|became|becomes|remains|remained|premiered|premieres|opens|opened|follows|followed|tells|stars|starred|sold|sells)\b/;

/**
 * What gives a nickname right before its opening mark (`nicknamed`, `had nicknamed the calf`,
 * `known locally as`, `known as the`, `calling itself`), or a gloss of it (`"Si Kecil," meaning`).
 */
const NICKNAMED_BEFORE =
  /\b(?:nicknamed(?:\s+(?:the|him|her|it|them)(?:\s+\p{Ll}+)?)?|known(?:\s+\p{Ll}+ly|\s+(?:to|across|among|throughout|around)(?:\s+\p{Ll}+){1,3})?\s+as|calling\s+(?:itself|themselves)|meaning)(?:\s+the)?\s*$/iu;

/** A noun a quotation right before it names (`the “Meth. We’re on it.” campaign`). */
const NAMED_AFTER =
  /^\s+(?:campaign|slogan|ads?|program|programme|initiative|movement|tour|doctrine|agenda|pledge|songstress|singer|hitmaker|star|series|show|era|chant|brand|logo|hashtag|app|musical|meme|podcast|franchise|sequel|assistant|chatbot|bot|feature|tool|scheme|platform)\b(?!\s+\p{Ll}+\s+\p{Lu}|\s+(?:manager|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|staff|strategist|host)\b)/u;

/**
 * A given name right before the opening mark, and a surname right after the closing one, before a
 * word in lower case or punctuation (not a headline's next capitalized word).
 */
const GIVEN_NAME_BEFORE =
  /(?:^|\s)(?!(?:Has|Have|Is|Are|Was|Were|Says|Say|Said|On|In|Of|To|For|And|The|With|At|By|From|Not|Calls|Called)\s)\p{Lu}\p{Ll}+\s+$/u;
const SURNAME_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${NAME_PARTICLES})\s+)?\p{Lu}(?:\p{Ll}+|[\p{L}’'-]*\p{Ll})(?:\s+\p{Ll}|[,.;:!?’']|$)`,
  "u",
);

/** A determiner right before the opening mark (`a “skinny” trade deal`). */
const DETERMINER_BEFORE_MARK = /\b(?:a|an|the|its|his|her|their|our)\s*$/i;
/** A lower-case word after the closing mark, no verb or function word (`“skinny” trade deal`). */
const WORD_AFTER_MARK = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u;
const NOT_A_NOUN_AFTER =
  /^(?:is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|must|should|do|does|did|and|or|but|of|in|on|at|for|to|with|from|by|as|that|which|who|than|then|so|because|if|when|while|not|he|she|they|it|we|i|you)$/;

/**
 * `the “clash of civilizations” theory`, `the “Medicare for all” plan`: a few quoted words between a
 * determiner and a noun modify the noun; with no speaker named they are a term, not what someone
 * said.
 */
function isQuotedModifier(before: string, quoted: string, after: string): boolean {
  // `is a “very welcome tack,” he said`: punctuation inside the marks ends a clause there.
  if (/[,.;:!?]$/.test(quoted)) return false;
  if (!DETERMINER_BEFORE_MARK.test(before) || countWords(quoted, 5) > 4) return false;
  const next = WORD_AFTER_MARK.exec(after)?.[1];
  return next !== undefined && !NOT_A_NOUN_AFTER.test(next) && !isCueWord(next);
}

/** Direct quotes, one per chain that is a quote (not a title, not a scare-quoted word). */
export function findDirectCandidates(
  layout: Layout,
  reported: readonly Candidate[],
  sentenceCues: SentenceCues,
): Candidate[] {
  const { article, text, offsets } = layout;
  const candidates: Candidate[] = [];
  for (const chain of buildChains(article.paragraphs, layout.spansByParagraph)) {
    const first = chain.segments[0]!;
    const last = chain.segments[chain.segments.length - 1]!;
    const p0 = chain.paragraphs[0]!;
    const pN = chain.paragraphs[chain.paragraphs.length - 1]!;
    if (offsets[p0]! < 0 || offsets[pN]! < 0) continue;
    const range = trimRange(
      text,
      offsets[p0]! + first.contentStart,
      offsets[pN]! + last.contentEnd,
    );
    const [start, end] = range;
    if (end <= start) continue;
    const quoted = text.slice(start, end);
    const unclosed = !last.closed && !last.continued;
    const sentence = sentenceIndexAt(layout, p0, first.open);
    const found =
      cueOfChain(layout, chain, range, reported, sentenceCues) ??
      (unclosed ? null : cueOfUtterance(layout, chain, sentence));
    const before = article.paragraphs[p0]!.slice(Math.max(0, first.open - 20), first.open);
    const continues = !found && !unclosed && continuesQuote(layout, candidates, chain, sentence);
    // A cue whose speaker goes unnamed (`what had been called the “Golden Week”`) vouches for no
    // quote: a short one is a term.
    const uncued = (!found || found.cue.speaker === "") && !continues;
    if (uncued && (unclosed || countWords(quoted, 3) < 3)) continue;
    // A title after `titled`, `on`, `Trump’s`, in a list of titles, …, or one with no cue: not a
    // quote.
    if ((uncued || NAMED_BEFORE.test(before)) && isTitleCase(quoted)) continue;
    // `The Finn, nicknamed ‘the Iceman of Espoo’ for …`: a short nickname, whatever its case.
    const nicknameBefore = article.paragraphs[p0]!.slice(Math.max(0, first.open - 48), first.open);
    if (NICKNAMED_BEFORE.test(nicknameBefore) && countWords(quoted, 7) <= 6) continue;
    // `the “Meth. We’re on it.” campaign`, `the “Bad Blood” songstress`: a short name of the noun
    // after it.
    const after = article.paragraphs[pN]!.slice(last.end, last.end + 24);
    if (NAMED_AFTER.test(after) && countWords(quoted, 8) <= 8) continue;
    // `his first album as a leader, “Levee Blues,” in 1961`, `that “Crossing Water” still lacks a
    // distributor`: a short title set off by commas, or a clause's subject, is a work's name.
    if (
      isTitleCase(quoted) &&
      countWords(quoted, 6) <= 5 &&
      ((/,\s*$/.test(before) &&
        !SPOKEN_BEFORE_COMMA.test(before) &&
        article.paragraphs[pN]!.charCodeAt(last.contentEnd - 1) === 44) ||
        TITLE_SUBJECT_AFTER.test(after))
    )
      continue;
    // `Derek “Tank” Morrow`, `Dwayne “Lightning” McKenzie-Barrett`, `Miguel "Kidlat" de Guzman`: a
    // nickname between a given name and a surname.
    if (
      GIVEN_NAME_BEFORE.test(before) &&
      SURNAME_AFTER.test(after) &&
      isTitleCase(quoted) &&
      countWords(quoted, 3) <= 2 &&
      !/[,.;:!?]$/.test(quoted)
    )
      continue;
    // A cue that names a speaker (`Limbaugh described it as a “brilliant” move`), or a statement
    // that holds it (`formed an “irregular” channel`), makes the term its speaker's word.
    if (
      uncued &&
      isQuotedModifier(before, quoted, after) &&
      !reported.some((c) => c.kind === "indirect" && !c.hidden && c.start <= start && c.end >= end)
    )
      continue;
    candidates.push({
      kind: "direct",
      start,
      end,
      paragraph: p0,
      sentence,
      cue: found?.cue ?? null,
      speakerAt: found?.speakerAt ?? start,
      inheritFrom: null,
    });
  }
  return candidates;
}
