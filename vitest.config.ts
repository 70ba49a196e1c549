import { defineConfig } from "vitest/config";

/**
 * The tests that start several Node processes (replicas, workers, sharded gateways, a killed bot)
 * or a browser. They run after the others, one file at a time, so that on two cores their child
 * processes do not start beside another such file: their deadlines (Discord's 3 s, job recovery)
 * are real, and a starved machine would make them flaky rather than slow.
 */
const PROCESS_TESTS = [
  "test/e2e/digests-crash.test.ts",
  "test/e2e/digests-redis.test.ts",
  "test/e2e/main.test.ts",
  "test/http/replicas.test.ts",
  "test/http/shards.test.ts",
  "test/jobs/digests-workers.test.ts",
  "test/jobs/replicas-workers.test.ts",
  "test/playground/browser.test.ts",
  "test/queue/global-limit.test.ts",
  "test/roles/worker.test.ts",
];

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores in CI: forks keep native modules (sqlite3) and servers isolated per file.
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: PROCESS_TESTS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "processes",
          include: PROCESS_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
