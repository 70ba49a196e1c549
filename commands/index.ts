import type { Command } from "../src/discord/command.js";
import article from "./article.js";
import digest from "./digest.js";
import feed from "./feed.js";
import quotes from "./quotes.js";
import summarize from "./summarize.js";

/** The one static list: the dispatcher routes to these, and `deploy-commands` registers them. */
export const commands: readonly Command[] = [article, summarize, quotes, digest, feed];
