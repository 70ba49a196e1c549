import type { Messages } from "./en-US.js";

export const fr = {
  "error.generic": "Un problème est survenu de notre côté. Réessayez dans un instant.",
  "error.subcommand": "Choisissez l’une des sous-commandes de cette commande.",
  "error.optionRequired": "L’option `{name}` est obligatoire.",
  "error.optionType": "L’option `{name}` doit être de type {type}.",
  "error.optionChoice": "L’option `{name}` doit être l’une de ces valeurs : {allowed}.",
  "error.guildOnly": "Cette commande fonctionne sur un serveur, pas en message privé.",
  "error.tooSlow": "Cela a pris trop de temps. Réessayez plus tard.",
  "error.llmCooldown":
    "Vous venez de demander une réponse de l’IA. Vous pourrez redemander {when}.",
  "error.llmBudget":
    "Ce serveur a utilisé ses {budget} réponses d’IA pour l’heure. Réessayez {when}.",
  "briefing.disabled": "Les synthèses ne sont pas activées sur ce bot.",
  "briefing.badSince":
    "Je ne comprends pas `{value}` comme une date. Utilisez une durée comme `24h`, `3d` ou `2w`, ou un jour comme `2026-11-25`.",
  "briefing.empty": "📰 Aucun article depuis {since}.",
  "briefing.emptyHint": "L’article le plus récent date du {date} : essayez `since:{days}d`.",
  "briefing.emptyFeed": "📰 Aucun article du flux `{feed}` depuis {since}.",
  "briefing.emptySource": "📰 Aucun article de {source} depuis {since}.",
  "briefing.header":
    "📰 **Synthèse** depuis {since} : {stories} sujets tirés de {articles} articles.",
  "briefing.moreStories": "Les {stories} plus grands des {total} sujets sont affichés.",
  "briefing.omitted":
    "Seuls les {kept} articles les plus récents ont été regroupés ; {omitted} plus anciens ont été laissés de côté.",
  "briefing.engineLlm": "Résumés rédigés par {model}, chaque phrase vérifiée dans ses sources.",
  "briefing.engineExtractive":
    "Résumés composés de phrases des articles (aucune IA n’est configurée).",
  "briefing.engineBudget":
    "Résumés composés de phrases des articles : le budget d’IA de ce serveur pour l’heure est épuisé.",
  "briefing.engineRefused": "Résumés composés de phrases des articles, pas par l’IA : {reason}",
  "briefing.engineMixed":
    "Certains résumés rédigés par {model}, les autres composés de phrases des articles.",
  "briefing.sources": "Sources",
  "briefing.storyFooter": "{articles} articles · {outlets} sources · dernier le {date}",
  "briefing.removed": "Phrases retirées car non étayées par les sources : {count}",
  "briefing.fallbackFailed": "L’IA n’a pas pu rédiger ce sujet ; voici des phrases des articles.",
  "briefing.fallbackUnsupported":
    "Aucune phrase de l’IA n’était étayée par les sources ; voici des phrases des articles.",
  "briefing.fallbackLimit":
    "Phrases des articles (l’IA rédige les {count} premiers sujets d’une synthèse).",
  "briefing.noLanguage":
    "Les résumés en {language} exigent un modèle d’IA et aucun n’a répondu : ils sont dans la langue des articles.",
  "settings.manageServer":
    "Il vous faut la permission Gérer le serveur pour modifier ses paramètres.",
  "settings.title": "Paramètres de ce serveur",
  "settings.language": "Langue des résumés",
  "settings.languageArticle": "la langue de l’article",
  "settings.length": "Longueur par défaut",
  "settings.format": "Format par défaut",
  "settings.digestStyle": "Style des digests",
  "settings.budget": "Réponses d’IA par heure",
  "settings.budgetValue": "{value} (l’opérateur autorise au plus {cap})",
  "settings.budgetDefault": "le plafond de l’opérateur, {cap}",
  "settings.saved": "Enregistré. Les nouvelles réponses suivent ces paramètres.",
  "settings.budgetOverCap":
    "Le budget peut être au plus de {cap} : c’est le plafond de l’opérateur.",
  "settings.badLanguage":
    "Je ne connais pas la langue `{value}`. Utilisez un code comme `de`, `fr`, `es`, `pt-BR` ou `ja`.",
  "settings.noLlm":
    "Aucun modèle d’IA n’est configuré sur ce bot : les résumés restent dans la langue de l’article.",
  "summary.noLanguage":
    "Les résumés en {language} exigent un modèle d’IA et aucun n’a répondu : celui-ci est dans la langue de l’article.",
  "discuss.missingPermission":
    "Je ne peux pas ouvrir de fil ici : il me faut la permission Créer des fils publics dans ce salon.",
  "discuss.notInChannel":
    "Les fils ne s’ouvrent que sur des articles dans un salon textuel d’un serveur.",
  "discuss.opened": "{thread} est ouvert : posez-y vos questions sur l’article avec `/ask`.",
  "discuss.intro":
    "Posez vos questions sur **{title}** avec `/ask question:`. Les réponses viennent de cet article seulement.",
  "ask.notThread": "Utilisez `/ask` dans un fil ouvert avec le bouton Discuter d’un article.",
  "ask.noArticle": "Je ne trouve plus l’article de ce fil.",
  "ask.notAnswered": "L’article ne répond pas à cette question.",
  "ask.extractive":
    "Les phrases de l’article qui correspondent le mieux (aucune IA n’est configurée) :",
  "ask.llm": "Réponse de {model}, tirée de l’article seulement.",
  "ask.fallback":
    "L’IA n’a pas pu répondre ; les phrases de l’article qui correspondent le mieux :",
  "discuss.disabled": "Les fils d'articles ne sont pas disponibles sur ce bot.",
  "discuss.exists": "Cet article a déjà un fil : {thread}. Posez vos questions là-bas avec `/ask`.",
  "ask.emptyQuestion": "Posez une question avec quelques mots.",
  "ask.fallbackUnsupported":
    "La réponse de l'IA n'était pas étayée par l'article ; les phrases de l'article qui correspondent le mieux :",
  "ask.fallbackRefused":
    "Sans réponse de l'IA ({reason}) ; les phrases de l'article qui correspondent le mieux :",
  "ask.removed": "Phrases retirées car non étayées par l'article : {count}",
  "ask.cited": "Phrases citées",
  "ask.noLanguage":
    "Les réponses en {language} demandent un modèle d'IA : ces phrases sont dans la langue de l'article.",
  "ask.from": "Source : {title}",
  "ask.searched": "Aucune phrase de l'article ne correspond assez bien à la question.",
  "article.empty": "Le corpus d'actualités est vide : il n'y a encore aucun article.",
  "article.needManageMessages":
    "Il vous faut la permission Gérer les messages pour ajouter une page aux articles de ce serveur.",
  "article.added": "Ajouté aux articles de ce serveur : tout le monde ici peut l'ouvrir.",
  "article.noMatch": "Aucun article ne correspond à `{query}`.",
  "article.alsoMatching": "Correspondent aussi : {list}",
  "article.gone": "Cet article n'est plus dans le corpus.",
  "quotes.none": "Je n'ai trouvé aucune citation dans « {title} ».",
  "quotes.noSpeaker": "Personne du nom de « {speaker} » n'est cité dans cet article.",
  "quotes.tooSlow":
    "« {title} » est trop long pour en trouver les citations à temps. Essayez /summarize ou un article plus court.",
  "digest.disabled": "Les digests ne sont pas activés sur ce bot.",
  "digest.guildOnly": "Les digests fonctionnent dans un serveur, pas en messages privés.",
  "digest.noChannel": "Je ne vois pas ce salon.",
  "digest.wrongChannel": "Les digests vont dans un salon textuel ou d'annonces.",
  "digest.needManageChannels":
    "Il vous faut la permission Gérer les salons pour gérer les digests.",
  "digest.missingPermissions":
    "Je ne peux pas publier de digests dans {channel} : il me faut {permissions} là-bas.",
  "digest.subscribed": "{channel} abonné (`{id}`). Prochain digest : {next}.",
  "digest.never": "jamais (le calendrier n'a pas de prochaine exécution)",
  "digest.none": "Aucun abonnement à un digest sur ce serveur pour l'instant.",
  "digest.listTitle": "**Abonnements aux digests** ({count})",
  "digest.unsubscribed": "Désabonné {channel} (`{id}`) : plus de digests là-bas.",
  "digest.paused": "Digest de {channel} mis en pause (`{id}`).",
  "digest.resumed": "Digest de {channel} repris (`{id}`).",
  "digest.nextAt": "Prochain digest {when}.",
  "digest.nothingNew": "Rien de nouveau depuis le dernier digest : rien ne serait publié.",
  "digest.postedEmpty": "Publié : rien de nouveau, en une ligne courte.",
  "digest.posted": "Publié : {articles} en {messages}.",
  "digest.articleCount": "{count} article",
  "digest.articlesCount": "{count} articles",
  "digest.messageCount": "{count} message",
  "digest.messagesCount": "{count} messages",
  "digest.runEmpty":
    "Rien de nouveau depuis le dernier digest : rien n'a été publié. Le calendrier a avancé. `/digest preview` montre un exemple de digest.",
  "digest.runPaused": "Le digest n'a pas pu être publié et est en pause : {reason}.",
  "digest.runRetry": "Discord n'a pas accepté le digest pour l'instant ; je réessaierai {when}.",
  "digest.runBusy": "Ce digest est en cours de publication.",
  "digest.runSkipped": "Rien à faire pour cet abonnement.",
  "button.summary": "Résumé",
  "button.quotes": "Citations",
  "button.discuss": "Discuter",
  "button.previous": "◀ Précédent",
  "button.next": "Suivant ▶",
  "digest.subscriptionTitle": "Abonnement {id}",
  "digest.labelChannel": "Salon",
  "digest.labelSchedule": "Planning",
  "digest.labelFilters": "Filtres",
  "digest.labelNextRun": "Prochain envoi",
  "digest.labelLastRun": "Dernier envoi",
  "digest.labelState": "État",
  "digest.filtersAll": "tous les articles",
  "digest.filterFeed": "flux {feed}",
  "digest.filterSource": "source {source}",
  "digest.filterKeywords": "mots-clés : {keywords}",
  "digest.asBriefing": "sous forme de briefing",
  "digest.summariesShort": "résumés courts",
  "digest.summariesMedium": "résumés moyens",
  "digest.summariesLong": "résumés longs",
  "digest.postsWhenEmpty": "publie même sans nouveauté",
  "digest.nextPaused": "— (en pause)",
  "digest.nextNever": "jamais",
  "digest.notYet": "pas encore",
  "digest.stateActive": "actif",
  "digest.stateDelivering": "actif · en cours d’envoi",
  "digest.stateLastFailed": "dernier essai échoué : {error}",
  "digest.statePaused": "⏸ en pause : {reason} (depuis {since})",
  "digest.pausedByModerator": "mis en pause par un modérateur",
  "digest.headerOne": "📰 **Revue de presse** : 1 nouvel article depuis {since}",
  "digest.headerMany": "📰 **Revue de presse** : {count} nouveaux articles depuis {since}",
  "digest.sampleOne":
    "📰 **Exemple de revue** : rien de nouveau depuis {since}, voici donc le dernier article pour montrer à quoi ressemble une revue. Rien n’a été publié.",
  "digest.sampleMany":
    "📰 **Exemple de revue** : rien de nouveau depuis {since}, voici donc les {count} derniers articles pour montrer à quoi ressemble une revue. Rien n’a été publié.",
  "digest.emptyPost": "📰 Aucun nouvel article depuis {since}.",
  "digest.continued": "📰 Revue de presse, suite ({page}/{pages})",
  "digest.noSummary": "(pas de résumé)",
  "fetch.badLink":
    "Ce n’est pas un lien valide : donnez une adresse complète commençant par https://.",
  "fetch.badScheme": "Seuls les liens http et https peuvent être récupérés, pas {scheme}.",
  "fetch.credentials":
    "Les liens contenant un nom d’utilisateur ou un mot de passe ne sont pas récupérés.",
  "fetch.noSuchHost": "Impossible de trouver ce site ({host}).",
  "fetch.cannotConnect": "Impossible de se connecter à ce site ({host}).",
  "fetch.connectTimeout": "Ce site n’a pas accepté la connexion ({host}).",
  "fetch.badCertificate": "Le certificat de sécurité de ce site n’est pas valide ({host}).",
  "fetch.networkError": "Impossible de récupérer cette page ({code}).",
  "fetch.badCompression":
    "Ce site a envoyé une page impossible à décompresser ({host}) : sa compression est défectueuse.",
  "fetch.connectionBroke":
    "La connexion à ce site a été coupée pendant le chargement de la page ({host}).",
  "fetch.tooLarge": "La page dépasse {size}.",
  "fetch.redirectNowhere": "La page a redirigé sans indiquer vers où.",
  "fetch.tooManyRedirects": "Trop de redirections (plus de {count}).",
  "fetch.badRedirect": "La page a redirigé vers une adresse non valide.",
  "fetch.httpStatus": "Cette page a répondu HTTP {status}.",
  "fetch.notHtml": "Cette page n’est ni du HTML ni du texte brut ({type}).",
  "fetch.timeout": "La page n’a pas répondu en {time}.",
  "fetch.notPublic":
    "Cette adresse n’est pas publique ({host} : {reason}), Newsdesk ne la récupérera donc pas.",
  "extract.noArticle": "Aucun article trouvé sur cette page.",
  "extract.tooBroken": "Cette page est trop grande ou trop abîmée pour être lue.",
  "extract.tooSlow": "La lecture de cette page a pris trop de temps.",
  "article.unknown":
    "Je ne connais pas l’article `{shown}`. Choisissez-en un dans la liste en tapant, ou collez son adresse.",
  "article.noFetching":
    "Cette adresse n’est pas dans le corpus d’actualités, et la récupération de nouvelles pages n’est pas disponible ici.",
  "article.fetchTooFastUser": "Vous récupérez des pages trop vite. Réessayez {when}.",
  "article.fetchTooFastServer": "Ce serveur récupère des pages trop vite. Réessayez {when}.",
  "article.fetchTimeout":
    "La récupération de cette page a pris trop de temps. Réessayez plus tard.",
  "digest.unknownSubscription": "Cet abonnement n’existe pas ici : choisissez-en un dans la liste.",
  "digest.busy": "Cet abonnement est en cours d’envoi : réessayez dans un instant.",
  "digest.tooMany": "Ce serveur a déjà {max} abonnements : désabonnez-en un d’abord.",
  "digest.pausedResumeFirst": "Cet abonnement est en pause ({reason}) : reprenez-le d’abord.",
  "digest.tooManyKeywords": "Au plus {max} mots-clés, séparés par des virgules.",
  "digest.keywordTooLong": "Le mot-clé « {keyword} » dépasse {max} caractères.",
  "digest.badSource":
    "« {source} » n’est pas une source : donnez l’hôte d’un site, comme reuters.com.",
  "digest.badFeedId":
    "« {id} » n’est pas un identifiant de flux : choisissez-en un dans la liste, comme l’affiche /feed list.",
  "schedule.emptyZone": "Le fuseau horaire est vide : utilisez un nom IANA comme Europe/Paris.",
  "schedule.badZone":
    "« {zone} » n’est pas un fuseau horaire que je connais : utilisez un nom IANA comme Europe/Paris ou America/New_York.",
  "schedule.badTime":
    "« {time} » n’est pas une heure : écrivez-la HH:MM, sur 24 heures (08:30, 17:05).",
  "schedule.daily": "Un planning quotidien s’écrit « daily HH:MM », par exemple « daily 08:00 ».",
  "schedule.weekly":
    "Un planning hebdomadaire s’écrit « weekly JOUR HH:MM », par exemple « weekly mon 09:30 ».",
  "schedule.badDay":
    "« {day} » n’est pas un jour de la semaine : utilisez mon, tue, wed, thu, fri, sat ou sun.",
  "schedule.bad":
    "« {text} » n’est pas un planning : utilisez « daily HH:MM », « weekly JOUR HH:MM » ou une expression cron à 5 champs (minute heure jour mois jour-de-semaine).",
  "schedule.badCron": "L’expression cron « {cron} » n’est pas valide : {reason}.",
  "schedule.cronNever": "L’expression cron « {cron} » ne s’exécute jamais.",
  "view.words": "{words} mots",
  "view.page": "page {page}/{pages}",
  "view.quotesTitle": "Citations — {title}",
  "view.quoteCount": "{count} citation",
  "view.quotesCount": "{count} citations",
  "view.speakerCount": "{count} personne",
  "view.speakersCount": "{count} personnes",
  "view.quotesFooter": "{quotes} de {speakers}",
  "view.direct": "direct",
  "view.reported": "rapporté",
  "view.continued": "(suite)",
  "view.summaryTitle": "Résumé — {title}",
  "view.keyPoints": "Points clés",
  "view.writing": "Rédaction avec {model}…",
  "view.theLlm": "le LLM",
  "view.unknownModel": "modèle inconnu",
  "view.engineLlm": "Moteur : LLM ({model})",
  "view.engineExtractive": "Moteur : extractif (aucun LLM configuré)",
  "view.engineFallback": "Moteur : repli extractif — {note}",
  "view.llmNoAnswer": "le LLM n’a pas répondu",
  "view.cached": "en cache",
  "summary.tooSlow": "Le résumé a pris trop de temps. Réessayez plus tard.",
  "summary.failed": "Un problème est survenu pendant la rédaction du résumé. Réessayez plus tard.",
  "summary.queueDown":
    "Les résumés ne peuvent pas être mis en file d’attente pour le moment (la file des tâches est injoignable). Réessayez dans une minute.",
  "error.llmShare":
    "Vous avez utilisé votre part ({share}) des réponses IA de ce serveur pour cette heure. Réessayez {when}.",
  "digest.failForbidden":
    "je n’ai plus le droit de publier dans {channel} (voir le salon, envoyer des messages et intégrer des liens sont nécessaires)",
  "digest.failNotFound": "le salon {channel} a été supprimé ou je ne le vois plus",
  "digest.failRejected": "Discord a refusé le message de la revue",
  "permission.viewChannel": "Voir le salon",
  "permission.sendMessages": "Envoyer des messages",
  "permission.embedLinks": "Intégrer des liens",
  "error.storeDown":
    "Le stockage du bot ne répond pas pour le moment, impossible de faire cela. Réessayez dans une minute.",
  "error.noToken": "Ce bot n’a pas de jeton Discord : il ne peut pas consulter les salons.",
  "summary.noLlm":
    "Aucun LLM n’est configuré : définissez OPENAI_API_KEY (ou OPENAI_BASE_URL pour un serveur local), ou utilisez le moteur extractif.",
  "summary.fallbackTimeout":
    "Le LLM n’a pas répondu à temps. Voici un résumé extractif à la place.",
  "summary.fallbackDeadline":
    "Le LLM n’a pas terminé sa réponse à temps. Voici un résumé extractif à la place.",
  "summary.fallbackStalled":
    "Le LLM s’est bloqué au milieu de sa réponse. Voici un résumé extractif à la place.",
  "summary.fallbackUpstream":
    "Le service LLM a échoué ou est injoignable. Voici un résumé extractif à la place.",
  "summary.fallbackInvalid":
    "La réponse du LLM était inutilisable. Voici un résumé extractif à la place.",
  "summary.fallbackError":
    "Le LLM a échoué de façon inattendue. Voici un résumé extractif à la place.",
  "summary.quoted": "« {quote} »",
  "summary.removedQuote": "Citation absente de l’article retirée : {list}.",
  "summary.removedQuotes": "{count} citations absentes de l’article retirées : {list}.",
  "view.unattributed": "Non attribuées",
  "feed.notEnabled": "Les flux ne sont pas activés sur ce bot.",
  "feed.guildOnly": "Les flux fonctionnent dans un serveur, pas en messages privés.",
  "feed.needManageChannels": "Il vous faut la permission Gérer les salons pour gérer les flux.",
  "feed.none": "Ce serveur ne suit encore aucun flux : ajoutez-en un avec `/feed add url:`.",
  "feed.listTitle": "**Flux** ({count})",
  "feed.removed": "Ce serveur ne suit plus **{title}**.",
  "feed.paused": "**{title}** est en pause pour ce serveur.",
  "feed.resumed": "**{title}** a repris : ses nouveaux articles arrivent au prochain relevé.",
  "feed.status": "État : {status}",
  "feed.lastRead": "Dernière lecture {when}",
  "feed.notRead": "Pas encore lu",
  "feed.nextPoll": "Prochain relevé {when}",
  "feed.id": "id {id}",
  "feed.following":
    "Vous suivez **{title}** : ses nouveaux articles arrivent au prochain relevé et rejoignent la recherche et les digests de ce serveur.",
  "feed.newest": "Derniers éléments",
  "feed.noItems": "Le flux n’a encore aucun élément.",
  "feed.untitled": "(sans titre)",
  "feed.noticeDisabled":
    "Le flux **{title}** ({url}) est {reason}. Un membre avec la permission Gérer les salons peut le réactiver avec `/feed resume feed:{id}`.",
  "feed.badUrl":
    "Ce n’est pas une adresse de flux valide : donnez une URL complète commençant par https://.",
  "feed.badScheme": "Les flux ne sont lus qu’en http ou https.",
  "feed.credentials":
    "Les adresses de flux contenant un nom d’utilisateur ou un mot de passe ne sont pas acceptées.",
  "feed.unknown":
    "Aucun flux « {ref} » ici : consultez la liste des flux pour leurs identifiants et adresses.",
  "feed.notModified": "Le flux a répondu 304 à une première requête.",
  "feed.tooMany": "Ce serveur suit déjà {max} flux : retirez-en un d’abord.",
  "feed.notOpml": "Ce fichier n’est pas une liste d’abonnements OPML.",
  "feedWords.notAFeed": "l’adresse ne sert pas de flux",
  "feedWords.malformed": "le flux est cassé",
  "feedWords.entities": "le flux déclare des entités XML",
  "feedWords.empty": "le flux est vide",
  "feedWords.tooLarge": "le flux est trop volumineux",
  "feedWords.httpStatus": "le serveur répond par une erreur",
  "feedWords.refusedAddress": "l’adresse n’est pas publique",
  "feedWords.network": "le site est injoignable",
  "feedWords.timeout": "le site ne répond pas à temps",
  "feedWords.unknown": "une erreur inattendue",
  "feedWords.active": "actif",
  "feedWords.paused": "en pause",
  "feedWords.failing": "en échec ({count} fois de suite : {error})",
  "feedWords.disabledFailures": "désactivé après {failures} relevés échoués d’affilée ({error})",
  "feedWords.disabledGone": "désactivé : le flux n’existe plus (HTTP {status})",
  "feedError.cannotConnect": "Impossible de se connecter à ce site ({host} : {code}).",
  "feedError.redirects": "Redirections trop nombreuses ou cassées (HTTP {status}).",
  "feedError.badRedirect": "Une redirection menait à une adresse non valide.",
  "feedError.httpStatus": "Le serveur a répondu HTTP {status}.",
  "feedError.tooLarge": "Le document dépasse {size}.",
  "feedError.timeout": "Aucune réponse en {time}.",
  "feedError.binary": "Cette adresse sert des données binaires, pas un flux.",
  "feedError.webPage":
    "Cette adresse sert une page web, pas un flux : cherchez sur le site son lien RSS ou Atom.",
  "feedError.json": "Cette adresse sert du JSON, mais pas un JSON Feed.",
  "feedError.empty": "Cette adresse sert un document vide.",
  "feedError.notAFeed": "Cette adresse ne sert pas de flux RSS, Atom ou JSON.",
  "feedError.entities":
    "Ce flux déclare ses propres entités XML, que Newsdesk refuse de développer.",
  "feedError.malformed": "Ce flux est cassé : son XML ou son JSON est illisible.",
} as const satisfies Messages;
