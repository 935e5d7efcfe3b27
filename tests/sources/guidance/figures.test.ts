import { describe, expect, it } from "vitest";
import { findAmounts } from "../../../src/sources/guidance/amounts.js";
import { findClauses } from "../../../src/sources/guidance/clauses.js";
import { readFigures } from "../../../src/sources/guidance/figures.js";

function figures(text: string): [number | null, number | null, string | null, string][] {
  return readFigures(text, findClauses(text), findAmounts(text)).map((f) => [f.low, f.high, f.currency, f.shape]);
}

const B = 1e9;

describe("figures: ranges", () => {
  it.each([
    ["in the range of $115-135 billion", [115 * B, 135 * B]],
    ["in a range of $175 billion to $185 billion", [175 * B, 185 * B]],
    ["between $1.0 billion and $1.2 billion", [1 * B, 1.2 * B]],
    ["between $23 billion to $25 billion", [23 * B, 25 * B]],
    ["in the range of $90 to $100 million", [90e6, 100e6]],
    ["of $23-$25bn", [23 * B, 25 * B]],
    ["$8B-$8.8B", [8 * B, 8.8 * B]],
    ["US$52 billion to US$56 billion", [52 * B, 56 * B]],
    ["around Rs 150-200 crore", [150e7, 200e7]],
    ["$14.0–14.6 billion", [14 * B, 14.6 * B]],
    ["between 1.0 and 1.2 billion dollars", [1 * B, 1.2 * B]],
    ["ranging from $3 billion to $4 billion", [3 * B, 4 * B]],
    ["up from the $60 billion to $65 billion range", [60 * B, 65 * B]],
    ["介於520億至560億美元之間", [52 * B, 56 * B]],
    ["約70-80億元", [7 * B, 8 * B]],
  ])("GIVEN %j THEN one range %j", (text, [low, high]) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect(got[0]?.slice(0, 2)).toEqual([low, high]);
    expect(got[0]?.[3]).toBe("range");
  });

  it("GIVEN 'from $75 billion to $85 billion' THEN a revision: two points, not a range", () => {
    expect(figures("raised its forecast from approximately $75 billion to $85 billion")).toEqual([
      [75 * B, 75 * B, "USD", "point"],
      [85 * B, 85 * B, "USD", "point"],
    ]);
  });

  it("GIVEN 'by $500 million to $2.5 billion' THEN a change and a level, not a range", () => {
    expect(figures("cut its forecast by $500 million to $2.5 billion").map((f) => f[3])).toEqual(["point", "point"]);
  });

  it("GIVEN 'from 2025 to 2027' THEN years are not a money range", () => {
    expect(figures("$22bn-$27bn from 2025 to 2027")).toEqual([[22 * B, 27 * B, "USD", "range"]]);
  });
});

describe("figures: points and one-sided bounds", () => {
  it.each([
    ["approximately $200 billion", [200 * B, 200 * B, "point"]],
    ["about $200 billion", [200 * B, 200 * B, "point"]],
    ["around $35 billion", [35 * B, 35 * B, "point"]],
    ["~$2.5B", [2.5 * B, 2.5 * B, "point"]],
    ["roughly $9 billion", [9 * B, 9 * B, "point"]],
    ["up to $135 billion", [null, 135 * B, "max"]],
    ["as much as $12 billion", [null, 12 * B, "max"]],
    ["a high of $40 billion", [null, 40 * B, "max"]],
    ["at least $21.5B", [21.5 * B, null, "min"]],
    ["more than $20 billion", [20 * B, null, "min"]],
    ["to a record level of more than $20 billion", [20 * B, null, "min"]],
    ["of over $100 billion", [100 * B, null, "min"]],
    ["in excess of $12 billion", [12 * B, null, "min"]],
    ["to exceed $20 billion", [20 * B, null, "min"]],
    ["逾100億元", [10 * B, null, "min"]],
  ])("GIVEN %j THEN %j", (text, [low, high, shape]) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect([got[0]?.[0], got[0]?.[1], got[0]?.[3]]).toEqual([low, high, shape]);
  });
});
