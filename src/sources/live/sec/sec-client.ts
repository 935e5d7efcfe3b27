// The SEC EDGAR endpoints capwatch reads (no key; a declared User-Agent is required).
import type { HttpPolicy } from "../http/http-policy.js";
import { ProviderError } from "../http/provider-error.js";
import { companyFactsSchema, companyTickersSchema, filingIndexSchema, submissionsSchema, type CompanyFacts, type FilingIndex, type Submissions } from "./sec-schemas.js";

const DAY_MS = 86_400_000;

export interface SecUrls {
  /** www.sec.gov, or a mirror (SEC_BASE_URL). */
  www: string;
  /** data.sec.gov, or a mirror (SEC_DATA_URL). */
  data: string;
}

export interface CompanyRef {
  cik: number;
  ticker: string;
  title: string;
}

export function paddedCik(cik: number | string): string {
  return `CIK${String(cik).padStart(10, "0")}`;
}

/** SEC spells share classes with a dash (BRK-B); capwatch tickers may use a dot (BRK.B). */
export function secTicker(ticker: string): string {
  return ticker.replace(".", "-");
}

export class SecClient {
  private tickers: { at: number; byTicker: Map<string, CompanyRef> } | undefined;

  constructor(
    private readonly http: HttpPolicy,
    private readonly urls: SecUrls,
    private readonly now: () => number,
  ) {}

  /** Ticker → CIK from company_tickers.json, fetched at most once a day. */
  async lookup(ticker: string): Promise<CompanyRef | undefined> {
    return (await this.table()).get(secTicker(ticker).toUpperCase());
  }

  /** Every ticker company_tickers.json lists, in capwatch's spelling (BRK.B): what `watch add` suggests from. */
  async listedTickers(): Promise<string[]> {
    return [...(await this.table()).keys()].map((t) => t.replace("-", "."));
  }

  private async table(): Promise<Map<string, CompanyRef>> {
    if (this.tickers === undefined || this.now() - this.tickers.at >= DAY_MS) {
      const table = await this.http.getJson(`${this.urls.www}/files/company_tickers.json`, companyTickersSchema);
      const byTicker = new Map<string, CompanyRef>();
      for (const row of Object.values(table)) byTicker.set(row.ticker.toUpperCase(), { cik: row.cik_str, ticker: row.ticker, title: row.title });
      this.tickers = { at: this.now(), byTicker };
    }
    return this.tickers.byTicker;
  }

  async requireCompany(ticker: string): Promise<CompanyRef> {
    const ref = await this.lookup(ticker);
    if (ref === undefined) throw new ProviderError({ provider: "sec", code: "not_found", message: `no CIK for ${ticker} in company_tickers.json`, advice: "check the ticker" });
    return ref;
  }

  submissions(cik: number): Promise<Submissions> {
    return this.http.getJson(`${this.urls.data}/submissions/${paddedCik(cik)}.json`, submissionsSchema);
  }

  companyFacts(cik: number): Promise<CompanyFacts> {
    return this.http.getJson(`${this.urls.data}/api/xbrl/companyfacts/${paddedCik(cik)}.json`, companyFactsSchema);
  }

  filingIndex(cik: number, accession: string): Promise<FilingIndex> {
    return this.http.getJson(`${this.filingFolder(cik, accession)}/index.json`, filingIndexSchema);
  }

  document(url: string): Promise<string> {
    return this.http.getText(url);
  }

  filingFolder(cik: number, accession: string): string {
    return `${this.urls.www}/Archives/edgar/data/${cik}/${accession.replace(/-/g, "")}`;
  }
}
