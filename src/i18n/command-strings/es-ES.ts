import type { CommandStrings } from "../command-strings.js";

/** Spanish (also served to es-419): command, subcommand and option names and descriptions. */
export const esES = {
  feed: {
    name: "feed",
    description: "Gestionar los feeds de noticias (RSS, Atom, JSON Feed) de este servidor",
  },
  article: { name: "artículo", description: "Leer un artículo de noticias del corpus" },
  "article.latest": { name: "último", description: "El artículo más reciente" },
  "article.show": { name: "mostrar", description: "Un artículo, por título, id o dirección" },
  "article.search": {
    name: "buscar",
    description: "El artículo que mejor coincide con unas palabras",
  },
  summarize: { name: "resumir", description: "Resumir un artículo de noticias" },
  "summarize.url": { name: "url", description: "Escribe un título o pega una dirección" },
  "summarize.length": {
    name: "longitud",
    description: "Qué longitud (por defecto: ajuste del servidor, si no medium)",
  },
  "summarize.format": {
    name: "formato",
    description: "Párrafo o viñetas (por defecto: ajuste del servidor)",
  },
  quotes: { name: "citas", description: "Quién dijo qué en un artículo" },
  digest: { name: "boletín", description: "Boletines de noticias programados en un canal" },
  briefing: {
    name: "informe",
    description: "Las noticias desde un momento, agrupadas por tema, con sus fuentes",
  },
  "briefing.since": {
    name: "desde",
    description: "Desde cuándo: 24h, 3d, 2w o un día como 2026-11-25 (24h por defecto)",
  },
  "briefing.source": {
    name: "fuente",
    description: "Solo artículos de esta fuente (p. ej. example.com)",
  },
  "briefing.feed": {
    name: "feed",
    description: "Solo artículos de este feed (su id, como lo muestra /feed list)",
  },
  settings: { name: "ajustes", description: "Ver o cambiar los ajustes de este servidor" },
  "settings.language": {
    name: "idioma",
    description: "Idioma de los resúmenes (necesita un modelo de IA)",
  },
  "settings.length": {
    name: "longitud",
    description: "Longitud predeterminada de los resúmenes",
  },
  "settings.format": { name: "formato", description: "Formato predeterminado de los resúmenes" },
  "settings.digest-style": {
    name: "estilo-boletín",
    description: "Boletines como lista de artículos o como informe por temas",
  },
  "settings.llm-budget": {
    name: "presupuesto-ia",
    description: "Respuestas de IA por hora para este servidor (hasta el límite del operador)",
  },
  ask: { name: "preguntar", description: "Hacer una pregunta sobre el artículo de este hilo" },
  "ask.question": { name: "pregunta", description: "Tu pregunta sobre el artículo" },
  "article.show.article": {
    name: "artículo",
    description: "Escribe un título o pega una dirección",
  },
  "article.search.query": { name: "consulta", description: "Palabras que buscar" },
  "article.add": {
    name: "añadir",
    description: "Obtener una página y hacerla contenido de este servidor (Gestionar mensajes)",
  },
  "article.add.url": { name: "url", description: "La dirección de la página (http o https)" },
  "quotes.article": { name: "artículo", description: "Escribe un título o pega una dirección" },
  "quotes.speaker": { name: "hablante", description: "Solo las citas de esta persona" },
  "digest.subscribe": {
    name: "suscribir",
    description: "Publicar un resumen de artículos nuevos en un canal según una programación",
  },
  "digest.subscribe.channel": { name: "canal", description: "El canal de texto donde publicar" },
  "digest.subscribe.schedule": {
    name: "programación",
    description: 'daily HH:MM, weekly DAY HH:MM o una expresión cron ("0 8 * * 1-5")',
  },
  "digest.subscribe.timezone": {
    name: "zona-horaria",
    description: "Zona horaria IANA, p. ej. Europe/Madrid (UTC por defecto)",
  },
  "digest.subscribe.source": {
    name: "fuente",
    description: "Solo artículos de este sitio, p. ej. reuters.com",
  },
  "digest.subscribe.keywords": {
    name: "palabras-clave",
    description: "Solo artículos que mencionen alguna de estas palabras (separadas por comas)",
  },
  "digest.subscribe.feed": {
    name: "feed",
    description: "Solo artículos de este feed (su id, como lo muestra /feed list)",
  },
  "digest.subscribe.length": {
    name: "longitud",
    description: "Longitud del resumen de cada artículo (short por defecto)",
  },
  "digest.subscribe.post_empty": {
    name: "publicar_vacío",
    description: "Publicar una línea corta cuando no hay nada nuevo (por defecto: nada)",
  },
  "digest.subscribe.style": {
    name: "estilo",
    description:
      "Un embed por artículo, o agrupado por historias (por defecto: /settings, si no lista)",
  },
  "digest.list": { name: "lista", description: "Las suscripciones a resúmenes de este servidor" },
  "digest.unsubscribe": { name: "cancelar", description: "Detener un resumen programado" },
  "digest.pause": { name: "pausar", description: "Pausar un resumen (conserva su posición)" },
  "digest.resume": { name: "reanudar", description: "Reanudar un resumen en pausa" },
  "digest.preview": {
    name: "vista-previa",
    description: "Mostrarte solo a ti el próximo resumen, sin publicar nada",
  },
  "digest.send-now": {
    name: "enviar-ya",
    description: "Publicar el resumen ahora y avanzar la programación",
  },
  "feed.add": {
    name: "añadir",
    description: "Seguir un feed: lo comprueba y muestra sus elementos más nuevos",
  },
  "feed.add.url": { name: "url", description: "La dirección del feed (RSS, Atom o JSON Feed)" },
  "feed.list": { name: "lista", description: "Los feeds que sigue este servidor, con su estado" },
  "feed.remove": {
    name: "quitar",
    description: "Dejar de seguir un feed (sus artículos se quedan)",
  },
  "feed.pause": {
    name: "pausar",
    description: "Dejar de tomar artículos nuevos de un feed por ahora",
  },
  "feed.resume": {
    name: "reanudar",
    description: "Reanudar un feed en pausa, o reactivar uno desactivado",
  },
  "digest.unsubscribe.subscription": {
    name: "suscripción",
    description: "Qué suscripción (escribe el canal)",
  },
  "digest.pause.subscription": {
    name: "suscripción",
    description: "Qué suscripción (escribe el canal)",
  },
  "digest.resume.subscription": {
    name: "suscripción",
    description: "Qué suscripción (escribe el canal)",
  },
  "digest.preview.subscription": {
    name: "suscripción",
    description: "Qué suscripción (escribe el canal)",
  },
  "digest.send-now.subscription": {
    name: "suscripción",
    description: "Qué suscripción (escribe el canal)",
  },
  "feed.remove.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
  "feed.pause.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
  "feed.resume.feed": { name: "feed", description: "Qué feed (escribe su título o dirección)" },
} as const satisfies CommandStrings;
