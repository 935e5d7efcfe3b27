// Roles, voice and company rules of issue 10, each on sentences written for this test (not taken
// from the labelled sets): what a careful reader keeps, and what is someone else's, earlier, spent,
// converted, one project's, or another company's.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { levelsOf, type SentenceCase } from "./sentence-levels.js";
import type { CompanyRef } from "../../../src/sources/guidance/types.js";

const B = 1e9;

type Case = SentenceCase;

const OTHERS: CompanyRef[] = [{ ticker: "TXN", name: "Texas Instruments Incorporated" }, { ticker: "000660.KS", name: "SK hynix" }];

const KEPT: Case[] = [
  { text: "Acme expects capex of $3.4 billion CAD in 2026.", want: [["FY2026", 3.4 * B, 3.4 * B, "CAD"]] },
  // A board's approval of a capital budget for a named year is the plan (an undated one is not, nor are appropriations).
  { text: "The board approved a 2026 capital budget of $1.1 billion.", want: [["FY2026", 1.1 * B, 1.1 * B, "USD"]] },
  { text: "Acme's board of directors has approved a capital budget of $1.1 billion for 2026.", want: [["FY2026", 1.1 * B, 1.1 * B, "USD"]] },
  { text: "Acme plans to invest DKK 20-23 billion (USD 2.9bn/EUR 2.8bn) in 2026.", want: [["FY2026", 20 * B, 23 * B, "DKK"]] },
  { text: "Acme set its 2026 capital budget at $8.61 billion (9.6 trillion won).", want: [["FY2026", 9.6e12, 9.6e12, "KRW"]] },
  { text: "Acme budgeted capital expenditure for 2026 at RMB125bn ($17.6bn) to RMB135bn ($19bn).", want: [["FY2026", 125 * B, 135 * B, "CNY"]] },
  { text: "Acme earmarked CNY173 billion in capex for 2026.", want: [["FY2026", 173 * B, 173 * B, "CNY"]] },
  { text: "Acme plans to spend $19 billion or less next year.", date: "2025-11-30", want: [["FY2026", null, 19 * B, "USD"]] },
  { text: "Acme raised its full-year capital expenditure cap to $145 billion for 2026.", want: [["FY2026", null, 145 * B, "USD"]] },
  { text: "Our capex was Rs 1.2 trillion last year and this will go up to Rs 1.5 trillion in 2026.", want: [["FY2026", 1.5e12, 1.5e12, "INR"]] },
  { text: "We now expect 2026 capital expenditures of $75 to $85 million, compared to the previously provided guidance of toward the lower end of $85 to $95 million.", want: [["FY2026", 75e6, 85e6, "USD"]] },
  { text: "Capital spending is still expected to be roughly flat to the prior year at $2.5 billion in 2026.", want: [["FY2026", 2.5 * B, 2.5 * B, "USD"]] },
  { text: "The Texas manufacturer said it expects capital expenditures of $4 billion in 2026.", want: [["FY2026", 4 * B, 4 * B, "USD"]] },
  { text: "Industry giant Acme plans capex of $16 billion in 2026, according to its top management, according to news agency PTI.", kind: "news", want: [["FY2026", 16 * B, 16 * B, "USD"]] },
  { text: "Acme, one of the world's largest companies, says it intends to spend $14.5 to $15.5 billion in capex in 2026.", want: [["FY2026", 14.5 * B, 15.5 * B, "USD"]] },
  { text: "We continue to expect capex for 2026 to be in excess of 11 billion.", kind: "transcript", want: [["FY2026", 11 * B, null, "USD"]] },
  { text: "Acme plans capex of $2 billion in 2026. It has allocated $1.5 billion for 2027.", want: [["FY2026", 2 * B, 2 * B, "USD"], ["FY2027", 1.5 * B, 1.5 * B, "USD"]] },
  { text: "Acme will spend $13 billion on capital expenditures in 2026. However, this amount will be reduced to $9 billion in 2027.", want: [["FY2026", 13 * B, 13 * B, "USD"], ["FY2027", 9 * B, 9 * B, "USD"]] },
  { text: "Acme expects 2026 capital expenditure of $6.3 billion to $6.7 billion. Acme plans to allocate up to $400 million to onshore projects.", want: [["FY2026", 6.3 * B, 6.7 * B, "USD"]] },
  { text: "Acme said it expected to spend about $6.8 billion on capital projects in 2026, but cut that forecast to $6.3 billion in September.", want: [["FY2026", 6.3 * B, 6.3 * B, "USD"]] },
  { text: "CALGARY (TSX: ACM) (NYSE: ACM) — Acme's 2026 capital budget is targeted at $5.4 billion.", want: [["FY2026", 5.4 * B, 5.4 * B, "CAD"]] },
  { text: "The combined company expects capex of less than $13 billion in 2026.", want: [["FY2026", null, 13 * B, "USD"]] },
  { text: "Acme plans capex of 1.2 trillion won (more than $800 million) in 2026.", want: [["FY2026", 1.2e12, 1.2e12, "KRW"]] },
  { text: "Acme expects maintenance capex of about $800 million within its total 2026 budget of $5 billion.", want: [["FY2026", 5 * B, 5 * B, "USD"]] },
  { text: "We now expect 2026 gross capital investments of about $20 billion. We expect 2026 net capex of $12 billion to $14 billion, after partner contributions.", want: [["FY2026", 20 * B, 20 * B, "USD"], ["FY2026", 12 * B, 14 * B, "USD"]] },
  { text: "A recent report from Gartner forecasts a 4% increase in global spending on chip equipment this year, reaching $99 billion. Industry analysts believe that Acme will be a major driver of this spending. Acme has adjusted its capital expenditure forecast for the year, now estimating a range of $6 billion to $6.5 billion.", kind: "news", want: [["FY2026", 6 * B, 6.5 * B, "USD"]] },
  { text: "Can you give us a sense of spending next year? Sure. We expect capital expenditures of about $3 billion in 2026.", kind: "transcript", want: [["FY2026", 3 * B, 3 * B, "USD"]] },
  { text: "Acme has unveiled a 12 trillion won investment plan for 2026, following a 30 trillion won plan by Texas Instruments last month.", want: [["FY2026", 12e12, 12e12, "KRW"]] },
  { text: "According to Acme, capex will be about $4 billion in 2026.", want: [["FY2026", 4 * B, 4 * B, "USD"]] },
  { text: "Acme Industries, a Delta Group company, has earmarked capex of $2 billion for 2026.", want: [["FY2026", 2 * B, 2 * B, "USD"]] },
  { text: "Acme's CFO walked through the 2026 capex bridge, starting from $5 billion, subtracting Beta's $600 million and adding $200 million for Texas, resulting in a $4.4 billion to $4.8 billion range.", want: [["FY2026", 4.4 * B, 4.8 * B, "USD"]] },
  { text: "One more on funding. How should we think about equity needs next year? Would that come from the ATM? Yeah, good question. We expect capital expenditures of about $4 billion in 2026.", kind: "transcript", want: [["FY2026", 4 * B, 4 * B, "USD"]] },
];

