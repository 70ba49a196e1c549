/**
 * ROUGE of the extractive engine against Lead-3 on the CNN/DailyMail dev set in ../shared
 * (`npm run eval:summaries`). Both read the same cleaned articles, are split by the same sentence
 * splitter and scored by the same ROUGE code (src/summaries/rouge.ts: lower-case alphanumeric tokens,
 * no stemming; ROUGE-L over the whole token sequence). The engine runs at `medium` length, three
 * sentences, Lead-3's budget.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { splitSentences } from "../src/articles/sentences.js";
import type { Article } from "../src/articles/types.js";
import { summarizeExtractively } from "../src/summaries/extractive.js";
import { averageRouge, scoreRouge, scoreRougeLsum } from "../src/summaries/rouge.js";
import type { BenchSection } from "./types.js";

export const CNNDM_DIR = fileURLToPath(new URL("../../shared/corpus/cnndm-dev/", import.meta.url));
export const CNNDM_REFS = fileURLToPath(
  new URL("../../shared/eval/cnndm-dev.refs.jsonl", import.meta.url),
);

export interface EvalDocument {
  article: Article;
  reference: string;
}

/** The dev set, cleaned as the bot cleans seeds; empty when ../shared is absent. */
export function loadCnnDmDev(): EvalDocument[] {
  if (!existsSync(CNNDM_REFS)) return [];
  return readFileSync(CNNDM_REFS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const { file, reference } = JSON.parse(line) as { file: string; reference: string };
      const raw = parseSeed(readFileSync(`${CNNDM_DIR}${file}`), file.replace(/\.txt$/, ""), file);
      return { article: cleanArticle(raw, { origin: "seed", addedAt: 0 }), reference };
    });
}

/** The first three sentences of the cleaned text. */
export function lead3(article: Article): string {
  return article.paragraphs
    .flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
    .slice(0, 3)
    .join(" ");
}

export interface Figures {
  r1: number;
  r2: number;
  rl: number;
  /** Summary-level ROUGE-L (ROUGE-Lsum), the R-L that papers report. */
  rlsum: number;
}

export interface RougeFigures {
  documents: number;
  ours: Figures;
  lead3: Figures;
}

/** The reference highlights are tokenized text whose sentences end with " . ". */
function referenceSentences(reference: string): string[] {
  return reference.split(/\s+\.(?:\s+|$)/).filter((s) => s.trim());
}

const sentencesOfText = (text: string) => splitSentences(text).map((s) => s.text);

function score(candidate: string, reference: string) {
  return {
    scores: scoreRouge(candidate, reference),
    lsum: scoreRougeLsum(sentencesOfText(candidate), referenceSentences(reference)).f1,
  };
}

function average(results: ReturnType<typeof score>[]): Figures {
  const mean = averageRouge(results.map((r) => r.scores));
  const lsum = (100 * results.reduce((sum, r) => sum + r.lsum, 0)) / Math.max(1, results.length);
  return { ...mean, rlsum: lsum };
}

export function evaluateSummaries(documents: readonly EvalDocument[]): RougeFigures {
  const ours: ReturnType<typeof score>[] = [];
  const baseline: ReturnType<typeof score>[] = [];
  for (const { article, reference } of documents) {
    const summary = summarizeExtractively(article, { length: "medium", format: "paragraph" });
    ours.push(score([summary.text, ...summary.keyPoints].join(" "), reference));
    baseline.push(score(lead3(article), reference));
  }
  return { documents: documents.length, ours: average(ours), lead3: average(baseline) };
}

const f = (n: number) => n.toFixed(2);

export async function run(): Promise<BenchSection> {
  const title = "Summaries: ROUGE on CNN/DailyMail dev";
  const documents = loadCnnDmDev();
  if (documents.length === 0) {
    return { title, markdown: `Skipped: ${CNNDM_REFS} is absent (it lives in ../shared).\n` };
  }
  const { ours, lead3: base } = evaluateSummaries(documents);
  const row = (name: string, s: Figures) =>
    `| ${name} | ${f(s.r1)} | ${f(s.r2)} | ${f(s.rl)} | ${f(s.rlsum)} |`;
  const markdown = [
    `${documents.length} articles of \`../shared/corpus/cnndm-dev\`, cleaned, against their reference highlights. ROUGE F1 ×100, same code and same run for both rows (lower-case alphanumeric tokens, no stemming). ROUGE-L is the LCS over the whole summary (rouge-score's \`rougeL\`); ROUGE-Lsum is the summary-level union LCS over sentences (\`rougeLsum\`), the R-L that published CNN/DM figures (Lead-3 40.4/17.6/36.7) use. Published figures use Porter stemming and the full test set, so they differ from these.`,
    "",
    "| summary (3 sentences) | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |",
    "|---|---|---|---|---|",
    row("extractive engine (position + LexRank + MMR), `medium`", ours),
    row("Lead-3 (baseline)", base),
    `| ratio ours / Lead-3 | ${f(ours.r1 / base.r1)} | ${f(ours.r2 / base.r2)} | ${f(ours.rl / base.rl)} | ${f(ours.rlsum / base.rlsum)} |`,
    "",
    `Target: at or above Lead-3 in ROUGE-1 and ROUGE-2 — ${ours.r1 >= base.r1 && ours.r2 >= base.r2 ? "met" : "not met"}. Weights were tuned on this dev set (there is no held-out split), so these are optimistic figures.`,
    "",
  ].join("\n");
  return { title, markdown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void run().then((section) => {
    process.stdout.write(`## ${section.title}\n\n${section.markdown}`);
  });
}
