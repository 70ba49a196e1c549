import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type Harness, startHarness } from "./harness.js";

describe("stopping the app (what SIGINT/SIGTERM run)", () => {
  let h: Harness;
  let llm: OpenAiTestServer;

  beforeAll(async () => {
    llm = await startOpenAiTestServer({
      handler: () => ({ content: answerJson({ summary: "Finished in flight." }), delayMs: 1000 }),
    });
    h = await startHarness({ env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: "test-model" } });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("finishes the interactions in flight before it resolves", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: h.fixtures.realId },
    });
    expect(await run.callback()).toMatchObject({ type: 5, ok: true });
    expect(h.app.dispatcher.inFlight).toBe(1);
    await h.app.stop();
    expect(h.app.dispatcher.inFlight).toBe(0);
    expect(run.original()?.embeds[0]?.footer?.text).toBe("Engine: LLM (test-model)");
    expect(run.original()?.embeds[0]?.description).toBe("Finished in flight.");
  });
});
