import { beforeAll, describe, expect, it } from "vitest";
import { episodeDesk, MEMBER, type EpisodeDesk } from "../../helpers/desk.js";

let d: EpisodeDesk;
beforeAll(async () => {
  d = await episodeDesk();
});

describe("quote", () => {
  it("GIVEN quote MSFT after the episode THEN price, change, market cap and its change, with time and source, private", async () => {
    const r = await d.ask("/capwatch quote msft", MEMBER);
    expect(r).toMatchObject({ title: "MSFT · Microsoft", visibility: "private", tone: "info" });
    expect(r.fields).toEqual([
      { label: "Price", value: "$401.32" },
      { label: "Change", value: "-$0.52 (-0.13%)" },
      { label: "Market cap", value: "$2.98T" },
      { label: "Market cap change", value: "-$3.9B (-0.13%)" },
    ]);
    expect(r.footnotes?.at(-1)).toBe("data as of Fri, Feb 13, 2026, 16:00 ET · source: test episode");
  });

  it("GIVEN several tickers and share THEN a table shown to the channel; a ticker without shares has no market cap", async () => {
    const r = await d.ask("quote MSFT, AAPL share", MEMBER);
    expect(r.visibility).toBe("channel");
    expect(r.table?.rows).toEqual([
      ["MSFT", "$401.32", "-0.13%", "$2.98T", "-$3.9B"],
      ["AAPL", "$255.78", "-2.27%", "n/a", "n/a"],
    ]);
  });

  it("GIVEN an unknown ticker THEN an error that lists the known tickers", async () => {
    const r = await d.ask("quote ZZZZ", MEMBER);
    expect(r.tone).toBe("error");
    expect(r.text).toBe("No data for ZZZZ. Known tickers: AAPL, AMZN, GOOGL, META, MSFT, NVDA, ORCL, TSLA.");
  });
});

describe("movers", () => {
  it("GIVEN movers 3 THEN the three largest market-cap moves of the last session, largest first", async () => {
    const r = await d.ask("movers 3", MEMBER);
    expect(r.table?.rows.map((row) => [row[0], row[1]])).toEqual([
      ["NVDA", "-$100.4B"],
      ["GOOGL", "-$39.7B"],
      ["META", "-$25.4B"],
    ]);
  });
});

describe("earnings", () => {
  it("GIVEN earnings with no argument THEN the next reports of the channel's tickers", async () => {
    const r = await d.ask("earnings", MEMBER);
    expect(r.table?.rows).toEqual([["NVDA", "Wed, Feb 25", "after the close", "n/a", "$65.7B"]]);
  });

  it("GIVEN earnings week in a week without reports THEN it says so", async () => {
    expect((await d.ask("earnings week", MEMBER)).text).toBe("No scheduled reports for this channel's tickers.");
  });

  it("GIVEN earnings MSFT after its report THEN the last results with surprises", async () => {
    const r = await d.ask("earnings MSFT", MEMBER);
    expect(r.fields).toEqual([{ label: "Next report", value: "not announced yet" }]);
    expect(r.table?.rows).toEqual([["Wed, Jan 28", "Q2-2026", "$4.14", "+4.28%", "$81.3B", "+1.25%"]]);
  });
});

describe("capex", () => {
  it("GIVEN capex META THEN the guidance with its surprises, actuals, consensus, history and the sentence", async () => {
    const r = await d.ask("capex META", MEMBER);
    expect(r.table?.rows).toEqual([["FY2026", "$115B–$135B", "Wed, Jan 28 2026", "+12.92%", "n/a", "+73.08%"]]);
    expect(r.fields).toEqual([
      { label: "Actuals", value: "FY2025 $72.2B · Q4-2025 $22.1B" },
      { label: "Consensus", value: expect.stringMatching(/^FY2026 \$110\.7B \(.+\)$/) },
    ]);
    const words = r.rendered.replace(/\n +/g, " "); // wrapped at 80 columns
    expect(words).toContain("Wed, Jan 28 2026: FY2026 $115B–$135B (first guidance)");
    expect(words).toContain("“We expect 2026 capital expenditures, including principal payments on finance leases, to be in the range of $115-135 billion.”");
  });

  it("GIVEN a company without capex data THEN it says how an admin can add an expectation", async () => {
    expect((await d.ask("capex ORCL", MEMBER)).text).toMatch(/No capex guidance, actuals or consensus recorded for ORCL yet\. Admins can add an expectation: consensus set ORCL capex FY2026 100B/);
  });
});

