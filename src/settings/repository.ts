/**
 * Server settings over the KeyValue port (the integrator passes `store.namespace("settings")`), one
 * key per server. Stored records are validated on read: an unreadable one gives the defaults (and
 * is replaced on the next update), so a bad record never breaks a command.
 */
import { z } from "zod";
import type { KeyValue } from "../store/key-value.js";
import { DEFAULT_SETTINGS, type GuildSettings, type SettingsRepository } from "./types.js";

const settingsSchema = z.object({
  language: z.string().min(1).max(35).nullable().catch(null),
  length: z.enum(["short", "medium", "long"]).nullable().catch(null),
  format: z.enum(["paragraph", "bullets"]).nullable().catch(null),
  digestStyle: z.enum(["list", "briefing"]).nullable().catch(null),
  llmBudget: z.number().int().min(0).max(100_000).nullable().catch(null),
});

const KEY_PREFIX = "guild:";

function parse(value: unknown): GuildSettings {
  if (typeof value !== "object" || value === null) return { ...DEFAULT_SETTINGS };
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...value });
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export function createSettingsRepository(kv: KeyValue): SettingsRepository {
  /** Updates of one server run one after another (read-modify-write). */
  const tails = new Map<string, Promise<unknown>>();
  return {
    async get(guildId) {
      return parse(await kv.get(KEY_PREFIX + guildId));
    },
    update(guildId, patch) {
      const previous = tails.get(guildId) ?? Promise.resolve();
      const next = previous
        .catch(() => undefined)
        .then(async () => {
          const current = parse(await kv.get(KEY_PREFIX + guildId));
          const merged = parse({ ...current, ...patch });
          await kv.set(KEY_PREFIX + guildId, merged);
          return merged;
        });
      tails.set(guildId, next);
      void next
        .catch(() => undefined)
        .then(() => {
          if (tails.get(guildId) === next) tails.delete(guildId);
        });
      return next;
    },
  };
}
