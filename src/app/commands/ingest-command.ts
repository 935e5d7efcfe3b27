// `capwatch ingest FILE|- [--store PATH]`: pushed documents from a shell, into the configured store
// through the same source edge, engine and outbox as POST /ingest/documents. Alerts raised wait in
// the outbox for the bot to deliver them.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { renderAlertText } from "../../alerts/render/text.js";
import type { Alert } from "../../alerts/types.js";
import type { CommandIo } from "./io.js";
import { ConfigError, loadConfig } from "../../config/config.js";
import { StoreLocationError } from "../../store/open-store.js";
import type { Extractor } from "../../sources/documents/read-document.js";
import { readDocumentInput } from "../../sources/ingest/document-input.js";
import { documentIngester, type DocumentOutcome } from "../../sources/ingest/ingest-documents.js";
import { MAX_DOCUMENTS } from "../../sources/ingest/pushed-documents.js";
import { openDesk, type OpenDesk } from "../desk.js";

export const INGEST_USAGE = `usage: capwatch ingest FILE|- [--store PATH]
  FILE          documents (type "document" of docs/replay-format.md) as a JSON array or JSON Lines; - reads stdin
  --store PATH  the store to ingest into (default: CAPWATCH_STORE, else ./data/capwatch.db)
a document seen before (same ticker and url, or same text) is a duplicate and raises nothing`;

export interface IngestCommandDeps {
  env?: NodeJS.ProcessEnv;
  /** The real extractor unless a test injects one. */
  extract?: Extractor;
}

export async function ingestCommand(args: string[], io: CommandIo, deps: IngestCommandDeps = {}): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`capwatch ingest: ${message}\n${INGEST_USAGE}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { store: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return fail((error as Error).message);
  }
  if (parsed.values.help) {
    io.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) return fail(file === undefined ? "name the file to read, or - for stdin" : "one file at a time");
  let location = parsed.values.store;
  if (location === undefined) {
    try {
      location = loadConfig(deps.env ?? process.env, { interactive: false }).store;
    } catch (error) {
      if (error instanceof ConfigError) return fail(`configuration error: ${error.message}`);
      throw error;
    }
  }
  const name = file === "-" ? "stdin" : file;
  let text: string;
  try {
    text = file === "-" ? await readAll(io.stdin) : await readFile(file, "utf8");
  } catch (error) {
    io.stderr.write(`capwatch ingest: cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  const input = readDocumentInput(text);
  if ("unreadable" in input) {
    io.stderr.write(`capwatch ingest: cannot read ${name}: ${input.unreadable}\n`);
    return 2;
  }

  // No sink: the alerts wait in the store's outbox for `npm start` to deliver.
  let desk: OpenDesk;
  try {
    desk = await openDesk({ store: location });
  } catch (error) {
    if (!(error instanceof StoreLocationError)) throw error;
    io.stderr.write(`capwatch ingest: store: ${error.message}\n`);
    return 2;
  }
  const { store, engine } = desk;
  try {
    const raised: Alert[] = [];
    engine.onAlertsRecorded((alerts) => void raised.push(...alerts));
    const items = input.items.flatMap((i) => ("document" in i ? [i] : []));
    for (const i of input.items) if ("reason" in i) io.stderr.write(`${name}:${i.line}: ${i.reason}\n`);
    const ingest = documentIngester({ engine, store, extract: deps.extract });
    const result = { accepted: 0, duplicates: 0, outcomes: [] as DocumentOutcome[] };
    // In pushes' sizes, so a long file never outgrows one statement's parameters.
    for (let at = 0; at < items.length; at += MAX_DOCUMENTS) {
      const part = await ingest(items.slice(at, at + MAX_DOCUMENTS).map((i) => i.document));
      result.accepted += part.accepted;
      result.duplicates += part.duplicates;
      result.outcomes.push(...part.outcomes);
    }
    items.forEach((i, n) => {
      const outcome = result.outcomes[n] === "accepted" ? "accepted " : "duplicate";
      io.stdout.write(`${name}:${i.line}: ${outcome} ${i.document.ticker}${i.document.kind ? ` ${i.document.kind}` : ""}${i.document.title ? ` “${i.document.title}”` : ""}\n`);
    });
    const skipped = input.items.length - items.length;
    const summary = [`${result.accepted} accepted`, `${result.duplicates} duplicate${result.duplicates === 1 ? "" : "s"}`, ...(skipped > 0 ? [`${skipped} skipped`] : [])];
    io.stdout.write(`capwatch ingest: ${summary.join(", ")}, into ${location}; ${raised.length} alert${raised.length === 1 ? "" : "s"} queued for delivery${raised.length > 0 ? ":" : "."}\n`);
    for (const alert of raised) io.stdout.write(`\n${renderAlertText(alert, (t) => engine.market.companyName(t))}\n`);
    await engine.checkpoint();
    return 0;
  } finally {
    await desk.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
