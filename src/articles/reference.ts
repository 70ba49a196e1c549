import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import { cleanArticle } from "./clean.js";
import type { Corpus } from "./corpus.js";
import { isSeedFileName } from "./corpus.js";
import { ArticleFormatError, MAX_ARTICLE_BYTES, parseSeed } from "./parse.js";
import type { Article } from "./types.js";

const HINT = "Try `newsdesk article list` or `newsdesk article search <words>`.";

/** Reads a whole stream into one buffer, refusing more than MAX_ARTICLE_BYTES. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    size += buffer.byteLength;
    if (size > MAX_ARTICLE_BYTES) {
      throw new UserError(
        `Standard input is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; an article must be smaller.`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

function parseOrExplain(
  content: Uint8Array,
  id: string,
  file: string | null,
  where: string,
  addedAt: number,
): Article {
  try {
    return cleanArticle(parseSeed(content, id, file), { origin: "seed", addedAt });
  } catch (error) {
    if (error instanceof ArticleFormatError) {
      throw new UserError(
        `${where} is not a seed article: ${error.reason}. The first line must read " date YYYY-MM-DD URL", followed by the text.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Resolves what a person typed to name an article: "-" (standard input, id "stdin"), an id or a URL
 * of a corpus article, or a path to a file in the seed format (parsed and cleaned; id = file stem).
 * @throws UserError saying what to do when nothing matches or the file is not a seed article.
 */
export async function readArticleRef(
  ref: string,
  corpus: Corpus,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Article> {
  const trimmed = ref.trim();
  if (trimmed === "") throw new UserError(`Name an article by id, URL or file path. ${HINT}`);
  if (trimmed === "-") {
    const content = await readStream(stdin);
    return parseOrExplain(content, "stdin", null, "Standard input", Date.now());
  }
  const found = await corpus.resolve(trimmed);
  if (found) return found;

  const file = path.resolve(trimmed);
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) {
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new UserError(
        `"${trimmed}" is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; an article must be smaller.`,
      );
    }
    const content = await readFile(file);
    const base = path.basename(file);
    const stem = isSeedFileName(base)
      ? base.slice(0, -".txt".length)
      : base.replace(/\.[^.]*$/, "") || base;
    return parseOrExplain(content, stem, file, `"${trimmed}"`, Math.floor(info.mtimeMs));
  }
  if (info?.isDirectory()) {
    throw new UserError(`"${trimmed}" is a folder; name one article file in it. ${HINT}`);
  }
  if (/^https?:\/\//i.test(trimmed)) {
    throw new UserError(`No article in the corpus has the URL "${trimmed}". ${HINT}`);
  }
  throw new UserError(`No article matches "${trimmed}". ${HINT}`);
}
