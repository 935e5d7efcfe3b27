// The event types every source produces (replay file lines now, live providers later),
// one zod schema per line type of docs/replay-format.md.
import { z } from "zod";
import { issueMessage } from "./zod-issue.js";
import { parseTimestamp, timestampMs, utcDayMs } from "./timestamps.js";

export const TICKER_PATTERN = /^[A-Z][A-Z0-9.-]{0,9}$/;
export const tickerSchema = z.string().regex(TICKER_PATTERN, "must be an upper-case symbol like MSFT or BRK.B");

/** An ISO-8601 time with `Z` or an offset, turned into epoch milliseconds. */
export const timestampSchema = z.string().transform((text, ctx) => {
  const parsed = parseTimestamp(text);
  if (parsed.ok) return parsed.ms;
  ctx.addIssue({
    code: "custom",
    message: parsed.reason === "format" ? "must be ISO-8601 with Z or an offset, like 2026-01-29T14:30:00Z" : "is not a real date and time",
  });
  return z.NEVER;
});

export function isRealCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && !Number.isNaN(utcDayMs(Number(m[1]), Number(m[2]), Number(m[3])));
}

export const calendarDateSchema = z
  .string()
  .refine(isRealCalendarDate, "must be a real date as YYYY-MM-DD");

const monthDaySchema = z
  .string()
  .refine((s) => /^\d{2}-\d{2}$/.test(s) && isRealCalendarDate(`2024-${s}`), "must be a month and day as MM-DD");

/**
 * Which calendar year gives a company's fiscal year its name: "end" (Walmart's fiscal 2025 ended
 * January 2025) or "start" (Target's fiscal 2024 ended February 1, 2025).
 */
export const fiscalYearNamingSchema = z.enum(["start", "end"]);
export type FiscalYearNaming = z.infer<typeof fiscalYearNamingSchema>;

const positive = z.number().finite().positive();
/**
 * The largest money amount any line may carry: a quadrillion in the currency's unit (the largest
 * real capex plans, in won or rupiah, are a few hundred trillion). A larger one is a typing slip.
 */
export const MAX_AMOUNT = 1e15;
const amount = positive.max(MAX_AMOUNT, "must be at most 1e15 (a quadrillion in the currency's unit)");
const finite = z.number().finite();

/** `FY2026`, `Q4-2025`, `H1-2026`, `9M-2025`, `FY2026-FY2030`. */
export const PERIOD_PATTERN = /^(FY\d{4}(-FY\d{4})?|Q[1-4]-\d{4}|H[12]-\d{4}|9M-\d{4})$/;
export const periodSchema = z.string().regex(PERIOD_PATTERN, "must be a period like FY2026, Q4-2025, H1-2026 or FY2026-FY2030");

/**
 * The sane range of each threshold, for replay lines and commands alike: a drop cannot exceed
 * 100 %; a market-cap move under $1M or over $100T is a typing slip, not a setting.
 */
export const THRESHOLD_BOUNDS = {
  mcapDropPct: { min: 0, max: 100 },
  mcapDropUsd: { min: 1e6, max: 1e14 },
  capexSurprisePct: { min: 0, max: 1000 },
  drawdownPct: { min: 0, max: 100 },
  drawdownUsd: { min: 1e6, max: 1e14 },
  /** Trading days the drawdown's peak is looked for in: two at least, about a trading year at most. */
  drawdownDays: { min: 2, max: 250 },
} as const;
const bounded = ({ min, max }: { min: number; max: number }) =>
  min === 0 ? positive.max(max, `must be at most ${max}`) : positive.min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

export const thresholdsSchema = z.object({
  mcapDropPct: bounded(THRESHOLD_BOUNDS.mcapDropPct),
  mcapDropUsd: bounded(THRESHOLD_BOUNDS.mcapDropUsd),
  capexSurprisePct: bounded(THRESHOLD_BOUNDS.capexSurprisePct),
  // mcap_drawdown's own settings (docs/replays.md): absent from a stored or written watchlist, the defaults hold.
  drawdownPct: bounded(THRESHOLD_BOUNDS.drawdownPct),
  drawdownUsd: bounded(THRESHOLD_BOUNDS.drawdownUsd),
  drawdownDays: z
    .number()
    .int("must be a whole number of trading days")
    .min(THRESHOLD_BOUNDS.drawdownDays.min, `must be at least ${THRESHOLD_BOUNDS.drawdownDays.min}`)
    .max(THRESHOLD_BOUNDS.drawdownDays.max, `must be at most ${THRESHOLD_BOUNDS.drawdownDays.max}`),
});

