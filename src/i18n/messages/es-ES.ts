import type { Messages } from "./en-US.js";

/** Spanish (Spain); also served to es-419. */
export const esES = {
  "error.generic": "Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.",
  "error.subcommand": "Elige uno de los subcomandos de este comando.",
  "error.optionRequired": "La opción `{name}` es obligatoria.",
  "error.optionType": "La opción `{name}` debe ser de tipo {type}.",
  "error.optionChoice": "La opción `{name}` debe ser uno de estos valores: {allowed}.",
  "error.guildOnly": "Este comando funciona en un servidor, no en mensajes directos.",
  "error.tooSlow": "Ha tardado demasiado. Vuelve a intentarlo más tarde.",
  "error.llmCooldown": "Acabas de pedir una respuesta de la IA. Podrás volver a pedirla {when}.",
  "error.llmBudget":
    "Este servidor ha usado sus {budget} respuestas de IA de esta hora. Vuelve a intentarlo {when}.",
  "briefing.disabled": "Los resúmenes informativos no están activados en este bot.",
  "briefing.badSince":
    "No entiendo `{value}` como una fecha. Usa una duración como `24h`, `3d` o `2w`, o un día como `2026-11-25`.",
  "briefing.empty": "📰 No hay artículos desde {since}.",
  "briefing.emptyHint": "El artículo más reciente es del {date}: prueba `since:{days}d`.",
  "briefing.emptyFeed": "📰 No hay artículos del feed `{feed}` desde {since}.",
  "briefing.emptySource": "📰 No hay artículos de {source} desde {since}.",
  "briefing.header":
    "📰 **Resumen informativo** desde {since}: {stories} temas de {articles} artículos.",
  "briefing.moreStories": "Se muestran los {stories} temas más amplios de {total}.",
  "briefing.omitted":
    "Solo se agruparon los {kept} artículos más recientes; se dejaron fuera {omitted} más antiguos.",
  "briefing.engineLlm": "Resúmenes escritos por {model}, cada frase comprobada con sus fuentes.",
  "briefing.engineExtractive":
    "Resúmenes con frases de los propios artículos (no hay IA configurada).",
  "briefing.engineBudget":
    "Resúmenes con frases de los propios artículos: el presupuesto de IA de este servidor para esta hora se ha agotado.",
  "briefing.engineRefused": "Resúmenes con frases de los propios artículos, no de la IA: {reason}",
  "briefing.engineMixed":
    "Algunos resúmenes escritos por {model}; los demás, con frases de los artículos.",
  "briefing.sources": "Fuentes",
  "briefing.storyFooter": "{articles} artículos · {outlets} fuentes · último del {date}",
  "briefing.removed": "Frases eliminadas por no estar respaldadas por las fuentes: {count}",
  "briefing.fallbackFailed":
    "La IA no pudo escribir este tema; se muestran frases de los artículos.",
  "briefing.fallbackUnsupported":
    "Ninguna frase de la IA estaba respaldada por las fuentes; se muestran frases de los artículos.",
  "briefing.fallbackLimit":
    "Frases de los artículos (la IA escribe los {count} primeros temas de un resumen).",
  "briefing.noLanguage":
    "Los resúmenes en {language} necesitan un modelo de IA y ninguno respondió: están en el idioma de los artículos.",
  "settings.manageServer": "Necesitas el permiso Gestionar servidor para cambiar sus ajustes.",
  "settings.title": "Ajustes de este servidor",
  "settings.language": "Idioma de los resúmenes",
  "settings.languageArticle": "el idioma del artículo",
  "settings.length": "Longitud predeterminada",
  "settings.format": "Formato predeterminado",
  "settings.digestStyle": "Estilo del boletín",
  "settings.budget": "Respuestas de IA por hora",
  "settings.budgetValue": "{value} (el operador permite como máximo {cap})",
  "settings.budgetDefault": "el límite del operador, {cap}",
  "settings.saved": "Guardado. Las nuevas respuestas usan estos ajustes.",
  "settings.budgetOverCap":
    "El presupuesto puede ser como máximo {cap}: es el límite del operador.",
  "settings.badLanguage":
    "No conozco el idioma `{value}`. Usa un código como `de`, `fr`, `es`, `pt-BR` o `ja`.",
  "settings.noLlm":
    "Este bot no tiene un modelo de IA configurado: los resúmenes quedan en el idioma del artículo.",
  "summary.noLanguage":
    "Los resúmenes en {language} necesitan un modelo de IA y ninguno respondió: este está en el idioma del artículo.",
  "discuss.missingPermission":
    "No puedo abrir un hilo aquí: necesito el permiso Crear hilos públicos en este canal.",
  "discuss.notInChannel":
    "Los hilos solo se abren sobre artículos en un canal de texto de un servidor.",
  "discuss.opened": "He abierto {thread}: haz allí tus preguntas sobre el artículo con `/ask`.",
  "discuss.intro":
    "Haz preguntas sobre **{title}** con `/ask question:`. Las respuestas salen solo de este artículo.",
  "ask.notThread": "Usa `/ask` en un hilo abierto con el botón Comentar de un artículo.",
  "ask.noArticle": "Ya no encuentro el artículo de este hilo.",
  "ask.notAnswered": "El artículo no responde a esa pregunta.",
  "ask.extractive": "Las frases del artículo que mejor coinciden (no hay IA configurada):",
  "ask.llm": "Respuesta de {model}, solo a partir del artículo.",
  "ask.fallback": "La IA no pudo responder; las frases del artículo que mejor coinciden:",
  "discuss.disabled": "Los hilos de artículos no están disponibles en este bot.",
  "discuss.exists": "Este artículo ya tiene un hilo: {thread}. Haz tus preguntas allí con `/ask`.",
  "ask.emptyQuestion": "Haz una pregunta con algunas palabras.",
  "ask.fallbackUnsupported":
    "El artículo no respaldaba la respuesta de la IA; las frases del artículo que mejor coinciden:",
  "ask.fallbackRefused":
    "Sin respuesta de la IA ({reason}); las frases del artículo que mejor coinciden:",
  "ask.removed": "Frases eliminadas por no estar respaldadas por el artículo: {count}",
  "ask.cited": "Frases citadas",
  "ask.noLanguage":
    "Las respuestas en {language} necesitan un modelo de IA: estas frases están en el idioma del artículo.",
  "ask.from": "De: {title}",
  "ask.searched": "Ninguna frase del artículo coincide lo bastante con la pregunta.",
  "article.empty": "El corpus de noticias está vacío: todavía no hay ningún artículo.",
  "article.needManageMessages":
    "Necesitas el permiso Gestionar mensajes para añadir una página a los artículos de este servidor.",
  "article.added": "Añadido a los artículos de este servidor: todos aquí pueden abrirlo.",
  "article.noMatch": "Ningún artículo coincide con `{query}`.",
  "article.alsoMatching": "También coinciden: {list}",
  "article.gone": "Ese artículo ya no está en el corpus.",
  "quotes.none": "No encontré citas en «{title}».",
  "quotes.noSpeaker": "En este artículo no se cita a nadie llamado «{speaker}».",
  "digest.disabled": "Los resúmenes programados no están activados en este bot.",
  "digest.guildOnly":
    "Los resúmenes programados funcionan en un servidor, no en mensajes directos.",
  "digest.noChannel": "No puedo ver ese canal.",
  "digest.wrongChannel": "Los resúmenes programados van a un canal de texto o de anuncios.",
  "digest.needManageChannels":
    "Necesitas el permiso Gestionar canales para gestionar los resúmenes programados.",
  "digest.missingPermissions":
    "No puedo publicar resúmenes en {channel}: necesito {permissions} allí.",
  "digest.subscribed": "{channel} suscrito (`{id}`). Próximo resumen: {next}.",
  "digest.never": "nunca (la programación no tiene ninguna ejecución futura)",
  "digest.none": "Todavía no hay suscripciones a resúmenes en este servidor.",
  "digest.listTitle": "**Suscripciones a resúmenes** ({count})",
  "digest.unsubscribed":
    "Suscripción de {channel} cancelada (`{id}`): no habrá más resúmenes allí.",
  "digest.paused": "Resumen de {channel} en pausa (`{id}`).",
  "digest.resumed": "Resumen de {channel} reanudado (`{id}`).",
  "digest.nextAt": "Próximo resumen {when}.",
  "digest.nothingNew": "Nada nuevo desde el último resumen: no se publicaría nada.",
  "digest.postedEmpty": "Publicado: nada nuevo, en una línea corta.",
  "digest.posted": "Publicado: {articles} en {messages}.",
  "digest.articleCount": "{count} artículo",
  "digest.articlesCount": "{count} artículos",
  "digest.messageCount": "{count} mensaje",
  "digest.messagesCount": "{count} mensajes",
  "digest.runEmpty":
    "Nada nuevo desde el último resumen: no se publicó nada. La programación avanzó. `/digest preview` muestra un ejemplo de resumen.",
  "digest.runPaused": "No se pudo publicar el resumen y está en pausa: {reason}.",
  "digest.runRetry": "Discord no aceptó el resumen ahora; lo intentaré de nuevo {when}.",
  "digest.runBusy": "Ese resumen se está entregando ahora mismo.",
  "digest.runSkipped": "No hay nada que hacer para esa suscripción.",
  "button.summary": "Resumen",
  "button.quotes": "Citas",
  "button.discuss": "Debatir",
  "button.previous": "◀ Anterior",
  "button.next": "Siguiente ▶",
  "digest.subscriptionTitle": "Suscripción {id}",
  "digest.labelChannel": "Canal",
  "digest.labelSchedule": "Horario",
  "digest.labelFilters": "Filtros",
  "digest.labelNextRun": "Próximo envío",
  "digest.labelLastRun": "Último envío",
  "digest.labelState": "Estado",
  "digest.filtersAll": "todos los artículos",
  "digest.filterFeed": "feed {feed}",
  "digest.filterSource": "fuente {source}",
  "digest.filterKeywords": "palabras clave: {keywords}",
  "digest.asBriefing": "como resumen informativo",
  "digest.summariesShort": "resúmenes cortos",
  "digest.summariesMedium": "resúmenes medianos",
  "digest.summariesLong": "resúmenes largos",
  "digest.postsWhenEmpty": "publica aunque no haya novedades",
  "digest.nextPaused": "— (en pausa)",
  "digest.nextNever": "nunca",
  "digest.notYet": "todavía no",
  "digest.stateActive": "activa",
  "digest.stateDelivering": "activa · entregándose",
  "digest.stateLastFailed": "falló el último intento: {error}",
  "digest.statePaused": "⏸ en pausa: {reason} (desde {since})",
  "digest.pausedByModerator": "pausada por un moderador",
  "digest.headerOne": "📰 **Resumen de noticias**: 1 artículo nuevo desde {since}",
  "digest.headerMany": "📰 **Resumen de noticias**: {count} artículos nuevos desde {since}",
  "digest.sampleOne":
    "📰 **Resumen de ejemplo**: nada nuevo desde {since}, así que aquí está el último artículo para mostrar cómo es un resumen. No se publicó nada.",
  "digest.sampleMany":
    "📰 **Resumen de ejemplo**: nada nuevo desde {since}, así que aquí están los últimos {count} artículos para mostrar cómo es un resumen. No se publicó nada.",
  "digest.emptyPost": "📰 No hay artículos nuevos desde {since}.",
  "digest.continued": "📰 Resumen de noticias, continuación ({page}/{pages})",
  "digest.noSummary": "(sin resumen)",
  "fetch.badLink":
    "Ese no es un enlace válido: indica una dirección completa que empiece por https://.",
  "fetch.badScheme": "Solo se pueden obtener enlaces http y https, no {scheme}.",
  "fetch.credentials":
    "No se obtienen enlaces que contengan un nombre de usuario o una contraseña.",
  "fetch.noSuchHost": "No se encontró ese sitio ({host}).",
  "fetch.cannotConnect": "No se pudo conectar con ese sitio ({host}).",
  "fetch.connectTimeout": "Ese sitio no aceptó la conexión ({host}).",
  "fetch.badCertificate": "El certificado de seguridad de ese sitio no es válido ({host}).",
  "fetch.networkError": "No se pudo obtener esa página ({code}).",
  "fetch.badCompression":
    "Ese sitio envió una página que no se pudo descomprimir ({host}): su compresión está rota.",
  "fetch.connectionBroke":
    "La conexión con ese sitio se cortó mientras se cargaba la página ({host}).",
  "fetch.tooLarge": "La página supera {size}.",
  "fetch.redirectNowhere": "La página redirigió sin indicar adónde.",
  "fetch.tooManyRedirects": "Demasiadas redirecciones (más de {count}).",
  "fetch.badRedirect": "La página redirigió a una dirección no válida.",
  "fetch.httpStatus": "Esa página respondió con HTTP {status}.",
  "fetch.notHtml": "Esa página no es HTML ni texto plano ({type}).",
  "fetch.timeout": "La página no respondió en {time}.",
  "fetch.notPublic":
    "Esa dirección no es pública ({host}: {reason}), así que Newsdesk no la obtendrá.",
  "extract.noArticle": "No se encontró ningún artículo en esa página.",
  "extract.tooBroken": "Esa página es demasiado grande o está demasiado rota para leerla.",
  "article.unknown":
    "No conozco el artículo `{shown}`. Elige uno de la lista mientras escribes o pega su dirección.",
  "article.noFetching":
    "Esa dirección no está en el corpus de noticias y aquí no se pueden obtener páginas nuevas.",
  "article.fetchTooFastUser":
    "Estás obteniendo páginas demasiado rápido. Vuelve a intentarlo {when}.",
  "article.fetchTooFastServer":
    "Este servidor está obteniendo páginas demasiado rápido. Vuelve a intentarlo {when}.",
  "article.fetchTimeout": "Obtener esa página tardó demasiado. Inténtalo de nuevo más tarde.",
  "digest.unknownSubscription": "Esa suscripción no existe aquí: elige una de la lista.",
  "digest.busy":
    "Esa suscripción se está entregando ahora mismo: inténtalo de nuevo en un momento.",
  "digest.tooMany": "Este servidor ya tiene {max} suscripciones: cancela una primero.",
  "digest.pausedResumeFirst": "Esa suscripción está en pausa ({reason}): reanúdala primero.",
  "digest.tooManyKeywords": "Como máximo {max} palabras clave, separadas por comas.",
  "digest.keywordTooLong": "La palabra clave «{keyword}» tiene más de {max} caracteres.",
  "digest.badSource": "«{source}» no es una fuente: indica el host de un sitio, como reuters.com.",
  "digest.badFeedId": "«{id}» no es un id de feed: elige uno de la lista, como muestra /feed list.",
  "schedule.emptyZone": "La zona horaria está vacía: usa un nombre IANA como Europe/Madrid.",
  "schedule.badZone":
    "«{zone}» no es una zona horaria que conozca: usa un nombre IANA como Europe/Madrid o America/Mexico_City.",
  "schedule.badTime":
    "«{time}» no es una hora del día: escríbela como HH:MM, en formato de 24 horas (08:30, 17:05).",
  "schedule.daily": "Un horario diario se escribe «daily HH:MM», por ejemplo «daily 08:00».",
  "schedule.weekly":
    "Un horario semanal se escribe «weekly DÍA HH:MM», por ejemplo «weekly mon 09:30».",
  "schedule.badDay": "«{day}» no es un día de la semana: usa mon, tue, wed, thu, fri, sat o sun.",
  "schedule.bad":
    "«{text}» no es un horario: usa «daily HH:MM», «weekly DÍA HH:MM» o una expresión cron de 5 campos (minuto hora día mes día-de-la-semana).",
  "schedule.badCron": "La expresión cron «{cron}» no es válida: {reason}.",
  "schedule.cronNever": "La expresión cron «{cron}» nunca se ejecuta.",
  "view.words": "{words} palabras",
  "view.page": "página {page}/{pages}",
  "view.quotesTitle": "Citas — {title}",
  "view.quoteCount": "{count} cita",
  "view.quotesCount": "{count} citas",
  "view.speakerCount": "{count} persona",
  "view.speakersCount": "{count} personas",
  "view.quotesFooter": "{quotes} de {speakers}",
  "view.direct": "directa",
  "view.reported": "indirecta",
  "view.continued": "(continuación)",
  "view.summaryTitle": "Resumen — {title}",
  "view.keyPoints": "Puntos clave",
  "view.writing": "Redactando con {model}…",
  "view.theLlm": "el LLM",
  "view.unknownModel": "modelo desconocido",
  "view.engineLlm": "Motor: LLM ({model})",
  "view.engineExtractive": "Motor: extractivo (sin LLM configurado)",
  "view.engineFallback": "Motor: alternativa extractiva — {note}",
  "view.llmNoAnswer": "el LLM no respondió",
  "view.cached": "en caché",
  "summary.tooSlow": "El resumen tardó demasiado. Inténtalo de nuevo más tarde.",
  "summary.failed": "Algo salió mal al escribir el resumen. Inténtalo de nuevo más tarde.",
  "summary.queueDown":
    "Ahora mismo no se pueden encolar resúmenes (la cola de trabajos no responde). Inténtalo de nuevo en un minuto.",
  "error.llmShare":
    "Has usado tu parte ({share}) de las respuestas de IA de este servidor en esta hora. Vuelve a intentarlo {when}.",
  "digest.failForbidden":
    "perdí el permiso para publicar en {channel} (se necesitan ver el canal, enviar mensajes e insertar enlaces)",
  "digest.failNotFound": "el canal {channel} se eliminó o ya no puedo verlo",
  "digest.failRejected": "Discord rechazó el mensaje del resumen",
  "permission.viewChannel": "Ver canal",
  "permission.sendMessages": "Enviar mensajes",
  "permission.embedLinks": "Insertar enlaces",
} as const satisfies Messages;
