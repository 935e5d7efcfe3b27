// What the engine does with capex events: record actuals and guidance, and raise capex_actual
// and capex_guidance alerts for the channels that watch them.
import type { GuidanceEvent, SourcedStatement } from "../sources/documents/guidance-event.js";
import type { CapexActualEvent } from "../sources/events.js";
import type { AlertToRecord, CapexStore, EngineSnapshot } from "./store-roles.js";
import type { AlertRaiser } from "./alert-raiser.js";
import type { CapexBook } from "./capex-book.js";
import type { ChannelRouter } from "./channel-router.js";
import { capexActualSurprise } from "./detectors/capex-actual.js";
import { capexGuidanceSurprise } from "./detectors/capex-guidance.js";
import { isoTime, tenantOf, type AlertProvenance } from "./types.js";

export interface CapexContext {
  capex: CapexBook;
  router: Pick<ChannelRouter, "watching">;
  raiser: Pick<AlertRaiser, "raise" | "write">;
  store: CapexStore;
}

/**
 * The capex book's period of a statement: a per-year figure of a multi-year plan is kept apart
 * from the plan's total, so neither becomes the other's prior guidance or meets its consensus.
 */
export function bookPeriod(period: string, per: "year" | undefined): string {
  return per === "year" ? `${period}/year` : period;
}

/** The capex book as the store left it: consensus, actuals, and every total's guidance in order. */
export function restoreCapexBook(book: CapexBook, snapshot: Pick<EngineSnapshot, "consensus" | "capexActuals" | "guidance">): void {
  for (const c of snapshot.consensus) book.setConsensus(c.ticker, c.period, { value: c.value, source: c.source }, c.tenant);
  for (const a of snapshot.capexActuals) book.setActual(a.ticker, a.period, a.value);
  for (const g of snapshot.guidance) {
    // A segment's figure is never the prior guidance of the total.
    if (g.segment === undefined) book.addGuidance(g.ticker, bookPeriod(g.period, g.per), { low: g.low, high: g.high, ts: g.ts });
  }
}

export async function onCapexActual(ctx: CapexContext, event: CapexActualEvent): Promise<void> {
  ctx.capex.setActual(event.ticker, event.period, event.value);
  await ctx.store.saveCapexActual({ ticker: event.ticker, period: event.period, value: event.value, ts: isoTime(event.ts) });
  const out: AlertToRecord[] = [];
  for (const w of ctx.router.watching(event.ticker, "capex_actual")) {
    // Each channel measures against its own tenant's consensus, else the shared one.
    const consensus = ctx.capex.consensusFor(event.ticker, event.period, tenantOf(w))?.value;
    const surprise = capexActualSurprise(event.value, consensus, w.thresholds);
    if (surprise === null) continue;
    const key = `capex_actual|${event.ticker}|${event.period}|${event.value}`;
    ctx.raiser.raise(out, w, key, 1, { channel: w.channel, kind: "capex_actual", ticker: event.ticker, ts: isoTime(event.ts), period: event.period, ...surprise });
  }
  await ctx.raiser.write(out);
}

/**
 * Consensus read from a document fills a gap: it is used only where no consensus is known (an
 * admin's `consensus set` or a `consensus` line always wins), and it is recorded with its source.
 */
async function consensusFromText(ctx: CapexContext, event: GuidanceEvent): Promise<void> {
  for (const c of event.consensus ?? []) {
    // In the currency of the guidance it sits beside (US dollars when the document guides nothing).
    const guided = event.statements.find((s) => s.period === c.period && s.segment === undefined)?.currency ?? "USD";
    if (c.currency !== guided || ctx.capex.consensusFor(event.ticker, c.period) !== undefined) continue;
    ctx.capex.setConsensus(event.ticker, c.period, { value: c.value, source: c.source });
    await ctx.store.saveConsensus({ ticker: event.ticker, period: c.period, value: c.value, source: c.source, ts: isoTime(event.ts) });
  }
}

export async function onGuidance(ctx: CapexContext, event: GuidanceEvent): Promise<void> {
  await consensusFromText(ctx, event);
  // A segment is a part of a total: kept and shown in `capex`, never measured as the total.
  const totals = firstPerPeriod(event.statements.filter((s) => s.segment === undefined));
  const out: AlertToRecord[] = [];
  const ts = isoTime(event.ts);
  for (const s of totals) {
    const range = { low: s.low, high: s.high };
    const period = bookPeriod(s.period, s.per);
    const byTenant = new Map<string, ReturnType<CapexBook["baselines"]>>();
    for (const w of ctx.router.watching(event.ticker, "capex_guidance")) {
      // Each channel measures against its own tenant's consensus, else the shared one.
      const tenant = tenantOf(w);
      let baselines = byTenant.get(tenant);
      if (baselines === undefined) byTenant.set(tenant, (baselines = ctx.capex.baselines(event.ticker, period, range, tenant)));
      const surprise = capexGuidanceSurprise(range, baselines, w.thresholds);
      if (surprise === null || !surprise.fires) continue;
      const { fires: _fires, ...figures } = surprise;
      const key = `capex_guidance|${event.ticker}|${period}|${s.low}|${s.high}`;
      const { kind, url, speaker, voice, said } = s.provenance;
      const provenance: AlertProvenance = { kind, url, speaker, voice, said };
      ctx.raiser.raise(out, w, key, 1, {
        channel: w.channel,
        kind: "capex_guidance",
        ticker: event.ticker,
        ts,
        period: s.period,
        ...range,
        ...figures,
        ...(url !== null ? { url } : {}),
        ...(s.per !== undefined ? { per: s.per } : {}),
        provenance,
        sentence: s.sentence,
        consensusSource: ctx.capex.consensusFor(event.ticker, period, tenant)?.source,
      });
    }
  }
  // Statements that did not fire still become the prior guidance of later ones.
  for (const s of totals) ctx.capex.addGuidance(event.ticker, bookPeriod(s.period, s.per), { low: s.low, high: s.high, ts });
  await ctx.store.appendGuidance(
    event.statements.map((s) => ({
      ticker: event.ticker,
      period: s.period,
      low: s.low,
      high: s.high,
      currency: s.currency,
      ts,
      sentence: s.sentence,
      url: s.provenance.url ?? undefined,
      segment: s.segment,
      per: s.per,
      voice: s.provenance.voice,
      speakerName: s.provenance.speaker?.name,
      speakerRole: s.provenance.speaker?.role ?? undefined,
      documentKind: s.provenance.kind ?? undefined,
      title: s.provenance.title ?? undefined,
    })),
  );
  await ctx.raiser.write(out);
}

/** Where one document guides a period twice, the first statement counts. */
function firstPerPeriod(statements: SourcedStatement[]): SourcedStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const period = bookPeriod(s.period, s.per);
    return !seen.has(period) && (seen.add(period), true);
  });
}
