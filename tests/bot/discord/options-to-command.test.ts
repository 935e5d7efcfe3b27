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
