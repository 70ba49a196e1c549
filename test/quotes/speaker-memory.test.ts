import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveDescription } from "../../src/quotes/speaker-descriptions.js";
import {
  createMemory,
  embeddedPerson,
  fullestPerson,
  push,
  recentOrg,
  recentOrgEntity,
  recentPerson,
  recentPlural,
} from "../../src/quotes/speaker-memory.js";

const text =
  "Senator Maria Lopez met Tom Reed. Lopez, a Democrat, spoke first. The Senate Committee met later.";

describe("createMemory", () => {
  it("indexes the names with their first title and counts mentions", () => {
    const m = createMemory(text, []);
    expect(m.entities.map((e) => e.name)).toContain("Maria Lopez");
    expect(m.bestTitle.get("maria lopez")).toBe("Senator");
    expect(m.occurrences.get("lopez")).toBe(1);
    expect(m.history).toEqual([]);
  });
});

describe("fullestPerson", () => {
  it("finds the fullest name holding a short name", () => {
    const m = createMemory(text, []);
    expect(fullestPerson(m, ["lopez"])?.name).toBe("Maria Lopez");
  });

  it("takes the first of the fullest mentions, of a compatible gender, asked once or again", () => {
    const family =
      "Hillary Clinton spoke. Later Bill Clinton spoke. Mr. Clinton said it. Mrs. Clinton agreed.";
    const m = createMemory(family, []);
    expect(fullestPerson(m, ["clinton"])?.name).toBe("Hillary Clinton");
    expect(fullestPerson(m, ["clinton"], "m")?.name).toBe("Bill Clinton");
    expect(fullestPerson(m, ["clinton"], "f")?.name).toBe("Hillary Clinton");
    expect(fullestPerson(m, ["clinton"], "m")?.name).toBe("Bill Clinton");
    expect(fullestPerson(m, ["bill", "clinton"])?.name).toBe("Bill Clinton");
    expect(fullestPerson(m, ["chelsea"])).toBeNull();
  });

  it("answers as a scan of every mention would (property)", () => {
    const first = ["Ann", "Tom", "Maria", "Joe"];
    const last = ["Lopez", "Reed", "Smith"];
    const mention = fc.tuple(
      fc.constantFrom("", "Mr. ", "Mrs. ", "Senator "),
      fc.option(fc.constantFrom(...first), { nil: undefined }),
      fc.constantFrom(...last),
    );
    fc.assert(
      fc.property(fc.array(mention, { minLength: 1, maxLength: 12 }), (mentions) => {
        const article = mentions
          .map(([title, given, family]) => `${title}${given ? `${given} ` : ""}${family} spoke.`)
          .join(" ");
        const m = createMemory(article, []);
        for (const family of last) {
          for (const gender of [null, "m", "f"] as const) {
            const tokens = [family.toLowerCase()];
            // The scan it replaces: the first mention of the greatest weight.
            let best: (typeof m.entities)[number] | null = null;
            for (const e of m.entities) {
              if (e.kind !== "person" || !e.tokens.includes(tokens[0]!)) continue;
              if (gender !== null && e.gender !== null && e.gender !== gender) continue;
              if (!best || e.tokens.length > best.tokens.length) best = e;
            }
            const found = fullestPerson(m, tokens, gender);
            expect(found?.tokens.length ?? 0).toBe(best?.tokens.length ?? 0);
            expect(found?.at ?? -1).toBe(best?.at ?? -1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("push", () => {
  it("records a speaker as the latest one", () => {
    const m = createMemory(text, []);
    push(m, { name: "Tom Reed", title: null, kind: "person" }, 20, "m");
    expect(m.history.at(-1)).toMatchObject({ name: "Tom Reed", gender: "m", at: 20 });
  });
});

describe("recentPerson", () => {
  it("returns the latest speaker of the gender asked for", () => {
    const m = createMemory(text, []);
    push(m, { name: "Tom Reed", title: null, kind: "person" }, 20, "m");
    expect(recentPerson(m, "m", text.length)?.name).toBe("Tom Reed");
  });
});

describe("recentPlural", () => {
  it("returns the latest organization speaker, null when there is none", () => {
    const m = createMemory(text, []);
    expect(recentPlural(m)).toBeNull();
    push(m, { name: "The Senate Committee", title: null, kind: "org" }, 70, null);
    expect(recentPlural(m)?.name).toBe("The Senate Committee");
  });
});

describe("resolveDescription", () => {
  it("resolves `the senator` to the person with that title", () => {
    const m = createMemory(text, []);
    expect(resolveDescription(m, "the senator", text.length).name).toBe("Maria Lopez");
  });

  it("looks back over the last 400 speakers only", () => {
    // No title in the text: the senator can only be a speaker resolved before.
    const m = createMemory("Plain words only.", []);
    push(m, { name: "Ann Lee", title: "state senator", kind: "person" }, 0, "f");
    const groups = (count: number) => {
      for (let i = 0; i < count; i++) {
        push(m, { name: `the crowd ${i}`, title: null, kind: "group" }, 1, null);
      }
    };
    groups(398);
    expect(resolveDescription(m, "the senator", 2).name).toBe("Ann Lee");
    // 400 more speakers since: Ann Lee is out of reach.
    groups(400);
    expect(resolveDescription(m, "the senator", 2).name).not.toBe("Ann Lee");
  });
});

describe("recentOrg", () => {
  it("finds an organization named earlier whose name has the head word", () => {
    const m = createMemory(text, []);
    expect(recentOrg(m, "committee", text.length)?.name).toBe("The Senate Committee");
    expect(recentOrg(m, null, text.length)).toBeNull();
  });
});

describe("recentOrgEntity", () => {
  it("returns the latest organization named before the offset", () => {
    const m = createMemory(text, []);
    expect(recentOrgEntity(m, text.length)?.name).toBe("The Senate Committee");
    expect(recentOrgEntity(m, 10)).toBeNull();
  });
});

describe("embeddedPerson", () => {
  it("finds the person a description ends with, under the fullest name", () => {
    const m = createMemory(text, []);
    expect(embeddedPerson(m, "the Democratic senator Lopez")).toMatchObject({
      name: "Maria Lopez",
      title: "Democratic senator",
    });
  });
});
