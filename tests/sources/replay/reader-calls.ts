// Everything the replay reader hands on, in order, as text: the tests compare these lists.
import type { MarketEvent } from "../../../src/sources/events.js";
import { readReplay } from "../../../src/sources/replay/read-replay.js";

/** `timed` names a timed event in the list (its time by default). */
export async function readerCalls(path: string, readAheadBytes?: number, timed: (e: MarketEvent & { ts: number }) => string = (e) => String(e.ts)): Promise<string[]> {
  const seen: string[] = [];
  await readReplay(
    path,
    {
      onUntimed: (e, line) => void seen.push(`untimed ${line} ${e.type}`),
      onStart: ({ hasWatchlist }) => void seen.push(`start ${hasWatchlist}`),
      onTimed: (e, line) => void seen.push(`timed ${line} ${timed(e)}`),
      onProblem: (p) => void seen.push(`problem ${p.line} ${p.reason}`),
    },
    readAheadBytes,
  );
  return seen;
}
