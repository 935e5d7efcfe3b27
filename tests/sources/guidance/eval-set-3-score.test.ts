// The third collection of the labelled set (Dec 6 2026, data/guidance/*-3.jsonl): 188 texts
// collected and labelled blind (the extractor was first run on them after the files were committed),
// split by the same rule, its held-out part frozen before any rule could be written for it. It
// measures the extractor on text no rule was written for.
import { scoreCollection } from "./collection-suite.js";

scoreCollection({
  n: "3",
  title: "the third collection",
  earlier: ["dev.jsonl", "heldout.jsonl", "dev-2.jsonl", "heldout-2.jsonl"],
  // Floors a little under the scores after the ninth round, Dec 7 2026 (docs/extraction.md: dev-3 0.972, held-out-3 0.800).
  floors: { development: 0.965, heldOut: 0.845 },
});
