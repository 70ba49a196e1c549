/**
 * `since` as people type it: a duration back from now (`90m`, `24h`, `3d`, `2w`) or a day
 * (`2026-11-25`, UTC midnight). Returns epoch ms, or null for anything else (the adapter words the
 * error). Durations are capped at MAX_SINCE_DAYS.
 */
export const DEFAULT_SINCE_MS = 24 * 3_600_000;
export const MAX_SINCE_DAYS = 366;

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

export function parseSince(text: string | null | undefined, now: number): number | null {
  const value = (text ?? "").trim().toLowerCase();
  if (value === "") return now - DEFAULT_SINCE_MS;
  const duration = /^(\d{1,4})\s*([mhdw])$/.exec(value);
  if (duration) {
    const ms = Number(duration[1]) * UNIT_MS[duration[2]!]!;
    if (ms <= 0 || ms > MAX_SINCE_DAYS * UNIT_MS.d!) return null;
    return now - ms;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return null;
    return ms <= now ? ms : null;
  }
  return null;
}
