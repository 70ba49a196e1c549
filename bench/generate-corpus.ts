/**
 * Writes a synthetic seed corpus for benchmarks: deterministic pseudo-random recombinations of
 * sentences from the real seed and, when present, ../shared/corpus/cnndm-dev, with the noise the
 * cleaner handles (repeated lead, teaser block, lines broken mid-sentence, glued sentences). Every
 * file is valid; the load benchmark adds its own bad files.
 *
 * Alone: `node --import tsx bench/generate-corpus.ts <dir> [count] [seed]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanBody } from "../src/articles/clean.js";
import { parseSeed } from "../src/articles/parse.js";
import { splitSentences } from "../src/articles/sentences.js";
import { seededRandom } from "../src/random.js";

const SEED_FILE = new URL("../seeds/000_9575b9c55e492da0.txt", import.meta.url);
const CNNDM_DIR = new URL("../../shared/corpus/cnndm-dev/", import.meta.url);
const SOURCES = [
  "example-news.com",
  "www.daily-example.co.uk",
  "wire.example.org",
  "sputnikglobe.com",
];
const WRITE_BATCH = 512;

export interface GeneratedArticle {
  /** File name: `gen_000042.txt`. */
  name: string;
  /** Seed-format content: header line, then the body. */
  content: string;
}

let sentencePool: string[] | null = null;

/** Sentences of the real seed and the CNN/DailyMail sample, cleaned, in a fixed order. */
export function loadSentencePool(): string[] {
  if (sentencePool) return sentencePool;
  const bodies = [parseSeed(readFileSync(SEED_FILE), "seed", null).body];
  if (existsSync(CNNDM_DIR)) {
    for (const file of readdirSync(CNNDM_DIR).sort()) {
      if (!file.endsWith(".txt")) continue;
      bodies.push(parseSeed(readFileSync(new URL(file, CNNDM_DIR)), file, null).body);
    }
  }
  const pool: string[] = [];
  for (const body of bodies) {
    for (const paragraph of cleanBody(body)) {
      for (const span of splitSentences(paragraph)) {
        if (span.text.length >= 20 && span.text.length <= 600) pool.push(span.text);
      }
    }
  }
  sentencePool = pool;
  return pool;
}

function slugOf(sentence: string, id: number): string {
  const words = sentence.toLowerCase().match(/[a-z0-9]+/g) ?? ["story"];
  return `${words.slice(0, 7).join("-")}-${1_000_000_000 + id}`;
}

/**
 * Returns a function that builds article `index` of a corpus: the same seed and index always give
 * the same article.
 */
export function createArticleGenerator(options?: {
  seed?: number;
}): (index: number) => GeneratedArticle {
  const pool = loadSentencePool();
  const baseSeed = options?.seed ?? 1;
  return (index) => {
    const random = seededRandom(Math.imul(baseSeed, 0x9e3779b1) ^ index);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const count = 6 + Math.floor(random() * 25);
    const sentences = Array.from({ length: count }, () => pick(pool));
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; ) {
      const size = 1 + Math.floor(random() * 4);
      const parts = sentences.slice(i, i + size).map((sentence) => {
        // A line broken before a comma: `…on the peninsula` / `, the minister said.`
        if (random() < 0.08 && sentence.includes(", ")) return sentence.replace(", ", "\n, ");
        return sentence;
      });
      let paragraph = parts[0]!;
      for (const part of parts.slice(1)) {
        // Glued sentences: `on Tuesday.North Korea`.
        const glue = random() < 0.1 && /[a-z]\.$/.test(paragraph) && /^[A-Z][a-z]/.test(part);
        paragraph += glue ? part : ` ${part}`;
      }
      paragraphs.push(paragraph);
      i += size;
    }
    const lines = [paragraphs[0]!];
    if (random() < 0.5 && sentences.length > 4) {
      // A teaser block: a few later sentences, glued together, before the article proper.
      const from = 1 + Math.floor(random() * (sentences.length - 3));
      const glue = random() < 0.5;
      lines.push(
        sentences
          .slice(from, from + 3)
          .reduce(
            (block, next) =>
              block === "" ? next : `${block}${glue && /[a-z]\.$/.test(block) ? "" : " "}${next}`,
            "",
          ),
      );
    }
    if (random() < 0.5) lines.push(paragraphs[0]!); // the lead, repeated
    lines.push(...paragraphs.slice(1));
    const year = 2023 + Math.floor(random() * 2);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const url = `https://${pick(SOURCES)}/${year}${String(month).padStart(2, "0")}/${slugOf(sentences[0]!, index)}.html`;
    return {
      name: `gen_${String(index).padStart(6, "0")}.txt`,
      content: ` date ${date} ${url}\n${lines.join("\n")}\n`,
    };
  };
}

/**
 * Writes `count` seed-format files into `dir` (created if needed), in parallel batches.
 * Deterministic for a given `seed`.
 */
export async function generateCorpus(
  dir: string,
  count: number,
  options?: { seed?: number },
): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const generate = createArticleGenerator(options);
  let bytes = 0;
  for (let start = 0; start < count; start += WRITE_BATCH) {
    const writes: Promise<void>[] = [];
    for (let index = start; index < Math.min(count, start + WRITE_BATCH); index++) {
      const article = generate(index);
      bytes += Buffer.byteLength(article.content);
      writes.push(writeFile(path.join(dir, article.name), article.content));
    }
    await Promise.all(writes);
  }
  return { files: count, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count = "1000", seed = "1"] = process.argv.slice(2);
  if (dir === undefined) {
    console.error("usage: node --import tsx bench/generate-corpus.ts <dir> [count] [seed]");
    process.exit(1);
  }
  const started = performance.now();
  const result = await generateCorpus(path.resolve(dir), Number(count), { seed: Number(seed) });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `wrote ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s to ${path.resolve(dir)}`,
  );
}
