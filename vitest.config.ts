import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores in CI: forks keep native modules (sqlite3) and servers isolated per file.
    pool: "forks",
    maxWorkers: 2,
  },
});
