import type { Command } from "commander";

/** "Examples:" and one indented line per example, for `addHelpText("after", …)`. */
export function formatExamples(
  examples: readonly (readonly [command: string, what: string])[],
): string {
  const width = Math.max(...examples.map(([command]) => command.length));
  const lines = examples.map(([command, what]) => `  $ ${command.padEnd(width)}  # ${what}`);
  return `\nExamples:\n${lines.join("\n")}\n`;
}

/** Adds examples under a command's `--help`: every command has some (test/cli/help.test.ts). */
export function withExamples(
  command: Command,
  examples: readonly (readonly [command: string, what: string])[],
): Command {
  return command.addHelpText("after", formatExamples(examples));
}

/** What an article reference can be, for the `<ref>` argument of every command that reads one. */
export const REF_DESCRIPTION =
  'An article id, any http(s) URL (fetched when not in the corpus), a path to a seed file, or "-" for standard input';

export const HELP_EPILOGUE = {
  newsdesk: formatExamples([
    ["newsdesk article latest", "read the newest article"],
    ["newsdesk article search bridge closure", "find articles"],
    ["newsdesk quotes <id> --speaker Marchetti", "who said what"],
    ["newsdesk summarize <id> --length short", "a short summary"],
    ["newsdesk --seeds demo article list", "use another folder of articles"],
  ]),
} as const;
