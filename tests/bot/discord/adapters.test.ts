// Discord's pure pieces: the Ed25519 signature of HTTP interactions, and fitting an embed to
// Discord's limits instead of being refused with a 400.
import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMBED_LIMITS, fitEmbed, totalSize } from "../../../src/bot/discord/embed-limits.js";
import { publicKeyFromHex, verifyDiscordSignature } from "../../../src/bot/discord/verify-signature.js";

describe("verifyDiscordSignature", () => {
  const pair = generateKeyPairSync("ed25519");
  const key = publicKeyFromHex(Buffer.from(pair.publicKey.export({ format: "jwk" }).x as string, "base64url").toString("hex"));
  const now = Date.parse("2026-02-05T21:00:00Z");
  const ts = String(now / 1000);
  const body = Buffer.from('{"type":1}');
  const signature = sign(null, Buffer.concat([Buffer.from(ts), body]), pair.privateKey).toString("hex");

  it("GIVEN a request signed with the key, on time THEN ok", () => {
    expect(verifyDiscordSignature(key, { signature, timestamp: ts, body }, now)).toEqual({ ok: true });
  });

  it("GIVEN a changed body, a stale or future timestamp, or missing headers THEN refused with the reason", () => {
    expect(verifyDiscordSignature(key, { signature, timestamp: ts, body: Buffer.from('{"type":2}') }, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyDiscordSignature(key, { signature, timestamp: ts, body }, now + 301_000)).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(verifyDiscordSignature(key, { signature, timestamp: ts, body }, now - 301_000)).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(verifyDiscordSignature(key, { signature: undefined, timestamp: ts, body }, now)).toEqual({ ok: false, reason: "missing_headers" });
    expect(verifyDiscordSignature(key, { signature: "zz", timestamp: ts, body }, now)).toEqual({ ok: false, reason: "missing_headers" });
  });
});

describe("fitEmbed", () => {
  it("GIVEN an embed within the limits THEN unchanged", () => {
    const embed = { title: "MSFT", description: "down", fields: [{ name: "a", value: "b" }] };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it("GIVEN a title, 30 fields and a description over the limits THEN cut to fit, saying what was left out", () => {
    const embed = fitEmbed({
      title: "t".repeat(300),
      description: Array.from({ length: 2000 }, (_, i) => `line ${i}`).join("\n"),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: "v".repeat(200) })),
    });
    expect(embed.title).toHaveLength(EMBED_LIMITS.title);
    expect(embed.title?.endsWith("…")).toBe(true);
    expect(embed.fields?.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    expect(embed.fields?.at(-1)?.value).toMatch(/^…and \d+ more$/);
    expect(embed.description?.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(totalSize(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });
});
