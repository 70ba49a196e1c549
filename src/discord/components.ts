import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { idKeyOf } from "../articles/query.js";
import type { Article } from "../articles/types.js";
import { t } from "../i18n/t.js";
import { LIMITS, truncate } from "./render.js";

/**
 * Component custom ids carry everything a button needs (`command:action:arg…`, each part
 * URI-encoded), so buttons keep working after a restart: no state is kept in memory.
 */
export interface ComponentId {
  command: string;
  action: string;
  args: string[];
}

/** Encodes a custom id; null when it would exceed Discord's 100 characters. */
export function encodeComponentId(
  command: string,
  action: string,
  ...args: Array<string | number>
): string | null {
  const id = [command, action, ...args.map(String)].map(encodeURIComponent).join(":");
  return id.length <= LIMITS.customId ? id : null;
}

/** Parses a custom id made by `encodeComponentId`; null for anything else. */
export function parseComponentId(customId: string): ComponentId | null {
  const parts = customId.split(":");
  if (parts.length < 2) return null;
  try {
    const [command, action, ...args] = parts.map(decodeURIComponent);
    if (!command || !action) return null;
    return { command, action, args };
  } catch {
    return null;
  }
}

export interface ButtonSpec {
  label: string;
  customId: string | null;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
  disabled?: boolean;
}

/** One action row of buttons; buttons without an id (too long to encode) are left out. */
export function buildButtonRow(
  buttons: ButtonSpec[],
): APIActionRowComponent<APIComponentInMessageActionRow> | null {
  const components: APIButtonComponentWithCustomId[] = [];
  for (const button of buttons) {
    if (button.customId === null) continue;
    components.push({
      type: ComponentType.Button,
      style: button.style ?? ButtonStyle.Secondary,
      label: truncate(button.label, LIMITS.buttonLabel),
      custom_id: button.customId,
      disabled: button.disabled ?? false,
    });
  }
  if (components.length === 0) return null;
  return { type: ComponentType.ActionRow, components: components.slice(0, LIMITS.buttonsPerRow) };
}

/**
 * Previous/next page buttons; ids must differ, so the page number is part of each. Labels are in
 * `locale`: the server's on a public message (`serverLocale`), the reader's on an ephemeral one.
 */
export function buildPageButtons(
  page: number,
  pages: number,
  idFor: (page: number) => string | null,
  locale?: string | null,
): ButtonSpec[] {
  if (pages <= 1) return [];
  return [
    {
      label: t(locale, "button.previous"),
      customId: idFor(Math.max(1, page - 1)),
      disabled: page <= 1,
    },
    {
      label: t(locale, "button.next"),
      customId: idFor(Math.min(pages, page + 1)),
      disabled: page >= pages,
    },
  ];
}

/** Article ids that go into a custom id as they are: short, and unchanged by URI encoding. */
const PLAIN_ID = /^[A-Za-z0-9_.-]{1,48}$/;
const HASHED_PREFIX = "~";

/**
 * The article's key in a custom id: the id itself when it is short and plain, else `~` and a stable
 * hash of it (22 characters), so a long or non-ASCII id still fits in Discord's 100 characters with
 * its page number and every page stays reachable. `findByArticleKey` turns it back into the article.
 */
export function articleKey(id: string): string {
  if (PLAIN_ID.test(id)) return id;
  return HASHED_PREFIX + idKeyOf(id);
}

/** The article a custom id's key names (see `articleKey`), or undefined: one index lookup. */
export async function findByArticleKey(
  corpus: {
    get(id: string): Promise<Article | undefined>;
    getByIdKey(key: string): Promise<Article | undefined>;
  },
  key: string,
): Promise<Article | undefined> {
  if (!key.startsWith(HASHED_PREFIX)) return corpus.get(key);
  const article = await corpus.getByIdKey(key.slice(HASHED_PREFIX.length));
  // A plain id is never hashed: a key that names one was not made by articleKey.
  return article && !PLAIN_ID.test(article.id) ? article : undefined;
}

/** The Discuss button under an article: opens a public thread where `/ask` answers from it
 *  (commands/ask.ts, src/discord/discuss-flow.ts). */
export function discussButton(articleId: string, locale?: string | null): ButtonSpec {
  return {
    label: t(locale, "button.discuss"),
    customId: encodeComponentId("ask", "discuss", articleKey(articleId)),
  };
}
