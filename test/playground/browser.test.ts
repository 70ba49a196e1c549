import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/redis.js";

/**
 * The playground in a real browser: `npm start` without a token, Debian's Chromium driven by
 * playwright-core, and every step a person would take. `.ci/run` installs /usr/bin/chromium.
 */
const CHROMIUM = "/usr/bin/chromium";
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const SEED_TITLE =
  "Lavrov discusses situation on Korean Peninsula with North Korean counterpart in Moscow";

describe.skipIf(!existsSync(CHROMIUM))("the playground page (npm start without a token)", () => {
  let server: ChildProcess;
  let browser: BrowserContext;
  let page: Page;
  let url = "";
  let output = "";
  const requested: string[] = [];
  const userDataDir = mkdtempSync(path.join(tmpdir(), "newsdesk-chromium-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsdesk-data-"));

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PLAYGROUND_PORT: String(port),
      SEEDS_DIR: path.join(repoRoot, "seeds"),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    };
    server = spawn("npm", ["start", "--silent"], { cwd: repoRoot, env, detached: true });
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
      server.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
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

  afterAll(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGINT");
      await exited;
    }
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
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

  it("runs /article latest and shows the seed's title and cleaned text, then pages forward", async () => {
    await runCommand("/article latest");
    await page.getByRole("combobox", { name: /Message the channel/ }).press("Enter");
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

  it("never reaches beyond loopback", () => {
    expect(requested.length).toBeGreaterThan(3);
    for (const address of requested) {
      const { protocol, hostname } = new URL(address);
      expect(["http:", "data:"]).toContain(protocol);
      if (protocol === "http:") expect(hostname).toBe("127.0.0.1");
    }
  });
});
