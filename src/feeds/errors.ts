import type { UserErrorKey } from "../errors.js";
import type { FeedErrorCode } from "./types.js";

/**
 * A failed poll or a document that is not a usable feed. `code` is what the state records and
 * the layers above switch on; `message` is written for the person who added the feed (English:
 * logs and the CLI), and `i18n` is the same message as a catalog key, worded in Discord in the
 * reader's locale.
 */
export class FeedError extends Error {
  override readonly name = "FeedError" as const;
  readonly i18n: UserErrorKey | undefined;
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown; i18n?: UserErrorKey | undefined },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.i18n = options?.i18n;
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof Error && error.name === "FeedError";
}
