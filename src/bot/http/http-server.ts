// The one HTTP server on PORT: Slack's HTTP receiver and OAuth, Discord's interactions endpoint,
// health (/healthz: the process is up), readiness (/readyz, readiness.ts) and metrics (/metrics, registered by the app). Each adapter registers its paths; everything else is a 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The routes every server has for operators; alone they do not make the server listen. */
const OPERATIONS_ROUTES = new Set(["GET /healthz", "GET /readyz", "GET /metrics"]);

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private server: Server | undefined;

  constructor(private readonly log: (message: string) => void = () => undefined) {
    this.route("GET", "/healthz", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    });
  }

  /** Registers `handler` for exact `method` and `path` (the query string is ignored). */
  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
  }

  /** Whether any route beyond health, readiness and metrics is registered (a platform or ingest needs the server). */
  get hasRoutes(): boolean {
    return [...this.routes.keys()].some((key) => !OPERATIONS_ROUTES.has(key));
  }

  /** Starts listening; resolves with the port (useful with port 0 in tests). */
  listen(port: number, host = "0.0.0.0"): Promise<number> {
    const server = createServer((req, res) => void this.dispatch(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0] as string;
    const handler = this.routes.get(`${(req.method ?? "GET").toUpperCase()} ${path}`);
    if (handler === undefined) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: `no route for ${req.method} ${path}` }));
      return;
    }
    try {
      await handler(req, res);
    } catch (error) {
      this.log(`http ${req.method} ${path}: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      if (!res.writableEnded) res.end(JSON.stringify({ error: "internal error" }));
    }
  }
}
