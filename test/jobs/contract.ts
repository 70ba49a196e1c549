import { afterEach, describe, expect, it } from "vitest";
import {
  isJobError,
  type JobsPort,
  PermanentJobError,
  type QueueStats,
  runJob,
} from "../../src/jobs/ports.js";

/** A promise with its resolve exposed: a gate the test opens. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Polls `check` until it is true (generous bound: a loaded machine is slow, never wrong). */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/**
 * The jobs port's contract (src/jobs/ports.ts), run against every adapter. `make` returns a fresh,
 * isolated port (its own queues); the suite closes it.
 */
export function runJobsContract(name: string, make: () => Promise<JobsPort>): void {
  describe(`jobs contract: ${name}`, () => {
    const opened: JobsPort[] = [];
    const open = async () => {
      const jobs = await make();
      opened.push(jobs);
      return jobs;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
    });

    it("runs a job and hands its result to the ticket", async () => {
      const jobs = await open();
      await jobs.work<{ n: number }, number>("double", async (data) => data.n * 2);
      const ticket = await jobs.enqueue<{ n: number }, number>("double", { n: 21 });
      expect(await ticket.result({ timeoutMs: 20_000 })).toBe(42);
    });

    it("joins a running job with the same id instead of running it twice", async () => {
      const jobs = await open();
      const release = gate();
      const started = gate();
      let runs = 0;
      await jobs.work<string, string>("same", async (data) => {
        runs++;
        started.open();
        await release.promise;
        return data.toUpperCase();
      });
      const first = await jobs.enqueue<string, string>("same", "first", { id: "key:1" });
      await started.promise;
      const second = await jobs.enqueue<string, string>("same", "second", { id: "key:1" });
      expect(second.id).toBe(first.id);
      release.open();
      const results = await Promise.all([
        first.result({ timeoutMs: 20_000 }),
        second.result({ timeoutMs: 20_000 }),
      ]);
      expect(results).toEqual(["FIRST", "FIRST"]);
      expect(runs).toBe(1);
    });

    it("hands the progress a job reports to its tickets while it runs", async () => {
      const jobs = await open();
      const listening = gate();
      const heard = gate();
      await jobs.work<string, string>("progress", async (_data, context) => {
        await listening.promise;
        context.progress({ text: "The council" });
        context.progress({ text: "The council met" });
        await heard.promise;
        return "done";
      });
      const ticket = await jobs.enqueue<string, string>("progress", "x", { id: "p:1" });
      const seen: unknown[] = [];
      ticket.onProgress((data) => {
        seen.push(data);
        if (seen.length === 2) heard.open();
      });
      listening.open();
      expect(await ticket.result({ timeoutMs: 20_000 })).toBe("done");
      expect(seen).toEqual([{ text: "The council" }, { text: "The council met" }]);
    });

    it("runs a later job with the id of a finished one again", async () => {
      const jobs = await open();
      let runs = 0;
      await jobs.work<string, number>("again", async () => ++runs);
      expect(await runJob(jobs, "again", "x", { id: "once", timeoutMs: 20_000 })).toBe(1);
      await eventually(async () => (await statsOf(jobs, "again"))?.active === 0);
      expect(await runJob(jobs, "again", "x", { id: "once", timeoutMs: 20_000 })).toBe(2);
    });

    it("retries a failing handler with backoff, then fails with the last error", async () => {
      const jobs = await open();
      const attempts: number[] = [];
      await jobs.work("flaky", async (_data, context) => {
        attempts.push(context.attempt);
        throw new Error(`boom ${context.attempt}`);
      });
      const ticket = await jobs.enqueue("flaky", {}, { attempts: 3, backoffMs: 20 });
      const error = await failureOf(ticket.result({ timeoutMs: 20_000 }));
      expect(isJobError(error) && error.kind).toBe("failed");
      expect((error as Error).message).toContain("boom 3");
      expect(attempts).toEqual([1, 2, 3]);
    });

    it("succeeds on a retry after a transient failure", async () => {
      const jobs = await open();
      let calls = 0;
      await jobs.work("transient", async () => {
        calls++;
        if (calls === 1) throw new Error("not yet");
        return "ok";
      });
      const ticket = await jobs.enqueue("transient", {}, { attempts: 2, backoffMs: 20 });
      expect(await ticket.result({ timeoutMs: 20_000 })).toBe("ok");
      expect(calls).toBe(2);
    });

    it("fails a PermanentJobError at once, without retrying", async () => {
      const jobs = await open();
      let calls = 0;
      await jobs.work("permanent", async () => {
        calls++;
        throw new PermanentJobError("bad data");
      });
      const ticket = await jobs.enqueue("permanent", {}, { attempts: 5, backoffMs: 20 });
      const error = await failureOf(ticket.result({ timeoutMs: 20_000 }));
      expect(isJobError(error) && error.kind).toBe("failed");
      expect((error as Error).message).toContain("bad data");
      expect(calls).toBe(1);
    });

    it("drops a job not started before its deadline, without running it", async () => {
      const jobs = await open();
      let calls = 0;
      const ticket = await jobs.enqueue("late", {}, { dropAfter: Date.now() - 1 });
      await jobs.work("late", async () => {
        calls++;
      });
      const error = await failureOf(ticket.result({ timeoutMs: 20_000 }));
      expect(isJobError(error) && error.kind).toBe("dropped");
      expect(calls).toBe(0);
    });

    it("runs no more jobs of a queue at once than its concurrency", async () => {
      const jobs = await open();
      let active = 0;
      let peak = 0;
      const tickets = await Promise.all(
        Array.from({ length: 6 }, (_, i) => jobs.enqueue<number, number>("bounded", i)),
      );
      await jobs.work<number, number>(
        "bounded",
        async (n) => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setTimeout(resolve, 30));
          active--;
          return n;
        },
        { concurrency: 2 },
      );
      const results = await Promise.all(tickets.map((t) => t.result({ timeoutMs: 30_000 })));
      expect(results).toEqual([0, 1, 2, 3, 4, 5]);
      expect(peak).toBeLessThanOrEqual(2);
    });

    it("counts the jobs waiting for a worker", async () => {
      const jobs = await open();
      await jobs.enqueue("idle", 1);
      await jobs.enqueue("idle", 2);
      await eventually(async () => (await statsOf(jobs, "idle"))?.waiting === 2);
      const stats = await statsOf(jobs, "idle");
      expect(stats).toMatchObject({ waiting: 2, active: 0 });
      expect(stats?.oldestWaitMs).toBeGreaterThanOrEqual(0);
    });

    it("says the queue is ready while it is open", async () => {
      const jobs = await open();
      expect(await jobs.check()).toBeNull();
    });

    it("rejects waiting past the timeout with a timeout error", async () => {
      const jobs = await open();
      await jobs.enqueue("nobody", 1, { id: "wait-me" });
      const ticket = await jobs.enqueue("nobody", 1, { id: "wait-me" });
      const error = await failureOf(ticket.result({ timeoutMs: 50 }));
      expect(isJobError(error) && error.kind).toBe("timeout");
    });

    it("runs a schedule at its times, replaces it on upsert, and stops on unschedule", async () => {
      const jobs = await open();
      const seen: string[] = [];
      await jobs.work<string, void>("ticks", async (data) => {
        seen.push(data);
      });
      await jobs.schedule(
        "ticks",
        "every-second",
        { pattern: "* * * * * *", timezone: "UTC" },
        "a",
      );
      await jobs.schedule(
        "ticks",
        "every-second",
        { pattern: "* * * * * *", timezone: "UTC" },
        "b",
      );
      expect(await jobs.schedules("ticks")).toEqual(["every-second"]);
      await eventually(() => seen.includes("b"));
      expect(await jobs.unschedule("ticks", "every-second")).toBe(true);
      expect(await jobs.unschedule("ticks", "every-second")).toBe(false);
      expect(await jobs.schedules("ticks")).toEqual([]);
    });
  });
}

async function statsOf(jobs: JobsPort, queue: string): Promise<QueueStats | undefined> {
  return (await jobs.stats()).find((s) => s.queue === queue);
}
