import { type Corpus, createCorpus, openSeedCorpus } from "../../src/articles/corpus.js";
import type { Article } from "../../src/articles/types.js";
import { openMemoryIndex } from "../../src/index/open-index.js";
import { type Logger, silentLogger } from "../../src/logger.js";

/** A corpus over a fresh in-memory index holding `articles` (each added as `corpus.add` does). */
export async function memoryCorpus(
  articles: readonly Article[] = [],
  logger: Logger = silentLogger,
): Promise<Corpus> {
  const corpus = createCorpus({ index: await openMemoryIndex(logger), logger });
  for (const article of articles) await corpus.add(article);
  return corpus;
}

/** The corpus of one seed folder over a fresh in-memory index (imported before it resolves). */
export async function folderCorpus(dir: string, logger: Logger = silentLogger): Promise<Corpus> {
  return openSeedCorpus({ index: await openMemoryIndex(logger), folders: [dir], logger });
}

/** Every article of a corpus, newest first, in one array (small test corpora only). */
export async function allArticles(corpus: Pick<Corpus, "newest">): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of corpus.newest()) articles.push(article);
  return articles;
}
