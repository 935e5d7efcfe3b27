import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCommand } from "../../../../src/bot/commands/parse/parse-command.js";
import { TOPICS, USAGE } from "../../../../src/bot/commands/parse/usage.js";
import type { CommandName, ParseResult, UserErrorCode } from "../../../../src/bot/commands/types.js";
import { isRealCalendarDate, PERIOD_PATTERN, TICKER_PATTERN } from "../../../../src/sources/events.js";
import { ALERT_KINDS } from "../../../../src/alerts/types.js";

const ticker = z.string().regex(TICKER_PATTERN);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const amount = z.number().finite().positive();
const pct = z.number().finite().positive().max(1000);
const lookup = { share: z.boolean() };
const tickerList = z.array(ticker).min(1).refine((t) => new Set(t).size === t.length, "tickers repeat");
const kindList = z.array(z.enum(ALERT_KINDS)).min(1).refine((k) => new Set(k).size === k.length, "kinds repeat");

/** What a well-formed command looks like, strictly: no missing, extra or out-of-range field. */
const commandSchema = z.discriminatedUnion("name", [
  z.strictObject({ name: z.literal("quote"), tickers: tickerList.refine((t) => t.length <= 10), ...lookup }),
  z.strictObject({ name: z.literal("movers"), limit: int(1, 25), ...lookup }),
  z.strictObject({
    name: z.literal("earnings"),
    target: z.union([
      z.strictObject({ kind: z.literal("next") }),
      z.strictObject({ kind: z.literal("week") }),
      z.strictObject({ kind: z.literal("ticker"), ticker }),
    ]),
    ...lookup,
  }),
  z.strictObject({ name: z.literal("capex"), ticker, ...lookup }),
  z.strictObject({ name: z.literal("alerts"), limit: int(1, 50), ticker: ticker.optional(), ...lookup }),
  z.strictObject({ name: z.literal("watch_list"), ...lookup }),
  z.strictObject({ name: z.literal("watch_add"), tickers: tickerList }),
  z.strictObject({ name: z.literal("watch_remove"), tickers: tickerList }),
  z.strictObject({
    name: z.literal("thresholds_set"),
    changes: z
      .strictObject({ mcapDropPct: pct.optional(), mcapDropUsd: amount.optional(), capexSurprisePct: pct.optional(), drawdownPct: pct.optional(), drawdownUsd: amount.optional(), drawdownDays: z.number().int().min(2).max(250).optional() })
      .refine((c) => Object.keys(c).length > 0, "no change"),
  }),
  z.strictObject({ name: z.literal("kinds_enable"), kinds: kindList }),
  z.strictObject({ name: z.literal("kinds_disable"), kinds: kindList }),
  z.strictObject({
    name: z.literal("consensus_set"),
    ticker,
    metric: z.literal("capex"),
    period: z.string().regex(PERIOD_PATTERN),
    value: amount,
    source: z.string().min(1).optional(),
  }),
  z.strictObject({ name: z.literal("consensus_list"), ticker, ...lookup }),
  z.strictObject({ name: z.literal("feeds_add"), ticker, url: z.string().url().regex(/^https?:/) }),
  z.strictObject({ name: z.literal("feeds_remove"), ticker, url: z.string().url().regex(/^https?:/) }),
  z.strictObject({ name: z.literal("feeds_list"), ticker: ticker.optional(), ...lookup }),
  z.strictObject({
    name: z.literal("mute"),
    ticker,
    duration: z.union([
      z.strictObject({ kind: z.literal("for"), ms: z.number().int().positive().max(90 * 86_400_000), text: z.string().regex(/^\d+[mhdw]$/) }),
      z.strictObject({ kind: z.literal("until"), date: z.string().refine(isRealCalendarDate) }),
    ]),
  }),
  z.strictObject({ name: z.literal("unmute"), ticker }),
  z.strictObject({ name: z.literal("chart"), ticker, range: z.enum(["1d", "5d", "1m"]) }),
  z.strictObject({ name: z.literal("capex_compare"), tickers: z.array(ticker).min(2).max(8), share: z.boolean() }),
  z.strictObject({ name: z.literal("quiet_set"), startMinute: int(0, 1439), endMinute: int(0, 1439) }).refine((q) => q.startMinute !== q.endMinute, "an empty window"),
  z.strictObject({ name: z.literal("quiet_off") }),
  z.strictObject({ name: z.literal("audit"), limit: int(1, 100) }),
  z.strictObject({ name: z.literal("recap_on") }),
  z.strictObject({ name: z.literal("recap_off") }),
  z.strictObject({ name: z.literal("help"), topic: z.enum(TOPICS).optional() }),
]);

