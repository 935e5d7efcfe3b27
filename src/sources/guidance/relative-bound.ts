// A level stated against an earlier range: "capital expenditures in 2021 are now expected to be below
// our original guidance range of $3.4 billion to $3.6 billion" gives the year's level as at most
// $3.4 billion (under the range's low end); "above the $X to $Y range" as at least the high end. The
// old range itself stays superseded; the bound it yields is the new level.
import type { FigureReading } from "./reading.js";

const AGAINST_EARLIER =
  /\b(?:be|come\s+in|land|end\s+up|remain|run|fall|stay)\s+(?:slightly\s+|well\s+|somewhat\s+|modestly\s+|a\s+bit\s+)?(below|under|less\s+than|lower\s+than|short\s+of|above|over|more\s+than|higher\s+than|ahead\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:original|prior|previous|earlier|initial)\s+(?:[\w-]+\s+){0,2}?(?:guidance|outlook|forecast|expectations?|plan|budget|range)\s+(?:range\s+)?(?:of\s+)?(?:about\s+|approximately\s+)?~?$/i;
const REACH = 120;

/** The new level each superseded range stated against implies, beside the range itself. */
export function boundsAgainstEarlier(readings: FigureReading[]): FigureReading[] {
  const out: FigureReading[] = [];
  for (const r of readings) {
    out.push(r);
    if (r.verdict !== "superseded") continue;
    const against = AGAINST_EARLIER.exec(r.sentence.slice(Math.max(0, r.start - REACH), r.start));
    if (against === null) continue;
    const below = /^(?:below|under|less|lower|short)/i.test(against[1] ?? "");
    const edge = below ? (r.low ?? r.high) : (r.high ?? r.low);
    if (edge === null) continue;
    out.push({ ...r, verdict: "guidance", low: below ? null : edge, high: below ? edge : null });
  }
  return out;
}
