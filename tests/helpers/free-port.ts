// A TCP port on 127.0.0.1 that nothing listens on right now, for a child process's PORT.
import { createServer } from "node:net";

export const freePort = (): Promise<number> =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
