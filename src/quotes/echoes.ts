import type { Quote } from "./types.js";

/**
 * The quotes a reader is shown when both kinds are listed: a direct quote that lies inside a
 * reported statement of the same speaker (`Rubio said Trump is “unelectable now.”`, and
 * “unelectable now.” again on its own) is shown once, in the statement, which keeps its quotation
 * marks and gives the quoted words their context. Order is kept; nothing else is dropped.
 */
export function foldEchoes(quotes: readonly Quote[]): Quote[] {
  const statements = quotes.filter((q) => q.kind === "indirect");
  if (statements.length === 0) return [...quotes];
  return quotes.filter(
    (q) =>
      q.kind !== "direct" ||
      !statements.some((s) => s.speaker === q.speaker && s.start <= q.start && q.end <= s.end),
  );
}
