import type { Services } from "../services.js";

/** A running role: stopped once, in the drain order the process decides. */
export interface RoleHandle {
  stop(): Promise<void>;
}

/**
 * The worker role (`newsdesk serve --role worker`, and inside `all`): the work that does not answer
 * an interaction. Today that is the digest scheduler; the job queue (issue 12) starts its workers
 * here too, so every process layout runs them through this one hook.
 */
export async function startWorker(services: Services): Promise<RoleHandle> {
  services.digestRuntime.start();
  services.feeds.start();
  services.logger.info({}, "worker started: digest scheduler and feed poller running");
  return {
    stop: async () => {
      await Promise.all([services.digestRuntime.stop(), services.feeds.poller.stop()]);
    },
  };
}
