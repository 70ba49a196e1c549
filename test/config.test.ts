import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema, parseConfig } from "../src/config.js";

describe("configSchema", () => {
  it("has every variable documented in .env.example, and nothing else there", () => {
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    const documented = new Set(
      [...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
    );
    const known = Object.keys(configSchema.shape).sort();
    expect(known.filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => !known.includes(key as string))).toEqual([]);
  });
});

describe("parseConfig", () => {
  it("takes the quote engine from QUOTE_ENGINE, the rules alone by default", () => {
    expect(parseConfig({}).QUOTE_ENGINE).toBe("rules");
    expect(parseConfig({ QUOTE_ENGINE: "combined" }).QUOTE_ENGINE).toBe("combined");
    expect(() => parseConfig({ QUOTE_ENGINE: "learned" })).toThrow(/QUOTE_ENGINE/);
  });
});
