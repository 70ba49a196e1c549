#!/usr/bin/env node
// The `newsdesk` command line. It runs the JavaScript compiled at install time (`npm install` runs
// `prepare`, which builds dist/); see docs/adr/0017-build-at-install.md. Without dist/ (installed
// with --ignore-scripts, or never built) it runs the TypeScript sources through tsx, slowly, and
// says how to build.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/src/cli/main.js", import.meta.url);
if (existsSync(compiled)) {
  const { main } = await import(compiled.href);
  await main();
} else {
  process.stderr.write(
    "newsdesk: dist/ is missing, running the TypeScript sources (slow). Run `npm run build` once.\n",
  );
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  await main();
}
