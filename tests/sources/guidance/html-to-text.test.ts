import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { decodeEntities } from "../../../src/sources/guidance/html-entities.js";
import { htmlToText } from "../../../src/sources/guidance/html-to-text.js";

// A hand-written exhibit shaped like a real EX-99.1 (hidden XBRL header, a results table with "$"
// in cells of their own, an outlook paragraph broken by <br/> and &nbsp;, footnote markers, an
// outlook table with Low/High columns "in millions").
const EXHIBIT = readFileSync(join(import.meta.dirname, "fixtures", "ex99-1-outlook.html"), "utf8");

describe("htmlToText", () => {
  it("GIVEN character references THEN they are decoded, Windows-1252 numbers too", () => {
    expect(decodeEntities("A&amp;B &#8212; &#x2014; &nbsp;&lt;x&gt; &#146;s &rsquo; &bogus;")).toBe("A&B — — \u00a0<x> ’s ’ &bogus;");
  });

  it("GIVEN paragraphs, <br> and raw newlines THEN paragraphs are blank-line separated and newlines inside them are spaces", () => {
    expect(htmlToText("<p>We expect\ncapex of $5&nbsp;billion.</p><div>Next<br>line</div>")).toBe("We expect capex of $5 billion.\n\nNext\nline");
  });

  it("GIVEN script, style, comments and display:none THEN their text is dropped", () => {
    expect(htmlToText("<style>p{}</style><script>x=1</script><!-- c --><div style=\"display: none\"><div>hidden</div></div><p>kept</p>")).toBe("kept");
  });

  it("GIVEN a table THEN one line per row, cells joined by ' | ', '$' and ')' glued to their number", () => {
    const html = "<table><tr><td>Capital expenditures</td><td>$</td><td>3,412</td><td></td></tr><tr><td>Free cash flow</td><td>$</td><td>(1,204</td><td>)</td></tr></table>";
    expect(htmlToText(html)).toBe("Capital expenditures | $3,412\nFree cash flow | $(1,204)");
  });

  it("GIVEN footnote markers in <sup> THEN they are dropped so words stay whole", () => {
    expect(htmlToText("<p>Capital expenditures<sup>(1)</sup> are expected to be $5 billion.<sup>*</sup></p>")).toBe("Capital expenditures are expected to be $5 billion.");
  });

  it("GIVEN the exhibit THEN its text keeps the outlook sentences whole and each table row on a line", () => {
    const text = htmlToText(EXHIBIT);
    expect(text).not.toMatch(/<\/?(?:p|td|tr|font|div|sup|table|br)\b|&nbsp;|&#|display|var capex|99999/);
    expect(text).toContain("(in millions) | Low | High\nCapital expenditures | $14,000 | $16,000");
    expect(text).toContain("Revenue | $14,211 | $11,903");
    expect(text).toContain("Northwind & Co. <investor relations> © 2026");
  });

  it("GIVEN the exhibit THEN the extractor reads the year's range and the quarter's point, and nothing from results, footnotes or consensus", () => {
    const got = extractCapexGuidance(htmlToText(EXHIBIT), { date: "2026-01-28" });
    expect(got.map((s) => [s.period, s.low, s.high, s.currency])).toEqual([
      ["FY2026", 14e9, 16e9, "USD"],
      ["Q1-2026", 3.5e9, 3.5e9, "USD"],
    ]);
    expect(got[0]?.text).toBe(
      "We expect 2026 capital expenditures, including principal payments on finance leases, to be in the range of $14-16 billion, up from $11.2 billion in 2025.",
    );
  });

  it("GIVEN an outlook table with period columns THEN each figure takes its column's year and sense", () => {
    const html = "<p>Outlook</p><table><tr><td>(in millions)</td><td>2025 Actual</td><td>2026 Outlook</td></tr><tr><td>Capital expenditures</td><td>$</td><td>11,200</td><td>$</td><td>14,000 &#8211; 16,000</td></tr></table>";
    const got = extractCapexGuidance(htmlToText(html), { date: "2026-01-28" });
    expect(got.map((s) => [s.period, s.low, s.high])).toEqual([["FY2026", 14e9, 16e9]]);
  });
});
