import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/sources/guidance/sentences.js";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("sentences", () => {
  it("GIVEN decimals, tickers and abbreviations THEN no split inside them", () => {
    expect(texts("Microsoft MSFT.O forecast $30.5 billion. During Q1FY26 the Company incurred Capex of ~Rs. 48.5 crores. For FY26, we expect Capex at around Rs 150-200 crore.")).toEqual([
      "Microsoft MSFT.O forecast $30.5 billion.",
      "During Q1FY26 the Company incurred Capex of ~Rs. 48.5 crores.",
      "For FY26, we expect Capex at around Rs 150-200 crore.",
    ]);
    expect(texts("Revenue was $37.5B (est. $38.75B), Inc. said.")).toHaveLength(1);
  });

  it("GIVEN a line wrapped inside a sentence THEN the lines are joined again", () => {
    expect(texts("We expect capex to be in the range of\n$115-135 billion.\nRevenue grew.")).toEqual([
      "We expect capex to be in the range of $115-135 billion.",
      "Revenue grew.",
    ]);
  });

  it("GIVEN headings, table rows and list items THEN each stands on its own line", () => {
    const got = splitSentences("Fiscal 2026 Outlook\nThe Company expects:\n- Net sales growth of 3%\n- Capital expenditures of $1.2 billion\nCapital expenditures | $14,000 | $16,000\nShare repurchases | $2,000 | $3,000");
    expect(got.map((s) => s.text)).toEqual([
      "Fiscal 2026 Outlook",
      "The Company expects:",
      "- Net sales growth of 3%",
      "- Capital expenditures of $1.2 billion",
      "Capital expenditures | $14,000 | $16,000",
      "Share repurchases | $2,000 | $3,000",
    ]);
    expect(got[0]?.headingLike).toBe(true);
    expect(got[1]?.headingLike).toBe(true);
  });

  it("GIVEN Chinese text THEN it splits at 。", () => {
    expect(texts("今年資本支出預算將介於520億至560億美元之間。明年再議。")).toEqual(["今年資本支出預算將介於520億至560億美元之間。", "明年再議。"]);
  });

  it("GIVEN a run-on 'sentence' of many thousand characters THEN it is cut into bounded pieces", () => {
    const pieces = texts("capex ".repeat(2000));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(1500);
  });
});
