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
} as const satisfies Messages;
