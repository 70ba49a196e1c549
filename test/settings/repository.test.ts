import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { createSettingsRepository } from "../../src/settings/repository.js";
import { DEFAULT_SETTINGS, type SettingsRepository } from "../../src/settings/types.js";
import { NAMESPACES } from "../../src/store/namespaces.js";
import { createStore, type Store } from "../../src/store/store.js";

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** One contract, run against the memory and the SQLite store. */
function runContract(label: string, open: () => Promise<Store>) {
  describe(`createSettingsRepository (${label})`, () => {
    let store: Store;
    let settings: SettingsRepository;
    beforeAll(async () => {
      store = await open();
      settings = createSettingsRepository(store.namespace(NAMESPACES.settings));
    });
    afterAll(async () => {
      await store.close();
    });

    it("gives the defaults for a server with no settings", async () => {
      expect(await settings.get("g-none")).toEqual(DEFAULT_SETTINGS);
    });

    it("keeps each server's settings apart and merges updates", async () => {
      await settings.update("g1", { language: "de", length: "short" });
      await settings.update("g1", { format: "bullets" });
      await settings.update("g2", { digestStyle: "briefing" });
      expect(await settings.get("g1")).toEqual({
        ...DEFAULT_SETTINGS,
        language: "de",
        length: "short",
        format: "bullets",
      });
      expect((await settings.get("g2")).digestStyle).toBe("briefing");
    });

    it("clears a setting given as null", async () => {
      await settings.update("g3", { language: "fr" });
      expect((await settings.update("g3", { language: null })).language).toBeNull();
    });

    it("applies concurrent updates of one server one after another", async () => {
      await Promise.all([
        settings.update("g4", { language: "ja" }),
        settings.update("g4", { llmBudget: 3 }),
        settings.update("g4", { length: "long" }),
      ]);
      expect(await settings.get("g4")).toMatchObject({
        language: "ja",
        llmBudget: 3,
        length: "long",
      });
    });

    it("reads an unreadable stored field as not set", async () => {
      await store.namespace(NAMESPACES.settings).set("guild:g5", { length: "huge", llmBudget: 2 });
      expect(await settings.get("g5")).toEqual({ ...DEFAULT_SETTINGS, llmBudget: 2 });
    });
  });
}

runContract("memory", () => createStore({ url: "memory://", logger: silentLogger }));
runContract("sqlite", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-settings-"));
  tempDirs.push(dir);
  return await createStore({ dataDir: dir, logger: silentLogger });
});
