import path from "node:path";
import type { ArticleIndex, SeedFileRecord } from "./index-port.js";

/**
 * Two seed files that would be one article. Same URL: the first path (in name order) is kept.
 * Same file name in two folders (one id): the file of the first folder is kept. Either way the
 * other is skipped with a warning naming both, and is imported again once the kept one goes.
 */
export const DUPLICATE = "duplicate URL:";
export const DUPLICATE_ID = "duplicate id:";

/** The folder of `file` by precedence (0: the first folder). */
function folderRank(file: string, roots: readonly string[]): number {
  return roots.findIndex((root) => file.startsWith(root + path.sep));
}

/**
 * For a file about to give the article `id`: the reason it must give way (another folder earlier
 * in the list holds the same name), or the files of later folders that give way to it.
 */
export async function sameIdHolders(
  index: ArticleIndex,
  id: string,
  file: string,
  roots: readonly string[],
): Promise<{ kept?: string; losers: { loser: SeedFileRecord; reason: string }[] }> {
  // Names are unique within a folder: with one folder there is nothing to look up.
  if (roots.length < 2) return { losers: [] };
  const rank = folderRank(file, roots);
  const holders = (await index.seeds.holdersOf(id)).filter((holder) => holder.path !== file);
  const better = holders.find((holder) => folderRank(holder.path, roots) < rank);
  if (better) {
    return {
      kept: `${DUPLICATE_ID} ${id} is also the id of ${better.path}, which is kept`,
      losers: [],
    };
  }
  return {
    losers: holders.map((loser) => ({
      loser,
      reason: `${DUPLICATE_ID} ${id} is also the id of ${file}, which is kept`,
    })),
  };
}

/**
 * Files skipped as duplicates that may be shown now, by folder: those that lost a URL in `freed`,
 * and those of another folder named after an id in `freedIds`.
 */
export async function duplicatesToRetry(
  index: ArticleIndex,
  freed: ReadonlySet<string>,
  freedIds: ReadonlySet<string>,
  roots: readonly string[],
): Promise<Map<string, string[]>> {
  const retry = new Map<string, string[]>();
  const add = (root: string, name: string) => retry.set(root, [...(retry.get(root) ?? []), name]);
  for (const key of freed) {
    for (const claim of await index.seeds.claimsOf(key)) {
      if (claim.problem?.startsWith(DUPLICATE))
        add(path.dirname(claim.path), path.basename(claim.path));
    }
  }
  if (roots.length < 2) return retry;
  for (const id of freedIds) {
    for (const root of roots) {
      const record = await index.seeds.get(path.join(root, `${id}.txt`));
      if (record?.problem?.startsWith(DUPLICATE_ID)) add(root, `${id}.txt`);
    }
  }
  return retry;
}
