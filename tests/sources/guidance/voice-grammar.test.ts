// Whose words a figure is, as a table of written sentences (not taken from the labelled sets):
// the press, analysts, banks, rating agencies, hearsay, speculation and conditions give no
// statement; the company's own words, however attributed, give one. Each row was read by a person.
import { describe, expect, it } from "vitest";
import { levelsOf } from "./sentence-levels.js";

const B = 1e9;
const ON = { date: "2025-02-10", kind: "news" as const };

const NOT_THE_COMPANYS: string[] = [
  "Could Acme's 2025 capex reach $1.5 billion?",
  "Analysts at Goldman Sachs expect Acme to spend $1.5 billion on capex in 2025.",
  "- Analysts tied the higher growth outlook to a forecast 2025 capital expenditure of $1.5 billion for Acme.",
  "Goldman Sachs expects Acme's 2025 capex of $1.5 billion.",
  "Acme's 2025 capex could reach $1.5 billion, according to analysts.",
  "Acme's 2025 capex could reach $1.5 billion, analysts said.",
  "Acme's 2025 capex is seen at $1.5 billion by analysts.",
  "Wall Street expects Acme's 2025 capex to be $1.5 billion.",
  "Acme's 2025 capex is forecast to reach $1.5 billion, according to a Reuters poll.",
  "Acme's 2025 capex could be as high as $1.5 billion, but the company is not guiding to that.",
  "In a bull case, Acme's 2025 capex could reach $1.5 billion.",
  "Acme might spend as much as $1.5 billion on capex in 2025.",
  "Acme could spend as much as $1.5 billion on capex in 2025.",
  "Acme could invest up to $1.5 billion in 2025 capex.",
  "Acme is considering raising 2025 capex to $1.5 billion.",
  "Acme is weighing cutting its 2025 capital budget to $1.5 billion.",
  "Acme is likely to spend about $1.5 billion on capex in 2025.",
  "Acme is said to be planning 2025 capex of $1.5 billion.",
  "Acme is reportedly planning 2025 capex of $1.5 billion.",
  "Acme plans 2025 capex of $1.5 billion, Bloomberg reported, citing people familiar with the matter.",
  "Acme plans 2025 capex of $1.5 billion, Reuters reported, citing sources close to the company.",
  "Analysts had expected Acme to guide 2025 capex to $1.3 billion.",
  "The consensus estimate for Acme's 2025 capex is $1.3 billion.",
  "S&P expects Acme's 2025 capex to decline to $1.2 billion.",
  "Moody's projects Acme's 2025 capex at about $1.2 billion.",
  "Jefferies analyst John Smith estimates Acme's 2025 capex at $1.2 billion.",
  "We estimate Acme's 2025 capex at $1.2 billion.",
  "We think Acme will spend $1.2 billion on capex in 2025.",
  "Investors expect Acme to spend $1.2 billion on capex in 2025.",
  "If demand weakens, Acme could cut 2025 capex to $1.2 billion.",
  "Good morning, Leon and team. I just wanted to check that 2025 CapEx guidance is unchanged at $1.5 billion, and therefore we should expect a decline in the second half.",
  "Acme's rate filing, if approved, would increase its 2025 capital expenditures to $1.5 billion.",
  "We expect FY25 capex commentary could likely exceed our/street estimates of ~$1.3B/$1.2B, respectively.",
  "Acme's revised forecast suggests a potential decrease in 2025 capex to less than $1.2 billion, depending on market conditions.",
  "Acme would spend $1.2 billion in 2025 if the deal closes.",
  "Acme may increase 2025 capex to $1.5 billion if demand improves.",
  "Acme could cut 2025 capex to $1.2 billion if demand weakens.",
  "Industry capex is expected to reach $200 billion in 2025.",
  "Sector spending will reach $200 billion in 2025.",
  "Hyperscaler capital expenditures this year are projected to exceed $200 billion in 2025.",
  // Someone else's figures named after the sentence or before it.
  "Acme's 2025 capex will reach $1.5 billion, said Jane Roe, an analyst at Northbay Securities.",
  "Acme's 2025 capex will reach $1.5 billion, said Jane Roe, head of technology research at Northbay.",
  "Acme's 2025 capex will reach $1.5 billion, said a fund manager who holds the shares.",
  "Acme's 2025 capex will reach $1.5 billion, FactSet data show.",
  "Acme's 2025 capex will reach $1.5 billion, estimates compiled by LSEG show.",
  "Acme will spend $1.5 billion on capex in 2025, per FactSet consensus.",
  "Acme will spend $1.5 billion on capex in 2025, by the newspaper's estimate.",
  "By our calculations, Acme's 2025 capex will reach $1.5 billion.",
  "Acme's 2025 capex will reach $1.5 billion, said Jane Roe of Morgan Stanley.",
  "Acme's 2025 capex will reach $1.5 billion, a Reuters analysis showed.",
  // Hearsay named at the end.
  "Acme's 2025 capex will reach $1.5 billion, the people said.",
  "Acme's 2025 capex will reach $1.5 billion, one of the people said.",
  "Acme's 2025 capex will reach $1.5 billion, said the person, who asked not to be identified.",
  "Protecting the dividend is the priority, says Northbay Holt's Jane Roe, who sees Acme cutting 10% from outlays and lowering 2025 capex to $1.5 billion.",
  "Acme told suppliers it plans to spend $1.5 billion on capex in 2025, the sources added.",
  // Someone's demand of the company, or the market's expectation.
  "Activist investor Northwind said Acme should cut 2025 capex to $1.5 billion.",
  "Northwind wants Acme to cap 2025 capex at $1.5 billion.",
  "Shareholders urged Acme to limit 2025 capex to $1.5 billion.",
  "Investors are bracing for Acme to spend $1.5 billion on capex in 2025.",
  "Acme's 2025 capex is widely expected to reach $1.5 billion.",
  // A possibility left open, a counterfactual, others' proposals.
  "Had demand held up, Acme's capex would be $1.5 billion in 2025.",
  "Capex of $1.5 billion in 2025 is not out of the question.",
  "I wouldn't rule out capex of $1.5 billion in 2025.",
  "We haven't decided whether capex will be $1.5 billion in 2025.",
  "It's too early to say whether 2025 capex reaches $1.5 billion.",
  "There's a world where 2025 capex is $1.5 billion.",
  "One could argue capex of $1.5 billion in 2025 is warranted.",
  "Capex of $1.5 billion in 2025 would be an upper bound, not a forecast.",
  "We're not giving a number today, but $1.5 billion of capex in 2025 isn't crazy.",
  "Some investors have suggested Acme limit 2025 capex to $1.5 billion.",
  "As you pointed out, capex of $1.5 billion in 2025 is a big number.",
  // A question asked without a question mark.
  "I was wondering if you could talk about whether Acme's 2025 capex reaches $1.5 billion.",
  "Just wondering how you think about 2025 capex of $1.5 billion.",
  "I'm curious about 2025 capex of $1.5 billion and what drives it.",
  "Any color on whether 2025 capex of $1.5 billion is achievable.",
  "I'd love to hear whether $1.5 billion of capex in 2025 is reasonable.",
  "Could you talk about the path to $1.5 billion of capex in 2025.",
  // The thirteenth round: a report's suggestion, a question left open, a possibility's result, the writer's extrapolation.
  "In fact the report suggests that Acme's capex in 2025 will reach $1.5 billion.",
  "Acme's CFO did not say whether the company was on track to meet its $1.5 billion in planned capital expenditures for 2025.",
  "Acme said it has potential capital investment opportunities that could increase its base capital forecast by $0.3 billion in 2025, resulting in a total capital forecast of $1.5 billion for 2025.",
  "Based on this trend, capital expenditures in 2025 are expected to be around $1.5 billion.",
  "When we put out that illustrative framework, we said that a good multi-year average for 2025 capital spending would be about $1.5 billion.",
  "So back two years ago, we said for the next couple of years, 2025 and 2026, we'd have a $1.5 billion capital budget.",
];

