import path from "node:path";
import { type Corpus, openSeedCorpus } from "../articles/corpus.js";
import type { Logger } from "../logger.js";
import { warnIfNotCopied } from "./copy-check.js";
import { describeLocation, indexLocation, openArticleIndex } from "./open-index.js";

export interface CorpusSettings {
  DATABASE_URL?: string | undefined;
  KEYV_URL?: string | undefined;
  DATA_DIR: string;
  SEEDS_DIR: string;
  ARTICLE_CACHE_MB: number;
}

/**
 * Opens the corpus of `folders` (default: SEEDS_DIR) over the configured index: the bot imports in
 * the background and watches; one-shot commands reconcile first. Closing the corpus closes the
 * index.
 */
export async function openConfiguredCorpus(
  config: CorpusSettings,
  options: {
    logger: Logger;
    folders?: readonly string[] | undefined;
    watch?: boolean;
    importMode?: "wait" | "background" | "auto" | "quick";
  },
): Promise<Corpus> {
  const folders = (options.folders ?? [config.SEEDS_DIR]).map((folder) => path.resolve(folder));
  const location = indexLocation(config, folders);
  const index = await openArticleIndex(location, { logger: options.logger });
  options.logger.debug({ index: describeLocation(location) }, "opened the article index");
  // The bot on PostgreSQL: say so if the SQLite file used before still holds feed items.
  if (options.watch && location.kind === "postgres") {
    void warnIfNotCopied({ index, dataDir: config.DATA_DIR, folders, logger: options.logger });
  }
  try {
    return await openSeedCorpus({
      index,
      folders,
      logger: options.logger,
      watch: options.watch ?? false,
      importMode: options.importMode ?? "wait",
      cacheBytes: config.ARTICLE_CACHE_MB * 1024 * 1024,
    });
  } catch (error) {
    await index.close();
    throw error;
  }
}
