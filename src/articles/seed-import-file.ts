import path from "node:path";
import type { Logger } from "../logger.js";
import { CLEANER_VERSION, cleanArticle } from "./clean.js";
import type { ArticleIndex, IndexedArticle, SeedFileRecord } from "./index-port.js";
import { isArticleFormatError, parseSeed } from "./parse.js";
import type { SeedBatchWriter } from "./seed-batch.js";
import { DUPLICATE, sameIdHolders } from "./seed-duplicates.js";
import { type SeedRead, seedIdOf } from "./seed-files.js";
import type { ImportReport } from "./seed-report.js";
import { normalizeUrl } from "./url.js";

export interface SeedFileImport {
  index: ArticleIndex;
  logger: Logger;
  allRoots: readonly string[];
  report: ImportReport;
  writer: SeedBatchWriter;
}

/**
 * Parses and cleans a new or changed file and adds its article to the batch, unless another file
 * holds its id (same file name in an earlier folder) or its URL (an earlier path): then it is
 * skipped, or the other file gives way.
 */
export async function importSeedFile(
  context: SeedFileImport,
  file: string,
  name: string,
  read: Extract<SeedRead, { kind: "ok" }>,
  known: SeedFileRecord | undefined,
): Promise<void> {
  const { index, logger, allRoots, report, writer } = context;
  const { batch, freed } = writer;
  let entry: IndexedArticle;
  let urlKey: string;
  try {
    const raw = parseSeed(read.bytes, seedIdOf(name), file);
    urlKey = normalizeUrl(raw.url);
    const article = cleanArticle(raw, { origin: "seed", addedAt: Math.floor(read.mtimeMs) });
    entry = { article, contentHash: read.hash, cleanerVersion: CLEANER_VERSION, file };
  } catch (error) {
    const reason = isArticleFormatError(error) ? error.reason : String(error);
    await writer.skip(file, reason, known, read);
    return;
  }
  // Two folders with the same file name give one id: the file of the first folder is kept.
  const ids = await sameIdHolders(index, entry.article.id, file, allRoots);
  if (ids.kept !== undefined) {
    await writer.skip(file, ids.kept, known && { ...known, articleId: null }, read);
    return;
  }
  for (const { loser, reason } of ids.losers) {
    logger.warn({ file: loser.path, reason }, "skipped article file");
    batch.records.push({ ...loser, articleId: null, problem: reason });
    if (loser.urlKey) freed.add(loser.urlKey);
  }
  if (known?.urlKey && known.urlKey !== urlKey) freed.add(known.urlKey);
  // Of two files with one URL, the first path (in name order) is kept.
  const pending = writer.pendingClaims.get(urlKey);
  const claims = (await index.seeds.claimsOf(urlKey)).filter(
    (claim) => claim.path !== file && claim.articleId !== null,
  );
  const winner = [pending, ...claims.map((claim) => claim.path)]
    .filter((claim): claim is string => claim !== undefined && claim < file)
    .sort()[0];
  if (winner !== undefined) {
    await writer.skip(
      file,
      `${DUPLICATE} ${urlKey} is also in ${path.basename(winner)}, which is kept`,
      known,
      read,
      urlKey,
    );
    return;
  }
  for (const loser of claims) {
    batch.removedArticles.push(loser.articleId!);
    const reason = `${DUPLICATE} ${urlKey} is also in ${name}, which is kept`;
    logger.warn({ file: loser.path, reason }, "skipped article file");
    batch.records.push({ ...loser, articleId: null, problem: reason });
  }
  writer.pendingClaims.set(urlKey, file);
  batch.articles.push(entry);
  batch.records.push({
    path: file,
    size: read.size,
    mtimeMs: read.mtimeMs,
    contentHash: read.hash,
    cleanerVersion: CLEANER_VERSION,
    articleId: entry.article.id,
    urlKey,
    problem: null,
  });
  if (known?.articleId) report.changed++;
  else report.added++;
}
