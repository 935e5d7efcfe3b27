import { ApplicationCommandOptionType as T } from "discord.js";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/bot/commands/parse/parse-command.js";
import { commandFromOptions, type OptionLike } from "../../../src/bot/discord/options-to-command.js";

const feeds = (sub: string, options: OptionLike[]): OptionLike[] => [{ name: "feeds", type: T.SubcommandGroup, options: [{ name: sub, type: T.Subcommand, options }] }];
const str = (name: string, value: string): OptionLike => ({ name, type: T.String, value });
const IR = "https://ir.aboutamazon.com/rss/news-releases.xml";

describe("Discord options → feeds commands", () => {
  it("GIVEN feeds add, remove and list THEN the same commands as the typed text", () => {
    expect(commandFromOptions(feeds("add", [str("ticker", "amzn"), str("url", IR)]))).toEqual({ ok: true, value: { name: "feeds_add", ticker: "AMZN", url: IR } });
    expect(commandFromOptions(feeds("remove", [str("ticker", "AMZN"), str("url", IR)]))).toEqual({ ok: true, value: { name: "feeds_remove", ticker: "AMZN", url: IR } });
    expect(commandFromOptions(feeds("list", []))).toEqual({ ok: true, value: { name: "feeds_list", share: false } });
    expect(commandFromOptions(feeds("list", [str("ticker", "meta"), { name: "share", type: T.Boolean, value: true }]))).toEqual({ ok: true, value: { name: "feeds_list", ticker: "META", share: true } });
  });

  it("GIVEN a URL that is not one THEN the shared resolver's message", () => {
    const r = commandFromOptions(feeds("add", [str("ticker", "AMZN"), str("url", "ir.aboutamazon.com")]));
    expect(r).toMatchObject({ ok: false, error: { code: "invalid_url", message: '"ir.aboutamazon.com" is not a feed URL; write one like https://ir.example.com/rss/news.xml.' } });
  });
});

describe("Discord options → recap", () => {
  const recap = (sub: string): OptionLike[] => [{ name: "recap", type: T.SubcommandGroup, options: [{ name: sub, type: T.Subcommand, options: [] }] }];

  it("GIVEN /capwatch-admin recap on and off THEN the same commands as the typed `recap on` and `recap off`", () => {
    expect(commandFromOptions(recap("on"))).toEqual({ ok: true, value: { name: "recap_on" } });
    expect(commandFromOptions(recap("off"))).toEqual({ ok: true, value: { name: "recap_off" } });
    expect(parseCommand("recap on")).toMatchObject({ ok: true, command: { name: "recap_on" } });
    expect(parseCommand("recap off")).toMatchObject({ ok: true, command: { name: "recap_off" } });
  });
});

// The same words through both paths: Discord's typed options and the typed text must give the same
// command, or the same refusal with the same message.
const typed = (text: string) => {
  const r = parseCommand(text);
  return r.ok ? { ok: true, value: r.command } : r;
};
const num = (name: string, value: number): OptionLike => ({ name, type: T.Number, value });
const int = (name: string, value: number): OptionLike => ({ name, type: T.Integer, value });
const admin = (groupName: string, sub: string, options: OptionLike[] = []): OptionLike[] => [{ name: groupName, type: T.SubcommandGroup, options: [{ name: sub, type: T.Subcommand, options }] }];

