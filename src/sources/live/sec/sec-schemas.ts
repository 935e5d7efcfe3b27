// zod schemas of the SEC EDGAR responses capwatch reads, as recorded (research §1.2).
import { z } from "zod";

/** www.sec.gov/files/company_tickers.json: {"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},…} */
export const companyTickersSchema = z.record(
  z.string(),
  z.object({ cik_str: z.number().int().positive(), ticker: z.string().min(1), title: z.string() }),
);

/** One XBRL fact; instants (shares) have no `start`. */
export const xbrlFactSchema = z.object({
  start: z.string().optional(),
  end: z.string(),
  val: z.number(),
  accn: z.string(),
  fy: z.number().nullable().optional(),
  fp: z.string().nullable().optional(),
  form: z.string(),
  filed: z.string(),
  frame: z.string().optional(),
});
export type XbrlFact = z.infer<typeof xbrlFactSchema>;

const conceptSchema = z.object({
  label: z.string().nullable().optional(),
  units: z.record(z.string(), z.array(xbrlFactSchema)),
});

/** data.sec.gov/api/xbrl/companyfacts/CIK##########.json */
export const companyFactsSchema = z.object({
  cik: z.union([z.number(), z.string()]),
  entityName: z.string(),
  facts: z.record(z.string(), z.record(z.string(), conceptSchema)),
});
export type CompanyFacts = z.infer<typeof companyFactsSchema>;

const column = <T extends z.ZodType>(item: T) => z.array(item);

/** data.sec.gov/submissions/CIK##########.json; `filings.recent` is columnar (parallel arrays). */
export const submissionsSchema = z.object({
  cik: z.union([z.string(), z.number()]),
  name: z.string(),
  tickers: z.array(z.string()).default([]),
  fiscalYearEnd: z.string().nullable().optional(),
  filings: z.object({
    recent: z.object({
      accessionNumber: column(z.string()),
      filingDate: column(z.string()),
      reportDate: column(z.string()).optional(),
      acceptanceDateTime: column(z.string()),
      form: column(z.string()),
      items: column(z.string()),
      primaryDocument: column(z.string()),
    }),
  }),
});
export type Submissions = z.infer<typeof submissionsSchema>;

/** www.sec.gov/Archives/edgar/data/{cik}/{accession without dashes}/index.json */
export const filingIndexSchema = z.object({
  directory: z.object({
    name: z.string().optional(),
    item: z.array(z.object({ name: z.string(), type: z.string().optional(), size: z.union([z.string(), z.number()]).optional() })),
  }),
});
export type FilingIndex = z.infer<typeof filingIndexSchema>;
