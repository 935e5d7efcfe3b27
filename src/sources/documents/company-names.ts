// The names a company goes by in text, from the store's name (SEC or a `company` line) plus the
// extractor's small alias table (src/market/company-aliases.ts). Kept at the source edge:
// only reading text needs the full set; the short name is the market kernel's (the capex lookup uses it too).
import { COMPANY_ALIASES } from "../../market/company-aliases.js";
import { shortCompanyName } from "../../market/company-names.js";
import type { CompanyRef } from "../guidance/types.js";

/** The company as the extractor recognises it: its name, its short name and its other names. */
export function companyRef(ticker: string, name: string | undefined): CompanyRef {
  const table = COMPANY_ALIASES[ticker] ?? [];
  const full = name !== undefined && name.trim() !== "" ? name : table[0];
  if (full === undefined) return { ticker };
  const aliases = [...new Set([shortCompanyName(full), ...table])].filter((a) => a !== full);
  return { ticker, name: full, ...(aliases.length > 0 ? { aliases } : {}) };
}
