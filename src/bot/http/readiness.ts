// GET /readyz: whether this instance can do its work now. Each check names one thing it needs (the
// store, a source, a platform) and says what is wrong, or nothing; a check that hangs counts as
// failing after a bound, so a load balancer's probe always gets an answer.
import type { HttpServer } from "./http-server.js";

export interface ReadinessCheck {
  name: string;
  /** What is wrong, or undefined when this part is ready. May throw (counted as the problem). */
  problem(): string | undefined | Promise<string | undefined>;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  problem?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: CheckResult[];
}

export const READYZ_PATH = "/readyz";
const CHECK_TIMEOUT_MS = 2_000;

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function checkReadiness(checks: ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map((check) => runOne(check, timeoutMs)));
  return { ready: results.every((r) => r.ok), checks: results };
}

async function runOne(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs)));
  try {
    const problem = await Promise.race([Promise.resolve().then(() => check.problem()), timeout]);
    return problem === undefined ? { name: check.name, ok: true } : { name: check.name, ok: false, problem };
  } catch (error) {
    return { name: check.name, ok: false, problem: (error as Error).message || String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /readyz: 200 with every check when all pass, else 503 with the failing ones. */
export function serveReadiness(http: HttpServer, checks: () => ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): void {
  http.route("GET", READYZ_PATH, async (_req, res) => {
    const report = await checkReadiness(checks(), timeoutMs);
    const body = report.ready ? report : { ready: false, failing: report.checks.filter((c) => !c.ok) };
    res.writeHead(report.ready ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
}
