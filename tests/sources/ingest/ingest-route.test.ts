// POST /ingest/documents over real HTTP on 127.0.0.1: signed pushes raise the alert through the
// source edge and engine; forged, tampered, stale, replayed or unsigned ones change nothing.
import { afterEach, describe, expect, it } from "vitest";
import { toReplayJson } from "../../../src/alerts/render/replay-json.js";
import { HttpServer } from "../../../src/bot/http/http-server.js";
import { startPlatforms } from "../../../src/app/platforms.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { documentIngester } from "../../../src/sources/ingest/ingest-documents.js";
import { INGEST_PATH, ingestRoute } from "../../../src/sources/ingest/ingest-route.js";
import { documentKey } from "../../../src/sources/ingest/pushed-documents.js";
import { signBody } from "../../../src/sources/ingest/signature.js";
import { ANALYST, JASSY, NOW, NOW_S, SECRET, ingestDesk, type IngestDesk } from "./ingest-helpers.js";

let server: HttpServer | undefined;
let stopPlatforms: (() => Promise<void>) | undefined;
afterEach(async () => {
  await server?.close();
  await stopPlatforms?.();
  server = undefined;
  stopPlatforms = undefined;
});

async function serve(): Promise<IngestDesk & { url: string }> {
  const desk = await ingestDesk();
  server = new HttpServer();
  server.route("POST", INGEST_PATH, ingestRoute({ secret: SECRET, ingest: documentIngester(desk), now: () => NOW }));
  const port = await server.listen(0, "127.0.0.1");
  return { ...desk, url: `http://127.0.0.1:${port}${INGEST_PATH}` };
}

function signed(body: string, options: { secret?: string; ts?: number } = {}): Record<string, string> {
  const ts = options.ts ?? NOW_S;
  return { "content-type": "application/json", "x-capwatch-timestamp": String(ts), "x-capwatch-signature": signBody(options.secret ?? SECRET, ts, body) };
}

function post(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: "POST", body, headers });
}

const ALERT = {
  channel: "#markets",
  kind: "capex_guidance",
  ticker: "AMZN",
  ts: "2026-02-05T21:40:00.000Z",
  period: "FY2026",
  value: 200e9,
  basis: "consensus",
  surprisePct: 36.43,
  provenance: {
    kind: "transcript",
    url: "https://example.com/amzn-q4-2025-call",
    speaker: { name: "Andy Jassy", role: "President and CEO" },
    voice: "company",
    said: "in Amazon's Q4 call, Andy Jassy (CEO)",
  },
};

/** Nothing of a refused push is anywhere: no guidance, no alert, and its key was never taken. */
async function expectUnchanged(desk: IngestDesk): Promise<void> {
  await desk.settle();
  expect(await desk.store.guidanceFor("AMZN")).toEqual([]);
  expect(await desk.store.recentAlerts(null, 10)).toEqual([]);
  expect(desk.delivered).toEqual([]);
  expect([...(await desk.store.claimDocuments([{ key: documentKey(JASSY), ticker: "AMZN" }]))]).toEqual([documentKey(JASSY)]);
}

