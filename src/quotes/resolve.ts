/**
 * The last phases: uncued quotes inherit the speaker of a cued quote nearby, then every speaker
 * phrase is resolved to the fullest name the article gives (src/quotes/speakers.ts), in text order,
 * and duplicates are dropped.
 */
import { isSpaceCode } from "./chars.js";
import { isPluralNoun } from "./cue-grammar.js";
import { matchSubjectBefore, PARTY_SOURCE } from "./cue-subjects.js";
import { type Cue, cueFrom } from "./cues.js";
import { ANSWER_LABEL, INTERVIEW_LABEL, isQuestionParagraph, QUESTION_LABEL } from "./interview.js";
import { type Candidate, countWords, type Layout, type Sentence } from "./layout.js";
import { NEGATION } from "./reader-text.js";
import { STYLE_ARTICLE } from "./speaker-phrases.js";
import { DOCUMENT_NOUN, ORG_NOUNS, PERSON_HEAD } from "./speaker-words.js";
import {
  ANSWERER_NAME,
  createSpeakerResolver,
  namesPeople,
  REACTION_VERB,
  type ResolvedSpeaker,
} from "./speakers.js";
import { titleForReader } from "./title-case.js";
import type { Quote } from "./types.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/** Sorts candidates in text order and links each uncued one to the candidate it takes its speaker from. */
export function linkUncued(layout: Layout, candidates: Candidate[]): void {
  const { offsets, sentencesByParagraph } = layout;
  candidates.sort((a, b) => a.start - b.start || (a.kind === "direct" ? -1 : 1));
  // The first answer of each interview, by the paragraph introducing it.
  const firstAnswers = new Map<number, number>();
  // The statement the last fact-checked claim (`Claim 1: “…”`) was given to.
  let claimSource = -1;
  // Uncued direct quotes take the speaker of a cued quote in the same or the previous sentence
  // (passing over a statement whose speaker goes unnamed: `When asked what …, she smiled.`).
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.cue) continue;
    // `bears the name of “bounded evidence accumulation.”`: a name or a term, which nobody says;
    // `Chants of ‘Safe staffing saves lives’ and ‘…’ rang out`: a crowd's, which no one named says.
    if (c.kind === "direct" && (isNamedTerm(layout, c) || isChanted(layout, c))) continue;
    // An interview's answers: the first takes the one interviewed, the others go on from it.
    const labelled =
      c.interview ?? (c.kind === "direct" && c.sentence === 0 ? interviewIntro(layout, c) : -1);
    const intro =
      labelled >= 0 || c.kind !== "direct" || c.sentence !== 0
        ? labelled
        : quotedAnswersIntro(layout, c);
    if (intro >= 0) {
      const first = firstAnswers.get(intro);
      if (first !== undefined) {
        c.inheritFrom = first;
        continue;
      }
      // (The writer's questions and quoted answers: the one interviewed may be named a paragraph
      // or two before the one the first question follows, in a standfirst.)
      // (A labelled interview's paragraph before its first question may be only a note of its
      // editing, `The conversation has been edited for length and clarity.`, after a paragraph
      // that names the one interviewed only inside it: the lede before that names them.)
      const reach =
        labelled < 0 || EDIT_NOTE.test(layout.article.paragraphs[intro] ?? "")
          ? QUOTED_INTRO_REACH
          : 0;
      let named = false;
      for (let p = intro; p >= Math.max(0, intro - reach) && !named; p--) {
        named = answerer(layout, c, p);
      }
      if (named) {
        firstAnswers.set(intro, i);
        continue;
      }
    }
    // `…, Catherine DeLaney-Moss, pressed him on whether the idea was new.` then paragraphs that
    // are each one quotation and nothing else: the one who pressed asks, the one pressed answers.
    if (c.kind === "direct" && c.sentence === 0 && exchangeTurn(layout, c)) continue;
    // `Claim 2: “We have built more affordable homes …”`: a fact check's claim is the words of
    // whom the paragraph after it says said them, or of whom the claim before it was.
    if (
      c.kind === "direct" &&
      c.sentence === 0 &&
      CLAIM_LABEL.test(layout.article.paragraphs[c.paragraph]!)
    ) {
      const source = claimStatement(candidates, i) ?? claimSource;
      if (source >= 0) {
        c.inheritFrom = source;
        claimSource = source;
        continue;
      }
    }
    // `The King paid tribute to “a national treasure”, saying he …`: the speaker who opens the
    // sentence before the quotation and says the rest of it.
    const later = laterCueOfSentence(candidates, i);
    if (later >= 0) {
      c.inheritFrom = later;
      continue;
    }
    // `Q: Some people have said that you were under pressure. Is that fair?` then `A: …`: what
    // the question reports is not who answers.
    const answers = intro >= 0;
    for (let j = i - 1; j >= 0; j--) {
      const prev = candidates[j]!;
      if (answers && QUESTION_LABEL.test(layout.article.paragraphs[prev.paragraph]!)) continue;
      // `Asked whether he feared punishment …, Vos shrugged. “What do you want me to say? …”`: the
      // one who was asked, named after the question, answers.
      if (prev.cue?.speaker === "" && prev.cue.verb === "asked" && c.kind === "direct") {
        if (askedOneAnswers(layout, prev, c)) break;
      }
      // `She said it without bitterness. “I don’t blame anyone.”`: a statement hidden as no words
      // of its own still names who speaks the quotation opening the next sentence.
      const namesNext =
        prev.hidden &&
        c.kind === "direct" &&
        prev.paragraph === c.paragraph &&
        prev.sentence === c.sentence - 1;
      if (
        (prev.hidden && !namesNext) ||
        (!prev.cue && prev.inheritFrom === null) ||
        prev.cue?.speaker === ""
      )
        continue;
      const sameParagraph = prev.paragraph === c.paragraph;
      // (Not one in a sentence that opens with someone named doing something else: `The
      // president, Margarethe Ólafsdóttir-Brandt, used her annual Christmas address … to urge
      // citizens to show “patience and generosity”`.)
      const lastOfPrevious =
        prev.paragraph === c.paragraph - 1 &&
        c.sentence === 0 &&
        prev.sentence >= sencount(sentencesByParagraph, prev.paragraph) - 1 &&
        !NAMED_ONE_ACTS.test(layout.text.slice(layout.offsets[c.paragraph]!, c.start));
      // An interview's answers: a quotation opening the paragraph after a question put in the
      // writer's words (`Was it hard to convince financiers …?`) goes on from the one who spoke
      // before the question.
      const afterQuestion =
        prev.paragraph === c.paragraph - 2 &&
        c.sentence === 0 &&
        isQuestionParagraph(layout.article.paragraphs[c.paragraph - 1]!);
      if (sameParagraph || lastOfPrevious || afterQuestion) {
        // `“…,” Lieberman told the Journal, after de Blasio stated an interest in … “…”`: a
        // quotation goes on from the quotation whose cue clause holds the statement before it.
        const quoted = prev.kind === "direct" ? -1 : cuedQuoteOfSentence(candidates, j);
        c.inheritFrom =
          quoted >= 0 ? (candidates[quoted]!.inheritFrom ?? quoted) : (prev.inheritFrom ?? j);
      }
      break;
    }
    // `Solheim shook her head. “No, no, no. …”`: one who gestures in the sentence before, which
    // states nothing, says the quotation opening the next.
    if (c.inheritFrom === null && c.kind === "direct" && actorSpeaks(layout, candidates, c)) {
      continue;
    }
    // `“…” Khan said the troops would stay.`: the speaker opens the next sentence; not after a
    // quoted term (`directives to wage the “struggle against terrorism”. Many in Hong Kong fear …`).
    const next = candidates[i + 1];
    if (
      c.inheritFrom === null &&
      c.kind === "direct" &&
      !isQuotedTerm(layout, c) &&
      next?.cue &&
      next.paragraph === c.paragraph &&
      next.sentence === c.sentence + 1 &&
      next.speakerAt - offsets[next.paragraph]! ===
        sentencesByParagraph[next.paragraph]![next.sentence]!.start
    ) {
      c.inheritFrom = i + 1;
    }
  }
}

