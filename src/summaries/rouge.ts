/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin, 2004), as the CNN/DailyMail literature reports them.
 * Tokenization: lower-case, every run of ASCII letters and digits is a token, everything else
 * separates (rouge-score's default tokenizer). No stop-word removal; with `{ stem: true }` every
 * token longer than three characters is reduced to its Porter stem (src/summaries/porter.ts), as
 * rouge-score's `use_stemmer=True` and the published figures do. ROUGE-L is the
 * longest common subsequence over the whole token sequence (rouge-score's `rougeL`); `scoreRougeLsum`
 * is the summary-level variant (union LCS per reference sentence, rouge-score's `rougeLsum`), the
 * ROUGE-L that CNN/DailyMail papers report.
 */
import { stemPorter } from "./porter.js";

export interface RougeOptions {
  /** Porter-stem tokens longer than three characters (rouge-score's `use_stemmer`). */
  stem?: boolean;
}

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export function tokenizeForRouge(text: string, options: RougeOptions = {}): string[] {
  const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return options.stem ? tokens.map((t) => (t.length > 3 ? stemPorter(t) : t)) : tokens;
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function scoreFrom(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function scoreNgrams(candidate: readonly string[], reference: readonly string[], n: number) {
  const cand = countNgrams(candidate, n);
  const ref = countNgrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return scoreFrom(overlap, total(cand), total(ref));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The positions in `reference` of one LCS between it and `candidate`. */
function lcsPositions(candidate: readonly string[], reference: readonly string[]): number[] {
  const rows = candidate.length + 1;
  const cols = reference.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        candidate[i - 1] === reference[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const positions: number[] = [];
  let i = candidate.length;
  let j = reference.length;
  while (i > 0 && j > 0) {
    if (candidate[i - 1] === reference[j - 1]) {
      positions.push(j - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
  return positions;
}

/** Summary-level ROUGE-L (ROUGE-Lsum): union LCS of each reference sentence with every candidate sentence. */
export function scoreRougeLsum(
  candidateSentences: readonly string[],
  referenceSentences: readonly string[],
  options: RougeOptions = {},
): RougeScore {
  const candidates = candidateSentences.map((s) => tokenizeForRouge(s, options));
  const references = referenceSentences.map((s) => tokenizeForRouge(s, options));
  // As rouge-score does: a token counts as a hit only while both sides still have it unused.
  const tally = (lists: string[][]) => {
    const counts = new Map<string, number>();
    for (const token of lists.flat()) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const candidateLeft = tally(candidates);
  const referenceLeft = tally(references);
  let hits = 0;
  for (const reference of references) {
    const union = new Set<number>();
    for (const candidate of candidates) {
      for (const position of lcsPositions(candidate, reference)) union.add(position);
    }
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = reference[position]!;
      if ((candidateLeft.get(token) ?? 0) > 0 && (referenceLeft.get(token) ?? 0) > 0) {
        hits++;
        candidateLeft.set(token, candidateLeft.get(token)! - 1);
        referenceLeft.set(token, referenceLeft.get(token)! - 1);
      }
    }
  }
  const total = (lists: string[][]) => lists.reduce((sum, list) => sum + list.length, 0);
  return scoreFrom(hits, total(candidates), total(references));
}

/** Scores a candidate summary against one reference. */
export function scoreRouge(
  candidate: string,
  reference: string,
  options: RougeOptions = {},
): RougeScores {
  const cand = tokenizeForRouge(candidate, options);
  const ref = tokenizeForRouge(reference, options);
  return {
    rouge1: scoreNgrams(cand, ref, 1),
    rouge2: scoreNgrams(cand, ref, 2),
    rougeL: scoreFrom(lcsLength(cand, ref), cand.length, ref.length),
  };
}

/** Mean F1 (×100) of ROUGE-1/2/L over pairs, the figures papers report. */
export function averageRouge(scores: readonly RougeScores[]): {
  r1: number;
  r2: number;
  rl: number;
} {
  const mean = (pick: (s: RougeScores) => number) =>
    scores.length === 0 ? 0 : (100 * scores.reduce((sum, s) => sum + pick(s), 0)) / scores.length;
  return {
    r1: mean((s) => s.rouge1.f1),
    r2: mean((s) => s.rouge2.f1),
    rl: mean((s) => s.rougeL.f1),
  };
}
