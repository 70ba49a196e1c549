import { buildArticle } from "../../src/articles/article.js";
import type { Article } from "../../src/articles/types.js";
import type { Summarizer, SummaryOptions } from "../../src/summaries/types.js";

/** A small corpus article for digest tests. */
export function makeArticle(
  id: string,
  addedAt: number,
  fields: { url?: string; title?: string; paragraphs?: string[]; date?: string } = {},
): Article {
  return buildArticle({
    id,
    date: fields.date ?? "2026-01-15",
    url: fields.url ?? `https://news.example.com/${id}`,
    title: fields.title ?? `Title of ${id}`,
    paragraphs: fields.paragraphs ?? [`Body of ${id}. It says little.`],
    rawWordCount: 6,
    origin: "seed",
    addedAt,
  });
}

/** A summarizer that answers at once and counts its calls per article (a real, cheap one). */
export function createCountingSummarizer(): Summarizer & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    async summarize(article: Article, options: SummaryOptions) {
      calls.set(article.id, (calls.get(article.id) ?? 0) + 1);
      return {
        text: `Summary (${options.length}) of ${article.title}.`,
        keyPoints: [],
        engine: "extractive",
        model: null,
        cached: false,
        usage: null,
        note: null,
      };
    },
  };
}

export interface PostedMessage {
  id: string;
  channelId: string;
  payload: unknown;
  nonce: string;
}

/**
 * An in-memory channel that behaves like Discord for digests: it dedupes on nonce (as
 * `enforce_nonce` does), and fails the next posts on demand.
 */
export function createMemoryPoster() {
  const posted: PostedMessage[] = [];
  const failures: Array<() => never> = [];
  let nextId = 1;
  let afterPost: ((message: PostedMessage) => void) | null = null;
  return {
    posted,
    inChannel: (channelId: string) => posted.filter((m) => m.channelId === channelId),
    failNext(fail: () => never) {
      failures.push(fail);
    },
    /** Runs after a message is accepted, before `post` returns (to simulate a crash there). */
    onPosted(hook: ((message: PostedMessage) => void) | null) {
      afterPost = hook;
    },
    async post(channelId: string, payload: unknown, nonce: string) {
      const fail = failures.shift();
      if (fail) fail();
      const existing = posted.find((m) => m.channelId === channelId && m.nonce === nonce);
      if (existing) return { messageId: existing.id };
      const message = { id: String(nextId++), channelId, payload, nonce };
      posted.push(message);
      afterPost?.(message);
      return { messageId: message.id };
    },
  };
}
