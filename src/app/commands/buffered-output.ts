// Output gathered into large writes: one write per alert costs a system call each (a replay
// may print hundreds of thousands). The caller flushes at the end and before reporting a failure.
import { once } from "node:events";

export interface BufferedOutput {
  /** A promise when the stream asks the writer to wait (a full pipe): memory stays bounded. */
  write(text: string): Promise<void> | undefined;
  flush(): Promise<void> | undefined;
}

/** Writes through when `limit` is 0 (a paced replay prints each alert as it happens). */
export function bufferedOutput(stream: NodeJS.WritableStream, limit = 1 << 16): BufferedOutput {
  let pending = "";
  return {
    write(text) {
      pending += text;
      return pending.length >= limit ? this.flush() : undefined;
    },
    flush() {
      if (pending.length === 0) return undefined;
      const accepted = stream.write(pending);
      pending = "";
      return accepted ? undefined : once(stream, "drain").then(() => undefined);
    },
  };
}
