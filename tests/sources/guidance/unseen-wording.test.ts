// Rules of issue 10's third round, each on sentences written for this test (not taken from the
// labelled sets): general ways English marks a figure's period, voice or role that the earlier
// rules missed on text they were not written for.
import { describe, expect, it } from "vitest";
import { levelsOf, type SentenceCase } from "./sentence-levels.js";
import type { CompanyRef } from "../../../src/sources/guidance/types.js";

const B = 1e9;
const M = 1e6;

type Case = SentenceCase & { rule: string };

const OTHERS: CompanyRef[] = [{ ticker: "TXN", name: "Texas Instruments Incorporated" }];

const CASES: Case[] = [
  {
    rule: "a period compared with, a word or two after 'than', is not the figure's",
    text: "Acme plans capex of $5 billion, 10% more than its planned 2025 spending.",
    date: "2025-12-10",
    want: [["FY2026", 5 * B, 5 * B, "USD"]],
  },
  {
    rule: "a closing attribution to a newspaper or report ('…, the paper said') is someone else's voice",
    text: "Acme will spend about $7 billion on capital projects in 2026, the business daily said, citing a draft of the plan.",
    kind: "news",
    want: [],
  },
  {
    rule: "a later level for the same period, as large or larger and not worded as a revision, is the whole the earlier one was a part of",
    text: "Acme expects to spend about $1.3 billion on its stores in 2026. In all, the company expects capital expenditures of $2 billion in 2026.",
    want: [["FY2026", 2 * B, 2 * B, "USD"]],
  },
  {
    rule: "two measures of one plan (gross and net) are both levels",
    text: "Acme expects gross capex of about $5 billion in 2026. Net capex is expected to be $3 billion to $3.5 billion in 2026, after partner funding.",
    want: [["FY2026", 5 * B, 5 * B, "USD"], ["FY2026", 3 * B, 3.5 * B, "USD"]],
  },
  {
    rule: "the same money said again with no period of its own is the dated figure again",
    text: "Acme plans to spend $4 billion on capital projects in 2027, after $3 billion in 2025. The company expects the $4 billion of capex to go mostly to new plants.",
    want: [["FY2027", 4 * B, 4 * B, "USD"]],
  },
  {
    rule: "on a call, the quarter an outlook names dates the outlook's figures after it that name no period",
    text: "For the second quarter, we expect gross margin of about 61%. Turning to capital spending, we expect $210 million to $230 million.",
    date: "2026-05-05",
    kind: "transcript",
    want: [["Q2-2026", 210 * M, 230 * M, "USD"]],
  },
  {
    rule: "a period after another quantity (capacity, a share, a count) dates that quantity, not the money",
    text: "Acme plans to spend $1.3 billion on capital projects in 2026 to reach 3,000 MW of solar capacity by 2028.",
    want: [["FY2026", 1.3 * B, 1.3 * B, "USD"]],
  },
  {
    rule: "a period after another quantity is not the money's even when the money has none of its own",
    text: "Acme expects capital expenditures of $1.3 billion as it works to have 3,000 MW of solar in operation by 2028.",
    date: "2026-02-01",
    want: [["FY2026", 1.3 * B, 1.3 * B, "USD"]],
  },
  {
    rule: "a subsidiary named by the company's name and a place is a part of the company, not the company",
    text: "Acme Virginia will spend about $4.3 billion on capital projects from 2026 through 2030, the company said.",
    want: [],
  },
  {
    rule: "a company expected to spend, with an apposition between ('Acme, the smallest player in the group, is expected to spend'), is someone else's expectation",
    text: "Even Acme, the smallest player in the group, is expected to spend more than $10 billion on capex in 2027.",
    kind: "news",
    want: [],
  },
  {
    rule: "money that 'now stands at' a level is spent, not planned",
    text: "Our cumulative capex across FY25 and FY26 now stands at over ₹150 crore, the company said.",
    date: "2025-11-20",
    want: [],
  },
  {
    rule: "a bank as the subject makes the text the bank's until the company speaks; 'Acme's projected capex' is not Acme speaking",
    text: "Morgan Stanley's latest update projects that Acme will lift its spending sharply. The rise is broad. Acme's projected capex rises from roughly $83 billion in 2025 to $120 billion in 2027.",
    kind: "news",
    want: [],
  },
  {
    rule: "after a bank's view, the company's own words count again",
    text: "Jefferies now expects Acme to spend $90 billion next year. Acme said it expects capital expenditures of about $80 billion in 2026.",
    kind: "news",
    want: [["FY2026", 80 * B, 80 * B, "USD"]],
  },
  {
    rule: "an industry or sector as the subject spends the money of many companies",
    text: "The Korean display industry is expected to invest about KRW 52 trillion in 2026.",
    kind: "news",
    want: [],
  },
  {
    rule: "money to build a number of plants is those plants' cost",
    text: "Acme will invest $23 billion in 2026 to build five new chip plants.",
    want: [],
  },
  {
    rule: "money for plants or lines at named places is those sites' cost",
    text: "Acme plans to invest $2 billion in 2026 in its production lines in Ohio and Texas.",
    want: [],
  },
  {
    rule: "a company 'slated' or 'poised' to spend is the press's schedule, not the company's words",
    text: "Acme is slated to invest $3 billion in capital projects in 2026.",
    kind: "news",
    want: [],
  },
  {
    rule: "a named spender the store does not know, in a sentence that does not name the company, is another company",
    text: "Acme expects capex of $2 billion in 2026. Brightwell Foods plans to spend $15 billion on capital projects in 2026.",
    want: [["FY2026", 2 * B, 2 * B, "USD"]],
  },
  {
    rule: "an unknown company that 'said it would spend', or whose capital budget it is, is another company",
    text: "Acme expects capex of $2 billion in 2026. Brightwell Foods said it would spend $15 billion in 2026, and Norvale's 2026 capital budget is $9 billion.",
    want: [["FY2026", 2 * B, 2 * B, "USD"]],
  },
  {
    rule: "the company's own name without its marks ('Orsted' for 'Ørsted') is still the company",
    text: "Orsted now plans to invest DKK 50 billion in capital projects in 2026.",
    company: { ticker: "ORSTED", name: "Ørsted A/S" },
    want: [["FY2026", 50 * B, 50 * B, "DKK"]],
  },
  {
    rule: "the company's initials ('CN' for Canadian National) are still the company",
    text: "CN will invest approximately $3.4 billion in capital projects in 2026.",
    company: { ticker: "CNR", name: "Canadian National Railway" },
    want: [["FY2026", 3.4 * B, 3.4 * B, "USD"]],
  },
  {
    rule: "a period's capex placed at an end of a range given before states that range for the period",
    text: "Over the plan we expect capital expenditure of $8-10 billion per annum. For 2027 we expect our capex to be at the lower end of this range.",
    want: [["FY2027", 8 * B, 10 * B, "USD"]],
  },
  // Fourth round (written from the third collection's development part).
  {
    rule: "'total sources of $X' is the money that funds a plan, not the plan's spending",
    text: "Under our five-year capital plan, total sources of $9 billion will be funded mostly with operating cash flow in 2026.",
    want: [],
  },
  {
    rule: "a second amount set against its own reference in the same words as a change ('by $X versus A and $Y versus B') is a change too",
    text: "This year we lowered our planned capex by about $300 million versus the forecast we gave in June and $500 million versus the original guidance.",
    want: [],
  },
  {
    rule: "a fiscal year written as speech-to-text writes it ('fiscal 26th') dates the figure, not a quarter named before",
    text: "Cash generation was strongest in the fourth quarter. We anticipate capital spending in the range of $850 to $900 million in fiscal 26th.",
    date: "2025-08-14",
    kind: "transcript",
    want: [["FY2026", 850 * M, 900 * M, "USD"]],
  },
  {
    rule: "an unlabelled excerpt opening 'Two quick questions.' is the asker's until an answer opens",
    text: "Two quick questions. So Maria, that's 40 billion of capex we should pencil in for 2026. And then on margins, how do you see the mix?",
    date: "2026-02-05",
    kind: "transcript",
    want: [],
  },
  {
    rule: "an unlabelled excerpt opening 'My follow-up, …' or 'Last one I had, …' is the asker's",
    text: "Last one I had, on capital allocation. So you still have a big chunk for capex left for the year in order to get to the, I think, roughly 300 million. Nothing outrageous, probably similar to last year.",
    date: "2026-09-04",
    kind: "transcript",
    want: [],
  },
  {
    rule: "a question mark run on in lower case by speech-to-text still closes a question, so the words before it are the asker's",
    text: "And then on capex, I think capex is stepping to 250 million next year. Could you talk about the drivers this year? maybe where you're investing, and what we should expect past 2026.",
    date: "2026-02-20",
    kind: "transcript",
    want: [],
  },
  {
    rule: "money moved between periods ('pull forward about $X of capex into the first quarter') is a change, not a level",
    text: "We plan to pull forward approximately $20 to $25 million of capex into the first quarter of 2026 ahead of possible tariffs.",
    want: [],
  },
  {
    rule: "'an increase in capital expenditure of $X' is the change, not the level",
    text: "We expect free cash flow of $1 billion in 2026 even as we fund an increase in capital expenditure of approximately 40 to 60 million dollars.",
    want: [],
  },
  {
    rule: "a figure among money a sentence says was generated is spent, not planned",
    text: "On a full-year basis, we generated $2.5 billion in cash from operating activities at capital expenditures of $1.1 billion and delivered $900 million of free cash flow.",
    date: "2026-03-20",
    kind: "transcript",
    want: [],
  },
  {
    rule: "'aligned with our announced $X budget' is the budget compared with, not a new level",
    text: "Full-year capex was aligned with our announced $12 billion budget.",
    date: "2026-01-30",
    want: [],
  },
  {
    rule: "'$X of shares' and '$X of equity' are other metrics, even in a sentence that names capital spending",
    text: "Based on capital spending plans for the year, we're targeting the purchase of $2 billion of shares and expect to issue about $500 million of equity in 2026.",
    want: [],
  },
  {
    rule: "'during the next decade' is a span with no years named",
    text: "We will keep expanding our U.S. footprint with over $10 billion in planned capital investment during the next decade.",
    want: [],
  },
  {
    rule: "after a comparison with a period, 'at $X' gives the level",
    text: "We continue to expect capital expenditures for fiscal 2026 to be about $50 million lower than last year at approximately $750 million.",
    want: [["FY2026", 750 * M, 750 * M, "USD"]],
  },
  {
    rule: "'skewed to the back half of the year' is when money falls, not the period of the figure",
    text: "We expect to open 300 stores in 2026. The build-out will be skewed to the back half of the year and will make up most of our planned capex of approximately $1.5 billion.",
    kind: "transcript",
    want: [["FY2026", 1.5 * B, 1.5 * B, "USD"]],
  },
  {
    rule: "'A year ago, it said it would spend $X in <year>' is an earlier statement, not the plan",
    text: "Acme plans to spend $20 billion on capital investment in 2027, down from $23 billion this year. A year ago, Acme said it would spend $23 billion on capital investment in 2026.",
    date: "2026-10-20",
    kind: "news",
    want: [["FY2027", 20 * B, 20 * B, "USD"]],
  },
  {
    rule: "'bringing capex for the year so far to $X' is money spent",
    text: "The CFO said Acme spent $4 billion during the quarter (see our report on its results), bringing capex levels for the year so far to $7.6 billion.",
    date: "2026-07-20",
    kind: "news",
    want: [],
  },
  {
    rule: "a period before 'X% of our $Y plan' dates the share spent, not the plan",
    text: "By the end of the second quarter, we expect to have spent about 55% of our $4.8 billion capital plan.",
    date: "2026-05-03",
    kind: "transcript",
    want: [["FY2026", 4.8 * B, 4.8 * B, "USD"]],
  },
  {
    rule: "each end of a path through named years ('from $5 billion in 2026 to $6.4 billion in 2030') is that year's level",
    text: "Our plan includes increasing annual capital investments from $5 billion in 2026 to $6.4 billion in 2030.",
    want: [["FY2026", 5 * B, 5 * B, "USD"], ["FY2030", 6.4 * B, 6.4 * B, "USD"]],
  },
  {
    rule: "'we have been guiding around $X' looks back at guidance, it does not give it",
    text: "Yeah, maybe on capex, just real quick, we have been guiding around $900 million for most of the year. We came in a little below that.",
    date: "2026-11-05",
    kind: "transcript",
    want: [],
  },
];

const read = (c: Case) => levelsOf(c, OTHERS);

describe("unseen wording: periods, voice and roles", () => {
  it.each(CASES.map((c) => [c.rule, c] as const))("GIVEN %s THEN only the company's level for its period", (_r, c) => {
    expect(read(c)).toEqual(c.want);
  });
});
