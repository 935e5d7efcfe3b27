// A thousand earnings-release-like documents for the `guidance extract --jsonl` timing: the
// bundled episode's guidance sentences mixed with the kinds of sentences the extractor must pass over.
import { readFileSync, writeFileSync } from "node:fs";

const OTHER_SENTENCES = [
  "Revenue was $81.3 billion, up 17% year over year, and operating income increased 21%.",
  "We returned $10.7 billion to shareholders in the form of share repurchases and dividends.",
  "Capital expenditures in the fourth quarter were $22.1 billion, including finance leases.",
  "Analysts had expected capital spending of about $150 billion next year, according to LSEG data.",
  "Free cash flow for the trailing twelve months was $11.2 billion, compared with $38.2 billion a year earlier.",
  "The company expects first-quarter revenue between $53.5 billion and $56.5 billion.",
  "Total costs and expenses were $35.15 billion, an increase of 40% year over year.",
  "We remain committed to investing in AI infrastructure to meet strong customer demand.",
];

/** Writes `count` documents as `{"id","text","date"}` lines; returns the total size in bytes. */
export function writeGuidanceDocuments(episodePath: string, outPath: string, count: number): number {
  const guidance = readFileSync(episodePath, "utf8")
    .split("\n")
    .filter((l) => l.includes('"type":"document"'))
    .map((l) => JSON.parse(l) as { text: string; ts: string });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const doc = guidance[i % guidance.length] as { text: string; ts: string };
    const body = Array.from({ length: 24 }, (_, k) => OTHER_SENTENCES[(i + k) % OTHER_SENTENCES.length]);
    body.splice(i % body.length, 0, doc.text);
    lines.push(JSON.stringify({ id: `doc-${i}`, text: body.join(" "), date: doc.ts.slice(0, 10) }));
  }
  const text = `${lines.join("\n")}\n`;
  writeFileSync(outPath, text);
  return Buffer.byteLength(text);
}
