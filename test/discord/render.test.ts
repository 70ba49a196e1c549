import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  discordTimestamp,
  escapeText,
  isSafeEmbedUrl,
  LIMITS,
  renderChoice,
  renderMessage,
  renderNotice,
  splitText,
  truncate,
} from "../../src/discord/render.js";

/** Characters whose markdown meaning matters, mixed with plain words, newlines and mentions. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "@everyone",
        "@here",
        "<@123>",
        "<@&123>",
        "<#456>",
        "</cmd:1>",
        "<t:1:R>",
        "[x](https://e.com)",
        "# ",
        "-# ",
        "- ",
        "1. ",
        "> ",
        ">>> ",
        "`",
        "```",
        "||",
        "**",
        "_",
        "~~",
        "\\",
        "\n",
        "\n\n",
        " ",
        ". ",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

/** True when `text` has `<@`, `<#`, `</`, `<t:` or @everyone/@here that Discord would render. */
function hasUnescapedMention(text: string): boolean {
  if (/@(everyone|here)/i.test(text)) return true;
  for (const match of text.matchAll(/<[@#/:t]/g)) {
    const before = /\\*$/.exec(text.slice(0, match.index))?.[0].length ?? 0;
    if (before % 2 === 0) return true;
  }
  return false;
}

function embedTotal(message: ReturnType<typeof renderMessage>): number {
  return message.embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}

describe("escapeText", () => {
  it("neutralizes @everyone, @here and role, user and channel mentions", () => {
    const out = escapeText("Hi @everyone and @here, <@&123> <@42> <#7>");
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).toContain("\\<@&123>");
    expect(out).toContain("\\<@42>");
    expect(out).toContain("\\<#7>");
  });

  it("escapes masked links, headings, subtext, lists, block quotes, code and spoilers", () => {
    const out = escapeText(
      "# Title\n-# small\n- item\n1. first\n> quoted\n[x](https://e.com) `code` ||spoiler|| *b* _i_ ~~s~~",
    );
    expect(out).toBe(
      "\\# Title\n\\-# small\n\\- item\n1\\. first\n\\> quoted\n\\[x\\](https://e.com) \\`code\\` \\|\\|spoiler\\|\\| \\*b\\* \\_i\\_ \\~\\~s\\~\\~",
    );
  });

  it("escapes a backslash so an escape in the source cannot undo the next one", () => {
    expect(escapeText("\\<@1>")).toBe("\\\\\\<@1>");
  });

  it("never leaves a mention that Discord would render", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(hasUnescapedMention(escapeText(text))).toBe(false);
      }),
    );
  });
});

describe("truncate", () => {
  it("leaves text within the limit alone", () => {
    expect(truncate("short", 10)).toBe("short");
  });

  it("cuts at a word boundary and ends with an ellipsis", () => {
    expect(truncate("the quick brown fox jumps", 20)).toBe("the quick brown fox…");
  });

  it("never exceeds the limit nor leaves a dangling escape", () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 1, max: 200 }), (text, max) => {
        const out = truncate(escapeText(text), max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(hasUnescapedMention(out)).toBe(false);
      }),
    );
  });
});

describe("splitText", () => {
  it("splits at paragraph boundaries before sentences", () => {
    const a = "First paragraph. It has two sentences.";
    const b = "Second paragraph.";
    expect(splitText(`${a}\n\n${b}`, a.length + 2)).toEqual([a, b]);
  });

  it("splits a long paragraph at sentence boundaries", () => {
    const text = "One sentence here. Another sentence there. A third one.";
    expect(splitText(text, 45)).toEqual([
      "One sentence here. Another sentence there.",
      "A third one.",
    ]);
  });

  it("splits a long sentence at word boundaries", () => {
    expect(splitText("alpha beta gamma delta", 11)).toEqual(["alpha beta", "gamma delta"]);
  });

  it("keeps every character, in order, and every piece within the limit once escaped", () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 8, max: 300 }), (text, limit) => {
        const pieces = splitText(text, limit);
        for (const piece of pieces) expect(escapeText(piece).length).toBeLessThanOrEqual(limit);
        expect(pieces.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
      }),
    );
  });
});

describe("renderMessage", () => {
  it("disables every mention and marks ephemeral messages", () => {
    const message = renderMessage({ content: "@everyone", ephemeral: true });
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.flags).toBe(64);
  });

  it("enforces every Discord limit on any input", () => {
    const text = fc.string({ maxLength: 7000 });
    const embed = fc.record({
      title: text,
      description: text,
      footer: fc.record({ text }),
      author: fc.record({ name: text }),
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(text, fc.array(embed, { maxLength: 12 }), (content, embeds) => {
        const message = renderMessage({ content, embeds });
        expect(message.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
        expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
        expect(embedTotal(message)).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const e of message.embeds) {
          expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
          expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
          for (const f of e.fields ?? []) {
            expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
            expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("isSafeEmbedUrl", () => {
  it("accepts plain http(s) links", () => {
    expect(isSafeEmbedUrl("https://news.example/a?b=c#d")).toBe(true);
    expect(isSafeEmbedUrl("http://x.example/%1B")).toBe(true);
  });

  it("refuses any URL holding a control, white space or bidi character", () => {
    const unsafe = fc.oneof(
      fc.integer({ min: 0, max: 0x20 }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.integer({ min: 0x202a, max: 0x202e }),
      fc.integer({ min: 0x2066, max: 0x2069 }),
    );
    fc.assert(
      fc.property(fc.webUrl(), unsafe, fc.nat(), (url, code, at) => {
        const cut = at % (url.length + 1);
        const hostile = url.slice(0, cut) + String.fromCharCode(code) + url.slice(cut);
        expect(isSafeEmbedUrl(hostile)).toBe(false);
        const message = renderMessage({ embeds: [{ title: "t", url: hostile }] });
        expect(message.embeds[0]!.url).toBeUndefined();
        expect(message.embeds[0]!.title).toBe("t");
      }),
      { numRuns: 300 },
    );
  });

  it("refuses other schemes and overlong URLs", () => {
    expect(isSafeEmbedUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeEmbedUrl(`https://x.example/${"a".repeat(2100)}`)).toBe(false);
  });
});

describe("renderNotice", () => {
  it("is an ephemeral text message without mentions", () => {
    expect(renderNotice("Try again later.")).toEqual({
      content: "Try again later.",
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });
});

describe("discordTimestamp", () => {
  it("renders Discord's timestamp markup in whole seconds, rounded up in every style", () => {
    expect(discordTimestamp(1_700_000_000_500, "R")).toBe("<t:1700000001:R>");
    expect(discordTimestamp(1_700_000_000_500, "f")).toBe("<t:1700000001:f>");
    expect(discordTimestamp(1_700_000_000_000, "F")).toBe("<t:1700000000:F>");
  });
});

describe("renderChoice", () => {
  it("truncates the name to 100 characters and refuses a value over 100", () => {
    expect(renderChoice("x".repeat(300), "id")?.name.length).toBe(100);
    expect(renderChoice("name", "v".repeat(101))).toBeNull();
  });
});
