/**
 * Where the shared evaluation data lives: `../shared` beside the project (the main checkout and CI),
 * or two levels up when the project is a git worktree in a folder of worktrees (`wt/<name>`).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BESIDE = fileURLToPath(new URL("../../shared/", import.meta.url));
const ABOVE_WORKTREES = fileURLToPath(new URL("../../../shared/", import.meta.url));

/** The absolute path of `relative` inside the shared folder (ending in "/" for folders). */
export function sharedPath(relative: string): string {
  const root = existsSync(BESIDE) || !existsSync(ABOVE_WORKTREES) ? BESIDE : ABOVE_WORKTREES;
  return `${root}${relative}`;
}
