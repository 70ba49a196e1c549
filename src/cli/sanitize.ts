/**
 * Characters a terminal must never receive from untrusted text (articles, titles, URLs, quotes, LLM
 * answers): C0 controls but tab and line feed (ESC starts colour, cursor, title-setting and OSC 8
 * link sequences), DEL, C1 controls (U+0080–U+009F: CSI and OSC in one byte on some terminals), and
 * the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HAS_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  // C0 controls and DEL have their own visible symbols (Control Pictures): ESC shows as ␛.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `\\u{${code.toString(16)}}`;
}

/**
 * Text safe to print on a terminal: every unsafe character (see UNSAFE) replaced by a visible
 * stand-in (`\x1b` → `␛`, U+202E → `\u{202e}`); newlines, tabs and all other text unchanged.
 * Every text output path of the CLI goes through this; `--json` output does not (JSON escapes
 * control characters itself and must stay exact).
 */
export function sanitizeTerminalText(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}

/** True when `text` holds a character a terminal must not receive (see sanitizeTerminalText). */
export function hasUnsafeTerminalText(text: string): boolean {
  return HAS_UNSAFE.test(text);
}
