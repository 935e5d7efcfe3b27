// SEC EDGAR as a source of events: company facts (CIK, fiscal year end and how the company names
// its fiscal years), capex actuals, shares outstanding, and earnings releases (8-K Item 2.02 →
// EX-99.1/99.2 text → `document`).
import { htmlToText } from "../../guidance/html-to-text.js";
import type { CapexActualEvent, CompanyEvent, DocumentEvent, FiscalYearNaming, SharesEvent } from "../../events.js";
import { CAPEX_TAGS, capexActuals } from "./capex-quarters.js";
import { liquiditySection } from "./liquidity-section.js";
import { exhibitKind, filingsOf, isPeriodicReport, pickExhibits, type ExhibitKind, type Filing } from "./filings.js";
import { fiscalYearNamingOf } from "./fiscal-naming.js";
import { reportingCurrencyOf } from "./reporting-currency.js";
import { formatFiscalYearEnd, parseFiscalYearEnd, type FiscalYearEnd } from "./fiscal-period.js";
import type { CompanyRef, SecClient } from "./sec-client.js";
import { sharesOutstanding } from "./shares.js";

const DAY_MS = 86_400_000;
/** Capex periods emitted per poll: the last two fiscal years and their quarters (prior-year baselines need the older one). */
const CAPEX_LOOKBACK_MS = 2 * 366 * DAY_MS;

export interface FilingsPoll {
  company: CompanyEvent;
  documents: DocumentEvent[];
  /** A 10-Q or 10-K not seen before: capex facts should be read again. */
  newPeriodicReport: boolean;
}

export class SecSource {
  private readonly seen = new Map<string, Set<string>>();
  private readonly fiscalYearEnds = new Map<string, FiscalYearEnd>();
  /** From companyfacts (the submissions do not say), so later company events repeat it. */
  private readonly fiscalYearNamings = new Map<string, FiscalYearNaming>();

