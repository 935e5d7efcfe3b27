// The role of each amount in a sentence, as a table of written sentences (not taken from the
// labelled sets): only the new level is a statement; superseded levels, changes, amounts spent,
// other metrics, one project's cost and parts of the total are not. Each row was read by a person.
import { describe, expect, it } from "vitest";
import { levelsOf } from "./sentence-levels.js";

const B = 1e9;
const ON = { date: "2025-02-10", kind: "earnings_release" as const };

// [sentence, the new level of 2025 in USD, or null for none]
const ROWS: Array<[string, number | null]> = [
  ["Acme previously expected 2025 capital expenditures of $1.1 billion.", null],
  ["Acme had previously forecast 2025 capex of $1.1 billion.", null],
  ["Acme's previous 2025 capex guidance was $1.1 billion.", null],
  ["Acme raised its 2025 capex guidance to $1.3 billion from $1.1 billion.", 1.3 * B],
  ["Acme raised its 2025 capex guidance from $1.1 billion to $1.3 billion.", 1.3 * B],
  ["Acme raised its 2025 capex guidance by $200 million to $1.3 billion.", 1.3 * B],
  ["Acme increased its 2025 capex outlook by $200 million.", null],
  ["Acme cut its 2025 capex plan, slashing it by up to $200 million.", null],
  ["Acme also plans to cut its 2025 investments by a further $200 million.", null],
  ["Acme is cutting more than $200 million in planned capital outlays in 2025.", null],
  // A "with" clause naming the total is the whole, not a slice of the part before it.
  ["Acme has lifted its full-year aircraft CapEx guidance to $0.9–$1.1 billion, with total CapEx now projected at $1.5 billion.", 1.5 * B],
  // The cuts themselves, set off as the sentence's subject.
  ["The cutbacks, $150mn on sustaining capex and $10mn on exploration, will be implemented in 2025.", null],
  // A plan slashed, reported in the past perfect: the new level.
  ["Shares rose yesterday after Acme revealed it had slashed capital expenditure for 2025 to $1.5bn.", 1.5 * B],
  // A plan someone moved, in the passive: a plan, not money spent.
  ["Capital investment for 2025 was increased to $1.5 billion from $1.3 billion.", 1.5 * B],
  // A named asset's investment as the subject is that project's cost; the company's network is not a named asset.
  ["- Investments to extend the Pelambres mine life and increase milling capacity are estimated at $1.5 billion in 2025.", null],
  ["Investments to expand our network will be about $1.5 billion in 2025.", 1.5 * B],
  // What will have been spent by a date: a running total over years mostly past, not a level.
  ["By the end of 2025, Acme will have spent probably close to $1.5 billion on capital expenditures.", null],
  // Capital investment summed with another kind ("capital and business investments"): neither alone.
  ["Acme plans to make capital and business investments totaling $1.5 billion in 2025.", null],
  ["Acme is on track to reduce 2025 capex by c.$200 million.", null],
  // The thirteenth round: money said to sit inside the plan, a sum per project, savings captured.
  ["This is a $2.4 billion investment of which $1.5 billion of investment is included in our 2025 capital plan and the remaining balance in 2026.", null],
  ["Just a reminder though, we have about $1.5 billion in our current CapEx plan around distribution and transition resiliency.", null],
  ["We'll update our 2025 CapEx estimates as we go along, but again, we're talking $1 billion to $1.5 billion, so that's a range depending on the project.", null],
  ["On the CapEx side, we've captured $1.5 billion today. which is more than what we had initially guided to.", null],
  ["Capital expenditure during the period was 21.2 per cent lower at $1.5 billion.", null],
  ["The estimated $1.5 billion investment will boost the plant's annual capacity by 25% in 2025.", null],
  ["Acme will make a total investment of $1.5 billion in 2025 to build facilities for large OLED panels.", null],
  ["For every year from 2025 through 2027, Acme expects to enhance its capital expenditures by $300 million to $500 million sequentially.", null],
  // A sector named as what one company is, and a plan "lined up".
  ["Currently, the public sector miner has lined up a capex of $1.5 billion for 2025.", 1.5 * B],
  // Capex named beside another metric that has its own figure is not summed with it; public institutions' total is no company's.
  ["And for 2025, we're assuming between $1.5 billion and $1.5 billion of net capital expenditures and free cash flow in the range of $6.5 billion to $7 billion.", 1.5 * B],
  ["This year, the government has set the investment scale for major public institutions at $1.5 billion.", null],
  // The company named as the subject, right after its capital budget was named: its spending is that budget.
  ["Acme plans to slice its capital budget by 20 per cent this year. Acme now expects to spend $1.5 billion on new tracks and other long-lived operational improvements.", 1.5 * B],
  ["The deal is expected to bring capital spending reductions of $200 million in 2025.", null],
  ["Acme is on track to deploy over $1.5 billion in capital in 2025, with most of it in acquisitions.", null],
  ["Acme expects to incur approximately $100 million in capex during 2025 for this project.", null],
  ["The total investment for this facility is expected to be approximately $500 million and will be incurred in 2025.", null],
  ["Acme estimates a capex of $1.3 billion in the first phase of the project in 2025.", null],
  ["Acme's 2025 capital expenditure will not exceed 166 billion, of which the investment in 5G is estimated to be $24 billion.", null],
  ["Acme's non-aircraft capital expenditure is not anticipated to be more than $500 million in 2025.", null],
  ["Acme plans to increase upstream oil and gas investments to $1.5 billion in 2025.", null],
  ["In its planning for 2025, Acme said investments of $1.5 billion will be made in the Automotive Division.", null],
  ["Acme, which two weeks ago pledged to keep 2025 capital spending at $1.3 billion, said it will cut spending.", null],
  ["Acme now sees 2025 capex of $1.3 billion versus $1.1 billion previously.", 1.3 * B],
  // What a plan "includes" after a word or two is a part of it.
  ["Our 2025 capex guidance includes an uplift in mobile investment, around $150 million for one acquisition, and around $350 million of strategic investment.", null],
  // "$50 million of increases in …" is a change; "which includes $30 million" a part of the amount before it.
  ["The net $100 million reduction in 2025 capex is a combination of $150 million of reductions in the Permian coupled with $50 million of increases in the Marcellus.", null],
  ["We are increasing our plan for 2025 by $55 million, which includes $30 million associated with maintenance capex.", null],
  // Money for one real-estate development is that development's cost.
  ["In addition to our capital expenditure investment, we expect to spend $75 to $85 million on the condo development at the Lakeside Resort in 2025.", null],
  // The company's customers as the ones it invests for (not the ones who spend) leave its plan its own.
  ["For 2025, we are targeting to invest $1.3 billion across various jurisdictions for the benefit of our customers and communities.", 1.3 * B],
  // A percentage cut, then the same cut in money set off by dashes.
  ["Acme said it would trim at least 18 percent of its capital budget in 2025 - more than $300 million - by drilling fewer wells.", null],
  // A cut "by around 2.5 billion to 3.0 billion euros": one range of the change, no level.
  ["Acme said it would cut its planned capex by around 2.5 billion to 3.0 billion dollars in 2025.", null],
  // A figure set "above the Q1 CapEx of $X" is the quarter's figure compared with, not a plan.
  ["In July, we continue to expect quarterly capex throughout 2025 to be roughly at or above the Q1 capex of $1.3 billion.", null],
  // Money received, like money spent, is no plan.
  ["Offsetting this capital spending, we received more than $300 million in benefits from 2025 investment credits.", null],
  // Capex summed with another metric is neither, named before the figure or after it.
  ["Acme expects to spend $1.3 billion as part of a global commitment to R&D and capex through 2025.", null],
  ["In 2025, our investments in R&D and capex are projected at over $1.3 billion.", null],
  // A list of exclusions after the metric ("excluding mergers, acquisitions and …") names no metric of its own.
  ["We expect 2025 capital investments, excluding mergers, acquisitions and purchases of leased facilities, to be $1.3 billion.", 1.3 * B],
  // A plan that "has increased to" a level is still a plan, not money spent.
  ["Our full-year capital budget has increased to $1.3 billion, which reflects a 12th rig.", 1.3 * B],
  // A level that "moves downward" is the new plan; what it is "inclusive of" is a part of it.
  ["We are reducing our capex for the year by $170 million. Total capex moves downward from $1.1 billion to $900 million, inclusive of $300 million for our building project.", 0.9 * B],
  ["Acme now sees 2025 capex of $1.3 billion, compared with its earlier forecast of $1.1 billion.", 1.3 * B],
  ["Acme expects 2025 capex to rise 20% to $1.3 billion.", 1.3 * B],
  ["Acme expects 2025 capex to rise 20% from $1.1 billion.", null],
  ["Acme expects to spend an additional $200 million on capex in 2025.", null],
  ["Acme spent $1.1 billion in 2024 and expects to spend $1.3 billion in 2025.", 1.3 * B],
  ["Acme has spent $400 million so far and expects full-year 2025 capex of $1.3 billion.", 1.3 * B],
  ["Acme's capex was $1.1 billion in 2024; it expects $1.3 billion in 2025.", 1.3 * B],
  ["Acme expects 2025 capex of $1.3 billion, including $300 million for the new plant.", 1.3 * B],
  ["Acme expects 2025 revenue of $5 billion and capex of $1.3 billion.", 1.3 * B],
  ["Acme expects 2025 free cash flow of $500 million and capex of $1.3 billion.", 1.3 * B],
  ["Acme expects 2025 capex of $1.3 billion and depreciation of $900 million.", 1.3 * B],
  ["Acme expects capex and R&D of $1.3 billion in 2025.", null],
  ["Acme expects capex of $1.3 billion and R&D of $900 million in 2025.", 1.3 * B],
  ["Acme's new plant will cost $1.3 billion.", null],
  ["Acme expects to return $1.3 billion to shareholders in 2025.", null],
  ["Acme will buy back $1.3 billion of shares in 2025.", null],
  ["Acme plans to raise $1.3 billion in new equity to fund 2025 capex.", null],
  // The capex noun after the amount, with the year between them.
  ["Acme expects $1.3 billion in 2025 capex.", 1.3 * B],
  ["Acme expects $1.3 billion of 2025 capex.", 1.3 * B],
  ["Acme set aside $1.3 billion for 2025 capital spending.", 1.3 * B],
  ["Acme approved a $1.3 billion 2025 capex plan.", 1.3 * B],
  // A later level in a sentence of its own, the word capex left out, after the earlier one.
  ["Acme had earlier forecast 2025 capex of $1.1 billion. It now expects $1.3 billion.", 1.3 * B],
  ["In January, Acme cut 2025 capex to $1.3 billion. On Tuesday it cut again, to $1.1 billion.", 1.1 * B],
  // An earlier cut recalled after the new level.
  ["Acme cut its 2025 capex target for a second time, to $1.1 billion, after slashing it to $1.3 billion in January.", 1.1 * B],
  // "up" of a phrasal verb is no change ("up $200 million" is).
  ["Acme has drawn up a $1.3 billion capex plan for 2025.", 1.3 * B],
  ["Acme has set up a $1.3 billion capex plan for 2025.", 1.3 * B],
  ["Acme expects 2025 capex up $200 million.", null],
];

