// capex compare TICKER…: each company's latest guidance for its current fiscal year against its
// prior-year actual and the consensus, the group's totals, and the same as grouped bars.
import { guidanceValue } from "../../../alerts/detectors/capex-guidance.js";
import { formatPct, formatUsd } from "../../../alerts/render/format.js";
import { LOCAL_TENANT } from "../../../alerts/types.js";
import { easternDate } from "../../../market/eastern-time.js";
import type { FiscalYearNaming } from "../../../sources/events.js";
import { chartFilename, type BarChart } from "../../charts/chart-spec.js";
import { renderChart } from "../../charts/render-chart.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import { consensusSeenBy, formatRange } from "./capex.js";
import { asOf } from "./footnotes.js";

/**
 * The fiscal year a company is in on `day`: the one ending on or after it, named by the calendar
 * year it ends in (Microsoft's FY2026 ends on June 30, 2026), or, for a company naming years by
 * their start, the one before (Target's fiscal 2025 ends in January 2026): the names its guidance
 * and actuals carry. `MM-DD` year ends; Dec 31 when unknown, where the naming changes nothing.
 */
export function currentFiscalYear(day: string, fiscalYearEnd: string | undefined, namedBy?: FiscalYearNaming): number {
  const year = Number(day.slice(0, 4));
  const end = /^\d\d-\d\d$/.test(fiscalYearEnd ?? "") ? (fiscalYearEnd as string) : "12-31";
  const endYear = day.slice(5) <= end ? year : year + 1;
  return namedBy === "start" && !end.startsWith("12-") ? endYear - 1 : endYear;
}

interface Row {
  ticker: string;
  period: string;
  guidance?: { low: number | null; high: number | null; value: number };
  priorActual?: number;
  consensus?: number;
}

const pct = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? null : Math.round(((a - b) / b) * 10_000) / 100);
const usd = (v: number | undefined) => (v === undefined ? "n/a" : formatUsd(v));

async function rowOf(desk: CommandDesk, ticker: string, day: string, tenant: string): Promise<Row> {
  const market = desk.engine.market;
  const year = currentFiscalYear(day, market.fiscalYearEndOf(ticker), market.fiscalYearNamingOf(ticker));
  const period = `FY${year}`;
  const [guidance, actuals, consensus] = await Promise.all([desk.store.guidanceFor(ticker), desk.store.capexActualsFor(ticker), consensusSeenBy(desk, ticker, tenant)]);
  // The company's total for the whole year: segments and per-year figures of a plan are not it.
  const latest = guidance.filter((g) => g.period === period && g.segment === undefined && g.per === undefined).at(-1);
  return {
    ticker,
    period,
    ...(latest ? { guidance: { low: latest.low, high: latest.high, value: guidanceValue(latest) } } : {}),
    ...(actuals.find((a) => a.period === `FY${year - 1}`) ? { priorActual: actuals.find((a) => a.period === `FY${year - 1}`)!.value } : {}),
    ...(consensus.find((c) => c.period === period) ? { consensus: consensus.find((c) => c.period === period)!.value } : {}),
  };
}

export async function capexCompareReply(desk: CommandDesk, tickers: string[], share: boolean, tenant: string = LOCAL_TENANT): Promise<Reply> {
  const day = easternDate(desk.dataNow());
  const rows = await Promise.all(tickers.map((t) => rowOf(desk, t, day, tenant)));
  const title = `Capex compared: ${tickers.join(" ")}`;
  const footnotes = [
    "Each company's current fiscal year (its own year end); guidance is the latest statement's midpoint, the range shown.",
    asOf(desk, desk.engine.market.dataTime()),
  ];
  if (rows.every((r) => r.guidance === undefined && r.priorActual === undefined && r.consensus === undefined)) {
    return { title, text: `No capex guidance, actuals or consensus recorded for ${tickers.join(", ")} for their current fiscal years.`, footnotes, visibility: "private", tone: "info" };
  }
  const table = {
    columns: ["Ticker", "Year", "Guidance", "Prior year", "Consensus", "vs cons.", "vs prior"],
    rows: rows.map((r) => [
      r.ticker,
      r.period,
      r.guidance ? formatRange(r.guidance.low, r.guidance.high) : "n/a",
      usd(r.priorActual),
      usd(r.consensus),
      formatPct(pct(r.guidance?.value, r.consensus)),
      formatPct(pct(r.guidance?.value, r.priorActual)),
    ]),
  };
  // Totals over the companies that have each figure; the differences only where a company has both.
  const sum = (f: (r: Row) => number | undefined, of = rows) => of.reduce((s, r) => s + (f(r) ?? 0), 0);
  const both = (f: (r: Row) => number | undefined) => rows.filter((r) => r.guidance !== undefined && f(r) !== undefined);
  const withCons = both((r) => r.consensus);
  const withPrior = both((r) => r.priorActual);
  table.rows.push([
    "Total",
    "",
    formatUsd(sum((r) => r.guidance?.value)),
    formatUsd(sum((r) => r.priorActual)),
    formatUsd(sum((r) => r.consensus)),
    formatPct(withCons.length ? pct(sum((r) => r.guidance?.value, withCons), sum((r) => r.consensus, withCons)) : null),
    formatPct(withPrior.length ? pct(sum((r) => r.guidance?.value, withPrior), sum((r) => r.priorActual, withPrior)) : null),
  ]);
  const missing = rows.filter((r) => r.guidance === undefined).map((r) => r.ticker);
  if (missing.length > 0) footnotes.unshift(`No guidance yet for ${missing.join(", ")}: not in the guidance total.`);
  const spec: BarChart = {
    kind: "bars",
    title: `Capex, current fiscal year: ${tickers.join(" ")}`,
    subtitle: `guidance midpoint, prior-year actual, consensus · ${desk.source}`,
    categories: rows.map((r) => `${r.ticker} ${r.period}`),
    series: [
      { name: "Guidance", values: rows.map((r) => r.guidance?.value ?? null) },
      { name: "Prior-year actual", values: rows.map((r) => r.priorActual ?? null) },
      { name: "Consensus", values: rows.map((r) => r.consensus ?? null) },
    ],
  };
  const png = await renderChart(spec);
  return {
    title,
    text:
      withPrior.length === 0
        ? `Group guidance ${formatUsd(sum((r) => r.guidance?.value))}; no prior-year actual to compare it with.`
        : `Group guidance ${formatUsd(sum((r) => r.guidance?.value, withPrior))} against ${formatUsd(sum((r) => r.priorActual, withPrior))} the year before (${withPrior.map((r) => r.ticker).join(", ")}), ${formatPct(pct(sum((r) => r.guidance?.value, withPrior), sum((r) => r.priorActual, withPrior)))}.`,
    table,
    footnotes,
    visibility: share ? "channel" : "private",
    tone: "info",
    chart: {
      png,
      filename: chartFilename("capex", ...tickers, day),
      title: `Capex compared: ${tickers.join(" ")}`,
      altText: `Bars per company: ${rows.map((r) => `${r.ticker} guidance ${usd(r.guidance?.value)}, prior year ${usd(r.priorActual)}, consensus ${usd(r.consensus)}`).join("; ")}.`.slice(0, 1000),
    },
  };
}
