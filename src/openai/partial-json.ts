/**
 * Streaming support: the model streams a JSON object; this pulls the `summary` string out of the
 * JSON written so far, decoding escapes, so the text can be shown as it grows. Returns undefined
 * until the field has started.
 */
export function extractPartialString(json: string, field: string): string | undefined {
  const match = new RegExp(`"${field}"\\s*:\\s*"`).exec(json);
  if (!match) return undefined;
  let out = "";
  for (let i = match.index + match[0].length; i < json.length; i++) {
    const char = json[i]!;
    if (char === '"') return out;
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = json[i + 1];
    if (next === undefined) return out; // an escape cut in half: wait for the rest
    if (next === "u") {
      const hex = json.slice(i + 2, i + 6);
      if (hex.length < 4) return out;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" }[next] ?? next;
    i += 1;
  }
  return out;
}
