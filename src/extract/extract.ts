import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { UserError } from "../errors.js";
import { collectBlocks } from "./blocks.js";
import { toPublishedDate } from "./dates.js";
import { cleanByline, readPageMetadata } from "./metadata.js";

/** What a page yields before cleaning: the article's blocks of text and its metadata. */
export interface ExtractedPage {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** The publication time as the page writes it, or null. */
  publishedTime: string | null;
  /** YYYY-MM-DD from `publishedTime`, or null when the page gives no usable date. */
  publishedDate: string | null;
  /** The article text, one block element per paragraph, never empty. */
  blocks: string[];
  /** `blocks` joined by a blank line: what the cleaner takes. */
  body: string;
  /** The article text before our post-processing (Readability's `textContent`), for word counts. */
  rawText: string;
  /**
   * `body` cleaned (src/articles/clean.ts `cleanBody`), when the reader cleaned it already: a work
   * thread does (src/work/tasks.ts), so that cleaning a large page costs the thread's time too.
   */
  paragraphs?: string[];
}

/**
 * Fewer letters and digits than this after extraction is a page without an article (an index, a
 * login wall). Counted in characters, not words, so Chinese and Japanese pages are measured fairly.
 */
export const MIN_ARTICLE_CHARS = 100;

/** Documents larger than this many elements are refused rather than parsed for minutes. */
const MAX_ELEMENTS = 50_000;

/**
 * Documents whose elements nest deeper than this are refused too. Readability reads the text of
 * every candidate container, so its time grows with the page's size times its depth: 2 MB of
 * paragraphs inside 1,800 nested `<div>`s took 74 s of the event loop. The deepest of the 181
 * real news pages of the article-extraction benchmark (../shared/eval) nests 51 deep, the median 17.
 */
export const MAX_DEPTH = 128;

/** Whether any element of `root` nests deeper than `limit` (an explicit stack: no recursion). */
function nestsDeeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

function tooBrokenError(cause?: unknown): UserError {
  return new UserError("That page is too large or too broken to read.", {
    ...(cause === undefined ? {} : { cause }),
    i18n: { key: "extract.tooBroken" },
  });
}

export function noArticleError(): UserError {
  return new UserError("No article found on that page.", { i18n: { key: "extract.noArticle" } });
}

/** A page whose reading ran over the time the bot gives it (src/work/threads.ts). */
export function pageTooSlowError(): UserError {
  return new UserError("That page took too long to read.", { i18n: { key: "extract.tooSlow" } });
}

function hasArticleText(blocks: readonly string[]): boolean {
  let letters = 0;
  for (const block of blocks) letters += block.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return letters >= MIN_ARTICLE_CHARS;
}

function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}

/**
 * Extracts the article from an HTML page with Mozilla Readability over linkedom, then splits it
 * into block-level paragraphs and drops page furniture. Metadata comes from the page's JSON-LD,
 * Open Graph and meta tags first, Readability's guesses second. Pure: no I/O.
 * Throws UserError "No article found on that page." when there is no article to extract.
 */
export function extractArticle(html: string, url: string): ExtractedPage {
  const document = parseDocument(html);
  if (document.documentElement && nestsDeeperThan(document.documentElement, MAX_DEPTH)) {
    throw tooBrokenError();
  }
  const metadata = readPageMetadata(document);
  let result: ReturnType<Readability<Node>["parse"]>;
  try {
    result = new Readability<Node>(document, {
      serializer: (node) => node,
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch (error) {
    throw tooBrokenError(error);
  }
  const content = result?.content;
  if (!result || !content) throw noArticleError();
  const blocks = collectBlocks(content as Element);
  const title = metadata.title ?? (result.title?.trim() || null);
  const withoutTitle = dropLeadingTitle(blocks, title);
  if (!hasArticleText(withoutTitle)) throw noArticleError();
  const publishedTime = metadata.publishedTime ?? result.publishedTime ?? null;
  return {
    title: title ?? titleFromUrl(url),
    byline: metadata.byline ?? cleanByline(result.byline),
    siteName: metadata.siteName ?? (result.siteName?.trim() || null),
    publishedTime,
    publishedDate: toPublishedDate(publishedTime),
    blocks: withoutTitle,
    body: withoutTitle.join("\n\n"),
    rawText: result.textContent ?? "",
  };
}

/**
 * Reads a fetched page, HTML or plain text, somewhere: inline by default (`extractPage`), on a work
 * thread in the bot (src/work/threads.ts), since Readability on a large page takes seconds.
 */
export type PageExtractor = (
  text: string,
  url: string,
  kind: "html" | "text",
) => Promise<ExtractedPage>;

export const extractPage: PageExtractor = async (text, url, kind) =>
  kind === "html" ? extractArticle(text, url) : extractPlainText(text, url);

/**
 * A text/plain page: the first non-empty line is the title, the rest (or everything, when there
 * is nothing else) the body, paragraphs at blank lines.
 */
export function extractPlainText(text: string, url: string): ExtractedPage {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const firstIndex = lines.findIndex((line) => line.trim() !== "");
  if (firstIndex === -1) throw noArticleError();
  const title = lines[firstIndex]!.trim().slice(0, 200);
  const rest = lines.slice(firstIndex + 1).join("\n");
  const bodyText = rest.trim() === "" ? text : rest;
  const blocks = bodyText
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block !== "");
  if (!hasArticleText(blocks)) throw noArticleError();
  return {
    title: title || titleFromUrl(url),
    byline: null,
    siteName: null,
    publishedTime: null,
    publishedDate: null,
    blocks,
    body: blocks.join("\n\n"),
    rawText: text,
  };
}

/** Readability often keeps the headline as the first block; the title is kept apart. */
function dropLeadingTitle(blocks: string[], title: string | null): string[] {
  if (!title || blocks.length === 0) return blocks;
  const normalize = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return normalize(blocks[0]!) === normalize(title) ? blocks.slice(1) : blocks;
}

function titleFromUrl(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const slug = pathname.split("/").filter(Boolean).pop();
    return slug
      ? decodeURIComponent(slug)
          .replace(/[-_]+/g, " ")
          .replace(/\.\w+$/, "")
      : hostname;
  } catch {
    return url;
  }
}
