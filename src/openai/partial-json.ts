/**
 * Streaming support: the model streams a JSON object; a reader pulls one top-level string field (the
 * `summary`) out of the JSON as it arrives, decoding escapes, so the text can be shown as it grows.
 * Each delta is scanned once: the work is linear in the answer, however many deltas it comes in.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  '"': '"',
  "\\": "\\",
  "/": "/",
};

export interface PartialStringReader {
  /** Feeds the next piece of the JSON; returns true when the field's text grew. */
  push(delta: string): boolean;
  /** The field's text so far, or undefined until it has started. */
  value(): string | undefined;
}

/** A reader for the top-level string field `field` of a streamed JSON object. */
export function createPartialStringReader(field: string): PartialStringReader {
  let depth = 0;
  let inString = false;
  /** The string being read is a key of the top-level object. */
  let isKey = false;
  let key = "";
  let lastKey = "";
  let afterColon = false;
  let capturing = false;
  let done = false;
  let out: string | undefined;
  /** 0: none; 1: after a backslash; 2: reading the four hex digits of \u. */
  let escapeState = 0;
  let hex = "";

  const emit = (text: string): void => {
    if (isKey) {
      if (key.length < 256) key += text;
    } else if (capturing) {
      out = (out ?? "") + text;
    }
  };

  function pushInString(delta: string, start: number): number {
    let i = start;
    // Runs of plain characters are copied in one slice.
    let runStart = i;
    const flush = (end: number) => {
      if (end > runStart) emit(delta.slice(runStart, end));
    };
    while (i < delta.length) {
      if (escapeState === 2) {
        hex += delta[i]!;
        i++;
        if (hex.length === 4) {
          emit(String.fromCharCode(Number.parseInt(hex, 16) || 0));
          escapeState = 0;
          hex = "";
        }
        runStart = i;
        continue;
      }
      if (escapeState === 1) {
        const ch = delta[i]!;
        i++;
        if (ch === "u") {
          escapeState = 2;
          hex = "";
        } else {
          emit(SIMPLE_ESCAPES[ch] ?? ch);
          escapeState = 0;
        }
        runStart = i;
        continue;
      }
      const code = delta.charCodeAt(i);
      if (code === 0x5c /* \ */) {
        flush(i);
        escapeState = 1;
        i++;
        runStart = i;
        continue;
      }
      if (code === 0x22 /* " */) {
        flush(i);
        inString = false;
        if (isKey) {
          lastKey = key;
          isKey = false;
        } else if (capturing) {
          capturing = false;
          done = true;
          out ??= "";
        }
        return i + 1;
      }
      i++;
    }
    flush(i);
    return i;
  }

  return {
    push(delta) {
      if (done) return false;
      const before = out?.length ?? -1;
      let i = 0;
      while (i < delta.length && !done) {
        if (inString) {
          i = pushInString(delta, i);
          continue;
        }
        const ch = delta[i]!;
        i++;
        if (ch === '"') {
          inString = true;
          if (depth === 1 && !afterColon) {
            isKey = true;
            key = "";
          } else if (depth === 1 && afterColon && lastKey === field) {
            capturing = true;
            out = "";
          }
          afterColon = false;
        } else if (ch === "{" || ch === "[") {
          depth++;
          afterColon = false;
        } else if (ch === "}" || ch === "]") {
          depth--;
        } else if (ch === ":" && depth === 1) {
          afterColon = true;
        } else if (ch === "," && depth === 1) {
          afterColon = false;
        }
      }
      return (out?.length ?? -1) !== before;
    },
    value: () => out,
  };
}

/** The field's text in the JSON written so far (one-shot form of the reader); undefined until it starts. */
export function extractPartialString(json: string, field: string): string | undefined {
  const reader = createPartialStringReader(field);
  reader.push(json);
  return reader.value();
}
