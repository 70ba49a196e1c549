import type { Corpus } from "../articles/corpus.js";
import type { Grant, Viewer } from "../articles/index-port.js";
import type { Article } from "../articles/types.js";
import type { BotDeps } from "../deps.js";
import { isAbortError, localizedUserError } from "../errors.js";
import { assertPublicHost } from "../fetch/address.js";
import { parseHttpUrl } from "../fetch/http.js";
import type { QuotaRule } from "../store/quota.js";
import type { AutocompleteInteraction } from "./interaction.js";
import { discordTimestamp, LIMITS, renderChoice, truncate } from "./render.js";

/** True when the person pasted a web address rather than an id or a title. */
export function looksLikeUrl(ref: string): boolean {
  return /^https?:\/\/\S+$/i.test(ref.trim());
}

/** What a person may open: the shared corpus, plus the fetched pages they may see. */
export type VisibleArticles = Pick<Corpus, "resolve" | "get" | "getByIdKey" | "latest">;

/**
 * The articles visible to the person behind an interaction: the corpus (team content), then the
 * fetched pages granted to them or to their server (src/fetch/fetched-pages.ts). A page another user
 * fetched is not found.
 */
export function visibleTo(
  deps: Pick<BotDeps, "corpus" | "fetchedPages">,
  who: { user: { id: string }; guildId: string | null },
): VisibleArticles {
  const viewer = { userId: who.user.id, guildId: who.guildId ?? undefined };
  const pages = deps.fetchedPages;
  return {
    async resolve(ref) {
      const found = await deps.corpus.resolve(ref, viewer);
      if (found || !pages) return found;
      return looksLikeUrl(ref) ? pages.getByUrl(ref, viewer) : pages.get(ref.trim(), viewer);
    },
    async get(id) {
      return (await deps.corpus.get(id, viewer)) ?? (await pages?.get(id, viewer));
    },
    getByIdKey: (key) => deps.corpus.getByIdKey(key, viewer),
    /** The newest team article: the corpus's, or a page a moderator added to this server. */
    async latest() {
      const shared = await deps.corpus.latest(viewer);
      if (!pages || !who.guildId) return shared;
      const newest = [shared, ...(await pages.teamPages(who.guildId))]
        .filter((a): a is Article => a !== undefined)
        .sort((a, b) => b.date.localeCompare(a.date) || b.addedAt - a.addedAt);
      return newest[0];
    },
  };
}

/** The corpus article an `article`/`url` option names: what autocomplete offered (the id), an id
 *  typed by hand, or a pasted URL in any form (normalized as in the pipeline). */
export async function findArticle(
  corpus: Pick<Corpus, "resolve">,
  ref: string,
): Promise<Article | undefined> {
  const trimmed = ref.trim();
  if (!trimmed) return undefined;
  return corpus.resolve(trimmed);
}