const LEFT_OUT: Case[] = [
  { text: "Rothschild raised its full-year capex projection for Acme to $117 billion in 2026." },
  { text: "Acme is expected to invest 24.5 trillion won in its production lines this year, up 86 percent." },
  { text: "Acme plans $40 billion of capex in 2026, according to a report by JM Financials." },
  { text: "According to market researcher IC Insights, Acme will spend $12.5 billion on capex in 2026." },
  { text: "Acme will spend $12.5 billion on capex in 2026, S&P Global said in a report." },
  { text: "Acme is planning to spend up to $100 billion over the next three years, according to The Wall Street Journal." },
  { text: "According to a report, the plan is bold. Acme will spend $30 billion of capex in 2026." },
  { text: "You mentioned that you'll spend about $900 million next year on capex." },
  { text: "These plants would have required more than $800 million of capital expenditures in 2026." },
  { text: "Research and development spending will reach a record 1.05 trillion yen in 2026." },
  { text: "Acme has funded a $14.3 billion AI investment and a $1.5 billion data center in 2026." },
  { text: "Acme announced plans to invest approximately $15 billion through 2030 to construct a new fab in Idaho." },
  { text: "Acme expects to spend around $2.5 billion over several years on manufacturing capacity." },
  { text: "The Magnificent 7's capital expenditure is projected to grow by 31% to $331 billion in 2026." },
  { text: "Major producers have cut their 2026 capital spending by about 24 per cent, or nearly $40 billion." },
  { text: "We've invested just under $2 billion in capex year-to-date." },
  { text: "Acme exceeded its capex target of $22 billion and recorded $23 billion for the year ended March 31, 2025." },
  { text: "Acme reaffirmed its organic capex of $18 to $19 billion for 2026, at the low end of the long-term guidance range of $18 to $21 billion.", want: [] },
  { text: "Acme plans to increase its US investment to $600 billion over the next four years." },
  { text: "Acme said on pace for roughly $145 billion of capex in 2026, the writer estimated." },
  { text: "Acme said it will cut $10 billion in capital expenditures in 2026." },
  { text: "The forecast total capex for the LNG project, pipeline, and management reserve is US$17.5 billion in 2026." },
  { text: "The call focus is expected to be 2026 capex guidance, with forecasts near $97-$103 billion." },
  { text: "The potential capital investment related to these data centers ranges from $700 million to $850 million in 2026." },
  { text: "The Acme Group said it planned to invest a record 24.3 trillion won in 2026, including R&D." },
  { text: "Acme's board of directors approved capital appropriations of $15 billion for new fabs in 2026." },
  { text: "The board approved a capital budget of $1.1 billion." },
  { text: "Looking at the pipeline, it feels like maybe 2, 3 billion of capex could come out in 2026. Is that the right way to think about it?", kind: "transcript" as const },
  { text: "Once the new plant is finished, Acme's capital expenditure will settle at about $2.5 billion a year." },
  { text: "Acme plans to invest about KRW 15 trillion ($11 billion) in 2026 for the new complex in Yongin." },
  { text: "Acme's capital expenditure of $2 billion to $3 billion funds its network and stores." },
  { text: "Acme will lift its capital spending for its electric-truck lineup to $12 billion in 2026." },
  { text: "Morningstar analyst Jane Roe estimates Acme will invest $7 billion in 2026." },
  { text: "The utility sector plans $200 billion of capital spending in 2026, led by Acme and its rivals." },
  { text: "Acme's peers have announced capital budgets totaling $45 billion for 2026." },
  { text: "Acme's US unit will invest $500 million in a new warehouse in Ohio in 2026." },
  { text: "Acme's 2026 capital spending of $4 billion was in line with its guidance.", date: "2026-12-20" },
  { text: "We estimate Acme's capex at $5.5 billion in 2026, above consensus." },
  { text: "Acme's capex will be around $5 billion in 2026, a person with direct knowledge of the matter said." },
  { text: "Acme is expected to announce capex of about $5 billion for 2026 at its investor day next month." },
  { text: "Acme could raise its 2026 capex to as much as $6 billion if it wins the contract." },
  { text: "Acme's 2026 capital expenditure of $5 billion, as reported by local media, has not been confirmed by the company." },
  { text: "The government plans to spend $50 billion on infrastructure in 2026, which could benefit Acme." },
  { text: "Acme said its Chinese joint venture will invest 10 billion yuan in 2026." },
  { text: "Acme's capex is forecast by S&P to reach $6 billion in 2026." },
  { text: "If prices stay at $60 a barrel, capex would be about $5 billion in 2026, the CFO said." },
  { text: "Should demand weaken, Acme would trim 2026 capex to $4 billion." },
  { text: "In a lower-price scenario, Acme's 2026 capex would fall to $4 billion." },
  { text: "Acme has the flexibility to reduce capex to $4 billion in 2026." },
  { text: "Acme's capex could range from $4 billion to $7 billion in 2026 depending on conditions." },
  { text: "Assuming the deal closes, the combined company would invest $9 billion in 2026." },
  { text: "Jefferies has a $300 price target and expects full-year capex of $52 billion to $55 billion in 2026." },
  // unlabelled transcript excerpts: the asker goes on past the first question, and an asker's opening marks the turn
  { text: "Two quick questions on the new mill. When does it reach break-even? And then, I noticed you held the capex outlook at 1.9 billion for the year. Are you seeing any cost pressure there?", kind: "transcript" as const },
  { text: "That's very helpful. And one thing that stood out is the 2026 capex plan, 3.1 billion, which stayed the same even with all the growth.", kind: "transcript" as const },
  { text: "Changes in cash included operating inflows offset by capital expenditures of $90 million and employee equity plans of $12 million.", date: "2026-04-20" },
  { text: "The capital budgets of Alpha, Beta and Gamma will reach a total of 90 billion yuan this year." },
  { text: "Capital investments, including capex and spending on growth projects, were $410 million in the fourth quarter and $1.9 billion for the full year.", date: "2025-01-17", kind: "transcript" as const },
  { text: "The new terminal will require about $600 million of capex, with completion expected in 2028." },
  { text: "Acme is raising its capex forecast to $1.2-1.4 billion over the next four years for two newly announced pipeline projects." },
  { text: "Acme cut its 2026 capex by $2 billion, barely a year after the company laid out plans to invest $90 billion by 2030." },
  { text: "Acme has outlined plans to invest $12 billion in its power-grid business over the five years to 2030." },
  { text: "Tokyo, Feb. 1--Acme has announced a plan for a German unit to invest over $1 billion by 2027 in new capacity." },
  { text: "The five largest cloud providers' capital expenditures were around $150 billion last year. That figure is expected to climb to nearly $400 billion in 2027." },
  { text: "Acme said spending in Brazil is anticipated to be about $5 billion, more than half of the 2026 capital budget." },
  { text: "Acme's newly approved capital expenditure plan of $4.2 billion will fund two new furnaces." },
  { text: "The forecast total capex for the export terminal is $12 billion. Acme's share of forecast total capex is $7.5 billion." },
  { text: "Acme plans a total of $20 billion in battery-related investment by 2030." },
  { text: "South Korean conglomerate Orion Group said it would spend 40 trillion won by 2027 on chips, batteries and biotech." },
  { text: "According to a report from an industry tracker, Acme plans to spend less on its memory lines. Acme Memory is set to cut its capex by 40% in 2026, committing only $3 billion." },
].map((c) => ({ want: [], ...c }));
LEFT_OUT[17] = { ...LEFT_OUT[17], want: [["FY2026", 18 * B, 19 * B, "USD"]] } as Case;

const read = (c: Case) => levelsOf(c, OTHERS);

describe("roles and voice: what is kept", () => {
  it.each(KEPT.map((c) => [c.text, c] as const))("GIVEN %s THEN the company's own level", (_t, c) => {
    expect(read(c)).toEqual(c.want);
  });
});

describe("roles and voice: what is left out", () => {
  it.each(LEFT_OUT.map((c) => [c.text, c] as const))("GIVEN %s THEN nothing but the listed level", (_t, c) => {
    expect(read(c)).toEqual(c.want);
  });
});

describe("the document's own name written another way", () => {
  it("GIVEN the alias table writes 'SK Hynix' and the store 'SK hynix' THEN the store's company keeps its figure", () => {
    const own: CompanyRef = { ticker: "000660", name: "SK Hynix" };
    const got = extractCapexGuidance("SK hynix announced a plan to invest 6 trillion won ($4.95 billion) in 2026.", { date: "2026-01-20", company: own, companies: [] });
    expect(got.map((s) => [s.period, s.low, s.currency])).toEqual([["FY2026", 6e12, "KRW"]]);
  });
});
