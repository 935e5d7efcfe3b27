// What the written-sentence tests read from a sentence: the company's own levels (segments left
// out) as [period, low, high, currency], for Acme unless the case names another company.
import { describe, expect, it } from "vitest";
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

/** A written sentence with the rule it stands for: a round's table of cases. */
export type RuleCase = SentenceCase & { rule: string };

/** One test per case: the rule as its name, the levels it must read (with `others` known to the store). */
export function describeRuleCases(title: string, cases: readonly RuleCase[], others: CompanyRef[] = []): void {
  describe(title, () => {
    for (const c of cases) {
      it(`GIVEN ${c.rule} THEN ${c.want.length === 0 ? "no statement" : c.want.map((w) => w[0]).join(", ")}`, () => {
        expect(levelsOf(c, others)).toEqual(c.want);
      });
    }
  });
}
