import { describe, expect, it } from "vitest";
import { canonicalLanguage, resolveLocale } from "../../src/i18n/locales.js";

describe("resolveLocale", () => {
  it("maps Discord locales onto the catalogs", () => {
    expect(resolveLocale("de")).toBe("de");
    expect(resolveLocale("es-419")).toBe("es-ES");
    expect(resolveLocale("en-GB")).toBe("en-US");
    expect(resolveLocale("pt-PT")).toBe("pt-BR");
    expect(resolveLocale("ko")).toBe("en-US");
    expect(resolveLocale(null)).toBe("en-US");
  });
});

describe("canonicalLanguage", () => {
  it("accepts offered tags in any case and refuses others", () => {
    expect(canonicalLanguage("PT-br")).toBe("pt-BR");
    expect(canonicalLanguage(" de ")).toBe("de");
    expect(canonicalLanguage("klingon")).toBeNull();
  });
});
