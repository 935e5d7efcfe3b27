// Rules of issue 10's fourteenth round read from the thirteenth collection's development part by kind
// of mistake, each on sentences written for this test (not taken from the labelled sets); each row
// was checked to fail without its rule.
import { describeRuleCases, type RuleCase } from "./sentence-levels.js";

const B = 1e9;

const CASES: RuleCase[] = [
  {
    rule: "an oil producer's 'exploration and development expenditures' are its capex",
    text: "Acme expects exploration and development expenditures of $4.3 billion to $4.7 billion in 2026.",
    date: "2026-02-20",
    want: [["FY2026", 4.3 * B, 4.7 * B, "USD"]],
  },
  {
    rule: "after a cut given as a share ('by 31% to'), the level is the range that follows",
    text: "Acme cut its 2026 capital expenditures by 31% to $4.3-4.7 billion.",
    date: "2026-05-01",
    want: [["FY2026", 4.3 * B, 4.7 * B, "USD"]],
  },
  {
    rule: "a year now expected below the original range gives at most the range's low end",
    text: "Our capital expenditures in 2026 are now expected to be below our original guidance range of $3.4 billion to $3.6 billion.",
    date: "2026-09-10",
    want: [["FY2026", null, 3.4 * B, "USD"]],
  },
  {
    rule: "above the prior range gives at least its high end",
    text: "Capital spending for 2026 is now expected to come in above our prior outlook range of $3.4 billion to $3.6 billion.",
    date: "2026-09-10",
    want: [["FY2026", 3.6 * B, null, "USD"]],
  },
  {
    rule: "money called actual was spent: its year dates it alone, and the outlook before it is the next year's",
    text: "And finally, we expect capital expenditures to be approximately $25 million to $28 million compared to a prior expected range of between $28 million to $30 million and actual expenditures of $19 million in 2025.",
    date: "2026-02-05",
    kind: "transcript",
    want: [["FY2026", 25e6, 28e6, "USD"]],
  },
  {
    rule: "a source passing on what the company itself stated ('According to X, recently, Acme stated … that it expects') is the company's word",
    text: "According to Zhitong Finance, recently, Acme (ACME.US) stated in its first-quarter earnings call that it expects to keep capital expenditures at $18 billion this year.",
    date: "2026-05-02",
    kind: "news",
    want: [["FY2026", 18 * B, 18 * B, "USD"]],
  },
  {
    rule: "according to a source, with no word of the company after it, stays the source's",
    text: "According to Zhitong Finance, Acme's capital expenditures this year could reach $18 billion.",
    date: "2026-05-02",
    kind: "news",
    want: [],
  },
  {
    rule: "a plan named later only by its length is the span of that length the text named before",
    text: "Today, Acme filed its rate application, which includes its 2028-2032 Investment Plan. The $17 billion five-year Investment Plan will reduce the impacts of power outages.",
    date: "2026-08-05",
    kind: "news",
    want: [["FY2028-FY2032", 17 * B, 17 * B, "USD"]],
  },
  {
    rule: "'over' right after the money is the year it is spent in, not a year compared with",
    text: "We expect to generate approximately $10.5 billion of free cash flow over 2026, less approximately $1.5 billion in capital investments.",
    date: "2026-02-01",
    kind: "transcript",
    want: [["FY2026", 1.5 * B, 1.5 * B, "USD"]],
  },
  {
    rule: "a pledge's span dates the capex said of it next ('investments in property, plant and equipment will account for …')",
    text: "Based on our current planning, we shall invest a total of €84.2 billion in the Automotive Division in the period from 2027 to 2031. Investments in property, plant and equipment will account for €63.4 billion.",
    date: "2026-11-20",
    kind: "filing",
    want: [["FY2027-FY2031", 63.4 * B, 63.4 * B, "EUR"]],
  },
  {
    rule: "'the four major American technology giants jointly predict … their total capital expenditure' is several companies' total",
    text: "The four major American technology giants jointly predict that by 2027, their total capital expenditure will reach approximately 800 billion US dollars.",
    date: "2026-11-20",
    kind: "news",
    want: [],
  },
  {
    rule: "in 'NZ$415-$435m' the upper end's bare '$' is the lower end's dollar",
    text: "Acme revised its FY27 guidance, with capex reduced to NZ$415-$435m.",
    date: "2026-08-20",
    kind: "news",
    want: [["FY2027", 415e6, 435e6, "NZD"]],
  },
  {
    rule: "a dash left before 'to' ('$400- to $435 million') still joins a range",
    text: "Acme has revised its 2026 capital budget to a range of $400- to $435 million.",
    date: "2026-04-20",
    kind: "news",
    want: [["FY2026", 400e6, 435e6, "USD"]],
  },
  {
    rule: "money followed by 'previously' is the old figure ('…, from $4 billion and $5 billion previously')",
    text: "Acme reduced its full-year capex by about 25% to between $3.3 billion and $3.9 billion, from $4 billion and $5 billion previously, it said in its third-quarter earnings report.",
    date: "2026-11-05",
    kind: "news",
    want: [["FY2026", 3.3 * B, 3.9 * B, "USD"]],
  },
];

describeRuleCases("capex guidance on wording of the fourteenth round (written sentences)", CASES);
