/**
 * The storage port the core depends on. `createStore()` (src/store/store.ts) implements it over keyv
 * (SQLite file by default, Redis when KEYV_URL=redis://…); the core imports only this type.
 */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  entries(): AsyncIterable<[string, unknown]>;
}
