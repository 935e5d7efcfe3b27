// What the written-sentence tests read from a sentence: the company's own levels (segments left
// out) as [period, low, high, currency], for Acme unless the case names another company.
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import type { CompanyRef, DocumentKind } from "../../../src/sources/guidance/types.js";

export type Want = [period: string, low: number | null, high: number | null, currency: string];

export interface SentenceCase {
  text: string;
  date?: string;
  kind?: DocumentKind;
  company?: CompanyRef;
  want: Want[];
}

export const ACME: CompanyRef = { ticker: "ACME", name: "Acme Industries Inc." };

export function levelsOf(c: SentenceCase, others: CompanyRef[]) {
  return extractCapexGuidance(c.text, { date: c.date ?? "2026-02-01", company: c.company ?? ACME, companies: others, ...(c.kind ? { kind: c.kind } : {}) })
    .filter((s) => s.segment === undefined)
    .map((s) => [s.period, s.low, s.high, s.currency]);
}
