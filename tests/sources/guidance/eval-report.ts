// What both collections of the labelled set share: the record's shape, the split rule, and the
// summary a part is reported by (English and all languages, hard negatives, segments, categories).
import { createHash } from "node:crypto";
import { z } from "zod";
import { byCategory, byKind, evaluate, isEnglish, total, type EvalRecord, type RecordResult } from "./eval-set.js";
import type { CompanyRef } from "../../../src/sources/guidance/types.js";

const period = z.string().regex(/^(?:FY\d{4}(?:-FY\d{4})?|Q[1-4]-\d{4}|H[12]-\d{4}|9M-\d{4})$/);
export const labelSchema = z.object({
  metric: z.literal("capex"),
  period,
  low: z.number().positive().nullable(),
  high: z.number().positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  segment: z.string().optional(),
  per: z.literal("year").optional(),
});
export const evalRecordSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  company: z.string().min(1),
  kind: z.enum(["earnings_release", "transcript", "filing", "news"]),
  source: z.string().min(1),
  expected: z.array(labelSchema),
  categories: z.array(z.enum(["roles", "voice", "company", "periods", "currencies", "wording"])).min(1),
});

/** The split rule: a record is held out when the first byte of sha256(id) is a multiple of 3. */
export const heldOutById = (id: string): boolean => (createHash("sha256").update(id).digest()[0] as number) % 3 === 0;

export const sha256Of = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

export function report(records: EvalRecord[], companies: readonly CompanyRef[]) {
  const results = records.map((r) => evaluate(r, companies));
  const englishAt = records.map((r) => isEnglish(r));
  const english = results.filter((_r, i) => englishAt[i]);
  // A hard negative that yields a statement is a capex alert a desk would get from a text with no guidance in it.
  const hard = results.filter((_r, i) => englishAt[i] && (records[i] as EvalRecord).hardNegative === true);
  return {
    results,
    summary: {
      english: total(english),
      all: total(results),
      hardNegatives: records.filter((r) => r.hardNegative === true).length,
      segments: total(english, true),
      byCategory: byCategory(english),
      byKind: byKind(english),
      englishHardNegatives: { texts: hard.length, withStatement: hard.filter((r) => r.got.length > 0).length },
    },
  };
}

/** A development part's misses and false positives, one JSON line each (never used on a held-out part). */
export function printMisses(records: readonly EvalRecord[], results: readonly RecordResult[]): void {
  for (const r of results.filter((x) => x.fp > 0 || x.fn > 0 || x.segFp > 0 || x.segFn > 0)) {
    const rec = records.find((x) => x.id === r.id) as EvalRecord;
    console.log(JSON.stringify({ id: r.id, fp: r.fp, fn: r.fn, text: rec.text, want: rec.expected, got: r.got.map(({ text: _t, ...s }) => s) }));
  }
}