/** Like `findArticle`, with a message for the person when nothing matches. */
export async function requireArticle(
  corpus: Pick<Corpus, "resolve">,
  ref: string,
): Promise<Article> {
  const article = await findArticle(corpus, ref);
  if (article) return article;
  const shown = truncate(ref.trim().replace(/`/g, "'"), 80);
  throw localizedUserError("article.unknown", { shown });
}

/**
 * Refuses at once, before the reply is deferred (a deferral fixes the reply as public), a link that
 * can never be fetched: no fetcher, not http(s), or a host that is not public (an IP literal in any
 * form, `localhost`) unless FETCH_ALLOW_PRIVATE is on. Host names are checked again, on every
 * resolved address, when the page is fetched.
 */
export function assertFetchable(deps: Pick<BotDeps, "config" | "fetcher">, url: string): void {
  if (!deps.fetcher) throw localizedUserError("article.noFetching");
  const parsed = parseHttpUrl(url);
  if (!deps.config.FETCH_ALLOW_PRIVATE) assertPublicHost(parsed.hostname);
}

/** Fetches per minute, per user and per server, as quota rules (FETCH_USER_PER_MINUTE, …). */
function fetchRules(
  config: BotDeps["config"],
  who: { user: { id: string }; guildId: string | null },
): QuotaRule[] {
  const rules: QuotaRule[] = [
    { key: `fetch:user:${who.user.id}`, limit: config.FETCH_USER_PER_MINUTE, windowMs: 60_000 },
  ];
  if (who.guildId) {
    rules.push({
      key: `fetch:guild:${who.guildId}`,
      limit: config.FETCH_GUILD_PER_MINUTE,
      windowMs: 60_000,
    });
  }
  return rules;
}

/**
 * Fetches a page that is not in the corpus for the person asking, or says why not. The page is kept
 * for them alone (a user grant; `team` makes it team content of their server instead, for
 * `/article add`), never added to the shared corpus. Fetches are rate limited per user and per
 * server, atomically in the shared store.
 */
export async function fetchForUser(
  deps: BotDeps,
  url: string,
  signal: AbortSignal,
  who: { user: { id: string }; guildId: string | null },
  options: { team?: boolean } = {},
): Promise<Article> {
  if (!deps.fetcher) throw localizedUserError("article.noFetching");
  const rules = fetchRules(deps.config, who);
  const room = await deps.store.quota.take(rules, 1, deps.clock.now());
  if (!room.ok) {
    throw localizedUserError(
      room.rule === 0 ? "article.fetchTooFastUser" : "article.fetchTooFastServer",
      { when: discordTimestamp(room.resetAt, "R") },
    );
  }
  try {
    const article = await deps.fetcher.fetchArticle(url.trim(), { signal });
    const team = await deps.corpus.getByUrl(article.url);
    if (team) return team;
    const grant: Grant =
      options.team && who.guildId
        ? { kind: "guild", guildId: who.guildId }
        : { kind: "user", userId: who.user.id };
    await deps.fetchedPages?.keep(article, grant, who.guildId);
    return article;
  } catch (error) {
    if (isAbortError(error) || signal.aborted) {
      throw localizedUserError("article.fetchTimeout");
    }
    throw error;
  }
}

/** Autocomplete choices for an article option: the corpus's own ranking, from memory, ≤ 25. */
export async function suggestArticles(
  corpus: Corpus,
  query: string,
  viewer?: Viewer,
  teamPages: readonly Article[] = [],
): Promise<Array<{ name: string; value: string }>> {
  const choices: Array<{ name: string; value: string }> = [];
  const hits = await corpus.suggest(query.slice(0, 200), LIMITS.choices, viewer);
  // The server's own added pages first when their title has every word typed.
  const team = matchTeamPages(teamPages, query, "title");
  for (const article of [...team, ...hits.map((hit) => hit.article)]) {
    const choice = renderChoice(
      `${article.title} — ${article.source}, ${article.date}`,
      article.id,
    );
    if (choice) choices.push(choice);
    if (choices.length >= LIMITS.choices) break;
  }
  return choices;
}

/** Answers an autocomplete for an article option from the index (and the server's added pages). */
export async function respondWithArticles(
  interaction: AutocompleteInteraction,
  deps: Pick<BotDeps, "corpus" | "fetchedPages">,
): Promise<void> {
  // Only what this person may see: team content everywhere and of their server, their own fetches.
  const viewer = { userId: interaction.user.id, guildId: interaction.guildId ?? undefined };
  const team =
    deps.fetchedPages && interaction.guildId
      ? await deps.fetchedPages.teamPages(interaction.guildId)
      : [];
  await interaction.respond(
    await suggestArticles(deps.corpus, interaction.focused.value, viewer, team),
  );
}

/**
 * The pages a moderator added to a server (`/article add`) that contain every word of the query, in
 * their title only or in their title and text. A short list (capped per server), so a scan.
 */
export function matchTeamPages(
  pages: readonly Article[],
  query: string,
  where: "title" | "text",
): Article[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  return pages.filter((page) => {
    const haystack = (where === "title" ? page.title : `${page.title}\n${page.text}`).toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