const THE_COMPANYS: Array<[string, number]> = [
  ["Acme plans 2025 capex of $1.5 billion, the company said.", 1.5 * B],
  ["Acme said in an update to Wall Street that it will spend $1.5 billion in capital in 2025.", 1.5 * B],
  ["Acme plans 2025 capex of $1.5 billion, CEO Jane Doe said.", 1.5 * B],
  ['"We expect capex of $1.5 billion in 2025," said Jane Doe, Acme\'s chief financial officer.', 1.5 * B],
  ["Acme said it expects 2025 capex of $1.5 billion, above analysts' estimate of $1.3 billion.", 1.5 * B],
  ["Acme's 2025 capex guidance of $1.5 billion topped the $1.3 billion consensus.", 1.5 * B],
  // A condition on a move away from the plan, after it, leaves the plan the company's.
  ["Acme expects 2025 capex of $1.5 billion, which could rise if demand improves.", 1.5 * B],
  // An outlet passing on the company's own statement; the company's forecast in the passive.
  ["Acme plans 2025 capex of $1.5 billion, Reuters reported, citing a company statement.", 1.5 * B],
  ["Acme plans 2025 capex of $1.5 billion, Reuters reported, citing a regulatory filing.", 1.5 * B],
  ["Capex for 2025 is now seen at $1.5 billion, Acme said.", 1.5 * B],
  ["Capex for 2025 is pegged at $1.5 billion, Acme said.", 1.5 * B],
  ["Acme expects 2025 capex of $1.5 billion, according to a securities filing.", 1.5 * B],
  ["Acme will spend $1.5 billion on capex in 2025, by the company's estimate.", 1.5 * B],
  ["Acme expects 2025 capex of $1.5 billion, according to slides from its investor day.", 1.5 * B],
  ["Acme expects 2025 capex of $1.5 billion, according to a transcript of the call.", 1.5 * B],
  ["Capex should be about $1.5 billion in 2025, Acme said.", 1.5 * B],
  ["Acme expects 2025 capex of $1.5 billion; it has not decided on 2026 yet.", 1.5 * B],
  ["Acme expects 2025 capex of $1.5 billion, not including acquisitions.", 1.5 * B],
  ["Acme will spend $1.5 billion on capex in 2025, said Jane Doe, Acme's chief financial officer.", 1.5 * B],
  // A bank's conference is where the company spoke, not who spoke.
  ["At the UBS Global TMT Conference, Acme's chief operating officer said that the company expects 2025 capital investment of $1.5 billion.", 1.5 * B],
  // Analysts' estimates named as what the plan exceeds are a comparison, not the plan's source.
  ["The company announced plans to spend $1.5 billion on capex in 2025, significantly exceeding analyst estimates of $1.2 billion.", 1.5 * B],
  // The metric written in capitals after "we forecast / expect" is not a company the writer forecasts for.
  ["For 2025, we forecast CapEx to be about $1.5 billion.", 1.5 * B],
  ["For 2025, we expect CapEx to be about $1.5 billion.", 1.5 * B],
  ["For 2025, we expect Capital spending to be about $1.5 billion.", 1.5 * B],
  // The market's answer to an announcement makes it the news itself, not an older plan recalled.
  ["Acme shares slumped as much as 10 per cent on Thursday after it announced plans to spend $1.5bn on capital expenditure in 2025.", 1.5 * B],
  // The company's own expectation for capex, however capitalised; a long conference name is still a venue;
  // a news outlet passing on what was said on the call.
  ["Starting with our expectation for CapEx for the full year 2025, we still expect to invest approximately $1.5 billion in CapEx this year.", 1.5 * B],
  ["Speaking at the UBS Annual Global Media And Communications Conference today, Jane Doe said that Acme continues to expect to spend roughly $1.5 billion this year on capital expenses.", 1.5 * B],
  ["The company said it forecasts FY 2025 capital spending of about $1.5 billion, Jane Doe said on its earnings conference call, according to Reuters.", 1.5 * B],
  // A group named as the parent of the subject is not the subject.
  ["Acme Industries, the investment arm of the Northwind Group, is setting a $1.5-billion capital expenditure budget for 2025.", 1.5 * B],
];

describe("whose words a figure is (written sentences)", () => {
  for (const text of NOT_THE_COMPANYS) {
    it(`GIVEN "${text}" THEN no statement`, () => {
      expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([]);
    });
  }
  for (const [text, value] of THE_COMPANYS) {
    it(`GIVEN "${text}" THEN the company's ${value}`, () => {
      expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([["FY2025", value, value, "USD"]]);
    });
  }
});
