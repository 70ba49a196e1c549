/** Why an engine could not produce a summary; the service falls back and says why in `note`. */
export type EngineFailure = "timeout" | "deadline" | "stalled" | "upstream" | "invalid-output";

/**
 * A failure of a summary engine (the LLM adapter throws these): the service turns it into an
 * extractive fallback whose note carries `message`. Aborts by the caller are `AbortError`s instead.
 */
export class SummaryEngineError extends Error {
  override readonly name = "SummaryEngineError" as const;
  constructor(
    readonly reason: EngineFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isSummaryEngineError(error: unknown): error is SummaryEngineError {
  return error instanceof Error && error.name === "SummaryEngineError";
}
