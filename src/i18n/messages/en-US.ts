/** English (en-US): the reference catalog. Every other locale has exactly these keys. */
export const enUS = {
  "error.generic": "Something went wrong on our side. Please try again in a moment.",
  "error.subcommand": "Pick one of this command's subcommands.",
  "error.optionRequired": "The option `{name}` is required.",
  "error.optionType": "The option `{name}` must be a {type}.",
  "error.optionChoice": "The option `{name}` must be one of {allowed}.",
  "error.guildOnly": "This command works in a server, not in direct messages.",
  "error.tooSlow": "That took too long. Please try again later.",
  "error.llmCooldown": "You just asked for a summary. You can ask again {when}.",
  "error.llmBudget":
    "This server has used its {budget} AI summaries for the hour. Try again {when}.",
  "briefing.disabled": "Briefings are not enabled on this bot.",
  "briefing.badSince":
    "I could not read `{value}` as a time. Use a duration such as `24h`, `3d` or `2w`, or a day such as `2026-11-25`.",
  "briefing.empty": "📰 No articles since {since}.",
  "briefing.emptyHint": "The newest article is dated {date}: try `since:{days}d`.",
  "briefing.emptyFeed": "📰 No articles from the feed `{feed}` since {since}.",
  "briefing.emptySource": "📰 No articles from {source} since {since}.",
  "briefing.header": "📰 **Briefing** since {since}: {stories} stories from {articles} articles.",
  "briefing.moreStories": "The {stories} biggest of {total} stories are shown.",
  "briefing.omitted":
    "Only the newest {kept} articles were grouped; {omitted} older ones were left out.",
  "briefing.engineLlm": "Summaries by {model}, every sentence checked against its sources.",
  "briefing.engineExtractive":
    "Summaries picked from the articles' own sentences (no AI is configured).",
  "briefing.engineBudget":
    "Summaries picked from the articles' own sentences: this server's AI budget for the hour is used up.",
  "briefing.engineRefused":
    "Summaries picked from the articles' own sentences, not by the AI: {reason}",
  "briefing.engineMixed":
    "Some summaries by {model}, the others picked from the articles' own sentences.",
  "briefing.sources": "Sources",
  "briefing.storyFooter": "{articles} articles · {outlets} sources · latest {date}",
  "briefing.removed": "Sentences removed as not supported by the sources: {count}",
  "briefing.fallbackFailed": "The AI could not write this story; its own sentences are shown.",
  "briefing.fallbackUnsupported":
    "No AI sentence was supported by the sources; its own sentences are shown.",
  "briefing.fallbackLimit":
    "Its own sentences (the AI writes the first {count} stories of a briefing).",
  "briefing.noLanguage":
    "Summaries in {language} need an AI model and none answered: they are in the articles' language.",
  "settings.manageServer":
    "You need the Manage Server permission to change this server's settings.",
  "settings.title": "Settings for this server",
  "settings.language": "Summary language",
  "settings.languageArticle": "the article's language",
  "settings.length": "Default summary length",
  "settings.format": "Default summary format",
  "settings.digestStyle": "Digest style",
  "settings.budget": "AI answers per hour",
  "settings.budgetValue": "{value} (the operator allows at most {cap})",
  "settings.budgetDefault": "the operator's cap, {cap}",
  "settings.saved": "Saved. New answers use these settings.",
  "settings.budgetOverCap": "The budget can be at most {cap}: that is the operator's cap.",
  "settings.badLanguage":
    "`{value}` is not a language I know. Use a tag such as `de`, `fr`, `es`, `pt-BR` or `ja`.",
  "settings.noLlm":
    "No AI model is configured on this bot: summaries stay in the article's language.",
  "summary.noLanguage":
    "Summaries in {language} need an AI model and none answered: this one is in the article's language.",
  "discuss.missingPermission":
    "I cannot open a thread here: I need the Create Public Threads permission in this channel.",
  "discuss.notInChannel": "Threads can only be opened on articles in a server's text channel.",
  "discuss.opened": "Opened {thread}: ask questions about the article there with `/ask`.",
  "discuss.intro":
    "Ask questions about **{title}** with `/ask question:`. Answers come from this article only.",
  "ask.notThread": "Use `/ask` in a thread opened with the Discuss button on an article.",
  "ask.noArticle": "I cannot find the article this thread is about any more.",
  "ask.notAnswered": "The article does not answer that question.",
  "ask.extractive": "The sentences of the article that match best (no AI is configured):",
  "ask.llm": "Answered by {model} from the article only.",
  "ask.fallback": "The AI could not answer; the sentences of the article that match best:",
  "discuss.disabled": "Article threads are not available on this bot.",
  "discuss.exists":
    "This article already has a thread: {thread}. Ask your questions there with `/ask`.",
  "ask.emptyQuestion": "Ask a question with some words in it.",
  "ask.fallbackUnsupported":
    "The AI's answer was not supported by the article; the sentences of the article that match best:",
  "ask.fallbackRefused":
    "Not answered by the AI ({reason}); the sentences of the article that match best:",
  "ask.removed": "Sentences removed as not supported by the article: {count}",
  "ask.cited": "Cited sentences",
  "ask.noLanguage":
    "Answers in {language} need an AI model: these sentences are in the article's language.",
  "ask.from": "From: {title}",
  "ask.searched": "No sentence of the article matches the question well enough.",
  "article.empty": "The news corpus is empty: there is no article yet.",
  "article.needManageMessages":
    "You need the Manage Messages permission to add a page to this server's articles.",
  "article.added": "Added to this server's articles: everyone here can open it.",
  "article.noMatch": "No article matches `{query}`.",
  "article.alsoMatching": "Also matching: {list}",
  "article.gone": "That article is no longer in the corpus.",
  "quotes.none": "I found no quotes in “{title}”.",
  "quotes.noSpeaker": "Nobody called “{speaker}” is quoted in this article.",
  "digest.disabled": "Digests are not enabled on this bot.",
  "digest.guildOnly": "Digests work in a server, not in direct messages.",
  "digest.noChannel": "I cannot see that channel.",
  "digest.wrongChannel": "Digests go to a text or announcement channel.",
  "digest.needManageChannels": "You need the Manage Channels permission to manage digests.",
  "digest.missingPermissions": "I cannot post digests in {channel}: I need {permissions} there.",
  "digest.subscribed": "Subscribed {channel} (`{id}`). Next digest: {next}.",
  "digest.never": "never (the schedule has no future run)",
  "digest.none": "No digest subscriptions in this server yet.",
  "digest.listTitle": "**Digest subscriptions** ({count})",
  "digest.unsubscribed": "Unsubscribed {channel} (`{id}`): no more digests there.",
  "digest.paused": "Paused the digest for {channel} (`{id}`).",
  "digest.resumed": "Resumed the digest for {channel} (`{id}`).",
  "digest.nextAt": "Next digest {when}.",
  "digest.nothingNew": "Nothing new since the last digest: nothing would be posted.",
  "digest.postedEmpty": "Posted: nothing new, as one short line.",
  "digest.posted": "Posted {articles} in {messages}.",
  "digest.articleCount": "{count} article",
  "digest.articlesCount": "{count} articles",
  "digest.messageCount": "{count} message",
  "digest.messagesCount": "{count} messages",
  "digest.runEmpty":
    "Nothing new since the last digest: nothing was posted. The schedule moved on. `/digest preview` shows a sample of what a digest looks like.",
  "digest.runPaused": "The digest could not be posted and is paused: {reason}.",
  "digest.runRetry": "Discord did not take the digest right now; I will try again {when}.",
  "digest.runBusy": "That digest is being delivered right now.",
  "digest.runSkipped": "Nothing to do for that subscription.",
} as const;

export type MessageKey = keyof typeof enUS;
export type Messages = Record<MessageKey, string>;
