/**
 * The quote check on a generated test set: phrases taken verbatim from the seeds and the CNN/DailyMail
 * dev articles (../shared, when present) as real quotations, and the same phrases with a word changed,
 * a word inserted or fragments reordered around an ellipsis as fabricated ones, each in every quotation
 * style, inside summary prose, a bullet and a key point, on one line and across a line break. Reports
 * the share of fabricated quotations removed and of real ones kept (target: all and all), by style.
 * `npm run bench -- quote-check`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanArticle } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { checkQuotes } from "../src/summaries/quote-check.js";
import { buildQuoteCases, QUOTE_STYLES, quoteSurvived } from "../test/support/quote-cases.js";
import type { BenchSection } from "./types.js";

const DIRS = [
  fileURLToPath(new URL("../seeds/", import.meta.url)),
  // ../shared next to the checkout, or next to the worktrees' folder.
  fileURLToPath(new URL("../../shared/corpus/cnndm-dev/", import.meta.url)),
  fileURLToPath(new URL("../../../shared/corpus/cnndm-dev/", import.meta.url)),
];

function loadTexts(): string[] {
  return DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => {
        const raw = parseSeed(readFileSync(path.join(dir, f), "utf8"), f, f);
        return cleanArticle(raw, { origin: "seed", addedAt: 0 }).text;
      }),
  );
}

const pct = (n: number, d: number): string => (d === 0 ? "–" : `${((100 * n) / d).toFixed(2)} %`);

export async function run(): Promise<BenchSection> {
  const texts = loadTexts();
  const cases = buildQuoteCases(texts, 2);
  const rows = new Map<string, { real: number; kept: number; fake: number; removed: number }>();
  for (const style of QUOTE_STYLES) rows.set(style.name, { real: 0, kept: 0, fake: 0, removed: 0 });
  const began = performance.now();
  for (const c of cases) {
    const row = rows.get(c.style.name)!;
    const kept = quoteSurvived(checkQuotes(c.summary, c.article), c.placement);
    if (c.fabricated) {
      row.fake++;
      if (!kept) row.removed++;
    } else {
      row.real++;
      if (kept) row.kept++;
    }
  }
  const ms = performance.now() - began;
  const total = [...rows.values()].reduce(
    (a, r) => ({
      real: a.real + r.real,
      kept: a.kept + r.kept,
      fake: a.fake + r.fake,
      removed: a.removed + r.removed,
    }),
    { real: 0, kept: 0, fake: 0, removed: 0 },
  );
  const lines = [
    `${texts.length} articles, ${cases.length} cases (${total.fake} fabricated, ${total.real} real), checked in ${ms.toFixed(0)} ms. Target: every fabricated quotation removed, every real one kept.`,
    "",
    "| style | fabricated removed | real kept |",
    "| --- | ---: | ---: |",
    ...[...rows].map(
      ([name, r]) =>
        `| ${name.replace(/\|/g, "\\|")} | ${r.removed}/${r.fake} (${pct(r.removed, r.fake)}) | ${r.kept}/${r.real} (${pct(r.kept, r.real)}) |`,
    ),
    `| **all** | **${total.removed}/${total.fake} (${pct(total.removed, total.fake)})** | **${total.kept}/${total.real} (${pct(total.kept, total.real)})** |`,
  ];
  return {
    title: "Quote check: fabricated quotations removed, real ones kept",
    markdown: lines.join("\n"),
  };
}
