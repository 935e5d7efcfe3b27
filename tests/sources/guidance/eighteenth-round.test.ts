// Rules of issue 10's eighteenth round, read from the twentieth collection's development part after it was
// measured blind, each on sentences written for this test (not taken from the labelled sets); each rule's
// first row was checked to fail without it.
import { ACME, describeRuleCases, type RuleCase } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

const CASES: RuleCase[] = [
  {
    rule: "a raised point between digits ('C$3·1bn', British typesetting) is a decimal point",
    text: "Acme has unveiled a C$3·1bn capital programme for 2026, its largest yet.",
    date: "2026-01-20",
    kind: "news",
    want: [["FY2026", 3.1 * B, 3.1 * B, "CAD"]],
  },
  {
    rule: "a quarter written with its four-digit year glued on ('2Q2026') is that quarter",
    text: "Capital expenditures are expected to be between $40 million and $45 million for 2Q2026.",
    date: "2026-04-20",
    kind: "earnings_release",
    want: [["Q2-2026", 40 * M, 45 * M, "USD"]],
  },
  {
    rule: "a sentence with no money that gives the year an outlook is for ('its guidance outlook for 2027') dates the figures after it",
    text: "Acme today released its corporate guidance outlook for 2027. Capital expenditures are forecast at $2.3 billion.",
    date: "2026-12-04",
    kind: "earnings_release",
    want: [["FY2027", 2.3 * B, 2.3 * B, "USD"]],
  },
  {
    rule: "money 'on a run rate basis' with no year named is the pace of spending, not the year's figure",
    text: "Capex will be, on a run rate basis, a little over $120 million.",
    date: "2026-05-06",
    kind: "transcript",
    want: [],
  },
  {
    rule: "a run rate a year is named for ('run rate capex below $8 billion by 2029') is that year's level",
    text: "Management projects run rate capital expenditures to fall below $8 billion annually by 2029.",
    date: "2026-05-06",
    kind: "news",
    want: [["FY2029", null, 8 * B, "USD"]],
  },
  {
    rule: "content, programming, marketing or advertising spend is another metric, and the capex level after it stands",
    text: "We expect fiscal 2027 content spend to come in at approximately $24 billion. We now expect capital expenditures for the year to total $6 billion.",
    date: "2027-02-10",
    kind: "transcript",
    want: [["FY2027", 6 * B, 6 * B, "USD"]],
  },
  {
    rule: "a period right after a bracket of converted money ('CAD200 million (USD150 million) for 2Q2026') dates the money the bracket follows",
    text: "Capital expenditures are projected at between CAD900 million (USD660 million) and CAD950 million (USD700 million) for 2026, and between CAD200 million (USD150 million) and CAD220 million (USD160 million) for 2Q2026.",
    date: "2026-04-20",
    kind: "news",
    want: [["FY2026", 900 * M, 950 * M, "CAD"], ["Q2-2026", 200 * M, 220 * M, "CAD"]],
  },
  {
    rule: "a change said past the same money in brackets ('50 billion yen ($330 million) more than it planned') is a change, not a level",
    text: "Acme will spend 50 billion yen ($330 million) more than it had planned on plants and equipment in fiscal 2027.",
    date: "2026-05-03",
    kind: "news",
    want: [],
  },
  {
    rule: "a level before a bracket of converted money keeps the period after the bracket, and a change past the bracket is no level of its own",
    text: "Acme says it will spend 240 billion yen ($1.6 billion) through fiscal 2027, 40 billion yen ($270 million) more than it already planned for the three years.",
    date: "2026-05-03",
    kind: "news",
    want: [["FY2026-FY2027", 240 * B, 240 * B, "JPY"]],
  },
  {
    rule: "a ministry's or government's possessive before the capex ('the Ministry of Steel's capital expenditure target') is not the company's",
    text: "The Ministry of Steel's capital expenditure target for 2026-27 is Rs 18,500 crore, and Acme is on track to exceed its own.",
    date: "2026-05-21",
    kind: "news",
    want: [],
  },
  {
    rule: "a plan stated as a change from a year whose capex the text gave ('$600 million higher versus fiscal year 2026') is the level it comes to, for the year after",
    text: "Our capital expenditures in fiscal 2026 were approximately $5 billion. We expect CapEx in fiscal year 2027 to be $600 million higher versus fiscal year 2026.",
    date: "2026-11-12",
    kind: "transcript",
    want: [["FY2027", 5.6 * B, 5.6 * B, "USD"]],
  },
  {
    rule: "'we expect CapEx to increase by $1.5 billion versus 2026', after the year's capex, is that capex plus the increase",
    text: "Capital expenditures in fiscal 2026 were $3.2 billion. For fiscal 27, we expect CapEx to increase by $1.5 billion versus 2026.",
    date: "2026-11-12",
    kind: "transcript",
    want: [["FY2027", 4.7 * B, 4.7 * B, "USD"]],
  },
  {
    rule: "a change from a year whose capex the text does not give stays a change",
    text: "We expect CapEx in fiscal year 2027 to be $600 million higher versus fiscal year 2026.",
    date: "2026-11-12",
    kind: "transcript",
    want: [],
  },
  {
    rule: "'over five years to 2030' (no 'the') is the five years ending 2030",
    text: "Acme plans to invest $40 billion in capital expenditure over five years to 2030, the company said in a filing.",
    date: "2026-06-02",
    kind: "news",
    want: [["FY2026-FY2030", 40 * B, 40 * B, "USD"]],
  },
  {
    rule: "'over five years to 2029–2030': a fiscal year written as the two years it spans ends in the second",
    text: "Acme plans to invest ₹500 billion–₹600 billion in capital expenditure over the five years to 2029–2030, the company said.",
    date: "2026-06-02",
    kind: "news",
    want: [["FY2026-FY2030", 500 * B, 600 * B, "INR"]],
  },
  {
    rule: "after a name that is not the company 'estimates that …', the figures that follow are that estimate's, until the company speaks",
    text: "Factoring in guidance given with year-end results, Zenith Research estimates that next year's spend among these operators will be up by about 4%. That would return full-year investment to $72.5 billion.",
    date: "2026-03-01",
    kind: "news",
    want: [],
  },
  {
    rule: "the company itself estimating ('Acme estimates that …') is its own voice",
    text: "Acme estimates that capital expenditures will be about $3.2 billion in 2026.",
    date: "2026-03-01",
    kind: "news",
    want: [["FY2026", 3.2 * B, 3.2 * B, "USD"]],
  },
  {
    rule: "a brokerage named by its trade ('Harbor Securities', '… Capital Markets') revising its forecast gives its own view",
    text: "Harbor Securities has revised its outlook for Acme's capital spending through 2027, lifting its forecast to $42 billion.",
    date: "2026-10-01",
    kind: "news",
    want: [],
  },
  {
    rule: "the company 'is expected to increase its' forecast, or 'is anticipated to guide', is someone else's expectation",
    text: "The company is expected to increase its capital expenditure forecast for next year from USD 30 billion to USD 33 billion.",
    date: "2026-10-10",
    kind: "news",
    want: [],
  },
  {
    rule: "capex itself 'expected to increase to' a figure is still the company's outlook",
    text: "Capital expenditures are expected to increase to $4 billion in 2027.",
    date: "2026-10-10",
    kind: "earnings_release",
    want: [["FY2027", 4 * B, 4 * B, "USD"]],
  },
  {
    rule: "capex that 'may reach' a figure is a possibility, not a plan",
    text: "Capital expenditures may reach $60 billion in 2027, with most of it going to data centers.",
    date: "2026-11-10",
    kind: "news",
    want: [],
  },
  {
    rule: "a figure given 'per <someone>'s analyst forecast' or 'per <someone> estimates' is that source's",
    text: "Acme spent $9.1 billion on capex in 2026 and is looking at 2027 capex of about $9.6 billion, per Zenith Data’s analyst forecast.",
    date: "2027-01-15",
    kind: "news",
    want: [],
  },
  {
    rule: "money a revised capex plan is expected to 'save' is a saving, not a level",
    text: "Acme has optimised its capital expenditure plan for 2026 and 2027, which is expected to save approximately $300 million over previous estimates.",
    date: "2026-05-01",
    kind: "news",
    want: [],
  },
];

describeRuleCases("capex guidance on wording of the eighteenth round (written sentences)", CASES, [ACME]);
