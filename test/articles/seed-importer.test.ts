import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLEANER_VERSION } from "../../src/articles/clean.js";
import type { ArticleIndex, SeedBatch } from "../../src/articles/index-port.js";
import { createSeedImporter } from "../../src/articles/seed-importer.js";
import { openMemoryIndex } from "../../src/index/open-index.js";
import { createMemoryLogger, type LogRecord, silentLogger } from "../../src/logger.js";

let dir: string;
let index: ArticleIndex;
const servers: Server[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-import-"));
  index = await openMemoryIndex(silentLogger);
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((r) => server.close(r))));
  await index.close();
  await rm(dir, { recursive: true, force: true });
});

function seed(url: string, body = "The council met on Tuesday.\nIt voted on the budget."): string {
  return ` date 2024-01-16 ${url}\n${body}\n`;
}

function warnings(records: readonly LogRecord[]): { file: string; reason: string }[] {
  return records
    .filter((record) => record.level === "warn" && record.msg === "skipped article file")
    .map((record) => record.obj as { file: string; reason: string });
}

function importer(folders: string[] = [dir], logger = createMemoryLogger()) {
  return { logger, importer: createSeedImporter({ index, folders, logger }) };
}

describe("createSeedImporter", () => {
  it("adds, changes and removes articles to match the folder, and leaves unchanged files unread", async () => {
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a"));
    await writeFile(path.join(dir, "b.txt"), seed("https://example.com/b"));
    const { importer: run } = importer();
    expect(await run.run()).toMatchObject({ added: 2, changed: 0, removed: 0 });
    expect(await run.run()).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 2 });
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a", "A new text."));
    await utimes(path.join(dir, "a.txt"), 2_000_000_000, 2_000_000_000);
    await rm(path.join(dir, "b.txt"));
    await writeFile(path.join(dir, "c.txt"), seed("https://example.com/c"));
    expect(await run.run()).toMatchObject({ added: 1, changed: 1, removed: 1 });
    expect((await index.get("a"))?.text).toBe("A new text.");
    expect(await index.get("b")).toBeUndefined();
    expect((await index.list()).map((a) => a.id).sort()).toEqual(["a", "c"]);
  });

  it("does not re-clean a file whose time changed but whose bytes did not", async () => {
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a"));
    const { importer: run } = importer();
    await run.run();
    await utimes(path.join(dir, "a.txt"), 2_000_000_000, 2_000_000_000);
    expect(await run.run()).toMatchObject({ added: 0, changed: 0, unchanged: 1 });
  });

  it("cleans a file again when the cleaner's version changed", async () => {
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a"));
    const { importer: run } = importer();
    await run.run();
    const [record] = await index.seeds.list(dir);
    await index.seeds.apply({
      records: [{ ...record!, cleanerVersion: CLEANER_VERSION - 1 }],
      articles: [],
      removedPaths: [],
      removedArticles: [],
    });
    expect(await run.run()).toMatchObject({ changed: 1 });
    expect((await index.seeds.list(dir))[0]?.cleanerVersion).toBe(CLEANER_VERSION);
  });

  it("tells whether a folder changed (a file added or removed) since the last full import", async () => {
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a"));
    const { importer: run } = importer();
    expect(await run.unchanged()).toBe(false);
    await run.run();
    expect(await run.unchanged()).toBe(true);
    await writeFile(path.join(dir, "b.txt"), seed("https://example.com/b"));
    expect(await run.unchanged()).toBe(false);
    await run.run();
    expect(await run.unchanged()).toBe(true);
  });

  it("does nothing while another importer holds the lock", async () => {
    await writeFile(path.join(dir, "a.txt"), seed("https://example.com/a"));
    const lease = await index.tryLock("seed-import");
    const { importer: run } = importer();
    expect(await run.run()).toMatchObject({ locked: true, added: 0 });
    await lease!.release();
    expect(await run.run()).toMatchObject({ locked: false, added: 1 });
  });

  it("resumes after a crash: the batches written stay, the rest is imported next time", async () => {
    for (let i = 0; i < 30; i++) {
      await writeFile(path.join(dir, `s${i}.txt`), seed(`https://example.com/s${i}`));
    }
    let batches = 0;
    const failing: ArticleIndex = {
      ...index,
      seeds: {
        ...index.seeds,
        apply: async (batch: SeedBatch) => {
          if (++batches === 3) throw new Error("disk full");
          await index.seeds.apply(batch);
        },
      },
    };
    const first = createSeedImporter({
      index: failing,
      folders: [dir],
      logger: silentLogger,
      batchSize: 5,
    });
    await expect(first.run()).rejects.toThrow("disk full");
    expect(await index.count()).toBe(10);
    const { importer: run } = importer();
    expect(await run.run()).toMatchObject({ added: 20, unchanged: 10 });
    expect(await index.count()).toBe(30);
  });

  it("reads several folders, and a file of each keeps its own path", async () => {
    const demo = path.join(dir, "demo");
    const seeds = path.join(dir, "seeds");
    await mkdir(demo);
    await mkdir(seeds);
    await writeFile(path.join(seeds, "s.txt"), seed("https://example.com/s"));
    await writeFile(path.join(demo, "d.txt"), seed("https://example.com/d"));
    const { importer: run } = importer([seeds, demo]);
    await run.run();
    expect((await index.list()).map((a) => a.id).sort()).toEqual(["d", "s"]);
  });

  it("keeps the first folder's file when two folders hold the same name, warning with both paths", async () => {
    const demo = path.join(dir, "demo");
    const seeds = path.join(dir, "seeds");
    await mkdir(demo);
    await mkdir(seeds);
    // The later folder's file is imported first: it gives way when the first folder's arrives.
    await writeFile(path.join(demo, "x.txt"), seed("https://example.com/demo-x"));
    const logger = createMemoryLogger();
    await importer([seeds, demo], logger).importer.run();
    expect((await index.get("x"))?.url).toBe("https://example.com/demo-x");
    await writeFile(path.join(seeds, "x.txt"), seed("https://example.com/seeds-x"));
    await importer([seeds, demo], logger).importer.run();
    expect((await index.get("x"))?.url).toBe("https://example.com/seeds-x");
    expect(await index.count()).toBe(1);
    const warning = warnings(logger.records).find((w) => w.reason.startsWith("duplicate id"));
    expect(warning?.file).toBe(path.join(demo, "x.txt"));
    expect(warning?.reason).toContain(path.join(seeds, "x.txt"));
    // A full run again: still the first folder's, the other still warned about.
    await importer([seeds, demo], logger).importer.run();
    expect((await index.get("x"))?.url).toBe("https://example.com/seeds-x");
    // The first folder's file goes: the other one is shown again.
    await rm(path.join(seeds, "x.txt"));
    await importer([seeds, demo], logger).importer.run();
    expect((await index.get("x"))?.url).toBe("https://example.com/demo-x");
    expect(await index.seeds.problems()).toEqual([]);
  });

  it("lets a later folder keep an id whose first-folder file is a duplicate URL, run after run", async () => {
    const demo = path.join(dir, "demo");
    const seeds = path.join(dir, "seeds");
    await mkdir(demo);
    await mkdir(seeds);
    // seeds/x.txt repeats the URL of seeds/a.txt, so it holds no article; demo/x.txt has the id.
    await writeFile(path.join(seeds, "a.txt"), seed("https://example.com/same"));
    await writeFile(path.join(seeds, "x.txt"), seed("https://example.com/same"));
    await writeFile(path.join(demo, "x.txt"), seed("https://example.com/demo-x"));
    const logger = createMemoryLogger();
    expect(await importer([seeds, demo], logger).importer.run()).toMatchObject({ added: 2 });
    expect((await index.get("x"))?.url).toBe("https://example.com/demo-x");
    // A full run again changes nothing: demo/x.txt is never demoted, not even between batches.
    const batches: SeedBatch[] = [];
    const watched: ArticleIndex = {
      ...index,
      seeds: {
        ...index.seeds,
        apply: async (batch: SeedBatch) => {
          batches.push(batch);
          await index.seeds.apply(batch);
        },
      },
    };
    const again = createSeedImporter({ index: watched, folders: [seeds, demo], logger });
    expect(await again.run()).toMatchObject({ added: 0, changed: 0, removed: 0 });
    const demoted = batches
      .flatMap((b) => b.records)
      .filter((r) => r.path === path.join(demo, "x.txt") && r.articleId === null);
    expect(demoted).toEqual([]);
    expect((await index.get("x"))?.url).toBe("https://example.com/demo-x");
    expect((await index.seeds.get(path.join(demo, "x.txt")))?.articleId).toBe("x");
  });
});

