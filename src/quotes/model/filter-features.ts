/**
 * The statement filter's features (src/quotes/model/filter.ts): named binary features of one
 * statement of the combined engine — who proposed it and how sure the tagger was (its Viterbi margin,
 * its marginal probability of content over the statement and of source over its speaker phrase,
 * src/quotes/model/posterior.ts), its cue verb and
 * where the cue and speaker stand, its length and quoted share, the shape of its speaker phrase and
 * resolved speaker, how many other quotes the article gives that speaker, its place in the
 * sentence, paragraph and article, and its neighbours.
 */
import type { Candidate, Layout } from "../layout.js";
import { countWords, quotedShare } from "../layout.js";
import type { Evidence } from "../learned-evidence.js";
import type { Quote } from "../types.js";

function bucket(value: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && value >= edges[i]!) i++;
  return i;
}

const PRONOUN = /^(?:he|she|they|we|i|it|you|who|his|her|their)$/i;

function phraseShape(candidate: Candidate): string {
  const phrase = candidate.cue?.speaker ?? null;
  if (phrase === null) return candidate.inheritFrom !== null ? "inherited" : "none";
  if (phrase === "") return "empty";
  if (PRONOUN.test(phrase)) return phrase.toLowerCase() === "who" ? "who" : "pronoun";
  const words = phrase.split(/\s+/);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const size = words.length <= 2 ? "short" : words.length <= 4 ? "mid" : "long";
  if (capitals === words.length) return `name-${size}`;
  if (capitals > 0) return `mixed-${size}`;
  return `lower-${size}`;
}

function speakerShape(quote: Quote, candidate: Candidate): string {
  if (quote.speaker === null) return "null";
  const phrase = candidate.cue?.speaker ?? "";
  if (PRONOUN.test(phrase)) return "from-pronoun";
  if (phrase !== "" && !quote.speaker.includes(phrase.split(/\s+/).at(-1) ?? ""))
    return "elsewhere";
  const words = quote.speaker.split(/\s+/).length;
  const title = quote.speakerTitle ? "+title" : "";
  if (!/^\p{Lu}/u.test(quote.speaker)) return `lower${title}`;
  return `${words === 1 ? "one" : words === 2 ? "two" : "more"}${title}`;
}

/** Where the speaker phrase stands against the statement, and how far (log2 of characters). */
function speakerPlace(candidate: Candidate): string {
  if (!candidate.cue) return "none";
  const at = candidate.speakerAt;
  if (at >= candidate.start && at < candidate.end) return "inside";
  const gap = at < candidate.start ? candidate.start - at : at - candidate.end;
  const side = at < candidate.start ? "before" : "after";
  return `${side}-${bucket(gap, [4, 16, 48, 120, 300])}`;
}

/**
 * Buckets of the tagger's mean source probability over a statement's speaker phrase: whether the
 * tagger, too, reads the words the speaker came from as who spoke (twenty-seventh session).
 */
const SOURCE_EDGES = [0.05, 0.2, 0.5, 0.8, 0.95];

/** Buckets of the tagger's mean content probability over a statement (rules statements too). */
const PROBABILITY_EDGES = [0.1, 0.3, 0.5, 0.7, 0.85, 0.95];

function modelShape(candidate: Candidate, evidence: Evidence | undefined): string[] {
  if (!evidence) return ["evidence=none"];
  const origin = evidence.origin;
  const agree = bucket(evidence.agreement, [0.01, 0.5, 0.9]);
  const conf =
    evidence.confidence === null
      ? "none"
      : bucket(evidence.confidence, [100, 150, 200, 270, 350, 450, 550]);
  const prob = bucket(evidence.probability, PROBABILITY_EDGES);
  const speakerSource =
    evidence.speakerSource === null ? "none" : bucket(evidence.speakerSource, SOURCE_EDGES);
  const out = [
    `${origin}|speaker-source=${speakerSource}`,
    `origin=${origin}`,
    `${origin}|agree=${agree}`,
    `${origin}|conf=${conf}`,
    `${origin}|prob=${prob}`,
  ];
  out.push(`${origin}|agree=${agree}|conf=${conf}`);
  if (origin === "model") {
    out.push(`model|cue=${evidence.cue !== null}`, `model|source=${evidence.source !== null}`);
    if (evidence.cue && evidence.source) {
      const [cs, ce] = evidence.cue;
      const [ss, se] = evidence.source;
      const gap = ss >= ce ? ss - ce : cs >= se ? cs - se : 0;
      out.push(`model|source-${ss >= ce ? "after" : "before"}=${bucket(gap, [1, 8, 30, 80])}`);
    }
    if (evidence.cue) {
      const cuePlace =
        evidence.cue[1] <= candidate.start
          ? "before"
          : evidence.cue[0] >= candidate.end
            ? "after"
            : "inside";
      out.push(`model|cue-place=${cuePlace}`);
    }
  }
  return out;
}

