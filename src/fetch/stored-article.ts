import { z } from "zod";
import type { Article } from "../articles/types.js";

/**
 * The shape a fetched Article is stored in (page cache and fetched-article store): the Article
 * itself as plain JSON, `addedAt` in epoch ms. Everything read back is validated, because stores
 * outlive code versions and a Redis can be shared.
 */
const storedArticleSchema = z.object({
  id: z.string().regex(/^web-[0-9a-f]{16}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  url: z.string().regex(/^https?:\/\//),
  source: z.string().min(1),
  title: z.string(),
  paragraphs: z.array(z.string()).min(1),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  rawWordCount: z.number().int().nonnegative(),
  origin: z.literal("fetched"),
  addedAt: z.number().finite().nonnegative(),
  byline: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
});

/** The Article in `value`, or null when it is not a well-formed fetched Article. */
export function parseStoredArticle(value: unknown): Article | null {
  const result = storedArticleSchema.safeParse(value);
  if (!result.success) return null;
  const data = result.data;
  if (data.text !== data.paragraphs.join("\n\n")) return null;
  const article: Article = {
    id: data.id,
    date: data.date,
    url: data.url,
    source: data.source,
    title: data.title,
    paragraphs: data.paragraphs,
    text: data.text,
    wordCount: data.wordCount,
    rawWordCount: data.rawWordCount,
    origin: data.origin,
    addedAt: data.addedAt,
  };
  if (data.byline !== undefined) article.byline = data.byline;
  if (data.siteName !== undefined) article.siteName = data.siteName;
  return article;
}

/** The plain JSON stored for an article (a copy: nothing shared with the live object). */
export function toStoredArticle(article: Article): Record<string, unknown> {
  return JSON.parse(JSON.stringify(article)) as Record<string, unknown>;
}
