import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMessageBody, isEmptyMessage, MESSAGE_LIMITS } from "../../src/emulator/limits.js";

describe("checkMessageBody", () => {
  it("accepts a message at every limit", () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({
      name: `f${i}`,
      value: "v".repeat(100),
    }));
    expect(
      checkMessageBody({
        content: "c".repeat(2000),
        embeds: [
          { title: "t".repeat(256), description: "d".repeat(1000), fields, footer: { text: "f" } },
        ],
      }),
    ).toBeNull();
  });

  it("reports content over 2000 characters under content._errors", () => {
    expect(checkMessageBody({ content: "c".repeat(2001) })).toEqual({
      content: {
        _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length." }],
      },
    });
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkMessageBody({ content: "😀".repeat(2000) })).toBeNull();
  });

  it("reports each embed limit at its path", () => {
    const errors = checkMessageBody({
      embeds: [
        {
          title: "t".repeat(257),
          description: "d".repeat(4097),
          footer: { text: "f".repeat(2049) },
          author: { name: "a".repeat(257) },
          fields: [{ name: "n".repeat(257), value: "v".repeat(1025) }],
        },
      ],
    });
    expect(errors).toMatchObject({
      embeds: {
        0: {
          title: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] },
          description: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] },
          footer: { text: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
          author: { name: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
          fields: { 0: { name: { _errors: [{}] }, value: { _errors: [{}] } } },
        },
      },
    });
  });

  it("refuses more than 10 embeds, more than 25 fields and over 6000 characters in all", () => {
    expect(
      checkMessageBody({ embeds: Array.from({ length: 11 }, () => ({ title: "t" })) }),
    ).toMatchObject({
      embeds: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] },
    });
    const fields = Array.from({ length: 26 }, () => ({ name: "n", value: "v" }));
    expect(checkMessageBody({ embeds: [{ fields }] })).toMatchObject({
      embeds: { 0: { fields: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } },
    });
    const big = { description: "d".repeat(4000) };
    expect(checkMessageBody({ embeds: [big, { ...big, description: "d".repeat(2001) }] })).toEqual({
      embeds: {
        _errors: [
          { code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000" },
        ],
      },
    });
  });

  it("refuses malformed components: too many rows, buttons without custom_id, duplicate ids", () => {
    const row = { type: 1, components: [{ type: 2, style: 1, label: "a", custom_id: "a" }] };
    expect(
      checkMessageBody({
        components: Array.from({ length: 6 }, (_, i) => ({
          type: 1,
          components: [{ type: 2, style: 1, label: "x", custom_id: `x${i}` }],
        })),
      }),
    ).toMatchObject({
      components: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] },
    });
    expect(
      checkMessageBody({
        components: [{ type: 1, components: [{ type: 2, style: 1, label: "a" }] }],
      }),
    ).toMatchObject({
      components: {
        0: { components: { 0: { custom_id: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } } } },
      },
    });
    expect(checkMessageBody({ components: [row, row] })).toMatchObject({
      components: {
        1: {
          components: {
            0: { custom_id: { _errors: [{ code: "COMPONENT_CUSTOM_ID_DUPLICATED" }] } },
          },
        },
      },
    });
    expect(checkMessageBody({ components: [row] })).toBeNull();
  });

  it("refuses parse users together with a users list in allowed_mentions", () => {
    expect(
      checkMessageBody({ content: "x", allowed_mentions: { parse: ["users"], users: ["1"] } }),
    ).toMatchObject({
      allowed_mentions: { _errors: [{ code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE" }] },
    });
  });

  it("accepts any content within the limit and refuses any beyond it", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-ascii", minLength: 0, maxLength: 2100 }),
        (content) => {
          const valid = checkMessageBody({ content }) === null;
          expect(valid).toBe(content.length <= MESSAGE_LIMITS.content);
        },
      ),
    );
  });
});

describe("isEmptyMessage", () => {
  it("treats a body without content, embeds, components or files as empty", () => {
    expect(isEmptyMessage({})).toBe(true);
    expect(isEmptyMessage({ content: "", embeds: [] })).toBe(true);
    expect(isEmptyMessage({ content: "x" })).toBe(false);
    expect(isEmptyMessage({ embeds: [{ title: "t" }] })).toBe(false);
  });
});
