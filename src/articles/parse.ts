import type { RawArticle } from "./types.js";

/** A seed file (or URL) that cannot be read as an article; `reason` is a short phrase for people. */
export class ArticleFormatError extends Error {
  override readonly name = "ArticleFormatError" as const;
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.reason = reason;
  }
}

export function isArticleFormatError(error: unknown): error is ArticleFormatError {
  return error instanceof Error && error.name === "ArticleFormatError";
}

/** Seed files larger than this are refused (bytes of UTF-8). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const HEADER = /^[ \t]*date[ \t]+(\S+)[ \t]+(\S+)[ \t]*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** C0 controls other than tab, line feed and carriage return, plus DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** The same class without /g, for one native test before counting (most files have none). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HAS_CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Anything but white space (the set String.prototype.trim removes). */
const NON_SPACE = /\S/;
/**
 * Anything that shows: not white space, not a format or invisible character (zero-width space and
 * joiners, word joiner, BOM, soft hyphen, bidi marks, variation selectors).
 */
const INVISIBLE_ONLY = /^(?:\s|\p{Cf}|[\u180E\u2800\u3164]|[\uFE00-\uFE0F])*$/u;
/** One decoder for every file: creating one per call costs more than decoding a small file. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** Share of control characters above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Parses the seed format: a header line ` date YYYY-MM-DD URL` (leading white space and blank lines
 * tolerated), then the body. Accepts a UTF-8 BOM and CRLF line ends.
 * @throws ArticleFormatError for a missing or malformed header, an impossible date, a non-http(s)
 *   URL, an empty body, invalid UTF-8, binary content, or more than MAX_ARTICLE_BYTES.
 */
export function parseSeed(
  content: string | Uint8Array,
  id: string,
  file: string | null,
): RawArticle {
  const text = decodeContent(content);
  // Bytes are checked in one pass (no string scan) when they can be; any hit is judged on the text.
  if (typeof content === "string" || hasControlBytes(content)) checkNotBinary(text);
  const normalized = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;

  let lineStart = 0;
  while (lineStart < normalized.length) {
    const end = lineEnd(normalized, lineStart);
    if (NON_SPACE.test(normalized.slice(lineStart, end))) break;
    lineStart = end + 1;
  }
  if (lineStart >= normalized.length) throw new ArticleFormatError("empty file");
  const headerEnd = lineEnd(normalized, lineStart);
  const header = normalized.slice(lineStart, headerEnd);
  const match = HEADER.exec(header);
  if (!match) {
    throw new ArticleFormatError(
      /^\s*date\b/.test(header)
        ? "malformed header line (expected ' date YYYY-MM-DD URL')"
        : "missing header line ' date YYYY-MM-DD URL'",
    );
  }
  const date = match[1]!;
  const url = match[2]!;
  checkDate(date);
  checkUrl(url);
  const body = headerEnd >= normalized.length ? "" : normalized.slice(headerEnd + 1);
  if (!NON_SPACE.test(body)) throw new ArticleFormatError("empty body");
  if (INVISIBLE_ONLY.test(body)) {
    throw new ArticleFormatError("empty body (only invisible characters: zero-width, BOM)");
  }
  return { id, date, url, body, file };
}

function checkNotBinary(text: string): void {
  if (text.includes("\u0000")) throw new ArticleFormatError("binary content (NUL bytes)");
  const controls = HAS_CONTROL.test(text) ? (text.match(CONTROL)?.length ?? 0) : 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new ArticleFormatError("binary content (control characters)");
  }
}

/**
 * Whether the bytes hold NUL, DEL or a C0 control other than tab, line feed and carriage return.
 * UTF-8 never uses these bytes inside a multi-byte character, so no hit means no such character.
 */
function hasControlBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0d : byte === 0x7f) return true;
  }
  return false;
}

function lineEnd(text: string, from: number): number {
  const index = text.indexOf("\n", from);
  return index === -1 ? text.length : index;
}

function decodeContent(content: string | Uint8Array): string {
  if (typeof content === "string") {
    // A UTF-16 code unit takes 1 to 3 bytes in UTF-8: only count bytes when it could matter.
    if (content.length > MAX_ARTICLE_BYTES) throw tooLarge();
    if (
      content.length * 3 > MAX_ARTICLE_BYTES &&
      Buffer.byteLength(content, "utf8") > MAX_ARTICLE_BYTES
    ) {
      throw tooLarge();
    }
    return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  }
  if (content.byteLength > MAX_ARTICLE_BYTES) throw tooLarge();
  try {
    // The decoder strips a leading BOM (ignoreBOM defaults to false).
    return UTF8.decode(content);
  } catch (error) {
    throw new ArticleFormatError("not valid UTF-8 text", { cause: error });
  }
}

function tooLarge(): ArticleFormatError {
  return new ArticleFormatError(`file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
}

function checkDate(date: string): void {
  const parts = DATE.exec(date);
  if (!parts) throw new ArticleFormatError(`malformed date "${date}" (expected YYYY-MM-DD)`);
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  // Date.UTC maps years 0–99 to 1900–1999: set the full year on its own.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (
    month < 1 ||
    month > 12 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    throw new ArticleFormatError(`impossible date ${date}`);
  }
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ArticleFormatError(`malformed URL "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ArticleFormatError(`not an http(s) URL: ${parsed.protocol.replace(/:$/, "")}`);
  }
}
