/**
 * What the combined engine knows of a statement besides its words, for the statement filter
 * (src/quotes/learned.ts, src/quotes/model/filter-features.ts): which rules candidates a model
 * statement overlaps, holds or follows (an index by start), how much the model's contents cover
 * each rules statement, and the tagger's mean content and source probabilities over a span.
 */
import { firstIndexWhere } from "../bisect.js";
import type { Candidate } from "./layout.js";
import type { ContentMass, ModelAttribution } from "./model/attribution.js";

/**
 * What the combination knew about a statement, for the statement filter
 * (src/quotes/model/filter-features.ts). Offsets are absolute.
 */
export interface Evidence {
  origin: "rules" | "model";
  /** The tagger's mean margin for the statement (model) or for the model content overlapping it
   * most (rules); null when the model found nothing there. */
  confidence: number | null;
  /** The tagger's mean marginal probability of content over the statement's tokens. */
  probability: number;
  /** Share of the statement the other engine's statements cover. */
  agreement: number;
  /** The tagger's mean source probability over the statement's speaker phrase (null: none). */
  speakerSource: number | null;
  /** Model statements: where the model's cue and source are (absolute), when it linked them. */
  cue: [number, number] | null;
  source: [number, number] | null;
}

/**
 * A paragraph's rules candidates for the questions each model statement asks of them (which of
 * them it overlaps, holds or follows): a paragraph of thousands of quotes asked every candidate
 * for every statement.
 */
export interface CandidateIndex {
  all: readonly Candidate[];
  /** Indices into `all`, by start. */
  byStart: number[];
  /** The greatest end among the first k + 1 of `byStart`: where a search by start may begin. */
  reach: number[];
  /** Direct quotes whose cue's speaker follows them (followsQuoteCue), by the speaker's end. */
  cued: { speakerEnd: number; quote: Candidate }[];
}

export function indexCandidates(all: readonly Candidate[]): CandidateIndex {
  const byStart = all.map((_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start || a - b);
  const reach: number[] = [];
  for (const i of byStart)
    reach.push(Math.max(reach.at(-1) ?? Number.NEGATIVE_INFINITY, all[i]!.end));
  const cued: CandidateIndex["cued"] = [];
  for (const c of all) {
    if (c.kind !== "direct" || !c.cue?.speaker || c.end > c.speakerAt) continue;
    cued.push({ speakerEnd: c.speakerAt + c.cue.speaker.length, quote: c });
  }
  cued.sort((a, b) => a.speakerEnd - b.speakerEnd);
  return { all, byStart, reach, cued };
}

/** The candidates touching [start, end] (overlapping it or meeting it), in their original order. */
export function touching(index: CandidateIndex, start: number, end: number): Candidate[] {
  const { all, byStart, reach } = index;
  const found: number[] = [];
  for (
    let k = firstIndexWhere(byStart.length, (j) => reach[j]! >= start);
    k < byStart.length;
    k++
  ) {
    const i = byStart[k]!;
    if (all[i]!.start > end) break;
    if (all[i]!.end >= start) found.push(i);
  }
  return found.sort((a, b) => a - b).map((i) => all[i]!);
}

export function overlapShare(start: number, end: number, others: readonly Candidate[]): number {
  let best = 0;
  for (const c of others) {
    const shared = Math.min(end, c.end) - Math.max(start, c.start);
    if (shared > 0) best = Math.max(best, shared / (end - start));
  }
  return best;
}

/**
 * Mean probability of `kind` (content or source) over the tokens inside [start, end)
 * (paragraph-local); null without the mass or when no token is there.
 */
function massIn(
  mass: ContentMass | null,
  kind: "content" | "source",
  start: number,
  end: number,
): number | null {
  if (!mass) return null;
  const values = mass[kind];
  let sum = 0;
  let count = 0;
  // From the first token ending after `start` (tokens are in order).
  const first = firstIndexWhere(mass.ends.length, (k) => mass.ends[k]! > start);
  for (let i = first; i < mass.starts.length; i++) {
    if (mass.starts[i]! >= end) break;
    if (mass.ends[i]! <= start) continue;
    sum += values[i]!;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** The tagger's source probability over a candidate's speaker phrase; null when it has none. */
export function speakerSourceIn(
  mass: ContentMass | null,
  c: Candidate,
  base: number,
): number | null {
  if (!c.cue?.speaker) return null;
  const start = c.speakerAt - base;
  return massIn(mass, "source", start, start + c.cue.speaker.length);
}

/** Records on each rules statement of `inParagraph` how much the model's contents cover it. */
export function noteRulesEvidence(
  evidence: Map<Candidate, Evidence>,
  inParagraph: readonly Candidate[],
  found: readonly ModelAttribution[],
  base: number,
  mass: ContentMass | null,
): void {
  for (const c of inParagraph) {
    let agreement = 0;
    let confidence: number | null = null;
    // The contents are in text order and apart: only those overlapping the statement can share it.
    const first = firstIndexWhere(found.length, (k) => base + found[k]!.content.end > c.start);
    for (let k = first; k < found.length && base + found[k]!.content.start < c.end; k++) {
      const { content, cue } = found[k]!;
      if (!cue) continue;
      const shared = Math.min(c.end, base + content.end) - Math.max(c.start, base + content.start);
      const share = shared / Math.max(1, c.end - c.start);
      if (share > agreement) {
        agreement = share;
        confidence = content.confidence;
      }
    }
    const probability = massIn(mass, "content", c.start - base, c.end - base) ?? 0;
    evidence.set(c, {
      origin: "rules",
      confidence,
      probability,
      speakerSource: speakerSourceIn(mass, c, base),
      agreement,
      cue: null,
      source: null,
    });
  }
}

/** What may stand between a direct quote's speaker phrase and the end of its cue: the verb, an
 * auxiliary or adverb before it, and after `told` its listener (`told reporters`). */
const CUE_TAIL =
  /^(?:(?:has|had|have|also|then|later|again)\s+)?([\p{L}’']+)(?:\s+[\p{L}.’']+){0,2}?$/u;

/**
 * Whether [start, end) of `text` begins right where the cue of one of the paragraph's direct
 * quotes ends, in `“…,” Cruz said at a town hall in Buffalo` or `“…,” said Cruz at …`: what
 * follows the cue tells where or how the quote was said, not something else that was.
 */
export function followsQuoteCue(text: string, start: number, index: CandidateIndex): boolean {
  const { cued } = index;
  // The quotes whose speaker ends within 40 characters before `start`.
  const first = firstIndexWhere(cued.length, (k) => cued[k]!.speakerEnd >= start - 40);
  for (let k = first; k < cued.length && cued[k]!.speakerEnd <= start; k++) {
    const { speakerEnd, quote: c } = cued[k]!;
    if (!c.cue) continue;
    const between = text
      .slice(speakerEnd, start)
      .replace(/[\s,]+$/, "")
      .trim();
    // `said Cruz`: the verb stands between the quote and its speaker, nothing after the speaker.
    if (between === "") {
      if (/\p{L}/u.test(text.slice(c.end, c.speakerAt))) return true;
      continue;
    }
    const tail = CUE_TAIL.exec(between.replace(/\s+/g, " ").toLowerCase());
    const verb = c.cue.verb.split(" ").at(-1);
    if (tail && tail[1] === verb && (verb === "told" || between.split(/\s+/).length <= 2)) {
      return true;
    }
  }
  return false;
}
