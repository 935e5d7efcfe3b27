// A local HTTP server on 127.0.0.1:0 that serves recorded provider responses by path, so the
// tests run the real clients end to end.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status?: number;
  body: string;
  headers?: Record<string, string>;
  /** Milliseconds before answering (timeouts). */
  delayMs?: number;
}

export type Route = Reply | ((req: IncomingMessage, hit: number) => Reply);

export interface FakeServer {
  url: string;
  /** Requests per path (query stripped). */
  hits: Map<string, number>;
  requests: Array<{ path: string; headers: IncomingMessage["headers"]; at: number }>;
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/** The environment that points every live provider at `url` (Finnhub under /finnhub, Yahoo's headline RSS under /rss/2.0/headline). */
export function providerEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return { CAPWATCH_CONTACT: "ops@example.com", SEC_BASE_URL: url, SEC_DATA_URL: url, FINNHUB_BASE_URL: `${url}/finnhub`, NASDAQ_BASE_URL: url, YAHOO_RSS_URL: `${url}/rss/2.0/headline`, FINNHUB_API_KEY: "k", ...extra };
}

export const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/providers/${name}`, import.meta.url), "utf8");

/** Recorded answers of every provider for AAPL (SEC under Apple's CIK, Finnhub under /finnhub). */
export function everyProviderAnswering(): Record<string, Route> {
  return {
    "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
    "/submissions/CIK0000320193.json": { body: fixture("sec/submissions_TSLA_trimmed.json") },
    "/api/xbrl/companyfacts/CIK0000320193.json": { body: fixture("sec/companyfacts_SNOW_trimmed.json") },
    "/finnhub/quote": { body: fixture("finnhub/quote_AAPL.json") },
    "/finnhub/stock/profile2": { body: "{}" },
    "/finnhub/calendar/earnings": { body: fixture("finnhub/calendar_earnings_AAPL_reported.json") },
    "/finnhub/company-news": { body: "[]" },
  };
}

export async function startFakeServer(routes: Record<string, Route> = {}): Promise<FakeServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const hits = new Map<string, number>();
  const requests: FakeServer["requests"] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    requests.push({ path, headers: req.headers, at: Date.now() });
    const route = table.get(path);
    const reply: Reply = route === undefined ? { status: 404, body: "not found" } : typeof route === "function" ? route(req, hit) : route;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    requests,
    route: (path, route) => table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
