import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Corpus, createCorpus, openSeedCorpus } from "../../src/articles/corpus.js";
import { readArticleRef } from "../../src/articles/reference.js";
import { isUserError } from "../../src/errors.js";
import { openMemoryIndex } from "../../src/index/open-index.js";
import { silentLogger } from "../../src/logger.js";

let dir: string;
const seed =
  " date 2024-03-05 https://www.example.com/news/river-floods-town\nThe river flooded the town on Monday.\nResidents were evacuated.\n";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-ref-"));
  await writeFile(path.join(dir, "river.txt"), seed);
});

const opened: Corpus[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((corpus) => corpus.close()));
  await rm(dir, { recursive: true, force: true });
});

async function loadDir(): Promise<Corpus> {
  const index = await openMemoryIndex(silentLogger);
  const corpus = await openSeedCorpus({ index, folders: [dir], logger: silentLogger });
  opened.push(corpus);
  return corpus;
}

async function emptyCorpus(): Promise<Corpus> {
  const corpus = createCorpus({ index: await openMemoryIndex(silentLogger), logger: silentLogger });
  opened.push(corpus);
  return corpus;
}

async function userErrorOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isUserError(error)).toBe(true);
  return error as Error;
}

describe("readArticleRef", () => {
  it("resolves an id and any form of a corpus article's URL", async () => {
    const corpus = await loadDir();
    expect((await readArticleRef("river", corpus)).id).toBe("river");
    const byUrl = await readArticleRef(
      "http://example.com/news/river-floods-town/?utm_source=feed",
      corpus,
    );
    expect(byUrl.id).toBe("river");
  });

  it("parses and cleans a seed-format file given by path, with the file stem as id", async () => {
    const other = path.join(dir, "elsewhere.txt");
    await writeFile(other, seed.replace("river-floods-town", "storm-hits-coast"));
    const article = await readArticleRef(other, await emptyCorpus());
    expect(article).toMatchObject({ id: "elsewhere", origin: "seed", date: "2024-03-05" });
    expect(article.paragraphs).toEqual([
      "The river flooded the town on Monday.",
      "Residents were evacuated.",
    ]);
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
  });

  it("gives the same article for a corpus file by id and by path", async () => {
    const corpus = await loadDir();
    const byPath = await readArticleRef(path.join(dir, "river.txt"), await emptyCorpus());
    expect({ ...(await readArticleRef("river", corpus)) }).toEqual({ ...byPath });
  });

  it('reads standard input for "-", with id "stdin"', async () => {
    const article = await readArticleRef(
      "-",
      await emptyCorpus(),
      Readable.from([Buffer.from(seed)]),
    );
    expect(article.id).toBe("stdin");
    expect(article.url).toBe("https://www.example.com/news/river-floods-town");
  });

  it("refuses malformed standard input with the reason and the expected format", async () => {
    const error = await userErrorOf(
      readArticleRef("-", await emptyCorpus(), Readable.from(["no header\n"])),
    );
    expect(error.message).toMatch(/header/);
    expect(error.message).toMatch(/date YYYY-MM-DD URL/);
  });

  it("refuses an unknown reference with a message that says what to do", async () => {
    const corpus = await loadDir();
    const error = await userErrorOf(readArticleRef("no-such-article", corpus));
    expect(error.message).toContain('"no-such-article"');
    expect(error.message).toContain("newsdesk article list");
    const byUrl = await userErrorOf(readArticleRef("https://example.com/unknown", corpus));
    expect(byUrl.message).toMatch(/URL/);
  });

  it("refuses a folder and a file that is not a seed article", async () => {
    const corpus = await emptyCorpus();
    expect((await userErrorOf(readArticleRef(dir, corpus))).message).toMatch(/folder/);
    const notes = path.join(dir, "notes.md");
    await writeFile(notes, "# Notes\n");
    expect((await userErrorOf(readArticleRef(notes, corpus))).message).toMatch(
      /not a seed article/,
    );
  });
});
