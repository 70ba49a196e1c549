import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./redis.js";

/** Debian's PostgreSQL 15 binaries; `.ci/run` installs the `postgresql` package. */
export const POSTGRES_BIN_DIR = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"].find(
  (dir) => existsSync(path.join(dir, "initdb")),
);

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export const POSTGRES_SKIP_REASON: string | undefined = !POSTGRES_BIN_DIR
  ? "PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does)"
  : process.getuid?.() !== 0
    ? "starting a test PostgreSQL needs root (initdb runs as the postgres user via runuser)"
    : undefined;

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL for one test file: `initdb` into a temporary folder as the unprivileged
 * `postgres` user (initdb and postgres refuse to run as root), listening on 127.0.0.1 on a free
 * port with its socket in the folder; `stop()` shuts it down and removes the folder.
 */
export async function startPostgres(): Promise<PostgresServer> {
  if (POSTGRES_SKIP_REASON || !POSTGRES_BIN_DIR) throw new Error(POSTGRES_SKIP_REASON);
  const bin = POSTGRES_BIN_DIR;
  const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-pg-"));
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(dir, uid, gid);
  const data = path.join(dir, "data");
  execFileSync(
    "runuser",
    [
      "-u",
      "postgres",
      "--",
      path.join(bin, "initdb"),
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "--no-sync",
      "-E",
      "UTF8",
    ],
    { stdio: "ignore" },
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    "runuser",
    [
      "-u",
      "postgres",
      "--",
      path.join(bin, "postgres"),
      "-D",
      data,
      "-p",
      String(port),
      "-h",
      "127.0.0.1",
      "-k",
      dir,
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`PostgreSQL did not start: ${output}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        execFileSync(
          "runuser",
          [
            "-u",
            "postgres",
            "--",
            path.join(bin, "pg_ctl"),
            "-D",
            data,
            "-m",
            "fast",
            "-w",
            "stop",
          ],
          { stdio: "ignore" },
        );
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates database `name` on the server and returns its URL. */
export async function createDatabase(server: PostgresServer, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return server.url.replace(/\/postgres$/, `/${name}`);
}
