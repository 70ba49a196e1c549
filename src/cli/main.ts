import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { isUserError } from "../errors.js";
import { packageRoot } from "../package-root.js";
import { registerArticleCommand } from "./article.js";
import type { CliContext } from "./context.js";
import { registerFeedCommand } from "./feed.js";
import { HELP_EPILOGUE } from "./help.js";
import { registerIndexCommand } from "./index-cmd.js";
import { createProgress } from "./progress.js";
import { registerQuotesCommand } from "./quotes.js";
import { sanitizeTerminalText } from "./sanitize.js";
import { registerServeCommand } from "./serve.js";
import { registerStoreCommand } from "./store-cmd.js";
import { registerSummarizeCommand } from "./summarize.js";

/*
 * Start-up cost matters here: `newsdesk --help` and `--version` load only this file, commander and
 * the command modules. The context (config, corpus, store, fetcher) is imported and built on the
 * first command action, and command modules import heavy modules (OpenAI, the fetcher, the store)
 * inside their actions. Keep it that way when adding a command: measured by `npm run bench -- cli`.
 */

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/**
 * The `newsdesk` program: global options, every command registered, errors thrown rather than
 * exiting so `runCli` decides the exit code. Register new commands here.
 */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command()
    .name("newsdesk")
    .description("Newsdesk from a terminal: read, search, quote and summarize news articles.")
    .version(readVersion(), "-V, --version", "Print the version")
    .helpOption("-h, --help", "Show help for a command")
    .helpCommand("help [command]", "Show help for a command")
    .option("--seeds <dir>", "Folder of seed articles (default: SEEDS_DIR or ./seeds)")
    .option("--json", "Print JSON on standard output")
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(sanitizeTerminalText(text)),
      writeErr: (text) => ctx.stderr.write(sanitizeTerminalText(text)),
    })
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  program.addHelpText("after", HELP_EPILOGUE.newsdesk);
  registerArticleCommand(program, ctx);
  registerQuotesCommand(program, ctx);
  registerSummarizeCommand(program, ctx);
  registerServeCommand(program, ctx);
  registerIndexCommand(program, ctx);
  registerFeedCommand(program, ctx);
  registerStoreCommand(program, ctx);
  for (const command of program.commands) {
    command.helpOption("-h, --help", "Show help for this command");
    for (const sub of command.commands) sub.helpOption("-h, --help", "Show help for this command");
  }
  return program;
}

/**
 * A context whose streams are the process's own at once, and whose other parts (config, logger,
 * corpus, fetcher) are built by `load()` on the first command action: `--help`, `--version` and
 * usage errors never import them. Text output is escaped for the terminal; a wait on a terminal
 * shows a progress line.
 */
function createDeferredContext(): { ctx: CliContext; load(): Promise<void> } {
  let loaded: CliContext | undefined;
  const real = (): CliContext => {
    if (!loaded) throw new Error("The CLI context was used before a command ran.");
    return loaded;
  };
  const progress = createProgress(process.stderr);
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    get config() {
      return real().config;
    },
    get logger() {
      return real().logger;
    },
    services: (options) => progress.track("Loading the articles", real().services(options)),
    openCorpus: (options) => progress.track("Loading the articles", real().openCorpus(options)),
    readArticle: (ref, options) =>
      progress.track(
        /^https?:\/\//i.test(ref.trim()) ? `Reading ${ref.trim()}` : "Reading the article",
        real().readArticle(ref, options),
      ),
    printJson: (value) => real().printJson(value),
    printText: (text) => real().printText(text),
    close: async () => {
      await loaded?.close();
    },
  };
  return {
    ctx,
    async load() {
      if (loaded) return;
      const [{ createCliContext }, { loadConfig }, { createCliLogger }] = await Promise.all([
        import("./context.js"),
        import("../config.js"),
        import("./log.js"),
      ]);
      const config = loadConfig();
      loaded = createCliContext({
        config,
        logger: createCliLogger(process.stderr, config.LOG_LEVEL),
      });
    },
  };
}

/** Every text line the CLI prints goes through the terminal sanitizer; JSON stays exact. */
function withSafeText(ctx: CliContext): CliContext {
  const printText = ctx.printText;
  return Object.assign(Object.create(ctx) as CliContext, {
    printText: (text: string) => printText.call(ctx, sanitizeTerminalText(text)),
  });
}

/** Runs one command line (`argv` as in process.argv) and returns the exit code; never exits. */
export async function runCli(argv: readonly string[], ctx?: CliContext): Promise<number> {
  const deferred = ctx ? undefined : createDeferredContext();
  const context = withSafeText(ctx ?? deferred!.ctx);
  const stderr = context.stderr;
  try {
    const program = buildProgram(context);
    if (deferred) program.hook("preAction", () => deferred.load());
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already. Help and --version end with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isUserError(error)) {
      stderr.write(`error: ${sanitizeTerminalText(error.message)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`error: something went wrong: ${sanitizeTerminalText(message)}\n`);
    let debug = false;
    try {
      debug = context.config.LOG_LEVEL === "debug" || context.config.LOG_LEVEL === "trace";
    } catch {
      // The configuration itself failed to load.
    }
    if (debug) stderr.write(`${sanitizeTerminalText(String((error as Error).stack ?? ""))}\n`);
    else stderr.write("Run again with LOG_LEVEL=debug for details.\n");
    return 1;
  } finally {
    await context?.close().catch(() => undefined);
  }
}

/** The binary's entry: runs process.argv and sets the exit code (output is flushed, not cut). */
export async function main(): Promise<void> {
  // `newsdesk … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(process.argv);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
