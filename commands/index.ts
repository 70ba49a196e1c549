import type { Command } from "../src/discord/command.js";
import { localizeCommand } from "../src/i18n/localize.js";
import article from "./article.js";
import ask from "./ask.js";
import briefing from "./briefing.js";
import digest from "./digest.js";
import feed from "./feed.js";
import quotes from "./quotes.js";
import settings from "./settings.js";
import summarize from "./summarize.js";

/** The one static list: the dispatcher routes to these, and `deploy-commands` registers them. */
export const commands: readonly Command[] = [
  article,
  summarize,
  quotes,
  digest,
  feed,
  briefing,
  settings,
  ask,
  // Names and descriptions in every locale we have strings for (src/i18n/command-strings.ts).
].map((command) => ({ ...command, data: localizeCommand(command.data) }));
