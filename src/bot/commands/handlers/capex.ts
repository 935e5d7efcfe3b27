// capex TICKER, consensus list TICKER: guidance per period with its history, actuals, consensus.
import { easternDate } from "../../../market/eastern-time.js";
import { capexGuidanceSurprise, guidanceValue } from "../../../alerts/detectors/capex-guidance.js";
import { formatDay, formatPct, formatUsd } from "../../../alerts/render/format.js";
import { bookPeriod } from "../../../alerts/capex-events.js";
import { DEFAULT_THRESHOLDS, LOCAL_TENANT } from "../../../alerts/types.js";
import { shortCompanyName } from "../../../market/company-names.js";
import { provenancePhrase } from "../../../market/provenance.js";
import type { ConsensusRecord, GuidanceRecord } from "../../../store/store.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import { asOf } from "./footnotes.js";

export function formatRange(low: number | null, high: number | null): string {
  if (low !== null && high !== null) return low === high ? `~${formatUsd(low)}` : `${formatUsd(low)}–${formatUsd(high)}`;
  return low !== null ? `at least ${formatUsd(low)}` : `up to ${formatUsd(high as number)}`;
}

const dayOf = (iso: string) => {
  const day = easternDate(Date.parse(iso));
  return `${formatDay(day)} ${day.slice(0, 4)}`;
};

/** "raised from $60B–$65B", "cut from …", "reaffirmed", "first guidance". */
function change(previous: GuidanceRecord | undefined, current: GuidanceRecord): string {
  if (previous === undefined) return "first guidance";
  const [before, after] = [guidanceValue(previous), guidanceValue(current)];
  if (after === before && previous.low === current.low && previous.high === current.high) return "reaffirmed";
  return `${after > before ? "raised" : after < before ? "cut" : "reshaped"} from ${formatRange(previous.low, previous.high)}`;
}

/** What the statement is: its period, and the segment or "per year" when it is not the total. */
function periodLabel(g: GuidanceRecord): string {
  return `${g.period}${g.per === "year" ? " per year" : ""}${g.segment !== undefined ? ` ${g.segment}` : ""}`;
}

/** Where a recorded statement's words come from; null for statements recorded before provenance. */
export function recordProvenance(g: GuidanceRecord, company: string): string | null {
  if (g.voice === undefined) return null;
  const speaker = g.speakerName !== undefined ? { name: g.speakerName, role: g.speakerRole ?? null } : null;
  return provenancePhrase({ kind: g.documentKind ?? null, title: g.title ?? null, url: g.url ?? null, voice: g.voice, speaker, company });
}

/**
 * The consensus figures a tenant sees: market data everyone shares and its own admins' figures
 * (which take the shared one's place for the same period); never another tenant's.
 */
export async function consensusSeenBy(desk: CommandDesk, ticker: string, tenant: string): Promise<ConsensusRecord[]> {
  const all = await desk.store.consensusFor(ticker);
  const own = all.filter((c) => c.tenant === tenant);
  const ownPeriods = new Set(own.map((c) => c.period));
  return [...own, ...all.filter((c) => c.tenant === undefined && !ownPeriods.has(c.period))].sort((a, b) => a.period.localeCompare(b.period));
}

export async function capexReply(desk: CommandDesk, channel: string, ticker: string, share: boolean, tenant: string = LOCAL_TENANT): Promise<Reply> {
  const [guidance, actuals, consensus] = await Promise.all([desk.store.guidanceFor(ticker), desk.store.capexActualsFor(ticker), consensusSeenBy(desk, ticker, tenant)]);
  const name = desk.engine.market.companyName(ticker);
  const title = `Capex: ${ticker}${name ? ` · ${name}` : ""}`;
  if (guidance.length === 0 && actuals.length === 0 && consensus.length === 0) {
    return { title, text: `No capex guidance, actuals or consensus recorded for ${ticker} yet. Admins can add an expectation: consensus set ${ticker} capex FY2026 100B`, footnotes: [asOf(desk, desk.dataNow())], visibility: "private", tone: "info" };
  }
  const thresholds = desk.engine.routing.watchlistOf(channel)?.thresholds ?? DEFAULT_THRESHOLDS;
  const company = name ? shortCompanyName(name) : ticker;
  // The table compares totals only: a segment is a part, never measured against the total's consensus.
  const byPeriod = new Map<string, GuidanceRecord[]>();
  for (const g of guidance) if (g.segment === undefined) byPeriod.set(periodLabel(g), [...(byPeriod.get(periodLabel(g)) ?? []), g]);
  const rows = [...byPeriod].map(([label, list]) => {
    const latest = list[list.length - 1] as GuidanceRecord;
    const s = capexGuidanceSurprise(latest, desk.engine.capex.capexBaselines(ticker, bookPeriod(latest.period, latest.per), latest, tenant), thresholds);
    return [label, formatRange(latest.low, latest.high), dayOf(latest.ts), formatPct(s?.vsConsensusPct ?? null), formatPct(s?.vsPriorGuidancePct ?? null), formatPct(s?.vsPriorYearActualPct ?? null)];
  });
  const history = guidance.map((g, i) => {
    const previous = guidance.slice(0, i).reverse().find((p) => periodLabel(p) === periodLabel(g));
    const what = g.segment !== undefined ? "a segment, not alerted on" : change(previous, g);
    const said = recordProvenance(g, company);
    return `${dayOf(g.ts)}: ${periodLabel(g)} ${formatRange(g.low, g.high)} (${what})${said ? ` — ${said}` : ""}`;
  });
  const fields = [
    { label: "Actuals", value: actuals.length > 0 ? actuals.map((a) => `${a.period} ${formatUsd(a.value)}`).join(" · ") : "none recorded" },
    { label: "Consensus", value: consensus.length > 0 ? consensus.map((c) => `${c.period} ${formatUsd(c.value)}${c.source ? ` (${c.source})` : ""}`).join(" · ") : "none recorded" },
  ];
  const latest = guidance[guidance.length - 1];
  const latestSaid = latest ? recordProvenance(latest, company) : null;
  const latestQuote = latest?.sentence ? `“${latest.sentence}”${latestSaid ? ` — ${latestSaid}` : ""}` : undefined;
  return {
    title,
    fields,
    table: rows.length > 0 ? { columns: ["Period", "Guidance", "Given", "vs consensus", "vs prior", "vs prior-year actual"], rows } : undefined,
    footnotes: [
      ...(history.length > 0 ? ["History:", ...history.map((h) => `  ${h}`)] : ["No guidance recorded yet."]),
      ...(latestQuote ? [`Latest statement: ${latestQuote}`] : []),
      asOf(desk, desk.dataNow()),
    ],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}

export async function consensusListReply(desk: CommandDesk, ticker: string, share: boolean, tenant: string = LOCAL_TENANT): Promise<Reply> {
  const consensus = await consensusSeenBy(desk, ticker, tenant);
  return {
    title: `Consensus: ${ticker}`,
    text: consensus.length === 0 ? `No expectations recorded for ${ticker}. Admins can add one: consensus set ${ticker} capex FY2026 100B LSEG` : undefined,
    table: consensus.length > 0 ? { columns: ["Metric", "Period", "Value", "Source", "Recorded"], rows: consensus.map((c) => ["capex", c.period, formatUsd(c.value), `${c.source ?? "n/a"}${c.tenant !== undefined ? " (set here)" : ""}`, dayOf(c.ts)]) } : undefined,
    footnotes: ["Capex guidance and actuals are measured against these. Figures set here apply to this workspace or server only; the others are market data every desk shares.", asOf(desk, desk.dataNow())],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}