describe("the role of each amount (written sentences)", () => {
  for (const [text, level] of ROWS) {
    it(`GIVEN "${text}" THEN ${level === null ? "no statement" : level}`, () => {
      expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual(level === null ? [] : [["FY2025", level, level, "USD"]]);
    });
  }
});

describe("a baseline that is the company's standing plan for another year (written sentences)", () => {
  it("GIVEN 'down from its 2025 projection of $X' written during 2025 THEN the 2025 plan is a level too", () => {
    const text = "Acme forecasts 2026 capital expenditure of $6.3 billion to $6.7 billion, down from its 2025 projection of $7.1 billion to $7.3 billion.";
    expect(levelsOf({ text, date: "2025-11-10", want: [] }, [])).toEqual([
      ["FY2026", 6.3 * B, 6.7 * B, "USD"],
      ["FY2025", 7.1 * B, 7.3 * B, "USD"],
    ]);
  });

  it("GIVEN 'down from a planned $X this year' written during that year THEN this year's plan is a level too", () => {
    const text = "Acme plans to cut its capital spending for 2026 to between $16 billion and $19 billion, down from a planned $23 billion this year.";
    expect(levelsOf({ text, date: "2025-10-30", want: [] }, [])).toEqual([
      ["FY2026", 16 * B, 19 * B, "USD"],
      ["FY2025", 23 * B, 23 * B, "USD"],
    ]);
  });

  it("GIVEN the same written after 2025 is over, or an amount spent THEN only the new level", () => {
    const after = "Acme forecasts 2026 capital expenditure of $6.3 billion, down from its 2025 projection of $7.1 billion.";
    expect(levelsOf({ text: after, date: "2026-02-10", want: [] }, [])).toEqual([["FY2026", 6.3 * B, 6.3 * B, "USD"]]);
    const spent = "Acme forecasts 2026 capital expenditure of $6.3 billion, down from $7.1 billion spent in 2025.";
    expect(levelsOf({ text: spent, date: "2025-11-10", want: [] }, [])).toEqual([["FY2026", 6.3 * B, 6.3 * B, "USD"]]);
  });
});

