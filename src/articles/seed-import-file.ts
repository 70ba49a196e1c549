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

type SeedOk = Extract<SeedRead, { kind: "ok" }>;

/**
 * Parses and cleans a new or changed file and adds its article to the batch, unless another file
 * holds its id (same file name in an earlier folder) or its URL (an earlier path): then it is
 * skipped, or the other file gives way.
 */
export async function importSeedFile(
  context: SeedFileImport,
  file: string,
  name: string,
  read: SeedOk,
  known: SeedFileRecord | undefined,
): Promise<void> {
  const { report, writer } = context;
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
  const losers = await sameIdLosers(context, entry, file, read, known);
  if (losers === null) return;
  if (known?.urlKey && known.urlKey !== urlKey) writer.freed.add(known.urlKey);
  if (!(await claimUrl(context, urlKey, file, name, read, known))) return;
  // Only a file that is kept takes the id: one skipped for its URL leaves the others as they are.
  demote(context, losers);
  writer.batch.articles.push(entry);
  writer.batch.records.push({
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

type SameIdLosers = Awaited<ReturnType<typeof sameIdHolders>>["losers"];

/**
 * Two folders with the same file name give one id: the file of the first folder is kept. Null
 * when this file is skipped; else the later folders' files holding the id, which give way if this
 * file is kept.
 */
async function sameIdLosers(
  context: SeedFileImport,
  entry: IndexedArticle,
  file: string,
  read: SeedOk,
  known: SeedFileRecord | undefined,
): Promise<SameIdLosers | null> {
  const { index, allRoots, writer } = context;
  const ids = await sameIdHolders(index, entry.article.id, file, allRoots);
  if (ids.kept !== undefined) {
    await writer.skip(file, ids.kept, known && { ...known, articleId: null }, read);
    return null;
  }
  return ids.losers;
}

/** The later folders' files that held this id give it up, with a warning naming the kept file. */
function demote(context: SeedFileImport, losers: SameIdLosers): void {
  const { logger, writer } = context;
  for (const { loser, reason } of losers) {
    logger.warn({ file: loser.path, reason }, "skipped article file");
    writer.batch.records.push({ ...loser, articleId: null, problem: reason });
    if (loser.urlKey) writer.freed.add(loser.urlKey);
  }
}

/**
 * Of two files with one URL, the first path (in name order) is kept. False when this file is
 * skipped; else the later paths' articles with the URL give way and this file claims it.
 */
async function claimUrl(
  context: SeedFileImport,
  urlKey: string,
  file: string,
  name: string,
  read: SeedOk,
  known: SeedFileRecord | undefined,
): Promise<boolean> {
  const { index, logger, writer } = context;
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
    return false;
  }
  for (const loser of claims) {
    writer.batch.removedArticles.push(loser.articleId!);
    const reason = `${DUPLICATE} ${urlKey} is also in ${name}, which is kept`;
    logger.warn({ file: loser.path, reason }, "skipped article file");
    writer.batch.records.push({ ...loser, articleId: null, problem: reason });
  }
  writer.pendingClaims.set(urlKey, file);
  return true;
}