const COMMAND_NAMES: readonly CommandName[] = [
  "quote", "movers", "earnings", "capex", "capex_compare", "chart", "alerts", "watch_list", "watch_add", "watch_remove", "thresholds_set",
  "kinds_enable", "kinds_disable", "consensus_set", "consensus_list", "feeds_add", "feeds_remove", "feeds_list", "mute", "unmute", "quiet_set", "quiet_off", "audit", "recap_on", "recap_off", "help",
];
const ERROR_CODES: readonly UserErrorCode[] = [
  "empty", "unknown_command", "unknown_subcommand", "missing_argument", "too_many_arguments", "invalid_ticker",
  "invalid_number", "invalid_money", "invalid_percent", "invalid_period", "invalid_duration", "invalid_date", "invalid_time", "invalid_url",
  "invalid_range", "unknown_kind", "unknown_threshold", "unknown_help_topic",
];

// Valid commands to start from, so that mutations reach the deep paths of every command.
const TEMPLATES = [
  ...TOPICS.flatMap((t) => USAGE[t].examples),
  "quote msft, $nvda,goog share",
  "alerts msft 20 share",
  "watch rm meta",
  "thresholds set mcap-pct 5 mcap-usd 100B capex-pct 10",
  "kinds enable mcap-drop, capex_actual",
  "consensus set msft capex fy2026-fy2030 $600bn Visible Alpha",
  "consensus list msft share",
  "mute tsla for 30m",
  "unmute tsla",
  "help",
];

const TOKENS = [
  ...TOPICS, "QUOTE", "Watch", "qoute", "/capwatch", "capwatch",
  "list", "add", "remove", "rm", "set", "enable", "disable", "next", "week", "share", "SHARE", "until", "for", "capex", "revenue",
  "mcap-pct", "mcap_usd", "capex-pct", "mcapDropPct", "mcap=5", "mcap-pct=5%",
  ...ALERT_KINDS, "mcap-drop", "mcap_dorp",
  "msft", "$MSFT", "brk.b", "msft,nvda", ",", "$", "$$X", "TOOLONGTICKER",
  "0", "1", "5", "10", "20", "25", "26", "50", "51", "100", "101", "-1", "2.5", "007", "99999999999999999999",
  "100B", "$1.2T", "500M", "100e9", "39.5bn", "1,000,000", "12B3", "-5B", "1e999", "1e-999", "5E9B",
  "5%", "12.5%", "1001", "0%",
  "FY2026", "q1-2026", "H1-2026", "9M-2025", "FY2030-FY2026", "FY26",
  "2h", "30m", "1d", "1w", "12w", "13w", "91d", "0m", "3hours", "2y",
  "2026-03-01", "2026-02-30", "2028-02-29",
  "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf",
];

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 1 },
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", ", ", "\u00a0", "\u3000");
const prefix = fc.constantFrom("", "", "/capwatch ", "capwatch ", "/CAPWATCH ");

/** A command word followed by random tokens. */
const commandLike = fc
  .tuple(prefix, fc.constantFrom(...TOPICS, "Quote", "MOVERS", "qoute"), fc.array(fc.tuple(separator, token), { maxLength: 8 }))
  .map(([p, word, rest]) => `${p}${word}${rest.map(([s, t]) => s + t).join("")}`);

type Edit = { at: number; op: "replace" | "insert" | "delete"; token: string };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(7), op: fc.constantFrom("replace", "insert", "delete"), token });

