/**
 * `npm run bench`: runs every benchmark module in this folder, one after another in one process, and
 * writes docs/benchmarks.md. `npm run bench -- cleaning quotes` runs only the named modules (and
 * leaves the other sections of the file as they were). Node runs with `--expose-gc`: bench/quotes.ts
 * collects the garbage between its timed blocks, so that no block pays for another's.
 */
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { BenchSection } from "./types.js";

const MODULES = [
  "cli",
  "cleaning",
  "index",
  "index-copy",
  "quotes",
  "long-input",
  "eval-quotes",
  "summaries",
  "eval-summaries",
  "discord",
  "memory",
  "digests",
  "eval-extract",
  "quote-check",
  "llm-stream",
  "briefings",
  "ask",
  "jobs",
  "jobs-summarize",
  "jobs-digests",
  "http",
  "feeds",
] as const;

const docPath = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
const START = "<!-- section:";

function sectionBlock(name: string, section: BenchSection, command: string): string {
  return `${START}${name} -->\n## ${section.title}\n\nCommand: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version})\n\n${section.markdown.trim()}\n`;
}

async function readSections(): Promise<Map<string, string>> {
  const sections = new Map<string, string>();
  const text = await readFile(docPath, "utf8").catch(() => "");
  for (const part of text.split(START).slice(1)) {
    const name = part.slice(0, part.indexOf(" -->"));
    sections.set(name, START + part.trimEnd());
  }
  return sections;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(MODULES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown module(s) ${unknown.join(", ")}; known: ${MODULES.join(", ")}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const names = wanted.length > 0 ? MODULES.filter((m) => wanted.includes(m)) : [...MODULES];
  const fresh = new Map<string, string>();
  const command = wanted.length > 0 ? `npm run bench -- ${wanted.join(" ")}` : "npm run bench";
  let failed = 0;
  for (const name of names) {
    process.stderr.write(`bench: ${name}…\n`);
    try {
      const mod = (await import(`./${name}.js`)) as { run?: () => Promise<BenchSection> };
      if (typeof mod.run !== "function") throw new Error(`bench/${name}.ts exports no run()`);
      const section = await mod.run();
      fresh.set(name, sectionBlock(name, section, command));
      process.stdout.write(`\n## ${section.title}\n\n${section.markdown.trim()}\n`);
    } catch (error) {
      failed += 1;
      process.stderr.write(`bench: ${name} failed: ${(error as Error).stack ?? error}\n`);
    }
  }
  // Read the file only now, so that a run of other modules that finished meanwhile keeps its figures.
  const sections = await readSections();
  for (const [name, block] of fresh) sections.set(name, block.trimEnd());
  const ordered = MODULES.filter((m) => sections.has(m)).map((m) => sections.get(m));
  const header =
    "# Benchmarks\n\nWritten by `npm run bench` (bench/run.ts). Each section names the command that produced it; figures are compared with a baseline measured in the same run, because these machines are noisy. Targets come from the issues.\n\n";
  await writeFile(docPath, `${header}${ordered.join("\n\n")}\n`);
  process.stderr.write(`bench: wrote ${docPath}\n`);
  if (failed > 0) process.exitCode = 1;
}

await main();
