import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.js";

interface MarkdownModule {
  renderMarkdown(text: string, options?: { links: boolean }): string;
  renderInline(text: string, options: { links: boolean }): string;
  emojiAsWords(text: string): string;
}

/** The page's own module (plain browser JavaScript), loaded as the browser would. */
let markdown: MarkdownModule;
beforeAll(async () => {
  const file = path.join(packageRoot(), "src/playground/public/markdown.js");
  markdown = (await import(pathToFileURL(file).href)) as MarkdownModule;
});

/** Elements the renderer may make; anything else came from the message's own markup. */
const ALLOWED = new Set([
  "A",
  "BLOCKQUOTE",
  "CODE",
  "DIV",
  "EM",
  "H1",
  "H2",
  "H3",
  "PRE",
  "S",
  "SPAN",
  "STRONG",
  "TIME",
  "U",
]);
const ALLOWED_ATTRIBUTES = new Set([
  "class",
  "href",
  "target",
  "rel",
  "tabindex",
  "role",
  "aria-label",
  // Channel mentions carry the channel id (digits only): a click opens that channel.
  "data-channel-id",
]);

function render(html: string) {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="root">${html}</div></body></html>`,
  );
  return document.getElementById("root")!;
}

const hostile = fc.constantFrom(
  "<img src=x onerror=alert(1)>",
  "<script>alert(2)</script>",
  '<a href="javascript:alert(3)">x</a>',
  "[click](javascript:alert(4))",
  '[click](https://ok.example/"onmouseover=alert(5))',
  "<svg onload=alert(6)>",
  '"><iframe src=//evil.example>',
  "&lt;b&gt;",
  "**<b>bold</b>**",
  "`<i>code</i>`",
  "```\n<script>x</script>\n```",
  "||<u>spoiler</u>||",
  "<t:1700000000:R>",
  "<@123> <#456> <@&789>",
  "https://x.example/<img>",
  "\\<b\\>",
  "> <blockquote onclick=x>",
  "# <h1>",
);
const message = fc
  .array(
    fc.oneof(
      hostile,
      fc.string(),
      fc.constantFrom("\n", " ", "*", "_", "~", "|", "`", "[", "]", "(", ")"),
    ),
    {
      maxLength: 14,
    },
  )
  .map((parts) => parts.join(""));

describe("renderMarkdown", () => {
  it("makes only its own elements, with no handlers and no script links, from any message", () => {
    fc.assert(
      fc.property(message, fc.boolean(), (text, links) => {
        const root = render(markdown.renderMarkdown(text, { links }));
        for (const element of Array.from(root.querySelectorAll("*"))) {
          expect(ALLOWED.has(element.tagName), element.outerHTML).toBe(true);
          for (const { name } of Array.from(element.attributes)) {
            expect(ALLOWED_ATTRIBUTES.has(name), element.outerHTML).toBe(true);
          }
          if (element.tagName === "A") expect(element.getAttribute("href")).toMatch(/^https?:\/\//);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("shows markup in a message as the text it is", () => {
    const text = '<img src=x onerror="alert(1)"> and <script>alert(2)</script>';
    const root = render(markdown.renderMarkdown(text, { links: true }));
    expect(root.textContent).toBe(text);
    expect(root.querySelectorAll("img, script")).toHaveLength(0);
  });

  it("turns Discord's markdown into elements", () => {
    const root = render(
      markdown.renderMarkdown("**bold** and [site](https://a.example/)", { links: true }),
    );
    expect(root.querySelector("strong")?.textContent).toBe("bold");
    expect(root.querySelector("a")?.getAttribute("href")).toBe("https://a.example/");
  });
});

describe("emojiAsWords", () => {
  it("writes the bot's emoji as words and leaves text symbols alone", () => {
    expect(markdown.emojiAsWords("📰 News ▶ Next 👁 only you 🎉")).toBe(
      "[news] News ▶ Next [private] only you ◇",
    );
  });
});
