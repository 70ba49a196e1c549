export { extractQuotes, pickTellingQuote } from "./extract.js";
export type { Quote, QuoteKind, QuoteSource } from "./types.js";
