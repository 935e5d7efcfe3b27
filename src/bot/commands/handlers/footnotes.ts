// The lines every lookup ends with: when its data is from, and where it comes from.
import { formatEasternTime } from "../../../alerts/render/format.js";
import type { CommandDesk } from "../context.js";
import { nearestTickers } from "./known-tickers.js";

/** Footnotes are indented by 2 in the terminal: a line of this many characters fits 80 columns. */
const FOOTNOTE_WIDTH = 78;

/**
 * `data as of Thu, Jan 29, 2026, 16:00 ET · source: …` on every lookup, within 80 columns: when
 * the source's name makes it longer, the source goes on a line of its own (shortened in the
 * middle if it still does not fit), so the time is never wrapped apart.
 */
export function asOf(desk: CommandDesk, ms: number | undefined): string {
  const when = ms === undefined ? "no data yet" : `data as of ${formatEasternTime(new Date(ms).toISOString())}`;
  const one = `${when} · source: ${desk.source}`;
  if (one.length <= FOOTNOTE_WIDTH) return one;
  const source = `source: ${desk.source}`;
  const half = Math.floor((FOOTNOTE_WIDTH - 1) / 2);
  return `${when}\n${source.length <= FOOTNOTE_WIDTH ? source : `${source.slice(0, half)}…${source.slice(source.length - (FOOTNOTE_WIDTH - 1 - half))}`}`;
}

/** A known list this long is not printed whole (a live store): the nearest tickers are. */
const LIST_WHOLE = 20;

export function unknownTickers(desk: CommandDesk, tickers: string[]): string {
  const known = desk.engine.market.knownTickers();
  if (known.length <= LIST_WHOLE) return `No data for ${tickers.join(", ")}. Known tickers: ${known.length > 0 ? known.join(", ") : "none yet"}.`;
  const near = [...new Set(tickers.flatMap((t) => nearestTickers(t, known)))];
  return `No data for ${tickers.join(", ")}.${near.length > 0 ? ` Did you mean ${near.join(", ")}?` : ""} ${known.length} tickers have data; watch list shows this channel's.`;
}
