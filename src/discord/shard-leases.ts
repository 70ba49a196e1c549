import type { Logger } from "../logger.js";
import type { LockHandle, LockManager } from "../store/lock.js";

/**
 * Guards against two processes connecting the same gateway shard (ADR 0012): each shard id is held
 * by a lease in Redis (`SET NX PX`, renewed well before it expires). A process that finds a shard
 * held does not connect it and says why; a process that cannot renew a lease (it was paused past
 * the lease, or Redis lost it) is told, and disconnects.
 */
export interface ShardLeases {
  /** Takes a lease on each id it can; the others are held by another process. */
  claim(ids: readonly number[]): Promise<{ held: number[]; refused: number[] }>;
  /** Renews the held leases every `renewMs`; `onLost` is called once per lease that is lost. */
  start(onLost: (shardId: number) => void): void;
  /** Stops renewing and releases every lease. */
  release(): Promise<void>;
}

export interface ShardLeaseOptions {
  locks: LockManager;
  /** Leases are per application and shard count: another layout is another set of leases. */
  applicationId: string;
  shardCount: number;
  logger: Logger;
  /** Default 30 s. */
  ttlMs?: number;
  /** Default a third of the TTL. */
  renewMs?: number;
}

export function createShardLeases(options: ShardLeaseOptions): ShardLeases {
  const { locks, logger } = options;
  const ttlMs = options.ttlMs ?? 30_000;
  const renewMs = options.renewMs ?? Math.floor(ttlMs / 3);
  const held = new Map<number, LockHandle>();
  let timer: NodeJS.Timeout | null = null;
  const keyOf = (id: number) => `shard:${options.applicationId}:${options.shardCount}:${id}`;
  return {
    async claim(ids) {
      const refused: number[] = [];
      for (const id of ids) {
        const lease = await locks.tryAcquire(keyOf(id), ttlMs);
        if (lease) held.set(id, lease);
        else refused.push(id);
      }
      if (refused.length > 0) {
        logger.warn(
          { refused, shardCount: options.shardCount },
          `shard ${refused.join(", ")} is held by another process: not connecting it (check DISCORD_SHARD_IDS)`,
        );
      }
      return { held: [...held.keys()].sort((a, b) => a - b), refused };
    },
    start(onLost) {
      if (timer) return;
      timer = setInterval(() => {
        for (const [id, lease] of held) {
          lease.extend(ttlMs).then(
            (kept) => {
              if (kept || !held.has(id)) return;
              held.delete(id);
              logger.error({ shardId: id }, "lost the lease of a gateway shard: disconnecting it");
              onLost(id);
            },
            (error: unknown) =>
              logger.warn({ err: error, shardId: id }, "could not renew a shard lease; retrying"),
          );
        }
      }, renewMs);
      timer.unref();
    },
    async release() {
      if (timer) clearInterval(timer);
      timer = null;
      const leases = [...held.values()];
      held.clear();
      await Promise.allSettled(leases.map((lease) => lease.release()));
    },
  };
}
