import { describe, expect, it } from "vitest";
import { ArticleFormatError } from "../../src/articles/parse.js";
import { normalizeUrl, sourceOf } from "../../src/articles/url.js";

describe("normalizeUrl", () => {
  it("lower-cases scheme and host, drops www., the default port, fragment and trailing slash", () => {
    expect(normalizeUrl("HTTPS://WWW.Example.COM:443/News/Story/#comments")).toBe(
      "https://example.com/News/Story",
    );
  });

  it("treats http and https as the same article", () => {
    expect(normalizeUrl("http://example.com:80/a")).toBe(normalizeUrl("https://example.com/a"));
  });

  it("drops tracking parameters and sorts the rest", () => {
    expect(
      normalizeUrl(
        "https://example.com/a?utm_source=x&b=2&fbclid=1&gclid=2&a=1&mc_cid=3&mc_eid=4&ref_src=twsrc&UTM_Medium=y",
      ),
    ).toBe("https://example.com/a?a=1&b=2");
  });

  it("keeps a non-default port", () => {
    expect(normalizeUrl("http://127.0.0.1:8080/x/")).toBe("https://127.0.0.1:8080/x");
  });

  it("normalizes a bare host to no path at all", () => {
    expect(normalizeUrl("https://www.example.com/")).toBe("https://example.com");
  });

  it("refuses other schemes and malformed URLs with an ArticleFormatError", () => {
    expect(() => normalizeUrl("ftp://example.com/a")).toThrow(ArticleFormatError);
    expect(() => normalizeUrl("javascript:alert(1)")).toThrow(/http\(s\)/);
    expect(() => normalizeUrl("not a url")).toThrow(ArticleFormatError);
  });
});

describe("sourceOf", () => {
  it("returns the host without www., lower-case", () => {
    expect(sourceOf("http://www.DailyMail.co.uk/news/article-1/x.html")).toBe("dailymail.co.uk");
    expect(sourceOf("https://sputnikglobe.com/20240116/x.html")).toBe("sputnikglobe.com");
  });

  it("refuses a non-http(s) URL", () => {
    expect(() => sourceOf("mailto:someone@example.com")).toThrow(ArticleFormatError);
  });
});
