import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNewsdeskInProcess } from "../support/cli.js";
import { type FeedServer, rssOf, startFeedServer } from "../support/feed-server.js";

let server: FeedServer;
let dataDir: string;

beforeAll(async () => {
  server = await startFeedServer();
  dataDir = await mkdtemp(path.join(tmpdir(), "newsdesk-feed-cli-"));
  const body = "The council met on Tuesday and agreed a new budget for the town's roads. ".repeat(
    30,
  );
  server.set("/cli.xml", {
    body: rssOf("CLI Gazette", server.origin, [
      { guid: "c1", title: "Budget agreed", link: server.url("/c/1"), description: body },
      { guid: "c2", title: "Roads to be fixed", link: server.url("/c/2"), description: body },
    ]),
  });
  server.set("/page.html", {
    body: "<html><body><p>hi</p></body></html>",
    contentType: "text/html",
  });
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

function newsdesk(...args: string[]) {
  return runNewsdeskInProcess(
    { DATA_DIR: dataDir, SEEDS_DIR: dataDir, FETCH_ALLOW_PRIVATE: "1" },
    args,
  );
}

describe("registerFeedCommand", () => {
  it("adds a feed with a preview, polls it into the corpus, lists, exports and removes it", async () => {
    const added = await newsdesk("feed", "add", server.url("/cli.xml"));
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("Added");
    expect(added.stdout).toContain("- Budget agreed");

    const polled = await newsdesk("feed", "poll");
    expect(polled.stdout).toContain("2 new articles");
    const listed = await newsdesk("--json", "article", "list");
    const articles = JSON.parse(listed.stdout) as { title: string; url: string; origin?: string }[];
    expect(articles.map((a) => a.title).sort()).toEqual(["Budget agreed", "Roads to be fixed"]);

    const again = await newsdesk("feed", "poll");
    expect(again.stdout).toBe("No feed is due.\n");

    const list = await newsdesk("--json", "feed", "list");
    const [feed] = JSON.parse(list.stdout) as { id: string; status: string; title: string }[];
    expect(feed).toMatchObject({ status: "active", title: "CLI Gazette" });

    const paused = await newsdesk("feed", "pause", feed!.id);
    expect(paused.stdout).toContain("Paused");
    expect((await newsdesk("feed", "list")).stdout).toContain("paused");
    await newsdesk("feed", "resume", feed!.id);

    const exported = await newsdesk("feed", "export");
    expect(exported.stdout).toContain(`xmlUrl="${server.url("/cli.xml")}"`);
    const opmlFile = path.join(dataDir, "subscriptions.opml");
    await writeFile(
      opmlFile,
      exported.stdout.replace(
        "</body>",
        `<outline text="bad" xmlUrl="${server.url("/page.html")}"/></body>`,
      ),
    );

    const removed = await newsdesk("feed", "remove", server.url("/cli.xml"));
    expect(removed.stdout).toContain("Removed");
    expect((await newsdesk("feed", "list")).stdout).toContain("No feeds yet");

    const imported = await newsdesk("feed", "import", opmlFile);
    expect(imported.stdout).toContain("1 added, 0 already followed, 1 failed.");
    expect(imported.stdout).toContain("web page, not a feed");
  });

  it("refuses an address that is not a feed with the reason", async () => {
    const result = await newsdesk("feed", "add", server.url("/page.html"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("serves a web page, not a feed");
  });
});
