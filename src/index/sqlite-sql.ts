import type { Viewer } from "../articles/index-port.js";
import { viewerKeys } from "../articles/index-port.js";

/** SQL that keeps only articles the viewer may see (`a` is the articles alias). */
export function visibleSql(viewer: Viewer | undefined): { sql: string; params: string[] } {
  const keys = viewerKeys(viewer);
  if (!keys) return { sql: "", params: [] };
  return {
    sql: ` AND EXISTS (SELECT 1 FROM grants g WHERE g.article_id = a.id AND g.grant_key IN (${keys.map(() => "?").join(", ")}))`,
    params: keys,
  };
}

/** `a.`-prefixed column list. */
export function prefixed(columns: string): string {
  return columns
    .split(",")
    .map((column) => `a.${column.trim()}`)
    .join(", ");
}
