// The words of a market-cap move for readers: what it followed, how large it is, the value line
// and the level in words. Pure functions of the alert; the alert view puts them in place.
import type { CauseAlert, McapMoveAlert } from "../types.js";
import { formatEasternTime, formatPct, formatPrice, formatUsd } from "../render/format.js";

/**
 * `after guiding FY2026 capex $200B, +36.43% vs consensus, at 16:05 ET` (the time alone on the
 * move's own US/Eastern day, else with the day).
 */
export function causeText(cause: CauseAlert, effectTs: string): string {
  const when = formatEasternTime(cause.ts);
  const sameDay = when.slice(0, 17) === formatEasternTime(effectTs).slice(0, 17);
  const at = sameDay ? `at ${when.slice(-8)}` : `on ${when.replace(/, \d{4},/, ",")}`;
  if (cause.kind === "capex_guidance") {
    const basis = { consensus: "consensus", prior_guidance: "prior guidance", prior_year_actual: "last year's actual" }[cause.basis];
    const guided = cause.low !== null && cause.high !== null && cause.low !== cause.high ? `${formatUsd(cause.low)}–${formatUsd(cause.high)}` : formatUsd(cause.value);
    return `after guiding ${cause.period} capex ${guided}, ${formatPct(cause.surprisePct)} vs ${basis}, ${at}`;
  }
  const eps = cause.epsActual === null ? "" : ` EPS ${formatPrice(cause.epsActual)}${cause.epsSurprisePct === null ? "" : ` (${formatPct(cause.epsSurprisePct)} vs estimate)`}`;
  return `after reporting${cause.period ? ` ${cause.period}` : ""} results${eps ? `:${eps}` : ""}, ${at}`;
}

export const SESSION_WORDS = { regular: "in the regular session", pre: "before the open (pre-market)", post: "after hours" } as const;
export const SESSION_SHORT = { regular: "(regular session)", pre: "(pre-market)", post: "(after hours)" } as const;

/** `market cap down $309.4B (-8.64%)`, or for a ticker with no share count `down 7.00% (market cap unknown)`. */
export function mcapMoveText(alert: McapMoveAlert): { summary: string; headline: string } {
  const drop = alert.kind === "mcap_drop";
  if (alert.changeUsd === null) {
    return {
      summary: `${drop ? "down" : "up"} ${formatPct(alert.changePct)} (market cap unknown)`,
      headline: `${drop ? "fell" : "rose"} ${Math.abs(alert.changePct).toFixed(2)}% against the reference close; market cap unknown`,
    };
  }
  const usd = formatUsd(Math.abs(alert.changeUsd));
  return { summary: `market cap ${drop ? "down" : "up"} ${usd} (${formatPct(alert.changePct)})`, headline: `${drop ? "lost" : "gained"} ${usd} of market value (${formatPct(alert.changePct)}) against the reference close` };
}

/**
 * The market value line. It is price × the share count last known, so it is marked estimated
 * where the alert says at which price it was taken (the count can be a filing old).
 */
export function valueText(alert: McapMoveAlert): string {
  if (alert.marketCap === null || alert.referenceMarketCap === null) return `No share count known for ${alert.ticker}: the move is measured on the price alone.`;
  const base = `Market cap ${formatUsd(alert.marketCap)}, was ${formatUsd(alert.referenceMarketCap)}`;
  if (alert.price === undefined || alert.price <= 0) return `${base}.`;
  return `${base} (estimated: price × ${formatCount(alert.marketCap / alert.price)} shares last reported).`;
}

/** `7.43B`, `850.2M`: a share count as people read it. */
function formatCount(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : String(Math.round(n));
}

/**
 * `Level 2: twice your 5% threshold.` The threshold named is the one that decided the level
 * (the larger of the two ratios); each level doubles the move of the one before.
 */
export function levelInWords(alert: Pick<McapMoveAlert, "level" | "changePct" | "changeUsd">, thresholds: { mcapDropPct: number; mcapDropUsd: number }): string {
  const byPct = Math.abs(alert.changePct) / thresholds.mcapDropPct;
  const byUsd = alert.changeUsd === null ? 0 : Math.abs(alert.changeUsd) / thresholds.mcapDropUsd;
  const threshold = byUsd > byPct ? formatUsd(thresholds.mcapDropUsd) : `${thresholds.mcapDropPct}%`;
  const times = 2 ** (alert.level - 1);
  const multiple = alert.level === 1 ? "over" : times === 2 ? "twice" : `${times} times`;
  return `Level ${alert.level}: ${multiple} your ${threshold} threshold.`;
}
