import { describe, expect, it } from "vitest";
import { enUS } from "../../src/i18n/messages/en-US.js";
import { CATALOGS, t, translator } from "../../src/i18n/t.js";

describe("t", () => {
  it("has every message key, non-empty, in every locale and no key English lacks", () => {
    const keys = Object.keys(enUS).sort();
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      for (const key of keys)
        expect(catalog[key as keyof typeof enUS].trim(), `${locale} ${key}`).not.toBe("");
    }
  });

  it("keeps the same placeholders in every translation", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      for (const [key, english] of Object.entries(enUS)) {
        expect(placeholders(catalog[key as keyof typeof enUS]), `${locale} ${key}`).toEqual(
          placeholders(english),
        );
      }
    }
  });

  it("fills placeholders and leaves unknown ones as written", () => {
    expect(t("en-US", "briefing.empty", { since: "yesterday" })).toBe(
      "📰 No articles since yesterday.",
    );
    expect(t("en-US", "briefing.empty")).toBe("📰 No articles since {since}.");
  });

  it("follows the locale and serves es-ES to es-419", () => {
    expect(t("de", "ask.notAnswered")).toBe("Der Artikel beantwortet diese Frage nicht.");
    expect(t("es-419", "ask.notAnswered")).toBe(t("es-ES", "ask.notAnswered"));
    expect(t("pt-BR", "ask.cited")).toBe("Frases citadas");
  });

  it("falls back to English for a locale it does not have", () => {
    expect(t("ko", "ask.notAnswered")).toBe("The article does not answer that question.");
    expect(t(undefined, "ask.cited")).toBe("Cited sentences");
  });
});

describe("translator", () => {
  it("binds a locale", () => {
    expect(translator("fr")("ask.cited")).toBe("Phrases citées");
    expect(translator("ja")("briefing.sources")).toBe("出典");
  });
});
