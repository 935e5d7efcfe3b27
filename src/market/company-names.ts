// A company's short name as readers know it ("Amazon.com, Inc." → "Amazon"): the alert's words
// and the capex lookup's must agree, so both take it from here.
import { COMPANY_ALIASES } from "./company-aliases.js";

// Legal forms say nothing about which company a sentence is about.
const LEGAL_SUFFIX = /(?:,?\s+(?:inc\.?|incorporated|corporation|corp\.?|company|co\.?|ltd\.?|limited|plc|llc|l\.p\.|n\.v\.|s\.a\.|ag|se|holdings?|group))+\s*$/i;
/** The short names the alias table leads with: "Meta Platforms" reads as "Meta". */
const SHORT_NAMES = [...new Set(Object.values(COMPANY_ALIASES).map((names) => names[0]).filter((n): n is string => n !== undefined))];

/** "Amazon.com, Inc." → "Amazon"; "Meta Platforms" → "Meta" (a name the table knows leads it). */
export function shortCompanyName(name: string): string {
  const bare = name.trim().replace(LEGAL_SUFFIX, "").replace(/\.com$/i, "").trim();
  for (const known of SHORT_NAMES) {
    if (bare === known || bare.startsWith(`${known} `)) return known;
  }
  return bare === "" ? name.trim() : bare;
}
