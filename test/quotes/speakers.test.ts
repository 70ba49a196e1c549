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

  it("takes the name after a description as the speaker: `Dow's chief executive, Andrew Liveris`", () => {
    const r = createSpeakerResolver(text);
    expect(r.resolve("Dow's chief executive, Andrew Liveris,", text.length)).toMatchObject({
      name: "Andrew Liveris",
      title: "Dow's chief executive",
    });
    expect(r.resolve("a spokeswoman, Anna Richardson White", text.length)?.name).toBe(
      "Anna Richardson White",
    );
    // A name first keeps its appositive as the title; a place after a description is no name.
    expect(r.resolve("Ms. Ruiz, a spokeswoman", text.length)?.name).toBe("Ana Ruiz");
    expect(r.resolve("the governor, Texas", text.length)?.name).not.toBe("Texas");
  });

  it("returns null for a pronoun with no one to point at", () => {
    expect(createSpeakerResolver("Nothing here.").resolve("he", 5)).toBeNull();
  });

  it("uses a common given name for gender: `she` skips `John Roberts`", () => {
    const t = "Donna Rawlings watched. Chief Justice John Roberts spoke. She said it was moving.";
    const r = createSpeakerResolver(t);
    r.resolve("Donna Rawlings", 0);
    r.resolve("John Roberts", t.indexOf("John"));
    expect(r.resolve("she", t.indexOf("She"))?.name).toBe("Donna Rawlings");
  });

  it("resolves `he` to a person who opened a later sentence over an older speaker", () => {
    const t =
      "Mike Pence spoke first. Later, Donald Trump arrived. Donald Trump thanked the crowd. He said more.";
    const r = createSpeakerResolver(t);
    r.resolve("Mike Pence", 0);
    expect(r.resolve("he", t.indexOf("He said"))?.name).toBe("Donald Trump");
  });

  it("resolves `they` to the latest group or body that spoke", () => {
    const t = "Republicans met. Republicans said the bill was wrong. They wanted a vote.";
    const r = createSpeakerResolver(t);
    r.resolve("Republicans", t.indexOf("Republicans said"));
    expect(r.resolve("they", t.indexOf("They"))).toMatchObject({
      name: "Republicans",
      kind: "group",
    });
  });

  it("keeps a possessive description as written: `Clinton’s campaign`", () => {
    const r = createSpeakerResolver(
      "Hillary Clinton spoke. The Republican National Committee replied.",
    );
    expect(r.resolve("Clinton’s campaign", 60)).toMatchObject({
      name: "Clinton’s campaign",
      kind: "org",
    });
  });

  it("does not take a plural noun at a sentence start for a person", () => {
    const t = "Demonstrators said they were peaceful. Trump has commented. On Wednesday, he spoke.";
    const r = createSpeakerResolver(t);
    expect(r.resolve("Demonstrators", 0)?.kind).toBe("group");
    expect(r.resolve("he", t.indexOf("he spoke"))?.name).not.toBe("Demonstrators");
  });

  it("resolves `The Republican nominee` to the person the story is about when no one has that title", () => {
    const t = "Donald Trump spoke in Ohio. The Republican nominee said more.";
    const r = createSpeakerResolver(t);
    r.resolve("Donald Trump", 0);
    expect(r.resolve("The Republican nominee", t.indexOf("The Republican"))?.name).toBe(
      "Donald Trump",
    );
  });

  it("drops a sentence adverb or a dateline opening the phrase: `However, Jill A. Martin, …`", () => {
    const t = "Jill A. Martin and Marine Le Pen spoke.";
    const r = createSpeakerResolver(t);
    expect(r.resolve("However, Jill A. Martin, vice president", t.length)).toMatchObject({
      name: "Jill A. Martin",
      title: "vice president",
    });
    expect(
      r.resolve("PARIS, Aug 31 (Reuters) - National Front leader Marine Le Pen", t.length)?.name,
    ).toBe("Marine Le Pen");
  });

  it("keeps an indefinite pronoun as written and drops a conjunction before a name", () => {
    const t = "Democrats and Republicans disagreed.";
    const r = createSpeakerResolver(t);
    expect(r.resolve("Some", t.length)).toMatchObject({ name: "Some", kind: "group" });
    expect(r.resolve("but Democrats", t.length)?.name).toBe("Democrats");
  });
});
