import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { checkSignature, publicKeyFromHex } from "../../src/http/signature.js";
import { createSeedsDir, emulatorEnv } from "../e2e/harness.js";

/** A stand-in endpoint: answers PING properly and everything else as `answer` decides. */
async function endpoint(
  emulator: Emulator,
  answer: (payload: Record<string, unknown>, res: ServerResponse) => void,
): Promise<{ url: string; server: Server; seen: Array<Record<string, unknown>> }> {
  const key = publicKeyFromHex(emulator.publicKey);
  const seen: Array<Record<string, unknown>> = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const check = checkSignature(key, {
        signature: req.headers["x-signature-ed25519"] as string | undefined,
        timestamp: req.headers["x-signature-timestamp"] as string | undefined,
        body,
        nowMs: Date.now(),
      });
      if (!check.ok) {
        res.writeHead(401).end();
        return;
      }
      const payload = JSON.parse(body.toString()) as Record<string, unknown>;
      if (payload.type === 1) {
        res.writeHead(200, { "content-type": "application/json" }).end('{"type":1}');
        return;
      }
      seen.push(payload);
      answer(payload, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/i`, server, seen };
}

describe("the emulator's interactions endpoint URL", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(options: { callbackWindowMs?: number } = {}) {
    const fixtures = await createSeedsDir();
    const emulator = await startEmulator(options);
    cleanups.push(
      () => fixtures.cleanup(),
      () => emulator.close(),
    );
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    return emulator;
  }

  it("exposes a 64-hex-digit Ed25519 public key that verifies its signatures", async () => {
    const emulator = await setup();
    expect(emulator.publicKey).toMatch(/^[0-9a-f]{64}$/);
    const signed = emulator.signRequest("{}");
    const check = checkSignature(publicKeyFromHex(emulator.publicKey), {
      ...signed,
      body: Buffer.from("{}"),
      nowMs: Number(signed.timestamp) * 1000,
    });
    expect(check).toEqual({ ok: true });
  });

  it("refuses an endpoint that accepts a bad signature, as Discord does when the URL is saved", async () => {
    const emulator = await setup();
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end('{"type":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await expect(emulator.setInteractionsEndpoint(url)).rejects.toThrow(/bad signature/);
    expect(emulator.interactionsEndpoint).toBeNull();
  });

  it("POSTs the interaction signed, applies the HTTP reply, and sends nothing over the gateway", async () => {
    const emulator = await setup();
    const ep = await endpoint(emulator, (_payload, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          type: 4,
          data: { content: "over HTTP", allowed_mentions: { parse: [] } },
        }),
      );
    });
    cleanups.push(() => new Promise((resolve) => ep.server.close(() => resolve())));
    await emulator.setInteractionsEndpoint(ep.url);
    const run = await emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await run.callback()).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.content).toBe("over HTTP");
    expect(ep.seen.map((p) => p.type)).toEqual([2]);
  });

  it("fails the interaction when the endpoint answers with an error", async () => {
    const emulator = await setup();
    const ep = await endpoint(emulator, (_payload, res) => res.writeHead(500).end());
    cleanups.push(() => new Promise((resolve) => ep.server.close(() => resolve())));
    await emulator.setInteractionsEndpoint(ep.url);
    const run = await emulator.runCommand({ name: "article", subcommand: "latest" });
    const callback = await run.callback();
    expect(callback.ok).toBe(false);
    expect(callback.error?.message).toContain("The application did not respond");
    expect(run.original()).toBeUndefined();
  });

  it("fails the interaction when the endpoint does not answer within the callback window", async () => {
    const emulator = await setup({ callbackWindowMs: 300 });
    const held: ServerResponse[] = [];
    const ep = await endpoint(emulator, (_payload, res) => held.push(res));
    cleanups.push(
      () =>
        new Promise((resolve) => {
          for (const res of held) res.destroy();
          ep.server.close(() => resolve());
        }),
    );
    await emulator.setInteractionsEndpoint(ep.url);
    const run = await emulator.runCommand({ name: "article", subcommand: "latest" });
    const callback = await run.callback(10_000);
    expect(callback).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("no response within 300 ms") },
    });
  });
});
