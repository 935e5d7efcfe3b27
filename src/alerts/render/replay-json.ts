// The `replay --json` record of an alert: exactly the keys of docs/replay-format.md.
import type { Alert } from "../types.js";

export function toReplayJson(alert: Alert): Record<string, unknown> {
  if (alert.kind === "capex_guidance") {
    const { sentence: _sentence, consensusSource: _source, ...record } = alert;
    return record;
  }
  return { ...alert };
}
