import type { IncomingMessage, ServerResponse } from "node:http";
import { DiscordErrors, DiscordHttpError, parseBody, readBody } from "./http.js";
import type { EmulatorModel } from "./model.js";
import type { RecordedRequest, RestFault, RestMatch } from "./types.js";

/**
 * The emulator's REST router: resource modules register their routes on a `RouteTable`
 * (see routes.ts), and `handleRequest` records each request, applies queued faults, checks the
 * bot token and answers with the route's result or Discord's error JSON.
 */

export interface RouteContext {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: Array<{ field: string; filename: string; contentType: string; size: number }>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

interface Route {
  method: string;
  template: string;
  segments: string[];
  auth: boolean;
  handle: RouteHandler;
}

/** A route template is the path after `/api/v10` with `:name` parameters: "/channels/:channelId". */
export class RouteTable {
  readonly #routes: Route[] = [];

  /** Registers a route; `auth` requires `Authorization: Bot <token>`. Earlier routes win ties. */
  add(method: string, template: string, auth: boolean, handle: RouteHandler): void {
    this.#routes.push({
      method,
      template,
      segments: template.split("/").filter((s) => s.length > 0),
      auth,
      handle,
    });
  }

  find(
    method: string,
    segments: string[],
  ): { route: Route; params: Record<string, string> } | "method" | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchRoute(segments, route);
      if (params === null) continue;
      // Literal segments win over parameters ("/users/@me" before "/users/:userId").
      if (route.method === method) return { route, params };
      pathMatched = true;
    }
    return pathMatched ? "method" : undefined;
  }
}

function matchRoute(segments: string[], route: Route): Record<string, string> | null {
  if (segments.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const pattern = route.segments[i] ?? "";
    const actual = segments[i] ?? "";
    if (pattern.startsWith(":")) params[pattern.slice(1)] = actual;
    else if (pattern !== actual) return null;
  }
  return params;
}

interface PendingFault {
  match: RestMatch;
  fault: RestFault;
  remaining: number;
}

/** REST faults queued by `faults.nextRest`, taken by the requests they match. */
export class FaultQueue {
  readonly #pending: PendingFault[] = [];

  push(match: RestMatch, fault: RestFault, times: number): void {
    this.#pending.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.#pending.length = 0;
  }

  take(method: string, path: string, route: string): RestFault | undefined {
    const index = this.#pending.findIndex((pending) => {
      if (pending.remaining <= 0) return false;
      const { match } = pending;
      if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
      if (match.route === undefined) return true;
      if (typeof match.route === "string") return match.route === route || match.route === path;
      return match.route.test(path) || match.route.test(route);
    });
    const pending = this.#pending[index];
    if (pending === undefined) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.#pending.splice(index, 1);
    return pending.fault;
  }
}

const API_PREFIX = "/api/v10";

type Send = (status: number, body: unknown, extraHeaders?: Record<string, string>) => void;

export async function handleRequest(
  model: EmulatorModel,
  routes: RouteTable,
  faults: FaultQueue,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator");
  const method = (req.method ?? "GET").toUpperCase();
  const raw = await readBody(req);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  const isApi = url.pathname.startsWith(API_PREFIX);
  const rawPath = isApi ? url.pathname.slice(API_PREFIX.length) : url.pathname;
  const segments = rawPath
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const path = `/${segments.join("/")}`;
  const found = isApi ? routes.find(method, segments) : undefined;
  const routeTemplate = typeof found === "object" ? found.route.template : path;
  const record: RecordedRequest = {
    method,
    path,
    route: routeTemplate,
    query: Object.fromEntries(url.searchParams),
    body: undefined,
    headers,
    at: model.now(),
    status: 0,
  };
  model.requests.push(record);
  const send: Send = (status, body, extraHeaders = {}) => {
    record.status = status;
    if (body !== undefined) record.response = body;
    model.emit("request", record);
    if (status === 204 || body === undefined) {
      res.writeHead(status, extraHeaders);
      res.end();
      return;
    }
    res.writeHead(status, { "content-type": "application/json", ...extraHeaders });
    res.end(JSON.stringify(body));
  };
  try {
    const parsed = parseBody(raw, req.headers["content-type"]);
    record.body = parsed.json;
    const fault = faults.take(method, path, routeTemplate);
    if (fault !== undefined && (await applyFault(model, fault, send))) return;
    if (found === undefined) throw DiscordErrors.notFound();
    if (found === "method") throw DiscordErrors.methodNotAllowed();
    if (found.route.auth && headers.authorization !== `Bot ${model.token}`)
      throw DiscordErrors.unauthorized();
    const pending = found.params.token ? model.interactions.get(found.params.token) : undefined;
    if (pending?.delivery) await pending.delivery;
    const result = await found.route.handle({
      method,
      params: found.params,
      query: url.searchParams,
      body: parsed.json,
      files: parsed.files,
    });
    send(result.status, result.body);
  } catch (error) {
    if (error instanceof DiscordHttpError) {
      send(error.status, error.body);
      return;
    }
    throw error;
  }
}

/** Applies a queued fault: true when it answered the request (429), throws Discord's error for
 *  403/404/5xx, and returns false after a delay (the request then proceeds). */
async function applyFault(model: EmulatorModel, fault: RestFault, send: Send): Promise<boolean> {
  if ("delayMs" in fault) {
    await hold(model, fault.delayMs);
    return false;
  }
  if (fault.status === 429) {
    const seconds = fault.retryAfter.toString();
    send(
      429,
      {
        message: "You are being rate limited.",
        retry_after: fault.retryAfter,
        global: fault.global === true,
        code: 0,
      },
      {
        "retry-after": seconds,
        "x-ratelimit-limit": "1",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": seconds,
        "x-ratelimit-reset": ((model.now() + fault.retryAfter * 1000) / 1000).toFixed(3),
        "x-ratelimit-bucket": "emulator-fault",
        "x-ratelimit-scope": fault.global === true ? "global" : "user",
        ...(fault.global === true ? { "x-ratelimit-global": "true" } : {}),
      },
    );
    return true;
  }
  if (fault.status === 403) throw DiscordErrors.missingPermissions();
  if (fault.status === 404) throw DiscordErrors.notFound();
  throw DiscordErrors.serverError(fault.status);
}

/** Holds a request for `ms`, or until the emulator closes and lets every held request go. */
function hold(model: EmulatorModel, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      model.held.delete(release);
      resolve();
    };
    const timer = setTimeout(release, ms);
    model.held.add(release);
  });
}
