import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../src/bot/commands/parse/parse-command.js";
import { COMMAND_LIST } from "../../../../src/bot/commands/parse/usage.js";
import type { Command, UserError, UserErrorCode } from "../../../../src/bot/commands/types.js";

function commandOf(text: string): Command {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.error.code}: ${result.error.message}`);
  return result.command;
}
function errorOf(text: string): UserError {
  const result = parseCommand(text);
  if (result.ok) throw new Error(`${JSON.stringify(text)} parsed as ${JSON.stringify(result.command)}`);
  return result.error;
}

describe("parseCommand: the prefix, case and spacing", () => {
  it("GIVEN /capwatch, capwatch or nothing before the command THEN the same command", () => {
    const expected = { name: "quote", tickers: ["MSFT"], share: false };
    for (const text of ["quote MSFT", "/capwatch quote MSFT", "capwatch quote msft", "/CapWatch  QUOTE\t$msft ", "\u00a0quote\u3000msft"]) {
      expect(commandOf(text), text).toEqual(expected);
    }
  });
});

describe("parseCommand: lookups", () => {
  it("GIVEN quote with tickers in any form THEN upper-case tickers, each once", () => {
    expect(commandOf("quote msft")).toEqual({ name: "quote", tickers: ["MSFT"], share: false });
    expect(commandOf("quote $msft, nvda,GOOGL msft")).toEqual({ name: "quote", tickers: ["MSFT", "NVDA", "GOOGL"], share: false });
    expect(commandOf("quote msft nvda SHARE")).toEqual({ name: "quote", tickers: ["MSFT", "NVDA"], share: true });
    expect(commandOf("quote A B C D E F G H I J")).toMatchObject({ tickers: ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"] });
  });
  it("GIVEN movers with and without N THEN the limit, 5 by default", () => {
    expect(commandOf("movers")).toEqual({ name: "movers", limit: 5, share: false });
    expect(commandOf("movers 25")).toEqual({ name: "movers", limit: 25, share: false });
    expect(commandOf("Movers 1 share")).toEqual({ name: "movers", limit: 1, share: true });
    expect(commandOf("movers share")).toEqual({ name: "movers", limit: 5, share: true });
  });
  it("GIVEN earnings with nothing, next, week or a ticker THEN the target", () => {
    expect(commandOf("earnings")).toEqual({ name: "earnings", target: { kind: "next" }, share: false });
    expect(commandOf("earnings next")).toEqual({ name: "earnings", target: { kind: "next" }, share: false });
    expect(commandOf("earnings WEEK share")).toEqual({ name: "earnings", target: { kind: "week" }, share: true });
    expect(commandOf("earnings $msft")).toEqual({ name: "earnings", target: { kind: "ticker", ticker: "MSFT" }, share: false });
  });
  it("GIVEN capex TICKER THEN the ticker", () => {
    expect(commandOf("capex msft")).toEqual({ name: "capex", ticker: "MSFT", share: false });
    expect(commandOf("capex brk.b share")).toEqual({ name: "capex", ticker: "BRK.B", share: true });
  });
  it("GIVEN alerts with nothing, N, a ticker or both THEN the limit (10 by default) and ticker", () => {
    expect(commandOf("alerts")).toEqual({ name: "alerts", limit: 10, share: false });
    expect(commandOf("alerts 50")).toEqual({ name: "alerts", limit: 50, share: false });
    expect(commandOf("alerts msft")).toEqual({ name: "alerts", limit: 10, ticker: "MSFT", share: false });
    expect(commandOf("alerts 20 $msft share")).toEqual({ name: "alerts", limit: 20, ticker: "MSFT", share: true });
  });
});

describe("parseCommand: settings", () => {
  it("GIVEN watch list, add, remove and rm THEN the watch commands", () => {
    expect(commandOf("watch list")).toEqual({ name: "watch_list", share: false });
    expect(commandOf("watch LIST share")).toEqual({ name: "watch_list", share: true });
    expect(commandOf("watch add msft, $nvda")).toEqual({ name: "watch_add", tickers: ["MSFT", "NVDA"] });
    expect(commandOf("watch remove meta")).toEqual({ name: "watch_remove", tickers: ["META"] });
    expect(commandOf("watch rm meta,goog")).toEqual({ name: "watch_remove", tickers: ["META", "GOOG"] });
  });
  it("GIVEN thresholds set with all three pairs THEN the Thresholds keys", () => {
    expect(commandOf("thresholds set mcap-pct 5 mcap-usd 100B capex-pct 10")).toEqual({
      name: "thresholds_set",
      changes: { mcapDropPct: 5, mcapDropUsd: 100e9, capexSurprisePct: 10 },
    });
  });
  it("GIVEN thresholds set with a subset, in another order, with % and $ THEN only those keys", () => {
    expect(commandOf("thresholds set capex-pct 12.5% mcap-usd $1.2T")).toEqual({
      name: "thresholds_set",
      changes: { capexSurprisePct: 12.5, mcapDropUsd: 1.2e12 },
    });
    expect(commandOf("thresholds SET mcap_pct=5%")).toEqual({ name: "thresholds_set", changes: { mcapDropPct: 5 } });
    expect(commandOf("thresholds set mcap-usd 100e9")).toEqual({ name: "thresholds_set", changes: { mcapDropUsd: 100e9 } });
    expect(commandOf("thresholds set mcap-usd 500M")).toEqual({ name: "thresholds_set", changes: { mcapDropUsd: 500e6 } });
    expect(commandOf("thresholds set mcap-usd 100bn")).toEqual({ name: "thresholds_set", changes: { mcapDropUsd: 100e9 } });
  });
  it("GIVEN kinds enable or disable with kinds in either spelling THEN the kinds, each once", () => {
    expect(commandOf("kinds enable mcap_drop")).toEqual({ name: "kinds_enable", kinds: ["mcap_drop"] });
    expect(commandOf("kinds DISABLE mcap-gain, earnings-upcoming mcap_gain")).toEqual({
      name: "kinds_disable",
      kinds: ["mcap_gain", "earnings_upcoming"],
    });
    expect(commandOf("kinds enable mcap_drop mcap_gain capex_guidance capex_actual earnings_upcoming earnings_result")).toMatchObject({
      kinds: ["mcap_drop", "mcap_gain", "capex_guidance", "capex_actual", "earnings_upcoming", "earnings_result"],
    });
  });
  it("GIVEN consensus set with and without a source THEN the estimate, the source joined as written", () => {
    expect(commandOf("consensus set msft capex FY2026 120B Visible Alpha, Jan 2026")).toEqual({
      name: "consensus_set",
      ticker: "MSFT",
      metric: "capex",
      period: "FY2026",
      value: 120e9,
      source: "Visible Alpha, Jan 2026",
    });
    expect(commandOf("consensus set $nvda CAPEX q1-2026 39.5B")).toEqual({
      name: "consensus_set",
      ticker: "NVDA",
      metric: "capex",
      period: "Q1-2026",
      value: 39.5e9,
    });
    expect(commandOf("consensus set meta capex fy2026-fy2030 $600bn")).toMatchObject({ period: "FY2026-FY2030", value: 600e9 });
    expect(commandOf("consensus set goog capex H1-2026 90e9")).toMatchObject({ period: "H1-2026", value: 90e9 });
  });
  it("GIVEN feeds add|remove TICKER URL and feeds list [TICKER] THEN the ticker and the URL (Slack's <…> link markup taken off)", () => {
    expect(commandOf("feeds add amzn https://ir.aboutamazon.com/rss/news-releases.xml")).toEqual({ name: "feeds_add", ticker: "AMZN", url: "https://ir.aboutamazon.com/rss/news-releases.xml" });
    expect(commandOf("feeds remove AMZN <https://ir.aboutamazon.com/rss/news-releases.xml|ir.aboutamazon.com>")).toEqual({ name: "feeds_remove", ticker: "AMZN", url: "https://ir.aboutamazon.com/rss/news-releases.xml" });
    expect(commandOf("feeds list")).toEqual({ name: "feeds_list", share: false });
    expect(commandOf("feeds list meta share")).toEqual({ name: "feeds_list", ticker: "META", share: true });
  });

  it("GIVEN consensus list TICKER THEN the ticker", () => {
    expect(commandOf("consensus list msft")).toEqual({ name: "consensus_list", ticker: "MSFT", share: false });
    expect(commandOf("consensus LIST msft share")).toEqual({ name: "consensus_list", ticker: "MSFT", share: true });
  });
});

describe("parseCommand: mute, unmute, audit, help", () => {
  it("GIVEN mute with no duration THEN one day", () => {
    expect(commandOf("mute tsla")).toEqual({ name: "mute", ticker: "TSLA", duration: { kind: "for", ms: 86_400_000, text: "1d" } });
  });
  it("GIVEN mute with m, h, d, w, for … or until … THEN that duration", () => {
    expect(commandOf("mute tsla 30m")).toMatchObject({ duration: { kind: "for", ms: 1_800_000, text: "30m" } });
    expect(commandOf("mute tsla 2h")).toMatchObject({ duration: { kind: "for", ms: 7_200_000, text: "2h" } });
    expect(commandOf("mute tsla 1d")).toMatchObject({ duration: { kind: "for", ms: 86_400_000, text: "1d" } });
    expect(commandOf("mute $tsla 1w")).toMatchObject({ ticker: "TSLA", duration: { kind: "for", ms: 604_800_000, text: "1w" } });
    expect(commandOf("mute tsla for 12h")).toMatchObject({ duration: { kind: "for", ms: 43_200_000, text: "12h" } });
    expect(commandOf("mute tsla UNTIL 2026-03-01")).toEqual({ name: "mute", ticker: "TSLA", duration: { kind: "until", date: "2026-03-01" } });
  });
  it("GIVEN unmute TICKER THEN the ticker", () => {
    expect(commandOf("unmute $tsla")).toEqual({ name: "unmute", ticker: "TSLA" });
  });
  it("GIVEN audit with and without N THEN the limit, 20 by default", () => {
    expect(commandOf("audit")).toEqual({ name: "audit", limit: 20 });
    expect(commandOf("audit 100")).toEqual({ name: "audit", limit: 100 });
  });
  it("GIVEN help with or without a command word THEN the topic, lower case", () => {
    expect(commandOf("help")).toEqual({ name: "help" });
    expect(commandOf("/capwatch help Thresholds")).toEqual({ name: "help", topic: "thresholds" });
    expect(commandOf("help help")).toEqual({ name: "help", topic: "help" });
  });
});

// A `Record` over the code union: adding a code to types.ts fails type checking until it has a case here.
const ERROR_CASES: Record<UserErrorCode, Array<[text: string, message: string]>> = {
  empty: [
    ["", "Say what to do: quote, movers, earnings"],
    ["   /capwatch  ", "Say what to do"],
  ],
  unknown_command: [
    ["qoute msft", 'Unknown command "qoute"; did you mean quote?'],
    ["/capwatch thresold set mcap-pct 5", "did you mean thresholds?"],
    ["MSFT", 'Unknown command "MSFT"; to look up a ticker, write quote MSFT.'],
    ["frobnicate", 'Unknown command "frobnicate"; the commands are quote, movers, earnings, capex, chart, alerts, watch'],
  ],
  unknown_subcommand: [
    ["watch ad msft", 'Unknown watch subcommand "ad". Did you mean watch add? Expected one of: list, add, remove.'],
    ["watch MSFT", "To watch MSFT, write watch add MSFT."],
    ["thresholds show", 'Unknown thresholds subcommand "show". Expected one of: set.'],
    ["kinds enabel mcap_drop", "Did you mean kinds enable?"],
    ["consensus get msft", "Expected one of: set, list."],
    ["consensus set msft revenue FY2026 100B", 'Consensus set tracks the metric capex only, not "revenue"'],
  ],
  missing_argument: [
    ["capex", "Capex needs a ticker."],
    ["quote", "Quote needs at least one ticker."],
    ["quote share", "Quote needs at least one ticker."],
    ["watch", "Watch needs one of: list, add, remove."],
    ["watch add", "Watch add needs at least one ticker."],
    ["thresholds set", "Thresholds set needs at least one of mcap-pct, mcap-usd, capex-pct, drawdown-pct, drawdown-usd, drawdown-days with a value."],
    ["thresholds set mcap-pct 5 capex-pct", "Capex-pct needs a value after it."],
    ["kinds disable", "Kinds disable needs at least one alert kind."],
    ["consensus set msft", "Consensus set needs the metric capex, a period and a value."],
    ["consensus list", "Consensus list needs a ticker."],
    ["mute", "Mute needs a ticker."],
    ["mute tsla until", "needs a date as YYYY-MM-DD after it."],
    ["unmute", "Unmute needs a ticker."],
  ],
  too_many_arguments: [
    ["quote A B C D E F G H I J K", "Quote takes at most 10 tickers; got 11."],
    ["movers 5 6", 'Movers got more than it takes: "6" is left over.'],
    ["earnings msft nvda", '"nvda" is left over.'],
    ["capex msft nvda", '"nvda" is left over.'],
    ["alerts msft nvda", '"nvda" is left over.'],
    ["watch list msft", '"msft" is left over.'],
    ["thresholds set mcap-pct 5 mcap-pct 6", "Mcap-pct is given twice; give each threshold at most once."],
    ["consensus list msft nvda", '"nvda" is left over.'],
    ["mute tsla 2h please", '"please" is left over.'],
    ["unmute tsla now", '"now" is left over.'],
    ["audit 5 share", '"share" is left over.'],
    ["help watch add", '"add" is left over.'],
  ],
  invalid_ticker: [
    ["quote ms$ft", '"ms$ft" is not a ticker; write a symbol like MSFT, $NVDA or BRK.B.'],
    ["watch add msft, 123", '"123" is not a ticker'],
  ],
  invalid_number: [
    ["movers 26", 'The number of movers must be a whole number from 1 to 25, not "26".'],
    ["alerts 0", 'The number of alerts must be a whole number from 1 to 50, not "0".'],
    ["audit ten", 'The number of entries must be a whole number from 1 to 100, not "ten".'],
    ["movers 2.5", 'not "2.5"'],
  ],
  invalid_money: [
    ["thresholds set mcap-usd 12B3", '"12B3" is not an amount of money; write an amount like 100B, $1.2T, 500M'],
    ["consensus set msft capex FY2026 -5B", 'The amount must be greater than zero, not "-5B".'],
    ["consensus set msft capex FY2026 1e999", '"1e999" is too large an amount'],
  ],
  invalid_percent: [
    ["thresholds set mcap-pct 0", 'The percentage must be greater than 0, not "0".'],
    ["thresholds set capex-pct 1001%", 'The percentage must be at most 1000%, not "1001%".'],
    ["thresholds set mcap-pct 100B", '"100B" is not a percentage; write it like 5, 5% or 12.5%.'],
  ],
  invalid_period: [["consensus set msft capex FY26 100B", '"FY26" is not a period; write a period like FY2026, Q1-2026']],
  invalid_duration: [
    ["mute tsla 91d", 'The longest mute is 90 days (90d or 12w), not "91d".'],
    ["mute tsla 0h", 'The duration must be longer than zero, not "0h".'],
    ["mute tsla 2y", '"2y" is not a duration; write 30m, 2h, 1d, 1w or until YYYY-MM-DD.'],
  ],
  invalid_url: [
    ["feeds add amzn ir.aboutamazon.com/rss", '"ir.aboutamazon.com/rss" is not a feed URL; write one like https://ir.example.com/rss/news.xml.'],
    ["feeds add amzn ftp://example.com/feed.xml", 'A feed URL starts with https:// or http://, not "ftp:".'],
    ["feeds add amzn https://user:pw@example.com/feed.xml", "A feed URL must not carry a user name or password."],
  ],
  invalid_range: [["chart msft 2w", '"2w" is not a chart range; write 1d (today), 5d (five trading days) or 1m (a month).']],
  invalid_date: [["mute tsla until 2026-02-30", '"2026-02-30" is not a real date; write it as YYYY-MM-DD, like 2026-03-01.']],
  invalid_time: [
    ["quiet 25:00-07:00", '"25:00-07:00" is not a quiet-hours window: times are 24-hour HH:MM from 00:00 to 23:59, like 22:00-07:00.'],
    ["quiet 22:00", '"22:00" is not a quiet-hours window: write the window as HH:MM-HH:MM in ET, like 22:00-07:00.'],
    ["quiet 07:00-07:00", '"07:00-07:00" is not a quiet-hours window: the window starts and ends at the same time'],
  ],
  unknown_kind: [["kinds enable mcap-dorp", 'Unknown alert kind "mcap-dorp" (did you mean mcap_drop?); kinds are mcap_drop']],
  unknown_threshold: [["thresholds set mcap 5", 'Unknown threshold "mcap"; thresholds are mcap-pct, mcap-usd, capex-pct, drawdown-pct, drawdown-usd, drawdown-days.']],
  unknown_help_topic: [
    ["help qoute", 'There is no help on "qoute"; did you mean quote?'],
    ["help stocks", 'There is no help on "stocks"; the topics are quote, movers'],
  ],
};

describe("parseCommand: every error code", () => {
  for (const [code, cases] of Object.entries(ERROR_CASES)) {
    for (const [text, message] of cases) {
      it(`GIVEN ${JSON.stringify(text)} THEN ${code} saying ${JSON.stringify(message)}`, () => {
        const error = errorOf(text);
        expect(error.code).toBe(code);
        expect(error.message).toContain(message);
        expect(error.usage.length).toBeGreaterThan(0);
      });
    }
  }
  it("GIVEN an error in a command THEN the usage is that command's, with an example", () => {
    expect(errorOf("movers 99").usage).toBe("/capwatch movers [N] [share]\ne.g. /capwatch movers 10");
  });
  it("GIVEN no command at all THEN the usage lists the commands", () => {
    expect(errorOf("").usage).toBe(COMMAND_LIST);
    expect(errorOf("bogus").usage).toContain("quote | movers | earnings");
  });
  it("GIVEN a very long bad word THEN the message quotes at most 40 characters of it", () => {
    const error = errorOf(`quote ${"X".repeat(500)}`);
    expect(error.message).toContain(`"${"X".repeat(39)}…"`);
    expect(error.message.length).toBeLessThan(120);
  });
});
