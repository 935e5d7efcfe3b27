// Output gathered into large writes: one write per alert costs a system call each (a replay
// may print hundreds of thousands). The caller flushes at the end and before reporting a failure.

export interface BufferedOutput {
  write(text: string): void;
  flush(): void;
}

/** Writes through when `limit` is 0 (a paced replay prints each alert as it happens). */
export function bufferedOutput(stream: NodeJS.WritableStream, limit = 1 << 16): BufferedOutput {
  let pending = "";
  return {
    write(text) {
      pending += text;
      if (pending.length >= limit) this.flush();
    },
    flush() {
      if (pending.length === 0) return;
      stream.write(pending);
      pending = "";
    },
  };
}
