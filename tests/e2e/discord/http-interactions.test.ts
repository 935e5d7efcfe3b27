// POST /discord/interactions on the one HTTP server: Ed25519-signed requests answered, forged or
// stale ones refused with 401.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeDesk } from "../../helpers/desk.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { ADMIN_PERMISSIONS, GUILD, group, interactionPayload, str, sub } from "../../fakes/discord/interactions.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { pngSize } from "../../helpers/png.js";

let fake: FakeDiscord;
let harness: Harness;
let privateKey: KeyObject;
let desk: Desk;

beforeAll(async () => {
  const pair = generateKeyPairSync("ed25519");
  privateKey = pair.privateKey;
  const publicKey = (pair.publicKey.export({ format: "jwk" }).x as string);
  fake = await new FakeDiscord([GUILD]).start();
  desk = (await episodeDesk()).desk;
  harness = await startAgainstFake(fake, desk, { publicKey: Buffer.from(publicKey, "base64url").toString("hex") });
});

afterAll(async () => {
  await harness?.stop();
  await fake?.close();
});

function post(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`http://127.0.0.1:${harness.httpPort}/discord/interactions`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}

function signed(body: string, key = privateKey, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const ts = String(timestamp);
  return { "x-signature-ed25519": sign(null, Buffer.from(ts + body), key).toString("hex"), "x-signature-timestamp": ts };
}

describe("GIVEN DISCORD_PUBLIC_KEY is set", () => {
  it("THEN a signed PING is answered with type 1", async () => {
    const body = JSON.stringify({ type: 1, id: "1", token: "t", application_id: "1", version: 1 });
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ type: 1 });
  });

  it("THEN a signed /capwatch quote is answered in the response, ephemeral, with no mentions", async () => {
    const body = JSON.stringify(interactionPayload({ options: [sub("quote", [str("tickers", "MSFT")])] }));
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { type: number; data: { flags: number; allowed_mentions: unknown; embeds: Array<{ title: string }> } };
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(answer.data.embeds[0]?.title).toBe("MSFT · Microsoft");
  });

  it("THEN a signed private capex-compare is answered in the response, then its chart follows through the interaction webhook as a private PNG attachment", async () => {
    const payload = interactionPayload({ options: [sub("capex-compare", [str("tickers", "GOOGL AMZN META")])] });
    const body = JSON.stringify(payload);
    const res = await post(body, signed(body));
    const answer = (await res.json()) as { type: number; data: { flags: number; embeds: Array<{ title: string }> } };
    expect(answer.data.embeds[0]?.title).toBe("Capex compared: GOOGL AMZN META");
    expect(answer.data.flags).toBe(64);
    const followUp = await fake.waitFor(() => fake.find("POST", /^\/webhooks\//).find((r) => r.path.endsWith(`/${payload.token}`)));
    expect(followUp.headers.authorization).toBeUndefined();
    expect((followUp.body as { flags: number }).flags).toBe(64);
    const [file] = followUp.files ?? [];
    expect(file?.name).toMatch(/^capex-GOOGL-AMZN-META-2026-02-1\d\.png$/);
    expect(pngSize(file!.bytes)).toEqual({ width: 800, height: 400 });
  });

  it("THEN a request signed with another key, a tampered body or a stale timestamp gets 401", async () => {
    const body = JSON.stringify({ type: 1 });
    const forger = generateKeyPairSync("ed25519").privateKey;
    expect((await post(body, signed(body, forger))).status).toBe(401);
    expect((await post(JSON.stringify({ type: 2 }), signed(body))).status).toBe(401);
    expect((await post(body, signed(body, privateKey, Math.floor(Date.now() / 1000) - 3600))).status).toBe(401);
    expect((await post(body, {})).status).toBe(401);
  });

  it("THEN a captured admin command sent again inside its five minutes gets 401 and ran once", async () => {
    const body = JSON.stringify(interactionPayload({ options: [group("watch", sub("add", [str("tickers", "ORCL")]))], permissions: ADMIN_PERMISSIONS, channelId: "1300000000000000077" }));
    const headers = signed(body);
    const first = await post(body, headers);
    expect(first.status).toBe(200);
    expect(JSON.stringify(await first.json())).toContain("Watchlist extended");
    const copy = await post(body, headers);
    expect(copy.status).toBe(401);
    expect(await copy.json()).toEqual({ error: "invalid request signature (replayed)" });
    expect((await desk.store.recentAudit("1300000000000000077", 10)).map((e) => e.action)).toEqual(["watch add"]);
  });
});
