/**
 * CLI start-up benchmark: how long `newsdesk` takes for `--help`, `--version` and two real commands
 * (`article list` and `article show` over the demo newsroom), run as a person runs it (`node bin/newsdesk.js`, the
 * JavaScript compiled by `npm install`), against the baseline `node -e 0` measured in the same run,
 * interleaved, so a busy machine slows both alike. The old way (TypeScript through tsx at every
 * start) is measured too, for the ratio. Target (issue 17): `--help` within 0.3 s of `node -e 0`.
 *
 * Builds dist/ first when it is missing. Alone: `node --import tsx bench/cli.ts`.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { median } from "./stats.js";
import type { BenchSection } from "./types.js";

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 15;
const TARGET_EXTRA_SECONDS = 0.3;

interface Case {
  name: string;
  args: string[];
}

const bin = path.join(repoRoot, "bin/newsdesk.js");
const source = path.join(repoRoot, "src/cli/main.ts");
const CASES: Case[] = [
  { name: "`node -e 0` (baseline)", args: ["-e", "0"] },
  { name: "`newsdesk --help`", args: [bin, "--help"] },
  { name: "`newsdesk --version`", args: [bin, "--version"] },
  {
    name: "`newsdesk --seeds demo article list`",
    args: [bin, "--seeds", "demo", "article", "list"],
  },
  {
    name: "`newsdesk --seeds demo article show a1_tram-strike`",
    args: [bin, "--seeds", "demo", "article", "show", "a1_tram-strike"],
  },
  {
    name: "`--help` from source through tsx (before)",
    args: ["--import", "tsx", source, "--help"],
  },
];

async function timeOnce(args: string[]): Promise<number> {
  const started = performance.now();
  await execFileAsync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "error" },
  });
  return (performance.now() - started) / 1000;
}

export async function run(): Promise<BenchSection> {
  if (!existsSync(path.join(repoRoot, "dist/src/cli/main.js"))) {
    const built = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const times = CASES.map(() => [] as number[]);
  for (const c of CASES) await timeOnce(c.args); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, c] of CASES.entries()) times[index]!.push(await timeOnce(c.args));
  }
  const base = median(times[0]!);
  const baseMin = Math.min(...times[0]!);
  const rows = CASES.map((c, index) => {
    const med = median(times[index]!);
    const min = Math.min(...times[index]!);
    return `| ${c.name} | ${med.toFixed(3)} | ${min.toFixed(3)} | ${(med - base).toFixed(3)} | ${(med / base).toFixed(2)}× |`;
  });
  const helpExtra = median(times[1]!) - base;
  const helpExtraMin = Math.min(...times[1]!) - baseMin;
  return {
    title: "CLI start-up",
    markdown: [
      `Each command run ${ROUNDS} times, interleaved with the baseline; wall seconds of the whole process.`,
      "",
      "| Command | Median (s) | Min (s) | Median − baseline (s) | Ratio to baseline |",
      "|---|---|---|---|---|",
      ...rows,
      "",
      `Target: \`newsdesk --help\` within ${TARGET_EXTRA_SECONDS} s of \`node -e 0\`: ${helpExtra.toFixed(3)} s by median, ${helpExtraMin.toFixed(3)} s by minimum — ${helpExtra <= TARGET_EXTRA_SECONDS ? "met" : "not met"}.`,
    ].join("\n"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${(await run()).markdown}\n`);
}
