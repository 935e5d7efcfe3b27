// What a `document` becomes at the source edge: guidance statements, each carrying where its words
// come from. The engine sees these, never the document's text.
import type { DocumentKind, Speaker, Voice } from "../guidance/types.js";
import type { DocumentEvent, MarketEvent } from "../events.js";

/** Where a statement's words come from, as the alert and `capex` show it. */
export interface Provenance {
  /** The document's kind; null when the source did not say. */
  kind: DocumentKind | null;
  url: string | null;
  title: string | null;
  voice: Voice;
  speaker: Speaker | null;
  /** One short phrase for readers: "in Amazon's Q4 call, Andy Jassy (CEO)". */
  said: string;
}

/** One guided figure of a document, with its provenance. */
export interface SourcedStatement {
  /** `FY2026`, `Q1-2026`, `H1-2026` or `FY2026-FY2030`. */
  period: string;
  low: number | null;
  high: number | null;
  currency: string;
  /** The sentence it was read from. */
  sentence: string;
  /** A part of a stated total: kept and shown, never alerted on, never the total's prior guidance. */
  segment?: string;
  /** "year": the amount is per year of a multi-year plan, not its total. */
  per?: "year";
  provenance: Provenance;
}

/** A consensus the document reports ("analysts had expected $146.6 billion"), with where it comes from. */
export interface SourcedConsensus {
  period: string;
  value: number;
  currency: string;
  sentence: string;
  /** "FactSet consensus as reported by the news (Reuters), 2026-02-05". */
  source: string;
}

/** Internal only (not a replay line): the guidance a document gave, for the engine. */
export interface GuidanceEvent {
  type: "guidance";
  ts: number;
  ticker: string;
  statements: SourcedStatement[];
  /** Consensus figures read from the same text; used where no one recorded a consensus. */
  consensus?: SourcedConsensus[];
}

/** What the engine handles: every market event, with documents already read into guidance. */
export type EngineEvent = Exclude<MarketEvent, DocumentEvent> | GuidanceEvent;
