/**
 * PolNeAR training data for the attribution model: each article's paragraphs (as in the raw body after
 * the header line), featurized, with gold BIO tags from the content, source and cue spans of
 * `gold.jsonl`. Tokenized once and kept in memory for every fold and epoch.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { featurize } from "../src/quotes/model/features.js";
import type { Example } from "../src/quotes/model/perceptron.js";

export interface TrainingAttribution {
  file: string;
  content_start: number;
  content_end: number;
  source_start: number | null;
  source_end: number | null;
  cue_start: number | null;
  cue_end: number | null;
}

export interface TrainingArticle {
  file: string;
  examples: Example[];
}

/** `[start, end)` of each non-empty line-separated paragraph of `body`. */
function paragraphRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** B-/I- tags (1/2 content, 3/4 source, 5/6 cue); later kinds overwrite earlier ones. */
function goldTags(
  tokens: readonly { start: number; end: number }[],
  offset: number,
  spans: readonly { kind: number; start: number; end: number; id: number }[],
): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const owner = new Int32Array(tokens.length).fill(-1);
  for (const span of spans) {
    for (let i = 0; i < tokens.length; i++) {
      const at = tokens[i]!.start + offset;
      if (at < span.start || at >= span.end) continue;
      tags[i] = span.kind;
      owner[i] = span.id;
    }
  }
  // B- where a span starts: its first token, or a token whose owner differs from its predecessor's.
  const kinds = tags.slice();
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] === 0) continue;
    const first = i === 0 || owner[i - 1] !== owner[i] || kinds[i - 1] !== kinds[i];
    if (!first) tags[i] = kinds[i]! + 1;
  }
  return tags;
}

/** Reads and featurizes every article of `dir` (PolNeAR train layout). */
export function loadTrainingArticles(dir: string, bits: number): TrainingArticle[] {
  const byFile = new Map<string, TrainingAttribution[]>();
  for (const line of readFileSync(path.join(dir, "gold.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as TrainingAttribution;
    byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  }
  const files = readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((file) => {
    const content = readFileSync(path.join(dir, "articles", file), "utf8");
    const body = content.slice(content.indexOf("\n") + 1);
    const spans: { kind: number; start: number; end: number; id: number }[] = [];
    let id = 0;
    const gold = byFile.get(file) ?? [];
    for (const g of gold)
      spans.push({ kind: 1, start: g.content_start, end: g.content_end, id: id++ });
    for (const g of gold) {
      if (g.source_start !== null && g.source_end !== null) {
        spans.push({ kind: 3, start: g.source_start, end: g.source_end, id: id++ });
      }
    }
    for (const g of gold) {
      if (g.cue_start !== null && g.cue_end !== null) {
        spans.push({ kind: 5, start: g.cue_start, end: g.cue_end, id: id++ });
      }
    }
    const examples = paragraphRanges(body).map(([start, end]) => {
      const { tokens, features } = featurize(body.slice(start, end), bits);
      const local = spans.filter((s) => s.end > start && s.start < end);
      return { features, tags: goldTags(tokens, start, local) };
    });
    return { file, examples };
  });
}