/** The article's other quotes with the same resolved speaker: all of them, and the direct ones. */
export interface SameSpeaker {
  others: number;
  direct: number;
}

/**
 * The features of one statement of the combined engine, with the quote it became; `others`: how
 * many other shown statements its sentence holds; `sameSpeaker`: null when the quote names nobody.
 * A speaker the article quotes again, above all in quotation marks, is more often the right one
 * (twenty-seventh session, ADR 0018).
 */
export function statementFeatures(
  layout: Layout,
  candidate: Candidate,
  evidence: Evidence | undefined,
  quote: Quote,
  others: number,
  sameSpeaker: SameSpeaker | null,
): string[] {
  const origin = evidence?.origin ?? "rules";
  const text = quote.text;
  const words = countWords(text);
  const p = candidate.paragraph;
  const base = layout.offsets[p] ?? 0;
  const quoted = quotedShare(
    layout.spansByParagraph[p] ?? [],
    quote.start - base,
    quote.end - base,
  );
  const verb = (candidate.cue?.verb ?? "").toLowerCase();
  const verbKey = verb === "" ? "none" : verb.startsWith("according") ? "according" : verb;
  const first = /^[\p{L}’']+/u.exec(text)?.[0]?.toLowerCase() ?? "";
  const lastChar = text.trimEnd().slice(-1);
  const sentences = layout.sentencesByParagraph[p]?.length ?? 1;
  const shape = phraseShape(candidate);
  const size = bucket(words, [3, 6, 11, 21, 41]);
  const speakerContext = sameSpeaker
    ? [
        `same-speaker=${bucket(sameSpeaker.others, [1, 2, 4])}`,
        `${origin}|same-speaker=${bucket(sameSpeaker.others, [1, 2, 4])}`,
        `${origin}|same-speaker-direct=${bucket(sameSpeaker.direct, [1, 3])}`,
      ]
    : [];
  return [
    ...speakerContext,
    `kind=${quote.kind}`,
    ...modelShape(candidate, evidence),
    `verb=${verbKey}`,
    `${origin}|verb=${verbKey}`,
    `words=${size}`,
    `${origin}|words=${size}`,
    `quoted=${bucket(quoted, [0.01, 0.25, 0.5, 0.9])}`,
    `phrase=${shape}`,
    `${origin}|phrase=${shape}`,
    `speaker=${speakerShape(quote, candidate)}`,
    `${origin}|speaker=${speakerShape(quote, candidate)}`,
    `place=${speakerPlace(candidate)}`,
    `${origin}|place=${speakerPlace(candidate)}`,
    `first=${/^(?:that|to|the|a|an|it|he|she|they|we|i|this|there|if|whether|what|how)$/.test(first) ? first : /^\p{Lu}/u.test(text) ? "Capital" : "other"}`,
    `last=${/[.!?]/.test(lastChar) ? "stop" : /[”"’']/.test(lastChar) ? "quote" : /[,;:]/.test(lastChar) ? "comma" : "other"}`,
    `sentence=${Math.min(candidate.sentence, 3)}`,
    `sentence-last=${candidate.sentence === sentences - 1}`,
    `paragraph=${bucket(p, [1, 2, 3, 6, 12])}`,
    `others=${Math.min(others, 2)}`,
    `${origin}|others=${Math.min(others, 2)}`,
    `title=${quote.speakerTitle !== null}`,
    `${origin}|phrase=${shape}|speaker=${speakerShape(quote, candidate)}`,
  ];
}
