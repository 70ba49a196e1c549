import type { FeedErrorCode } from "./types.js";

/**
 * A failed poll or a document that is not a usable feed. `code` is what the state records and
 * the layers above switch on; `message` is written for the person who added the feed.
 */
export class FeedError extends Error {
  override readonly name = "FeedError" as const;
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof Error && error.name === "FeedError";
}
