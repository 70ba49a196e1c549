import { PassThrough } from "node:stream";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { createCliContext } from "../../src/cli/context.js";
import { formatExamples } from "../../src/cli/help.js";
import { buildProgram, runCli } from "../../src/cli/main.js";
import { parseConfig } from "../../src/config.js";
import { createMemoryLogger } from "../../src/logger.js";
import { captureOutput } from "../support/cli.js";

function context() {
  const { stdout, stderr, printed } = captureOutput();
  const ctx = createCliContext({
    config: parseConfig({}),
    stdout,
    stderr,
    stdin: new PassThrough(),
    logger: createMemoryLogger(),
  });
  return { ctx, output: () => printed.out };
}

/** Every command path of the program: ["article"], ["article", "latest"], … */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return [path, ...commandPaths(sub, path)];
  });
}

describe("buildProgram", () => {
  const { ctx } = context();
  const program = buildProgram(ctx);
  const paths = [[], ...commandPaths(program).filter((path) => path.at(-1) !== "help")];

  it.each(paths.map((path) => [path.join(" ") || "newsdesk", path] as const))(
    "shows examples in the help of %s",
    async (_name, path) => {
      const run = context();
      expect(await runCli(["node", "newsdesk", ...path, "--help"], run.ctx)).toBe(0);
      expect(run.output()).toMatch(/\nExamples:\n {2}\$ newsdesk /);
    },
  );

  it("capitalizes every description of a command, an argument and an option", () => {
    const descriptions: string[] = [];
    const visit = (command: Command) => {
      descriptions.push(command.description());
      for (const argument of command.registeredArguments) descriptions.push(argument.description);
      for (const option of command.options) descriptions.push(option.description);
      command.commands.forEach(visit);
    };
    visit(program);
    for (const description of descriptions.filter(Boolean)) {
      expect(description, description).toMatch(/^[A-Z"]/);
    }
  });
});

describe("formatExamples", () => {
  it("lines the comments up under an Examples heading", () => {
    expect(
      formatExamples([
        ["newsdesk a", "one"],
        ["newsdesk abc", "two"],
      ]),
    ).toBe("\nExamples:\n  $ newsdesk a    # one\n  $ newsdesk abc  # two\n");
  });
});