describe("createSeedImporter on a bulk load", () => {
  it("finds a URL claimed in an earlier batch, and an id in an earlier folder", async () => {
    const [first, second] = [path.join(dir, "first"), path.join(dir, "second")];
    for (const folder of [first, second]) await mkdir(folder);
    for (let i = 10; i < 22; i++) {
      await writeFile(path.join(first, `s${i}.txt`), seed(`https://example.com/s${i}`));
    }
    await writeFile(path.join(first, "s99.txt"), seed("https://example.com/s10")); // batches later
    await writeFile(path.join(second, "s12.txt"), seed("https://example.com/second-s12"));
    const run = createSeedImporter({
      index,
      folders: [first, second],
      logger: silentLogger,
      batchSize: 5,
      bulkThreshold: 10,
    });
    expect(await run.run()).toMatchObject({ added: 12, skipped: 2 });
    expect((await index.get("s12"))?.url).toBe("https://example.com/s12");
    expect((await index.seeds.get(path.join(first, "s99.txt")))?.problem).toContain(
      "duplicate URL",
    );
    expect((await index.seeds.get(path.join(second, "s12.txt")))?.problem).toContain(
      "duplicate id",
    );
  });
});

describe("createSeedImporter reading the ledger in pages", () => {
  it("removes files gone before, between and after others, and keeps names above U+FFFF unchanged", async () => {
    // Code point order: a, b, c, U+E000, U+1F600 (UTF-16 order would put U+1F600 before U+E000).
    const names = ["a", "b", "c", "\uE000x", "\u{1F600}y"];
    for (const [i, name] of names.entries()) {
      await writeFile(path.join(dir, `${name}.txt`), seed(`https://example.com/n${i}`));
    }
    const run = createSeedImporter({
      index,
      folders: [dir],
      logger: silentLogger,
      ledgerPageSize: 2,
    });
    expect(await run.run()).toMatchObject({ added: 5, removed: 0 });
    expect(await run.run()).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 5 });
    for (const name of ["a", "c", "\u{1F600}y"]) await rm(path.join(dir, `${name}.txt`));
    expect(await run.run()).toMatchObject({ added: 0, removed: 3, unchanged: 2 });
    expect((await index.list()).map((a) => a.id).sort()).toEqual(["b", "\uE000x"]);
    expect((await index.seeds.list(`${dir}${path.sep}`)).map((r) => path.basename(r.path))).toEqual(
      ["b.txt", "\uE000x.txt"],
    );
  });
});

