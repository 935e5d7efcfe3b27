// Waiting that a shutdown can cut short; tests pass their own, which moves a manual clock.
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error("aborted"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    // The listener goes when the wait ends: left on the delivery loop's signal, which lives as long
    // as the process, every paced post and retry added one for good (Node warned of a leak at 11).
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
