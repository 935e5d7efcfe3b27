// The names a company goes by in text, from the store's name (SEC or a `company` line) plus a small
// table of well-known other names. Kept at the source edge: only reading text needs them.
import type { CompanyRef } from "../guidance/types.js";

interface KnownNames {
  tickers: readonly string[];
  /** The short name the store's name reduces to ("Alphabet Inc." → "Alphabet"). */
  name: string;
  /** Brands and units that texts use for the listed company ("Google" for Alphabet). */
  aliases: readonly string[];
}

// Not a list written for any text: the few companies whose other names are in every capex story.
const TABLE: readonly KnownNames[] = [
  { tickers: ["GOOGL", "GOOG"], name: "Alphabet", aliases: ["Google"] },
  { tickers: ["META"], name: "Meta", aliases: ["Facebook"] },
  { tickers: ["AMZN"], name: "Amazon", aliases: ["Amazon Web Services", "AWS"] },
  { tickers: ["MSFT"], name: "Microsoft", aliases: ["Microsoft Azure", "Azure"] },
  { tickers: ["ORCL"], name: "Oracle", aliases: ["Oracle Cloud Infrastructure", "OCI"] },
];

// Legal forms say nothing about which company a sentence is about.
const LEGAL_SUFFIX = /(?:,?\s+(?:inc\.?|incorporated|corporation|corp\.?|company|co\.?|ltd\.?|limited|plc|llc|l\.p\.|n\.v\.|s\.a\.|ag|se|holdings?|group))+\s*$/i;

/** "Amazon.com, Inc." → "Amazon"; "Meta Platforms" → "Meta" (a name the table knows leads it). */
export function shortCompanyName(name: string): string {
  const bare = name.trim().replace(LEGAL_SUFFIX, "").replace(/\.com$/i, "").trim();
  for (const known of TABLE) {
    if (bare === known.name || bare.startsWith(`${known.name} `)) return known.name;
  }
  return bare === "" ? name.trim() : bare;
}

/** The company as the extractor recognises it: its name, its short name and its other names. */
export function companyRef(ticker: string, name: string | undefined): CompanyRef {
  const fromTable = TABLE.find((k) => k.tickers.includes(ticker));
  const full = name !== undefined && name.trim() !== "" ? name : fromTable?.name;
  if (full === undefined) return { ticker };
  const short = shortCompanyName(full);
  const entry = TABLE.find((k) => k.name === short);
  const aliases = [...new Set([short, ...(entry?.aliases ?? [])])].filter((a) => a !== full);
  return { ticker, name: full, ...(aliases.length > 0 ? { aliases } : {}) };
}

/** The table's companies none of whose tickers is in `known`: others a text may name though the store lacks them. */
export function tableCompaniesBesides(known: ReadonlySet<string>): CompanyRef[] {
  return TABLE.filter((k) => !k.tickers.some((t) => known.has(t))).map((k) => companyRef(k.tickers[0] as string, k.name));
}
