// The names a company goes by in text, from the store's name (SEC or a `company` line) plus a small
// table of well-known other names. Kept at the source edge: only reading text needs them.
import type { CompanyRef } from "../guidance/types.js";

/**
 * Other names of companies, keyed by the short name the store's name reduces to. Brands and
 * former names that texts use for the listed company ("Google" for Alphabet).
 */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  Alphabet: ["Google"],
  Meta: ["Facebook"],
  Amazon: ["Amazon Web Services", "AWS"],
  Microsoft: ["Microsoft Azure", "Azure"],
  Oracle: ["Oracle Cloud Infrastructure", "OCI"],
};

// Legal forms say nothing about which company a sentence is about.
const LEGAL_SUFFIX = /(?:,?\s+(?:inc\.?|incorporated|corporation|corp\.?|company|co\.?|ltd\.?|limited|plc|llc|l\.p\.|n\.v\.|s\.a\.|ag|se|holdings?|group))+\s*$/i;

/** "Amazon.com, Inc." → "Amazon"; "Meta Platforms" → "Meta" (a name the table knows leads it). */
export function shortCompanyName(name: string): string {
  const bare = name.trim().replace(LEGAL_SUFFIX, "").replace(/\.com$/i, "").trim();
  for (const known of Object.keys(OTHER_NAMES)) {
    if (bare === known || bare.startsWith(`${known} `)) return known;
  }
  return bare === "" ? name.trim() : bare;
}

/** The company as the extractor recognises it: its name, its short name and its other names. */
export function companyRef(ticker: string, name: string | undefined): CompanyRef {
  if (name === undefined || name.trim() === "") return { ticker };
  const short = shortCompanyName(name);
  const aliases = [...new Set([short, ...(OTHER_NAMES[short] ?? [])])].filter((a) => a !== name);
  return { ticker, name, ...(aliases.length > 0 ? { aliases } : {}) };
}
