import type { Subscription } from "./types.js";

/**
 * When a subscription wants to run: a digest being delivered is resumed (after its retry time);
 * otherwise at its next run time. Paused subscriptions never are. Null when not scheduled.
 */
export function dueAt(subscription: Subscription): number | null {
  if (subscription.state.status !== "active") return null;
  if (subscription.pending) return subscription.pending.retryAt ?? subscription.pending.createdAt;
  return subscription.nextRunAt;
}

/**
 * The subscriptions due at `now`, earliest first. A run missed while the bot was down is due once:
 * the stored next-run time is in the past, and a run sets the next one after the current time.
 */
export function dueSubscriptions(
  subscriptions: readonly Subscription[],
  now: number,
): Subscription[] {
  return subscriptions
    .map((s) => ({ s, at: dueAt(s) }))
    .filter((x): x is { s: Subscription; at: number } => x.at !== null && x.at <= now)
    .sort((a, b) => a.at - b.at || (a.s.id < b.s.id ? -1 : 1))
    .map((x) => x.s);
}
