// News with FINNHUB_API_KEY: Finnhub `GET /company-news?symbol=&from=&to=` (dates inclusive,
// YYYY-MM-DD), on the same policy and budget (60 calls a minute) as Finnhub's quotes and calendar.
import { z } from "zod";
import { finnhubSymbol } from "../finnhub/finnhub-client.js";
import type { HttpPolicy } from "../http/http-policy.js";
import type { NewsFetch, NewsItem, NewsProvider } from "./news-types.js";

/** One item of /company-news (Finnhub's documented fields); datetime is epoch seconds. */
export const finnhubNewsSchema = z.array(
  z.object({
    category: z.string().nullable().optional(),
    datetime: z.number().nullable().optional(),
    headline: z.string().nullable().optional(),
    id: z.union([z.number(), z.string()]).nullable().optional(),
    image: z.string().nullable().optional(),
    related: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    summary: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
  }),
);

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class FinnhubNewsClient implements NewsProvider {
  readonly name = "finnhub-news";

  constructor(private readonly http: HttpPolicy) {}

  async news(ticker: string, fromMs: number, toMs: number): Promise<NewsFetch> {
    const rows = await this.http.getJson("/company-news", finnhubNewsSchema, { params: { symbol: finnhubSymbol(ticker), from: utcDate(fromMs), to: utcDate(toMs) } });
    const items: NewsItem[] = [];
    const skipped: string[] = [];
    for (const [index, row] of rows.entries()) {
      const headline = row.headline?.trim() ?? "";
      const where = headline ? `"${headline.slice(0, 80)}"` : `item ${index + 1}`;
      if (headline === "") {
        skipped.push(`${this.name}: ${ticker} ${where} has no headline; skipped`);
        continue;
      }
      if (row.datetime == null || !(row.datetime > 0)) {
        skipped.push(`${this.name}: ${ticker} ${where} has no publication date; skipped`);
        continue;
      }
      items.push({
        ticker,
        headline,
        summary: row.summary?.trim() ?? "",
        publishedMs: row.datetime * 1000,
        ...(row.id != null && String(row.id) !== "" ? { id: String(row.id) } : {}),
        ...(row.url ? { url: row.url } : {}),
        ...(row.source ? { publisher: row.source } : {}),
      });
    }
    return { items, skipped };
  }
}
