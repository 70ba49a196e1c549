import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/**
 * Discord's side of HTTP interactions: an Ed25519 key pair per application, signed POSTs to the
 * application's "Interactions Endpoint URL", the 3-second deadline, and the endpoint check Discord
 * runs when the URL is saved (a signed PING must get PONG, a badly signed one must get 401).
 */
export interface ApplicationKeys {
  /** The public key as the developer portal shows it: 64 hex digits. */
  readonly publicKey: string;
  /** Signs `timestamp + body` as Discord does; the signature is 128 hex digits. */
  sign(timestamp: string, body: string): string;
}

export function createApplicationKeys(): ApplicationKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  return {
    publicKey: der.subarray(der.length - 32).toString("hex"),
    sign: (timestamp, body) => signWith(privateKey, timestamp, body),
  };
}

function signWith(key: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body, "utf8"), key).toString("hex");
}

export type DeliveryResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number; reason: string };

/** POSTs one signed interaction; fails (never throws) on timeout, network error, non-2xx or bad JSON. */
export async function deliverInteraction(input: {
  url: string;
  keys: ApplicationKeys;
  payload: unknown;
  nowMs: number;
  timeoutMs: number;
  /** Send a signature that does not match (the endpoint check Discord runs). */
  badSignature?: boolean;
}): Promise<DeliveryResult> {
  const body = JSON.stringify(input.payload);
  const timestamp = String(Math.floor(input.nowMs / 1000));
  let signature = input.keys.sign(timestamp, body);
  if (input.badSignature) signature = input.keys.sign(timestamp, `${body} `);
  try {
    const response = await fetch(input.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
        "x-signature-ed25519": signature,
        "x-signature-timestamp": timestamp,
      },
      body,
      signal: AbortSignal.timeout(input.timeoutMs),
    });
    const text = await response.text();
    if (!response.ok)
      return { ok: false, status: response.status, reason: `HTTP ${response.status}` };
    try {
      return { ok: true, status: response.status, body: JSON.parse(text) };
    } catch {
      return { ok: false, status: response.status, reason: "the response was not JSON" };
    }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      ok: false,
      status: 0,
      reason: timedOut
        ? `no response within ${input.timeoutMs} ms`
        : `request failed: ${(error as Error).message}`,
    };
  }
}
