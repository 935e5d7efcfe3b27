import { describe, expect, it } from "vitest";
import { findAmounts, unitsNote } from "../../../src/sources/guidance/amounts.js";

function money(text: string): [number, number | null, string | null][] {
  return findAmounts(text)
    .filter((t) => !t.bare)
    .map((t) => [t.num, t.scale, t.currency]);
}

describe("amounts: numbers, scales and currencies as written", () => {
  it.each([
    ["$115 billion", [[115, 1e9, "USD"]]],
    ["US$52 billion", [[52, 1e9, "USD"]]],
    ["NT$ 30 billion", [[30, 1e9, "TWD"]]],
    ["£5.1 bn", [[5.1, 1e9, "GBP"]]],
    ["€4.1bn", [[4.1, 1e9, "EUR"]]],
    ["¥2.2 trillion", [[2.2, 1e12, "JPY"]]],
    ["₹1.5 lakh crore", [[1.5, 1e12, "INR"]]],
    ["Rs 14,000 crore", [[14000, 1e7, "INR"]]],
    ["~Rs. 48.5 crores", [[48.5, 1e7, "INR"]]],
    ["Rs 35 lakh", [[35, 1e5, "INR"]]],
    ["$8.8B", [[8.8, 1e9, "USD"]]],
    ["£750m", [[750, 1e6, "GBP"]]],
    ["$1.2T", [[1.2, 1e12, "USD"]]],
    ["EUR 2.4 billion", [[2.4, 1e9, "EUR"]]],
    ["C$5.6 billion", [[5.6, 1e9, "CAD"]]],
    ["440 billion yen", [[440, 1e9, "JPY"]]],
    ["47.4 trillion won", [[47.4, 1e12, "KRW"]]],
    ["29.88 billion dollars", [[29.88, 1e9, "USD"]]],
    ["12 billion euros", [[12, 1e9, "EUR"]]],
    ["560億美元", [[560, 1e8, "USD"]]],
    ["新台幣340億元", [[340, 1e8, "TWD"]]],
    ["300亿元人民币", [[300, 1e8, "CNY"]]],
    ["1兆日圓", [[1, 1e12, "JPY"]]],
  ])("GIVEN %s THEN it reads number, scale and ISO currency", (text, want) => {
    expect(money(text as string)).toEqual(want);
  });

  it("GIVEN a bare 元 THEN traditional script reads NT dollars and simplified script renminbi", () => {
    expect(money("資本支出約120億元")[0]?.[2]).toBe("TWD");
    expect(money("资本支出约120亿元")[0]?.[2]).toBe("CNY");
  });

  it("GIVEN percentages, years and fiscal labels THEN none of them is money", () => {
    expect(money("capex rose 22% in 2025, 5.3 per cent in FY26 and 12 percent in Q1FY26")).toEqual([]);
  });

  it("GIVEN a range written once with the unit after the upper bound THEN both ends are tokens", () => {
    const tokens = findAmounts("$115-135 billion");
    expect(tokens.map((t) => [t.num, t.scale, t.currency])).toEqual([
      [115, null, "USD"],
      [135, 1e9, null],
    ]);
  });

  it("GIVEN $1.1B-1.3B THEN the upper bound keeps its letter scale though its $ is left out", () => {
    expect(findAmounts("$1.1B-1.3B").map((t) => t.scale)).toEqual([1e9, 1e9]);
  });

  it("GIVEN a single-letter scale with no currency THEN it is not read as a scale", () => {
    expect(findAmounts("about 8B parameters")[0]?.scale).toBeNull();
  });

  it("GIVEN a note '(in millions)' THEN it sets the scale of currency figures without one", () => {
    expect(unitsNote("(in millions, except per share data)")).toBe(1e6);
    expect(findAmounts("Capital expenditures | $1,100", 1e6)[0]?.scale).toBe(1e6);
    expect(findAmounts("Capital expenditures | $1.1 billion", 1e6)[0]?.scale).toBe(1e9);
  });
});
