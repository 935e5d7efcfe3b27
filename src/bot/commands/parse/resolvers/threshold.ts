// Threshold names as typed (`mcap-pct`, `mcap_usd`, `capexSurprisePct`), mapped to `Thresholds` keys.
import type { Thresholds } from "../../../../alerts/types.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { closest } from "../suggest.js";
import { asciiLower } from "../tokens.js";
import type { Topic } from "../usage.js";

export const THRESHOLD_NAMES: Record<string, keyof Thresholds> = {
  "mcap-pct": "mcapDropPct",
  "mcap-drop-pct": "mcapDropPct",
  "mcapdroppct": "mcapDropPct",
  "mcap-usd": "mcapDropUsd",
  "mcap-drop-usd": "mcapDropUsd",
  "mcapdropusd": "mcapDropUsd",
  "capex-pct": "capexSurprisePct",
  "capex-surprise-pct": "capexSurprisePct",
  "capexsurprisepct": "capexSurprisePct",
  "drawdown-pct": "drawdownPct",
  "drawdownpct": "drawdownPct",
  "drawdown-usd": "drawdownUsd",
  "drawdownusd": "drawdownUsd",
  "drawdown-days": "drawdownDays",
  "drawdowndays": "drawdownDays",
};
export const SHORT_NAMES = ["mcap-pct", "mcap-usd", "capex-pct", "drawdown-pct", "drawdown-usd", "drawdown-days"];

export function resolveThresholdName(raw: string, topic: Topic): Resolved<keyof Thresholds> {
  const name = asciiLower(raw).replaceAll("_", "-");
  const key = Object.hasOwn(THRESHOLD_NAMES, name) ? THRESHOLD_NAMES[name] : undefined;
  if (key !== undefined) return ok(key);
  const guess = closest(name, SHORT_NAMES);
  const hint = guess === null ? "" : ` (did you mean ${guess}?)`;
  return fail("unknown_threshold", `unknown threshold ${shown(raw)}${hint}; thresholds are ${SHORT_NAMES.join(", ")}.`, topic);
}
