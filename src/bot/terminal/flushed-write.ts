// An alert printed to the terminal counts as delivered only once its text has left capwatch:
// the stream's write callback has fired (the chunk was handed to the terminal, file or pipe) and,
// when the stream's buffer was full (a slow reader at the other end of `npm start | tee`), it has
// drained. Until then the outbox keeps the alert, so a crash prints it again rather than lose it.
import { once } from "node:events";

export function writeFlushed(stream: NodeJS.WritableStream, text: string): Promise<void> {
  let full = false;
  const written = new Promise<void>((resolve, reject) => {
    full = !stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
  // 'drain' is emitted before the write callback runs, so it is listened for at once.
  return full ? Promise.all([written, once(stream, "drain")]).then(() => undefined) : written;
}
