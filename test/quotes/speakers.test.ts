import { describe, expect, it } from "vitest";
import { createSpeakerResolver } from "../../src/quotes/speakers.js";

describe("createSpeakerResolver", () => {
  const text =
    "North Korean Foreign Minister Choe Son Hui met Russian Foreign Minister Sergey Lavrov. Ms. Ana Ruiz, a spokeswoman for the ministry, spoke later.";

  it("resolves a short name to the fullest name, family name first too", () => {
    const r = createSpeakerResolver(text);
    expect(r.resolve("Choe", text.length)).toMatchObject({
      name: "Choe Son Hui",
      title: "North Korean Foreign Minister",
    });
    expect(r.resolve("Lavrov", text.length)?.name).toBe("Sergey Lavrov");
  });

  it("resolves `the minister` to the latest speaker with that title", () => {
    const r = createSpeakerResolver(text);
    r.resolve("Lavrov", text.length);
    r.resolve("Choe", text.length);
    expect(r.resolve("the minister", text.length)?.name).toBe("Choe Son Hui");
  });

  it("resolves `she` to the latest female speaker and `he` past her", () => {
    const r = createSpeakerResolver(text);
    r.resolve("Lavrov", text.length);
    r.resolve("Ana Ruiz", text.length);
    expect(r.resolve("she", text.length)?.name).toBe("Ana Ruiz");
    expect(r.resolve("the spokeswoman", text.length)?.name).toBe("Ana Ruiz");
  });

  it("keeps organizations and indefinite descriptions as written", () => {
    const r = createSpeakerResolver(text);
    expect(r.resolve("The Washington Post", 0)).toMatchObject({
      name: "The Washington Post",
      kind: "org",
    });
    expect(r.resolve("a source", 0)).toMatchObject({ name: "a source", kind: "group" });
  });

  it("returns null for a pronoun with no one to point at", () => {
    expect(createSpeakerResolver("Nothing here.").resolve("he", 5)).toBeNull();
  });
});