  constructor(
    private readonly client: SecClient,
    private readonly now: () => number,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * New earnings releases of `ticker`. The first poll of a ticker takes releases accepted in
   * the last `firstLookbackMs` (the latest one only) and marks the rest as seen.
   */
  async pollFilings(ticker: string, firstLookbackMs: number): Promise<FilingsPoll> {
    const ref = await this.client.requireCompany(ticker);
    const submissions = await this.client.submissions(ref.cik);
    const fye = parseFiscalYearEnd(submissions.fiscalYearEnd);
    this.fiscalYearEnds.set(ticker, fye);
    const naming = this.fiscalYearNamings.get(ticker);
    const company: CompanyEvent = { type: "company", ticker, name: submissions.name, cik: String(ref.cik), fiscalYearEnd: formatFiscalYearEnd(fye), ...(naming ? { fiscalYearNamedBy: naming } : {}) };
    const filings = filingsOf(submissions);
    let seen = this.seen.get(ticker);
    let fresh: Filing[];
    if (seen === undefined) {
      fresh = filings.filter((f) => exhibitKind(f) !== null && this.visible(f) && this.now() - f.acceptedMs <= firstLookbackMs).slice(0, 1);
      seen = new Set(filings.filter((f) => !fresh.includes(f) && this.visible(f)).map((f) => f.accession));
      this.seen.set(ticker, seen);
    } else {
      fresh = filings.filter((f) => !seen!.has(f.accession) && this.visible(f));
    }
    const documents: DocumentEvent[] = [];
    for (const filing of fresh) {
      // Marked seen only once read: a release whose exhibit failed is tried again next poll.
      const kind = exhibitKind(filing);
      if (kind !== null) documents.push(...(await this.exhibitDocuments(ticker, ref, filing, kind)));
      if (isPeriodicReport(filing)) documents.push(...(await this.outlookDocument(ticker, ref, filing)));
      seen.add(filing.accession);
    }
    return { company, documents, newPeriodicReport: fresh.some(isPeriodicReport) };
  }

  /**
   * Capex actuals of the last two fiscal years, from companyfacts, named as the company's 10-Ks
   * name its years; `company` says that naming, when they show one, for its guidance to be read by.
   */
  async capex(ticker: string, price?: number): Promise<{ events: CapexActualEvent[]; shares?: SharesEvent; company?: CompanyEvent }> {
    const ref = await this.client.requireCompany(ticker);
    const facts = await this.client.companyFacts(ref.cik);
    const fye = this.fiscalYearEnds.get(ticker) ?? parseFiscalYearEnd(undefined);
    const naming = fiscalYearNamingOf(facts, fye);
    if (naming !== null) this.fiscalYearNamings.set(ticker, naming);
    const reading = capexActuals(facts, fye, naming);
    const ts = this.now();
    if (reading.tag === undefined) this.log(`sec: ${ticker} reports no capex under ${CAPEX_TAGS.join(", ")}`);
    const events = reading.actuals
      .filter((a) => ts - Date.parse(a.end) <= CAPEX_LOOKBACK_MS)
      .map((a): CapexActualEvent => ({ type: "capex_actual", ts, ticker, period: a.period, value: a.value }));
    const shares = this.sharesFrom(ticker, facts, ts, price);
    // What the facts say of the company: how it names its years, and the currency it reports in.
    const currency = reportingCurrencyOf(facts);
    const said = { ...(naming !== null ? { fiscalYearNamedBy: naming } : {}), ...(currency !== null ? { currency } : {}) };
    return { events, shares, ...(Object.keys(said).length > 0 ? { company: { type: "company" as const, ticker, ...said } } : {}) };
  }

  private sharesFrom(ticker: string, facts: Parameters<typeof sharesOutstanding>[0], ts: number, price?: number): SharesEvent | undefined {
    const reading = sharesOutstanding(facts, { price });
    if (reading === undefined) {
      this.log(`sec: ${ticker}: no share count in companyfacts; market cap needs the quote provider's figure`);
      return undefined;
    }
    const note = reading.note === undefined ? "" : ` (${reading.note})`;
    this.log(`sec: ${ticker} shares ${reading.value} from ${reading.source} as of ${reading.end}${note}`);
    return { type: "shares", ts, ticker, value: reading.value };
  }

  /** A filing accepted after "now" is not there yet (a clock behind EDGAR's, or a replayed day). */
  private visible(filing: Filing): boolean {
    return filing.acceptedMs <= this.now();
  }

  /** A new 10-Q or 10-K: its "Liquidity and Capital Resources" section, where the outlook is. */
  private async outlookDocument(ticker: string, ref: CompanyRef, filing: Filing): Promise<DocumentEvent[]> {
    const url = `${this.client.filingFolder(ref.cik, filing.accession)}/${filing.primaryDocument}`;
    const section = liquiditySection(htmlToText(await this.client.document(url)));
    if (section === null) {
      this.log(`sec: ${ticker} ${filing.form} ${filing.accession} has no Liquidity and Capital Resources section`);
      return [];
    }
    return [{ type: "document", ts: filing.acceptedMs, ticker, kind: "filing", title: `${filing.form} ${filing.accession} Liquidity and Capital Resources`, url, text: section }];
  }

  private async exhibitDocuments(ticker: string, ref: CompanyRef, filing: Filing, kind: ExhibitKind): Promise<DocumentEvent[]> {
    const index = await this.client.filingIndex(ref.cik, filing.accession);
    const exhibits = pickExhibits(index.directory.item.map((i) => i.name), filing.primaryDocument);
    if (exhibits.length === 0) this.log(`sec: ${ticker} ${filing.form} ${filing.accession} has no EX-99 exhibit`);
    const out: DocumentEvent[] = [];
    for (const name of exhibits) {
      const url = `${this.client.filingFolder(ref.cik, filing.accession)}/${name}`;
      const text = htmlToText(await this.client.document(url));
      out.push({ type: "document", ts: filing.acceptedMs, ticker, kind, title: `${filing.form} ${filing.accession} ${name}`, url, text });
    }
    return out;
  }
}
