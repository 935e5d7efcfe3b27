import { beforeEach, describe, expect, it } from "vitest";
import { sourceEdge } from "../../../src/sources/documents/read-document.js";
import { ADMIN, MEMBER, episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";

let d: EpisodeDesk;
beforeEach(async () => {
  d = await episodeDesk();
});

/** A quote one second after the episode's last event. */
const later = (d: EpisodeDesk, seconds: number) => (d.desk.dataNow() as number) + seconds * 1000;

describe("a refused non-admin changes nothing", () => {
  it.each([
    ["watch add IBM"],
    ["watch remove MSFT"],
    ["thresholds set mcap-pct 1"],
    ["kinds disable mcap_drop"],
    ["consensus set ORCL capex FY2026 50B"],
    ["feeds add AMZN https://ir.aboutamazon.com/rss/news-releases.xml"],
    ["feeds remove AMZN https://ir.aboutamazon.com/rss/news-releases.xml"],
    ["mute MSFT 2h"],
    ["unmute MSFT"],
    ["audit"],
  ])("GIVEN a member runs %s THEN a refusal, and the watchlist and audit log are unchanged", async (command) => {
    const before = (await d.ask("watch list")).fields;
    const r = await d.ask(command, MEMBER);
    expect(r.tone).toBe("error");
    expect(r.title).toBe("Only admins can change this channel's settings");
    expect(r.text).toMatch(/nothing was changed/);
    expect((await d.ask("watch list")).fields).toEqual(before);
    expect(await d.desk.store.recentAudit("#markets", 10)).toEqual([]);
    expect(await d.desk.store.consensusFor("ORCL")).toEqual([]);
    expect(await d.desk.store.newsFeeds()).toEqual([]);
  });
});

describe("feeds add / list / remove", () => {
  const IR = "https://ir.aboutamazon.com/rss/news-releases.xml";

  it("GIVEN an admin adds a feed THEN anyone can list it, a repeat changes nothing, removing it is audited, and each change is in the audit log", async () => {
    expect(await d.ask(`feeds add AMZN ${IR}`)).toMatchObject({ tone: "success", title: "Feed added" });
    expect(await d.ask(`feeds add amzn ${IR}`)).toMatchObject({ tone: "info", title: "Feed already there" });
    const list = await d.ask("feeds list", MEMBER);
    expect(list.table?.rows).toEqual([["AMZN", IR, "2026-11-26"]]);
    expect((await d.ask("feeds list META", MEMBER)).text).toMatch(/^No feeds added for META/);
    expect(await d.ask(`feeds remove AMZN ${IR}`)).toMatchObject({ tone: "success", title: "Feed removed" });
    expect(await d.ask(`feeds remove AMZN ${IR}`)).toMatchObject({ tone: "info", title: "No such feed" });
    expect((await d.desk.store.recentAudit("#markets", 5)).map((e) => [e.action, e.details])).toEqual([
      ["feeds remove", { ticker: "AMZN", url: IR }],
      ["feeds add", { ticker: "AMZN", url: IR }],
    ]);
  });
});

describe("watch add / remove", () => {
  it("GIVEN watch add of tickers the store has no share count for THEN the reply names them: their move alerts are percentage-only", async () => {
    const desk = { ...ADMIN, channel: "#fresh" };
    const r = await d.ask("watch add ORCL TSLA", desk);
    expect(r.tone).toBe("success");
    expect(r.text).toContain("No share count for ORCL, TSLA: market cap unknown, so their move alerts are percentage-only.");
    expect((await d.ask("watch add NVDA", desk)).text).not.toContain("No share count");
  });

  it("GIVEN watch add IBM once the store knows the company THEN the channel watches it, and the audit log has who and what", async () => {
    expect((await d.ask("watch add IBM")).title).toBe("Unknown ticker");
    await d.desk.engine.handle({ type: "company", ts: 0, ticker: "IBM", name: "IBM", sharesOutstanding: 930e6 });
    const r = await d.ask("watch add IBM");
    expect(r).toMatchObject({ tone: "success", text: expect.stringContaining("#markets now watches") });
    expect((await d.ask("watch list")).fields?.[0]?.value).toBe("AAPL, AMZN, GOOGL, IBM, META, MSFT, NVDA, ORCL, TSLA");
    expect(await d.desk.store.recentAudit("#markets", 5)).toEqual([
      { id: 1, at: "2026-11-26T12:00:00.000Z", channel: "#markets", userId: "U_ADMIN", action: "watch add", details: { tickers: ["IBM"] } },
    ]);
  });

  it("GIVEN watch remove NVDA THEN NVDA's next drop raises nothing in the channel", async () => {
    await d.ask("watch remove NVDA");
    const before = d.delivered.length;
    await d.desk.engine.handle({ type: "quote", ts: later(d, 1), ticker: "NVDA", price: 150, session: "regular" });
    expect(d.delivered.length).toBe(before);
  });

  it("GIVEN a ticker already watched THEN nothing changes and nothing is audited", async () => {
    expect((await d.ask("watch add MSFT")).title).toBe("Nothing changed");
    expect(await d.desk.store.recentAudit("#markets", 5)).toEqual([]);
  });
});

describe("thresholds and kinds change what fires", () => {
  it("GIVEN thresholds set mcap-pct 1 mcap-usd 1T THEN a 1.5 % fall of Meta alerts", async () => {
    const r = await d.ask("thresholds set mcap-pct 1 mcap-usd 1T");
    expect(r.text).toBe("#markets: market-cap alerts from 1% or $1T; capex surprises from 10%.");
    await d.desk.engine.handle({ type: "quote", ts: later(d, 1), ticker: "META", price: 640, session: "regular" });
    expect(d.delivered.at(-1)).toMatchObject({ kind: "mcap_drop", ticker: "META", level: 1 });
  });

  it("GIVEN kinds disable mcap_drop THEN a crash raises nothing; kinds enable brings it back", async () => {
    await d.ask("kinds disable mcap-drop");
    const before = d.delivered.length;
    await d.desk.engine.handle({ type: "quote", ts: later(d, 1), ticker: "MSFT", price: 300, session: "regular" });
    expect(d.delivered.length).toBe(before);
    await d.ask("kinds enable mcap_drop");
    await d.desk.engine.handle({ type: "quote", ts: later(d, 2), ticker: "MSFT", price: 299, session: "regular" });
    expect(d.delivered.at(-1)).toMatchObject({ kind: "mcap_drop", ticker: "MSFT" });
  });
});

describe("mute / unmute", () => {
  it("GIVEN mute MSFT 2h THEN its alert is kept in history, not posted; after unmute the next level posts", async () => {
    expect((await d.ask("mute MSFT 2h")).text).toMatch(/kept in history but not posted until Fri, Feb 13, 2026, 18:00 ET/);
    expect((await d.ask("watch list")).fields?.[4]?.value).toBe("MSFT until Fri, Feb 13, 2026, 18:00 ET");
    const before = d.delivered.length;
    await d.desk.engine.handle({ type: "quote", ts: later(d, 60), ticker: "MSFT", price: 370, session: "regular" });
    expect(d.delivered.length).toBe(before);
    const [latest] = await d.desk.store.recentAlerts("#markets", 1);
    expect(latest).toMatchObject({ muted: true, alert: { ticker: "MSFT", level: 2 } });
    expect((await d.ask("alerts 1")).table?.rows[0]?.[2]).toMatch(/\[muted\]$/);

    expect((await d.ask("unmute MSFT")).tone).toBe("success");
    await d.desk.engine.handle({ type: "quote", ts: later(d, 120), ticker: "MSFT", price: 340, session: "regular" });
    expect(d.delivered.at(-1)).toMatchObject({ ticker: "MSFT", level: 3 });
  });

  it("GIVEN mute until a past date THEN an error and no mute", async () => {
    const r = await d.ask("mute MSFT until 2026-02-01");
    expect(r).toMatchObject({ tone: "error", text: expect.stringContaining("already past") });
    expect(d.desk.engine.routing.mutesOf("#markets", d.desk.dataNow())).toEqual([]);
  });

  it("GIVEN mute until a date THEN muted through the end of that day, US/Eastern", async () => {
    await d.ask("mute AMZN until 2026-02-20");
    expect(d.desk.engine.routing.mutesOf("#markets", d.desk.dataNow())).toEqual([{ ticker: "AMZN", until: Date.parse("2026-02-21T05:00:00Z") }]);
  });

  it("GIVEN unmute of a ticker that is not muted THEN nothing changes", async () => {
    expect((await d.ask("unmute TSLA")).title).toBe("Nothing changed");
  });
});

describe("consensus set / list", () => {
  it("GIVEN consensus set ORCL capex FY2026 50B LSEG THEN it is listed, audited, and later guidance is measured against it", async () => {
    expect((await d.ask("consensus set ORCL capex FY2026 50B LSEG")).text).toMatch(/^ORCL FY2026 capex expected at \$50B \(LSEG\)/);
    expect((await d.ask("consensus list ORCL", MEMBER)).table?.rows).toEqual([["capex", "FY2026", "$50B", "LSEG (set here)", "Fri, Feb 13 2026"]]);
    const edge = sourceEdge(d.desk.engine.market);
    await d.desk.engine.handle(edge({ type: "document", ts: later(d, 60), ticker: "ORCL", text: "We expect fiscal 2026 capital expenditures of about $35 billion." }));
    expect(d.delivered.at(-1)).toMatchObject({ kind: "capex_guidance", ticker: "ORCL", basis: "consensus", basisValue: 50e9, surprisePct: -30 });
    expect((await d.ask("audit")).table?.rows[0]?.[2]).toBe("consensus set ticker=ORCL metric=capex period=FY2026 value=50000000000 source=LSEG");
  });
});

describe("a failure inside a handler", () => {
  it("GIVEN the store is gone THEN the person gets an answer, not a crash", async () => {
    await d.desk.store.close();
    const r = await d.ask("capex META");
    expect(r).toMatchObject({ tone: "error", title: "Something went wrong" });
  });
});
