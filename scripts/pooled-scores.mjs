#!/usr/bin/env node
// Pools the capex-guidance scores the evaluation tests print, part by part, into one development and
// one held-out figure (English, strict): each held-out part is small (20 to 60 statements), so one
// statement moves its F1 by a point or two; the pool over every collection moves less by chance.
//   npx vitest run tests/sources/guidance 2>&1 | node scripts/pooled-scores.mjs
//   scripts/score-extractor-at.sh REV 2 3 … 19 | node scripts/pooled-scores.mjs   (an earlier extractor)
import { readFileSync } from "node:fs";

const input = readFileSync(0, "utf8");
const PART = /\{"(development|heldOut)(\d*)":\{"english":\{"texts":(\d+),"tp":(\d+),"fp":(\d+),"fn":(\d+)/g;

const pools = { development: { parts: [], tp: 0, fp: 0, fn: 0 }, heldOut: { parts: [], tp: 0, fp: 0, fn: 0 } };
const seen = new Set();
for (const m of input.matchAll(PART)) {
  const [, kind, n, , tp, fp, fn] = m;
  const key = `${kind}${n}`;
  // A part printed twice (a test file run twice) counts once.
  if (seen.has(key)) continue;
  seen.add(key);
  const pool = pools[kind];
  pool.parts.push(n === "" ? "1" : n);
  pool.tp += Number(tp);
  pool.fp += Number(fp);
  pool.fn += Number(fn);
}

const round = (x) => Math.round(x * 1000) / 1000;
function ratios({ parts, tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { parts: parts.sort((a, b) => Number(a) - Number(b)).join(","), tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

if (seen.size === 0) {
  console.error("no scores found on stdin: pipe the output of the guidance evaluation tests (see the top of this file)");
  process.exit(1);
}
console.log(JSON.stringify({ pooledDevelopment: ratios(pools.development), pooledHeldOut: ratios(pools.heldOut) }));
