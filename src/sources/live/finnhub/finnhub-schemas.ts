// zod schemas of the Finnhub responses capwatch reads (research §2; recorded samples).
import { z } from "zod";

const num = z.number().nullable().optional();

/** /quote: c price, pc previous close, t epoch seconds; an unknown symbol is all zeros. */
export const finnhubQuoteSchema = z.object({ c: z.number(), d: num, dp: num, h: num, l: num, o: num, pc: z.number(), t: z.number() });
export type FinnhubQuote = z.infer<typeof finnhubQuoteSchema>;

/** /stock/profile2: marketCapitalization and shareOutstanding are in millions; `{}` for an unknown symbol. */
export const finnhubProfileSchema = z.object({
  name: z.string().optional(),
  ticker: z.string().optional(),
  marketCapitalization: z.number().nullable().optional(),
  shareOutstanding: z.number().nullable().optional(),
  currency: z.string().optional(),
});
export type FinnhubProfile = z.infer<typeof finnhubProfileSchema>;

/** /calendar/earnings: rows unsorted; quarter and year are fiscal. */
export const finnhubCalendarSchema = z.object({
  earningsCalendar: z.array(
    z.object({
      symbol: z.string(),
      date: z.string(),
      hour: z.string().nullable().optional(),
      quarter: z.number().nullable().optional(),
      year: z.number().nullable().optional(),
      epsActual: num,
      epsEstimate: num,
      revenueActual: num,
      revenueEstimate: num,
    }),
  ),
});
export type FinnhubCalendarRow = z.infer<typeof finnhubCalendarSchema>["earningsCalendar"][number];