describe("where the year lands against an earlier range, a change stated year over year, a path from one year's level to another's (written sentences)", () => {
  it("GIVEN 'toward the lower end of the previously provided range of $X to $Y' THEN that range is the level; the range only recalled beside a new figure is not", () => {
    const kept = "Acme now expects 2025 capital expenditures to be toward the lower end of the previously provided range of $1.1 billion to $1.3 billion.";
    expect(levelsOf({ text: kept, ...ON, want: [] }, [])).toEqual([["FY2025", 1.1 * B, 1.3 * B, "USD"]]);
    const atEnd = "Acme expects 2025 capex at the high end of its prior guidance range of $1.1 billion to $1.3 billion.";
    expect(levelsOf({ text: atEnd, ...ON, want: [] }, [])).toEqual([["FY2025", 1.1 * B, 1.3 * B, "USD"]]);
    const recalled = "Acme now expects 2025 capex of $1.4 billion, above its previously provided range of $1.1 billion to $1.3 billion.";
    expect(levelsOf({ text: recalled, ...ON, want: [] }, [])).toEqual([["FY2025", 1.4 * B, 1.4 * B, "USD"]]);
  });

  it("GIVEN an amount 'down year over year' THEN it is a change, not a level", () => {
    expect(levelsOf({ text: "Acme sees 2025 capex being approximately $200 million down year over year.", ...ON, want: [] }, [])).toEqual([]);
    expect(levelsOf({ text: "Acme sees 2025 capex of $1.3 billion, up year over year.", ...ON, want: [] }, [])).toEqual([["FY2025", 1.3 * B, 1.3 * B, "USD"]]);
  });

  it("GIVEN capital spending falling from about $X in one coming year to less than $Y in a later one THEN each is that year's level", () => {
    const text = "Acme expects a reduction in capital spending from approximately $12 billion in 2025 to less than $8 billion in 2028.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([
      ["FY2025", 12 * B, 12 * B, "USD"],
      ["FY2028", null, 8 * B, "USD"],
    ]);
  });

  it("GIVEN 'a €42bn ($46bn) investment goal for the period of 2024 to 2028' THEN the plan, in euros, not one project's cost", () => {
    const text = "Acme has revealed a €42bn ($46bn) investment goal for the period of 2025 to 2029 to revamp its networks.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([["FY2025-FY2029", 42 * B, 42 * B, "EUR"]]);
  });

  it("GIVEN two years' budgets, then 'totaling' their sum THEN the two levels, and the sum is none of its own", () => {
    const text = "Acme has announced its capital expenditure plans, budgeting $489 million for 2025. The company has allocated $291 million for 2026, totaling $780 million across two fiscal years.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([
      ["FY2025", 489e6, 489e6, "USD"],
      ["FY2026", 291e6, 291e6, "USD"],
    ]);
  });

  it("GIVEN capex spent so far, then 'Our full year fiscal 2025 target remains at $X' THEN the target is the year's capex plan", () => {
    const text = "Capital expenditures through the end of the third quarter were $563 million. Our full year fiscal 2025 target remains at $750 million, a decrease of $250 million from last year.";
    expect(levelsOf({ text, date: "2025-01-30", kind: "transcript", want: [] }, [])).toEqual([["FY2025", 750e6, 750e6, "USD"]]);
  });

  it("GIVEN a sentence naming the year's capital program, then 'The company now expects to invest $X' THEN that is the program's new level", () => {
    const text = "Acme today announced a further reduction in its 2025 capital spending program. The company now expects to invest between $2.7 billion and $2.9 billion, which is about $600 million lower than its recently revised budget range.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([["FY2025", 2.7 * B, 2.9 * B, "USD"]]);
  });

  it("GIVEN a year's level, then a figure a little below it for the same year THEN the level stands; a range ending at an earlier 'up to' still replaces it", () => {
    const recalled = "Acme increased its capital budget forecast for 2025 to $1.55 billion. Those are increases over the capital plan Acme presented in April, when it forecast $1.499 billion in 2025.";
    expect(levelsOf({ text: recalled, date: "2025-05-04", kind: "news", want: [] }, [])).toEqual([["FY2025", 1.55 * B, 1.55 * B, "USD"]]);
    const fuller = "Acme plans to spend up to $1.05 billion on capital projects in 2025. Acme said it will spend between $950 million and $1.05 billion this year.";
    expect(levelsOf({ text: fuller, date: "2025-01-20", kind: "news", want: [] }, [])).toEqual([["FY2025", 0.95 * B, 1.05 * B, "USD"]]);
  });

  it("GIVEN capex 'excluding capitalized interest' THEN the figure is still capex: what the metric leaves out is not its metric", () => {
    const text = "Acme expects its cash capex excluding capitalized interest to be in the range of $1.4 billion–$1.5 billion in 2025.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([["FY2025", 1.4 * B, 1.5 * B, "USD"]]);
    expect(levelsOf({ text: "Acme expects free cash flow excluding capex of $1.4 billion in 2025.", ...ON, want: [] }, [])).toEqual([]);
  });

  it("GIVEN a sentence announcing a capex outlook with no money, then 'X is projected for 2025' THEN that is the year's capex; an announcement of something else is not", () => {
    const text = "On slide 15, we show our current estimates for capital expenditures for 25 and 26. Not much has changed since our last update. $3.6 billion is projected for 2025, which is consistent with our prior guidance.";
    expect(levelsOf({ text, date: "2025-04-23", kind: "transcript", want: [] }, [])).toEqual([["FY2025", 3.6 * B, 3.6 * B, "USD"]]);
    const other = "On slide 15, we show our current estimates for revenue for 25 and 26. Not much has changed since our last update. $3.6 billion is projected for 2025.";
    expect(levelsOf({ text: other, date: "2025-04-23", kind: "transcript", want: [] }, [])).toEqual([]);
  });

  it("GIVEN a plan's total, then its rate per day in brackets THEN the total alone: a rate per day is no level per year", () => {
    const text = "Acme will invest $18 billion by the end of 2027 (on average over $9m a day) in low-carbon infrastructure.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([["FY2025-FY2027", 18 * B, 18 * B, "USD"]]);
  });

  it("GIVEN gross and net capex ranges given 'respectively' THEN both are levels: neither is a part of the other", () => {
    const text = "Specifically, we plan to drive gross and net capex in 2025 to between $20 to $23 billion and $12 to $14 billion, respectively.";
    expect(levelsOf({ text, ...ON, want: [] }, [])).toEqual([
      ["FY2025", 20 * B, 23 * B, "USD"],
      ["FY2025", 12 * B, 14 * B, "USD"],
    ]);
  });
});
