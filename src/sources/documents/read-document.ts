// The source edge for text: a `document` becomes one `guidance` event of statements with their
// provenance, read with the filing company's names and fiscal calendar and the other companies the
// store knows (so a figure about one of them is not given to the filer). The engine never sees text.
import { easternDate } from "../../market/eastern-time.js";
import type { DocumentEvent, FiscalYearNaming, MarketEvent } from "../events.js";
import { MAX_AMOUNT } from "../events.js";
import { extractCapexConsensus, type ConsensusStatement } from "../guidance/estimates.js";
import { extractCapexGuidance } from "../guidance/extract.js";
import type { CompanyRef, ExtractionContext, GuidanceStatement } from "../guidance/types.js";
import { companyRef } from "./company-names.js";
import { shortCompanyName } from "../../market/company-names.js";
import type { EngineEvent, GuidanceEvent, SourcedStatement } from "./guidance-event.js";
import { consensusPhrase, provenancePhrase } from "../../market/provenance.js";

export type Extractor = (text: string, ctx: ExtractionContext) => GuidanceStatement[];
export type ConsensusReader = (text: string, ctx: ExtractionContext) => ConsensusStatement[];

/** The companies the store knows (the Engine satisfies it). */
export interface KnownCompanies {
  knownTickers(): string[];
  companyName(ticker: string): string | undefined;
  fiscalYearEndOf(ticker: string): string | undefined;
  /** How the company names its fiscal years, where known: the extractor guesses from the text otherwise. */
  fiscalYearNamingOf(ticker: string): FiscalYearNaming | undefined;
  /** The currency it reports in, where known: a bare "$" about a Canadian company is its dollar. */
  currencyOf(ticker: string): string | undefined;
}

export interface DocumentContext {
  company: CompanyRef;
  /** Every other known company. */
  companies: CompanyRef[];
  fiscalYearEnd?: string;
  fiscalYearNamedBy?: FiscalYearNaming;
  reportingCurrency?: string;
}

export function documentContext(ticker: string, known: KnownCompanies): DocumentContext {
  const fiscalYearEnd = known.fiscalYearEndOf(ticker);
  const fiscalYearNamedBy = known.fiscalYearNamingOf(ticker);
  const reportingCurrency = known.currencyOf(ticker);
  const tickers = known.knownTickers();
  // The store's other companies; the extractor adds the alias table's (a news recap names Alphabet
  // whether or not anyone watches it).
  const others = tickers.filter((t) => t !== ticker).map((t) => companyRef(t, known.companyName(t)));
  return {
    company: companyRef(ticker, known.companyName(ticker)),
    companies: others,
    ...(fiscalYearEnd !== undefined ? { fiscalYearEnd } : {}),
    ...(fiscalYearNamedBy !== undefined ? { fiscalYearNamedBy } : {}),
    ...(reportingCurrency !== undefined ? { reportingCurrency } : {}),
  };
}

/** One document → its guidance statements with provenance. Pure, given a pure extractor. */
export function readDocument(
  event: DocumentEvent,
  context: DocumentContext,
  extract: Extractor = extractCapexGuidance,
  readConsensus: ConsensusReader = extractCapexConsensus,
): GuidanceEvent {
  const kind = event.kind ?? null;
  const ctx: ExtractionContext = {
    date: easternDate(event.ts),
    company: context.company,
    companies: context.companies,
    ...(context.fiscalYearEnd !== undefined ? { fiscalYearEnd: context.fiscalYearEnd } : {}),
    ...(context.fiscalYearNamedBy !== undefined ? { fiscalYearNamedBy: context.fiscalYearNamedBy } : {}),
    ...(context.reportingCurrency !== undefined ? { reportingCurrency: context.reportingCurrency } : {}),
    ...(event.kind !== undefined ? { kind: event.kind } : {}),
  };
  const company = context.company.name ? shortCompanyName(context.company.name) : event.ticker;
  // An amount no company plans ("$99999999999999999999999 billion") is a slip, never an alert.
  const plausible = (s: { low: number | null; high: number | null }) => (s.low ?? 0) <= MAX_AMOUNT && (s.high ?? 0) <= MAX_AMOUNT;
  const statements = extract(event.text, ctx).filter(plausible).map((s): SourcedStatement => {
    // News is the press's voice unless the extractor heard the company itself.
    const voice = s.voice ?? (kind === "news" ? "press" : "company");
    const speaker = s.speaker ?? null;
    const facts = { kind, title: event.title ?? null, url: event.url ?? null, voice, speaker };
    return {
      period: s.period,
      low: s.low,
      high: s.high,
      currency: s.currency,
      sentence: s.text,
      ...(s.segment !== undefined ? { segment: s.segment } : {}),
      ...(s.per !== undefined ? { per: s.per } : {}),
      provenance: { ...facts, said: provenancePhrase({ ...facts, company, publisher: event.publisher ?? null }) },
    };
  });
  const consensus = readConsensus(event.text, ctx).filter((c) => c.value <= MAX_AMOUNT).map((c) => ({
    period: c.period,
    value: c.value,
    currency: c.currency,
    sentence: c.text,
    source: consensusPhrase(c.provider, kind, event.url ?? null, ctx.date, event.publisher ?? null),
  }));
  return { type: "guidance", ts: event.ts, ticker: event.ticker, statements, ...(consensus.length > 0 ? { consensus } : {}) };
}

/**
 * What every source passes its events through on the way to the engine: documents are read here.
 * A ticker's context is kept while the known companies stay the same, so that the extractor's
 * company finder (compiled once per context) is not built again for every document.
 */
export function sourceEdge(known: KnownCompanies, extract: Extractor = extractCapexGuidance): (event: MarketEvent) => EngineEvent {
  let companiesKey = "";
  const contexts = new Map<string, DocumentContext>();
  const contextOf = (ticker: string): DocumentContext => {
    const key = known
      .knownTickers()
      .map((t) => `${t}=${known.companyName(t) ?? ""}@${known.fiscalYearEndOf(t) ?? ""}/${known.fiscalYearNamingOf(t) ?? ""}/${known.currencyOf(t) ?? ""}`)
      .join("|");
    if (key !== companiesKey) {
      companiesKey = key;
      contexts.clear();
    }
    let context = contexts.get(ticker);
    if (context === undefined) contexts.set(ticker, (context = documentContext(ticker, known)));
    return context;
  };
  return (event) => (event.type === "document" ? readDocument(event, contextOf(event.ticker), extract) : event);
}
