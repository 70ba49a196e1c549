import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/**
 * The folder holding Newsdesk's package.json, found by walking up from this module: the same answer
 * whether the code runs from `src/` (tsx, tests) or compiled from `dist/`, so assets that are not
 * compiled (the playground's page, the demo newsroom) are read from one place.
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "src"))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find Newsdesk's package folder.");
    dir = parent;
  }
}

/** The playground page's static files (HTML, CSS, browser JavaScript): never compiled. */
export function publicDir(): string {
  return path.join(packageRoot(), "src", "playground", "public");
}

/** The fictional demo newsroom the playground loads beside the seeds. */
export function demoDir(): string {
  return path.join(packageRoot(), "demo");
}
