import type { CommandStrings } from "../command-strings.js";

/** German: command, subcommand and option names and descriptions. */
export const de = {
  feed: {
    name: "feed",
    description: "Nachrichten-Feeds (RSS, Atom, JSON Feed) dieses Servers verwalten",
  },
  article: { name: "artikel", description: "Einen Nachrichtenartikel aus dem Korpus lesen" },
  "article.latest": { name: "neuester", description: "Der neueste Artikel" },
  "article.show": { name: "zeigen", description: "Ein Artikel, nach Titel, ID oder Adresse" },
  "article.search": {
    name: "suchen",
    description: "Der Artikel, der am besten zu einigen Wörtern passt",
  },
  summarize: { name: "zusammenfassen", description: "Einen Nachrichtenartikel zusammenfassen" },
  "summarize.url": { name: "url", description: "Tippe einen Titel oder füge eine Adresse ein" },
  "summarize.length": {
    name: "länge",
    description: "Wie lang (Standard: Servereinstellung, sonst medium)",
  },
  "summarize.format": {
    name: "format",
    description: "Absatz oder Stichpunkte (Standard: Servereinstellung, sonst Absatz)",
  },
  quotes: { name: "zitate", description: "Wer in einem Artikel was gesagt hat" },
  digest: { name: "digest", description: "Geplante Nachrichten-Digests für einen Kanal" },
  briefing: {
    name: "überblick",
    description: "Die Nachrichten seit einem Zeitpunkt, nach Themen gruppiert, mit Quellen",
  },
  "briefing.since": {
    name: "seit",
    description: "Seit wann: 24h, 3d, 2w oder ein Tag wie 2026-11-25 (Standard 24h)",
  },
  "briefing.source": {
    name: "quelle",
    description: "Nur Artikel dieser Quelle (z. B. example.com)",
  },
  "briefing.feed": {
    name: "feed",
    description: "Nur Artikel aus diesem Feed (seine ID, wie /feed list sie zeigt)",
  },
  settings: {
    name: "einstellungen",
    description: "Einstellungen dieses Servers anzeigen oder ändern",
  },
  "settings.language": {
    name: "sprache",
    description: "Sprache der Zusammenfassungen (braucht ein KI-Modell)",
  },
  "settings.length": { name: "länge", description: "Standardlänge der Zusammenfassungen" },
  "settings.format": { name: "format", description: "Standardformat der Zusammenfassungen" },
  "settings.digest-style": {
    name: "digest-stil",
    description: "Digests als Artikelliste oder als Überblick nach Themen",
  },
  "settings.llm-budget": {
    name: "ki-budget",
    description: "KI-Antworten pro Stunde für diesen Server (bis zur Obergrenze des Betreibers)",
  },
  ask: { name: "fragen", description: "Eine Frage zum Artikel dieses Threads stellen" },
  "ask.question": { name: "frage", description: "Deine Frage zum Artikel" },
  "article.show.article": {
    name: "artikel",
    description: "Tippe einen Titel oder füge eine Adresse ein",
  },
  "article.search.query": { name: "suche", description: "Wörter, nach denen gesucht wird" },
  "article.add": {
    name: "hinzufügen",
    description: "Eine Seite abrufen und zu Inhalten dieses Servers machen (Nachrichten verwalten)",
  },
  "article.add.url": { name: "url", description: "Die Adresse der Seite (http oder https)" },
  "quotes.article": {
    name: "artikel",
    description: "Tippe einen Titel oder füge eine Adresse ein",
  },
  "quotes.speaker": { name: "sprecher", description: "Nur die Zitate dieser Person" },
  "digest.subscribe": {
    name: "abonnieren",
    description: "Einen Digest neuer Artikel nach Zeitplan in einen Kanal posten",
  },
  "digest.subscribe.channel": {
    name: "kanal",
    description: "Der Textkanal, in den gepostet wird",
  },
  "digest.subscribe.schedule": {
    name: "zeitplan",
    description: 'daily HH:MM, weekly DAY HH:MM oder ein Cron-Ausdruck ("0 8 * * 1-5")',
  },
  "digest.subscribe.timezone": {
    name: "zeitzone",
    description: "IANA-Zeitzone, z. B. Europe/Berlin (Standard UTC)",
  },
  "digest.subscribe.source": {
    name: "quelle",
    description: "Nur Artikel dieser Website, z. B. reuters.com",
  },
  "digest.subscribe.keywords": {
    name: "stichwörter",
    description: "Nur Artikel, die eines dieser Wörter erwähnen (durch Kommas getrennt)",
  },
  "digest.subscribe.feed": {
    name: "feed",
    description: "Nur Artikel aus diesem Feed (seine ID, wie /feed list sie zeigt)",
  },
  "digest.subscribe.length": {
    name: "länge",
    description: "Länge der Zusammenfassung je Artikel (Standard short)",
  },
  "digest.subscribe.post_empty": {
    name: "leer-posten",
    description: "Eine kurze Zeile posten, wenn es nichts Neues gibt (Standard: nichts posten)",
  },
  "digest.subscribe.style": {
    name: "stil",
    description:
      "Ein Embed pro Artikel oder nach Themen gruppiert (Standard: /settings, sonst Liste)",
  },
  "digest.list": { name: "liste", description: "Die Digest-Abos dieses Servers" },
  "digest.unsubscribe": { name: "abbestellen", description: "Einen Digest beenden" },
  "digest.pause": {
    name: "pausieren",
    description: "Einen Digest pausieren (er behält seinen Platz)",
  },
  "digest.resume": { name: "fortsetzen", description: "Einen pausierten Digest fortsetzen" },
  "digest.preview": {
    name: "vorschau",
    description: "Den nächsten Digest nur dir zeigen, ohne zu posten",
  },
  "digest.send-now": {
    name: "jetzt-senden",
    description: "Den Digest jetzt posten und den Zeitplan weiterschieben",
  },
  "feed.add": {
    name: "hinzufügen",
    description: "Einem Feed folgen: prüft ihn und zeigt die neuesten Einträge",
  },
  "feed.add.url": {
    name: "url",
    description: "Die Adresse des Feeds (RSS, Atom oder JSON Feed)",
  },
  "feed.list": {
    name: "liste",
    description: "Die Feeds, denen dieser Server folgt, mit ihrem Status",
  },
  "feed.remove": {
    name: "entfernen",
    description: "Einem Feed nicht mehr folgen (seine Artikel bleiben)",
  },
  "feed.pause": {
    name: "pausieren",
    description: "Vorerst keine neuen Artikel aus einem Feed übernehmen",
  },
  "feed.resume": {
    name: "fortsetzen",
    description: "Einen pausierten Feed fortsetzen oder einen deaktivierten wieder einschalten",
  },
  "digest.unsubscribe.subscription": {
    name: "abo",
    description: "Welches Abo (tippe den Kanal)",
  },
  "digest.pause.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
  "digest.resume.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
  "digest.preview.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
  "digest.send-now.subscription": { name: "abo", description: "Welches Abo (tippe den Kanal)" },
  "feed.remove.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
  "feed.pause.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
  "feed.resume.feed": { name: "feed", description: "Welcher Feed (tippe Titel oder Adresse)" },
} as const satisfies CommandStrings;
