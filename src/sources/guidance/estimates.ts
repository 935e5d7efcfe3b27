// Consensus figures in the same text as guidance: "analysts had expected $146.6 billion", "versus
// a consensus of $38.2 billion", "the Visible Alpha consensus of $X". They are someone else's
// estimate (never guidance), but where no one recorded a consensus they are the expectation a
// surprise is measured against. One bank's forecast is not a consensus and is left out.
import { explainCapexGuidance } from "./extract.js";
import type { ExtractionContext } from "./types.js";

export interface ConsensusStatement {
  period: string;
  /** The midpoint of a range, or its one bound. */
  value: number;
  currency: string;
  /** A data provider named for it ("FactSet", "Visible Alpha"); null when the text names none. */
  provider: string | null;
  text: string;
}

const PROVIDER = /\b(FactSet|LSEG|Refinitiv|Visible\s+Alpha|StreetAccount|Zacks|S&P\s+Global\s+Market\s+Intelligence|Capital\s+IQ|Bloomberg|Consensus\s+Metrix|Vara\s+Research)\b/i;
// Consensus words: several analysts, the Street, a consensus or a data provider's average.
const CONSENSUS =
  /\b(?:consensus|analysts['’]?(?!\s+at\b)|(?:Wall\s+)?Street(?!\s+Journal)|average\s+(?:analyst\s+)?estimate|estimates?\s+compiled|polled|surveyed|FactSet|LSEG|Refinitiv|Visible\s+Alpha|StreetAccount|Zacks|expected\s+by\s+analysts)\b/i;
const WINDOW = 120;
const NEAR = 40;

/** The consensus figures the document gives for its company's capex, one per period (the first). */
export function extractCapexConsensus(text: string, ctx: ExtractionContext): ConsensusStatement[] {
  const out: ConsensusStatement[] = [];
  const seen = new Set<string>();
  for (const r of explainCapexGuidance(text, ctx, true)) {
    if (r.currency === null || (r.company !== null && r.company !== ctx.company?.ticker) || seen.has(r.period)) continue;
    const around = r.sentence.slice(Math.max(0, r.start - WINDOW), Math.min(r.sentence.length, r.end + WINDOW));
    // "versus a FactSet consensus of $X" reads as a comparison first: the consensus word right before it decides.
    const named = r.verdict === "compared" && CONSENSUS.test(r.sentence.slice(Math.max(0, r.start - NEAR), r.start));
    if (!(r.verdict === "estimate" && CONSENSUS.test(around)) && !named) continue;
    const value = r.low !== null && r.high !== null ? (r.low + r.high) / 2 : (r.low ?? r.high);
    if (value === null) continue;
    seen.add(r.period);
    const provider = PROVIDER.exec(around)?.[1]?.replace(/\s+/g, " ") ?? null;
    out.push({ period: r.period, value, currency: r.currency, provider, text: r.sentence });
  }
  return out;
}
