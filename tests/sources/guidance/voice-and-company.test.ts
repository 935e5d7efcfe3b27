// Voice, modality and company: only the company's own forward words are guidance. Sentences are
// the examples and ones written for these tests, not taken from the labelled sets.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { splitTurns } from "../../../src/sources/guidance/turns.js";
import type { CompanyRef, ExtractionContext } from "../../../src/sources/guidance/types.js";

const AMZN: CompanyRef = { ticker: "AMZN", name: "Amazon.com, Inc." };
const GOOGL: CompanyRef = { ticker: "GOOGL", name: "Alphabet Inc." };
const onAmazon = (kind?: ExtractionContext["kind"]): ExtractionContext => ({ date: "2026-02-05", company: AMZN, companies: [AMZN, GOOGL], ...(kind ? { kind } : {}) });
const periods = (text: string, ctx: ExtractionContext) => extractCapexGuidance(text, ctx).map((s) => [s.period, s.low, s.high]);

describe("voice and modality", () => {
  it("GIVEN an analyst's question on the call THEN nothing comes out, with or without a speaker label", () => {
    expect(periods("Analyst: Could you get to $250 billion of capex this year?", onAmazon("transcript"))).toEqual([]);
    expect(periods("Could you get to $250 billion of capex this year?", onAmazon())).toEqual([]);
  });

  it("GIVEN an analyst's turn quoting the company's own figure THEN it is not guidance; the executive's answer is", () => {
    const text = [
      "Justin Post -- Bank of America Merrill Lynch -- Analyst",
      "You said you expect capital expenditures of about $200 billion in 2026. How should we think about the shape?",
      "Andy Jassy -- President and Chief Executive Officer",
      "We expect to invest about $200 billion in capital expenditures across Amazon in 2026.",
    ].join("\n");
    const got = extractCapexGuidance(text, onAmazon("transcript"));
    expect(got.map((s) => [s.period, s.low, s.speaker])).toEqual([["FY2026", 200e9, { name: "Andy Jassy", role: "President and Chief Executive Officer" }]]);
  });

  it("GIVEN a hypothetical or speculation THEN nothing comes out", () => {
    expect(periods("Capex could exceed $260 billion, but we are not guiding to that.", onAmazon("transcript"))).toEqual([]);
    expect(periods("In theory, capital expenditures of $300 billion in 2027 are possible.", onAmazon())).toEqual([]);
    expect(periods("Amazon's 2026 capital spending might move higher than $200 billion.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon's capex is likely to land below $190 billion this year.", onAmazon("news"))).toEqual([]);
  });

  it("GIVEN a third party's figure THEN nothing comes out", () => {
    expect(periods("Amazon plans to spend $210 billion on capex in 2026, according to people familiar with the matter.", onAmazon("news"))).toEqual([]);
    expect(periods("A report from The Information said Amazon would raise capex to $230 billion in 2026.", onAmazon("news"))).toEqual([]);
  });

  it("GIVEN an old pledge THEN nothing comes out", () => {
    const text = "Amazon previously said it would invest up to $50 billion to expand AI and supercomputing capacity for the U.S. government.";
    expect(periods(text, onAmazon("news"))).toEqual([]);
  });

  it("GIVEN the company's own words reported by the press THEN it is a statement in the press's voice", () => {
    const got = extractCapexGuidance("Amazon said it expects capital expenditures of about $200 billion in 2026.", onAmazon("news"));
    expect(got.map((s) => [s.period, s.low, s.voice])).toEqual([["FY2026", 200e9, "press"]]);
  });
});