describe("alerts, watch list, help", () => {
  it("GIVEN alerts 2 and alerts MSFT THEN the channel's latest, newest first", async () => {
    expect((await d.ask("alerts 2", MEMBER)).table?.rows.map((r) => r[2])).toEqual(["NVDA market cap down $100.4B (-2.21%), level 1", "GOOGL market cap down $101.5B (-2.53%), level 1"]);
    const msft = await d.ask("alerts MSFT", MEMBER);
    expect(msft.table?.rows.map((r) => r[1])).toEqual(["mcap_drop", "mcap_drop", "mcap_drop", "mcap_drop", "earnings_result"]);
  });

  it("GIVEN watch list THEN tickers, thresholds, kinds, mutes and delivery", async () => {
    const r = await d.ask("watch list", MEMBER);
    expect(r.fields?.map((f) => f.value)).toEqual([
      "AAPL, AMZN, GOOGL, META, MSFT, NVDA, ORCL, TSLA",
      "mcap-pct 5% · mcap-usd $100B · capex-pct 10%",
      "mcap_drop, capex_guidance, capex_actual, earnings_upcoming, earnings_result",
      "mcap_gain, mcap_drawdown",
      "nothing",
      "off (recap on posts one at 16:15 ET)",
      "delivering",
      "test episode",
      "off",
      "drawdown-pct 10% · drawdown-usd $200B · drawdown-days 20 (mcap_drawdown is off)",
    ]);
  });

  it("GIVEN help and help watch THEN the list of commands and one command's usage with examples", async () => {
    expect((await d.ask("help", MEMBER)).table?.rows.length).toBe(17);
    const watch = await d.ask("help watch", MEMBER);
    expect(watch.title).toBe("help: watch (changes need an admin)");
    expect(watch.rendered).toMatch(/Examples:/);
  });

  it("GIVEN a misspelt command THEN a suggestion and the usage of the command meant", async () => {
    const r = await d.ask("qoute MSFT", MEMBER);
    expect(r.text).toBe('Unknown command "qoute"; did you mean quote?');
    expect(r.footnotes?.[0]).toMatch(/^Usage: \/capwatch quote TICKER/);
  });

  it("GIVEN a malformed command THEN an error reply with what was wrong and the usage", async () => {
    const r = await d.ask("movers lots", MEMBER);
    expect(r.tone).toBe("error");
    expect(r.text).toMatch(/lots/);
    expect(r.footnotes?.[0]).toMatch(/^Usage: \/capwatch movers/);
  });
});

describe("the terminal's 80 columns", () => {
  it("GIVEN help, capex, alerts and watch list THEN no line of the terminal's text is wider than 80 columns, and nothing is lost", async () => {
    for (const command of ["help", "capex AMZN", "alerts 10", "watch list", "help thresholds", "earnings week"]) {
      const r = await d.ask(command, MEMBER);
      const wide = r.rendered.split("\n").filter((l) => [...l].length > 80);
      expect(wide, command).toEqual([]);
    }
    const help = (await d.ask("help", MEMBER)).rendered.replace(/\n +/g, " ");
    expect(help).toContain("/capwatch kinds enable|disable KIND… * Turn alert kinds on or off: mcap_drop, mcap_gain, capex_guidance, capex_actual, earnings_upcoming, earnings_result, mcap_drawdown (off by default).");
  });
});
