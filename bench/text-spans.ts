/**
 * Placing quote texts in an article body for the quote evaluation (bench/eval-quotes.ts): texts are
 * compared after normalizing case, white space and quote marks, and measured as spans.
 */

const QUOTE_MARKS = /["“”‘’'«»`„]/;

/** The normalized text and, for each raw index, its index in the normalized text. */
export function normalizeWithMap(raw: string): { text: string; map: Int32Array } {
  const map = new Int32Array(raw.length + 1);
  let out = "";
  let lastSpace = true;
  for (let i = 0; i < raw.length; i++) {
    map[i] = out.length;
    const ch = raw[i]!;
    if (QUOTE_MARKS.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (!lastSpace) out += " ";
      lastSpace = true;
      continue;
    }
    out += ch.toLowerCase();
    lastSpace = false;
  }
  map[raw.length] = out.length;
  return { text: out, map };
}

/**
 * The raw span of a normalized one (`map` from `normalizeWithMap`): from the first raw character
 * written at or after its start (not a dropped quotation mark or space) to the first raw index
 * mapping at or after its end.
 */
export function rawSpan(map: Int32Array, span: readonly [number, number]): [number, number] {
  const rawIndex = (at: number): number => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let start = rawIndex(span[0]);
  while (start < map.length - 1 && map[start + 1] === map[start]) start++;
  return [start, rawIndex(span[1])];
}

export function normalizeQuoteText(text: string): string {
  return normalizeWithMap(text).text.trim();
}

export function placeText(
  body: string,
  needle: string,
  expectedAt: number,
): [number, number] | null {
  if (needle.length === 0) return null;
  let best = -1;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - expectedAt) < Math.abs(best - expectedAt)) best = at;
  }
  if (best >= 0) return [best, best + needle.length];
  // Cleaning may have mended a few characters: place it by its first and last words.
  const head = needle.slice(0, 40);
  const tail = needle.slice(-40);
  const h = body.indexOf(head);
  if (h < 0) return null;
  const t = body.indexOf(tail, h);
  if (t < 0 || t + tail.length - h > needle.length * 1.5) return null;
  return [h, t + tail.length];
}

export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

export function coveredLength(
  target: readonly [number, number],
  spans: readonly [number, number][],
): number {
  const parts = spans
    .map((s): [number, number] => [Math.max(s[0], target[0]), Math.min(s[1], target[1])])
    .filter((s) => s[1] > s[0])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = target[0];
  for (const [s, e] of parts) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
