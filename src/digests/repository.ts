import type { KeyValue } from "../store/key-value.js";
import type { Subscription } from "./types.js";

/**
 * Subscriptions, with their cursor and any digest being delivered, one key each. A delivery's
 * whole state lives in its subscription's record, so every step (record the digest, note a sent
 * message, advance the cursor) is one atomic write of one key.
 */
export interface SubscriptionRepository {
  get(id: string): Promise<Subscription | undefined>;
  save(subscription: Subscription): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** Every subscription, in no particular order. */
  all(): Promise<Subscription[]>;
  /** One server's subscriptions, oldest first. */
  listByGuild(guildId: string): Promise<Subscription[]>;
}

const KEY_PREFIX = "sub:";

function isSubscription(value: unknown): value is Subscription {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Subscription).id === "string" &&
    typeof (value as Subscription).guildId === "string" &&
    typeof (value as Subscription).cursor === "object"
  );
}

/** The repository over a `KeyValue` namespace (the integrator passes `store.namespace("digests")`). */
export function createSubscriptionRepository(kv: KeyValue): SubscriptionRepository {
  const all = async (): Promise<Subscription[]> => {
    const subscriptions: Subscription[] = [];
    for await (const [key, value] of kv.entries()) {
      if (!key.startsWith(KEY_PREFIX) && !key.includes(`:${KEY_PREFIX}`)) continue;
      if (isSubscription(value)) subscriptions.push(value);
    }
    return subscriptions;
  };
  return {
    async get(id) {
      const value = await kv.get(KEY_PREFIX + id);
      return isSubscription(value) ? value : undefined;
    },
    async save(subscription) {
      await kv.set(KEY_PREFIX + subscription.id, subscription);
    },
    async delete(id) {
      return await kv.delete(KEY_PREFIX + id);
    },
    all,
    async listByGuild(guildId) {
      return (await all())
        .filter((s) => s.guildId === guildId)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    },
  };
}
