/**
 * Thread links over the KeyValue port (the composition root passes `store.namespace("threads")`):
 * one key per thread, no expiry, so `/ask` keeps working after a restart and in every process
 * that shares the store. A stored record that does not parse reads as "no link".
 */
import { z } from "zod";
import type { KeyValue } from "../store/key-value.js";
import type { ThreadLink, ThreadLinkRepository } from "./types.js";

const linkSchema = z.object({
  threadId: z.string().min(1),
  articleId: z.string().min(1),
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  messageId: z.string().min(1),
  createdBy: z.string().min(1),
  createdAt: z.number(),
});

const KEY_PREFIX = "thread:";

export function createThreadLinkRepository(kv: KeyValue): ThreadLinkRepository {
  return {
    async get(threadId) {
      const parsed = linkSchema.safeParse(await kv.get(KEY_PREFIX + threadId));
      return parsed.success ? parsed.data : null;
    },
    async save(link: ThreadLink) {
      await kv.set(KEY_PREFIX + link.threadId, linkSchema.parse(link));
    },
    async delete(threadId) {
      await kv.delete(KEY_PREFIX + threadId);
    },
  };
}
