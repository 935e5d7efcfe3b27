// Alerts as plain text, one block each, as a person would read them in a channel.
import type { Alert, CapexGuidanceAlert, EarningsResultAlert, McapMoveAlert } from "../types.js";
import { formatDay, formatEasternTime, formatPct, formatPrice, formatUsd } from "./format.js";

export type NameOf = (ticker: string) => string | undefined;

const TIME_OF_DAY = { bmo: "before the open", amc: "after the close", unknown: "time not announced" } as const;

export function renderAlertText(alert: Alert, nameOf: NameOf = () => undefined): string {
  const head = `[${alert.channel}] ${formatEasternTime(alert.ts)}`;
  const who = (ticker: string) => (nameOf(ticker) ? `${nameOf(ticker)} (${ticker})` : ticker);
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
      return [`${head} · ${alert.kind === "mcap_drop" ? "MARKET-CAP DROP" : "MARKET-CAP GAIN"} · ${alert.ticker} · level ${alert.level}`, ...mcapLines(alert, who(alert.ticker))].join("\n");
    case "capex_guidance":
      return [`${head} · CAPEX GUIDANCE · ${alert.ticker} ${alert.period}`, ...guidanceLines(alert, who(alert.ticker))].join("\n");
    case "capex_actual":
      return [
        `${head} · CAPEX ACTUAL · ${alert.ticker} ${alert.period}`,
        `  ${who(alert.ticker)} reported ${formatUsd(alert.value)} of capex for ${alert.period}, ${formatPct(alert.surprisePct)} against the consensus of ${formatUsd(alert.consensus)}.`,
      ].join("\n");
    case "earnings_upcoming":
      return [
        `${head} · EARNINGS TODAY AND NEXT TRADING DAY`,
        ...alert.items.map((i) => `  ${i.ticker.padEnd(6)} ${formatDay(i.date)}, ${TIME_OF_DAY[i.time]}${nameOf(i.ticker) ? ` (${nameOf(i.ticker)})` : ""}`),
      ].join("\n");
    case "earnings_result":
      return [`${head} · EARNINGS RESULT · ${alert.ticker}${alert.period ? ` ${alert.period}` : ""}`, ...resultLines(alert, who(alert.ticker))].join("\n");
  }
}

function mcapLines(alert: McapMoveAlert, who: string): string[] {
  const verb = alert.kind === "mcap_drop" ? "lost" : "gained";
  return [
    `  ${who} ${verb} ${formatUsd(Math.abs(alert.changeUsd))} of market value (${formatPct(alert.changePct)}) against the reference close.`,
    `  Market cap ${formatUsd(alert.marketCap)}, was ${formatUsd(alert.referenceMarketCap)}.`,
  ];
}

function guidanceLines(alert: CapexGuidanceAlert, who: string): string[] {
  const range =
    alert.low !== null && alert.high !== null
      ? alert.low === alert.high
        ? `about ${formatUsd(alert.low)}`
        : `${formatUsd(alert.low)}–${formatUsd(alert.high)} (midpoint ${formatUsd(alert.value)})`
      : alert.low !== null
        ? `at least ${formatUsd(alert.low)}`
        : `up to ${formatUsd(alert.high as number)}`;
  const basisName = { consensus: "the consensus", prior_guidance: "the prior guidance", prior_year_actual: "last year's actual" }[alert.basis];
  const source = alert.basis === "consensus" && alert.consensusSource ? ` (${alert.consensusSource})` : "";
  const yearly = alert.per === "year" ? " a year" : "";
  const lines = [
    `  ${who} guided ${alert.period} capex ${range}${yearly}: ${formatPct(alert.surprisePct)} against ${basisName} of ${formatUsd(alert.basisValue)}${source}.`,
    `  vs consensus ${formatPct(alert.vsConsensusPct)} · vs prior guidance ${formatPct(alert.vsPriorGuidancePct)} · vs prior-year actual ${formatPct(alert.vsPriorYearActualPct)}`,
  ];
  if (alert.sentence) lines.push(`  “${alert.sentence}”`);
  // Readers weigh a figure by who said it: the company on its call, its release, or the press.
  if (alert.provenance) lines.push(`  — ${alert.provenance.said}`);
  if (alert.url) lines.push(`  ${alert.url}`);
  return lines;
}

function resultLines(alert: EarningsResultAlert, who: string): string[] {
  const eps = `EPS ${formatPrice(alert.epsActual)} vs ${formatPrice(alert.epsEstimate)} expected (${formatPct(alert.epsSurprisePct)})`;
  const revenue =
    alert.revenueActual === null
      ? "revenue n/a"
      : `revenue ${formatUsd(alert.revenueActual)} vs ${alert.revenueEstimate === null ? "n/a" : formatUsd(alert.revenueEstimate)} expected (${formatPct(alert.revenueSurprisePct)})`;
  return [`  ${who} reported: ${eps}; ${revenue}.`];
}
