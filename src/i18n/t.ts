/**
 * Message lookup: `t(locale, key, params)` finds the key in the locale's catalog (English when the
 * locale is not one we have) and fills `{name}` placeholders. Params are inserted as given: the
 * caller escapes untrusted text for Discord before passing it.
 */
import { type Locale, resolveLocale } from "./locales.js";
import { de } from "./messages/de.js";
import { enUS, type MessageKey, type Messages } from "./messages/en-US.js";
import { esES } from "./messages/es-ES.js";
import { fr } from "./messages/fr.js";
import { ja } from "./messages/ja.js";
import { ptBR } from "./messages/pt-BR.js";

export type { MessageKey };

export const CATALOGS: Readonly<Record<Locale, Messages>> = {
  "en-US": enUS,
  de,
  fr,
  "es-ES": esES,
  "pt-BR": ptBR,
  ja,
};

export type MessageParams = Readonly<Record<string, string | number>>;

export function t(
  locale: string | null | undefined,
  key: MessageKey,
  params?: MessageParams,
): string {
  const template = CATALOGS[resolveLocale(locale)][key] || enUS[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: string | null | undefined): Translate {
  return (key, params) => t(locale, key, params);
}