// The alert kind names a watchlist line accepts (docs/replay-format.md). Alerting code takes the
// kinds and the Thresholds type from alerts/types.ts, which derives them from these schemas.
const ALERT_KIND_NAMES = [
  "mcap_drop",
  "mcap_gain",
  "capex_guidance",
  "capex_actual",
  "earnings_upcoming",
  "earnings_result",
  // Off by default, and not in the public replay contract: only a channel that enables it gets it.
  "mcap_drawdown",
] as const;
export const alertKindSchema = z.enum(ALERT_KIND_NAMES);

export const companyEvent = z.object({
  type: z.literal("company"),
  ts: timestampSchema.optional(),
  ticker: tickerSchema,
  name: z.string().optional(),
  cik: z.union([z.string(), z.number()]).optional(),
  sharesOutstanding: positive.optional(),
  fiscalYearEnd: monthDaySchema.optional(),
  /** How the company names its fiscal years; absent: not known (its guidance text may show it). */
  fiscalYearNamedBy: fiscalYearNamingSchema.optional(),
  /** The currency it reports in (ISO 4217, "CAD"): a bare "$" in a text about a Canadian or Australian company is its dollar. */
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as CAD").optional(),
});

export const sharesEvent = z.object({ type: z.literal("shares"), ts: timestampSchema, ticker: tickerSchema, value: positive });

export const splitEvent = z.object({ type: z.literal("split"), ts: timestampSchema, ticker: tickerSchema, ratio: positive });

export const quoteEvent = z.object({
  type: z.literal("quote"),
  ts: timestampSchema,
  ticker: tickerSchema,
  price: positive,
  prevClose: positive.optional(),
  session: z.enum(["regular", "pre", "post"]).default("regular"),
});

export const earningsScheduledEvent = z.object({
  type: z.literal("earnings_scheduled"),
  ts: timestampSchema,
  ticker: tickerSchema,
  date: calendarDateSchema,
  time: z.enum(["bmo", "amc", "unknown"]).default("unknown"),
  period: periodSchema.optional(),
  epsEstimate: finite.optional(),
  revenueEstimate: positive.optional(),
});

export const earningsResultEvent = z.object({
  type: z.literal("earnings_result"),
  ts: timestampSchema,
  ticker: tickerSchema,
  period: periodSchema.optional(),
  epsActual: finite.optional(),
  epsEstimate: finite.optional(),
  revenueActual: positive.optional(),
  revenueEstimate: positive.optional(),
});

export const capexActualEvent = z.object({
  type: z.literal("capex_actual"),
  ts: timestampSchema,
  ticker: tickerSchema,
  period: periodSchema,
  value: amount,
});

export const consensusEvent = z.object({
  type: z.literal("consensus"),
  ts: timestampSchema,
  ticker: tickerSchema,
  metric: z.literal("capex"),
  period: periodSchema,
  value: amount,
  source: z.string().optional(),
});

export const documentEvent = z.object({
  type: z.literal("document"),
  ts: timestampSchema,
  ticker: tickerSchema,
  kind: z.enum(["earnings_release", "transcript", "filing", "news"]).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  /** Who published a news item ("Reuters"), where the source says; the url's host otherwise. */
  publisher: z.string().max(200).optional(),
  text: z.string(),
});

export const watchlistEvent = z.object({
  type: z.literal("watchlist"),
  ts: timestampSchema.optional(),
  channel: z.string().min(1, "must name a channel"),
  tickers: z.array(tickerSchema),
  thresholds: thresholdsSchema.partial().optional(),
  kinds: z.array(alertKindSchema).optional(),
});

const schemasByType = {
  company: companyEvent,
  shares: sharesEvent,
  split: splitEvent,
  quote: quoteEvent,
  earnings_scheduled: earningsScheduledEvent,
  earnings_result: earningsResultEvent,
  capex_actual: capexActualEvent,
  consensus: consensusEvent,
  document: documentEvent,
  watchlist: watchlistEvent,
} as const;

