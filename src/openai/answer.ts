import type { z } from "zod";

/** C0 controls but tab, newline and carriage return; DEL; C1 controls; U+FFFD (invalid UTF-8). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const INVALID_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u;

export type ParsedAnswer<T> = { ok: true; answer: T } | { ok: false; problem: string };

/**
 * Parses a model's answer: JSON (a ```json fence tolerated), then the schema, then every text the
 * reader will see (`texts`) checked for control characters and U+FFFD. The problem is worded for
 * the logs and the retry prompt, never shown to a user.
 */
export function parseJsonAnswer<S extends z.ZodType>(
  content: string,
  schema: S,
  texts: (answer: z.infer<S>) => readonly string[],
): ParsedAnswer<z.infer<S>> {
  const unfenced = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, problem: "the answer was not valid JSON" };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "root"}: ${i.message}`);
    return { ok: false, problem: `the JSON did not match the schema (${issues.join("; ")})` };
  }
  if (texts(parsed.data).some((text) => INVALID_TEXT.test(text))) {
    return { ok: false, problem: "the answer held control characters or invalid UTF-8 (U+FFFD)" };
  }
  return { ok: true, answer: parsed.data };
}
