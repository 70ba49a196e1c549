import path from "node:path";
import { packageRoot } from "../package-root.js";

/** The playground page's static files (HTML, CSS, browser JavaScript): served as they are. */
export function publicDir(): string {
  return path.join(packageRoot(), "src", "playground", "public");
}

/** The fictional demo newsroom the playground loads beside the seeds. */
export function demoDir(): string {
  return path.join(packageRoot(), "demo");
}
