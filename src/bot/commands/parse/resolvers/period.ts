// Fiscal periods as typed: `FY2026`, `q1-2026`, `H1-2026`, `9M-2025`, `FY2026-FY2030`.
import { PERIOD_PATTERN } from "../../../../sources/events.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiUpper } from "../tokens.js";
import type { Topic } from "../usage.js";

const HINT = "write a period like FY2026, Q1-2026, H1-2026, 9M-2026 or FY2026-FY2030";

/** A period, upper-cased; a span of fiscal years must not run backwards. */
export function resolvePeriod(raw: string, topic: Topic): Resolved<string> {
  const period = asciiUpper(raw);
  if (!PERIOD_PATTERN.test(period)) return fail("invalid_period", `${shown(raw)} is not a period; ${HINT}.`, topic);
  const span = /^FY(\d{4})-FY(\d{4})$/.exec(period);
  if (span && Number(span[1]) >= Number(span[2])) {
    return fail("invalid_period", `${shown(raw)} runs backwards or is empty; the first year must come first.`, topic);
  }
  return ok(period);
}
