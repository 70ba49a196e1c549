import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/errors.js";
import {
  decodeBody,
  defaultResolveHost,
  formatBytes,
  formatSeconds,
  parseHttpUrl,
} from "../../src/fetch/http.js";

describe("parseHttpUrl", () => {
  it("accepts http and https links, trimmed", () => {
    expect(parseHttpUrl("  https://news.example/a?b=1 ").href).toBe("https://news.example/a?b=1");
    expect(parseHttpUrl("http://news.example").protocol).toBe("http:");
  });

  it.each([
    ["ftp://news.example/", "Only http and https links can be fetched, not ftp."],
    ["file:///etc/passwd", "Only http and https links can be fetched, not file."],
    ["data:text/html,hi", "Only http and https links can be fetched, not data."],
    ["news.example/a", "That is not a valid link: give a full address starting with https://."],
    ["https://a:b@news.example/", "Links with a user name or password in them are not fetched."],
  ])("refuses %s with a UserError", (input, message) => {
    let caught: unknown;
    try {
      parseHttpUrl(input);
    } catch (error) {
      caught = error;
    }
    expect(isUserError(caught)).toBe(true);
    expect((caught as Error).message).toBe(message);
  });
});

describe("decodeBody", () => {
  const latin1 = Buffer.from("café", "latin1");

  it("uses the header's charset", () => {
    expect(decodeBody(latin1, "iso-8859-1", "html")).toBe("café");
  });

  it("falls back to a meta charset in the page", () => {
    const page = Buffer.from('<meta charset="windows-1252"><p>café</p>', "latin1");
    expect(decodeBody(page, null, "html")).toContain("café");
  });

  it("prefers a byte-order mark and defaults to UTF-8", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("café")]);
    expect(decodeBody(bom, "iso-8859-1", "html")).toBe("café");
    expect(decodeBody(Buffer.from("café"), null, "text")).toBe("café");
  });

  it("decodes as UTF-8 when the declared charset is unknown", () => {
    expect(decodeBody(Buffer.from("café"), "no-such-charset", "html")).toBe("café");
  });
});

describe("formatBytes", () => {
  it("writes sizes people read", () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(900)).toBe("900 bytes");
  });
});

describe("formatSeconds", () => {
  it("writes durations in seconds", () => {
    expect(formatSeconds(10_000)).toBe("10 s");
    expect(formatSeconds(300)).toBe("0.3 s");
  });
});

describe("defaultResolveHost", () => {
  it("resolves an IP literal to itself without the network", async () => {
    expect(await defaultResolveHost("127.0.0.1")).toEqual([{ address: "127.0.0.1", family: 4 }]);
  });
});
