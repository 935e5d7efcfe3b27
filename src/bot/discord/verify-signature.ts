// Discord's HTTP interaction signatures: Ed25519 over `timestamp + body` with the application's
// public key (Node's crypto, no extra package), and a timestamp no older than 5 minutes.
import { createPublicKey, verify, type KeyObject } from "node:crypto";

export const MAX_SIGNATURE_AGE_S = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(hex, "hex").toString("base64url") }, format: "jwk" });
}

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

export function verifyDiscordSignature(key: KeyObject, request: SignedRequest, nowMs: number = Date.now()): SignatureCheck {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "missing_headers" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return { ok: false, reason: "stale_timestamp" };
  try {
    const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    return verify(null, signed, key, Buffer.from(signature, "hex")) ? { ok: true } : { ok: false, reason: "bad_signature" };
  } catch {
    return { ok: false, reason: "bad_signature" };
  }
}
