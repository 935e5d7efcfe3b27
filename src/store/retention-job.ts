// Pruning in the background of a long-running bot: once soon after start, then every few hours.
// A failed prune is logged and tried again at the next turn; it never stops the bot.
import type { PruneCounts, RetentionPolicy } from "./retention.js";

export interface PrunableStore {
  prune(now: Date, policy: RetentionPolicy): Promise<PruneCounts>;
}

const FIRST_RUN_MS = 60_000;
const EVERY_MS = 6 * 3_600_000;

export function startRetention(store: PrunableStore, policy: RetentionPolicy, log: (line: string) => void, clock: () => Date = () => new Date()): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const counts = await store.prune(clock(), policy);
      const gone = Object.entries(counts).filter(([, n]) => n > 0);
      if (gone.length > 0) log(`retention: pruned ${gone.map(([what, n]) => `${n} ${what}`).join(", ")}`);
    } catch (error) {
      log(`retention: pruning failed (${(error as Error).message}); trying again in ${EVERY_MS / 3_600_000} h`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, FIRST_RUN_MS);
  const every = setInterval(run, EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
