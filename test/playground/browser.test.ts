import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/redis.js";

/**
 * The playground in a real browser: the `npm start` entry without a token, Debian's Chromium driven
 * by playwright-core, and every step a person would take. `.ci/run` installs /usr/bin/chromium.
 * The entry runs from source through tsx (as the CLI tests do): `npm start` runs dist/, which may
 * be older than the tree under test.
 */
const CHROMIUM = "/usr/bin/chromium";
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const SEED_TITLE =
  "Lavrov discusses situation on Korean Peninsula with North Korean counterpart in Moscow";
/** Markup a hostile article carries: the page must show it as text, never make elements of it. */
const HOSTILE_BODY = [
  'The <img src=x onerror="window.pwned=1"> council <script>window.pwned=2</script> met today.',
  "A [link](javascript:window.pwned=3) and **<b>bold</b>** and `<i>code</i>` and <iframe src=/>.",
  "Officials said <svg onload=window.pwned=4> nothing &amp; more.",
].join("\n");

describe.skipIf(!existsSync(CHROMIUM))("the playground page (npm start without a token)", () => {
  let server: ChildProcess;
  let browser: BrowserContext;
  let page: Page;
  let url = "";
  let output = "";
  const requested: string[] = [];
  const userDataDir = mkdtempSync(path.join(tmpdir(), "newsdesk-chromium-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsdesk-data-"));
  const seedsDir = mkdtempSync(path.join(tmpdir(), "newsdesk-seeds-"));

  beforeAll(async () => {
    cpSync(path.join(repoRoot, "seeds"), seedsDir, { recursive: true });
    writeFileSync(
      path.join(seedsDir, "002_hostile_markup.txt"),
      ` date 2020-01-01 https://example.com/news/hostile-markup-council-meeting\n${HOSTILE_BODY}\n`,
    );
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PLAYGROUND_PORT: String(port),
      SEEDS_DIR: seedsDir,
      // Digests take articles once they are this old; the test adds one and sends at once.
      DIGEST_SETTLE_MS: "1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    };
    server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: repoRoot,
      env,
      detached: true,
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no banner within 45 s:\n${output}`)),
        45_000,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server.stdout?.on("data", onData);
      server.stderr?.on("data", onData);
      server.on("exit", (code) =>
        reject(new Error(`the playground exited with ${code}:\n${output}`)),
      );
    });
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      viewport: { width: 1280, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(url);
    await page.locator("body[data-ready=true]").waitFor();
  }, 90_000);

  afterEach(async (context) => {
    // A failing step leaves a picture of the page behind for the person reading the log.
    if (context.task.result?.state === "fail") {
      await page?.screenshot({ path: path.join(tmpdir(), "newsdesk-playground-failure.png") });
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGINT");
      await exited;
    }
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(seedsDir, { recursive: true, force: true });
  });

  async function runCommand(label: string): Promise<void> {
    const input = page.getByRole("combobox", { name: /Message the channel/ });
    await input.fill("/");
    await input.pressSequentially(label.slice(1, 4));
    await page.getByRole("option", { name: new RegExp(`^${label}`) }).click();
  }

  function lastBotMessage() {
    return page.locator("li.message").last();
  }

  it("prints one banner with the URL, the summary engine and how to connect to Discord", () => {
    expect(output).toContain("Summaries are extractive until OPENAI_API_KEY");
    expect(output).toContain("DISCORD_TOKEN");
    expect(output.match(/Newsdesk playground/g)).toHaveLength(1);
  });

  it("lists the channels and the registered commands with their descriptions", async () => {
    await expect(page.getByRole("button", { name: "# general" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "# news-digest" }).count()).resolves.toBe(1);
    const input = page.getByRole("combobox", { name: /Message the channel/ });
    await input.fill("/");
    const options = page.getByRole("option");
    await options.first().waitFor();
    const labels = await options.allTextContents();
    for (const name of [
      "/article latest",
      "/article show",
      "/article search",
      "/summarize",
      "/quotes",
    ]) {
      expect(labels.some((label) => label.startsWith(name))).toBe(true);
    }
    await input.press("Escape");
    await input.press("Escape");
  });

  it("runs /article latest on the demo newsroom and names the subcommand it used", async () => {
    await runCommand("/article latest");
    await page.getByRole("combobox", { name: /Message the channel/ }).press("Enter");
    const reply = page.locator("li.message", { hasText: "You used /article latest" }).last();
    await reply.waitFor();
    await expect(reply.locator(".embed-author").textContent()).resolves.toMatch(
      /\.example|\.invalid/,
    );
  });

  it("closes the suggestions with Esc, asks, and clears only at a second Esc", async () => {
    const input = page.getByRole("combobox", { name: /Message the channel/ });
    const note = page.locator("form.composer #composer-note");
    await runCommand("/article search");
    const query = page.locator('[data-option="query"]');
    await query.fill("bridge");
    await query.press("Enter");
    // The composer resets once the playground took the command (a round trip: slow under load).
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toBe("");
    await runCommand("/article search");
    await input.press("Enter");
    await expect(note.textContent()).resolves.toBe("Fill in query");
    await expect(page.locator("#status").textContent()).resolves.not.toMatch(/Fill in/);
    await page.locator('[data-option="query"]').fill("flood");
    await page.locator('[data-option="query"]').press("Escape");
    await expect(input.inputValue()).resolves.toBe("/article search ");
    await expect(note.textContent()).resolves.toMatch(/Esc again/);
    await page.locator('[data-option="query"]').press("Escape");
    await expect(input.inputValue()).resolves.toBe("");
    await input.fill("/");
    await page.getByRole("option").first().waitFor();
    await input.press("Escape");
    await expect(page.locator("#suggestions").isHidden()).resolves.toBe(true);
    await expect(input.inputValue()).resolves.toBe("/");
    await input.press("Escape");
    await input.press("Escape");
    await expect(input.inputValue()).resolves.toBe("");
  });

  it("shows an article by autocomplete, then pages forward", async () => {
    await runCommand("/article show");
    const article = page.getByRole("combobox", { name: "article" });
    await article.pressSequentially("Lavrov");
    await page
      .getByRole("option", { name: /Lavrov discusses/ })
      .first()
      .click();
    await article.press("Enter");
    const embed = page.locator(".embed").filter({ hasText: SEED_TITLE }).last();
    await embed.waitFor();
    await expect(embed.locator(".embed-description").textContent()).resolves.toContain(
      "Russian Foreign Minister Sergey Lavrov said on Tuesday",
    );
    const footer = await embed.locator(".embed-footer").textContent();
    expect(footer).toMatch(/page 1\/\d/);
    await lastBotMessage().getByRole("button", { name: /Next/ }).click();
    await page
      .locator(".embed-footer", { hasText: /page 2\/\d/ })
      .first()
      .waitFor();
    await expect(page.locator(".embed-description").last().textContent()).resolves.toContain(
      "North Korea will make every effort",
    );
  });

  it("opens the summary and the quotes from the article's buttons", async () => {
    // Pin the article message by id: the summary and quotes replies carry its title too.
    const id = await page
      .locator("li.message")
      .filter({ has: page.getByRole("button", { name: "Summary" }) })
      .last()
      .getAttribute("data-message-id");
    const article = page.locator(`li.message[data-message-id="${id}"]`);
    await article.getByRole("button", { name: "Summary" }).click();
    await page
      .locator(".embed-footer", { hasText: /extractive/i })
      .first()
      .waitFor();
    // The reply names the button that was used.
    await page.locator("li.message .invocation", { hasText: /You clicked “.*Summary”/ }).waitFor();
    await article.getByRole("button", { name: "Quotes" }).click();
    await page.locator("li.message", { hasText: "Choe Son Hui" }).first().waitFor();
    await expect(
      page.locator("li.message", { hasText: "Sergey Lavrov" }).count(),
    ).resolves.toBeGreaterThan(0);
  });

  it("runs /quotes with an article picked through autocomplete", async () => {
    const before = await page.locator("li.message").count();
    await runCommand("/quotes");
    const article = page.getByRole("combobox", { name: "article" });
    await article.pressSequentially("Lavrov");
    const choice = page.getByRole("option", { name: /Lavrov discusses/ });
    await choice.first().waitFor();
    await choice.first().click();
    await article.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll("li.message").length > n, before);
    const reply = page.locator("li.message").last();
    await reply.getByText("Sergey Lavrov").first().waitFor();
    await page.screenshot({
      path: process.env.UPDATE_SCREENSHOTS
        ? path.join(repoRoot, "docs/playground.png")
        : path.join(tmpdir(), "newsdesk-playground.png"),
    });
  });

  it("opens a thread with Discuss under an article and answers /ask in it", async () => {
    const id = await page
      .locator("li.message")
      .filter({ has: page.getByRole("button", { name: "Discuss" }) })
      .last()
      .getAttribute("data-message-id");
    const article = page.locator(`li.message[data-message-id="${id}"]`);
    await article.getByRole("button", { name: "Discuss" }).click();
    const opened = page.locator("li.message", { hasText: /Opened #/ }).last();
    await opened.waitFor();
    // The thread is listed under its channel, and its mention in the reply leads there.
    await page.locator(".channel-list .thread").first().waitFor();
    await opened.locator(".mention[data-channel-id]").click();
    await page.locator("li.message", { hasText: "/ask question:" }).first().waitFor();
    await runCommand("/ask");
    await fillOption("question", "Where did Lavrov meet his North Korean counterpart?");
    await page.locator('[data-option="question"]').press("Enter");
    await page.locator(".embed-title", { hasText: "Where did Lavrov meet" }).last().waitFor();
    await page
      .locator(".embed-description", { hasText: /match best|does not answer/ })
      .last()
      .waitFor();
    await page.getByRole("button", { name: "# general" }).click();
  });

  async function fillOption(name: string, value: string): Promise<void> {
    const field = page.locator(`[data-option="${name}"]`);
    if ((await field.evaluate((node) => node.tagName)) === "SELECT") {
      await field.selectOption({ label: value });
    } else {
      await field.fill(value);
    }
  }

  it("lets the admin subscribe #news-digest and shows the digest arriving there", async () => {
    await runCommand("/digest subscribe");
    await fillOption("channel", "#news-digest");
    await fillOption("schedule", "daily 08:00");
    await page.locator('[data-option="schedule"]').press("Enter");
    await page
      .locator("li.message", { hasText: /Subscribed #news-digest/ })
      .last()
      .waitFor();

    writeFileSync(
      path.join(seedsDir, "001_playground_digest.txt"),
      " date 2030-05-02 https://example.com/news/2030/05/02/harbour-reopens-after-storm\n" +
        "The harbour reopened on Thursday after a week of storm repairs, the port authority said.\n" +
        '"Ships can dock again," harbour master Ana Lopes said.\n',
    );
    // The bot watches the seeds folder: the new article becomes the latest.
    await expect
      .poll(
        async () => {
          await runCommand("/article latest");
          await page.getByRole("combobox", { name: /Message the channel/ }).press("Enter");
          await page.waitForTimeout(300);
          return page.locator(".embed-title").last().textContent();
        },
        { timeout: 20_000 },
      )
      .toMatch(/Harbour reopens after storm/i);

    await runCommand("/digest send-now");
    const subscription = page.getByRole("combobox", { name: "subscription" });
    await subscription.focus();
    const choice = page.getByRole("option", { name: /news-digest/ });
    await choice.first().waitFor();
    await choice.first().click();
    await subscription.press("Enter");
    await page.locator(".channel-list .unread", { hasText: "news-digest" }).waitFor();
    await page.getByRole("button", { name: "# news-digest" }).click();
    await page
      .locator("li.message .embed-title", { hasText: /Harbour reopens after storm/i })
      .waitFor();
    await page.getByRole("button", { name: "# general" }).click();
  });

  it("previews a sample digest when nothing is new", async () => {
    await runCommand("/digest preview");
    const subscription = page.getByRole("combobox", { name: "subscription" });
    await subscription.focus();
    const choice = page.getByRole("option", { name: /news-digest/ });
    await choice.first().waitFor();
    await choice.first().click();
    await subscription.press("Enter");
    await page
      .locator("li.message", { hasText: /Sample digest/ })
      .last()
      .waitFor();
  });

  it("keeps the server's ids under DATA_DIR, so subscriptions survive a restart", async () => {
    const ids = JSON.parse(readFileSync(path.join(dataDir, "playground-ids.json"), "utf8"));
    await expect(
      page.getByRole("button", { name: "# news-digest" }).getAttribute("data-channel-id"),
    ).resolves.toBe(ids.channels["news-digest"]);
  });

  it("shows hostile markup in an article as text", async () => {
    await runCommand("/article show");
    const article = page.getByRole("combobox", { name: "article" });
    await article.pressSequentially("hostile");
    await page
      .getByRole("option", { name: /Hostile markup/ })
      .first()
      .click();
    await article.press("Enter");
    const embed = page.locator(".embed", { hasText: /Hostile markup/i }).last();
    await embed.waitFor();
    const description = embed.locator(".embed-description");
    await expect(description.textContent()).resolves.toContain(
      '<img src=x onerror="window.pwned=1">',
    );
    await expect(description.textContent()).resolves.toContain("<script>window.pwned=2</script>");
    await expect(description.locator("img, script, iframe, svg, b, i").count()).resolves.toBe(0);
    await expect(description.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as { pwned?: unknown }).pwned),
    ).resolves.toBeUndefined();
  });

  it("fits a 420 px wide window", async () => {
    await page.setViewportSize({ width: 420, height: 860 });
    await runCommand("/article show");
    const article = page.getByRole("combobox", { name: "article" });
    await article.pressSequentially("Lavrov");
    await page
      .getByRole("option", { name: /Lavrov discusses/ })
      .first()
      .click();
    await article.press("Enter");
    await page.locator(".embed", { hasText: SEED_TITLE }).last().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator("li.message .embed").last().boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(420);
    await page.screenshot({
      path: process.env.UPDATE_SCREENSHOTS
        ? path.join(repoRoot, "docs/playground-420.png")
        : path.join(tmpdir(), "newsdesk-playground-420.png"),
    });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("writes the bot's emoji as words when no emoji font draws them", async () => {
    const bare = await browser.newPage();
    // As on a machine without an emoji font: whatever the page draws to test for one comes out grey.
    await bare.addInitScript(() => {
      CanvasRenderingContext2D.prototype.getImageData = (_x, _y, w, h) => {
        const data = new Uint8ClampedArray(w * h * 4);
        for (let i = 0; i < data.length; i += 4) data.set([80, 80, 80, 255], i);
        return new ImageData(data, w, h);
      };
    });
    bare.on("request", (request) => requested.push(request.url()));
    await bare.goto(url);
    await bare.locator("body[data-ready=true]").waitFor();
    await expect(
      bare.evaluate(() => document.documentElement.classList.contains("no-emoji-font")),
    ).resolves.toBe(true);
    await bare.getByRole("button", { name: "# news-digest" }).click();
    const digest = bare.locator("li.message", { hasText: /News digest/ }).first();
    await digest.waitFor();
    await expect(digest.textContent()).resolves.toContain("[news]");
    await expect(digest.textContent()).resolves.not.toContain("📰");
    await bare.close();
  });

  it("never reaches beyond loopback", () => {
    expect(requested.length).toBeGreaterThan(3);
    for (const address of requested) {
      const { protocol, hostname } = new URL(address);
      expect(["http:", "data:"]).toContain(protocol);
      if (protocol === "http:") expect(hostname).toBe("127.0.0.1");
    }
  });
});
