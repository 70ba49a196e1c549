import { type Command, Option } from "commander";
import type { CliContext } from "./context.js";
import { withExamples } from "./help.js";

const ROLES = ["all", "gateway", "http", "worker"] as const;

/**
 * `newsdesk serve [--role gateway|http|worker|all]`: runs the bot (default NEWSDESK_ROLE) until
 * SIGINT/SIGTERM, which drain and stop it (see "Running at scale" in the README).
 */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command("serve")
      .description("Run the bot: the gateway, the HTTP interactions endpoint, the worker, or all"),
    [
      ["newsdesk serve", "everything in one process (NEWSDESK_ROLE, default all)"],
      ["newsdesk serve --role http", "only the HTTP interactions endpoint"],
      ["newsdesk serve --role worker", "only the background worker"],
    ],
  )
    .addOption(
      new Option("--role <role>", "What this process runs (default: NEWSDESK_ROLE or all)").choices(
        ROLES,
      ),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ role?: (typeof ROLES)[number]; seeds?: string }>();
      const { createLogger } = await import("../app.js");
      const { serve } = await import("../main.js");
      // --seeds applies here as to every command.
      const config = options.seeds ? { ...ctx.config, SEEDS_DIR: options.seeds } : ctx.config;
      await serve(config, createLogger(config), options.role ?? config.NEWSDESK_ROLE);
    });
}
