import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FailoverProxy {
  readonly url: string;
  /** Which target answered each interaction (by its id), in target order. */
  readonly servedBy: Map<string, number>;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function forward(target: URL, method: string, headers: object, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      target,
      { method, headers: { ...headers, host: target.host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}

/**
 * A load balancer for tests: each request goes to the next target in turn; a target that refuses
 * the connection (a killed replica) is skipped for the next one, as a real balancer's health check
 * would. A request a target dropped after taking it is not sent again (a POST is not idempotent:
 * nginx and most balancers answer 502 then, and Discord does not retry an interaction). Records
 * which target answered each interaction.
 */
export async function startFailoverProxy(targets: string[]): Promise<FailoverProxy> {
  const servedBy = new Map<string, number>();
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      let id: string | undefined;
      try {
        id = (JSON.parse(body.toString()) as { id?: string }).id;
      } catch {}
      const first = next++;
      for (let i = 0; i < targets.length; i++) {
        const index = (first + i) % targets.length;
        try {
          const answer = await forward(
            new URL(req.url ?? "/", targets[index]),
            req.method ?? "GET",
            req.headers,
            body,
          );
          if (id) servedBy.set(id, index);
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
          return;
        } catch (error) {
          // Refused: the next target. Dropped after it was sent: 502, as a real balancer answers.
          if ((error as NodeJS.ErrnoException).code !== "ECONNREFUSED") break;
        }
      }
      res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    servedBy,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
