// The twenty-first collection of the labelled set (Dec 8 2026, data/guidance/*-21.jsonl): 148 texts
// collected and labelled blind by three collectors during the nineteenth round, split by the same rule,
// frozen before the extractor first ran on it (with naming and currency rows for its companies researched
// blind before the first measurement). No rule was read from either part of it: both are measured blind.
import { scoreCollection } from "./collection-suite.js";

scoreCollection({
  n: "21",
  title: "the twenty-first collection",
  earlier: ["dev.jsonl", "heldout.jsonl", "dev-2.jsonl", "heldout-2.jsonl", "dev-3.jsonl", "heldout-3.jsonl", "dev-4.jsonl", "heldout-4.jsonl", "dev-5.jsonl", "heldout-5.jsonl", "dev-6.jsonl", "heldout-6.jsonl", "dev-7.jsonl", "heldout-7.jsonl", "dev-8.jsonl", "heldout-8.jsonl", "dev-9.jsonl", "heldout-9.jsonl", "dev-10.jsonl", "heldout-10.jsonl", "dev-11.jsonl", "heldout-11.jsonl", "dev-12.jsonl", "heldout-12.jsonl", "dev-13.jsonl", "heldout-13.jsonl", "dev-14.jsonl", "heldout-14.jsonl", "dev-15.jsonl", "heldout-15.jsonl", "dev-16.jsonl", "heldout-16.jsonl", "dev-17.jsonl", "heldout-17.jsonl", "dev-18.jsonl", "heldout-18.jsonl", "dev-19.jsonl", "heldout-19.jsonl", "dev-20.jsonl", "heldout-20.jsonl"],
  // Measured blind with the rules of the session's start (cbc2a10; data at 94ca66a, naming and currency rows
  // at 61800e9): development 21 0.578 (P 0.591), held-out 21 0.644 (P 0.594, R 0.704; 27 statements); the
  // round's rules read from the older parts left both where they were; after the part of the round read
  // from development 21, development 0.839 and held-out 0.644. Floors a little under.
  floors: { development: 0.81, heldOut: 0.62 },
});
