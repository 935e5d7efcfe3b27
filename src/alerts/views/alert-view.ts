// An alert as people read it, in no platform's markup: built once per alert, here and only here
// per kind, and rendered natively by each platform (text for the terminal, Block Kit for Slack,
// embeds for Discord). Strings are plain; each renderer escapes for its own markup.
import type { Alert, CapexGuidanceAlert, EarningsResultAlert, McapDrawdownAlert, McapMoveAlert } from "../types.js";
import { formatDay, formatEasternTime, formatPct, formatPrice, formatUsd } from "../render/format.js";

export type NameOf = (ticker: string) => string | undefined;

export interface ViewFigure {
  label: string;
  value: string;
}

/** One company in a list alert (the earnings calendar). */
export interface ViewListItem {
  ticker: string;
  /** `Wed Jan 28, after the close`. */
  when: string;
  name?: string;
}

export interface AlertView {
  channel: string;
  /** The event's time, ISO, and as `Thu, Jan 29, 2026, 09:30 ET`. */
  ts: string;
  time: string;
  /** `MARKET-CAP DROP · MSFT · level 2`. */
  title: string;
  /** One line for lists (the `alerts` command): `MSFT market cap down $309.4B (-8.64%), level 2`. */
  summary: string;
  /** The sentence a person reads first; absent for list alerts, whose items are the content. */
  headline?: string;
  /** Further plain sentences under the headline (the text rendering shows them; rich ones show `figures`). */
  details: string[];
  items?: ViewListItem[];
  /** The key figures, labelled, for fields. */
  figures: ViewFigure[];
  /** The words quoted from the document, and who said them where (provenance). */
  quote?: string;
  said?: string;
  /** Where the expected figure comes from (`FactSet`), when it is a named consensus. */
  consensusSource?: string;
  link?: { url: string; label: string };
  /** Direction and size, for colour: the leading surprise or change in %, and whether it is severe. */
  tone: { pct: number | null; severe: boolean };
}

/** A surprise this large (in %) or an mcap level this high is severe. */
const SEVERE_PCT = 25;
const SEVERE_LEVEL = 2;
const TIME_OF_DAY = { bmo: "before the open", amc: "after the close", unknown: "time not announced" } as const;

const figure = (label: string, value: string): ViewFigure => ({ label, value });
const signedUsd = (v: number) => `${v > 0 ? "+" : ""}${formatUsd(v)}`;

export function alertView(alert: Alert, nameOf: NameOf = () => undefined): AlertView {
  const base = { channel: alert.channel, ts: alert.ts, time: formatEasternTime(alert.ts), details: [] as string[] };
  const who = (ticker: string) => (nameOf(ticker) ? `${nameOf(ticker)} (${ticker})` : ticker);
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
      return { ...base, ...mcapView(alert, who(alert.ticker)) };
    case "mcap_drawdown":
      return { ...base, ...drawdownView(alert, who(alert.ticker)) };
    case "capex_guidance":
      return { ...base, ...guidanceView(alert, who(alert.ticker)) };
    case "capex_actual":
      return {
        ...base,
        title: `CAPEX ACTUAL · ${alert.ticker} ${alert.period}`,
        summary: `${alert.ticker} ${alert.period} capex ${formatUsd(alert.value)}, ${formatPct(alert.surprisePct)} vs consensus`,
        headline: `${who(alert.ticker)} reported ${formatUsd(alert.value)} of capex for ${alert.period}, ${formatPct(alert.surprisePct)} against the consensus of ${formatUsd(alert.consensus)}.`,
        figures: [figure("Capex", `${formatUsd(alert.value)} (${alert.period})`), figure("Consensus", formatUsd(alert.consensus)), figure("Surprise", formatPct(alert.surprisePct))],
        tone: { pct: alert.surprisePct, severe: Math.abs(alert.surprisePct) >= SEVERE_PCT },
      };
    case "earnings_upcoming":
      return {
        ...base,
        title: "EARNINGS TODAY AND NEXT TRADING DAY",
        summary: `earnings: ${alert.items.map((i) => `${i.ticker} ${i.date}`).join(", ")}`,
        items: alert.items.map((i) => ({ ticker: i.ticker, when: `${formatDay(i.date)}, ${TIME_OF_DAY[i.time]}`, ...(nameOf(i.ticker) ? { name: nameOf(i.ticker) } : {}) })),
        figures: [],
        tone: { pct: null, severe: false },
      };
    case "earnings_result":
      return { ...base, ...resultView(alert, who(alert.ticker)) };
  }
}

