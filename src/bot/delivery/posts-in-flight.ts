// At most `limit` posts of one platform under way at once. A fan-out hands every channel its own
// worker at once; unbounded, 500 Slack posts went out together and their answers (each a fetch,
// its streams, its promises) held the event loop for 100–250 ms at a time (a timer in the load
// bench's instance, not kept, saw it), which the Discord pacer's timers waited behind: its half
// of the fan-out fell from 48 to 15–27 posts a second for two seconds (the load bench's
// `fanout.discord_posts_per_second`). Bounded, the Discord half keeps its pace.
export class PostsInFlight {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Runs `post` once fewer than `limit` are running, in the order asked. */
  async run<T>(post: () => T | Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await post();
    } finally {
      // The freed place passes straight to the next waiting post (the count stays as it is).
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.running--;
    }
  }
}
