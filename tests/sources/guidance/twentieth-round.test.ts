// Rules of issue 10's twentieth round, read from the development parts' errors (no new collection was read
// for them), each on sentences written for this test (not taken from the labelled sets); each rule's first
// row was checked to fail without it.
import type { CompanyRef } from "../../../src/sources/guidance/types.js";
import { describeRuleCases, type RuleCase } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;
const ZETA: CompanyRef = { ticker: "ZETA", name: "Zeta Devices Corp." };
const BIRLA: CompanyRef = { ticker: "BIRLA", name: "Birla Corporation Ltd" };

const CASES: RuleCase[] = [
  {
    rule: "in the company's own call, 'we' planning capex is the company even when the sentence before named another",
    text: "Capital expenditures rose in the quarter on higher Zeta Devices equipment spend. We now expect total 2026 capital expenditures of approximately $11.5 billion.",
    date: "2026-07-25",
    kind: "transcript",
    want: [["FY2026", 11.5 * B, 11.5 * B, "USD"]],
  },
  {
    rule: "(we) in its own release too",
    text: "Capital expenditures rose in the quarter on higher Zeta Devices equipment spend. For the full year, we continue to expect capital expenditures of $11.5 billion.",
    date: "2026-07-25",
    kind: "earnings_release",
    want: [["FY2026", 11.5 * B, 11.5 * B, "USD"]],
  },
  {
    rule: "(we, guard) in a news story the company last named keeps the figure: a quoted 'we' there may be anyone's",
    text: "Zeta Devices reported higher equipment spend in the quarter. We now expect total 2026 capital expenditures of approximately $11.5 billion, its chief executive said.",
    date: "2026-07-25",
    kind: "news",
    want: [],
  },
  {
    rule: "capex 'per year in the Eagle Ford' is one basin's, a part of the company's total",
    text: "We expect somewhere around $200 million of total capex per year in the Eagle Ford to hold production flat.",
    date: "2026-05-06",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(basin, guard) capex 'in the Fiscal Year' named after it is the period, not a part",
    text: "We expect about $200 million of capital expenditures in the Fiscal Year 2026.",
    date: "2026-05-06",
    kind: "transcript",
    want: [["FY2026", 200 * M, 200 * M, "USD"]],
  },
  {
    rule: "a company named in an apposition that describes the subject ('Acme, an Aditya Birla Group company, has …') is not whose plan it is",
    text: "Acme, an Aditya Birla Group company, has earmarked capex of $2.5 billion for 2026.",
    date: "2026-05-06",
    kind: "news",
    want: [["FY2026", 2.5 * B, 2.5 * B, "USD"]],
  },
  {
    rule: "(apposition, guard) a company named after the subject with no apposition is the one that plans",
    text: "Acme said Aditya Birla Group has earmarked capex of $2.5 billion for 2026.",
    date: "2026-05-06",
    kind: "news",
    want: [],
  },
  {
    rule: "a news story's dateline is not the sentence's subject: 'KUALA LUMPUR (Feb 26): Analysts are divided …' is the analysts' view",
    text: "KUALA LUMPUR (Feb 26): Analysts are divided on Acme's capital expenditure plans for 2026, with some predicting a cut, while others anticipated maintaining at RM50 billion or more.",
    date: "2026-02-26",
    kind: "news",
    want: [],
  },
  {
    rule: "(dateline) 'TOKYO (Jiji Press) — Analysts expect …' too",
    text: "TOKYO (Jiji Press) — Analysts expect Acme to keep capital expenditure at about 500 billion yen in 2026.",
    date: "2026-02-26",
    kind: "news",
    want: [],
  },
  {
    rule: "(dateline, guard) the company after a dateline still speaks for itself",
    text: "KUALA LUMPUR (Feb 26): Acme said it plans capital expenditure of RM50 billion in 2026.",
    date: "2026-02-26",
    kind: "news",
    want: [["FY2026", 50 * B, 50 * B, "MYR"]],
  },
  {
    rule: "a research house named '… Research' or '… Securities' as the subject gives its own estimate",
    text: "RHB Research, for one, estimated a possible 20% decrease in Acme's capex to about RM43 billion in 2026.",
    date: "2026-02-26",
    kind: "news",
    want: [],
  },
  {
    rule: "(research house, guard) the Securities and Exchange Commission is no research house",
    text: "Securities and Exchange Commission filings show Acme plans capital expenditure of $2 billion in 2026.",
    date: "2026-02-26",
    kind: "news",
    want: [["FY2026", 2 * B, 2 * B, "USD"]],
  },
  {
    rule: "'Japanese corporations are on track to spend …' is a survey's total, not the company's",
    text: "Japanese corporations are on track to spend a record 34.26 trillion yen in capital expenditures this fiscal year, with Acme the biggest spender.",
    date: "2025-08-01",
    kind: "news",
    want: [],
  },
  {
    rule: "capex of one kind of work named with an alternative ('development or expansion capex') is a part too",
    text: "Acme lowered its capex guidance to $345 million. The guidance for development or expansion capex has been reduced from $250 million to $220 million.",
    date: "2026-07-27",
    kind: "news",
    want: [["FY2026", 345 * M, 345 * M, "USD"]],
  },
  {
    rule: "'in each of the next two years' after a figure of this year's own in the sentence are the two years after it",
    text: "Acme plans capital expenditure of $7 billion to $9 billion in each of the next two years, up from estimated capex in the range of $6 billion to $8 billion this year, the company said in its annual filing.",
    date: "2026-01-31",
    kind: "news",
    want: [["FY2027-FY2028", 7 * B, 9 * B, "USD"], ["FY2026", 6 * B, 8 * B, "USD"]],
  },
  {
    rule: "(next years, guard) with no figure of this year's own they start with the year under way",
    text: "Acme plans capital expenditure of $7 billion to $9 billion in each of the next two years, the company said.",
    date: "2026-01-31",
    kind: "news",
    want: [["FY2026-FY2027", 7 * B, 9 * B, "USD"]],
  },
  {
    rule: "(next years, guard) 'in the three years from April 2026' start in the year named right after them",
    text: "Acme said it plans to invest about one trillion yen in facilities and equipment in the three years from April 2026.",
    date: "2026-05-22",
    kind: "news",
    want: [["FY2026-FY2028", 1000 * B, 1000 * B, "JPY"]],
  },
  {
    rule: "money the budget of a named project is raised to ('the budget of the Lake Charles Chemical Project (LCCP), in the US, to $11 billion') is that project's cost",
    text: "Acme expects its capital expenditure to rise in 2026 following the upward revision to the budget of the Lake Charles Chemical Project (LCCP), in the US, to $11 billion.",
    date: "2026-03-01",
    kind: "news",
    want: [],
  },
  {
    rule: "(named project, guard) the budget of the company's capital program is the plan",
    text: "Acme raised the budget of its capital program for 2026 to $11 billion.",
    date: "2026-03-01",
    kind: "news",
    want: [["FY2026", 11 * B, 11 * B, "USD"]],
  },
  {
    rule: "a point set 'at the low end of its $15 to $17 billion guidance range' is the level; the range is what it is set in",
    text: "Acme announced a 2026 capital spending program of $15 billion, at the low end of its $15 to $17 billion guidance range.",
    date: "2025-12-04",
    kind: "news",
    want: [["FY2026", 15 * B, 15 * B, "USD"]],
  },
  {
    rule: "(point in range, guard) with no point of its own, 'at the low end of our $15 to $17 billion range' keeps the range",
    text: "We expect 2026 capital spending at the low end of our $15 to $17 billion range.",
    date: "2025-12-04",
    kind: "transcript",
    want: [["FY2026", 15 * B, 17 * B, "USD"]],
  },
  {
    rule: "money a metric names right before it ('free cash flow of approximately $300 million') is that metric's, whatever a 'which' clause names after",
    text: "We're targeting adjusted free cash flow of approximately $300 million which contemplates capital spending of approximately 5.5% of sales in 2026.",
    date: "2026-02-14",
    kind: "transcript",
    want: [],
  },
  {
    rule: "'The Adani group' in a text filed under Adani Enterprises is the conglomerate: its trade word makes the company one of the group's",
    text: "The Adani group has said it will have a capital expenditure of Rs 1.1 trillion in 2025-26.",
    date: "2025-05-02",
    kind: "news",
    company: { ticker: "ADANIENT", name: "Adani Enterprises Ltd" },
    want: [],
  },
  {
    rule: "(group, guard) 'the Gerdau group' in a text filed under Gerdau S.A. is the company",
    text: "The Gerdau group said it will have capital expenditure of 6 billion reais in 2025.",
    date: "2025-02-20",
    kind: "news",
    company: { ticker: "GGB", name: "Gerdau S.A." },
    want: [["FY2025", 6 * B, 6 * B, "BRL"]],
  },
  {
    rule: "a capex level the text gave before (a question's too), pointed back to in a sentence with no metric ('forecasting that $4.5 to $5 billion'), is capex again",
    text: "Analyst:\nCan you break down the CapEx outlook for the fiscal year, the $4.5 to $5 billion outlook?\nJane Doe -- Chief Financial Officer:\nThanks for the question. Most of it goes to our large projects. We have about $750 million for ongoing maintenance. And there is about a billion for the base business. We're still forecasting that $4.5 to $5 billion for this fiscal year.",
    date: "2026-02-05",
    kind: "transcript",
    want: [["FY2026", 4.5 * B, 5 * B, "USD"]],
  },
  {
    rule: "(pointed back, guard) an amount given before as a change is not a level when pointed back to",
    text: "On the CapEx side, we've captured $500 million of savings, which is $100 million more than we initially guided to. On the opex side we expect to reach that $100 million in 2026 as well.",
    date: "2026-02-05",
    kind: "transcript",
    want: [],
  },
  {
    rule: "'our combined capex' is the company's own total across its parts, not several companies'",
    text: "For 2026 through 2028 we would anticipate our combined capex with California and the other states to be in the range of $355 million to $365 million a year.",
    date: "2026-02-25",
    kind: "transcript",
    want: [["FY2026-FY2028", 355 * M, 365 * M, "USD"]],
  },
  {
    rule: "(combined, guard) 'their combined capex' is several companies'",
    text: "The two utilities expect their combined capex to be in the range of $355 million to $365 million a year through 2028.",
    date: "2026-02-25",
    kind: "news",
    want: [],
  },
  {
    rule: "money 'to expand capacity in five of its Illinois factories' is those plants' cost, not the company's plan",
    text: "Acme said Thursday it will spend $1 billion over the next two years to expand capacity in five of its Illinois factories.",
    date: "2026-06-12",
    kind: "news",
    want: [],
  },
  {
    rule: "'Rs' in a text that names Pakistan (Karachi) and not India is Pakistan's rupee",
    text: "Acme has filed an investment plan for FY 2024-2030 worth Rs 484 billion to improve power supply to Karachi, the company said.",
    date: "2023-12-04",
    kind: "news",
    want: [["FY2024-FY2030", 484 * B, 484 * B, "PKR"]],
  },
  {
    rule: "(rupee, guard) 'Rs' in a text about Mumbai is India's",
    text: "The Mumbai-based Acme plans capex of Rs 5,000 crore in 2026, the company said.",
    date: "2025-12-04",
    kind: "news",
    want: [["FY2026", 50 * B, 50 * B, "INR"]],
  },
];

describeRuleCases("capex guidance: the twentieth round's rules (issue 10)", CASES, [ZETA, BIRLA]);
