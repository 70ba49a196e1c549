/**
 * An expected failure with a message written for the person who asked (in Discord or a terminal):
 * unknown article, bad option, address refused. The Discord dispatcher turns it into an ephemeral
 * reply; the CLI prints it to standard error and exits 1. Anything else is a bug: logged, and the
 * user sees a short generic message.
 */
export class UserError extends Error {
  override readonly name = "UserError" as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === "UserError";
}

/** Aborted on purpose (deadline or caller's signal): never retried. */
export class AbortError extends Error {
  override readonly name = "AbortError" as const;
}

export function isAbortError(error: unknown): error is AbortError {
  return error instanceof Error && error.name === "AbortError";
}
