import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type Database from "better-sqlite3";
import type { IndexLease } from "../articles/index-port.js";

/** True when `holder` names a process on this host that no longer runs (killed mid-import). */
function isDeadLocalHolder(holder: string): boolean {
  const [host, pid] = holder.split(" ");
  if (host !== hostname() || pid === undefined || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * A lease on a named lock in the `leases` table: taken when free or expired (or held by a dead
 * process on this host), renewed every third of its lifetime while held, lost when another
 * process took it after it expired.
 */
export function takeSqliteLease(
  db: Database.Database,
  name: string,
  ttlMs: number,
  options: { now: () => number; isClosed: () => boolean },
): IndexLease | null {
  const { now } = options;
  const holder = `${hostname()} ${process.pid} ${randomUUID()}`;
  const take = db.transaction((): boolean => {
    const current = db.prepare("SELECT holder, expires_at FROM leases WHERE name = ?").get(name) as
      | { holder: string; expires_at: number }
      | undefined;
    if (current && current.expires_at >= now() && !isDeadLocalHolder(current.holder)) return false;
    db.prepare(
      `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
    ).run(name, holder, now() + ttlMs);
    return true;
  });
  if (!take.immediate()) return null;
  let held = true;
  const renew = setInterval(
    () => {
      if (options.isClosed()) return;
      const renewed = db
        .prepare("UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?")
        .run(now() + ttlMs, name, holder);
      if (renewed.changes === 0) {
        held = false;
        clearInterval(renew);
      }
    },
    Math.max(10, Math.floor(ttlMs / 3)),
  );
  renew.unref();
  return {
    held: () => held && !options.isClosed(),
    async release() {
      clearInterval(renew);
      if (!held || options.isClosed()) return;
      held = false;
      db.prepare("DELETE FROM leases WHERE name = ? AND holder = ?").run(name, holder);
    },
  };
}