describe("POST /ingest/documents", () => {
  it("GIVEN a signed call transcript THEN 202 {accepted: 1} and Jassy's $200B raises the capex_guidance alert with its provenance", async () => {
    const desk = await serve();
    const body = JSON.stringify(JASSY);
    const res = await post(desk.url, body, signed(body));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0 });
    await desk.settle();
    expect(desk.delivered.map(toReplayJson)).toEqual([expect.objectContaining(ALERT)]);
    expect(await desk.store.guidanceFor("AMZN")).toEqual([expect.objectContaining({ period: "FY2026", speakerName: "Andy Jassy", documentKind: "transcript" })]);
  });

  it("GIVEN a signed array THEN every document is taken in order: the analyst's question raises nothing, Jassy's answer does", async () => {
    const desk = await serve();
    const body = JSON.stringify([ANALYST, JASSY]);
    const res = await post(desk.url, body, { ...signed(body), "content-type": "application/json; charset=utf-8" });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0 });
    await desk.settle();
    expect(desk.delivered.map(toReplayJson)).toEqual([expect.objectContaining(ALERT)]);
  });

  it("GIVEN the same document pushed twice, and twice in one array THEN one alert; the repeats are counted as duplicates", async () => {
    const desk = await serve();
    const once = JSON.stringify(JASSY);
    expect(await (await post(desk.url, once, signed(once))).json()).toEqual({ accepted: 1, duplicates: 0 });
    const again = JSON.stringify([JASSY, { ...JASSY, ts: "2026-02-05T21:41:00Z" }]);
    const res = await post(desk.url, again, signed(again, { ts: NOW_S + 1 }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 0, duplicates: 2 });
    const noUrl = { ...ANALYST, text: JASSY.text };
    const twice = JSON.stringify([noUrl, noUrl]);
    expect(await (await post(desk.url, twice, signed(twice, { ts: NOW_S + 2 }))).json()).toEqual({ accepted: 1, duplicates: 1 });
    await desk.settle();
    expect(desk.delivered.map((a) => a.kind)).toEqual(["capex_guidance"]);
  });

  it.each([
    ["a forged signature (another secret)", (body: string) => ({ body, headers: signed(body, { secret: "someone-elses-secret-value" }) })],
    ["a tampered body", (body: string) => ({ body: body.replace("$200 billion", "$900 billion"), headers: signed(body) })],
    ["a stale timestamp (5 minutes and 1 second old)", (body: string) => ({ body, headers: signed(body, { ts: NOW_S - 301 }) })],
    ["a future timestamp (5 minutes and 1 second ahead)", (body: string) => ({ body, headers: signed(body, { ts: NOW_S + 301 }) })],
    ["no headers", (body: string) => ({ body, headers: { "content-type": "application/json" } })],
    ["no signature", (body: string) => ({ body, headers: { "content-type": "application/json", "x-capwatch-timestamp": String(NOW_S) } })],
    ["no timestamp", (body: string) => ({ body, headers: { "content-type": "application/json", "x-capwatch-signature": signed(body)["x-capwatch-signature"] as string } })],
    ["a signature that is not sha256=<hex>", (body: string) => ({ body, headers: { ...signed(body), "x-capwatch-signature": "sha256=abc" } })],
  ])("GIVEN %s THEN 401 and nothing changes", async (_name, make) => {
    const desk = await serve();
    const { body, headers } = make(JSON.stringify(JASSY));
    const res = await post(desk.url, body, headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: expect.any(String) });
    await expectUnchanged(desk);
  });

  it("GIVEN a signed request sent again within the window THEN the replay is refused with 401", async () => {
    const desk = await serve();
    const body = JSON.stringify(ANALYST);
    const headers = signed(body);
    expect((await post(desk.url, body, headers)).status).toBe(202);
    const replay = await post(desk.url, body, headers);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({ error: expect.stringMatching(/already used/) });
  });

  it("GIVEN a bad field in the third document THEN 400 naming documents[2].ticker, and none of the three is taken", async () => {
    const desk = await serve();
    const body = JSON.stringify([{ ...ANALYST }, { ...JASSY }, { ...JASSY, url: "https://example.com/other", ticker: "amzn" }]);
    const res = await post(desk.url, body, signed(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "documents[2].ticker: must be an upper-case symbol like MSFT or BRK.B" });
    await expectUnchanged(desk);
  });

  it.each([
    [{ ...JASSY, text: undefined }, "document.text: is required"],
    [{ ...JASSY, type: "quote" }, 'document.type: must be "document"'],
    [{ ...JASSY, ts: "yesterday" }, "document.ts: must be ISO-8601 with Z or an offset, like 2026-01-29T14:30:00Z"],
    [{ ...JASSY, kind: "podcast" }, expect.stringMatching(/^document\.kind: /)],
    [[], "documents: must hold at least one document"],
    ["not json", "body: not valid JSON"],
  ])("GIVEN a body %# with a bad field THEN 400 naming it", async (value, error) => {
    const desk = await serve();
    const body = value === "not json" ? "{not json" : JSON.stringify(value);
    const res = await post(desk.url, body, signed(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error });
  });

  it("GIVEN 101 documents, or a body over 5 MB THEN 413 and nothing changes", async () => {
    const desk = await serve();
    const many = JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ ...JASSY, url: `https://example.com/${i}` })));
    const res = await post(desk.url, many, signed(many));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "documents: at most 100 documents per request (got 101)" });
    const big = JSON.stringify({ ...JASSY, text: `${JASSY.text}\n${"x".repeat(5 * 1024 * 1024)}` });
    const tooBig = await post(desk.url, big, signed(big, { ts: NOW_S + 1 }));
    expect(tooBig.status).toBe(413);
    await expectUnchanged(desk);
  });

  it("GIVEN a content type that is not JSON THEN 415", async () => {
    const desk = await serve();
    const body = JSON.stringify(JASSY);
    const res = await post(desk.url, body, { ...signed(body), "content-type": "text/plain" });
    expect(res.status).toBe(415);
    await expectUnchanged(desk);
  });
});

describe("the endpoint on the one HTTP server", () => {
  const deskOf = (d: IngestDesk): Desk => ({ engine: d.engine, store: d.store, dataNow: () => NOW, wallNow: () => new Date(NOW), source: "test", deliveryState: () => "delivering" });

  it("GIVEN CAPWATCH_INGEST_SECRET configured THEN startPlatforms serves POST /ingest/documents on its port", async () => {
    const desk = await ingestDesk();
    const platforms = await startPlatforms({ ingest: { secret: SECRET, port: 0 } }, deskOf(desk), () => undefined);
    stopPlatforms = platforms.stop;
    expect(platforms.ingest).toBe(true);
    // The real clock here: sign with the current time.
    const body = JSON.stringify(ANALYST);
    const ts = Math.floor(Date.now() / 1000);
    const res = await post(`http://127.0.0.1:${platforms.port}${INGEST_PATH}`, body, { ...signed(body, { ts }) });
    expect(res.status).toBe(202);
  });

  it("GIVEN no secret THEN nothing is mounted: no server for ingest alone, and a 404 beside other routes", async () => {
    const desk = await ingestDesk();
    const platforms = await startPlatforms({}, deskOf(desk), () => undefined);
    stopPlatforms = platforms.stop;
    expect(platforms).toMatchObject({ ingest: false, port: undefined });
    server = new HttpServer();
    server.route("POST", "/slack/events", (_req, res) => void res.writeHead(200).end());
    const port = await server.listen(0, "127.0.0.1");
    const body = JSON.stringify(JASSY);
    expect((await post(`http://127.0.0.1:${port}${INGEST_PATH}`, body, signed(body))).status).toBe(404);
  });
});
