// Runs replay text through the real engine, store and outbox, collecting what reaches a channel.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReplayJson } from "../../src/alerts/render/replay-json.js";
import type { Alert } from "../../src/alerts/types.js";
import type { Extractor } from "../../src/sources/documents/read-document.js";
import { replayIntoSink } from "../../src/app/replay-session.js";
import { MEMORY_STORE, openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

/** A stand-in extractor for engine tests: "GUIDE FY2026 115e9 135e9" → one statement. */
export const tokenGuidanceReader: Extractor = (text) =>
  [...text.matchAll(/GUIDE (\S+) (\S+) (\S+)/g)].map((m) => ({
    metric: "capex" as const,
    period: m[1] as string,
    low: m[2] === "null" ? null : Number(m[2]),
    high: m[3] === "null" ? null : Number(m[3]),
    currency: "USD",
    text: m[0],
  }));

export function writeReplayFile(lines: Array<object | string>): string {
  const dir = mkdtempSync(join(tmpdir(), "capwatch-replay-"));
  const path = join(dir, "test.jsonl");
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

export interface ReplayOutcome {
  alerts: Record<string, unknown>[];
  raw: Alert[];
  problems: string[];
}

export async function replayThrough(
  path: string,
  options: { store?: Store; reader?: Extractor } = {},
): Promise<ReplayOutcome> {
  const store = options.store ?? (await openStore(MEMORY_STORE));
  const outcome: ReplayOutcome = { alerts: [], raw: [], problems: [] };
  await replayIntoSink(path, store, {
    extract: options.reader ?? tokenGuidanceReader,
    sink: () => ({
      deliver(alert) {
        outcome.raw.push(alert);
        outcome.alerts.push(toReplayJson(alert));
      },
    }),
    onProblem: (p) => outcome.problems.push(`${p.line}: ${p.reason}`),
  });
  if (!options.store) await store.close();
  return outcome;
}
