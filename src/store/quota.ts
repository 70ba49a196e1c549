/**
 * Atomic quotas: counters that several processes (bot instances, stateless HTTP replicas) share. A
 * rule allows `limit` units per window; the window opens at the first unit counted and closes
 * `windowMs` later (so a limit of 1 is an exact cooldown). `take` is all-or-nothing over several
 * rules: either every rule has room and the cost is counted on each, or nothing is counted.
 *
 * Implementations: memory (one process), SQLite (one `BEGIN IMMEDIATE` transaction in the store's
 * file, atomic across processes) and Redis (one Lua script). None keeps state in the process beyond
 * the connection, so any replica may call any of them.
 */
import Database from "better-sqlite3";
import type { RedisClientLike } from "./store.js";

export interface QuotaRule {
  /** A short key (letters, digits, `:` `-` `_`); the rule's counter. */
  key: string;
  /** Units allowed per window (0 refuses everything). */
  limit: number;
  windowMs: number;
}

export type QuotaResult =
  | { ok: true }
  /** `rule` is the index of the first rule without room; it has room again at `resetAt` (epoch ms). */
  | { ok: false; rule: number; resetAt: number };

export interface QuotaStore {
  /** Counts `cost` on every rule when each has room, else counts nothing. */
  take(rules: readonly QuotaRule[], cost: number, now: number): Promise<QuotaResult>;
  /** What `take` would answer now, counting nothing (a quick refusal before any work starts). */
  peek(rules: readonly QuotaRule[], cost: number, now: number): Promise<QuotaResult>;
  /** Gives `cost` back on these keys (the counted work did not happen); never below zero. */
  giveBack(keys: readonly string[], cost: number, now: number): Promise<void>;
  close(): Promise<void>;
}

interface Counter {
  used: number;
  expiresAt: number;
}

