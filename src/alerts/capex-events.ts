// What the engine does with capex events: record actuals and guidance, and raise capex_actual
// and capex_guidance alerts for the channels that watch them.
import type { CapexActualEvent, DocumentEvent } from "../sources/events.js";
import type { GuidanceStatement } from "../sources/guidance/types.js";
import type { AlertToRecord, Store } from "../store/store.js";
import { easternDate } from "./calendar/eastern-time.js";
import type { CapexBook } from "./capex-book.js";
import type { ChannelRouter } from "./channel-router.js";
import { capexActualSurprise } from "./detectors/capex-actual.js";
import { capexGuidanceSurprise } from "./detectors/capex-guidance.js";

/** Reads capex guidance out of a document; injected so the engine stays independent of the extractor. */
export type GuidanceReader = (text: string, ctx: { date: string; fiscalYearEnd?: string }) => GuidanceStatement[];

export interface CapexContext {
  capex: CapexBook;
  router: ChannelRouter;
  store: Store;
  readGuidance: GuidanceReader;
  fiscalYearEndOf(ticker: string): string | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function onCapexActual(ctx: CapexContext, event: CapexActualEvent): Promise<void> {
  ctx.capex.setActual(event.ticker, event.period, event.value);
  await ctx.store.saveCapexActual({ ticker: event.ticker, period: event.period, value: event.value, ts: iso(event.ts) });
  const out: AlertToRecord[] = [];
  const consensus = ctx.capex.consensusFor(event.ticker, event.period)?.value;
  for (const w of ctx.router.watching(event.ticker, "capex_actual")) {
    const surprise = capexActualSurprise(event.value, consensus, w.thresholds);
    if (surprise === null) continue;
    const key = `capex_actual|${event.ticker}|${event.period}|${event.value}`;
    ctx.router.raise(out, w, key, 1, { channel: w.channel, kind: "capex_actual", ticker: event.ticker, ts: iso(event.ts), period: event.period, ...surprise });
  }
  await ctx.router.write(out);
}

export async function onDocument(ctx: CapexContext, event: DocumentEvent): Promise<void> {
  const statements = firstPerPeriod(ctx.readGuidance(event.text, { date: easternDate(event.ts), fiscalYearEnd: ctx.fiscalYearEndOf(event.ticker) }));
  const out: AlertToRecord[] = [];
  const ts = iso(event.ts);
  for (const s of statements) {
    const range = { low: s.low, high: s.high };
    const baselines = ctx.capex.baselines(event.ticker, s.period, range);
    for (const w of ctx.router.watching(event.ticker, "capex_guidance")) {
      const surprise = capexGuidanceSurprise(range, baselines, w.thresholds);
      if (surprise === null || !surprise.fires) continue;
      const { fires: _fires, ...figures } = surprise;
      const key = `capex_guidance|${event.ticker}|${s.period}|${s.low}|${s.high}`;
      ctx.router.raise(out, w, key, 1, {
        channel: w.channel,
        kind: "capex_guidance",
        ticker: event.ticker,
        ts,
        period: s.period,
        ...range,
        ...figures,
        ...(event.url !== undefined ? { url: event.url } : {}),
        sentence: s.text,
        consensusSource: ctx.capex.consensusFor(event.ticker, s.period)?.source,
      });
    }
  }
  // Statements that did not fire still become the prior guidance of later ones.
  for (const s of statements) ctx.capex.addGuidance(event.ticker, s.period, { low: s.low, high: s.high, ts });
  await ctx.store.appendGuidance(
    statements.map((s) => ({ ticker: event.ticker, period: s.period, low: s.low, high: s.high, currency: s.currency, ts, sentence: s.text, url: event.url })),
  );
  await ctx.router.write(out);
}

/** Where one document guides a period twice, the first statement counts. */
function firstPerPeriod(statements: GuidanceStatement[]): GuidanceStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => !seen.has(s.period) && (seen.add(s.period), true));
}
