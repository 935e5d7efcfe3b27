// Pushed documents into the engine through the same source edge as replay and live documents:
// each new one is read into guidance statements and handled; one seen before (by ticker + url,
// or ticker + text) is a duplicate and changes nothing.
import type { EngineEvent } from "../documents/guidance-event.js";
import { sourceEdge, type Extractor, type KnownCompanies } from "../documents/read-document.js";
import type { DocumentEvent } from "../events.js";
import { documentKey } from "./pushed-documents.js";

export type DocumentOutcome = "accepted" | "duplicate";

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** One per document, in order. */
  outcomes: DocumentOutcome[];
}

/** Where pushed documents go, in sources' own types (app passes the engine). */
export interface IngestEngine {
  /** The companies known so far, for reading documents at the source edge. */
  market: KnownCompanies;
  handle(event: EngineEvent): Promise<void> | undefined;
  /** Waits until every event handled so far is applied (its alerts in the outbox). */
  flush(): Promise<void>;
}

/** Which documents were seen before (app passes the store): claimed keys are new; released ones can come again. */
export interface DocumentClaims {
  claimDocuments(documents: Array<{ key: string; ticker: string; url?: string }>): Promise<Set<string>>;
  releaseDocuments(keys: string[]): Promise<void>;
}

export interface IngestTarget {
  engine: IngestEngine;
  store: DocumentClaims;
  /** The real extractor unless a test injects one. */
  extract?: Extractor;
}

export type Ingest = (documents: DocumentEvent[]) => Promise<IngestResult>;

/**
 * An ingest function for one engine. Calls run one after another, so two pushes never interleave
 * their documents; each returns once its alerts are in the outbox.
 */
export function documentIngester(target: IngestTarget): Ingest {
  const edge = sourceEdge(target.engine.market, target.extract);
  let queue: Promise<unknown> = Promise.resolve();
  return (documents) => {
    const run = queue.then(() => ingestInOrder(documents, target, edge));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function ingestInOrder(documents: DocumentEvent[], { engine, store }: IngestTarget, edge: ReturnType<typeof sourceEdge>): Promise<IngestResult> {
  const keys = documents.map((d) => documentKey(d));
  const claimed = await store.claimDocuments(documents.map((d, i) => ({ key: keys[i] as string, ticker: d.ticker, ...(d.url ? { url: d.url } : {}) })));
  const pending = new Set(claimed);
  const outcomes: DocumentOutcome[] = [];
  try {
    for (const [i, document] of documents.entries()) {
      const key = keys[i] as string;
      // The first of a key in this push is taken; a repeat of it, or a key seen before, is not.
      if (!pending.delete(key)) {
        outcomes.push("duplicate");
        continue;
      }
      try {
        await engine.handle(edge(document));
      } catch (error) {
        pending.add(key);
        throw error;
      }
      outcomes.push("accepted");
    }
    await engine.flush();
  } catch (error) {
    // Documents not applied can be pushed again.
    await store.releaseDocuments([...pending]);
    throw error;
  }
  const accepted = outcomes.filter((o) => o === "accepted").length;
  return { accepted, duplicates: outcomes.length - accepted, outcomes };
}
