// Nasdaq's public earnings calendar (no key, unofficial): one date per call, every field a
// formatted string ("$3.46", "($0.29)", "N/A"). The no-key fallback for earnings dates.
import { z } from "zod";
import type { HttpPolicy } from "../http/http-policy.js";
import { ProviderError } from "../http/provider-error.js";

const rowSchema = z.object({
  symbol: z.string(),
  name: z.string().optional(),
  time: z.string().optional(),
  epsForecast: z.string().optional(),
  fiscalQuarterEnding: z.string().optional(),
});

export const nasdaqCalendarSchema = z.object({
  data: z.object({ asOf: z.string().optional(), rows: z.array(rowSchema).nullable() }).nullable(),
  status: z.object({ rCode: z.number(), bCodeMessage: z.unknown().optional() }).optional(),
});

export interface NasdaqEarningsRow {
  ticker: string;
  date: string;
  time: "bmo" | "amc" | "unknown";
  epsEstimate?: number;
}

/** "$3.46" → 3.46, "($0.29)" → -0.29, "" / "N/A" → undefined. */
export function parseNasdaqMoney(text: string | undefined): number | undefined {
  const m = /^\s*(\()?\$?(-?[\d,]*\.?\d+)\)?\s*$/.exec(text ?? "");
  if (m === null) return undefined;
  const n = Number(m[2]!.replace(/,/g, ""));
  return Number.isFinite(n) ? (m[1] ? -n : n) : undefined;
}

const TIMES: Record<string, NasdaqEarningsRow["time"]> = { "time-pre-market": "bmo", "time-after-hours": "amc" };

export class NasdaqClient {
  constructor(private readonly http: HttpPolicy) {}

  async earningsOn(date: string): Promise<NasdaqEarningsRow[]> {
    const body = await this.http.getJson("/api/calendar/earnings", nasdaqCalendarSchema, { params: { date } });
    if (body.status !== undefined && body.status.rCode !== 200) {
      throw new ProviderError({ provider: "nasdaq", code: "server", message: `calendar answered rCode ${body.status.rCode}`, retryable: false });
    }
    return (body.data?.rows ?? []).map((row) => ({
      ticker: row.symbol.trim().toUpperCase(),
      date,
      time: TIMES[row.time ?? ""] ?? "unknown",
      epsEstimate: parseNasdaqMoney(row.epsForecast),
    }));
  }
}
