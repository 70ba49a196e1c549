import { type Command, Option } from "commander";
import type { CliContext } from "./context.js";
import { withExamples } from "./help.js";

const ROLES = ["all", "gateway", "http", "worker"] as const;

/**
 * `newsdesk serve [--role gateway|http|worker|all]`: runs the bot (default NEWSDESK_ROLE) until
 * SIGINT/SIGTERM, which drain and stop it (see "Running at scale" in the README).
 */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  const serve = program
    .command("serve")
    .description("Run the bot: the gateway, the HTTP interactions endpoint, the worker, or all")
    .addOption(
      new Option("--role <role>", "What this process runs (default: NEWSDESK_ROLE or all)").choices(
        ROLES,
      ),
    );
  withExamples(serve, [
    ["newsdesk serve", "everything in one process, like npm start"],
    ["newsdesk serve --role http", "a stateless HTTP interactions replica"],
    ["newsdesk serve --role worker", "a job worker (needs QUEUE_REDIS_URL or KEYV_URL)"],
  ]);
  serve.action(async (options: { role?: (typeof ROLES)[number] }) => {
    const { createLogger } = await import("../app.js");
    const main = await import("../main.js");
    const config = ctx.config;
    await main.serve(config, createLogger(config), options.role ?? config.NEWSDESK_ROLE);
  });
}
