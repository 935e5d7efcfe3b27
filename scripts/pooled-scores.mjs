#!/usr/bin/env node
// Pools the capex-guidance scores the evaluation tests print, part by part, into one development and one
// held-out figure (English, strict), in all, per category and per kind of document, from the same run (no text is read twice):
// each held-out part is small (20 to 60 statements), so one statement moves its F1 by a point or two; the
// pool over every collection moves less by chance, and the gap between the pooled parts per category
// shows where rules fit the text they were read from more than text they were not.
//   npx vitest run tests/sources/guidance 2>&1 | node scripts/pooled-scores.mjs
//   scripts/score-extractor-at.sh REV 2 3 … 19 | node scripts/pooled-scores.mjs   (an earlier extractor)
import { readFileSync } from "node:fs";

const input = readFileSync(0, "utf8");
// A part's summary as the tests print it, or only its English counts as score-extractor-at.sh keeps them.
const LINE = /\{"(development|heldOut)(\d*)":\{"english":\{[^}]*\}.*$/gm;

const empty = () => ({ tp: 0, fp: 0, fn: 0 });
const pool = () => ({ parts: [], english: empty(), byCategory: {}, partsWithoutCategories: 0, byKind: {}, partsWithoutKinds: 0, hard: { texts: 0, withStatement: 0, partsWithout: 0 } });
const pools = { development: pool(), heldOut: pool() };
const seen = new Set();

function add(into, counts) {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

for (const m of input.matchAll(LINE)) {
  const [text, kind, n] = m;
  const key = `${kind}${n}`;
  // A part printed twice (a test file run twice) counts once.
  if (seen.has(key)) continue;
  seen.add(key);
  let summary;
  try {
    summary = JSON.parse(text)[key];
  } catch {
    // score-extractor-at.sh cuts the line after the English counts: close it.
    summary = JSON.parse(`${text}}}`)[key];
  }
  const into = pools[kind];
  into.parts.push(n === "" ? "1" : n);
  add(into.english, summary.english);
  if (summary.byCategory === undefined) into.partsWithoutCategories += 1;
  if (summary.englishHardNegatives === undefined) into.hard.partsWithout += 1;
  else {
    into.hard.texts += summary.englishHardNegatives.texts;
    into.hard.withStatement += summary.englishHardNegatives.withStatement;
  }
  for (const [category, counts] of Object.entries(summary.byCategory ?? {})) add((into.byCategory[category] ??= empty()), counts);
  if (summary.byKind === undefined) into.partsWithoutKinds += 1;
  for (const [kind, counts] of Object.entries(summary.byKind ?? {})) add((into.byKind[kind] ??= empty()), counts);
}

const round = (x) => Math.round(x * 1000) / 1000;
const ratio = (n, d) => (d === 0 ? 0 : round(n / d));
function ratios({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}
// Categories are pooled only when every part printed them: a pool of some parts' categories would read as all of them.
function report(p) {
  const byCategory = Object.fromEntries(Object.entries(p.byCategory).map(([c, counts]) => [c, ratios(counts).f1]));
  const whole = p.partsWithoutCategories === 0 && Object.keys(byCategory).length > 0;
  // The share of English hard negatives (texts with capex words and money but no guidance) that yield a
  // statement: how often a text with nothing to alert on would raise a capex alert.
  const hard = p.hard.partsWithout === 0 ? { hardNegatives: { texts: p.hard.texts, withStatement: p.hard.withStatement, share: ratio(p.hard.withStatement, p.hard.texts) } } : {};
  // Per kind of document (the press's reports, the company's calls and releases), precision beside F1: what an alert from each is worth.
  const byKind = Object.fromEntries(Object.entries(p.byKind).map(([k, counts]) => { const r = ratios(counts); return [k, { precision: r.precision, recall: r.recall, f1: r.f1 }]; }));
  const kinds = p.partsWithoutKinds === 0 && Object.keys(byKind).length > 0 ? { byKind } : {};
  return { parts: p.parts.sort((a, b) => Number(a) - Number(b)).join(","), ...ratios(p.english), ...(whole ? { byCategoryF1: byCategory } : {}), ...kinds, ...hard };
}

if (seen.size === 0) {
  console.error("no scores found on stdin: pipe the output of the guidance evaluation tests (see the top of this file)");
  process.exit(1);
}
console.log(JSON.stringify({ pooledDevelopment: report(pools.development), pooledHeldOut: report(pools.heldOut) }));
