// The daily recap on live data: at 16:15 US/Eastern of each NYSE trading day (the market kernel
// decides which days), on the instance that leads. A replay runs it at the replay's clock instead
// (run-replay.ts); both ask the engine for the same recap.
import { nextRecapAfter } from "../alerts/daily-recap.js";

export interface RecapScheduleOptions {
  now: () => number;
  log: (line: string) => void;
  /** Tests pass their own timer; the default is setTimeout. */
  setTimer?: (run: () => void, ms: number) => { clear(): void };
}

const realTimer = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  handle.unref();
  return { clear: () => clearTimeout(handle) };
};

/** Schedules the recap for every trading day until the returned stop is called. */
export function startRecapSchedule(engine: { runDailyRecap(atMs: number): Promise<void> | undefined }, options: RecapScheduleOptions): () => void {
  const setTimer = options.setTimer ?? realTimer;
  let timer: { clear(): void } | undefined;
  let stopped = false;
  const plan = () => {
    if (stopped) return;
    const at = nextRecapAfter(options.now());
    timer = setTimer(() => void run(at), Math.max(0, at - options.now()));
  };
  const run = async (at: number) => {
    try {
      await engine.runDailyRecap(at);
    } catch (error) {
      options.log(`daily recap: ${(error as Error).message}`);
    }
    plan();
  };
  plan();
  return () => {
    stopped = true;
    timer?.clear();
  };
}