describe("Discord options → quiet", () => {
  it("GIVEN /capwatch-admin quiet set window:22:00-07:00 and quiet off THEN the same commands as `quiet 22:00-07:00` and `quiet off`", () => {
    expect(commandFromOptions(admin("quiet", "set", [str("window", "22:00-07:00")]))).toEqual({ ok: true, value: { name: "quiet_set", startMinute: 1320, endMinute: 420 } });
    expect(commandFromOptions(admin("quiet", "set", [str("window", " 22:00-07:00 ")]))).toEqual(typed("quiet 22:00-07:00"));
    expect(commandFromOptions(admin("quiet", "off"))).toEqual({ ok: true, value: { name: "quiet_off" } });
    expect(commandFromOptions(admin("quiet", "off"))).toEqual(typed("quiet off"));
  });

  it("GIVEN a window that is not one THEN the shared parser's refusal, word for word", () => {
    for (const window of ["22:00", "25:00-07:00", "09:00-09:00", "10pm-7am"]) {
      const r = commandFromOptions(admin("quiet", "set", [str("window", window)]));
      expect(r.ok).toBe(false);
      expect(r).toEqual(typed(`quiet ${window}`));
    }
    expect(commandFromOptions(admin("quiet", "set", [str("window", "25:00-07:00")]))).toMatchObject({
      ok: false,
      error: { code: "invalid_time", message: '"25:00-07:00" is not a quiet-hours window: times are 24-hour HH:MM from 00:00 to 23:59, like 22:00-07:00.' },
    });
    expect(commandFromOptions(admin("quiet", "set", []))).toEqual(typed("quiet"));
  });
});

describe("Discord options → thresholds set, drawdown included", () => {
  const set = (options: OptionLike[]) => commandFromOptions(admin("thresholds", "set", options));

  it("GIVEN the drawdown options THEN the same change as `thresholds set drawdown-pct 15 drawdown-usd 250B drawdown-days 60`", () => {
    const r = set([num("drawdown-pct", 15), str("drawdown-usd", "250B"), int("drawdown-days", 60)]);
    expect(r).toEqual({ ok: true, value: { name: "thresholds_set", changes: { drawdownPct: 15, drawdownUsd: 250e9, drawdownDays: 60 } } });
    expect(r).toEqual(typed("thresholds set drawdown-pct 15 drawdown-usd 250B drawdown-days 60"));
  });

  it("GIVEN all six options THEN one change with all six", () => {
    const r = set([num("mcap-pct", 4), str("mcap-usd", "$150B"), num("capex-pct", 12.5), num("drawdown-pct", 8), str("drawdown-usd", "1.2T"), int("drawdown-days", 2)]);
    expect(r).toEqual(typed("thresholds set mcap-pct 4 mcap-usd $150B capex-pct 12.5 drawdown-pct 8 drawdown-usd 1.2T drawdown-days 2"));
    expect(r).toMatchObject({ ok: true, value: { changes: { mcapDropPct: 4, mcapDropUsd: 150e9, capexSurprisePct: 12.5, drawdownPct: 8, drawdownUsd: 1.2e12, drawdownDays: 2 } } });
  });

  it("GIVEN values Slack refuses THEN Discord refuses them with the same message", () => {
    const cases: Array<[OptionLike, string]> = [
      [str("drawdown-usd", "100"), "thresholds set drawdown-usd 100"],
      [str("mcap-usd", "100"), "thresholds set mcap-usd 100"],
      [str("drawdown-usd", "500"), "thresholds set drawdown-usd 500"],
      [int("drawdown-days", 1), "thresholds set drawdown-days 1"],
      [int("drawdown-days", 251), "thresholds set drawdown-days 251"],
      [num("drawdown-pct", 150), "thresholds set drawdown-pct 150"],
      [num("mcap-pct", 500), "thresholds set mcap-pct 500"],
      [num("capex-pct", 0), "thresholds set capex-pct 0"],
    ];
    for (const [option, text] of cases) {
      const r = set([option]);
      expect(r.ok, text).toBe(false);
      expect(r, text).toEqual(typed(text));
    }
    expect(set([str("drawdown-usd", "100")])).toMatchObject({ ok: false, error: { code: "invalid_money", message: "Drawdown-usd 100 needs a unit: write 100B for $100B (or 100M, 100T)." } });
  });

  it("GIVEN no option THEN the message names all six thresholds, as `thresholds set` does", () => {
    expect(set([])).toEqual(typed("thresholds set"));
    expect(set([str("mcap-usd", "  ")])).toMatchObject({ ok: false, error: { message: "Thresholds set needs at least one of mcap-pct, mcap-usd, capex-pct, drawdown-pct, drawdown-usd, drawdown-days with a value." } });
  });
});
