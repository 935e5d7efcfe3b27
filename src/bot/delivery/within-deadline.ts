// One race of a piece of work against a timer, for every place that gives work a bound and then
// decides what lateness means: a Discord answer defers, a chart is given up, a shutdown step is
// logged and passed. The work itself is never cancelled (it may still finish, or it has no way to
// stop); the caller gets the promise to wait on later, and the timer never outlives the race.

export type Timed<T> = { done: true; value: T } | { done: false; later: Promise<T> };

/**
 * The work's value if it settles within `ms`, else `{ done: false, later }`. A rejection within
 * `ms` rejects. `unref`: the timer alone does not keep the process running (a chart's deadline).
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, options: { unref?: boolean } = {}): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ms);
    if (options.unref) timer.unref();
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === "late" ? { done: false, later: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