type KindPart = Omit<AlertView, "channel" | "ts" | "time" | "details"> & { details?: string[] };

function mcapView(alert: McapMoveAlert, who: string): KindPart {
  const drop = alert.kind === "mcap_drop";
  return {
    title: `${drop ? "MARKET-CAP DROP" : "MARKET-CAP GAIN"} · ${alert.ticker} · level ${alert.level}`,
    summary: `${alert.ticker} market cap ${drop ? "down" : "up"} ${formatUsd(Math.abs(alert.changeUsd))} (${formatPct(alert.changePct)}), level ${alert.level}`,
    headline: `${who} ${drop ? "lost" : "gained"} ${formatUsd(Math.abs(alert.changeUsd))} of market value (${formatPct(alert.changePct)}) against the reference close.`,
    details: [`Market cap ${formatUsd(alert.marketCap)}, was ${formatUsd(alert.referenceMarketCap)}.`],
    figures: [
      figure("Market-cap change", `${signedUsd(alert.changeUsd)} (${formatPct(alert.changePct)})`),
      figure("Market cap", `${formatUsd(alert.marketCap)}, was ${formatUsd(alert.referenceMarketCap)}`),
      figure("Level", String(alert.level)),
    ],
    tone: { pct: alert.changePct, severe: alert.level >= SEVERE_LEVEL },
  };
}

function drawdownView(alert: McapDrawdownAlert, who: string): KindPart {
  const lost = formatUsd(Math.abs(alert.changeUsd));
  const peak = `the ${alert.days}-trading-day high close of ${formatDay(alert.peakDate)}`;
  return {
    title: `DRAWDOWN · ${alert.ticker} · level ${alert.level}`,
    summary: `${alert.ticker} ${lost} (${formatPct(alert.changePct)}) below its ${alert.days}-day high, level ${alert.level}`,
    headline: `${who} is ${lost} of market value (${formatPct(alert.changePct)}) below ${peak}.`,
    details: [`Market cap ${formatUsd(alert.marketCap)}, peak ${formatUsd(alert.referenceMarketCap)} on ${formatDay(alert.peakDate)}.`],
    figures: [
      figure("Drawdown", `${signedUsd(alert.changeUsd)} (${formatPct(alert.changePct)})`),
      figure("Market cap", `${formatUsd(alert.marketCap)}, peak ${formatUsd(alert.referenceMarketCap)}`),
      figure("Peak close", `${formatDay(alert.peakDate)} (${alert.days}-trading-day window)`),
      figure("Level", String(alert.level)),
    ],
    tone: { pct: alert.changePct, severe: alert.level >= SEVERE_LEVEL },
  };
}

function guidanceView(alert: CapexGuidanceAlert, who: string): KindPart {
  const range =
    alert.low !== null && alert.high !== null
      ? alert.low === alert.high
        ? `about ${formatUsd(alert.low)}`
        : `${formatUsd(alert.low)}–${formatUsd(alert.high)} (midpoint ${formatUsd(alert.value)})`
      : alert.low !== null
        ? `at least ${formatUsd(alert.low)}`
        : `up to ${formatUsd(alert.high as number)}`;
  const basisName = { consensus: "the consensus", prior_guidance: "the prior guidance", prior_year_actual: "last year's actual" }[alert.basis];
  const consensusSource = alert.basis === "consensus" && alert.consensusSource ? alert.consensusSource : undefined;
  const yearly = alert.per === "year" ? " a year" : "";
  const vs = [`vs consensus ${formatPct(alert.vsConsensusPct)}`, `vs prior guidance ${formatPct(alert.vsPriorGuidancePct)}`, `vs prior-year actual ${formatPct(alert.vsPriorYearActualPct)}`];
  const guided = alert.low !== null && alert.high !== null && alert.low !== alert.high ? `${formatUsd(alert.low)}–${formatUsd(alert.high)}` : formatUsd(alert.value);
  return {
    title: `CAPEX GUIDANCE · ${alert.ticker} ${alert.period}`,
    summary: `${alert.ticker} ${alert.period} capex guidance ${formatUsd(alert.value)}, ${formatPct(alert.surprisePct)} vs ${alert.basis.replace(/_/g, " ")}`,
    headline: `${who} guided ${alert.period} capex ${range}${yearly}: ${formatPct(alert.surprisePct)} against ${basisName} of ${formatUsd(alert.basisValue)}${consensusSource ? ` (${consensusSource})` : ""}.`,
    details: [vs.join(" · ")],
    figures: [
      figure("Guidance", `${alert.period} ${guided}`),
      figure("Surprise", formatPct(alert.surprisePct)),
      figure("vs consensus", formatPct(alert.vsConsensusPct)),
      figure("vs prior guidance", formatPct(alert.vsPriorGuidancePct)),
      figure("vs prior-year actual", formatPct(alert.vsPriorYearActualPct)),
    ],
    ...(alert.sentence ? { quote: alert.sentence } : {}),
    // Readers weigh a figure by who said it: the company on its call, its release, or the press.
    ...(alert.provenance ? { said: alert.provenance.said } : {}),
    ...(consensusSource ? { consensusSource } : {}),
    ...(httpsUrl(alert.url) !== undefined ? { link: { url: httpsUrl(alert.url) as string, label: "Read the document" } } : {}),
    tone: { pct: alert.surprisePct, severe: Math.abs(alert.surprisePct) >= SEVERE_PCT },
  };
}

