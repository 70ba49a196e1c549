import { type MessageKey, type MessageParams, t } from "./i18n/t.js";

/**
 * Parameters of a localized UserError. A value marked with `echo()` is the person's own input (a
 * host, a keyword): `localizedUserErrorText` escapes it for Discord; other values go in as given.
 */
export type UserErrorParams = Readonly<Record<string, string | number | EchoedInput>>;
export interface UserErrorKey {
  key: MessageKey;
  params?: UserErrorParams;
}

/**
 * An expected failure with a message written for the person who asked (in Discord or a terminal):
 * unknown article, bad option, address refused. The Discord dispatcher turns it into an ephemeral
 * reply; the CLI prints it to standard error and exits 1. Anything else is a bug: logged, and the
 * user sees a short generic message.
 */
export class UserError extends Error {
  override readonly name = "UserError" as const;
  /**
   * The message in pieces when it echoes the person's own input (see `userError`): a renderer
   * escapes the `{ input }` pieces like any other untrusted text. Null when nothing is echoed.
   */
  readonly parts: readonly MessagePart[] | null;
  /**
   * The message as a catalog key (src/i18n) with its parameters, when it has one: the dispatcher
   * words it in the reader's locale; `message` stays the English text (logs, the CLI). Parameters
   * are inserted as given: escape echoed input before passing it.
   */
  readonly i18n: UserErrorKey | undefined;
  constructor(
    message: string,
    options?: {
      cause?: unknown;
      parts?: readonly MessagePart[];
      i18n?: UserErrorKey;
    },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.parts = options?.parts ?? null;
    this.i18n = options?.i18n;
  }
}

/** A UserError worded from the catalog: English as its message, localized where it is shown. */
export function localizedUserError(key: MessageKey, params?: UserErrorParams): UserError {
  return new UserError(
    t(
      "en-US",
      key,
      fillParams(params, (text) => text),
    ),
    {
      i18n: { key, ...(params ? { params } : {}) },
    },
  );
}

/** The same refusal with a catalog key added (for `userError` templates that echo input). */
export function withMessageKey(error: UserError, key: MessageKey, params?: UserErrorParams) {
  return new UserError(error.message, {
    ...(error.cause === undefined ? {} : { cause: error.cause }),
    ...(error.parts ? { parts: error.parts } : {}),
    i18n: { key, ...(params ? { params } : {}) },
  });
}

function fillParams(
  params: UserErrorParams | undefined,
  escapeInput: (text: string) => string,
): MessageParams | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "object" ? escapeInput(value.input) : value,
    ]),
  );
}

/**
 * The text of a UserError in a locale when it has a catalog key (else null: use its message).
 * Echoed input among its parameters goes through `escapeInput` (the renderer's markdown escape).
 */
export function localizedUserErrorText(
  error: UserError,
  locale: string | null | undefined,
  escapeInput: (text: string) => string = (text) => text,
): string | null {
  return error.i18n ? t(locale, error.i18n.key, fillParams(error.i18n.params, escapeInput)) : null;
}

/** A piece of a message that is the person's own input, echoed back. */
export interface EchoedInput {
  input: string;
}
export type MessagePart = string | EchoedInput;

/** Marks text as the person's input for `userError` (cut to `max` characters). */
export function echo(text: string, max = 100): EchoedInput {
  const chars = [...text];
  return { input: chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text };
}

/**
 * A UserError whose `${echo(x)}` holes are the person's own input: the message reads plainly (the
 * CLI prints it), and `renderUserError` escapes the echoed pieces for Discord.
 */
export function userError(
  strings: TemplateStringsArray,
  ...values: Array<string | number | EchoedInput>
): UserError {
  const parts: MessagePart[] = [];
  strings.forEach((text, i) => {
    if (text) parts.push(text);
    if (i < values.length) {
      const value = values[i]!;
      parts.push(typeof value === "object" ? value : String(value));
    }
  });
  const message = parts.map((part) => (typeof part === "string" ? part : part.input)).join("");
  return new UserError(message, { parts });
}

/** The message with every echoed input passed through `escapeInput` (the renderer's markdown escape). */
export function renderUserError(error: UserError, escapeInput: (text: string) => string): string {
  if (!error.parts) return error.message;
  return error.parts
    .map((part) => (typeof part === "string" ? part : escapeInput(part.input)))
    .join("");
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
