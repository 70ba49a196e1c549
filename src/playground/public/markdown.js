// @ts-check
// Discord markdown for the playground page, rendered safely: the text is HTML-escaped first, then
// the subset Discord supports is turned into elements; backslash escapes and code spans are
// protected first. Pure string functions (no DOM), so tests run them in Node as well.

/**
 * @typedef {object} MarkdownOptions
 * @property {boolean} links Whether masked links (`[label](url)`) become links.
 * @property {(id: string) => string} [userName] The name a user mention shows.
 * @property {(id: string) => string} [channelName] The name a channel mention shows.
 * @property {(text: string) => string} [rewrite] Applied to the raw text first (emoji as words).
 */

/** The bot's own emoji as words; any other emoji becomes ◇. */
export const EMOJI_WORDS = new Map([
  ["📰", "[news]"],
  ["👁", "[private]"],
]);
// Emoji drawn as emoji by default, or asked for with U+FE0F, or in the astral pictograph blocks.
// Text symbols (▶ ◀ ↗) are left alone: ordinary fonts draw them.
const EMOJI =
  /\p{Emoji_Presentation}\uFE0F?|\p{Extended_Pictographic}\uFE0F|[\u{1F300}-\u{1FAFF}]\uFE0F?/gu;

/**
 * Each emoji as a word ("[news]") or as ◇, for a browser without an emoji font.
 * @param {string} text
 */
export function emojiAsWords(text) {
  return text.replace(
    EMOJI,
    (emoji) => EMOJI_WORDS.get(emoji) ?? EMOJI_WORDS.get(emoji.replace("\uFE0F", "")) ?? "◇",
  );
}

/** @param {unknown} text */
export function escapeHtml(text) {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * @param {string} seconds
 * @param {string} style
 */
export function formatTimestamp(seconds, style) {
  const date = new Date(Number(seconds) * 1000);
  if (style === "R") {
    const diff = (date.getTime() - Date.now()) / 1000;
    const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
    /** @type {[Intl.RelativeTimeFormatUnit, number][]} */
    const units = [
      ["year", 31536000],
      ["month", 2592000],
      ["day", 86400],
      ["hour", 3600],
      ["minute", 60],
      ["second", 1],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(diff) >= size || unit === "second")
        return rtf.format(Math.round(diff / size), unit);
    }
  }
  /** @type {Intl.DateTimeFormatOptions} */
  const options =
    style === "t"
      ? { timeStyle: "short" }
      : style === "T"
        ? { timeStyle: "medium" }
        : style === "d"
          ? { dateStyle: "short" }
          : style === "D"
            ? { dateStyle: "long" }
            : style === "F"
              ? { dateStyle: "full", timeStyle: "short" }
              : { dateStyle: "long", timeStyle: "short" };
  return new Intl.DateTimeFormat("en", options).format(date);
}

/** @param {string} url */
export function safeUrl(url) {
  try {
    const parsed = new URL(url.replaceAll("&amp;", "&"));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Escapes `text` for HTML, then turns Discord's inline markdown into elements.
 * @param {string} text
 * @param {MarkdownOptions} options
 */
export function renderInline(text, options) {
  const { links, userName = () => "user", channelName = () => "channel", rewrite } = options;
  /** @type {string[]} */
  const held = [];
  /** @param {string} html */
  const hold = (html) => {
    held.push(html);
    return `\uE000${held.length - 1}\uE001`;
  };
  let out = escapeHtml(rewrite ? rewrite(text) : text);
  out = out.replace(/`([^`\n]+)`/g, (_, code) => hold(`<code>${code}</code>`));
  out = out.replace(/\\([^A-Za-z0-9\s])/g, (_, ch) => hold(ch));
  out = out.replace(/&lt;t:(-?\d+)(?::([tTdDfFR]))?&gt;/g, (_, s, style) =>
    hold(`<time class="mention">${escapeHtml(formatTimestamp(s, style ?? "f"))}</time>`),
  );
  out = out.replace(/&lt;@&amp;(\d+)&gt;/g, () => hold('<span class="mention">@role</span>'));
  out = out.replace(/&lt;@!?(\d+)&gt;/g, (_, id) =>
    hold(`<span class="mention">@${escapeHtml(userName(id))}</span>`),
  );
  out = out.replace(/&lt;#(\d+)&gt;/g, (_, id) =>
    hold(
      `<span class="mention" data-channel-id="${id}" role="link" tabindex="0">#${escapeHtml(channelName(id))}</span>`,
    ),
  );
  if (links) {
    out = out.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (whole, label, url) => {
      const href = safeUrl(url);
      return href
        ? hold(
            `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${label}</a>`,
          )
        : whole;
    });
  }
  out = out.replace(/(^|[\s(])(https?:\/\/[^\s<]+[^\s<.,;:!?)'"])/g, (whole, lead, url) => {
    const href = safeUrl(url);
    return href
      ? `${lead}${hold(`<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${url}</a>`)}`
      : whole;
  });
  out = out
    .replace(/\*\*\*([^*]+)\*\*\*/g, "<strong><em>$1</em></strong>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/__([^_]+)__/g, "<u>$1</u>")
    .replace(/\*([^*\s][^*]*)\*/g, "<em>$1</em>")
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, "$1<em>$2</em>")
    .replace(/~~([^~]+)~~/g, "<s>$1</s>")
    .replace(
      /\|\|([^|]+)\|\|/g,
      '<span class="spoiler" tabindex="0" role="button" aria-label="spoiler">$1</span>',
    );
  return out.replace(/\uE000(\d+)\uE001/g, (_, i) => held[Number(i)]);
}

/**
 * Discord markdown as HTML: every piece of text is escaped before any element is made, so the
 * message's own markup stays text (test/playground/markdown.test.ts and the browser test feed it hostile markup).
 * @param {string | undefined} text
 * @param {MarkdownOptions} [options]
 */
export function renderMarkdown(text, options = { links: false }) {
  if (!text) return "";
  const blocks = [];
  const fence = /```(?:[a-z0-9_+-]*\n)?([\s\S]*?)```/g;
  let last = 0;
  for (const match of text.matchAll(fence)) {
    blocks.push(renderLines(text.slice(last, match.index), options));
    blocks.push(`<pre><code>${escapeHtml(match[1])}</code></pre>`);
    last = (match.index ?? 0) + match[0].length;
  }
  blocks.push(renderLines(text.slice(last), options));
  return blocks.join("");
}

/**
 * @param {string} text
 * @param {MarkdownOptions} options
 */
function renderLines(text, options) {
  const lines = text.split("\n");
  const html = [];
  for (const line of lines) {
    let m = /^(#{1,3}) (.+)$/.exec(line);
    if (m) {
      const level = m[1].length;
      html.push(`<h${level} class="md">${renderInline(m[2], options)}</h${level}>`);
      continue;
    }
    m = /^>>?>? ?(.*)$/.exec(line);
    if (m && line.startsWith(">")) {
      html.push(`<blockquote>${renderInline(m[1], options)}</blockquote>`);
      continue;
    }
    m = /^\s*[-*] (.+)$/.exec(line);
    if (m) {
      html.push(`<div class="li">• ${renderInline(m[1], options)}</div>`);
      continue;
    }
    html.push(`${renderInline(line, options)}\n`);
  }
  return html.join("").replace(/\n$/, "");
}
