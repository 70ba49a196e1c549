import { stat } from "node:fs/promises";
import path from "node:path";
import type { Corpus } from "../articles/corpus.js";
import { createCorpus } from "../articles/corpus.js";
import { readArticleRef } from "../articles/reference.js";
import type { Article } from "../articles/types.js";
import { systemClock } from "../clock.js";
import type { Config } from "../config.js";
import { loadConfig } from "../config.js";
import { openConfiguredCorpus } from "../index/open-corpus.js";
import { checkSeedFolder, openMemoryIndex } from "../index/open-index.js";
import type { Logger } from "../logger.js";
import type { Services } from "../services.js";

/** Options every command accepts (declared once on the program in src/cli/main.ts). */
export interface GlobalOptions {
  /** Seeds folder; overrides SEEDS_DIR. */
  seeds?: string;
  /** Print JSON on standard output instead of text. */
  json?: boolean;
}

/**
 * What a command needs from the outside world, passed in rather than reached for, so tests can run a
 * command against in-memory streams. Commands print only through `printJson`/`printText` (stdout)
 * and report problems by throwing (`UserError` for expected ones); `main.ts` turns errors into a
 * message on stderr and an exit code. Warnings go through `logger`, which writes one line each to
 * stderr, never stdout.
 */
export interface CliContext {
  config: Config;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  logger: Logger;
  /**
   * The composition root's services (src/services.ts) for the seeds folder (`--seeds` or
   * SEEDS_DIR): built once per folder, corpus not watched, full-text index built on first search.
   */
  services(options: GlobalOptions): Promise<Services>;
  /** The corpus of `services(options)`. */
  openCorpus(options: GlobalOptions): Promise<Corpus>;
  /**
   * Resolves an article reference: an id, a URL of a corpus article, a path to a seed-format file,
   * or "-" for standard input. Any other http(s) URL is fetched (public addresses only unless
   * FETCH_ALLOW_PRIVATE; cached in the store). Throws a UserError saying what to do when nothing
   * matches or the page is refused.
   */
  readArticle(ref: string, options: GlobalOptions): Promise<Article>;
  /** Writes one JSON value (pretty-printed) and a newline to stdout. */
  printJson(value: unknown): void;
  /** Writes text to stdout, ending it with a newline. */
  printText(text: string): void;
  /** Closes every service opened (the store, the fetcher); `runCli` calls it once at the end. */
  close(): Promise<void>;
}

type Level = "debug" | "info" | "warn" | "error";
const levelRank: Record<string, number> = {
  trace: 0,
  debug: 1,
  info: 2,
  warn: 3,
  error: 4,
  fatal: 5,
  silent: 6,
};

/**
 * A logger for terminals: warnings and errors become one plain line each on `stream`; info and debug
 * are shown only when LOG_LEVEL asks for them. Skipped article files read
 * "warning: skipped <file>: <reason>".
 */
