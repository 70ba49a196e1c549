import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";

/** One readiness check: null when fine, else the reason, said plainly. */
export type ReadinessCheck = () => Promise<string | null>;

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  metrics: Metrics;
  /** Every check must pass for `/readyz` to say 200. */
  readiness: ReadinessCheck[];
  /** `POST /interactions`; absent: the route answers 404 (ops endpoints only). */
  interactions?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

export interface HttpServer {
  readonly url: string;
  readonly port: number;
  /** `/readyz` answers 503 from now on ("draining"); everything else still works. */
  startDraining(): void;
  readonly draining: boolean;
  /** Stops accepting connections, waits for requests in flight up to `timeoutMs`, then closes. */
  close(timeoutMs: number): Promise<void>;
}

const READINESS_TIMEOUT_MS = 1_000;

function withTimeout(check: ReadinessCheck): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    check().catch((error: unknown) => (error instanceof Error ? error.message : String(error))),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve("readiness check timed out"), READINESS_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

function text(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

/**
 * The process's HTTP server: `POST /interactions` (src/http/interactions.ts) when the role serves
 * interactions, and the ops endpoints for every role: `/healthz` (the process answers), `/readyz`
 * (every readiness check passes and the process is not draining; 503 with the reasons otherwise)
 * and `/metrics` (Prometheus text).
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger, metrics } = options;
  let draining = false;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/interactions" && options.interactions) {
      if (req.method !== "POST") return text(res, 405, "method not allowed\n");
      return options.interactions(req, res);
    }
    if (req.method !== "GET" && req.method !== "HEAD")
      return text(res, 405, "method not allowed\n");
    if (path === "/healthz") return text(res, 200, "ok\n");
    if (path === "/readyz") {
      const reasons = draining
        ? ["draining: shutting down"]
        : (await Promise.all(options.readiness.map(withTimeout))).filter((r) => r !== null);
      return reasons.length === 0
        ? text(res, 200, "ready\n")
        : text(res, 503, `not ready: ${reasons.join("; ")}\n`);
    }
    if (path === "/metrics") {
      return text(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
    }
    return text(res, 404, "not found\n");
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, "HTTP request failed");
      if (!res.headersSent) text(res, 500, "internal error\n");
      else res.destroy();
    });
  });
  // Slow-loris and idle connections: a request must arrive whole within 10 s.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
    close(timeoutMs) {
      closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
