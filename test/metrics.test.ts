import { describe, expect, it } from "vitest";
import { createInProcessJobs } from "../src/jobs/in-process.js";
import { silentLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import { inlineWork } from "../src/work/threads.js";

describe("createMetrics", () => {
  it("exposes each queue's waiting jobs and oldest wait from the queue it watches", async () => {
    const metrics = createMetrics({ defaults: false });
    const jobs = createInProcessJobs({ logger: silentLogger });
    await jobs.enqueue("summaries", 1);
    await jobs.enqueue("summaries", 2);
    metrics.queues.watch(() => jobs.stats());
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsdesk_queue_jobs{queue="summaries",state="waiting"} 2');
    expect(text).toContain('newsdesk_queue_jobs{queue="summaries",state="active"} 0');
    expect(text).toMatch(/newsdesk_queue_oldest_wait_seconds\{queue="summaries"\} \d/);
    await jobs.close();
  });

  it("exposes the work threads' tasks by outcome and the tasks waiting for a thread", async () => {
    const metrics = createMetrics({ defaults: false });
    const work = inlineWork(({ task, where, outcome, seconds }) =>
      metrics.workTasks.observe({ task, where, outcome }, seconds),
    );
    metrics.watchWork(() => 2);
    await work.quotes({ paragraphs: ["“Yes,” he said."], text: "“Yes,” he said." }, "rules");
    await work.page("<html></html>", "https://x.example/", "html").catch(() => {});
    const text = await metrics.registry.metrics();
    expect(text).toMatch(
      /newsdesk_work_task_seconds_count\{task="quotes",where="inline",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /newsdesk_work_task_seconds_count\{task="page",where="inline",outcome="failed"\} 1/,
    );
    expect(text).toContain("newsdesk_work_waiting 2");
  });

  it("exposes no queue figures before a queue is watched", async () => {
    const metrics = createMetrics({ defaults: false });
    expect(await metrics.registry.metrics()).not.toContain('queue="');
  });
});
