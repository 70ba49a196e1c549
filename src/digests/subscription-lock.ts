/**
 * One delivery of a subscription at a time, across instances: the subscription's lock, renewed
 * while the task runs. A task told it lost the lock stops before its next side effect.
 */
import { UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { LockHandle, LockManager } from "../store/lock.js";

export interface LockState {
  lost(): boolean;
}

export interface SubscriptionLock {
  /** Runs `task` holding the subscription's lock, renewing it meanwhile; null when it is held. */
  withLock<T>(id: string, task: (lock: LockState) => Promise<T>): Promise<T | null>;
  /** As `withLock`, but a held lock is a UserError saying to try again. */
  withLockOrBusy<T>(id: string, task: (lock: LockState) => Promise<T>): Promise<T>;
}

export function createSubscriptionLock(
  locks: LockManager,
  lockTtlMs: number,
  logger: Logger,
): SubscriptionLock {
  async function withLock<T>(id: string, task: (lock: LockState) => Promise<T>): Promise<T | null> {
    const handle: LockHandle | null = await locks.tryAcquire(`digest:${id}`, lockTtlMs);
    if (!handle) return null;
    let lost = false;
    const timer = setInterval(
      () => {
        handle.extend(lockTtlMs).then(
          (ok) => {
            if (!ok) lost = true;
          },
          (error: unknown) =>
            logger.warn({ err: error, subscriptionId: id }, "digest lock renewal failed"),
        );
      },
      Math.max(1000, Math.floor(lockTtlMs / 3)),
    );
    timer.unref?.();
    try {
      return await task({ lost: () => lost });
    } finally {
      clearInterval(timer);
      await handle.release().catch((error: unknown) => {
        logger.warn({ err: error, subscriptionId: id }, "digest lock release failed");
      });
    }
  }

  return {
    withLock,
    async withLockOrBusy(id, task) {
      const result = await withLock(id, task);
      if (result === null) {
        throw new UserError(
          "That subscription is being delivered right now: try again in a moment.",
          { i18n: { key: "digest.busy" } },
        );
      }
      return result;
    },
  };
}