describe("a text reporting someone else's figures", () => {
  it("GIVEN a report's figures THEN they stay the report's until the company speaks again", () => {
    const text = [
      "According to a report by a brokerage, Amazon's spending will climb next year.",
      "Amazon will invest $230 billion in capital expenditures in 2026.",
      "Amazon said it expects capital expenditures of about $200 billion in 2026.",
    ].join(" ");
    expect(periods(text, onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN a figure told by the company's officer THEN it is the company's, with or without the press citing it", () => {
    expect(periods("Amazon will spend about $200 billion on capex in 2026, according to Andy Jassy, Amazon's president and CEO.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });
});

describe("the right company", () => {
  it("GIVEN another company's figure in a text filed under AMZN THEN it is left out", () => {
    expect(periods("Alphabet said it plans capital expenditures of up to $185 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Google expects capex of $175 billion to $185 billion in 2026.", onAmazon("news"))).toEqual([]);
  });

  it("GIVEN a recap of two companies THEN each figure goes to the company named before it", () => {
    const text = "Alphabet guided 2026 capex to $175-185 billion, while Amazon expects to spend about $200 billion.";
    expect(periods(text, onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN a recap in two sentences, the second without the word capex THEN the second company's plan is capex too", () => {
    const text = "Alphabet expects 2026 capex of $175 billion to $185 billion. Amazon plans about $200 billion.";
    expect(periods(text, onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods(text, { date: "2026-02-05", company: GOOGL, companies: [AMZN, GOOGL], kind: "news" })).toEqual([["FY2026", 175e9, 185e9]]);
    // A sentence naming another metric is read by its own words.
    expect(periods("Alphabet expects 2026 capex of $175 billion to $185 billion. Amazon expects revenue of $800 billion.", onAmazon("news"))).toEqual([]);
  });

  it("GIVEN 'the company' after a sentence about it THEN the figure stays with that company", () => {
    const text = "Alphabet reported strong cloud growth. The company expects capital expenditures of $175 billion to $185 billion in 2026.";
    expect(periods(text, onAmazon("news"))).toEqual([]);
    expect(periods(text, { date: "2026-02-05", company: GOOGL, companies: [AMZN, GOOGL], kind: "news" })).toEqual([["FY2026", 175e9, 185e9]]);
  });

  it("GIVEN a company tied to the document's company (backed by it, its unit, one it holds a stake in) THEN its figure is not the company's", () => {
    expect(periods("Amazon-backed Rivian plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon-owned Whole Foods plans capital expenditures of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Rivian, in which Amazon holds a stake, plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Rivian, backed by Amazon, plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon's Zoox unit plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon's self-driving arm plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    // A company the store does not know, cutting or spending as the subject: "will reduce its", a headline's "X to spend".
    expect(periods("For example, Northwind will reduce its 2026 CapEx from $4.2 billion to $3.8 billion.", onAmazon("news"))).toEqual([]);
    expect(periods("Northwind to spend $3.6 billion in CapEx investments in 2026", onAmazon("news"))).toEqual([]);
    // A subsidiary named by the company's name and a country (or its adjective) is a part, not the company.
    expect(periods("Amazon South African has announced that it will boost its capex plan for 2026 to $12 billion.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon Kenya plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    // A list of companies' figures with the metric named after the last: each company's own.
    expect(periods("Learn how Alphabet's $175-185 billion, Amazon's $200 billion, and Meta's $115-135 billion 2026 capex guidance surprised.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    // The company itself, tied to another or compared with it, keeps its figure; "the Amazon group", written small, is the company.
    expect(periods("Amazon Group plc is planning capex of around $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("In a conference with analysts, the CEO of the Amazon group said that the original $180 billion capex plan for 2026 will be raised to $200 billion.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    const onAlphabet: ExtractionContext = { date: "2026-02-05", company: GOOGL, companies: [AMZN, GOOGL], kind: "news" };
    expect(periods("Alphabet, the Amazon-backed AI cloud services provider, announced plans to invest between $175 billion and $185 billion in 2026.", onAlphabet)).toEqual([["FY2026", 175e9, 185e9]]);
    expect(periods("Amazon, which holds a stake in Rivian, plans capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Amazon, like Alphabet, expects capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Amazon's capex for its cloud unit will rise, and it expects capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN another company named only by its tie ('its rival', 'a supplier') or by a name the store does not know THEN its figure is left out", () => {
    expect(periods("Amazon expects capex of about $200 billion in 2026. Its closest rival expects capex of $150 billion this year.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("A key supplier plans to spend $15 billion on capex in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Whole Foods plans capex of $2 billion in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Northwind has budgeted capital expenditures of $2 billion for 2026.", onAmazon("news"))).toEqual([]);
    // The company after such a mention keeps its own figure.
    expect(periods("Unlike its closest rival, Amazon expects capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("The Board set a 2026 capital budget of $200 billion.", onAmazon("earnings_release"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN the company and another sharing one figure ('each', 'both') THEN it is the company's too; a combined figure is not", () => {
    expect(periods("Alphabet and Amazon each expect capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Both Amazon and Alphabet expect capex of about $200 billion in 2026.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Amazon and Alphabet expect combined capex of $380 billion in 2026.", onAmazon("news"))).toEqual([]);
  });

  it("GIVEN the store knows a company whose name is the metric's own first word (Capital Limited) THEN 'Capital expenditures …' is not that company; its name used as a name still is", () => {
    const capital: CompanyRef = { ticker: "CAPD.L", name: "Capital Limited" };
    const ctx: ExtractionContext = { date: "2025-02-06", company: AMZN, companies: [AMZN, GOOGL, capital], kind: "transcript" };
    expect(periods("Capital expenditures are expected to be about $200 billion in 2026.", ctx)).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Capital spending should be about $200 billion in 2026, up from $131 billion.", ctx)).toEqual([["FY2026", 200e9, 200e9]]);
    // Title case and words beyond the metric's own: a heading, "Capital additions were …" before the outlook.
    expect(periods("2026 Capital Expenditures In 2026, we expect capital investments of about $200 billion.", ctx)).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Capital additions were $40 billion in the quarter. We now expect full year 2026 capital investments of about $200 billion.", ctx)).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Capital Discipline and Free Cash Flow Outlook\n2026 capital spending planned at about $200 billion.", ctx)).toEqual([["FY2026", 200e9, 200e9]]);
    expect(periods("Capital said it expects capital expenditure of $50 million in 2026.", { ...ctx, kind: "news" })).toEqual([]);
    expect(periods("Capital's capex budget is $50 million for 2026.", { ...ctx, kind: "news" })).toEqual([]);
  });

  it("GIVEN the store knows companies named by one common word (Express, Capital) THEN that word ending a longer name ('TNT Express') or heading a line ('Capital plan:') is not them", () => {
    const express: CompanyRef = { ticker: "EXPR", name: "Express, Inc." };
    const capital: CompanyRef = { ticker: "CAPD.L", name: "Capital Limited" };
    const fedex: CompanyRef = { ticker: "FDX", name: "FedEx Corporation" };
    const onFedex: ExtractionContext = { date: "2025-06-24", fiscalYearEnd: "05-31", company: fedex, companies: [fedex, express, capital], kind: "news" };
    const text = "The outlook excludes TNT Express integration costs. Capital spending for fiscal 2026 is expected to be about $4.5 billion.";
    expect(periods(text, onFedex)).toEqual([["FY2026", 4.5e9, 4.5e9]]);
    expect(periods("Capital plan: a $4.5 billion budget for fiscal 2026 supports the fleet.", onFedex)).toEqual([["FY2026", 4.5e9, 4.5e9]]);
    // The word still names the company where it stands as a name.
    expect(periods("Retailer Express said it plans capital expenditures of $60 million in fiscal 2026.", { ...onFedex, company: fedex })).toEqual([]);
    expect(periods("Korean rival Express plans capital spending of $4.5 billion for fiscal 2026.", onFedex)).toEqual([]);
  });

  it("GIVEN a company named as the document's company's subsidiary ('its US-based subsidiary Novelis') THEN its figure is a part, not the company's", () => {
    expect(periods("For its material US-based subsidiary Novelis, this will be a peak capex year with around $2.4bn in 2026.", onAmazon("news"))).toEqual([]);
    expect(periods("Amazon expects capex of about $200 billion in 2026, while its subsidiary Zoox plans capex of $2.4 billion.", onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN 'the X Group' after the company's whole name THEN the company itself; after the first word of a longer name THEN still the conglomerate", () => {
    const ecopetrol: CompanyRef = { ticker: "EC", name: "Ecopetrol S.A." };
    const onEcopetrol: ExtractionContext = { date: "2022-01-10", company: ecopetrol, companies: [ecopetrol], kind: "news" };
    expect(periods("Ecopetrol said its Board has approved the 2022 capital expenditure plan for the Ecopetrol Group, between $4.8 and $5.8 billion.", onEcopetrol)).toEqual([["FY2022", 4.8e9, 5.8e9]]);
    const tataSteel: CompanyRef = { ticker: "TATASTEEL", name: "Tata Steel Limited" };
    const onTata: ExtractionContext = { date: "2025-01-10", company: tataSteel, companies: [tataSteel], kind: "news" };
    expect(periods("Separately, the Tata Group plans capital expenditure of $12 billion in 2025 across its companies.", onTata)).toEqual([]);
  });

  it("GIVEN a slide's lines of capitalised words with another company's one-word name in them ('Cost Savings 2025 Target') THEN the word, not the company", () => {
    const target: CompanyRef = { ticker: "TGT", name: "Target" };
    const ctx: ExtractionContext = { date: "2025-07-24", company: AMZN, companies: [AMZN, target], kind: "earnings_release" };
    const slide = ["Financial Guidance & Outlook", "Cost Savings 2025 Target", "$400 million", "Enterprise 2025 CapEx", "$2.5 billion", "Down $1B from original plan"].join("\n\n");
    expect(periods(slide, ctx)).toEqual([["FY2025", 2.5e9, 2.5e9]]);
    expect(periods("Target expects capital expenditures of about $4 billion in 2025.", { ...ctx, kind: "news" })).toEqual([]);
  });

  it("GIVEN a company the store does not know, named with its listing ('Bluebird (TSX: BBR)') THEN its figures, and 'the company' after it, are not the document's company's", () => {
    const other = "Bluebird (TSX: BBR, OTCMKTS: BBRXF) seems the most cautious. In its 2026 guidance report, the company said it planned capital spending of $3.2 billion in 2026.";
    expect(periods(other, onAmazon("news"))).toEqual([]);
    const own = "Amazon.com (NASDAQ: AMZN) expects capex of about $200 billion in 2026.";
    expect(periods(`${other} ${own}`, onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN a company the store does not know, named with its ticker in brackets ('Frontier (FTR)') THEN its figure is not the document's company's; an abbreviation spelled out, or the own ticker, is not another company", () => {
    const compared = "Amazon hasn't given a range for 2027. In comparison, Bluebird (BBRD) expects capital expenditure to come in at $1.00 billion–$1.15 billion in 2027.";
    expect(periods(compared, onAmazon("news"))).toEqual([]);
    const spelledOut = "Under its Memorandum of Understanding (MOU) with the ministry, the company is targeting capex of $21 billion in 2027.";
    expect(periods(spelledOut, onAmazon("news"))).toEqual([["FY2027", 21e9, 21e9]]);
    const ownTicker = "Amazon.com (AMZN) expects capex of about $200 billion in 2026.";
    expect(periods(ownTicker, onAmazon("news"))).toEqual([["FY2026", 200e9, 200e9]]);
  });

  it("GIVEN no company in the context THEN every company's statement comes out, as before", () => {
    expect(periods("Alphabet said it plans capital expenditures of up to $185 billion in 2026.", { date: "2026-02-05" })).toEqual([["FY2026", null, 185e9]]);
  });
});

describe("turns", () => {
  it("GIVEN speaker lines THEN each turn has its speaker, and analysts and the operator are asking", () => {
    const turns = splitTurns(["Operator:", "Our next question comes from Brian Nowak.", "Brian Nowak -- Morgan Stanley -- Analyst", "Thanks.", "Brian Olsavsky (Chief Financial Officer): We expect $200 billion."].join("\n"), true);
    expect(turns.map((t) => [t.speaker?.name, t.asking])).toEqual([
      ["Operator", true],
      ["Brian Nowak", true],
      ["Brian Olsavsky", false],
    ]);
  });

  it("GIVEN a release with an 'Outlook:' line THEN it is not read as a speaker", () => {
    expect(splitTurns("Outlook: We expect capex of $5 billion.", false).map((t) => t.speaker)).toEqual([null]);
  });
});
