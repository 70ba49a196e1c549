/**
 * Publication dates as pages write them ("2019-11-19T06:00:00-05:00", "2017-11-03 03:01:00",
 * "Tue, 19 Nov 2019 11:00:00 GMT") reduced to the calendar day the publisher meant: the date part
 * as written when the text starts with one, else the UTC day of the parsed instant.
 */
export function toPublishedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const leading = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (leading) {
    const [, y, m, d] = leading;
    return isRealDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
  }
  // Bare numbers are too ambiguous (epoch seconds? a year?).
  if (/^\d+$/.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 9999 ? iso.slice(0, 10) : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The UTC calendar day (YYYY-MM-DD) of an epoch-ms instant. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
