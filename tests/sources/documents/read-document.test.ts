import { describe, expect, it } from "vitest";
import { companyRef } from "../../../src/sources/documents/company-names.js";
import { shortCompanyName } from "../../../src/market/company-names.js";
import { documentContext, readDocument, sourceEdge, type Extractor, type KnownCompanies } from "../../../src/sources/documents/read-document.js";
import type { DocumentEvent } from "../../../src/sources/events.js";
import type { ExtractionContext, GuidanceStatement } from "../../../src/sources/guidance/types.js";

const known: KnownCompanies = {
  knownTickers: () => ["AMZN", "GOOGL", "META", "NVDA"],
  companyName: (t) => ({ AMZN: "Amazon.com, Inc.", GOOGL: "Alphabet Inc.", META: "Meta Platforms" })[t],
  fiscalYearEndOf: (t) => (t === "AMZN" ? "12-31" : undefined),
  fiscalYearNamingOf: () => undefined,
  currencyOf: () => undefined,
};

const doc = (over: Partial<DocumentEvent>): DocumentEvent => ({ type: "document", ts: Date.parse("2026-02-05T21:05:00Z"), ticker: "AMZN", text: "", ...over });

/** A stand-in extractor that records the context it was given and returns fixed statements. */
function recording(statements: GuidanceStatement[]): { extract: Extractor; seen: ExtractionContext[] } {
  const seen: ExtractionContext[] = [];
  return { seen, extract: (_text, ctx) => (seen.push(ctx), statements) };
}

const statement = (over: Partial<GuidanceStatement>): GuidanceStatement => ({ metric: "capex", period: "FY2026", low: 200e9, high: 200e9, currency: "USD", text: "s", ...over });

describe("company names at the source edge", () => {
  it("GIVEN store names THEN short names without legal forms, and the alias table's other names", () => {
    expect(shortCompanyName("Amazon.com, Inc.")).toBe("Amazon");
    expect(shortCompanyName("Meta Platforms")).toBe("Meta");
    expect(shortCompanyName("Microsoft Corporation")).toBe("Microsoft");
    expect(shortCompanyName("Tesla, Inc.")).toBe("Tesla");
    expect(companyRef("GOOGL", "Alphabet Inc.")).toEqual({ ticker: "GOOGL", name: "Alphabet Inc.", aliases: ["Alphabet", "Google", "Google Cloud"] });
    expect(companyRef("AMZN", "Amazon.com")).toEqual({ ticker: "AMZN", name: "Amazon.com", aliases: ["Amazon", "AWS", "Amazon Web Services"] });
    expect(companyRef("ACME", undefined)).toEqual({ ticker: "ACME" });
    expect(companyRef("META", undefined)).toEqual({ ticker: "META", name: "Meta", aliases: ["Meta Platforms", "Facebook"] });
  });

  it("GIVEN a document filed under AMZN THEN the extractor gets AMZN as the company, every other known company, its fiscal year end, the kind and the Eastern date", () => {
    const { extract, seen } = recording([]);
    readDocument(doc({ kind: "transcript", ts: Date.parse("2026-02-06T02:00:00Z") }), documentContext("AMZN", known), extract);
    expect(seen).toEqual([
      {
        date: "2026-02-05",
        fiscalYearEnd: "12-31",
        kind: "transcript",
        company: { ticker: "AMZN", name: "Amazon.com, Inc.", aliases: ["Amazon", "Amazon.com", "AWS", "Amazon Web Services"] },
        companies: [
          { ticker: "GOOGL", name: "Alphabet Inc.", aliases: ["Alphabet", "Google", "Google Cloud"] },
          { ticker: "META", name: "Meta Platforms", aliases: ["Meta", "Facebook"] },
          { ticker: "NVDA", name: "Nvidia", aliases: ["NVIDIA"] },
        ],
      },
    ]);
  });
});

describe("how the filer names its fiscal years, at the source edge", () => {
  const retailer = (naming: "start" | "end" | undefined): KnownCompanies => ({
    knownTickers: () => ["TGT"],
    companyName: () => "Target Corporation",
    fiscalYearEndOf: () => "01-31",
    fiscalYearNamingOf: () => naming,
    currencyOf: () => undefined,
  });

  it("GIVEN a January company the store knows names its years by their start THEN the extractor is told so; where not known, it is told nothing", () => {
    const { extract, seen } = recording([]);
    readDocument(doc({ ticker: "TGT" }), documentContext("TGT", retailer("start")), extract);
    readDocument(doc({ ticker: "TGT" }), documentContext("TGT", retailer(undefined)), extract);
    expect(seen.map((ctx) => [ctx.fiscalYearEnd, ctx.fiscalYearNamedBy])).toEqual([
      ["01-31", "start"],
      ["01-31", undefined],
    ]);
    expect(Object.keys(seen[1] as object)).not.toContain("fiscalYearNamedBy");
  });

  it("GIVEN the naming learned after a document THEN the next document's \"this fiscal year\" is read by it (the cached context is renewed)", () => {
    const store: { naming?: "start" } = {};
    const edge = sourceEdge({ ...retailer(undefined), fiscalYearNamingOf: () => store.naming });
    // March 10, 2025: in the year ending January 2026, "fiscal 2026" by its end, "fiscal 2025" by its start.
    const read = () => (edge(doc({ ticker: "TGT", kind: "earnings_release", ts: Date.parse("2025-03-10T12:00:00Z"), text: "We expect capital expenditures of about $4 billion this fiscal year." })) as { statements: Array<{ period: string }> }).statements.map((s) => s.period);
    expect(read()).toEqual(["FY2026"]);
    store.naming = "start";
    expect(read()).toEqual(["FY2025"]);
  });
});