/** A valid command with one to three words replaced, inserted or deleted. */
const mutatedTemplate = fc
  .tuple(prefix, fc.constantFrom(...TEMPLATES), fc.array(edit, { maxLength: 3 }))
  .map(([p, template, edits]) => {
    const words = template.replace(/^\/capwatch /, "").split(" ");
    for (const { at, op, token: t } of edits) {
      const i = at % (words.length + 1);
      if (op === "replace") words[i] = t;
      else if (op === "insert") words.splice(i, 0, t);
      else words.splice(i, 1);
    }
    return p + words.join(" ");
  });

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const SLOTS: Record<string, fc.Arbitrary<string>> = {
  ticker: fc.oneof(fc.constantFrom("msft", "$MSFT", "brk.b", "$", "TOOLONGTICKER"), fc.stringMatching(/^\$?[a-zA-Z][a-zA-Z0-9.-]{0,10}$/)),
  tickers: fc
    .array(fc.oneof(fc.constantFrom("msft", "$nvda", "goog,", ","), fc.stringMatching(/^\$?[a-zA-Z][a-zA-Z0-9.]{0,4},?$/)), { maxLength: 12 })
    .map((t) => t.join(" ")),
  n: fc.oneof(fc.nat(150).map(String), fc.integer({ min: -10, max: 10 }).map(String), fc.constantFrom("2.5", "007", "1e1", "99999999999999999999")),
  pct: fc.oneof(
    fc.double({ min: -10, max: 2000 }).map(String),
    fc.nat(1100).map((n) => `${n}%`),
    fc.stringMatching(/^[-+]?\d{0,4}(\.\d{0,3})?%?$/),
  ),
  money: fc.oneof(
    fc.double().map(String),
    fc.stringMatching(/^[-+]?\$?[-+]?\d{0,4}(,\d{3})?(\.\d{0,3})?([eE][-+]?\d{1,3})?(b|B|bn|m|M|mm|t|T|tn|k|billion|x)?$/),
  ),
  period: fc.oneof(fc.constantFrom("FY2026", "fy2026-fy2030", "FY2030-FY2026"), fc.stringMatching(/^(fy|FY|q|Q|h|H|9m|9M)[0-9]?-?\d{2,4}(-[fF][yY]\d{4})?$/)),
  duration: fc.tuple(fc.nat(200_000), fc.constantFrom("m", "h", "d", "w", "min", "hours", "W", "y", "")).map(([n, u]) => `${n}${u}`),
  date: fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  kinds: fc
    .array(fc.oneof(fc.constantFrom(...ALERT_KINDS, "mcap-drop", "EARNINGS-RESULT", "mcap_dorp", ","), fc.string({ maxLength: 8 })), { maxLength: 4 })
    .map((k) => k.join(" ")),
  threshold: fc.constantFrom("mcap-pct", "mcap_usd", "capex-pct", "capexSurprisePct", "mcap-pcx", "mcap"),
  topic: fc.oneof(fc.constantFrom(...TOPICS, "qoute"), fc.string({ maxLength: 8 })),
  source: fc.array(fc.string({ unit: "grapheme", maxLength: 8 }), { maxLength: 3 }).map((w) => w.join(" ")),
};
const SLOTTED = [
  "quote {tickers}", "movers {n}", "earnings {ticker}", "capex {ticker}", "alerts {n}", "alerts {ticker} {n}",
  "watch add {tickers}", "watch rm {tickers}", "thresholds set {threshold} {pct} {threshold} {money}",
  "thresholds set mcap-pct {pct} mcap-usd {money} capex-pct {pct}", "kinds enable {kinds}", "kinds disable {kinds}",
  "consensus set {ticker} capex {period} {money} {source}", "consensus list {ticker}", "mute {ticker} {duration}",
  "mute {ticker} until {date}", "unmute {ticker}", "audit {n}", "help {topic}",
  "chart {ticker} 1d", "chart {ticker}", "capex compare {tickers}",
];

/** A command with each argument drawn from values of its type, valid or nearly so. */
const slotted = fc.tuple(prefix, fc.constantFrom(...SLOTTED), fc.boolean()).chain(([p, template, share]) => {
  const parts = template.split(/(\{\w+\})/).map((part) => {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    return slot === undefined ? fc.constant(part) : (SLOTS[slot] as fc.Arbitrary<string>);
  });
  return fc.tuple(...parts).map((filled) => `${p}${filled.join("")}${share ? " share" : ""}`);
});

const input = fc.oneof(anyText, commandLike, mutatedTemplate, slotted, slotted);

function checkResult(text: string, result: ParseResult): void {
  if (result.ok) {
    expect(COMMAND_NAMES).toContain(result.command.name);
    const checked = commandSchema.safeParse(result.command);
    if (!checked.success) throw new Error(`${JSON.stringify(text)} gave ${JSON.stringify(result.command)}: ${checked.error.message}`);
    return;
  }
  const { code, message, usage } = result.error;
  expect(ERROR_CODES).toContain(code);
  expect(typeof message === "string" && message.trim().length > 0).toBe(true);
  expect(typeof usage === "string" && usage.trim().length > 0).toBe(true);
  // The person's input reaches a message only through `shown`: bounded and without control characters.
  expect(message.length).toBeLessThanOrEqual(300);
  expect(message).not.toMatch(/\p{Cc}/u);
}

describe("parseCommand on arbitrary text", () => {
  it("GIVEN 10,000 arbitrary and command-like strings THEN no exception, and a valid command or a complete error", () => {
    const names = new Set<string>();
    const codes = new Set<string>();
    fc.assert(
      fc.property(input, (text) => {
        const result = parseCommand(text);
        checkResult(text, result);
        if (result.ok) names.add(result.command.name);
        else codes.add(result.error.code);
      }),
      { numRuns: 10_000 },
    );
    // The generators reach every command and nearly every error, not only `unknown_command`.
    expect([...names].sort()).toEqual([...COMMAND_NAMES].sort());
    expect(codes.size).toBeGreaterThanOrEqual(ERROR_CODES.length - 2);
  });

  it("GIVEN a command with or without /capwatch in front THEN the same result", () => {
    fc.assert(
      fc.property(fc.oneof(commandLike, mutatedTemplate, slotted), (text) => {
        if (/^\s*\/?capwatch(\s|$)/i.test(text)) return;
        expect(parseCommand(`/capwatch ${text}`)).toEqual(parseCommand(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
