import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { silentLogger } from "../../src/logger.js";
import { describeArticleIndexContract } from "../articles/index-contract.js";
import { POSTGRES_SKIP_REASON, type PostgresServer, startPostgres } from "../support/postgres.js";

let server: PostgresServer | undefined;
let databases = 0;

if (POSTGRES_SKIP_REASON)
  console.warn(`skipping the PostgreSQL index tests: ${POSTGRES_SKIP_REASON}`);

beforeAll(async () => {
  if (!POSTGRES_SKIP_REASON) server = await startPostgres();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** A fresh database per test: the contract starts from an empty index. */
async function freshDatabase(): Promise<string> {
  const name = `index_${++databases}`;
  const admin = new pg.Client({ connectionString: server!.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server!.url.replace(/\/postgres$/, `/${name}`);
}

describeArticleIndexContract(
  "PostgreSQL",
  async () => {
    const url = await freshDatabase();
    const index = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    return Object.assign(index, {
      openSecond: () => createPostgresIndex({ connectionString: url, logger: silentLogger }),
    });
  },
  { skip: POSTGRES_SKIP_REASON },
);
