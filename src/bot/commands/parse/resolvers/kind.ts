// Alert kinds as typed: `mcap_drop`, `mcap-drop`, `MCAP_DROP`.
import { ALERT_KINDS, type AlertKind } from "../../../../alerts/types.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { closest } from "../suggest.js";
import { asciiLower } from "../tokens.js";
import type { Topic } from "../usage.js";

export function resolveKind(raw: string, topic: Topic): Resolved<AlertKind> {
  const name = asciiLower(raw).replaceAll("-", "_");
  const kind = ALERT_KINDS.find((k) => k === name);
  if (kind !== undefined) return ok(kind);
  const guess = closest(name, ALERT_KINDS);
  const hint = guess === null ? "" : ` (did you mean ${guess}?)`;
  return fail("unknown_kind", `unknown alert kind ${shown(raw)}${hint}; kinds are ${ALERT_KINDS.join(", ")}.`, topic);
}
