#!/usr/bin/env node
// The `newsdesk` command line. TypeScript runs through tsx (a runtime dependency): no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main();
