// A local incoming-webhook server on 127.0.0.1 (port chosen by the OS): each path is one channel's
// webhook and answers as its script says, one answer per post, the last one repeated.
import { createServer, type Server } from "node:http";

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | "hang";

export interface ReceivedPost {
  path: string;
  body: unknown;
  contentType: string | undefined;
}

export interface FakeWebhooks {
  url(path: string): string;
  received: ReceivedPost[];
  postsTo(path: string): ReceivedPost[];
  close(): Promise<void>;
}

export async function fakeWebhooks(scripts: Record<string, Answer[]>): Promise<FakeWebhooks> {
  const received: ReceivedPost[] = [];
  const count = new Map<string, number>();
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), contentType: req.headers["content-type"] });
      const script = scripts[path] ?? [{ status: 404, body: "no_service" }];
      const n = count.get(path) ?? 0;
      count.set(path, n + 1);
      const answer = script[Math.min(n, script.length - 1)] as Answer;
      if (answer === "hang") return void hanging.add(res);
      res.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers }).end(answer.body ?? "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    postsTo: (path) => received.filter((r) => r.path === path),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `done` holds (a delivery loop works in the background); fails after `ms`. */
export async function waitFor(done: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error("waited too long");
    await new Promise((r) => setTimeout(r, 20));
  }
}
