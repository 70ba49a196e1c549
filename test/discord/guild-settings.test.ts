import { describe, expect, it } from "vitest";
import { serverLocale, serverLocaleFor } from "../../src/discord/guild-settings.js";
import { silentLogger } from "../../src/logger.js";
import { createSettingsRepository } from "../../src/settings/repository.js";
import { createStore } from "../../src/store/store.js";

describe("serverLocale", () => {
  it("follows the /settings language first, then the server's preferred locale", () => {
    expect(serverLocale("de", "fr")).toBe("de");
    expect(serverLocale(null, "fr")).toBe("fr");
    expect(serverLocale("pt", null)).toBe("pt-BR");
  });

  it("passes over a settings language without a catalog and falls back to English", () => {
    expect(serverLocale("it", "ja")).toBe("ja");
    expect(serverLocale("it", "ko")).toBe("en-US");
    expect(serverLocale(null, undefined)).toBe("en-US");
  });
});

describe("serverLocaleFor", () => {
  it("reads the server's stored settings and the interaction's guild_locale", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const settings = createSettingsRepository(store.namespace("settings"));
    const deps = { settings };
    const interaction = { guildId: "g1", raw: { guild_locale: "es-ES" } };
    expect(await serverLocaleFor(deps, interaction)).toBe("es-ES");
    await settings.update("g1", { language: "ja" });
    expect(await serverLocaleFor(deps, interaction)).toBe("ja");
    expect(await serverLocaleFor(deps, { guildId: null, raw: {} })).toBe("en-US");
    await store.close();
  });
});
