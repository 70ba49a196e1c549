/**
 * One process's quote extraction speed, for bench/quotes.ts's comparison of V8's regexp tier-up
 * (src/native-regexps.ts): the bench runs this script with node's `--no-regexp-tier-up` and without
 * it, in turns. One pass of each engine over the bench articles warms it up, then `passes` passes
 * of each are timed in this process's CPU time. Prints `{ rules, combined }` in MB per CPU second.
 */

import { extractQuotes } from "../src/quotes/extract.js";
import { loadArticles } from "./quotes.js";

const passes = Number(process.argv[2] ?? 4);
const articles = loadArticles();
const mb = articles.reduce((sum, a) => sum + a.text.length, 0) / 1e6;

function mbPerCpuSecond(engine: "rules" | "combined"): number {
  for (const a of articles) extractQuotes(a, { engine });
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) for (const a of articles) extractQuotes(a, { engine });
  const used = process.cpuUsage(start);
  return (mb * passes) / ((used.user + used.system) / 1e6);
}

const rules = mbPerCpuSecond("rules");
const combined = mbPerCpuSecond("combined");
console.log(JSON.stringify({ rules, combined }));
