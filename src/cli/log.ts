import { pino } from "pino";
import { type Logger, REDACTED_PATHS } from "../logger.js";
import { sanitizeTerminalText } from "./sanitize.js";

const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warning",
  50: "error",
  60: "fatal",
};
/** pino's own fields, not shown again after the message. */
const OWN_FIELDS = new Set(["level", "time", "pid", "hostname", "msg", "service"]);

/**
 * Warnings the summary's own note tells the reader (the LLM failed or answered badly, so the
 * summary is extractive): logged at debug, so that one problem prints one message.
 */
export const COVERED_BY_NOTE = new Set([
  "LLM summary failed; using the extractive engine",
  "invalid LLM answer",
]);

export interface CliLogStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * One pino JSON line as a person reads it: "warning: <message> key=value …", and a skipped article
 * file as "warning: skipped <file>: <reason>". Errors show their message (the stack stays in JSON
 * logs and behind LOG_LEVEL=debug). Untrusted text is escaped for the terminal.
 */
export function formatLogRecord(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return sanitizeTerminalText(line.trimEnd());
  }
  const level = LEVEL_NAMES[Number(record.level)] ?? "log";
  const msg = typeof record.msg === "string" ? record.msg : "";
  if (typeof record.file === "string" && typeof record.reason === "string") {
    const what = msg === "skipped article file" || msg === "" ? "skipped" : msg;
    return sanitizeTerminalText(`${level}: ${what} ${record.file}: ${record.reason}`);
  }
  const fields: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (OWN_FIELDS.has(key) || value === undefined) continue;
    if (key === "err" && value && typeof value === "object" && "message" in value) {
      fields.push(`(${String((value as { message: unknown }).message)})`);
      continue;
    }
    fields.push(`${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  }
  return sanitizeTerminalText(`${level}: ${[msg, ...fields].filter(Boolean).join(" ")}`);
}

/**
 * The CLI's logger: pino, writing to `stream` (standard error). On a terminal each record is one
 * human-readable line (formatLogRecord); anywhere else it stays a JSON line for machines. The
 * default LOG_LEVEL ("info") would be noise in a terminal, so only warnings and above are shown
 * unless debug or trace is asked for.
 */
export function createCliLogger(
  stream: CliLogStream,
  level = "warn",
  options: { tty?: boolean } = {},
): Logger {
  const tty = options.tty ?? stream.isTTY === true;
  const shown = level === "debug" || level === "trace" || level === "silent" ? level : "warn";
  const effective = shown === "warn" && (level === "error" || level === "fatal") ? level : shown;
  const logger = pino(
    { level: effective, base: null, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    {
      write(line: string) {
        // On a terminal, clear a progress line first so the record starts at the left edge.
        stream.write(tty ? `\r\x1b[2K${formatLogRecord(line)}\n` : line);
      },
    },
  );
  return {
    debug: (obj, msg) => logger.debug(obj, msg),
    info: (obj, msg) => logger.info(obj, msg),
    warn: (obj, msg) =>
      msg !== undefined && COVERED_BY_NOTE.has(msg)
        ? logger.debug(obj, msg)
        : logger.warn(obj, msg),
    error: (obj, msg) => logger.error(obj, msg),
  };
}
