export { foldEchoes } from "./echoes.js";
export {
  type ExtractOptions,
  extractQuotes,
  pickTellingQuote,
  QUOTE_ENGINES,
  type QuoteEngine,
} from "./extract.js";
export type { Quote, QuoteKind, QuoteSource } from "./types.js";
