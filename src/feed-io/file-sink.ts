import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { buildArticle } from "../articles/article.js";
import { cleanBody } from "../articles/clean.js";
import { parseSeed } from "../articles/parse.js";
import type { Article } from "../articles/types.js";
import type { FeedArticleSink } from "../feeds/ports.js";
import type { Logger } from "../logger.js";

/**
 * Feed articles as files until the article index takes them: `<id>.txt` in the seed format
 * (` date YYYY-MM-DD URL`, then the cleaned paragraphs) that `loadCorpus` reads like any seed, and
 * `<id>.json` beside it with what the seed format cannot say (title, feed, the servers it belongs
 * to). Each file is written to a dot-named temporary file first and renamed into place, so a reader
 * never sees half a file.
 */
export interface FileFeedSink extends FeedArticleSink {
  readonly dir: string;
  /** Every stored feed article with its metadata; unreadable pairs are skipped and logged. */
  loadAll(): Promise<Article[]>;
}

const metaSchema = z.object({
  id: z.string().regex(/^feed-[0-9a-f]{16}$/),
  title: z.string(),
  feedId: z.string(),
  guildIds: z.array(z.string()),
  addedAt: z.number(),
  rawWordCount: z.number().int().nonnegative(),
  byline: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
});

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  await writeFile(temporary, content, "utf8");
  await rename(temporary, file);
}

export function createFileFeedSink(
  dir: string,
  options: { logger: Logger; onPut?: (article: Article) => void },
): FileFeedSink {
  let ready: Promise<unknown> | null = null;
  return {
    dir,
    async put(article, meta) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const record: z.infer<typeof metaSchema> = {
        id: article.id,
        title: article.title,
        feedId: meta.feedId,
        guildIds: meta.guildIds,
        addedAt: article.addedAt,
        rawWordCount: article.rawWordCount,
        byline: article.byline ?? null,
        siteName: article.siteName ?? null,
      };
      // Metadata first: a text file is never on disk without what says where it came from.
      await writeAtomically(path.join(dir, `${article.id}.json`), `${JSON.stringify(record)}\n`);
      await writeAtomically(
        path.join(dir, `${article.id}.txt`),
        ` date ${article.date} ${article.url}\n${article.paragraphs.join("\n\n")}\n`,
      );
      options.onPut?.(article);
    },
    async loadAll() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const articles: Article[] = [];
      for (const name of names) {
        if (!name.endsWith(".txt") || name.startsWith(".")) continue;
        const id = name.slice(0, -4);
        try {
          const meta = metaSchema.parse(
            JSON.parse(await readFile(path.join(dir, `${id}.json`), "utf8")),
          );
          const raw = parseSeed(await readFile(path.join(dir, name)), id, path.join(dir, name));
          const article = buildArticle({
            id,
            date: raw.date,
            url: raw.url,
            title: meta.title,
            paragraphs: cleanBody(raw.body),
            rawWordCount: meta.rawWordCount,
            origin: "feed",
            addedAt: meta.addedAt,
            byline: meta.byline,
            siteName: meta.siteName,
          });
          article.feedId = meta.feedId;
          articles.push(article);
        } catch (error) {
          options.logger.warn(
            { file: path.join(dir, name), reason: (error as Error).message },
            "skipped feed article file",
          );
        }
      }
      return articles.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
    },
  };
}
