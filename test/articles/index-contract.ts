import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import type {
  ArticleIndex,
  IndexChange,
  IndexedArticle,
  SeedFileRecord,
} from "../../src/articles/index-port.js";
import { idKeyOf } from "../../src/articles/query.js";
import type { Article, ArticleHeader, ArticleOrigin } from "../../src/articles/types.js";

/** One article for the index, with what the fields do not say filled in. */
export function entry(
  fields: Partial<Pick<Article, "id" | "date" | "url" | "title" | "addedAt">> & {
    text?: string;
    origin?: ArticleOrigin;
    hash?: string;
  },
): IndexedArticle {
  const id = fields.id ?? "a";
  const article = buildArticle({
    id,
    date: fields.date ?? "2024-05-01",
    url: fields.url ?? `https://example.com/news/${id}`,
    title: fields.title ?? `Title of ${id}`,
    paragraphs: (fields.text ?? `Text of ${id}.`).split("\n\n"),
    rawWordCount: 3,
    origin: fields.origin ?? "seed",
    addedAt: fields.addedAt ?? 1_000,
    byline: null,
    siteName: null,
  });
  return { article, contentHash: fields.hash ?? `h-${id}-${article.text}`, cleanerVersion: 1 };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const hitIds = (hits: readonly { article: { id: string } }[]) => hits.map((hit) => hit.article.id);

/** A ledger record of a file that holds no article (skipped for `problem`). */
function problemRecord(file: string, problem: string): SeedFileRecord {
  return {
    path: file,
    size: 1,
    mtimeMs: 1,
    contentHash: "h",
    cleanerVersion: 1,
    articleId: null,
    urlKey: null,
    problem,
  };
}

/**
 * The behaviour every ArticleIndex adapter must have. `open` gives a fresh, empty index;
 * `openSecond` (when the engine is shared between processes) a second handle on the same data.
 */
export function describeArticleIndexContract(
  name: string,
  open: () => Promise<ArticleIndex & { openSecond?: () => Promise<ArticleIndex> }>,
  options: { skip?: string | undefined } = {},
): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`ArticleIndex contract: ${name}`, () => {
    let index: ArticleIndex & { openSecond?: () => Promise<ArticleIndex> };
    beforeEach(async () => {
      index = await open();
    });
    afterEach(async () => {
      await index.close();
    });

    it("stores an article and gives it back whole, by id and by any form of its URL", async () => {
      const e = entry({ id: "s1", url: "https://www.example.com/news/story/?utm_source=x" });
      e.article.paragraphs = ["First paragraph.", "Second one."];
      e.article.text = e.article.paragraphs.join("\n\n");
      await index.upsert(e);
      expect(await index.get("s1")).toEqual(e.article);
      expect((await index.getByUrl("http://example.com/news/story"))?.id).toBe("s1");
      expect(await index.getByUrl("not a url")).toBeUndefined();
      expect(await index.get("missing")).toBeUndefined();
      expect(await index.count()).toBe(1);
    });

    it("pages newest first after a cursor, without an offset, ties broken by addedAt then id", async () => {
      await index.upsertMany([
        entry({ id: "c", date: "2024-05-02", addedAt: 5 }),
        entry({ id: "a", date: "2024-05-02", addedAt: 5 }),
        entry({ id: "b", date: "2024-05-02", addedAt: 9 }),
        entry({ id: "d", date: "2024-05-01", addedAt: 1 }),
        entry({ id: "e", date: "2024-05-03", addedAt: 1 }),
      ]);
      const pages: string[][] = [];
      let after: ArticleHeader | undefined;
      for (;;) {
        const page = await index.list({ limit: 2, after });
        if (page.length === 0) break;
        pages.push(ids(page));
        after = page.at(-1);
      }
      expect(pages).toEqual([["e", "b"], ["a", "c"], ["d"]]);
    });

    it("serves every article written in a bulk load once it ends, searchable, grants and all", async () => {
      await index.upsert(entry({ id: "before", title: "Harbour ferry returns" }));
      await index.seeds.beginBulk();
      await index.seeds.apply({
        records: [],
        articles: [
          entry({ id: "bulk1", title: "Harbour strike ends" }),
          entry({ id: "bulk2", title: "Tram lines reopen" }),
        ],
        removedPaths: [],
        removedArticles: ["before"],
      });
      await index.seeds.apply({
        records: [],
        articles: [entry({ id: "bulk3", title: "Harbour cranes stop" })],
        removedPaths: [],
        removedArticles: ["bulk2"],
      });
      await index.seeds.endBulk();
      expect(hitIds(await index.search("harbour")).sort()).toEqual(["bulk1", "bulk3"]);
      expect(hitIds(await index.suggest("harb")).sort()).toEqual(["bulk1", "bulk3"]);
      expect(await index.grantsOf("bulk1")).toEqual([{ kind: "all" }]);
      expect(await index.grantsOf("before")).toEqual([]);
      await index.upsert(entry({ id: "after", title: "Harbour reopens" }));
      await index.remove("bulk3");
      expect(hitIds(await index.search("harbour")).sort()).toEqual(["after", "bulk1"]);
    });

    it("finds an article by the short key of its id, for those who may see it", async () => {
      const id = `feed-${"x".repeat(80)}-ünïcode`;
      await index.upsert(entry({ id }), { grants: [{ kind: "guild", guildId: "g1" }] });
      expect((await index.getByIdKey(idKeyOf(id)))?.id).toBe(id);
      expect((await index.getByIdKey(idKeyOf(id), { guildId: "g1" }))?.id).toBe(id);
      expect(await index.getByIdKey(idKeyOf(id), { guildId: "g2" })).toBeUndefined();
      expect(await index.getByIdKey(idKeyOf("missing"))).toBeUndefined();
    });

    it("lists the seed files recorded outside given folders", async () => {
      await index.seeds.apply({
        records: ["/a/x.txt", "/ab/z.txt", "/b/y.txt", "/c/w.txt"].map((f) =>
          problemRecord(f, "bad"),
        ),
        articles: [],
        removedPaths: [],
        removedArticles: [],
      });
      const outside = await index.seeds.listOutside(["/a/", "/c/"]);
      expect(outside.map((r) => r.path)).toEqual(["/ab/z.txt", "/b/y.txt"]);
    });

    it("keeps paragraphs that contain blank lines, and an empty article", async () => {
      const odd = entry({ id: "odd" });
      odd.article.paragraphs = ["one\n\ntwo", "three"];
      odd.article.text = odd.article.paragraphs.join("\n\n");
      const empty = entry({ id: "empty" });
      empty.article.paragraphs = [];
      empty.article.text = "";
      await index.upsertMany([odd, empty]);
      expect((await index.get("odd"))?.paragraphs).toEqual(["one\n\ntwo", "three"]);
      expect((await index.get("empty"))?.paragraphs).toEqual([]);
    });

    it("replaces an article with the same id, and one with the same URL in the same scope", async () => {
      await index.upsert(entry({ id: "x", title: "Old title" }));
      await index.upsert(entry({ id: "x", title: "New title", hash: "2" }));
      expect((await index.get("x"))?.title).toBe("New title");
      await index.upsert(entry({ id: "y", url: "https://example.com/news/x" }));
      expect(await index.get("x")).toBeUndefined();
      expect(await index.count()).toBe(1);
    });

    it("keeps one URL once per scope: team content and a user's private fetch side by side", async () => {
      const url = "https://example.com/news/shared";
      await index.upsert(entry({ id: "team", url }), { grants: [{ kind: "all" }] });
      await index.upsert(entry({ id: "mine", url, origin: "fetched" }), {
        grants: [{ kind: "user", userId: "u1" }],
      });
      expect(await index.count()).toBe(2);
      expect((await index.getByUrl(url))?.id).toBe("team");
      expect((await index.getByUrl(url, { userId: "u1" }))?.id).toBe("team");
    });

    it("shows an article only to viewers with a matching grant; without a viewer, everything", async () => {
      await index.upsert(entry({ id: "seed", date: "2024-01-01" }));
      await index.upsert(entry({ id: "guild", date: "2024-01-02" }), {
        grants: [{ kind: "guild", guildId: "g1" }],
      });
      await index.upsert(entry({ id: "user", date: "2024-01-03", origin: "fetched" }), {
        grants: [{ kind: "user", userId: "u1" }],
      });
      expect(ids(await index.list())).toEqual(["user", "guild", "seed"]);
      expect(ids(await index.list({ viewer: {} }))).toEqual(["seed"]);
      expect(ids(await index.list({ viewer: { guildId: "g1" } }))).toEqual(["guild", "seed"]);
      expect(ids(await index.list({ viewer: { guildId: "g2", userId: "u1" } }))).toEqual([
        "user",
        "seed",
      ]);
      expect(await index.get("user", { userId: "u2" })).toBeUndefined();
      expect((await index.latest({ guildId: "g1" }))?.id).toBe("guild");
      expect(await index.count({ userId: "u1" })).toBe(2);
      expect(hitIds(await index.search("title", { viewer: { guildId: "g1" } })).sort()).toEqual([
        "guild",
        "seed",
      ]);
      expect(hitIds(await index.suggest("", { viewer: {} }))).toEqual(["seed"]);
      expect(hitIds(await index.suggest("user", { viewer: { userId: "u9" } }))).toEqual([]);
    });

    it("grants and revokes access", async () => {
      await index.upsert(entry({ id: "p", origin: "fetched" }), {
        grants: [{ kind: "user", userId: "u1" }],
      });
      expect(await index.get("p", { guildId: "g1" })).toBeUndefined();
      await index.grant("p", { kind: "guild", guildId: "g1" });
      expect((await index.get("p", { guildId: "g1" }))?.id).toBe("p");
      expect(await index.grantsOf("p")).toEqual(
        expect.arrayContaining([
          { kind: "guild", guildId: "g1" },
          { kind: "user", userId: "u1" },
        ]),
      );
      await index.revoke("p", { kind: "guild", guildId: "g1" });
      expect(await index.get("p", { guildId: "g1" })).toBeUndefined();
      // An upsert without grants keeps the ones it has.
      await index.upsert(entry({ id: "p", origin: "fetched", hash: "2" }));
      expect(await index.grantsOf("p")).toEqual([{ kind: "user", userId: "u1" }]);
    });

    it("lists newest first with date, source and origin filters, limit and offset", async () => {
      await index.upsertMany([
        entry({ id: "jan01", date: "2024-01-01", url: "https://www.bbc.co.uk/news/one" }),
        entry({ id: "jan05", date: "2024-01-05", url: "https://example.com/two" }),
        entry({ id: "jan10a", date: "2024-01-10", url: "https://bbc.co.uk/3", addedAt: 5 }),
        entry({ id: "jan10b", date: "2024-01-10", url: "https://bbc.co.uk/4", addedAt: 9 }),
        entry({ id: "f", date: "2024-01-07", url: "https://example.com/f", origin: "fetched" }),
      ]);
      expect(ids(await index.list())).toEqual(["jan10b", "jan10a", "f", "jan05", "jan01"]);
      expect(ids(await index.list({ since: "2024-01-05", until: "2024-01-07" }))).toEqual([
        "f",
        "jan05",
      ]);
      expect(ids(await index.list({ source: "WWW.BBC.CO.UK" }))).toEqual([
        "jan10b",
        "jan10a",
        "jan01",
      ]);
      expect(ids(await index.list({ origin: "fetched" }))).toEqual(["f"]);
      expect(ids(await index.list({ limit: 2, offset: 1 }))).toEqual(["jan10a", "f"]);
      expect((await index.list({ limit: 1 }))[0]).not.toHaveProperty("text");
      expect((await index.latest())?.id).toBe("jan10b");
    });

    it("lists articles added after a cursor, oldest first, up to a bound", async () => {
      await index.upsertMany([
        entry({ id: "a", addedAt: 10 }),
        entry({ id: "b", addedAt: 20 }),
        entry({ id: "c", addedAt: 20 }),
        entry({ id: "d", addedAt: 30 }),
      ]);
      expect(ids(await index.listAdded({ addedAt: 10, id: "a" }))).toEqual(["b", "c", "d"]);
      expect(
        ids(await index.listAdded({ addedAt: 20, id: "b" }, { addedAt: 20, id: "\uffff" })),
      ).toEqual(["c"]);
    });

    it("ranks title matches above passing mentions, and requires every word first", async () => {
      await index.upsertMany([
        entry({
          id: "a",
          title: "Volcano erupts in Iceland",
          text: "Lava flowed from the volcano near the town.",
        }),
        entry({
          id: "b",
          title: "Council budget vote",
          text: "A member mentioned a volcano once.",
        }),
        entry({ id: "c", title: "Cup final", text: "The match ended in a draw." }),
      ]);
      expect(hitIds(await index.search("volcano"))).toEqual(["a", "b"]);
      expect(hitIds(await index.search("volcano lava"))).toEqual(["a"]);
      expect(hitIds(await index.search("lava draw")).sort()).toEqual(["a", "c"]);
      expect(hitIds(await index.search("volc"))).toEqual(["a", "b"]);
      expect(hitIds(await index.search("erupted"))).toEqual(["a"]);
      expect(await index.search("the of and")).toEqual([]);
      expect(await index.search("   ")).toEqual([]);
      expect(await index.search('"; DROP TABLE articles; --')).toEqual([]);
      expect(await index.search("volcano", { limit: 1 })).toHaveLength(1);
      const [best, next] = await index.search("volcano");
      expect(best!.score).toBeGreaterThan(next!.score);
    });

    it("suggests by id, URL and title words (prefix, one typo); the newest for an empty query", async () => {
      await index.upsertMany([
        entry({
          id: "100_alpha",
          date: "2024-01-01",
          url: "https://example.com/news/parliament-debate",
          title: "Parliament passes budget",
        }),
        entry({
          id: "200_beta",
          date: "2024-02-01",
          url: "https://www.news.example.org/world/earthquake-strikes-coast/",
          title: "Earthquake strikes coast",
        }),
        entry({ id: "300_gamma", date: "2024-03-01", title: "Housing plan" }),
      ]);
      expect(hitIds(await index.suggest(""))).toEqual(["300_gamma", "200_beta", "100_alpha"]);
      expect(hitIds(await index.suggest("  ", { limit: 2 }))).toEqual(["300_gamma", "200_beta"]);
      expect(hitIds(await index.suggest("parl"))).toEqual(["100_alpha"]);
      expect(hitIds(await index.suggest("parliament bud"))).toEqual(["100_alpha"]);
      expect(hitIds(await index.suggest("earthqauke"))).toEqual(["200_beta"]);
      expect(hitIds(await index.suggest("300_gamma"))[0]).toBe("300_gamma");
      expect(hitIds(await index.suggest("200"))[0]).toBe("200_beta");
      expect(
        hitIds(await index.suggest("https://news.example.org/world/earthquake-strikes-coast"))[0],
      ).toBe("200_beta");
      expect(hitIds(await index.suggest("example.com/news/parliament-d"))).toContain("100_alpha");
      expect(await index.suggest("parliament", { limit: 1 })).toHaveLength(1);
      expect(await index.suggest('"*(')).toEqual([]);
    });

    it("reports added, changed and removed articles to listeners", async () => {
      const changes: IndexChange[] = [];
      const stop = index.onChange((change) => changes.push(change));
      await index.upsert(entry({ id: "n" }));
      await index.upsert(entry({ id: "n" }));
      await index.upsert(entry({ id: "n", hash: "new" }));
      await index.remove("n");
      expect(await index.remove("n")).toBe(false);
      stop();
      await index.upsert(entry({ id: "later" }));
      expect(changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
        "added n",
        "changed n",
        "removed n",
      ]);
      const removed = changes[2] as Extract<IndexChange, { kind: "removed" }>;
      expect(removed.article?.id).toBe("n");
    });

    it("lets one holder at a time take a lock", async () => {
      const first = await index.tryLock("import");
      expect(first).not.toBeNull();
      expect(await index.tryLock("import")).toBeNull();
      await first!.release();
      const second = await index.tryLock("import");
      expect(second?.held()).toBe(true);
      await second!.release();
    });

    it("drops only seed articles when the seed ledger is cleared", async () => {
      await index.seeds.apply({
        records: [
          {
            path: "/seeds/s.txt",
            size: 10,
            mtimeMs: 5,
            contentHash: "h",
            cleanerVersion: 1,
            articleId: "s",
            urlKey: "https://example.com/news/s",
            problem: null,
          },
        ],
        articles: [entry({ id: "s" })],
        removedPaths: [],
        removedArticles: [],
      });
      await index.upsert(entry({ id: "web", origin: "fetched" }), {
        grants: [{ kind: "user", userId: "u" }],
      });
      expect((await index.seeds.list("/seeds/")).map((r) => r.path)).toEqual(["/seeds/s.txt"]);
      expect(await index.seeds.claimsOf("https://example.com/news/s")).toHaveLength(1);
      await index.seeds.clear();
      expect(ids(await index.list())).toEqual(["web"]);
      expect(await index.seeds.list("/seeds/")).toEqual([]);
      expect((await index.status()).byOrigin).toEqual({ fetched: 1 });
    });

    it("pages through a folder's ledger in code point order, past names above U+FFFF", async () => {
      // UTF-16 puts the surrogate pair of U+1F600 before U+E000; UTF-8 bytes (and code points) after.
      const paths = ["/seeds/\u{1F600}.txt", "/seeds/a.txt", "/seeds/\uE000.txt", "/seeds/b.txt"];
      await index.seeds.apply({
        records: [...paths, "/other/c.txt", "/seeds0.txt"].map((f) => problemRecord(f, "p")),
        articles: [],
        removedPaths: [],
        removedArticles: [],
      });
      const pathsOf = (records: readonly { path: string }[]) => records.map((r) => r.path);
      const first = await index.seeds.listPage("/seeds/", null, 2);
      expect(pathsOf(first)).toEqual(["/seeds/a.txt", "/seeds/b.txt"]);
      const second = await index.seeds.listPage("/seeds/", "/seeds/b.txt", 2);
      expect(pathsOf(second)).toEqual(["/seeds/\uE000.txt", "/seeds/\u{1F600}.txt"]);
      expect(await index.seeds.listPage("/seeds/", "/seeds/\u{1F600}.txt", 2)).toEqual([]);
      expect(pathsOf(await index.seeds.list("/seeds/"))).toEqual([
        ...pathsOf(first),
        ...pathsOf(second),
      ]);
    });

    it("pages through the articles without a seed file by id in code point order, with grants", async () => {
      await index.upsert(entry({ id: "seed1" }));
      const feed = (id: string) => entry({ id, origin: "feed", hash: `h-${id}` });
      await index.upsert(feed("\u{1F600}f"), { grants: [{ kind: "guild", guildId: "g2" }] });
      await index.upsert(feed("b"), {
        grants: [
          { kind: "user", userId: "u1" },
          { kind: "guild", guildId: "g1" },
        ],
      });
      await index.upsert(feed("\uE000f"));
      await index.upsert(entry({ id: "a", origin: "fetched", hash: "h-a" }), {
        grants: [{ kind: "user", userId: "u2" }],
      });
      const first = await index.listUnfiled(null, 2);
      expect(first.map((s) => s.entry.article.id)).toEqual(["a", "b"]);
      expect(first[0]).toEqual({
        entry: { ...entry({ id: "a", origin: "fetched", hash: "h-a" }), file: null },
        grants: [{ kind: "user", userId: "u2" }],
        scope: "user:u2",
      });
      // The scope (the first grant given) comes first.
      expect(first[1]?.grants).toEqual([
        { kind: "user", userId: "u1" },
        { kind: "guild", guildId: "g1" },
      ]);
      const second = await index.listUnfiled("b", 2);
      expect(second.map((s) => s.entry.article.id)).toEqual(["\uE000f", "\u{1F600}f"]);
      expect(second[0]?.grants).toEqual([{ kind: "all" }]);
      expect(await index.listUnfiled("\u{1F600}f", 2)).toEqual([]);
    });

    it("gives the stored articles of some ids, seeds included, with their hashes", async () => {
      await index.upsert(entry({ id: "s", hash: "hs" }));
      await index.upsert(entry({ id: "f", origin: "feed", hash: "hf" }), {
        grants: [{ kind: "guild", guildId: "g" }],
      });
      const found = await index.storedOf(["f", "missing", "s"]);
      expect(found.map((s) => [s.entry.article.id, s.entry.contentHash, s.grants])).toEqual([
        ["f", "hf", [{ kind: "guild", guildId: "g" }]],
        ["s", "hs", [{ kind: "all" }]],
      ]);
      expect(await index.storedOf([])).toEqual([]);
    });

    it("gives the stored articles at some URLs, in every scope, with their scope", async () => {
      const url = "https://example.com/shared-story";
      await index.upsert(entry({ id: "s", url }));
      await index.upsert(entry({ id: "f", url: `${url}?utm_source=feed`, origin: "feed" }), {
        grants: [{ kind: "guild", guildId: "g" }],
      });
      await index.upsert(entry({ id: "other", url: "https://example.com/other" }));
      const found = await index.storedAt(["http://www.example.com/shared-story/", "not a url"]);
      expect(found.map((s) => [s.entry.article.id, s.scope])).toEqual([
        ["f", "guild:g"],
        ["s", "all"],
      ]);
      expect(await index.storedAt([])).toEqual([]);
    });

    it("shows one handle's writes to another handle on the same data", async () => {
      if (!index.openSecond) return;
      const other = await index.openSecond();
      try {
        const seen: string[] = [];
        other.onChange((change) => seen.push(`${change.kind} ${change.id}`));
        await index.upsert(entry({ id: "shared" }));
        expect((await other.get("shared"))?.id).toBe("shared");
        await expect.poll(() => seen, { timeout: 15_000, interval: 50 }).toEqual(["added shared"]);
        expect(await other.tryLock("import-x", 60_000)).not.toBeNull();
        expect(await index.tryLock("import-x", 60_000)).toBeNull();
      } finally {
        await other.close();
      }
    });
  });
}
