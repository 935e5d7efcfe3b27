import { describe, expect, it } from "vitest";
import { filingParts, provenancePhrase, publisherOf, quarterIn, shortRole, type ProvenanceFacts } from "../../src/market/provenance.js";

const facts = (over: Partial<ProvenanceFacts>): ProvenanceFacts => ({ kind: null, title: null, url: null, voice: "company", speaker: null, company: "Amazon", ...over });
const JASSY = { name: "Andy Jassy", role: "President and CEO" };

describe("provenancePhrase: where a statement's words come from", () => {
  it("GIVEN a transcript turn with a speaker and a title naming the quarter THEN the company's call, the quarter, the speaker and their office", () => {
    const title = "Amazon.com (AMZN) Q4 2025 Earnings Call Transcript";
    expect(provenancePhrase(facts({ kind: "transcript", title, speaker: JASSY }))).toBe("in Amazon's Q4 call, Andy Jassy (CEO)");
  });

  it("GIVEN a transcript with no quarter in the title and no speaker THEN just the company's call", () => {
    expect(provenancePhrase(facts({ kind: "transcript", title: "Earnings call" }))).toBe("in Amazon's call");
    expect(provenancePhrase(facts({ kind: "transcript", company: "Siemens", speaker: { name: "Roland Busch", role: null } }))).toBe("in Siemens' call, Roland Busch");
  });

  it("GIVEN an 8-K earnings release from SEC EDGAR THEN the form and the exhibit", () => {
    const f = facts({ kind: "earnings_release", title: "8-K 0001018724-26-000004 amzn-20251231xex991.htm", url: "https://www.sec.gov/Archives/edgar/data/1018724/000101872426000004/amzn-20251231xex991.htm" });
    expect(provenancePhrase(f)).toBe("in the 8-K press release (EX-99.1)");
  });

  it("GIVEN a release or filing with no SEC form THEN the company's own release or filing", () => {
    expect(provenancePhrase(facts({ kind: "earnings_release", title: "Amazon.com Announces Fourth Quarter Results" }))).toBe("in Amazon's press release");
    expect(provenancePhrase(facts({ kind: "filing", title: "10-K 2025 annual report" }))).toBe("in the 10-K filing");
  });

  it("GIVEN news THEN reported by the news (its publisher), not yet in the company's own words", () => {
    expect(provenancePhrase(facts({ kind: "news", url: "https://www.reuters.com/technology/amazon-capex-2026/" }))).toBe(
      "as reported by the news (Reuters), not yet in the company's own words",
    );
    expect(provenancePhrase(facts({ kind: "news" }))).toBe("as reported by the news, not yet in the company's own words");
  });

  it("GIVEN news whose source names its publisher (Finnhub's links go through finnhub.io) THEN the publisher it names", () => {
    expect(provenancePhrase({ ...facts({ kind: "news", url: "https://finnhub.io/api/news?id=abc" }), publisher: "Reuters" })).toBe(
      "as reported by the news (Reuters), not yet in the company's own words",
    );
  });

  it("GIVEN the press's voice in any kind of document THEN it always says so", () => {
    expect(provenancePhrase(facts({ kind: "transcript", voice: "press", speaker: JASSY }))).toBe("as reported by the news, not yet in the company's own words");
    expect(provenancePhrase(facts({ kind: "earnings_release", voice: "press", url: "https://news.example.org/a" }))).toBe(
      "as reported by the news (news.example.org), not yet in the company's own words",
    );
  });

  it("GIVEN a document of unknown kind THEN its title, or just the document", () => {
    expect(provenancePhrase(facts({ title: "Investor day slides" }))).toBe("in “Investor day slides”");
    expect(provenancePhrase(facts({}))).toBe("in the document");
  });
});

describe("the pieces of the phrase", () => {
  it("GIVEN titles THEN the executive office, else the title as given", () => {
    expect(shortRole("President and Chief Executive Officer")).toBe("CEO");
    expect(shortRole("Senior Vice President and CFO")).toBe("CFO");
    expect(shortRole("Head of Investor Relations")).toBe("Head of Investor Relations");
  });

  it("GIVEN titles THEN the quarter they name", () => {
    expect(quarterIn("Meta Q4 2025 earnings call")).toBe("Q4");
    expect(quarterIn("Alphabet fourth-quarter 2025 results call")).toBe("Q4");
    expect(quarterIn("Annual meeting")).toBeNull();
    expect(quarterIn(null)).toBeNull();
  });

  it("GIVEN SEC titles and urls THEN form and exhibit", () => {
    expect(filingParts("8-K 0001628280-26-003952 tsla-ex991_6.htm", null)).toEqual({ form: "8-K", exhibit: "EX-99.1" });
    expect(filingParts(null, "https://www.sec.gov/x/ex-99_2.htm")).toEqual({ form: null, exhibit: "EX-99.2" });
  });

  it("GIVEN urls THEN the publisher by name when well known, else the host; nothing for a bad url", () => {
    expect(publisherOf("https://www.cnbc.com/2026/02/05/amazon.html")).toBe("CNBC");
    expect(publisherOf("https://example.com/a")).toBe("example.com");
    expect(publisherOf("not a url")).toBeNull();
  });
});
