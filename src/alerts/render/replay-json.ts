// The `replay --json` record of an alert: exactly the keys of docs/replay-format.md.
import type { Alert } from "../types.js";

export function toReplayJson(alert: Alert): Record<string, unknown> {
  if (alert.kind === "capex_guidance") {
    const { sentence: _sentence, consensusSource: _source, ...record } = alert;
    return record;
  }
  if (alert.kind === "mcap_drop" || alert.kind === "mcap_gain") {
    const { price: _price, session: _session, thresholds: _thresholds, after: _after, ...record } = alert;
    return record;
  }
  return { ...alert };
}