export function createMemoryQuotaStore(): QuotaStore {
  const counters = new Map<string, Counter>();
  const live = (key: string, now: number): Counter | undefined => {
    const counter = counters.get(key);
    if (counter && counter.expiresAt <= now) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  const peek = (rules: readonly QuotaRule[], cost: number, now: number): QuotaResult => {
    for (const [index, rule] of rules.entries()) {
      const counter = live(rule.key, now);
      if ((counter?.used ?? 0) + cost > rule.limit) {
        return { ok: false, rule: index, resetAt: counter?.expiresAt ?? now + rule.windowMs };
      }
    }
    return { ok: true };
  };
  return {
    peek: async (rules, cost, now) => peek(rules, cost, now),
    async take(rules, cost, now) {
      const room = peek(rules, cost, now);
      if (!room.ok) return room;
      for (const rule of rules) {
        const counter = live(rule.key, now);
        if (counter) counter.used += cost;
        else counters.set(rule.key, { used: cost, expiresAt: now + rule.windowMs });
      }
      return { ok: true };
    },
    async giveBack(keys, cost, now) {
      for (const key of keys) {
        const counter = live(key, now);
        if (counter) counter.used = Math.max(0, counter.used - cost);
      }
    },
    async close() {},
  };
}

/** Quotas in a table of the SQLite file; `busyTimeoutMs` bounds a wait for another process's lock. */
export function createSqliteQuotaStore(file: string, busyTimeoutMs: number): QuotaStore {
  const db = new Database(file, { timeout: busyTimeoutMs });
  db.exec(
    "CREATE TABLE IF NOT EXISTS newsdesk_quota (key TEXT PRIMARY KEY, used INTEGER NOT NULL, expires_at INTEGER NOT NULL)",
  );
  const select = db.prepare<[string, number], Counter>(
    "SELECT used, expires_at AS expiresAt FROM newsdesk_quota WHERE key = ? AND expires_at > ?",
  );
  const upsert = db.prepare(
    `INSERT INTO newsdesk_quota (key, used, expires_at) VALUES (@key, @cost, @expiresAt)
     ON CONFLICT(key) DO UPDATE SET
       used = CASE WHEN expires_at > @now THEN used + @cost ELSE @cost END,
       expires_at = CASE WHEN expires_at > @now THEN expires_at ELSE @expiresAt END`,
  );
  const giveBack = db.prepare(
    "UPDATE newsdesk_quota SET used = MAX(0, used - @cost) WHERE key = @key AND expires_at > @now",
  );
  const sweep = db.prepare("DELETE FROM newsdesk_quota WHERE expires_at <= ?");
  const peek = (rules: readonly QuotaRule[], cost: number, now: number): QuotaResult => {
    for (const [index, rule] of rules.entries()) {
      const counter = select.get(rule.key, now);
      if ((counter?.used ?? 0) + cost > rule.limit) {
        return { ok: false, rule: index, resetAt: counter?.expiresAt ?? now + rule.windowMs };
      }
    }
    return { ok: true };
  };
  const takeAll = db.transaction(
    (rules: readonly QuotaRule[], cost: number, now: number): QuotaResult => {
      const room = peek(rules, cost, now);
      if (!room.ok) return room;
      for (const rule of rules) {
        upsert.run({ key: rule.key, cost, now, expiresAt: now + rule.windowMs });
      }
      return { ok: true };
    },
  );
  const giveAll = db.transaction((keys: readonly string[], cost: number, now: number) => {
    for (const key of keys) giveBack.run({ key, cost, now });
  });
  let takes = 0;
  return {
    peek: async (rules, cost, now) => peek(rules, cost, now),
    async take(rules, cost, now) {
      if (++takes % 500 === 0) sweep.run(now);
      return takeAll.immediate(rules, cost, now);
    },
    async giveBack(keys, cost, now) {
      giveAll.immediate(keys, cost, now);
    },
    async close() {
      db.close();
    },
  };
}

/** Every quota key shares one hash slot (`{…}`), so the script works on a Redis Cluster too. */
const REDIS_PREFIX = "{newsdesk-quota}:";

const TAKE_SCRIPT = `
local cost = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local used = tonumber(redis.call('GET', key) or '0')
  if used + cost > tonumber(ARGV[2 * i + 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then ttl = tonumber(ARGV[2 * i + 2]) end
    return {i, ttl}
  end
end
if ARGV[2] == '1' then return {0, 0} end
for i, key in ipairs(KEYS) do
  local now = redis.call('INCRBY', key, cost)
  if now == cost then redis.call('PEXPIRE', key, ARGV[2 * i + 2]) end
end
return {0, 0}
`;

const GIVE_BACK_SCRIPT = `
for _, key in ipairs(KEYS) do
  local used = tonumber(redis.call('GET', key) or '0')
  if used > 0 then
    redis.call('SET', key, math.max(0, used - tonumber(ARGV[1])), 'KEEPTTL')
  end
end
return 0
`;

export function createRedisQuotaStore(client: RedisClientLike): QuotaStore {
  async function run(
    rules: readonly QuotaRule[],
    cost: number,
    now: number,
    dry: boolean,
  ): Promise<QuotaResult> {
    const args = [String(cost), dry ? "1" : "0"];
    for (const rule of rules) args.push(String(rule.limit), String(Math.ceil(rule.windowMs)));
    const reply = (await client.eval(TAKE_SCRIPT, {
      keys: rules.map((rule) => REDIS_PREFIX + rule.key),
      arguments: args,
    })) as [number, number];
    const [failed, ttl] = reply;
    if (Number(failed) === 0) return { ok: true };
    return { ok: false, rule: Number(failed) - 1, resetAt: now + Number(ttl) };
  }
  return {
    take: (rules, cost, now) => run(rules, cost, now, false),
    peek: (rules, cost, now) => run(rules, cost, now, true),
    async giveBack(keys, cost) {
      if (keys.length === 0) return;
      await client.eval(GIVE_BACK_SCRIPT, {
        keys: keys.map((key) => REDIS_PREFIX + key),
        arguments: [String(cost)],
      });
    },
    async close() {},
  };
}
