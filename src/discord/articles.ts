import type { Corpus } from "../articles/corpus.js";
import type { Article } from "../articles/types.js";
import type { BotDeps } from "../deps.js";
import { isAbortError, UserError } from "../errors.js";
import { assertPublicHost } from "../fetch/address.js";
import { parseHttpUrl } from "../fetch/http.js";
import type { AutocompleteInteraction } from "./interaction.js";
import { LIMITS, renderChoice, truncate } from "./render.js";

/** True when the person pasted a web address rather than an id or a title. */
export function looksLikeUrl(ref: string): boolean {
  return /^https?:\/\/\S+$/i.test(ref.trim());
}

/** The corpus article an `article`/`url` option names: what autocomplete offered (the id), an id
 *  typed by hand, or a pasted URL in any form (normalized as in the pipeline). */
export async function findArticle(corpus: Corpus, ref: string): Promise<Article | undefined> {
  const trimmed = ref.trim();
  if (!trimmed) return undefined;
  return corpus.resolve(trimmed);
}

/** Like `findArticle`, with a message for the person when nothing matches. */
export async function requireArticle(corpus: Corpus, ref: string): Promise<Article> {
  const article = await findArticle(corpus, ref);
  if (article) return article;
  const shown = truncate(ref.trim().replace(/`/g, "'"), 80);
  throw new UserError(
    `I don't know the article \`${shown}\`. Pick one from the list as you type, or paste its address.`,
  );
}

const NO_FETCHING =
  "That address is not in the news corpus, and fetching new pages is not available here.";

/**
 * Refuses at once, before the reply is deferred (a deferral fixes the reply as public), a link that
 * can never be fetched: no fetcher, not http(s), or a host that is not public (an IP literal in any
 * form, `localhost`) unless FETCH_ALLOW_PRIVATE is on. Host names are checked again, on every
 * resolved address, when the page is fetched.
 */
export function assertFetchable(deps: Pick<BotDeps, "config" | "fetcher">, url: string): void {
  if (!deps.fetcher) throw new UserError(NO_FETCHING);
  const parsed = parseHttpUrl(url);
  if (!deps.config.FETCH_ALLOW_PRIVATE) assertPublicHost(parsed.hostname);
}

/** Fetches a page that is not in the corpus yet and adds it, or says why not. */
export async function fetchIntoCorpus(
  deps: BotDeps,
  url: string,
  signal: AbortSignal,
): Promise<Article> {
  if (!deps.fetcher) throw new UserError(NO_FETCHING);
  try {
    const article = await deps.fetcher.fetchArticle(url.trim(), { signal });
    const existing = await deps.corpus.getByUrl(article.url);
    if (existing) return existing;
    await deps.corpus.add(article);
    return (await deps.corpus.get(article.id)) ?? article;
  } catch (error) {
    if (isAbortError(error) || signal.aborted) {
      throw new UserError("Fetching that page took too long. Please try again later.");
    }
    throw error;
  }
}

/** Autocomplete choices for an article option: the corpus's own ranking, from memory, ≤ 25. */
export async function suggestArticles(
  corpus: Corpus,
  query: string,
): Promise<Array<{ name: string; value: string }>> {
  const choices: Array<{ name: string; value: string }> = [];
  for (const hit of await corpus.suggest(query.slice(0, 200), LIMITS.choices)) {
    const { article } = hit;
    const choice = renderChoice(
      `${article.title} — ${article.source}, ${article.date}`,
      article.id,
    );
    if (choice) choices.push(choice);
    if (choices.length >= LIMITS.choices) break;
  }
  return choices;
}

/** Answers an autocomplete for an article option from memory. */
export async function respondWithArticles(
  interaction: AutocompleteInteraction,
  corpus: Corpus,
): Promise<void> {
  await interaction.respond(await suggestArticles(corpus, interaction.focused.value));
}
