// The names a company goes by in text, from the store's name (SEC or a `company` line) plus the
// extractor's small alias table (src/sources/guidance/company-aliases.ts). Kept at the source edge:
// only reading text, and saying where words come from, needs them.
import { COMPANY_ALIASES } from "../guidance/company-aliases.js";
import type { CompanyRef } from "../guidance/types.js";

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

/** The company as the extractor recognises it: its name, its short name and its other names. */
export function companyRef(ticker: string, name: string | undefined): CompanyRef {
  const table = COMPANY_ALIASES[ticker] ?? [];
  const full = name !== undefined && name.trim() !== "" ? name : table[0];
  if (full === undefined) return { ticker };
  const aliases = [...new Set([shortCompanyName(full), ...table])].filter((a) => a !== full);
  return { ticker, name: full, ...(aliases.length > 0 ? { aliases } : {}) };
}
