/**
 * One measurement of bench/index.ts in a process of its own, so that peak RSS is its own:
 *   import <seeds> <dataDir>        open the index and reconcile the folder (first import or restart)
 *   ready <seeds> <dataDir>         open the index as the bot does (import behind), time to ready
 *   suggest <seeds> <dataDir> <n>   autocomplete at 100 queries a second, n queries: latencies
 * Prints one JSON line.
 */
import { openSeedCorpus } from "../src/articles/corpus.js";
import { indexLocation, openArticleIndex } from "../src/index/open-index.js";
import { silentLogger } from "../src/logger.js";

const [mode, seeds, dataDir, count = "500", databaseUrl] = process.argv.slice(2);
if (!mode || !seeds || !dataDir) throw new Error("usage: index-worker <mode> <seeds> <dataDir>");
const settings = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl || undefined };
const started = performance.now();
const cpuStart = process.cpuUsage();
const index = await openArticleIndex(indexLocation(settings, [seeds]), { logger: silentLogger });
const corpus = await openSeedCorpus({
  index,
  folders: [seeds],
  logger: silentLogger,
  importMode: mode === "ready" ? "auto" : "wait",
});
const cpu = process.cpuUsage(cpuStart);
const result: Record<string, unknown> = {
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
};
if (mode === "suggest") {
  const words = [
    "min",
    "gov",
    "pol",
    "ele",
    "sto",
    "fir",
    "cou",
    "pre",
    "wor",
    "mar",
    "bud",
    "cli",
  ];
  const total = Number(count);
  const latencies: number[] = [];
  const due = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    const fire = () => {
      const at = due + sent * 10; // 100 a second
      const query = `${words[sent % words.length]}${sent % 3 === 0 ? "" : "ister"}`.slice(
        0,
        3 + (sent % 5),
      );
      sent++;
      const begin = Math.max(at, performance.now());
      void corpus.suggest(query, 25).then(() => {
        latencies.push(performance.now() - begin);
        if (latencies.length === total) resolve();
      });
      if (sent < total) setTimeout(fire, Math.max(0, due + sent * 10 - performance.now()));
    };
    fire();
  });
  latencies.sort((a, b) => a - b);
  result.p50 = latencies[Math.floor(total * 0.5)];
  result.p99 = latencies[Math.floor(total * 0.99)];
  result.max = latencies.at(-1);
}
result.articles = await corpus.count();
await corpus.close();
result.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
