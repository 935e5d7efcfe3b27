// The lines every lookup ends with: when its data is from, and where it comes from.
import { formatEasternTime } from "../../../alerts/render/format.js";
import type { CommandDesk } from "../context.js";

export function asOf(desk: CommandDesk, ms: number | undefined): string {
  const when = ms === undefined ? "no data yet" : `data as of ${formatEasternTime(new Date(ms).toISOString())}`;
  return `${when} · source: ${desk.source}`;
}

export function unknownTickers(desk: CommandDesk, tickers: string[]): string {
  const known = desk.engine.market.knownTickers();
  return `No data for ${tickers.join(", ")}. Known tickers: ${known.length > 0 ? known.join(", ") : "none yet"}.`;
}
