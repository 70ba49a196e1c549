import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/**
 * The folder holding Newsdesk's package.json, found by walking up from this module: the same answer
 * whether the code runs from `src/` (tsx, tests) or compiled from `dist/src/`, so files that are not
 * compiled (package.json, the playground's page, the demo newsroom, data files) are read from one
 * place. Read such files through this, never relative to `import.meta.url`.
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find Newsdesk's package folder (package.json).");
    dir = parent;
  }
}
