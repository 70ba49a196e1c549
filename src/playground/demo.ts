import { existsSync } from "node:fs";
import path from "node:path";
import { type Corpus, openSeedCorpus } from "../articles/corpus.js";
import { openMemoryIndex } from "../index/open-index.js";
import type { Logger } from "../logger.js";

/**
 * Adds the articles of `dir` (the demo newsroom) to a running corpus, skipping any whose id or URL
 * the corpus already has (a seed wins over a demo article). Only the playground calls this: a bot
 * with a real token must never post made-up news. Returns how many articles were added (0, with a
 * warning, when the folder is missing).
 */
export async function addDemoArticles(
  corpus: Corpus,
  dir: string,
  logger: Logger,
): Promise<number> {
  if (!existsSync(dir)) {
    logger.warn(
      { dir: path.resolve(dir) },
      "no demo newsroom folder: the playground shows the seeds only",
    );
    return 0;
  }
  const demo = await openSeedCorpus({
    index: await openMemoryIndex(logger),
    folders: [dir],
    logger,
  });
  let added = 0;
  try {
    for await (const article of demo.newest()) {
      if ((await corpus.get(article.id)) || (await corpus.getByUrl(article.url))) continue;
      await corpus.add(article);
      added++;
    }
  } finally {
    await demo.close();
  }
  logger.info({ dir: path.resolve(dir), added }, "loaded the demo newsroom");
  return added;
}
