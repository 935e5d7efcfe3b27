// What /readyz checks on a running capwatch: the store answers a cheap query and takes alert
// writes, each live source has fresh data, each platform is connected.
import type { ReadinessCheck } from "../bot/http/readiness.js";
import type { SourceHealth } from "../sources/live/staleness.js";
import type { Store } from "../store/store.js";

export interface ReadyParts {
  store: Pick<Store, "ping">;
  /** The engine's alert writer: why the store refuses alert writes, while it does. */
  engine: { readonly storeProblem: string | undefined };
  /** The live sources' freshness; undefined on a replay (no sources to go stale). */
  sources(): SourceHealth[] | undefined;
  /** The platforms started so far. */
  platforms(): { platform: string; problem?(): string | undefined }[];
  now?: () => number;
}

export function readinessChecks(parts: ReadyParts): ReadinessCheck[] {
  const now = parts.now ?? Date.now;
  const checks: ReadinessCheck[] = [
    {
      name: "store",
      async problem() {
        await parts.store.ping();
        const refused = parts.engine.storeProblem;
        return refused === undefined ? undefined : `refuses alert writes: ${refused}`;
      },
    },
  ];
  for (const source of parts.sources() ?? []) checks.push({ name: `source:${source.source}`, problem: () => staleProblem(source, now()) });
  for (const side of parts.platforms()) checks.push({ name: `platform:${side.platform}`, problem: () => side.problem?.() });
  return checks;
}

function staleProblem(source: SourceHealth, nowMs: number): string | undefined {
  if (!source.stale) return undefined;
  const since = source.lastSuccessMs === undefined ? "no fresh data since start" : `last fresh ${Math.round((nowMs - source.lastSuccessMs) / 1000)} s ago`;
  return `stale (${since}${source.lastError ? `; last error: ${source.lastError}` : ""})`;
}
