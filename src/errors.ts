import { type MessageKey, type MessageParams, t } from "./i18n/t.js";

/**
 * An expected failure with a message written for the person who asked (in Discord or a terminal):
 * unknown article, bad option, address refused. The Discord dispatcher turns it into an ephemeral
 * reply; the CLI prints it to standard error and exits 1. Anything else is a bug: logged, and the
 * user sees a short generic message.
 */
export class UserError extends Error {
  override readonly name = "UserError" as const;
  /**
   * The message as a catalog key (src/i18n) with its parameters, when it has one: the dispatcher
   * words it in the reader's locale; `message` stays the English text (logs, the CLI).
   */
  readonly i18n: { key: MessageKey; params?: MessageParams } | undefined;
  constructor(
    message: string,
    options?: { cause?: unknown; i18n?: { key: MessageKey; params?: MessageParams } },
  ) {
    super(message, options);
    this.i18n = options?.i18n;
  }
}

/** A UserError worded from the catalog: English as its message, localized where it is shown. */
export function localizedUserError(key: MessageKey, params?: MessageParams): UserError {
  return new UserError(t("en-US", key, params), { i18n: { key, ...(params ? { params } : {}) } });
}

/** The text of a UserError in a locale (its catalog key when it has one, else its message). */
export function userErrorText(error: UserError, locale: string | null | undefined): string {
  return error.i18n ? t(locale, error.i18n.key, error.i18n.params) : error.message;
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
