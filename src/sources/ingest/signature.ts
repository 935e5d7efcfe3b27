// Signed pushes: `X-Capwatch-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with
// the shared secret, `X-Capwatch-Timestamp` in Unix seconds within five minutes of our clock, and
// each signature good once. Pure but for the remembered signatures; the clock is passed in.
import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a request's timestamp may be from our clock, either way. */
export const MAX_SKEW_S = 300;

export const TIMESTAMP_HEADER = "x-capwatch-timestamp";
export const SIGNATURE_HEADER = "x-capwatch-signature";

/** The header value for `body` sent at `timestamp` (Unix seconds). */
export function signBody(secret: string, timestamp: number | string, body: Buffer | string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")}`;
}

export type SignatureCheck = { ok: true; signature: string } | { ok: false; reason: string };

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
}

/** Whether the request is signed with `secret` at a time within MAX_SKEW_S of `nowMs`. */
export function checkSignature(secret: string, request: SignedRequest, nowMs: number): SignatureCheck {
  const { timestamp, signature, body } = request;
  if (timestamp === undefined || signature === undefined) return { ok: false, reason: "missing X-Capwatch-Timestamp or X-Capwatch-Signature" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "X-Capwatch-Timestamp must be Unix seconds" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_S) return { ok: false, reason: `X-Capwatch-Timestamp is more than ${MAX_SKEW_S / 60} minutes from our clock` };
  const given = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  if (given === null) return { ok: false, reason: "X-Capwatch-Signature must be sha256=<64 hex digits>" };
  const expected = Buffer.from(signBody(secret, timestamp, body).slice("sha256=".length), "hex");
  const actual = Buffer.from((given[1] as string).toLowerCase(), "hex");
  // Both are 32 bytes here; timingSafeEqual compares without an early exit.
  if (!timingSafeEqual(expected, actual)) return { ok: false, reason: "signature does not match" };
  return { ok: true, signature: actual.toString("hex") };
}

/**
 * Signatures already used, kept while a replay of them could still pass the timestamp check.
 * One instance per process: across instances a replay can only repeat documents, which are
 * idempotent by key anyway.
 */
export class UsedSignatures {
  private readonly expiries = new Map<string, number>();

  /** Records `signature` (of a request stamped `timestampS`); false when it was used before. */
  use(signature: string, timestampS: number, nowMs: number): boolean {
    for (const [sig, expiry] of this.expiries) if (expiry < nowMs) this.expiries.delete(sig);
    if (this.expiries.has(signature)) return false;
    this.expiries.set(signature, (timestampS + MAX_SKEW_S) * 1000 + 1000);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }
}