export type EventType = keyof typeof schemasByType;
export const EVENT_TYPES = Object.keys(schemasByType) as EventType[];

export type CompanyEvent = z.infer<typeof companyEvent>;
export type SharesEvent = z.infer<typeof sharesEvent>;
export type SplitEvent = z.infer<typeof splitEvent>;
export type QuoteEvent = z.infer<typeof quoteEvent>;
export type EarningsScheduledEvent = z.infer<typeof earningsScheduledEvent>;
export type EarningsResultEvent = z.infer<typeof earningsResultEvent>;
export type CapexActualEvent = z.infer<typeof capexActualEvent>;
export type ConsensusEvent = z.infer<typeof consensusEvent>;
export type DocumentEvent = z.infer<typeof documentEvent>;
export type WatchlistEvent = z.infer<typeof watchlistEvent>;
export type MarketEvent =
  | CompanyEvent
  | SharesEvent
  | SplitEvent
  | QuoteEvent
  | EarningsScheduledEvent
  | EarningsResultEvent
  | CapexActualEvent
  | ConsensusEvent
  | DocumentEvent
  | WatchlistEvent;

export type ParsedEvent = { ok: true; event: MarketEvent } | { ok: false; reason: string };

/** Validates one already-JSON-parsed value as an event; the reason names the field at fault. */
export function parseEvent(value: unknown): ParsedEvent {
  const result = eventOrReason(value);
  return typeof result === "string" ? { ok: false, reason: result } : { ok: true, event: result };
}

/** The event, or why the value is not one: parseEvent without a result object per line. */
export function eventOrReason(value: unknown): MarketEvent | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "a line must be a JSON object";
  const type = (value as { type?: unknown }).type;
  if (type === "quote") {
    const quote = fastQuote(value as Record<string, unknown>);
    if (quote !== undefined) return quote;
  }
  // Own keys only: "constructor" or "__proto__" must not find an inherited member.
  if (typeof type !== "string" || !Object.hasOwn(schemasByType, type)) {
    const shown = typeof type === "string" ? `unknown type "${type}"` : "missing \"type\"";
    return `${shown}; expected one of ${EVENT_TYPES.join(", ")}`;
  }
  const result = schemasByType[type as EventType].safeParse(value);
  return result.success ? (result.data as MarketEvent) : describeZodError(result.error, value);
}

const SESSIONS = new Set(["regular", "pre", "post"]);
const isPositive = (n: unknown): n is number => typeof n === "number" && n > 0 && n !== Infinity;

/**
 * Quotes are nearly every line of a large replay, so a valid one is accepted by hand under the
 * same rules as `quoteEvent` (a property test holds the two together); anything doubtful goes
 * through zod, which also words the error.
 */
export function fastQuote(value: Record<string, unknown>): QuoteEvent | undefined {
  const { ts, ticker, price, prevClose, session } = value;
  return quoteFromFields(ts, ticker, price, prevClose, session);
}

/** fastQuote's rules on the fields themselves, for a reader that has them without an object. */
export function quoteFromFields(ts: unknown, ticker: unknown, price: unknown, prevClose: unknown, session: unknown): QuoteEvent | undefined {
  return typeof ts === "string" ? quoteAt(timestampMs(ts), ticker, price, prevClose, session) : undefined;
}

/** quoteFromFields with the time already read (a non-finite number when it was not one): replay's quote lines read it from their bytes. */
export function quoteAt(ms: number, ticker: unknown, price: unknown, prevClose: unknown, session: unknown): QuoteEvent | undefined {
  if (!Number.isFinite(ms) || typeof ticker !== "string" || !TICKER_PATTERN.test(ticker) || !isPositive(price)) return undefined;
  if (prevClose !== undefined && !isPositive(prevClose)) return undefined;
  if (session !== undefined && !(typeof session === "string" && SESSIONS.has(session))) return undefined;
  const quote: QuoteEvent = { type: "quote", ts: ms, ticker, price, session: (session as QuoteEvent["session"] | undefined) ?? "regular" };
  if (prevClose !== undefined) quote.prevClose = prevClose;
  return quote;
}

export function describeZodError(error: z.ZodError, value: unknown): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "value"} ${issueMessage(issue, value)}`)
    .join("; ");
}
