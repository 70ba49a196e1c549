import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from "discord.js";
import { MessageFlags } from "discord.js";

/**
 * The one renderer: everything that reaches Discord goes through `renderMessage`, which enforces
 * Discord's limits and disables every mention. Untrusted text (article text, LLM output, speaker
 * names) is escaped with `escapeText` before it is placed in a message.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embeds: 10,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** No mention in any payload pings anyone: `@everyone` in an article stays text. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

const ELLIPSIS = "…";
const ZWSP = "\u200b";

/**
 * Escapes Discord markdown so text shows as written: emphasis, code, spoilers, masked links,
 * headings, subtext, lists, block quotes, and every mention form (`@everyone`, `@here`, `<@id>`,
 * `<@&id>`, `<#id>`, `</cmd:id>`, `<t:…>`). discord.js's `escapeMarkdown` leaves block quotes,
 * subtext and all mentions alone, hence this function.
 */
export function escapeText(text: string): string {
  const inline = text
    // Backslash first, so the escapes added below stay escapes.
    .replace(/[\\*_~`|[\]<]/g, (ch) => `\\${ch}`)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
  // Line-start markup: headings, subtext (-#), lists, numbered lists, block quotes.
  return inline.replace(/^([ \t]*)(#|-|\+|>|\d+\.)/gm, (_match, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`,
  );
}

/** The length `escapeText(text)` will have. */
export function escapedLength(text: string): number {
  return escapeText(text).length;
}

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  // Do not leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Do not leave a dangling escape backslash.
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

interface Atom {
  text: string;
  /** What joins it to the atom before it ("\n\n" between paragraphs, " " within one). */
  sep: string;
}

const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+(?=\S)/;

function chopChars(text: string, limit: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let current = "";
  for (const ch of text) {
    if (current && measure(current + ch) > limit) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Splits text into pieces whose measured length (by default: escaped length) is at most `limit`,
 * at paragraph boundaries first, then sentences, then words, and only then inside a word.
 * Every non-space character of the input appears, in order, in exactly one piece.
 */
export function splitText(
  text: string,
  limit: number,
  measure: (s: string) => number = escapedLength,
): string[] {
  const atoms: Atom[] = [];
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (const paragraph of paragraphs) {
    if (measure(paragraph) <= limit) {
      atoms.push({ text: paragraph, sep: "\n\n" });
      continue;
    }
    let sep = "\n\n";
    for (const sentence of paragraph.split(SENTENCE_END)) {
      if (measure(sentence) <= limit) {
        atoms.push({ text: sentence, sep });
        sep = " ";
        continue;
      }
      for (const word of sentence.split(/\s+/).filter(Boolean)) {
        if (measure(word) <= limit) {
          atoms.push({ text: word, sep });
        } else {
          const parts = chopChars(word, limit, measure);
          parts.forEach((part, i) => {
            atoms.push({ text: part, sep: i === 0 ? sep : "" });
          });
        }
        sep = " ";
      }
      sep = " ";
    }
  }
  const pieces: string[] = [];
  let current = "";
  for (const atom of atoms) {
    if (current === "") {
      current = atom.text;
      continue;
    }
    const joined = `${current}${atom.sep}${atom.text}`;
    if (measure(joined) <= limit) {
      current = joined;
    } else {
      pieces.push(current);
      current = atom.text;
    }
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/** What commands hand to the renderer. */
export interface MessageDraft {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  ephemeral?: boolean;
}

/** A payload ready for `reply`, `editReply`, `update` or `followUp`. */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** White space, C0 and C1 controls, DEL, and bidi overrides and isolates: never part of a link. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_URL_CHARS = /[\s\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * True for a URL an embed may link to: http(s), at most 2048 characters, and no control, white
 * space or bidi character (an article's URL is untrusted text).
 */
export function isSafeEmbedUrl(url: string): boolean {
  return /^https?:\/\/[^/]/i.test(url) && url.length <= 2048 && !UNSAFE_URL_CHARS.test(url);
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  // The one guard for every embed: an unsafe URL is dropped (the title shows, unlinked).
  if (out.url !== undefined && !isSafeEmbedUrl(out.url)) delete out.url;
  if (out.author?.url !== undefined && !isSafeEmbedUrl(out.author.url)) {
    const { url: _url, ...author } = out.author;
    out.author = author;
  }
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) {
    out.description = truncate(out.description, LIMITS.embedDescription);
  }
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map(
      (field): APIEmbedField => ({
        ...field,
        name: truncate(field.name, LIMITS.fieldName) || ZWSP,
        value: truncate(field.value, LIMITS.fieldValue) || ZWSP,
      }),
    );
  }
  return out;
}

/** Shrinks the embeds until their combined length fits 6000: descriptions, then fields, then embeds. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(clampEmbed);
  const total = () => out.reduce((sum, e) => sum + embedLength(e), 0);
  for (let i = out.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
    const embed = out[i]!;
    while (embed.fields && embed.fields.length > 0 && total() > LIMITS.embedTotal) {
      embed.fields = embed.fields.slice(0, -1);
    }
    if (total() > LIMITS.embedTotal && embed.description) {
      const excess = total() - LIMITS.embedTotal;
      embed.description = truncate(
        embed.description,
        Math.max(1, embed.description.length - excess - 1),
      );
    }
    if (total() > LIMITS.embedTotal && i > 0) out.splice(i, 1);
  }
  return out;
}

/** Enforces every Discord limit and disables mentions; the only way a payload is built. */
export function renderMessage(draft: MessageDraft): RenderedMessage {
  const rendered: RenderedMessage = {
    embeds: fitTotal(draft.embeds ?? []),
    components: (draft.components ?? []).slice(0, LIMITS.actionRows).map((row) => ({
      ...row,
      components: row.components.slice(0, LIMITS.buttonsPerRow),
    })),
    allowedMentions: { parse: [] },
  };
  if (draft.content !== undefined) rendered.content = truncate(draft.content, LIMITS.content);
  if (draft.ephemeral) rendered.flags = MessageFlags.Ephemeral;
  return rendered;
}

/** A short ephemeral message for the person who asked (errors, refusals, cooldowns). */
export function renderNotice(text: string): RenderedMessage {
  return renderMessage({ content: text, ephemeral: true });
}

/** The same payload without `flags`, for `editReply` (a deferral fixes ephemerality). */
export function forEdit(message: RenderedMessage): Omit<RenderedMessage, "flags"> {
  const { flags: _flags, ...rest } = message;
  return rest;
}

/** Discord's timestamp styles: `R` "in 5 minutes", `f` "28 November 2026 08:00", `F` with the weekday. */
export type TimestampStyle = "t" | "T" | "d" | "D" | "f" | "F" | "R";

/**
 * Discord's timestamp markup (`<t:seconds:style>`), shown in the reader's locale and time zone.
 * Milliseconds round up to the next second in every style, so a "try again" time is never early
 * and the same instant reads the same wherever it is shown.
 */
export function discordTimestamp(epochMs: number, style: TimestampStyle): string {
  return `<t:${Math.ceil(epochMs / 1000)}:${style}>`;
}

/** An autocomplete choice within Discord's limits (name ≤ 100, value ≤ 100), or null. */
export function renderChoice(name: string, value: string): { name: string; value: string } | null {
  if (value.length === 0 || value.length > LIMITS.choiceValue) return null;
  return { name: truncate(name.replace(/\s+/g, " ").trim(), LIMITS.choiceName) || value, value };
}
