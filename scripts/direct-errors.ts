/**
 * Direct-quote errors on PolNeAR **train** (never dev), scored by bench/eval-quotes.ts's own rules:
 * prints the direct and all-attribution figures, a count of the errors per class and, with `--list`,
 * every false positive and miss in its context (the quote or gold between ⟦ ⟧, quotation marks kept).
 *
 *   node --import tsx scripts/direct-errors.ts [--engine rules|combined] [--list [CLASS]]
 *     [--dir PATH] [--files N]
 *
 * The classes are a first sorting by shape, to be read, not a verdict:
 * - miss `split`: the gold content spans two or more of our direct quotes (“A,” he said, “B.”);
 *   `partial`: one of ours covers less than half of it; `no-marks`: none of ours overlaps it and
 *   it holds no quotation mark, nor does the text right around it (PolNeAR's direct label on
 *   unquoted text); `single`, `nyt`: none of ours, around ‘…’ or ''…'' marks; none of ours around
 *   double marks: `mixed-marks` (straight and curly: `"…”`), `short` (one or two words), `title`
 *   (title case), `other`.
 * - false positive `short`: one or two words (scare quotes, titles, nicknames); `title`: title case;
 *   `indirect-gold`: inside a gold content PolNeAR labels indirect without quotation marks;
 *   `part-of-gold`: overlaps a quoted gold content, but less than half of ours lies in it;
 *   `unannotated`: no gold content overlaps it.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type DirectError, evaluateQuotes } from "../bench/eval-quotes.js";
import { sharedPath } from "../bench/shared.js";
import { extractQuotes } from "../src/quotes/extract.js";
import { countWords } from "../src/quotes/layout.js";
import type { QuoteEngine } from "../src/quotes/types.js";

const DEFAULT_DIR = sharedPath("eval/polnear-train/");

const MARKS = /[“”"«»]|''|(?:^|[\s(])‘|’(?=$|[\s,.;:!?)])/u;

/** The class of one direct error (see the header). */
export function classifyDirectError(error: DirectError): string {
  const [start, end] = error.span;
  const inside = error.body.slice(start, end);
  const around = error.body.slice(Math.max(0, start - 2), Math.min(error.body.length, end + 2));
  if (error.type === "fn") {
    if (error.overlapping.length >= 2) return "split";
    if (error.overlapping.length === 1) return "partial";
    if (/''/.test(around)) return "nyt";
    if (/[“”"«»]/.test(around)) {
      if (/"/.test(around) && /[“”]/.test(around)) return "mixed-marks";
      if (countWords(inside) <= 2) return "short";
      if (isTitleLike(inside)) return "title";
      return "other";
    }
    if (MARKS.test(around)) return "single";
    return "no-marks";
  }
  const text = error.quote?.text ?? inside;
  if (countWords(text) <= 2) return "short";
  if (isTitleLike(text)) return "title";
  if (error.correctForAll) return "indirect-gold";
  if (error.gold !== null) return "part-of-gold";
  return "unannotated";
}

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length <= 8 &&
    words.every(
      (w, i) =>
        /^[\p{Lu}\d“"‘]/u.test(w) ||
        (i > 0 && /^(?:of|the|a|an|and|or|in|on|for|to|with|at|by)$/.test(w)),
    )
  );
}

/** The error in its context: up to `width` characters each side, the span between ⟦ ⟧. */
export function showDirectError(error: DirectError, width = 160): string {
  const [start, end] = error.span;
  const from = Math.max(0, start - width);
  const to = Math.min(error.body.length, end + width);
  const line = (s: string) => s.replace(/\n+/g, " ¶ ");
  let shown = `${line(error.body.slice(from, start))}⟦${line(error.body.slice(start, end))}⟧${line(error.body.slice(end, to))}`;
  if (error.type === "fn") {
    for (const [s, e] of error.overlapping) shown += `\n    ours: ${line(error.body.slice(s, e))}`;
  } else if (error.gold) {
    shown += `\n    gold (${error.gold.kind}): ${line(error.gold.content.slice(0, 200))}`;
  }
  return shown;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: "string", default: "rules" },
      list: { type: "string" },
      dir: { type: "string", default: DEFAULT_DIR },
      files: { type: "string" },
    },
    allowPositionals: false,
  });
  const engine = values.engine as QuoteEngine;
  if (engine !== "rules" && engine !== "combined") throw new Error(`unknown engine ${engine}`);
  const errors: DirectError[] = [];
  const evaluation = await evaluateQuotes({
    dir: values.dir,
    baseline: false,
    extractor: (article) => extractQuotes(article, { engine }),
    directErrors: (error) => errors.push(error),
    ...(values.files ? { files: firstFiles(values.dir, Number(values.files)) } : {}),
  });
  const { direct, all } = evaluation.ours;
  console.log(
    `${engine} engine, ${evaluation.articles} articles of ${values.dir}\n` +
      `direct P ${percent(direct.precision)} R ${percent(direct.recall)} F1 ${percent(direct.f1)} ` +
      `(predicted ${direct.predicted}, gold ${direct.gold})\n` +
      `all    P ${percent(all.precision)} R ${percent(all.recall)} F1 ${percent(all.f1)} ` +
      `(predicted ${all.predicted}, gold ${all.gold}); speaker named ` +
      `${evaluation.ours.speakers ? percent(evaluation.ours.speakers.named.accuracy) : "-"}`,
  );
  const byClass = new Map<string, DirectError[]>();
  for (const error of errors) {
    const key = `${error.type} ${classifyDirectError(error)}`;
    byClass.set(key, [...(byClass.get(key) ?? []), error]);
  }
  for (const [key, list] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(list.length).padStart(5)}  ${key}`);
  }
  if (values.list === undefined) return;
  for (const [key, list] of byClass) {
    if (values.list !== "" && values.list !== "all" && !key.endsWith(` ${values.list}`)) continue;
    for (const error of list) console.log(`\n[${key}] ${error.file}\n  ${showDirectError(error)}`);
  }
}

function firstFiles(dir: string, n: number): string[] {
  return readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, n);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