describe("createSeedImporter when the folders change", () => {
  it("drops the articles of a folder that is no longer a seed folder", async () => {
    const before = path.join(dir, "before");
    const after = path.join(dir, "after");
    await mkdir(before);
    await mkdir(after);
    await writeFile(path.join(before, "old.txt"), seed("https://example.com/old"));
    await writeFile(path.join(after, "new.txt"), seed("https://example.com/new"));
    await importer([before]).importer.run();
    expect(await importer([after]).importer.run()).toMatchObject({ added: 1, removed: 1 });
    expect((await index.list()).map((a) => a.id)).toEqual(["new"]);
  });
});

describe("createSeedImporter and entries that are not regular files", () => {
  it("never opens a FIFO, a socket, a folder named *.txt or a dangling link, and warns about each", async () => {
    await writeFile(path.join(dir, "good.txt"), seed("https://example.com/good"));
    execFileSync("mkfifo", [path.join(dir, "fifo.txt")]);
    await symlink(path.join(dir, "fifo.txt"), path.join(dir, "link-to-fifo.txt"));
    await symlink(path.join(dir, "nowhere"), path.join(dir, "dangling.txt"));
    await mkdir(path.join(dir, "folder.txt"));
    const socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(dir, "socket.txt"), resolve));
    servers.push(socket);
    // The event loop keeps turning during the import (a blocking open would stop it).
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const { logger, importer: run } = importer();
    await run.run();
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect((await index.list()).map((a) => a.id)).toEqual(["good"]);
    const reasons = Object.fromEntries(
      warnings(logger.records).map((w) => [path.basename(w.file), w.reason]),
    );
    expect(reasons).toEqual({
      "dangling.txt": expect.stringMatching(/dangling symbolic link/),
      "fifo.txt": expect.stringMatching(/FIFO/),
      "folder.txt": expect.stringMatching(/folder/),
      "link-to-fifo.txt": expect.stringMatching(/symbolic link to a FIFO/),
      "socket.txt": expect.stringMatching(/socket/),
    });
    expect((await index.seeds.problems()).map((p) => path.basename(p.path))).toEqual([
      "dangling.txt",
      "fifo.txt",
      "folder.txt",
      "link-to-fifo.txt",
      "socket.txt",
    ]);
  });

  it("follows a link to a regular file inside the folders, not one outside them", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "newsdesk-outside-"));
    try {
      await mkdir(path.join(dir, "store"));
      await writeFile(path.join(dir, "store", "inner"), seed("https://example.com/inner"));
      await writeFile(path.join(outside, "secret.txt"), seed("https://example.com/secret"));
      await symlink(path.join(dir, "store", "inner"), path.join(dir, "inside.txt"));
      await symlink(path.join(outside, "secret.txt"), path.join(dir, "outside.txt"));
      const { logger, importer: run } = importer();
      await run.run();
      expect((await index.list()).map((a) => a.id)).toEqual(["inside"]);
      expect(warnings(logger.records)).toEqual([
        {
          file: path.join(dir, "outside.txt"),
          reason: expect.stringMatching(/outside the seeds folders/),
        },
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("refuses a body of invisible characters, and accepts a date in the year 0001", async () => {
    await writeFile(
      path.join(dir, "zw.txt"),
      " date 2024-01-16 https://example.com/zw\n\u200b\ufeff\u200d\n",
    );
    await writeFile(
      path.join(dir, "old.txt"),
      " date 0001-01-01 https://example.com/old\nAncient news.\n",
    );
    const { logger, importer: run } = importer();
    await run.run();
    expect((await index.get("old"))?.date).toBe("0001-01-01");
    expect(warnings(logger.records)).toEqual([
      { file: path.join(dir, "zw.txt"), reason: expect.stringMatching(/empty body/) },
    ]);
  });

  it("ends a batch once its text reaches what the ledger asks for, whatever the count", async () => {
    for (let i = 0; i < 9; i++) {
      await writeFile(path.join(dir, `s${i}.txt`), seed(`https://example.com/s${i}`));
    }
    // A first import learns the length of one article (all nine are alike), then starts over.
    await createSeedImporter({ index, folders: [dir], logger: silentLogger }).run();
    const one = (await index.get("s0"))!;
    const chars = one.title.length + one.text.length;
    const sizes: number[] = [];
    const small: ArticleIndex = {
      ...index,
      seeds: {
        ...index.seeds,
        // Two articles' worth of text: every batch ends at its second article.
        batchChars: chars * 2,
        apply: async (batch: SeedBatch) => {
          sizes.push(batch.articles.length);
          await index.seeds.apply(batch);
        },
      },
    };
    await index.seeds.clear();
    await createSeedImporter({ index: small, folders: [dir], logger: silentLogger }).run();
    expect(sizes).toEqual([2, 2, 2, 2, 1]);
    expect(await index.count()).toBe(9);
  });
});

/** Seed file contents, mostly broken in one way or another. */
const seedContent = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc
    .tuple(
      fc.constantFrom("2024-01-16", "0001-01-01", "2024-02-30", "24-1-1", "9999-12-31", ""),
      fc.constantFrom(
        "https://example.com/x",
        "ftp://example.com/x",
        "http://[::1]/y",
        "not-a-url",
        "https://exa mple.com",
      ),
      fc.constantFrom("Body text.", "", "\u200b\u200b", "\ufeff", "\u0000\u0001", "a\r\nb", " "),
      fc.constantFrom("", "\ufeff", "\n\n  ", "date"),
    )
    .map(([date, url, body, prefix]) => `${prefix} date ${date} ${url}\n${body}\n`),
);

describe("createSeedImporter with generated bad files (property)", () => {
  it("imports or warns about every one of hundreds of generated files, and never throws", async () => {
    let files = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(seedContent, { minLength: 70, maxLength: 90 }),
        async (contents) => {
          const folder = await mkdtemp(path.join(dir, "fuzz-"));
          const runIndex = await openMemoryIndex(silentLogger);
          try {
            for (const [i, content] of contents.entries()) {
              await writeFile(path.join(folder, `f${String(i).padStart(3, "0")}.txt`), content);
            }
            files += contents.length;
            const logger = createMemoryLogger();
            const run = createSeedImporter({ index: runIndex, folders: [folder], logger });
            const report = await run.run();
            const warned = new Set(warnings(logger.records).map((w) => w.file));
            expect(report.added + warned.size).toBe(contents.length);
            expect(await runIndex.count()).toBe(report.added);
            for (const header of await runIndex.list()) {
              const article = (await runIndex.get(header.id))!;
              expect(article.text.trim()).not.toBe("");
            }
          } finally {
            await runIndex.close();
          }
        },
      ),
      { numRuns: 3 },
    );
    expect(files).toBeGreaterThanOrEqual(200);
  });
});
