// Rules of issue 10's nineteenth round, read from the development parts of all twenty collections (no
// new collection was read for it), each on sentences written for this test (not taken from the labelled
// sets); each rule's first row was checked to fail without it.
import { ACME, describeRuleCases, type RuleCase } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

const CASES: RuleCase[] = [
  {
    rule: "capex of one kind of work ('maintenance capex', 'leasing and manufacturing capex') is a part, not the company's total",
    text: "So our maintenance capex, I would suggest, is going to run somewhere between $60 and $70 million this year.",
    date: "2026-05-06",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(kinds) two kinds named together are parts too",
    text: "For the year, we expect net leasing and manufacturing capex of $180 million to $200 million.",
    date: "2026-05-06",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(kinds, guard) capex named with no kind before it is the total",
    text: "For the year, we expect capex of $180 million to $200 million.",
    date: "2026-05-06",
    kind: "transcript",
    want: [["FY2026", 180 * M, 200 * M, "USD"]],
  },
  {
    rule: "money 'in operating and capital expenditures' is a sum of two metrics, not capex",
    text: "In 2026 we plan to invest about $70 million in operating and capital expenditures for the new platform.",
    date: "2026-02-10",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(sum) named before the money ('operating and capital expenditures of'), it is a sum too",
    text: "We expect operating and capital expenditures of about $70 million in 2026.",
    date: "2026-02-10",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(sum, guard) capex named beside operating cash flow keeps its own figure",
    text: "We expect operating cash flow of $900 million and capital expenditures of about $70 million in 2026.",
    date: "2026-02-10",
    kind: "transcript",
    want: [["FY2026", 70 * M, 70 * M, "USD"]],
  },
  {
    rule: "money to be invested 'in its domestic market' or 'on its domestic networks' is the home country's pledged share, not the company's capex",
    text: "Acme plans to spend EUR12 billion on its domestic networks over the next five years, the company said.",
    date: "2026-03-02",
    kind: "news",
    want: [],
  },
  {
    rule: "(domestic) 'in domestic facilities' too",
    text: "Acme will invest more than KRW 3 trillion in domestic facilities by 2029.",
    date: "2026-03-02",
    kind: "news",
    want: [],
  },
  {
    rule: "(domestic, guard) a plan with no place named stays the company's",
    text: "Acme plans to spend EUR12 billion on capital expenditure over the next five years, the company said.",
    date: "2026-03-02",
    kind: "news",
    want: [["FY2026-FY2030", 12 * B, 12 * B, "EUR"]],
  },
  {
    rule: "capex 'related to' one purpose ('our network commitments') is that purpose's share, not the company's total",
    text: "We continue to expect capex related to our network commitments to range between $300 million and $450 million in 2026.",
    date: "2026-05-06",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(tied) money 'of investment associated with' a purpose, after the figure, too",
    text: "Our 2026 capex forecast reflects nearly $700 million of investment associated with new clean generation resources.",
    date: "2026-02-10",
    kind: "transcript",
    want: [],
  },
  {
    rule: "(tied, guard) capital investments 'attributable to' a company (its share) are its total",
    text: "We still expect capital investments attributable to Acme for 2026 to be approximately $2 billion.",
    date: "2026-04-20",
    kind: "transcript",
    want: [["FY2026", 2 * B, 2 * B, "USD"]],
  },
  {
    rule: "after someone else's figures, 'The company’s capital expenditure will be …' is the company speaking again",
    text: "Revenue is likely to fall by 10 percent, according to a client note from Zenith Securities.\nThe company’s capital expenditure will be between NT$14 billion and NT$15 billion for the whole of this year, Lin said.",
    date: "2026-03-02",
    kind: "news",
    want: [["FY2026", 14 * B, 15 * B, "TWD"]],
  },
  {
    rule: "(speaks) 'In October, it projected …' too",
    text: "The midpoint was below estimates of $18.44 billion, according to Zenith Data.\nIn October, it projected 2026 capital spending of between $7.5 billion and $8.5 billion, compared with $7.1 billion in 2025.",
    date: "2026-01-20",
    kind: "news",
    want: [["FY2026", 7.5 * B, 8.5 * B, "USD"]],
  },
  {
    rule: "(speaks, guard) after someone else's figures, a plan no one is said to have given stays theirs",
    text: "The midpoint was below estimates of $18.44 billion, according to Zenith Data.\nCapital spending of between $7.5 billion and $8.5 billion is seen for 2026.",
    date: "2026-01-20",
    kind: "news",
    want: [],
  },
  {
    rule: "'its fourth quarter financials' names the report the guidance came with, not the guidance's period",
    text: "In reporting its fourth quarter financials today, Acme provided capex guidance in the $7 billion to $8 billion range.",
    date: "2026-01-29",
    kind: "news",
    want: [["FY2026", 7 * B, 8 * B, "USD"]],
  },
  {
    rule: "a group of two or more words named as what the company is 'part of' is not the plan's owner",
    text: "Acme, part of the Sun Star Group, has announced a capital expenditure plan of up to Rs 100 billion for FY26.",
    date: "2025-07-29",
    kind: "news",
    want: [["FY2026", null, 100 * B, "INR"]],
  },
  {
    rule: "(part of, guard) the group's own plan, named as its subject, stays the group's",
    text: "The Sun Star Group’s capex for FY26 would be about Rs 300 billion.",
    date: "2025-07-29",
    kind: "news",
    want: [],
  },
  {
    rule: "money in a 'with' clause after a year's plan is a slice of it only for the same year: a later year named is that year's level",
    text: "Acme has earmarked Rs. 5,700 crore for FY25 CAPEX, with plans to ramp up investments to around Rs. 7,500 crore in FY26.",
    date: "2025-03-02",
    kind: "news",
    want: [["FY2025", 57 * B, 57 * B, "INR"], ["FY2026", 75 * B, 75 * B, "INR"]],
  },
  {
    rule: "(with-clause, guard) a quarter's slice of the year's plan stays a slice",
    text: "We expect capex of $5 billion for 2026, with about $1.5 billion in the first quarter.",
    date: "2026-02-10",
    kind: "transcript",
    want: [["FY2026", 5 * B, 5 * B, "USD"]],
  },
  {
    rule: "an earlier figure said to stand ('remains at our previously announced guidance of') is still the level",
    text: "The forecast for 2026 capital expenditures remains at our previously announced guidance of $175 million to $200 million.",
    date: "2026-05-06",
    kind: "transcript",
    want: [["FY2026", 175 * M, 200 * M, "USD"]],
  },
  {
    rule: "(stands, guard) a figure 'previously announced' and now replaced is the old one",
    text: "We now expect 2026 capital expenditures of $210 million, up from our previously announced guidance of $175 million to $200 million.",
    date: "2026-05-06",
    kind: "transcript",
    want: [["FY2026", 210 * M, 210 * M, "USD"]],
  },
  {
    rule: "a year that labels the plan moved 'to' a figure ('narrowed our 2026 capital investment estimate to approximately $2 billion') is that figure's year",
    text: "We've narrowed our 2026 capital investment estimate to approximately $2 billion and reiterated our 2027 capital forecast of $2.4 billion to $2.7 billion.",
    date: "2026-11-03",
    kind: "transcript",
    want: [["FY2026", 2 * B, 2 * B, "USD"], ["FY2027", 2.4 * B, 2.7 * B, "USD"]],
  },
  {
    rule: "money the figure before it 'now includes' is a slice of that figure, which stays the level",
    text: "Our capital expenditures are estimated to be approximately $90 million, which now includes $14 million of capital for the new line.",
    date: "2026-07-30",
    kind: "transcript",
    want: [["FY2026", 90 * M, 90 * M, "USD"]],
  },
  {
    rule: "'capital guidance' names the capex plan",
    text: "We're affirming our five-year capital guidance for the period of 2026 to 2030 at $750 million to $1 billion.",
    date: "2026-05-06",
    kind: "transcript",
    want: [["FY2026-FY2030", 750 * M, 1 * B, "USD"]],
  },
  {
    rule: "(capital guidance, guard) a 'previously reported … capital guidance of' figure is the old one",
    text: "Acme will cut its 2026 capital expenditures plan by $700 million. The previously reported 2026 operating plan capital guidance of $6.5-6.7 billion included funding for exploration.",
    date: "2026-04-07",
    kind: "news",
    want: [],
  },
];

describeRuleCases("capex guidance on wording of the nineteenth round (written sentences)", CASES, [ACME]);