describe("the other companies a document may name", () => {
  it("GIVEN a store that knows only AMZN THEN Alphabet's figure in a recap filed under AMZN is still told apart (the alias table's companies)", () => {
    const onlyAmazon: KnownCompanies = { knownTickers: () => ["AMZN"], companyName: () => "Amazon.com", fiscalYearEndOf: () => "12-31", fiscalYearNamingOf: () => undefined, currencyOf: () => undefined };
    const context = documentContext("AMZN", onlyAmazon);
    expect(context.companies).toEqual([]);
    const event = readDocument(doc({ kind: "news", text: "Alphabet said it plans capital expenditures of up to $185 billion in 2026." }), context);
    expect(event.statements).toEqual([]);
  });
});

describe("readDocument: a document becomes statements with provenance", () => {
  it("GIVEN a speaker's turn of a transcript THEN one guidance event whose statement names the kind, url, title, voice, speaker and the phrase", () => {
    const { extract } = recording([statement({ text: "We expect to invest about $200 billion.", speaker: { name: "Andy Jassy", role: "President and CEO" } })]);
    const event = readDocument(doc({ kind: "transcript", title: "Amazon.com Q4 2025 Earnings Call", url: "https://example.com/call" }), documentContext("AMZN", known), extract);
    expect(event).toEqual({
      type: "guidance",
      ts: Date.parse("2026-02-05T21:05:00Z"),
      ticker: "AMZN",
      statements: [
        {
          period: "FY2026",
          low: 200e9,
          high: 200e9,
          currency: "USD",
          sentence: "We expect to invest about $200 billion.",
          provenance: {
            kind: "transcript",
            url: "https://example.com/call",
            title: "Amazon.com Q4 2025 Earnings Call",
            voice: "company",
            speaker: { name: "Andy Jassy", role: "President and CEO" },
            said: "in Amazon's Q4 call, Andy Jassy (CEO)",
          },
        },
      ],
    });
  });

  it("GIVEN news THEN the press's voice even when the extractor did not say; a segment and a per-year figure are kept as such", () => {
    const { extract } = recording([statement({ segment: "AWS" }), statement({ period: "FY2026-FY2030", low: 9e9, high: 11e9, per: "year" })]);
    const { statements } = readDocument(doc({ kind: "news", url: "https://www.cnbc.com/a" }), documentContext("AMZN", known), extract);
    expect(statements.map((s) => [s.segment, s.per, s.provenance.voice, s.provenance.said])).toEqual([
      ["AWS", undefined, "press", "as reported by the news (CNBC), not yet in the company's own words"],
      [undefined, "year", "press", "as reported by the news (CNBC), not yet in the company's own words"],
    ]);
  });

  it("GIVEN the real extractor on an 8-K exhibit THEN its sentence comes out with the filing's provenance", () => {
    const url = "https://www.sec.gov/Archives/edgar/data/1318605/000162828026003952/tsla-ex991_6.htm";
    const event = readDocument(
      doc({ ticker: "TSLA", kind: "earnings_release", title: "8-K 0001628280-26-003952 tsla-ex991_6.htm", url, text: "We expect capital expenditures of more than $20 billion in 2026." }),
      documentContext("TSLA", { ...known, companyName: (t) => (t === "TSLA" ? "Tesla, Inc." : undefined) }),
    );
    expect(event.statements).toEqual([
      expect.objectContaining({ period: "FY2026", low: 20e9, high: null, sentence: "We expect capital expenditures of more than $20 billion in 2026.", provenance: expect.objectContaining({ voice: "company", said: "in the 8-K press release (EX-99.1)" }) }),
    ]);
  });

  it("GIVEN the source edge THEN documents become guidance events and every other event passes unchanged", () => {
    const edge = sourceEdge(known, recording([statement({})]).extract);
    const quote = { type: "quote" as const, ts: 1, ticker: "AMZN", price: 200, session: "regular" as const };
    expect(edge(quote)).toBe(quote);
    expect(edge(doc({ text: "anything" }))).toMatchObject({ type: "guidance", ticker: "AMZN", statements: [{ period: "FY2026" }] });
  });
});

describe("the source edge over time", () => {
  it("GIVEN a company the store learns of after a document THEN the next document tells its figures apart (the cached context is renewed)", () => {
    const names = new Map<string, string>([["AMZN", "Amazon.com, Inc."]]);
    const store: KnownCompanies = { knownTickers: () => [...names.keys()], companyName: (t) => names.get(t), fiscalYearEndOf: () => "12-31", fiscalYearNamingOf: () => undefined, currencyOf: () => undefined };
    const edge = sourceEdge(store);
    const text = "Rivian Automotive said it plans capital expenditures of about $2 billion in 2026.";
    const read = () => (edge(doc({ kind: "news", text })) as { statements: unknown[] }).statements.length;
    expect(read()).toBe(1); // nobody named Rivian is known: the figure stays with the document's company
    names.set("RIVN", "Rivian Automotive, Inc.");
    expect(read()).toBe(0);
  });
});

describe("amounts no company plans", () => {
  it("GIVEN a document guiding $99999999999999999999999 billion THEN no statement reaches the engine; an ordinary figure beside it does", () => {
    const event: DocumentEvent = { type: "document", ts: Date.parse("2026-02-05T21:05:00Z"), ticker: "AMZN", text: "We expect capital expenditures of $99999999999999999999999 billion in 2026. We expect capital expenditures of about $200 billion in 2027." };
    const read = readDocument(event, documentContext("AMZN", { knownTickers: () => ["AMZN"], companyName: () => "Amazon.com, Inc.", fiscalYearEndOf: () => "12-31", fiscalYearNamingOf: () => undefined, currencyOf: () => undefined }));
    expect(read.statements.map((s) => [s.period, s.high])).toEqual([["FY2027", 200e9]]);
  });
});