/** A paragraph that is one quotation and nothing else. */
const QUOTATION_ONLY = /^\s*[“"‘][^“”"]+[”"’]\s*$/;
/**
 * The sentence ending a paragraph in which one presses another (`…, Catherine DeLaney-Moss,
 * pressed him on whether the idea was new.`): group 1 who asks, 2 who is asked.
 */
const PRESSED_ONE =
  /(?:^|[.!?]\s+|,\s+)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}|[Hh]e|[Ss]he),?\s+(?:then\s+)?(?:pressed|asked|questioned|quizzed|challenged|cross-examined)\s+(him|her|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+)\s+(?:on|about|over|whether|if|why|how|what)\b[^.!?“”"]*[.!?]\s*$/u;
/** Paragraphs of one quotation each an exchange may run to. */
const EXCHANGE_TURNS = 6;

/**
 * Gives candidate `c`, a paragraph of one quotation and nothing else, the one whose turn it is in
 * an exchange the paragraphs before open (`X pressed him on …` then the question, the answer,
 * …): the one who pressed for the first and every other, the one pressed for the rest; whether
 * it did.
 */
function exchangeTurn(layout: Layout, c: Candidate): boolean {
  const { paragraphs } = layout.article;
  if (!QUOTATION_ONLY.test(paragraphs[c.paragraph]!)) return false;
  let p = c.paragraph - 1;
  while (p >= 0 && c.paragraph - p <= EXCHANGE_TURNS && QUOTATION_ONLY.test(paragraphs[p]!)) p--;
  const turn = c.paragraph - p - 1;
  const base = layout.offsets[p] ?? -1;
  if (p < 0 || turn >= EXCHANGE_TURNS || base < 0) return false;
  const pressed = PRESSED_ONE.exec(paragraphs[p]!);
  if (!pressed?.[1] || !pressed[2]) return questioningTurn(layout, c, p, turn % 2 === 0);
  // The one who pressed asks first; the one pressed, named after the verb, answers.
  const asks = turn % 2 === 0;
  const who = asks ? pressed[1] : pressed[2];
  const askerAt = pressed[0].indexOf(pressed[1]);
  const at =
    pressed.index + (asks ? askerAt : pressed[0].indexOf(who, askerAt + pressed[1].length));
  c.cue = cueFrom(who, at, "");
  c.speakerAt = base + at;
  return true;
}

/** One opening the questioning, ending a paragraph: `Opposition senator Bronwyn Achterberg opened the questioning.` */
const OPENS_QUESTIONING =
  /^((?:[\p{L}.]+\s+){0,3}?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:\s+of\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?\s+(?:then\s+)?(?:opened|began|started|led|resumed)\s+the\s+questioning[^.!?“”"]*[.!?]\s*$/u;
/**
 * A sentence of no quotation opened by a name, maybe after a description or before one set off:
 * `The league's counsel, Peter O'Sullivan, was unconvinced.` (1 the name).
 */
const NAME_OPENS_SENTENCE =
  /^(?:The\s+[^,.!?“”"]{1,40},\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,[^,.!?“”"]{1,60})?,?\s+\p{Ll}[^“”"]*[.!?]\s*$/u;
/** A quotation opening with whom it addresses (1): `“Dr Lindqvist, who signed off …?”`, `"Mr. Fallon, this memo …`. */
const VOCATIVE =
  /^\s*[“"‘']((?:Mr|Mrs|Ms|Miss|Dr|Prof|Senator|Sen|Judge|Minister|Secretary)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?),\s/u;

/**
 * An exchange with no `pressed him on`: the one who acts or opens the questioning at the end of
 * paragraph `p` (`Sen. Lorraine Castillo-Brandt of New Mexico held up a copy.`) asks first, and
 * the one the first quotation addresses (`“Mr. Fallon, this memo is addressed to you. …”`)
 * answers; gives candidate `c` whichever's turn it is (`asks`), whether it did.
 */
function questioningTurn(layout: Layout, c: Candidate, p: number, asks: boolean): boolean {
  const { paragraphs } = layout.article;
  const last = layout.sentencesByParagraph[p]?.at(-1);
  const addressed = VOCATIVE.exec(paragraphs[p + 1] ?? "");
  if (!last || !addressed?.[1] || layout.offsets[p + 1]! < 0) return false;
  const sentence = paragraphs[p]!.slice(last.start, last.end);
  const opener =
    OPENS_QUESTIONING.exec(sentence) ??
    ACTOR_SENTENCE.exec(sentence) ??
    NAME_OPENS_SENTENCE.exec(sentence);
  if (!opener?.[1]) return false;
  if (asks) {
    const at = last.start + opener[0].indexOf(opener[1]);
    c.cue = cueFrom(opener[1], at, "");
    c.speakerAt = layout.offsets[p]! + at;
  } else {
    const at = addressed[0].indexOf(addressed[1]);
    c.cue = cueFrom(addressed[1], at, "");
    c.speakerAt = layout.offsets[p + 1]! + at;
  }
  return true;
}

/** A fact check's label and the quotation it checks: `Claim 1: “`, `The claim: "`. */
const CLAIM_LABEL =
  /^\s*(?:(?:The\s+)?[Cc]laim(?:\s+(?:No\.\s*)?\d{1,2})?|What\s+(?:he|she|they)\s+said)\s*:\s*[“"‘']/;

/** A verb of making a claim, in the past or the present. */
const CLAIM_VERB =
  /^(?:said|says|claimed|claims|told|tells|stated|states|declared|insisted|boasted|wrote|writes|tweeted|posted)$/;

/**
 * The first statement of the paragraph after candidate `i`'s, cued by a verb of making a claim and
 * a speaker (`Tolliver claimed in his speech that …`), else null.
 */
function claimStatement(candidates: readonly Candidate[], i: number): number | null {
  const { paragraph } = candidates[i]!;
  for (let k = i + 1; k < candidates.length; k++) {
    const q = candidates[k]!;
    if (q.paragraph <= paragraph) continue;
    if (q.paragraph > paragraph + 1) break;
    if (q.cue?.speaker && CLAIM_VERB.test(q.cue.verb)) return k;
  }
  return null;
}

/** After an opening question's comma, the one asked and a verb of no speech: `, Vos shrugged`. */
const ASKED_ONE_AFTER = new RegExp(
  String.raw`^,\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|he|she)\s+${REACTION_VERB}[^.!?“”"]*[.!?]\s*$`,
  "u",
);

/**
 * Gives an uncued quotation the one an opening question (`Asked whether …,`) names after it, when
 * the quotation follows that sentence in its paragraph; whether it did.
 */
function askedOneAnswers(layout: Layout, question: Candidate, c: Candidate): boolean {
  if (question.paragraph !== c.paragraph || question.start > c.start) return false;
  const between = layout.text.slice(question.end, c.start);
  const one = ASKED_ONE_AFTER.exec(between.replace(/[“"‘']\s*$/, ""));
  if (!one?.[1]) return false;
  const at = question.end + one[0].indexOf(one[1]);
  c.cue = cueFrom(one[1], at - layout.offsets[c.paragraph]!, "");
  c.speakerAt = at;
  return true;
}

/**
 * A gesture: `shrugged`, `shook his head`, `leans forward`, `looked at it for some time`, `glanced
 * towards the dock` (not `died`, `was arrested`).
 */
const GESTURE =
  "(?:shrug|smile|laugh|nod|sigh|pause|grin|wince|frown|hesitate|chuckle|lean|gesture|point|wave|stand|sit)(?:s|d|ed)?|nodded|grinned|shrugged|shook|shakes|stood|sat|rolled\\s+(?:his|her)\\s+eyes|(?:looked|looks)\\s+(?:up|at|down|across|over|away)|glanced|glances|turned|turns|stared|stares|blinked|(?:held|holds|picked|picks)\\s+up|produced|produces";
/** A title before a name of up to three words: `District Judge Fiona Haverstock`. */
const GESTURER_TITLE =
  "(?:District|Judge|Justice|Lord|Lady|Sir|Dame|Professor|Prof|Det|Insp|Supt|Sgt|Cllr|Councillor|Sheriff|Coroner|Chief|Captain|Capt|Father|Sister|Rev|Canon|Bishop|Senator|Sen\\.|Rep\\.|Gov\\.|Mayor|President|Minister)";
/**
 * A sentence of a name or `He`/`She` and a gesture, stating nothing: `Okafor shook his head.`,
 * `Ingrid Solheim leans forward.`, `Asked about those comments, MacAulay shrugged.`, `When a
 * reporter pressed him on whether …, Bhatti smiled.`, `Sen. Lorraine Castillo-Brandt of New Mexico
 * held up a copy.`, maybe after where and a role, the name set off (`Behind the counter, the
 * pharmacist, Gemma Trevithick, shakes her head.`).
 */
const ACTOR_SENTENCE = new RegExp(
  String.raw`^(?:(?:When\s+)?(?:[Aa]sked|Pressed|Questioned|Challenged)\s[^,.!?“”"]{1,80},\s+|When\s+(?:a|an|the|one)\s+[^,.!?“”"]{1,40}?\s(?:asked|pressed|questioned|challenged)\s[^,.!?“”"]{1,120},\s+|(?:Behind|Outside|Inside|Across|Beside|At|In|On)\s[^,.!?“”"]{1,40},\s+(?:the\s+[\p{Ll}\s-]{1,30},\s+)?)?((?:${GESTURER_TITLE}\s+){0,2}${ANSWERER_NAME}|[Hh]e|[Ss]he)(?:\s+of\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?(?:,(?=\s))?\s+(?:${GESTURE})\b[^.!?“”"]*[.!?]\s*$`,
  "u",
);

/**
 * Gives an uncued quotation opening a sentence the one who gestures in the sentence before it in its
 * paragraph, or in the last of the paragraph before when it opens its own (ACTOR_SENTENCE), where
 * that sentence holds no statement but a question put to them; whether it did.
 */
function actorSpeaks(layout: Layout, candidates: readonly Candidate[], c: Candidate): boolean {
  const base = layout.offsets[c.paragraph]!;
  const own = layout.sentencesByParagraph[c.paragraph]![c.sentence]!;
  const para = layout.article.paragraphs[c.paragraph]!;
  if (base < 0 || !/^\s*[“"‘']?\s*$/.test(para.slice(own.start, c.start - base))) return false;
  // `… Asked about that, she smiled.` ending a paragraph, then `“That’s fair. …”` opening the
  // next: the sentence before is the last of the paragraph before.
  const p = c.sentence === 0 ? c.paragraph - 1 : c.paragraph;
  const sentences = layout.sentencesByParagraph[p];
  if (p < 0 || !sentences?.length || layout.offsets[p]! < 0) return false;
  const s = c.sentence === 0 ? sentences.length - 1 : c.sentence - 1;
  const before = sentences[s]!;
  // `He laughed when asked whether he deserved a place.`: a question put to the actor states
  // nothing of theirs.
  const states = (o: Candidate) =>
    o.paragraph === p && o.sentence === s && !(o.cue?.speaker === "" && o.cue.verb === "asked");
  if (candidates.some(states)) return false;
  const actor = ACTOR_SENTENCE.exec(layout.article.paragraphs[p]!.slice(before.start, before.end));
  if (!actor?.[1]) return false;
  c.cue = cueFrom(actor[1], before.start, "");
  c.speakerAt = layout.offsets[p]! + before.start;
  return true;
}

/**
 * The one questioned, the verb's subject: `the mayor was pressed on that criticism`, `the new
 * champion spoke about his preparation`, `he spoke with POLITICO senior writer Michael Grunwald`.
 */
const QUESTIONED =
  /\b(?:(?:was|were)\s+(?:asked|pressed|questioned|quizzed|challenged)|(?:spoke|talked)\s+(?:about|of|on|with|to\s+us)\s)/g;

/** An opening phrase of being questioned, then the subject, up to its verb in the past. */
const QUESTIONED_OPENING =
  /^(?:Cross-examined|Questioned|Pressed|Quizzed|Interviewed)\s+by\s[^.!?]*?,\s+(?:[^,.!?\s]+\s+){1,4}?(?=(?:\p{Ll}+ed|was|had|gave|took|told|said)\s)/u;

/**
 * The paragraph introducing the interview whose answer (after `A:`) candidate `c` opens, or -1:
 * the paragraph before the first label, going back over up to three paragraphs that go on from an
 * answer (`A: If I could just snap my fingers, …` then `At any rate, back to your fundamental
 * question, …`).
 */
function interviewIntro(layout: Layout, c: Candidate): number {
  const { paragraphs } = layout.article;
  if (!ANSWER_LABEL.test(paragraphs[c.paragraph]!)) return -1;
  let first = c.paragraph - 1;
  if (!QUESTION_LABEL.test(paragraphs[first] ?? "")) return -1;
  for (let q = first - 1; q >= 0 && first - q <= 4; q--) {
    const label = INTERVIEW_LABEL.test(paragraphs[q]!);
    if (label && (q === first - 1 || ANSWER_LABEL.test(paragraphs[q]!))) first = q;
  }
  return first - 1;
}

/**
 * A paragraph opening with a name of two words or more, perhaps set off after a description, and a
 * verb in the past: someone named doing something (`The president, Margarethe …, used`).
 */
const NAMED_ONE_ACTS =
  /^(?:\p{Lu}[\p{Lu}\s,.’'-]*\s[-–—]\s+)?(?:The\s+[\p{Ll}\s’'-]{1,40},\s+)?(?!(?:When|As|After|Before|If|While|Since|Once|Though|Although|But|And|So|In|On|At)\s)\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+(?:,\s+(?:who|a|an|the)\s[^“”",]{1,140},)?,?\s+\p{Ll}+ed\s[^“”"]*[“"]$/u;

/** How many paragraphs before a quoted interview's first question its answerer may be named. */
const QUOTED_INTRO_REACH = 2;

/** A paragraph opening with a quotation mark. */
const OPENS_QUOTED = /^\s*[“"]/;

/** Per article, where the first of two or more questions answered by quotations is, or -1. */
const firstQuotedQuestion = new WeakMap<Layout, number>();

/**
 * The paragraph before the first question of an interview of the writer's questions, each a
 * paragraph of its own, and quoted answers (`Before June, what was the internet like on Inis
 * Léar?` then `"Honestly? A rumour. …"`), when `c` opens an answer, the paragraph after a
 * question; -1 otherwise, or when the article has fewer than two such pairs.
 */
function quotedAnswersIntro(layout: Layout, c: Candidate): number {
  const { paragraphs } = layout.article;
  const p = c.paragraph;
  if (p < 2 || !OPENS_QUOTED.test(paragraphs[p]!) || !isQuestionParagraph(paragraphs[p - 1]!))
    return -1;
  let first = firstQuotedQuestion.get(layout);
  if (first === undefined) {
    first = -1;
    let pairs = 0;
    for (let q = 1; q + 1 < paragraphs.length && pairs < 2; q++) {
      if (!isQuestionParagraph(paragraphs[q]!) || !OPENS_QUOTED.test(paragraphs[q + 1]!)) continue;
      if (first < 0) first = q;
      pairs++;
    }
    if (pairs < 2) first = -1;
    firstQuotedQuestion.set(layout, first);
  }
  return first > 0 && first < p ? first - 1 : -1;
}

/**
 * An interview's answer (`A: “I do. …”` or `A: Honestly, at the board.` after `Q: Do you believe
 * …?`) is the words of the one paragraph `p`, before its questions, says was questioned (`Mayor
 * Fannar Jónasson-Vik was asked about the town’s future.`). Gives the candidate that person as a
 * cue with no verb, which a reader sees as no cue; whether it did.
 */
function answerer(layout: Layout, c: Candidate, p: number): boolean {
  // `The interview has been condensed and edited.` alone: the paragraph before it introduces.
  if (answererIn(layout, c, p)) return true;
  return p > 0 && EDIT_NOTE.test(layout.article.paragraphs[p]!) && answererIn(layout, c, p - 1);
}

/** A paragraph that only says an interview was edited. */
const EDIT_NOTE =
  /^\s*(?:This|The)\s+(?:interview|conversation|exchange|transcript)\s+(?:has\s+been|was)\s+(?:lightly\s+)?(?:condensed|edited|shortened|abridged)\b[^.!?]{0,60}[.!?]?\s*$/;

/** Gives `c` the one paragraph `p` names as questioned or as its subject; whether it did. */
function answererIn(layout: Layout, c: Candidate, p: number): boolean {
  const intro = layout.article.paragraphs[p]!;
  const base = layout.offsets[p]!;
  if (base < 0) return false;
  let subject: { speaker: string; at: number } | null = null;
  for (const m of intro.matchAll(QUESTIONED))
    subject = matchSubjectBefore(intro, m.index) ?? subject;
  // `Cross-examined by the public prosecutor, Antoine Rivaud, de Lacroix-Vallon struggled …`: the
  // subject after the opening phrase.
  const opened = subject ? null : QUESTIONED_OPENING.exec(intro);
  if (opened) subject = matchSubjectBefore(intro, opened[0].length);
  // Else the name opening the introduction (`Actress Diane Guerrero has become a familiar figure`),
  // or one word of a name the story writes in full (`Park was calmer by the time she reached the
  // interview room.` after `Park Ji-ho`).
  // (After a dateline: `DAKAR — Aminata Diop-Sarr became …`.)
  const dateline = subject ? 0 : (INTRO_DATELINE.exec(intro)?.[0].length ?? 0);
  const rest = intro.slice(dateline);
  const opening = subject ? null : (INTRO_NAME.exec(rest) ?? INTRO_SURNAME.exec(rest));
  if (opening?.[1] && (opening[1].includes(" ") || partOfName(layout.text, opening[1]))) {
    subject = { speaker: opening[1], at: dateline };
  }
  if (!subject) return false;
  c.cue = cueFrom(subject.speaker, subject.at, "");
  c.speakerAt = base + subject.at;
  return true;
}

/**
 * Capitalized words opening a paragraph (maybe with a particle: `Khalid bin Rashed`), then a word
 * in lower case, an age set off or an appositive (`Prof. Ingrid Solberg, 58, is`): its subject's
 * name.
 */
const INTRO_NAME =
  /^((?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:bin|binti|al|van|von|de|da|del|di|ter)\s+)?){1,4}\p{Lu}[\p{L}’'-]+)(?=\s+\p{Ll}|,\s+(?:\d{1,3},\s+\p{Ll}|(?:a|an|the|who)\s))/u;
/**
 * A dateline opening a paragraph, in capitals, maybe with its state, and its dash: `DAKAR — `,
 * `NEW YORK (AP) -- `, `HAMTRAMCK, Mich. — `.
 */
const INTRO_DATELINE =
  /^\p{Lu}[\p{Lu}\s,.’'-]*(?:,\s+\p{Lu}[\p{L}.]{1,12})?(?:\([^()\n]{1,20}\))?\s*(?:--|[—–―])\s+/u;
/** One capitalized word opening a paragraph, then a verb in the past: `Park was`, `Castaño agreed`. */
const INTRO_SURNAME = /^(\p{Lu}\p{Ll}[\p{L}’'-]*)(?=\s+(?:was|had|has|is|\p{Ll}+ed)\s)/u;

/** Whether `word` is written elsewhere in `text` beside another capitalized word of a name. */
function partOfName(text: string, word: string): boolean {
  const run = new RegExp(
    String.raw`(?<![\p{L}’'-])${word}\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s+${word}(?![\p{L}’'-])`,
    "u",
  );
  return run.test(text);
}

/**
 * The statement a participle after candidate `i` reports in its sentence, whose speaker is
 * written before `i` (`The King paid tribute to “…”, saying …`), when no statement of the
 * sentence comes before `i`; else -1.
 */
function laterCueOfSentence(candidates: readonly Candidate[], i: number): number {
  const c = candidates[i]!;
  const before = candidates[i - 1];
  if (before && before.paragraph === c.paragraph && before.sentence === c.sentence) return -1;
  for (let k = i + 1; k < candidates.length; k++) {
    const q = candidates[k]!;
    if (q.paragraph !== c.paragraph || q.sentence !== c.sentence) return -1;
    if (q.hidden || !q.cue) continue;
    const participle = q.cue.verb.endsWith("ing");
    return participle && q.cue.speaker !== "" && q.speakerAt < c.start ? k : -1;
  }
  return -1;
}

/** The cued direct quote before candidate `j` in its sentence, or -1. */
function cuedQuoteOfSentence(candidates: readonly Candidate[], j: number): number {
  const prev = candidates[j]!;
  for (let k = j - 1; k >= 0; k--) {
    const q = candidates[k]!;
    if (q.paragraph !== prev.paragraph || q.sentence !== prev.sentence) return -1;
    if (q.kind === "direct" && q.cue && q.cue.speaker !== "" && !q.hidden) return k;
  }
  return -1;
}

/** A determiner right before a quotation's opening mark: the quotation names a thing. */
const DETERMINER_BEFORE_MARK =
  /(?:^|\s)(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s+[“"‘']+$/i;

/** Whether a quotation is a term a determiner introduces (`in the “struggle against …”`). */
function isQuotedTerm(layout: Layout, c: Candidate): boolean {
  return DETERMINER_BEFORE_MARK.test(layout.text.slice(Math.max(0, c.start - 12), c.start));
}

/**
 * Words that name what follows them (`known as “…”`, `the name of “…”`, `what’s called “…”`, `a
 * website called “…”`); not a verb with a subject (`Bannon, who Beck called “…”` is Beck's word)
 * nor `the words “…”`, which someone wrote or said.
 */
const NAMING_BEFORE_MARK =
  /(?:\bknown\s+as|\bthe\s+name\s+of|\bwhat(?:[’']s|\s+is|\s+was)\s+(?:now\s+)?called|\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:called|dubbed|nicknamed|named))\s+(?:the\s+)?[“"‘']+$/iu;

/**
 * A noun after a quotation's closing mark that the quotation names a kind of (`“save the students”
 * marches`, `“Lock her up” chants`, `“Make America Great Again” hats`, `a “yes” vote`).
 */
const NOUN_AFTER_MARK =
  /^[”"’']+\s+(?:marches|march|rallies|rally|protests|protest|chants|chant|signs|sign|slogans?|campaigns?|shirts|t-shirts|hats|caps|banners|placards|stickers|buttons|movement|votes?|policy|doctrine|agenda|label|moment|era|strategy|approach|message|tour|pledge|rule|law|bill|plan|program|programme|initiative|line)\b/u;

/**
 * Whether a quotation is a name or term the words around it give (`known as “…”`, `“…” marches`).
 */
function isNamedTerm(layout: Layout, c: Candidate): boolean {
  return (
    NAMING_BEFORE_MARK.test(layout.text.slice(Math.max(0, c.start - 24), c.start)) ||
    NOUN_AFTER_MARK.test(layout.text.slice(c.end, c.end + 24))
  );
}

/** Whether a quotation is one of what a crowd chants or cries (`Chants of ‘…’ and ‘…’`). */
function isChanted(layout: Layout, c: Candidate): boolean {
  return CHANTS_OF.test(layout.text.slice(Math.max(0, c.start - 120), c.start));
}
/** `Chants of ‘`, `cries of “…” and “`: what a crowd chants, right before a quotation's mark. */
const CHANTS_OF =
  /\b(?:chants?|cries|shouts|calls)\s+of\s+(?:[“"‘'][^“”"‘’\n]{1,80}[”"’']\s*(?:,|and|or)\s+)*[“"‘']$/i;

/**
 * A reported statement this short (`Mr. Trump`, `to comment`) is said again by each speaker who
 * gives it (`Kasich has not endorsed Mr. Trump`, `Martinez has not backed Mr. Trump`): a repeat only
 * of the same speaker's. Longer ones, and direct quotes, are repeats when their text is, whoever
 * says it (a headline and its lede).
 */
const REPEAT_MIN_WORDS = 6;

/**
 * An opening quotation mark and a word in lower case at the start of a title: a quotation going on
 * (not `‘Sunrise Sofa’ host`).
 */
const OPENS_WITH_QUOTE = /^[‘“"]\p{Ll}/u;

/** A subordinate clause with its own subject: `as she dragged …`, `while he waited`. */
const CLAUSE_OPENING =
  /^(?:as|while|when|after|before|because|since|though|although|if|until)\s+(?:he|she|they|we|I|it)\s/;

/** Quotes with resolved speakers, in text order, each text once per kind (see REPEAT_MIN_WORDS). */
export function resolveSpeakers(layout: Layout, candidates: readonly Candidate[]): Quote[] {
  const { text, offsets, spansByParagraph } = layout;
  const quotedRanges: [number, number][] = [];
  for (let p = 0; p < spansByParagraph.length; p++) {
    const base = offsets[p]!;
    if (base < 0) continue;
    for (const span of spansByParagraph[p]!) {
      quotedRanges.push([base + span.contentStart, base + span.contentEnd]);
    }
  }
  const resolver = createSpeakerResolver(text, quotedRanges);
  // A speaker's title as a reader sees it (src/quotes/title-case.ts), with the article's usage of
  // each title's first word.
  const usage = new Map<string, "upper" | "lower" | null>();
  const titles = new Map<string, string>();
  const titleOf = (speaker: ResolvedSpeaker | null) => {
    const title = speaker?.title;
    // `‘That,’ said Mr Prydderch, ‘is exactly what …’`: the quotation going on after the name's
    // comma is no title; nor is a clause of when (`said Ellie Marsh, 19, as she dragged …`).
    if (!title || OPENS_WITH_QUOTE.test(title) || CLAUSE_OPENING.test(title)) return null;
    let shown = titles.get(title);
    if (shown === undefined) {
      shown = titleForReader(title, text, usage);
      titles.set(title, shown);
    }
    return shown;
  };
  const resolved: (ResolvedSpeaker | null)[] = [];
  const quotes: Quote[] = [];
  // Each text once per kind; a later copy with a speaker replaces one without (a headline repeating
  // the quote the body attributes), and a copy with its own cue one whose speaker was only linked
  // or inherited (a section heading quoting the words a later paragraph attributes).
  const seen = new Map<string, { index: number; attributed: number }>();
  const replaced = new Set<number>();
  const forward = new Map<Quote, number>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    let speaker: ResolvedSpeaker | null = null;
    if (c.cue) {
      speaker = resolveWho(resolver, c.cue, text, c.speakerAt);
    } else if (c.inheritFrom !== null && c.inheritFrom < i) {
      speaker = resolved[c.inheritFrom] ?? null;
      if (speaker) resolver.remember(speaker, c.start);
    }
    resolved.push(speaker);
    if (c.hidden) continue;
    const quoteText = text.slice(c.start, c.end);
    const short = c.kind !== "direct" && countWords(quoteText, REPEAT_MIN_WORDS) < REPEAT_MIN_WORDS;
    const key = `${c.kind}:${short ? `${speaker?.name ?? ""}:` : ""}${normalizeForKey(quoteText)}`;
    const attributed =
      speaker !== null && c.cue
        ? 2
        : speaker !== null || (c.inheritFrom !== null && c.inheritFrom > i)
          ? 1
          : 0;
    const prior = seen.get(key);
    if (prior) {
      if (prior.attributed >= attributed) continue;
      replaced.add(prior.index);
    }
    seen.set(key, { index: quotes.length, attributed });
    const quote: Quote = {
      kind: c.kind,
      text: quoteText,
      speaker: speaker?.name ?? null,
      speakerTitle: titleOf(speaker),
      cue: cueAsWritten(text, c),
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
    };
    quotes.push(quote);
    if (c.inheritFrom !== null && c.inheritFrom > i) forward.set(quote, c.inheritFrom);
  }
  // Quotes whose speaker is named in the sentence after them.
  for (const q of quotes) {
    const from = forward.get(q);
    if (from === undefined) continue;
    const speaker = resolved[from] ?? null;
    q.speaker = speaker?.name ?? null;
    q.speakerTitle = titleOf(speaker);
  }
  headlineFromBody(quotes);
  statementHoldsQuote(quotes);
  oneSpellingPerSpeaker(quotes);
  return replaced.size === 0 ? quotes : quotes.filter((_, i) => !replaced.has(i));
}

/** A headline quotes at least this many words for the body's quotation holding them to name who. */
const HEADLINE_QUOTE_WORDS = 3;

/**
 * `‘At first it felt like losing an arm’: Sweden’s schools …` over a body that quotes `“…. At first
 * it felt like losing an arm. …” admits Amira Yusuf`: a quotation in the first paragraph (a
 * headline) that no cue attributes takes the speaker of the first attributed quotation of the
 * body whose words hold it.
 */
function headlineFromBody(quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.paragraph !== 0 || q.speaker !== null || q.kind !== "direct") continue;
    if (countWords(q.text, HEADLINE_QUOTE_WORDS) < HEADLINE_QUOTE_WORDS) continue;
    const words = normalizeForKey(q.text).replace(/[.,!?;:]+$/, "");
    const body = quotes.find(
      (r) =>
        r.paragraph > 0 &&
        r.kind === "direct" &&
        r.speaker !== null &&
        normalizeForKey(r.text).includes(words),
    );
    if (body) {
      q.speaker = body.speaker;
      q.speakerTitle = body.speakerTitle;
    }
  }
}

/**
 * `Prentiss, who has denied any wrongdoing and insisted that the contract … was won “fairly and on
 * merit.”`: a quotation with no speaker inside a statement with one, with the same cue, is that
 * speaker's.
 */
function statementHoldsQuote(quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.speaker !== null || q.kind !== "direct" || q.cue === null) continue;
    const holder = quotes.find(
      (s) =>
        s.kind !== "direct" &&
        s.speaker !== null &&
        s.cue === q.cue &&
        s.start <= q.start &&
        q.end <= s.end,
    );
    if (holder) {
      q.speaker = holder.speaker;
      q.speakerTitle = holder.speakerTitle;
    }
  }
}

/**
 * `The EPA` opening a sentence and `the EPA` inside one, `Officials` and `officials`: one speaker,
 * written as the article first gives it, so a reader sees one group of quotes, not two.
 */
/**
 * A reported statement's cue with the negation written before its verb (`did not say` which
 * partner it would use, `wouldn't confirm` whether …): without it the statement reads as if the
 * speaker had said it.
 */
const NEGATED_BEFORE = new RegExp(
  String.raw`\b(${NEGATION}(?:\s+(?:immediately|yet|publicly))?)\s+(?:say|comment|explain|specify|disclose|elaborate|confirm|reveal|identify|detail)\s+$`,
);

function cueAsWritten(text: string, c: Candidate): string | null {
  const verb = c.cue?.verb || null;
  if (verb === null || c.kind === "direct" || verb.includes(" ")) return verb;
  const negated = NEGATED_BEFORE.exec(text.slice(Math.max(0, c.start - 48), c.start));
  return negated?.[1] ? `${negated[1]} ${verb}` : verb;
}

function oneSpellingPerSpeaker(quotes: Quote[]): void {
  const first = new Map<string, string>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    const key = q.speaker.toLowerCase();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, q.speaker);
    else q.speaker = seen;
  }
}

function sencount(sentences: readonly Sentence[][], p: number): number {
  return sentences[p]?.length ?? 0;
}

/**
 * What `who` refers to: the name (`Senator Bernie Sanders of Vermont, who`) or noun right before
 * it, or before its appositive — up to three comma-separated parts, each opening with a determiner,
 * an age (and a hometown after it: `, 24, from Manchester,`) or a capital (`Skip Rutherford, a
 * longtime Clinton loyalist and dean of the … School of Public Service, who`, `X, a supporter from
 * Hemet, California, who`); a part opening otherwise (`Trump, saying he would appoint judges who`)
 * or holding a quotation mark (`“Then, I intend to …” X, who`) is not one.
 */
const WHO_NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*)*`;
/** Up to three words between a determiner and its noun (`a career Army officer who`). */
const WHO_MODIFIERS = String.raw`(?:(?!(?:and|or|but|of|in|on|at|for|to|with|by|from|after|before|about|over|under|into|than|as|like|during|against|through|between|among|across|within|without|that|who|which|said|says)\s)(?:[\p{L}\d’'-]|\.(?=\p{L}))+[^\S\n]+){0,3}`;
const WHO_ANTECEDENT = new RegExp(
  String.raw`(${WHO_NAME}|(?:(?<![\p{L}’'-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+${WHO_MODIFIERS})?(?<![\p{L}’'-])(?!(?:but|and|or|nor|yet|so|then|also|not)\s)\p{Ll}[\p{L}’'-]*)(?:,\s+\d{1,3},\s+(?:from|of)\s[^,“”"]{1,60}|,\s+(?:(?:a|an|the|his|her|their|its|one|another)\s|\p{Lu}|\d{1,3}(?=,)|(?!(?:two|three|four|five|some|many|most|all|both|each|several|none)\s)\p{Ll}[\p{L}-]*\s+(?:of|at|for)\s)[^,“”"]{0,120}){0,3},?\s+$`,
  "u",
);

/** One described by a participle's phrase, set off before `who` (group 1). */
const PARTICIPLE_ANTECEDENT =
  /(?:^|[.!?]["”’]?\s+|\n|,\s+)((?:A|An|One|Another)\s+(?:[\p{Ll}\d-]+\s+){0,3}?\p{Ll}+\s+(?!being\s)\p{Ll}{2,}ing\s[^,.;:“”"]{1,50}),\s+$/u;
/** A determiner's noun, after its words: `the same time`. */
const NOUN_HEAD = /\s\S+\s(\p{Ll}[\p{L}’'-]*)$/u;
/** A participle's phrase after a noun: ` sitting next to him`. */
const PARTICIPLE_AFTER_NOUN = /\s+\p{Ll}{2,}ing\s[^,.;:“”"]*$/u;

/** A role's preposition and its object's modifiers, ending a text (` for social `). */
const OBJECT_OF_ROLE = /\s(?:for|of)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Words in -er, -or, -ant or -ent for things, not people (`the same number who`). */
const THING_IN_ER =
  /^(?:number|order|letter|paper|water|matter|summer|winter|center|centre|corner|border|power|error|sector|factor|floor|door|tower|quarter|chapter|river|weather|manner|dinner|comment|moment|statement|event|percent|agreement|government|parliament|department|amount|point|content|element|segment|restaurant|plant|account|document|instrument|argument|incident|accident|amendment|settlement|treatment|payment|investment|development|environment|management|movement|tournament|apartment|equipment|experiment|sentiment|assessment|announcement|appointment|arrangement|commitment|establishment|employment|entertainment|improvement|requirement|replacement|retirement|excitement|punishment|judgment|judgement|ornament|monument|later|ever|never|other|together|whether|however|rather|further|after|over|under|per|major|minor|senior|junior|former|latter|inner|outer|upper|lower|proper|clever|sober|bitter|tender|silent|recent|current|different|urgent|present|absent|decent|frequent|innocent|independent|efficient|violent)$/;

/** An appositive's agent or source, people, ending a text (`, a point seized on by critics `). */
const AGENT_BEFORE_WHO =
  /,[^,“”"]*\s(?:by|among|from)\s+((?:(?:some|many|other|the)\s+)?(\p{Ll}[\p{L}’'-]*))\s+$/u;

/** A preposition ending a text (`In `, `during `). */
const PREPOSITION_END =
  /(?:^|\s)(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ff]or|[Ww]ith|[Ff]rom|[Bb]y|[Oo]f)\s+$/;

/** After a noun, a comma, a name and a verb: a clause, no appositive (`, Sanders sided with`). */
const APPOSITIVE_CLAUSE = /^,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Ll}+ed\s/u;

/** A sentence's end: a period after a lower-case word that is no abbreviation (`Gov.`, `Calif.`). */
const SENTENCE_END_INSIDE =
  /(?<![\p{L}.])(?!(?:Gov|Sen|Rep|Mrs?|Ms|Dr|Lt|Gen|Jr|Sr|St|Inc|Co|Corp|Ltd|Rev|Col|Sgt|Capt|Adm|Prof|Maj|Cmdr|Supt|Det|No|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)[.])\p{L}*\p{Ll}{2}[.!?][”"’]?\s+\p{Lu}/u;
/**
 * A name of two capitalized words or more set off by commas, all that follows an antecedent (with
 * the article of a style: `, the Reverend Samuel Adeyinka, `).
 */
const NAME_SET_OFF = new RegExp(
  String.raw`^,\s+(?:${STYLE_ARTICLE})?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+,?\s+$`,
  "u",
);
/**
 * A name of two words or more set off after a place, maybe with an age (1 the name): `, Stan
 * Oduya, 84, `.
 */
const NAME_AGE_SET_OFF =
  /^,\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+)(?:,\s+\d{1,3})?,?\s+$/u;
/** A politician's party and state in brackets ending a text before `who`: ` (R-Idaho), `. */
const PARTY_THEN_COMMA = new RegExp(String.raw`\s+${PARTY_SOURCE}(,?\s+)$`, "u");

const WHO_NAME_BEFORE = new RegExp(String.raw`(${WHO_NAME}),?\s+$`, "u");
/** `whose` and what it owns, as a subject (`whose leaders`). */
const WHOSE = /^whose\s+(\p{Ll}.*)$/u;
/** A comma and an article ending the text before an appositive's capitals (`…, an `). */
const APPOSITIVE_ARTICLE = /,\s+(?:a|an)\s+$/;

/** A lone lower-case word, then a comma and a capitalized part: a clause's end, then a name. */
const CLAUSE_END_THEN_NAME = /^\p{Ll}[\p{L}’'-]*,\s+\p{Lu}/u;
/**
 * A finite verb between an antecedent and `who` (`the week, the question was whether … her former
 * deputy, Gareth Pryce, who`), outside a `who` clause: a clause of its own, so the antecedent is
 * nearer.
 */
const FINITE_VERB_INSIDE = /\s(?:was|were|is|are|could|would|will|can|should)\s/;
/** A `who` clause's words up to its comma or its end (its verb is no clause of the sentence's). */
const WHO_CLAUSE_WORDS = /\bwho\s[^,]*/g;

/** A preposition of place right before a name that `who` follows with no comma (`in Philadelphia who`). */
const PLACE_BEFORE = /\s(?:in|near|across|outside|inside|from)\s+(?:the\s+)?$/;
/** An age in decades before a comma: ` in his seventies`, ` in her early 40s`. */
const AGE_IN_DECADES =
  /\s+in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)(?=,\s+$)/u;
/**
 * One described with an article opening a sentence or a clause, then where (group 1 all of it, 2
 * the noun): `A senior official with an international aid organisation in `.
 */
const DESCRIBED_IN =
  /(?:^|[.!?]\s+|,\s+)((?:A|An|One|Another)\s+(?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:with|for|of|at)\s+[^,.;:“”"]{1,60}?)?\s+(?:in|near)\s+(?:the\s+)?)$/u;
/** A `who` clause after a comma, then `and` before another `who` (`, who has been … and `). */
const JOINED_WHO = /(?<=,\s+)who\s[^,.!?;:“”"]{1,160}?\s(?:and|but)\s+$/;
/** `from` (maybe and `the`) right before a name. */
const FROM_END = /\sfrom\s+(?:the\s+)?$/;
/** One described with an article, then `from` (group 1 the description): `A 44-year-old woman from `. */
const DESCRIBED_FROM =
  /(?<![\p{L}’'-])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[^\s,.;:“”"]+\s+){0,3}?[\p{Ll}-]+)\s+from\s+$/u;

/**
 * `Clinton. Economists`: a run of capitalized words reaching back past a sentence's end, cut there;
 * and past a paragraph's (`… of Greenpeace UK.⏎⏎London Mayor Sadiq Khan`).
 */
function afterSentenceEnds(name: string): string {
  const paragraph = name.lastIndexOf("\n");
  if (paragraph >= 0) name = name.slice(paragraph + 1);
  for (let end = SENTENCE_END_INSIDE.exec(name); end; end = SENTENCE_END_INSIDE.exec(name)) {
    name = name.slice(end.index + end[0].length - 1);
  }
  return name;
}

function resolveWho(
  resolver: ReturnType<typeof createSpeakerResolver>,
  cue: Cue,
  text: string,
  at: number,
): ResolvedSpeaker | null {
  if (cue.speaker === "") return null;
  // `Mrs Hargreaves sent a fax. It read: '…'`: what `it` reads out is a text, not whoever spoke
  // last as an organization; the text opening the sentence before, when one does (`The email,
  // first published by …, was sent …. “…,” it reads.`).
  if (/^it$/i.test(cue.speaker) && /^reads?$/.test(cue.verb)) return resolver.documentBefore(at);
  // `Iran, whose leaders have called for …`, `the ruling party, whose leaders …`: the
  // antecedent's leaders.
  const whose = WHOSE.exec(cue.speaker);
  if (whose?.[1]) {
    const before = text.slice(Math.max(0, at - 120), at);
    const owner = WHO_NAME_BEFORE.exec(before)?.[1] ?? WHO_ANTECEDENT.exec(before)?.[1];
    return owner ? resolver.resolve(`${afterSentenceEnds(owner)}’s ${whose[1]}`, at) : null;
  }
  // `the Canadian Association of Petroleum Producers, which said …`: a body's relative pronoun
  // names its antecedent as `who` does a person's.
  if (cue.speaker === "who" || cue.speaker === "which") {
    // `Sen. Dale Rourke (R-Idaho), who`: the party and state in brackets are no part of the name.
    // `One man in his seventies, who`: an age in decades is no antecedent.
    // `the Rev Jonathan Keble, who has been the family's priest for 20 years and who in his
    // address joked`: a second `who` joined to the first stands for the same one.
    const joined =
      cue.speaker === "who" ? JOINED_WHO.exec(text.slice(Math.max(0, at - 200), at)) : null;
    if (joined) return resolveWho(resolver, cue, text, at - joined[0].length);
    const before = text
      .slice(Math.max(0, at - 240), at)
      .replace(PARTY_THEN_COMMA, "$1")
      .replace(AGE_IN_DECADES, "");
    // `…, a point seized on by critics who say`: people an appositive names as its agent.
    const agent = AGENT_BEFORE_WHO.exec(before);
    if (agent?.[1] && namesPeople(agent[2]!)) return resolver.resolve(agent[1], at);
    // (`A university student sitting next to him, who`: one described by a participle's phrase.)
    let m =
      (before.includes("ing ") ? PARTICIPLE_ANTECEDENT.exec(before) : null) ??
      WHO_ANTECEDENT.exec(before);
    // `… Trump. Domestically, a reaction came from President Barack Obama, who`: a match reaching
    // back past a sentence's end takes the name right before `who` instead.
    // `While Richardson wants Rudolph to be disciplined, Steelers captain Cam Heyward, who`: a lone
    // lower-case word ending a clause before a name is no antecedent either.
    // `At the time, Sanders sided with Republicans and a coalition of labor unions who`: a clause
    // read as the appositive of a noun before it; the antecedent is in the clause.
    if (m?.[1] && APPOSITIVE_CLAUSE.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) {
      const from = before.lastIndexOf(",") + 1;
      const inClause = WHO_ANTECEDENT.exec(before.slice(from));
      if (inClause) m = inClause;
    } else if (
      m &&
      (SENTENCE_END_INSIDE.test(m[0]) ||
        CLAUSE_END_THEN_NAME.test(m[0]) ||
        FINITE_VERB_INSIDE.test(
          m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).replace(WHO_CLAUSE_WORDS, " "),
        ))
    ) {
      const end = SENTENCE_END_INSIDE.exec(m[0]);
      const cut = end ? m.index + end.index + end[0].length - 1 : -1;
      // `… to anxiety. Losana Vaike, a 71-year-old market trader who`: else the antecedent
      // after the sentence's end (read with the text before it blanked, offsets kept).
      m =
        WHO_NAME_BEFORE.exec(before) ??
        (cut > 0 ? WHO_ANTECEDENT.exec(" ".repeat(cut) + before.slice(cut)) : null);
      // `Senator James Lankford, an Oklahoma Republican who`: capitals after an article are the
      // appositive's; the name before its comma is who.
      const article = m ? APPOSITIVE_ARTICLE.exec(before.slice(0, m.index)) : null;
      if (article) m = WHO_NAME_BEFORE.exec(`${before.slice(0, article.index)} `) ?? m;
    }
    // `In the interview, Reid, who endorsed …`: a preposition's object before a name and its
    // comma is no antecedent; the name is.
    if (
      m?.[1] &&
      /^\p{Ll}/u.test(m[1]) &&
      PREPOSITION_END.test(before.slice(Math.max(0, m.index - 12), m.index))
    ) {
      const named = WHO_NAME_BEFORE.exec(before);
      if (named && named.index > m.index) m = named;
    }
    // `a staff member for the campaign in Philadelphia who said`: a place is not who speaks;
    // `Magistrate Judge Carol Wen in Miami, who ordered`: the name before the place is.
    if (m?.[1] && PLACE_BEFORE.test(before.slice(0, m.index))) {
      // `a hospital worker in Coventry, Janet Ruddock-Ames, who says`: the name set off after the
      // place is who.
      const setOff = NAME_AGE_SET_OFF.exec(m[0].slice(m[0].indexOf(m[1]) + m[1].length));
      if (/^\p{Lu}/u.test(m[1]) && setOff?.[1]) return resolver.resolve(setOff[1], at);
      // `A 44-year-old woman from St. Johnsbury who said`: one described, and where they are from.
      // (Not `a tweet from Rikkie Wells who tweeted`: a name after `from` may be who.)
      const from = FROM_END.test(before.slice(0, m.index));
      if (!m[0].includes(",")) {
        const described = from ? DESCRIBED_FROM.exec(before.slice(0, m.index)) : null;
        const noun = described?.[1]?.slice(described[1].lastIndexOf(" ") + 1);
        if (described && noun && namesPeople(noun) && /^\p{Lu}/u.test(m[1])) {
          return resolver.resolve(`${described[1]} from ${m[1]}`, at);
        }
        if (!from) return null;
      }
      // (Not `… in Washington State. Mr. Leenders, who`: a sentence ends after the place.)
      const named =
        /^\p{Lu}/u.test(m[1]) && afterSentenceEnds(m[1]) === m[1]
          ? WHO_NAME_BEFORE.exec(before.slice(0, m.index).replace(PLACE_BEFORE, " "))
          : null;
      if (named?.[1]) return resolver.resolve(afterSentenceEnds(named[1]), at);
      // `A senior official with an aid organisation in Juba, who`: one described, and where.
      const described = DESCRIBED_IN.exec(before.slice(0, m.index));
      if (described?.[1] && /^\p{Lu}/u.test(m[1]) && namesPeople(described[2]!)) {
        return resolver.resolve(`${described[1]}${m[1]}`, at);
      }
    }
    if (!m?.[1]) return null;
    // `the same time who`, `the roll call who`: a determiner, modifiers and a noun that names no
    // people (a determiner and a noun alone resolve as a description, as before).
    // (`A university student sitting next to him, who`: the noun before the participle.)
    const head = NOUN_HEAD.exec(m[1].replace(PARTICIPLE_AFTER_NOUN, "")) ?? NOUN_HEAD.exec(m[1]);
    // (A body or a document may be what `which` stands for: `a United Nations panel, which said`.)
    // (`one season-ticket holder, who`: a word for a person by what they do or have, right before
    // `who`.)
    const speaks = (noun: string) =>
      namesPeople(noun) ||
      (PERSON_HEAD.test(noun) && !THING_IN_ER.test(noun) && /^[^,]*,?\s+$/.test(m[0])) ||
      (cue.speaker === "which" && (ORG_NOUNS.test(noun) || DOCUMENT_NOUN.test(noun)));
    if (head?.[1] && /^\p{Ll}/u.test(m[1]) && !speaks(head[1])) return null;
    // `the city’s deputy mayor for social affairs, who wrote`: a lone word after a preposition is
    // its object; the one before the preposition is who.
    const lone = m[1].slice(m[1].lastIndexOf(" ") + 1);
    if (!head && /^[\p{Ll}\s-]+$/u.test(m[1]) && !isPluralNoun(lone) && !PERSON_HEAD.test(lone)) {
      const object = OBJECT_OF_ROLE.exec(before.slice(0, m.index + m[0].indexOf(m[1])));
      const role = object ? WHO_ANTECEDENT.exec(`${before.slice(0, object.index)} `) : null;
      const holder = role?.[1] ? NOUN_HEAD.exec(role[1])?.[1] : undefined;
      if (role?.[1] && holder && speaks(holder)) {
        return resolver.resolve(`${role[1]}${object![0]}${m[1]}`, at);
      }
    }
    // `The Mayor of London, Sadiq Khan, who`: with the name the antecedent sets off.
    let named = NAME_SET_OFF.test(m[0].slice(m[1].length)) ? m[0].replace(/,?\s+$/, "") : m[1];
    // `the Sunday Times, which said`: a day opening a paper's name is the name's, with its article.
    const nameAt = m.index + m[0].indexOf(m[1]);
    if (/^(?:Sunday|Saturday)\s/.test(named) && /(?:^|\s)the\s+$/.test(before.slice(0, nameAt))) {
      named = `the ${named}`;
    }
    return resolver.resolve(afterSentenceEnds(named), at);
  }
  return resolver.resolve(cue.speaker, at);
}

/** Trailing characters a key drops (white space is a single space by then). */
const KEY_TRAILING = new Set([..." .,;:!?"].map((c) => c.charCodeAt(0)));
/** Quotation marks a key drops: `"` `'` `«` `»` `‘` `’` `“` `”`, tested without a set lookup per character. */
const isKeyQuote = (c: number) =>
  c < 0xab
    ? c === 34 || c === 39
    : c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/**
 * The text lower-cased, without quotation marks, each white-space run as one space, trimmed and
 * without trailing punctuation. One pass by hand, copying only around what changes: this ran two
 * regular-expression replacements over every quote.
 */
export function normalizeForKey(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  // Start of the stretch of `lower` not copied to `out` yet.
  let from = 0;
  // Whether the last character kept (quotation marks are dropped, not kept) was white space.
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = charCodeAt.call(lower, i);
    if (isKeyQuote(c)) {
      out += lower.slice(from, i);
      from = i + 1;
    } else if (isSpaceCode(c)) {
      if (space) {
        out += lower.slice(from, i);
        from = i + 1;
      } else if (c !== 32) {
        out += `${lower.slice(from, i)} `;
        from = i + 1;
      }
      space = true;
    } else {
      space = false;
    }
  }
  const key = from === 0 ? lower : out + lower.slice(from);
  // By hand: a regular expression anchored at the end tries every run of spaces and commas.
  let end = key.length;
  while (end > 0 && KEY_TRAILING.has(charCodeAt.call(key, end - 1))) end--;
  return key.slice(0, end).trim();
}