function resultView(alert: EarningsResultAlert, who: string): KindPart {
  const eps = `${formatPrice(alert.epsActual)} vs ${formatPrice(alert.epsEstimate)}`;
  const revenue = alert.revenueActual === null ? null : `${formatUsd(alert.revenueActual)} vs ${alert.revenueEstimate === null ? "n/a" : formatUsd(alert.revenueEstimate)}`;
  const lead = alert.epsSurprisePct ?? alert.revenueSurprisePct;
  return {
    title: `EARNINGS RESULT · ${alert.ticker}${alert.period ? ` ${alert.period}` : ""}`,
    summary: `${alert.ticker} results: EPS ${formatPrice(alert.epsActual)} (${formatPct(alert.epsSurprisePct)}), revenue ${alert.revenueActual === null ? "n/a" : formatUsd(alert.revenueActual)} (${formatPct(alert.revenueSurprisePct)})`,
    headline: `${who} reported: EPS ${eps} expected (${formatPct(alert.epsSurprisePct)}); ${revenue === null ? "revenue n/a" : `revenue ${revenue} expected (${formatPct(alert.revenueSurprisePct)})`}.`,
    figures: [figure("EPS", `${eps} (${formatPct(alert.epsSurprisePct)})`), figure("Revenue", revenue === null ? "n/a" : `${revenue} (${formatPct(alert.revenueSurprisePct)})`)],
    tone: { pct: lead, severe: Math.abs(lead ?? 0) >= SEVERE_PCT },
  };
}

/**
 * A document's address as a link: only a well-formed https: URL reaches a button or an embed
 * (`javascript:`, `data:`, `file:` and plain http never do; Discord refuses such embeds outright).
 */
export function httpsUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Each kind's name in counts ("3 market-cap drops"): singular, plural. */
export const KIND_NAMES: Record<Alert["kind"], readonly [string, string]> = {
  mcap_drop: ["market-cap drop", "market-cap drops"],
  mcap_gain: ["market-cap gain", "market-cap gains"],
  mcap_drawdown: ["drawdown", "drawdowns"],
  capex_guidance: ["capex guidance", "capex guidances"],
  capex_actual: ["capex actual", "capex actuals"],
  earnings_upcoming: ["earnings calendar", "earnings calendars"],
  earnings_result: ["earnings result", "earnings results"],
};

/**
 * How large an alert's figure is, for ordering a summary largest first: the money it is about
 * (a move, a capex surprise, a revenue surprise) in USD, and its leading percentage to break ties.
 */
export function alertSize(alert: Alert): { usd: number; pct: number } {
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
    case "mcap_drawdown":
      return { usd: Math.abs(alert.changeUsd), pct: Math.abs(alert.changePct) };
    case "capex_guidance":
      return { usd: Math.abs(alert.value - alert.basisValue), pct: Math.abs(alert.surprisePct) };
    case "capex_actual":
      return { usd: Math.abs(alert.value - alert.consensus), pct: Math.abs(alert.surprisePct) };
    case "earnings_result":
      return { usd: alert.revenueActual !== null && alert.revenueEstimate !== null ? Math.abs(alert.revenueActual - alert.revenueEstimate) : 0, pct: Math.abs(alert.epsSurprisePct ?? alert.revenueSurprisePct ?? 0) };
    case "earnings_upcoming":
      return { usd: 0, pct: 0 };
  }
}
