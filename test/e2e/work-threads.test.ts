import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const ARTICLE_HTML = readFileSync(new URL("../fixtures/pages/article.html", import.meta.url));

// Every task runs over a 1 ms limit (a thread cannot even start in that time), so each one is
// stopped: what the reader sees, and that the bot goes on serving.
describe("work that runs over its time (WORK_TIMEOUT_MS)", () => {
  let h: Harness;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(ARTICLE_HTML);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    h = await startHarness({ env: { WORK_TIMEOUT_MS: "1", FETCH_ALLOW_PRIVATE: "1" } });
  });
  afterAll(async () => {
    await h?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  });

  it("answers /quotes in an ephemeral message, offers no speakers, and keeps serving", async () => {
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: h.fixtures.longId },
    });
    // A work thread starts first (seconds on a loaded machine), then runs over its 1 ms.
    await run.waitFor((x) => (x.original()?.content ?? "").length > 0, 20_000);
    const message = run.original()!;
    expect(message.flags).toBe(64);
    expect(message.content).toMatch(/is too long to read for quotes in time/);
    expect(h.logs.some((r) => r.msg === "a task ran over its time; stopping its thread")).toBe(
      true,
    );

    const speakers = await h.emulator.autocomplete({
      name: "quotes",
      options: { article: h.fixtures.longId, speaker: "jane" },
      focused: "speaker",
    });
    expect(speakers).toEqual([]);

    const next = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await next.callback()).toMatchObject({ type: 4, ok: true });
  });

  it("answers /summarize of a page that takes too long to read, for that person only", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: `${base}/news/slow-page` },
    });
    // Deferred in public, so the refusal goes to the person alone as a follow-up.
    await run.waitFor((x) => x.followups().length > 0, 20_000);
    const [notice] = run.followups();
    expect(notice?.flags).toBe(64);
    expect(notice?.content).toBe("That page took too long to read.");
    expect(h.logs.filter((r) => r.level === "error")).toEqual([]);
  });
});
