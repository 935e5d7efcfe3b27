// watch add refuses a ticker nobody knows, with the closest known ones. In a replay "known" is
// the store's companies; live, what the providers know too (real clients over local HTTP).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Desk } from "../../../src/bot/commands/context.js";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import { renderReplyText } from "../../../src/bot/replies/text-renderer.js";
import { nearestTickers } from "../../../src/bot/commands/handlers/known-tickers.js";
import { createLiveSources } from "../../../src/sources/live/live-sources.js";
import { ADMIN, episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";
import { fixture, startFakeServer, type FakeServer } from "../../sources/live/helpers/fake-provider-server.js";
import { FAST, testConfig, testEnv } from "../../sources/live/helpers/test-policy.js";

const FRESH = { ...ADMIN, channel: "#fresh" };
let d: EpisodeDesk;
let server: FakeServer | undefined;
beforeEach(async () => {
  d = await episodeDesk();
});
afterEach(async () => server?.close());

describe("nearestTickers", () => {
  it("GIVEN typos THEN the nearest known tickers, nearest first; nothing for a symbol far from all", () => {
    const known = ["AAPL", "AMZN", "GOOGL", "META", "MSFT", "NVDA", "ORCL", "TSLA"];
    expect(nearestTickers("MSTF", known)).toEqual(["MSFT"]);
    expect(nearestTickers("GOOG", known)).toEqual(["GOOGL"]);
    expect(nearestTickers("AMZ", known)).toEqual(["AMZN"]);
    expect(nearestTickers("ZZZZ", known)).toEqual([]);
  });
});

describe("watch add in a replay: known means the store's companies", () => {
  it("GIVEN watch add ZZZZ THEN refused, nothing changed, and the reply lists the known tickers", async () => {
    const r = await d.ask("watch add ZZZZ", FRESH);
    expect(r).toMatchObject({ tone: "error", title: "Unknown ticker" });
    expect(r.text).toBe("ZZZZ is not a ticker capwatch knows. Known here: AAPL, AMZN, GOOGL, META, MSFT, NVDA, ORCL, TSLA. Known means in the store's companies. Nothing was changed.");
    expect(d.desk.engine.routing.watchlistOf("#fresh")).toBeUndefined();
    expect(await d.desk.store.recentAudit("#fresh", 5)).toEqual([]);
  });

  it("GIVEN watch add MSTF NVDA THEN refused as a whole with 'did you mean MSFT?'", async () => {
    const r = await d.ask("watch add MSTF NVDA", FRESH);
    expect(r.text).toMatch(/^MSTF is not a ticker capwatch knows\. Did you mean MSFT\?/);
    expect(d.desk.engine.routing.watchlistOf("#fresh")).toBeUndefined();
  });

  it("GIVEN watch add of known tickers THEN accepted as before", async () => {
    expect((await d.ask("watch add NVDA META", FRESH)).tone).toBe("success");
  });
});

const ask = async (text: string, desk: Desk) => answerCommand(text, FRESH, desk);

describe("watch add live: what the providers know is accepted too", () => {
  async function liveDesk(routes: Parameters<typeof startFakeServer>[0]) {
    server = await startFakeServer(routes);
    const sources = createLiveSources({ config: testConfig(server.url, { finnhubApiKey: "k" }), log: () => undefined, env: testEnv(), tuning: FAST });
    return { ...d.desk, tickers: sources.tickers };
  }

  it("GIVEN SEC lists WMT (not in the store) THEN accepted; ZZZZ refused; WMTT gets 'did you mean WMT?' from SEC's list", async () => {
    const desk = await liveDesk({ "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") }, "/finnhub/quote": { body: '{"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}' } });
    expect((await ask("watch add WMT", desk)).tone).toBe("success");
    const refused = await ask("watch add WMTT", desk);
    expect(refused.tone).toBe("error");
    expect(refused.text).toContain("WMTT is not a ticker capwatch knows. Did you mean WMT");
    expect(refused.text).toContain("Known means in the store's companies, SEC EDGAR's company list or finnhub's quotes.");
  });

  it("GIVEN the providers down THEN the ticker is accepted with a note that it could not be checked", async () => {
    const desk = await liveDesk({ "/files/company_tickers.json": { status: 503, body: "down" }, "/finnhub/quote": { status: 503, body: "down" } });
    const r = await ask("watch add ABCD", desk);
    expect(r.tone).toBe("success");
    expect(r.text).toContain("The data providers did not answer, so ABCD could not be checked; watch remove undoes a typo.");
  });
});

describe("data as of on every lookup, within 80 columns", () => {
  it.each(["quote MSFT", "quote ZZZZ", "capex NVDA", "capex ORCL", "earnings MSFT", "earnings ZZZZ", "earnings next", "movers", "consensus list AMZN", "alerts 3", "alerts ZZZZ"])(
    "GIVEN %s THEN a 'data as of' line, and no line of the terminal's text over 80 columns",
    async (command) => {
      const long = { ...d.desk, source: "replay of /home/someone/a/rather/long/path/to/the/team's/own/back-test/episode-2026.jsonl" };
      const r = await d.ask(command, FRESH);
      expect(r.rendered).toMatch(/data as of \w{3}, \w{3} \d+, \d{4}, \d\d:\d\d ET/);
      const rendered = renderReplyText(await answerCommand(command, FRESH, long));
      expect(rendered).toContain("\n  data as of ");
      for (const line of rendered.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    },
  );
});