export function createStderrLogger(stream: NodeJS.WritableStream, level = "warn"): Logger {
  // The CLI's default LOG_LEVEL ("info") would be noise in a terminal: show warnings and above
  // unless debug is asked for explicitly.
  const threshold = Math.max(levelRank[level] ?? 3, level === "debug" || level === "trace" ? 0 : 3);
  const write = (at: Level) => (obj: object, msg?: string) => {
    if ((levelRank[at] ?? 0) < threshold) return;
    stream.write(`${formatLogLine(at, obj, msg)}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

function formatLogLine(level: Level, obj: object, msg: string | undefined): string {
  const prefix = level === "warn" ? "warning" : level;
  const record = obj as Record<string, unknown>;
  if (typeof record.file === "string" && typeof record.reason === "string") {
    const what = msg === "skipped article file" || msg === undefined ? "skipped" : msg;
    return `${prefix}: ${what} ${record.file}: ${record.reason}`;
  }
  const fields = Object.keys(record).length > 0 ? ` ${safeStringify(record)}` : "";
  return `${prefix}: ${msg ?? ""}${fields}`.replace(/\s+$/, "");
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Error ? { name: v.name, message: v.message } : v,
    );
  } catch {
    return String(value);
  }
}

/** True when a reference names a file rather than an id or a URL: it has a separator or ".txt". */
export function looksLikePath(ref: string): boolean {
  if (/^https?:\/\//i.test(ref)) return false;
  return ref.includes("/") || ref.includes(path.sep) || ref.endsWith(".txt");
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Builds the CLI's context from the real process (config from the environment, process streams)
 * with any part overridden. Pass `config` in tests so the environment is never read.
 */
export function createCliContext(overrides: Partial<CliContext> = {}): CliContext {
  const config = overrides.config ?? loadConfig();
  const stdout = overrides.stdout ?? process.stdout;
  const stderr = overrides.stderr ?? process.stderr;
  const stdin = overrides.stdin ?? process.stdin;
  const logger = overrides.logger ?? createStderrLogger(stderr, config.LOG_LEVEL);
  const opened = new Map<string, Promise<Services>>();
  /** Corpora opened alone (a command that reads articles only), handed to services if asked. */
  const corpora = new Map<string, Promise<Corpus>>();

  // The composition root pulls in discord.js, the OpenAI client, BullMQ and the tokenizer (about
  // 2 CPU s and 150 MB): commands that only read articles open the corpus alone, and the services
  // are imported on first use.
  const services = (options: GlobalOptions): Promise<Services> => {
    const dir = path.resolve(options.seeds ?? config.SEEDS_DIR);
    checkSeedFolder(config, dir);
    let built = opened.get(dir);
    if (!built) {
      const corpus = corpora.get(dir);
      corpora.delete(dir);
      built = import("../services.js").then(async ({ createServices }) =>
        createServices(
          { ...config, SEEDS_DIR: dir },
          {
            logger,
            clock: systemClock,
            watch: false,
            warmThreads: false,
            index: "lazy",
            ...(corpus ? { corpus: await corpus } : {}),
            // Only a cache for the CLI: a store that cannot be opened must not cost the result.
            storeFallback: (message) => stderr.write(`warning: ${message}\n`),
          },
        ),
      );
      opened.set(dir, built);
      // A failed build is not cached, so a later call can retry.
      built.catch(() => opened.delete(dir));
    }
    return built;
  };
  const openCorpus = async (options: GlobalOptions): Promise<Corpus> => {
    const dir = path.resolve(options.seeds ?? config.SEEDS_DIR);
    checkSeedFolder(config, dir);
    const built = opened.get(dir);
    if (built) return (await built).corpus;
    let corpus = corpora.get(dir);
    if (!corpus) {
      // As the services open it for the CLI: not watched, reconciled first when a folder changed.
      corpus = openConfiguredCorpus(
        { ...config, SEEDS_DIR: dir },
        { logger, watch: false, importMode: "quick" },
      );
      corpora.set(dir, corpus);
      corpus.catch(() => corpora.delete(dir));
    }
    return corpus;
  };

  const readArticle = async (ref: string, options: GlobalOptions): Promise<Article> => {
    // Standard input and file paths need no corpus: don't pay for loading the seeds folder.
    if (ref === "-" || (looksLikePath(ref) && (await isFile(ref)))) {
      const empty = createCorpus({ index: await openMemoryIndex(logger), logger });
      try {
        return await readArticleRef(ref, empty, stdin);
      } finally {
        await empty.close();
      }
    }
    // An id, a corpus URL or a name that matches nothing needs the corpus alone; only a page
    // outside it needs the services (the fetcher, with the bot's safety rules and page cache).
    const corpus = await context.openCorpus(options);
    const trimmed = ref.trim();
    if (/^https?:\/\//i.test(trimmed) && !(await corpus.resolve(trimmed))) {
      return (await context.services(options)).fetcher.fetchArticle(trimmed);
    }
    return readArticleRef(ref, corpus, stdin);
  };

  const context: CliContext = {
    config,
    stdout,
    stderr,
    stdin,
    logger,
    services: overrides.services ?? services,
    openCorpus: overrides.openCorpus ?? openCorpus,
    readArticle: overrides.readArticle ?? readArticle,
    printJson:
      overrides.printJson ??
      ((value) => {
        stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      }),
    printText:
      overrides.printText ??
      ((text) => {
        stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      }),
    close:
      overrides.close ??
      (async () => {
        const all = await Promise.allSettled([...opened.values(), ...corpora.values()]);
        opened.clear();
        corpora.clear();
        for (const result of all) {
          if (result.status === "fulfilled") await result.value.close();
        }
      }),
  };
  return context;
}
