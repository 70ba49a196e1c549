import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** How far a request's timestamp may be from our clock before it counts as a replay. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

/** The application's public key (64 hex digits, as the developer portal shows it) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error("An Ed25519 public key is 64 hex digits.");
  }
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing-headers" | "malformed-signature" | "stale" | "bad-signature" };

/**
 * Discord's request signing: `X-Signature-Ed25519` (hex) over `X-Signature-Timestamp` + the raw
 * body. A timestamp more than five minutes from `nowMs` is refused even with a good signature, so a
 * captured request cannot be replayed later.
 */
export function checkSignature(
  key: KeyObject,
  input: {
    signature: string | undefined;
    timestamp: string | undefined;
    body: Buffer;
    nowMs: number;
  },
): SignatureCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp) return { ok: false, reason: "missing-headers" };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: "malformed-signature" };
  }
  // The cheap check first: a stale request costs no signature verification.
  if (Math.abs(input.nowMs / 1000 - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return { ok: false, reason: "stale" };
  }
  const valid = verify(
    null,
    Buffer.concat([Buffer.from(timestamp, "utf8"), input.body]),
    key,
    Buffer.from(signature, "hex"),
  );
  return valid ? { ok: true } : { ok: false, reason: "bad-signature" };
}
