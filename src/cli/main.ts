import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { isUserError } from "../errors.js";
import { registerArticleCommand } from "./article.js";
import type { CliContext } from "./context.js";
import { createCliContext } from "./context.js";
import { registerIndexCommand } from "./index-cmd.js";
import { registerQuotesCommand } from "./quotes.js";
import { registerServeCommand } from "./serve.js";
import { registerSummarizeCommand } from "./summarize.js";

function readVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as {
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
    .version(readVersion(), "-V, --version")
    .option("--seeds <dir>", "folder of seed articles (default: SEEDS_DIR or ./seeds)")
    .option("--json", "print JSON on standard output")
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    })
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerArticleCommand(program, ctx);
  registerQuotesCommand(program, ctx);
  registerSummarizeCommand(program, ctx);
  registerServeCommand(program, ctx);
  registerIndexCommand(program, ctx);
  return program;
}

/** Runs one command line (`argv` as in process.argv) and returns the exit code; never exits. */
export async function runCli(argv: readonly string[], ctx?: CliContext): Promise<number> {
  let context: CliContext | undefined = ctx;
  try {
    context ??= createCliContext();
    await buildProgram(context).parseAsync([...argv]);
    return 0;
  } catch (error) {
    const stderr = context?.stderr ?? process.stderr;
    if (error instanceof CommanderError) {
      // Commander has printed its message already. Help and --version end with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isUserError(error)) {
      stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`error: something went wrong: ${message}\n`);
    if (context?.config.LOG_LEVEL === "debug" || context?.config.LOG_LEVEL === "trace") {
      stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    } else {
      stderr.write("Run again with LOG_LEVEL=debug for details.\n");
    }
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
