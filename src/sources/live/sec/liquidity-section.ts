// The outlook of a 10-Q or 10-K: its "Liquidity and Capital Resources" section, where companies
// write "we expect capital expenditures in fiscal 2026 to be approximately $X". Read from the
// report's text (already turned from HTML into lines), up to the next section heading.

const START = /^\s*(?:Item\s+\d+[A-Z]?\.?\s*)?Liquidity\s+and\s+Capital\s+Resources\s*:?\s*$/im;
// A heading that ends it: the next Item, or a section that usually follows it in MD&A.
const END =
  /^\s*(?:Item\s+\d+[A-Z]?\.|Quantitative\s+and\s+Qualitative\s+Disclosures|Critical\s+Accounting\s+(?:Policies|Estimates)|Contractual\s+Obligations|Off[-\s]Balance\s+Sheet\s+Arrangements|Recent(?:ly)?\s+(?:Issued\s+)?Accounting\s+Pronouncements|Controls\s+and\s+Procedures)\b[^\n]{0,80}$/im;
/** Enough for the longest such sections; a report's tables of contents are skipped by needing a body. */
const MAX_CHARS = 60_000;
const MIN_BODY = 200;

/** The section's text, or null when the report has none (or only a table-of-contents line for it). */
export function liquiditySection(text: string): string | null {
  let from = 0;
  for (let guard = 0; guard < 5; guard++) {
    const rest = text.slice(from);
    const start = START.exec(rest);
    if (start === null) return null;
    const bodyStart = from + start.index + start[0].length;
    const after = text.slice(bodyStart, bodyStart + MAX_CHARS);
    const end = END.exec(after);
    const body = (end === null ? after : after.slice(0, end.index)).trim();
    if (body.length >= MIN_BODY) return body;
    from = bodyStart;
  }
  return null;
}
