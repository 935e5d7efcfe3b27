// One figure of a text and what the extractor made of it: the working that tests and tuning read,
// and that the sentence, turn and document passes refine.
import type { Verdict } from "./classify.js";
import type { Speaker } from "./types.js";

/** One figure of the text and what the extractor made of it. */
export interface FigureReading {
  sentence: string;
  /** Where the figure stands in its sentence. */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  currency: string | null;
  /** The figure's period; for a figure that cannot be guidance (an estimate aside), the document's year, not read. */
  period: string;
  verdict: Verdict | "ended";
  /** The part of the company a figure is for ("Upstream"); null for the whole company. */
  segment: string | null;
  /** No period was written for the figure (it took the document's year, or a quarter without a year). */
  periodGuessed: boolean;
  /** A multi-year plan's amount per year. */
  perYear: boolean;
  /** The speaker whose turn it is in, for a transcript. */
  speaker: Speaker | null;
  /** The ticker the figure is about; null when the document has no company. */
  company: string | null;
}

