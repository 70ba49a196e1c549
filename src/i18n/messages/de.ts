import type { Messages } from "./en-US.js";

export const de = {
  "error.generic": "Bei uns ist etwas schiefgegangen. Bitte versuche es gleich noch einmal.",
  "error.subcommand": "Wähle einen der Unterbefehle dieses Befehls.",
  "error.optionRequired": "Die Option `{name}` ist erforderlich.",
  "error.optionType": "Die Option `{name}` muss vom Typ {type} sein.",
  "error.optionChoice": "Die Option `{name}` muss einer dieser Werte sein: {allowed}.",
  "error.guildOnly": "Dieser Befehl funktioniert auf einem Server, nicht in Direktnachrichten.",
  "error.tooSlow": "Das hat zu lange gedauert. Bitte versuche es später noch einmal.",
  "error.llmCooldown":
    "Du hast gerade eine KI-Antwort angefordert. Du kannst {when} wieder fragen.",
  "error.llmBudget":
    "Dieser Server hat seine {budget} KI-Antworten für diese Stunde verbraucht. Versuche es {when} wieder.",
  "briefing.disabled": "Überblicke sind auf diesem Bot nicht eingeschaltet.",
  "briefing.badSince":
    "Ich kann `{value}` nicht als Zeitangabe lesen. Nutze eine Dauer wie `24h`, `3d` oder `2w` oder einen Tag wie `2026-11-25`.",
  "briefing.empty": "📰 Keine Artikel seit {since}.",
  "briefing.emptyHint": "Der neueste Artikel ist vom {date}: Versuche `since:{days}d`.",
  "briefing.emptyFeed": "📰 Keine Artikel aus dem Feed `{feed}` seit {since}.",
  "briefing.emptySource": "📰 Keine Artikel von {source} seit {since}.",
  "briefing.header": "📰 **Überblick** seit {since}: {stories} Themen aus {articles} Artikeln.",
  "briefing.moreStories": "Gezeigt werden die {stories} größten von {total} Themen.",
  "briefing.omitted":
    "Nur die neuesten {kept} Artikel wurden gruppiert; {omitted} ältere blieben außen vor.",
  "briefing.engineLlm": "Zusammenfassungen von {model}, jeder Satz gegen seine Quellen geprüft.",
  "briefing.engineExtractive": "Zusammenfassungen aus Sätzen der Artikel (keine KI eingerichtet).",
  "briefing.engineBudget":
    "Zusammenfassungen aus Sätzen der Artikel: Das KI-Budget dieses Servers für diese Stunde ist aufgebraucht.",
  "briefing.engineRefused": "Zusammenfassungen aus Sätzen der Artikel, nicht von der KI: {reason}",
  "briefing.engineMixed":
    "Einige Zusammenfassungen von {model}, die übrigen aus Sätzen der Artikel.",
  "briefing.sources": "Quellen",
  "briefing.storyFooter": "{articles} Artikel · {outlets} Quellen · zuletzt {date}",
  "briefing.removed": "Entfernte Sätze, die die Quellen nicht stützen: {count}",
  "briefing.fallbackFailed":
    "Die KI konnte dieses Thema nicht schreiben; gezeigt werden Sätze der Artikel.",
  "briefing.fallbackUnsupported":
    "Kein KI-Satz wurde von den Quellen gestützt; gezeigt werden Sätze der Artikel.",
  "briefing.fallbackLimit":
    "Sätze der Artikel (die KI schreibt die ersten {count} Themen eines Überblicks).",
  "briefing.noLanguage":
    "Zusammenfassungen auf {language} brauchen ein KI-Modell, und keines hat geantwortet: Sie stehen in der Sprache der Artikel.",
  "settings.manageServer":
    "Du brauchst die Berechtigung „Server verwalten“, um die Einstellungen zu ändern.",
  "settings.title": "Einstellungen für diesen Server",
  "settings.language": "Sprache der Zusammenfassungen",
  "settings.languageArticle": "die Sprache des Artikels",
  "settings.length": "Standardlänge",
  "settings.format": "Standardformat",
  "settings.digestStyle": "Digest-Stil",
  "settings.budget": "KI-Antworten pro Stunde",
  "settings.budgetValue": "{value} (der Betreiber erlaubt höchstens {cap})",
  "settings.budgetDefault": "die Obergrenze des Betreibers, {cap}",
  "settings.saved": "Gespeichert. Neue Antworten nutzen diese Einstellungen.",
  "settings.budgetOverCap":
    "Das Budget darf höchstens {cap} sein: Das ist die Obergrenze des Betreibers.",
  "settings.badLanguage":
    "`{value}` kenne ich nicht als Sprache. Nutze ein Kürzel wie `de`, `fr`, `es`, `pt-BR` oder `ja`.",
  "settings.noLlm":
    "Auf diesem Bot ist kein KI-Modell eingerichtet: Zusammenfassungen bleiben in der Sprache des Artikels.",
  "summary.noLanguage":
    "Zusammenfassungen auf {language} brauchen ein KI-Modell, und keines hat geantwortet: Diese steht in der Sprache des Artikels.",
  "discuss.missingPermission":
    "Ich kann hier keinen Thread eröffnen: Mir fehlt die Berechtigung „Öffentliche Threads erstellen“ in diesem Kanal.",
  "discuss.notInChannel":
    "Threads lassen sich nur zu Artikeln im Textkanal eines Servers eröffnen.",
  "discuss.opened": "{thread} eröffnet: Stelle dort mit `/ask` Fragen zum Artikel.",
  "discuss.intro":
    "Stelle Fragen zu **{title}** mit `/ask question:`. Die Antworten stammen nur aus diesem Artikel.",
  "ask.notThread":
    "Nutze `/ask` in einem Thread, der mit dem Knopf „Diskutieren“ an einem Artikel eröffnet wurde.",
  "ask.noArticle": "Ich finde den Artikel zu diesem Thread nicht mehr.",
  "ask.notAnswered": "Der Artikel beantwortet diese Frage nicht.",
  "ask.extractive": "Die passendsten Sätze des Artikels (keine KI eingerichtet):",
  "ask.llm": "Beantwortet von {model}, nur aus dem Artikel.",
  "ask.fallback": "Die KI konnte nicht antworten; die passendsten Sätze des Artikels:",
  "discuss.disabled": "Artikel-Threads sind bei diesem Bot nicht verfügbar.",
  "discuss.exists":
    "Zu diesem Artikel gibt es schon einen Thread: {thread}. Stelle deine Fragen dort mit `/ask`.",
  "ask.emptyQuestion": "Stelle eine Frage mit ein paar Wörtern.",
  "ask.fallbackUnsupported":
    "Die Antwort der KI wurde vom Artikel nicht gestützt; die passendsten Sätze des Artikels:",
  "ask.fallbackRefused":
    "Nicht von der KI beantwortet ({reason}); die passendsten Sätze des Artikels:",
  "ask.removed": "Vom Artikel nicht gestützte Sätze entfernt: {count}",
  "ask.cited": "Zitierte Sätze",
  "ask.noLanguage":
    "Antworten auf {language} brauchen ein KI-Modell: diese Sätze sind in der Sprache des Artikels.",
  "ask.from": "Aus: {title}",
  "ask.searched": "Kein Satz des Artikels passt gut genug zur Frage.",
  "article.empty": "Das Nachrichtenkorpus ist leer: es gibt noch keinen Artikel.",
  "article.needManageMessages":
    "Du brauchst die Berechtigung „Nachrichten verwalten“, um eine Seite zu den Artikeln dieses Servers hinzuzufügen.",
  "article.added": "Zu den Artikeln dieses Servers hinzugefügt: alle hier können ihn öffnen.",
  "article.noMatch": "Kein Artikel passt zu `{query}`.",
  "article.alsoMatching": "Passt auch: {list}",
  "article.gone": "Dieser Artikel ist nicht mehr im Korpus.",
  "quotes.none": "Ich habe in „{title}“ keine Zitate gefunden.",
  "quotes.noSpeaker": "Niemand namens „{speaker}“ wird in diesem Artikel zitiert.",
  "quotes.tooSlow":
    "„{title}“ ist zu lang, um die Zitate rechtzeitig zu finden. Versuche /summarize oder einen kürzeren Artikel.",
  "digest.disabled": "Digests sind bei diesem Bot nicht aktiviert.",
  "digest.guildOnly": "Digests funktionieren auf einem Server, nicht in Direktnachrichten.",
  "digest.noChannel": "Ich kann diesen Kanal nicht sehen.",
  "digest.wrongChannel": "Digests gehen in einen Text- oder Ankündigungskanal.",
  "digest.needManageChannels":
    "Du brauchst die Berechtigung „Kanäle verwalten“, um Digests zu verwalten.",
  "digest.missingPermissions":
    "Ich kann in {channel} keine Digests posten: ich brauche dort {permissions}.",
  "digest.subscribed": "{channel} abonniert (`{id}`). Nächster Digest: {next}.",
  "digest.never": "nie (der Zeitplan hat keinen künftigen Termin)",
  "digest.none": "Auf diesem Server gibt es noch keine Digest-Abos.",
  "digest.listTitle": "**Digest-Abos** ({count})",
  "digest.unsubscribed": "Abo für {channel} beendet (`{id}`): dort kommen keine Digests mehr.",
  "digest.paused": "Digest für {channel} pausiert (`{id}`).",
  "digest.resumed": "Digest für {channel} fortgesetzt (`{id}`).",
  "digest.nextAt": "Nächster Digest {when}.",
  "digest.nothingNew": "Nichts Neues seit dem letzten Digest: es würde nichts gepostet.",
  "digest.postedEmpty": "Gepostet: nichts Neues, als eine kurze Zeile.",
  "digest.posted": "Gepostet: {articles} in {messages}.",
  "digest.articleCount": "{count} Artikel",
  "digest.articlesCount": "{count} Artikel",
  "digest.messageCount": "{count} Nachricht",
  "digest.messagesCount": "{count} Nachrichten",
  "digest.runEmpty":
    "Nichts Neues seit dem letzten Digest: nichts wurde gepostet. Der Zeitplan geht weiter. `/digest preview` zeigt ein Beispiel, wie ein Digest aussieht.",
  "digest.runPaused": "Der Digest konnte nicht gepostet werden und ist pausiert: {reason}.",
  "digest.runRetry":
    "Discord hat den Digest gerade nicht angenommen; ich versuche es {when} erneut.",
  "digest.runBusy": "Dieser Digest wird gerade zugestellt.",
  "digest.runSkipped": "Für dieses Abo ist nichts zu tun.",
  "button.summary": "Zusammenfassung",
  "button.quotes": "Zitate",
  "button.discuss": "Diskutieren",
  "button.previous": "◀ Zurück",
  "button.next": "Weiter ▶",
  "digest.subscriptionTitle": "Abo {id}",
  "digest.labelChannel": "Kanal",
  "digest.labelSchedule": "Zeitplan",
  "digest.labelFilters": "Filter",
  "digest.labelNextRun": "Nächster Lauf",
  "digest.labelLastRun": "Letzter Lauf",
  "digest.labelState": "Status",
  "digest.filtersAll": "alle Artikel",
  "digest.filterFeed": "Feed {feed}",
  "digest.filterSource": "Quelle {source}",
  "digest.filterKeywords": "Stichwörter: {keywords}",
  "digest.asBriefing": "als Überblick",
  "digest.summariesShort": "kurze Zusammenfassungen",
  "digest.summariesMedium": "mittellange Zusammenfassungen",
  "digest.summariesLong": "lange Zusammenfassungen",
  "digest.postsWhenEmpty": "postet auch ohne Neues",
  "digest.nextPaused": "— (pausiert)",
  "digest.nextNever": "nie",
  "digest.notYet": "noch nicht",
  "digest.stateActive": "aktiv",
  "digest.stateDelivering": "aktiv · wird zugestellt",
  "digest.stateLastFailed": "letzter Versuch fehlgeschlagen: {error}",
  "digest.statePaused": "⏸ pausiert: {reason} (seit {since})",
  "digest.pausedByModerator": "von einer Moderation pausiert",
  "digest.headerOne": "📰 **Nachrichtenüberblick**: 1 neuer Artikel seit {since}",
  "digest.headerMany": "📰 **Nachrichtenüberblick**: {count} neue Artikel seit {since}",
  "digest.sampleOne":
    "📰 **Beispiel-Überblick**: Nichts Neues seit {since}, darum hier der neueste Artikel, um zu zeigen, wie ein Überblick aussieht. Es wurde nichts gepostet.",
  "digest.sampleMany":
    "📰 **Beispiel-Überblick**: Nichts Neues seit {since}, darum hier die neuesten {count} Artikel, um zu zeigen, wie ein Überblick aussieht. Es wurde nichts gepostet.",
  "digest.emptyPost": "📰 Keine neuen Artikel seit {since}.",
  "digest.continued": "📰 Nachrichtenüberblick, Fortsetzung ({page}/{pages})",
  "digest.noSummary": "(keine Zusammenfassung)",
  "fetch.badLink":
    "Das ist kein gültiger Link: Gib eine vollständige Adresse an, die mit https:// beginnt.",
  "fetch.badScheme": "Nur http- und https-Links können abgerufen werden, nicht {scheme}.",
  "fetch.credentials": "Links mit Benutzername oder Passwort werden nicht abgerufen.",
  "fetch.noSuchHost": "Diese Website wurde nicht gefunden ({host}).",
  "fetch.cannotConnect": "Keine Verbindung zu dieser Website möglich ({host}).",
  "fetch.connectTimeout": "Diese Website hat keine Verbindung angenommen ({host}).",
  "fetch.badCertificate": "Das Sicherheitszertifikat dieser Website ist ungültig ({host}).",
  "fetch.networkError": "Diese Seite konnte nicht abgerufen werden ({code}).",
  "fetch.badCompression":
    "Diese Website hat eine Seite gesendet, die sich nicht entpacken ließ ({host}): Ihre Komprimierung ist defekt.",
  "fetch.connectionBroke":
    "Die Verbindung zu dieser Website brach ab, während die Seite geladen wurde ({host}).",
  "fetch.tooLarge": "Die Seite ist größer als {size}.",
  "fetch.redirectNowhere": "Die Seite hat weitergeleitet, ohne ein Ziel zu nennen.",
  "fetch.tooManyRedirects": "Zu viele Weiterleitungen (mehr als {count}).",
  "fetch.badRedirect": "Die Seite hat auf eine ungültige Adresse weitergeleitet.",
  "fetch.httpStatus": "Diese Seite hat mit HTTP {status} geantwortet.",
  "fetch.notHtml": "Diese Seite ist weder HTML noch reiner Text ({type}).",
  "fetch.timeout": "Die Seite hat nicht innerhalb von {time} geantwortet.",
  "fetch.notPublic":
    "Diese Adresse ist nicht öffentlich ({host}: {reason}), daher ruft Newsdesk sie nicht ab.",
  "extract.noArticle": "Auf dieser Seite wurde kein Artikel gefunden.",
  "extract.tooBroken": "Diese Seite ist zu groß oder zu fehlerhaft zum Lesen.",
  "extract.tooSlow": "Das Lesen dieser Seite hat zu lange gedauert.",
  "summaries.tooSlow": "Die Zusammenfassung dieses Artikels hat zu lange gedauert.",
  "article.unknown":
    "Ich kenne den Artikel `{shown}` nicht. Wähle beim Tippen einen aus der Liste oder füge seine Adresse ein.",
  "article.noFetching":
    "Diese Adresse ist nicht im Nachrichtenbestand, und neue Seiten können hier nicht abgerufen werden.",
  "article.fetchTooFastUser": "Du rufst Seiten zu schnell ab. Versuche es {when} wieder.",
  "article.fetchTooFastServer":
    "Dieser Server ruft Seiten zu schnell ab. Versuche es {when} wieder.",
  "article.fetchTimeout":
    "Das Abrufen dieser Seite hat zu lange gedauert. Bitte versuche es später noch einmal.",
  "digest.unknownSubscription": "Dieses Abo gibt es hier nicht: Wähle eines aus der Liste.",
  "digest.busy": "Dieses Abo wird gerade zugestellt: Versuche es gleich noch einmal.",
  "digest.tooMany": "Dieser Server hat bereits {max} Abos: Beende zuerst eines.",
  "digest.pausedResumeFirst": "Dieses Abo ist pausiert ({reason}): Setze es zuerst fort.",
  "digest.tooManyKeywords": "Höchstens {max} Stichwörter, durch Kommas getrennt.",
  "digest.keywordTooLong": "Das Stichwort „{keyword}“ ist länger als {max} Zeichen.",
  "digest.badSource":
    "„{source}“ ist keine Quelle: Gib den Host einer Website an, etwa reuters.com.",
  "digest.badFeedId":
    "„{id}“ ist keine Feed-ID: Wähle eine aus der Liste, wie /feed list sie zeigt.",
  "schedule.emptyZone": "Die Zeitzone ist leer: Nutze einen IANA-Namen wie Europe/Berlin.",
  "schedule.badZone":
    "„{zone}“ ist keine Zeitzone, die ich kenne: Nutze einen IANA-Namen wie Europe/Berlin oder America/New_York.",
  "schedule.badTime":
    "„{time}“ ist keine Uhrzeit: Schreibe sie als HH:MM im 24-Stunden-Format (08:30, 17:05).",
  "schedule.daily": "Ein täglicher Zeitplan lautet „daily HH:MM“, z. B. „daily 08:00“.",
  "schedule.weekly":
    "Ein wöchentlicher Zeitplan lautet „weekly TAG HH:MM“, z. B. „weekly mon 09:30“.",
  "schedule.badDay": "„{day}“ ist kein Wochentag: Nutze mon, tue, wed, thu, fri, sat oder sun.",
  "schedule.bad":
    "„{text}“ ist kein Zeitplan: Nutze „daily HH:MM“, „weekly TAG HH:MM“ oder einen Cron-Ausdruck mit 5 Feldern (Minute Stunde Tag Monat Wochentag).",
  "schedule.badCron": "Der Cron-Ausdruck „{cron}“ ist ungültig: {reason}.",
  "schedule.cronNever": "Der Cron-Ausdruck „{cron}“ läuft nie.",
  "view.words": "{words} Wörter",
  "view.page": "Seite {page}/{pages}",
  "view.quotesTitle": "Zitate — {title}",
  "view.quoteCount": "{count} Zitat",
  "view.quotesCount": "{count} Zitate",
  "view.speakerCount": "{count} Person",
  "view.speakersCount": "{count} Personen",
  "view.quotesFooter": "{quotes} von {speakers}",
  "view.direct": "direkt",
  "view.reported": "indirekt",
  "view.continued": "(Fortsetzung)",
  "view.summaryTitle": "Zusammenfassung — {title}",
  "view.keyPoints": "Kernpunkte",
  "view.writing": "Wird mit {model} geschrieben…",
  "view.theLlm": "dem Sprachmodell",
  "view.unknownModel": "unbekanntes Modell",
  "view.engineLlm": "Verfahren: KI ({model})",
  "view.engineExtractive": "Verfahren: extraktiv (keine KI eingerichtet)",
  "view.engineFallback": "Verfahren: extraktiver Ersatz — {note}",
  "view.llmNoAnswer": "die KI hat nicht geantwortet",
  "view.cached": "aus dem Cache",
  "summary.tooSlow":
    "Die Zusammenfassung hat zu lange gedauert. Bitte versuche es später noch einmal.",
  "summary.failed":
    "Beim Schreiben der Zusammenfassung ist etwas schiefgegangen. Bitte versuche es später noch einmal.",
  "summary.queueDown":
    "Zusammenfassungen können gerade nicht eingereiht werden (die Auftragswarteschlange ist nicht erreichbar). Bitte versuche es in einer Minute noch einmal.",
  "error.llmShare":
    "Du hast deinen Anteil ({share}) an den KI-Antworten dieses Servers für diese Stunde verbraucht. Versuche es {when} wieder.",
  "digest.failForbidden":
    "ich darf in {channel} nicht mehr posten (nötig sind Kanal ansehen, Nachrichten senden und Links einbetten)",
  "digest.failNotFound": "der Kanal {channel} wurde gelöscht oder ich kann ihn nicht mehr sehen",
  "digest.failRejected": "Discord hat die Überblick-Nachricht abgelehnt",
  "permission.viewChannel": "Kanal ansehen",
  "permission.sendMessages": "Nachrichten senden",
  "permission.embedLinks": "Links einbetten",
  "error.storeDown":
    "Der Speicher des Bots antwortet gerade nicht, daher geht das im Moment nicht. Bitte versuche es in einer Minute noch einmal.",
  "error.noToken": "Dieser Bot hat kein Discord-Token: Er kann keine Kanäle nachschlagen.",
  "summary.noLlm":
    "Es ist keine KI eingerichtet: Setze OPENAI_API_KEY (oder OPENAI_BASE_URL für einen lokalen Server) oder nutze das extraktive Verfahren.",
  "summary.fallbackTimeout":
    "Die KI hat nicht rechtzeitig geantwortet. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.fallbackDeadline":
    "Die KI ist mit ihrer Antwort nicht rechtzeitig fertig geworden. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.fallbackStalled":
    "Die KI ist mitten in ihrer Antwort stecken geblieben. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.fallbackUpstream":
    "Der KI-Dienst ist ausgefallen oder nicht erreichbar. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.fallbackInvalid":
    "Die Antwort der KI war nicht brauchbar. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.fallbackError":
    "Bei der KI ist ein unerwarteter Fehler aufgetreten. Das hier ist stattdessen eine extraktive Zusammenfassung.",
  "summary.quoted": "„{quote}“",
  "summary.removedQuote": "Ein Zitat, das nicht im Artikel steht, wurde entfernt: {list}.",
  "summary.removedQuotes": "{count} Zitate, die nicht im Artikel stehen, wurden entfernt: {list}.",
  "view.unattributed": "Ohne Zuordnung",
  "feed.notEnabled": "Feeds sind auf diesem Bot nicht aktiviert.",
  "feed.guildOnly": "Feeds funktionieren auf einem Server, nicht in Direktnachrichten.",
  "feed.needManageChannels":
    "Du brauchst die Berechtigung „Kanäle verwalten“, um Feeds zu verwalten.",
  "feed.none": "Dieser Server folgt noch keinen Feeds: Füge einen mit `/feed add url:` hinzu.",
  "feed.listTitle": "**Feeds** ({count})",
  "feed.removed": "Dieser Server folgt **{title}** nicht mehr.",
  "feed.paused": "**{title}** ist für diesen Server pausiert.",
  "feed.resumed": "**{title}** läuft wieder: Neue Artikel kommen mit dem nächsten Abruf.",
  "feed.status": "Status: {status}",
  "feed.lastRead": "Zuletzt gelesen {when}",
  "feed.notRead": "Noch nicht gelesen",
  "feed.nextPoll": "Nächster Abruf {when}",
  "feed.id": "ID {id}",
  "feed.following":
    "Du folgst jetzt **{title}**: Neue Artikel kommen mit dem nächsten Abruf und landen in der Suche und den Digests dieses Servers.",
  "feed.newest": "Neueste Einträge",
  "feed.noItems": "Der Feed hat noch keine Einträge.",
  "feed.untitled": "(ohne Titel)",
  "feed.noticeDisabled":
    "Der Feed **{title}** ({url}) ist {reason}. Ein Mitglied mit „Kanäle verwalten“ kann ihn mit `/feed resume feed:{id}` wieder einschalten.",
  "feed.badUrl":
    "Das ist keine gültige Feed-Adresse: Gib eine vollständige URL an, die mit https:// beginnt.",
  "feed.badScheme": "Feeds werden nur über http oder https gelesen.",
  "feed.credentials": "Feed-Adressen mit Benutzername oder Passwort werden nicht angenommen.",
  "feed.unknown":
    "Hier gibt es keinen Feed „{ref}“: IDs und Adressen findest du in der Liste der Feeds.",
  "feed.notModified": "Der Feed hat auf die erste Anfrage mit 304 geantwortet.",
  "feed.tooMany": "Dieser Server folgt bereits {max} Feeds: Entferne zuerst einen.",
  "feed.notOpml": "Diese Datei ist keine OPML-Abonnementliste.",
  "feedWords.notAFeed": "unter der Adresse gibt es keinen Feed",
  "feedWords.malformed": "der Feed ist fehlerhaft",
  "feedWords.entities": "der Feed deklariert XML-Entitäten",
  "feedWords.empty": "der Feed ist leer",
  "feedWords.tooLarge": "der Feed ist zu groß",
  "feedWords.httpStatus": "der Server antwortet mit einem Fehler",
  "feedWords.refusedAddress": "die Adresse ist nicht öffentlich",
  "feedWords.network": "die Website ist nicht erreichbar",
  "feedWords.timeout": "die Website antwortet nicht rechtzeitig",
  "feedWords.unknown": "ein unerwarteter Fehler",
  "feedWords.active": "aktiv",
  "feedWords.paused": "pausiert",
  "feedWords.failing": "fehlerhaft ({count}-mal in Folge: {error})",
  "feedWords.disabledFailures":
    "nach {failures} fehlgeschlagenen Abrufen in Folge abgeschaltet ({error})",
  "feedWords.disabledGone": "abgeschaltet: Der Feed existiert nicht mehr (HTTP {status})",
  "feedError.cannotConnect": "Keine Verbindung zu dieser Website möglich ({host}: {code}).",
  "feedError.redirects": "Zu viele oder fehlerhafte Weiterleitungen (HTTP {status}).",
  "feedError.badRedirect": "Eine Weiterleitung zeigte auf eine ungültige Adresse.",
  "feedError.httpStatus": "Der Server hat mit HTTP {status} geantwortet.",
  "feedError.tooLarge": "Das Dokument ist größer als {size}.",
  "feedError.timeout": "Keine Antwort innerhalb von {time}.",
  "feedError.binary": "Unter dieser Adresse liegen Binärdaten, kein Feed.",
  "feedError.webPage":
    "Unter dieser Adresse liegt eine Webseite, kein Feed: Such auf der Website nach dem RSS- oder Atom-Link.",
  "feedError.json": "Unter dieser Adresse liegt JSON, aber kein JSON Feed.",
  "feedError.empty": "Unter dieser Adresse liegt ein leeres Dokument.",
  "feedError.notAFeed": "Unter dieser Adresse gibt es keinen RSS-, Atom- oder JSON-Feed.",
  "feedError.entities":
    "Dieser Feed deklariert eigene XML-Entitäten, und Newsdesk löst sie nicht auf.",
  "feedError.malformed": "Dieser Feed ist fehlerhaft: Sein XML oder JSON ist nicht lesbar.",
} as const satisfies Messages;
