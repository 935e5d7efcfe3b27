// SIGTERM and SIGINT stop `npm start` cleanly in every mode, even with stdin still open: sources
// stop, deliveries finish, the engine's state is saved and the store is closed; exit 0.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { freePort } from "../helpers/free-port.js";
import { everyProviderAnswering, providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

let server: FakeServer | undefined;
afterAll(async () => server?.close());

/** `node dist/main.js` with a piped stdin that stays open (as under a supervisor). */
function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number, what: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  throw new Error(`timed out; output:\n${what()}`);
}

describe("graceful shutdown of npm start", () => {
  it("GIVEN live on a SQLite store, stdin open, a watch added THEN SIGTERM exits 0, the store is closed cleanly (no WAL left) and reopens with the watch", async () => {
    server = await startFakeServer(everyProviderAnswering());
    const store = join(mkdtempSync(join(tmpdir(), "capwatch-stop-")), "capwatch.db");
    const port = await freePort();
    const run = start(providerEnv(server.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: store, PORT: String(port) }));
    run.child.stdin.write("watch add NVDA\n");
    await until(() => run.output().includes("#terminal now watches NVDA."), 20_000, run.output);
    await until(() => (server!.hits.get("/finnhub/quote") ?? 0) > 0, 20_000, run.output);

    // Live, /readyz lists the store and each source that has answered, all ready.
    let ready: { status: number; body: { ready: boolean; checks: { name: string; ok: boolean }[] } } | undefined;
    for (let i = 0; i < 100 && !ready?.body.checks.some((c) => c.name === "source:finnhub"); i++) {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      ready = { status: res.status, body: (await res.json()) as NonNullable<typeof ready>["body"] };
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready?.status).toBe(200);
    expect(ready?.body.checks[0]).toEqual({ name: "store", ok: true });
    expect(ready?.body.checks).toContainEqual({ name: "source:finnhub", ok: true });
    const started = Date.now();
    run.child.kill("SIGTERM");
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.output()).toContain("capwatch: stopping: sources, then deliveries in flight, then the engine's state and the store");
    expect(run.output()).not.toContain("shutdown:"); // no step late or failed
    expect(existsSync(`${store}-wal`)).toBe(false); // SQLite checkpoints and removes its WAL on a clean close

    const reopened = await openStore(store);
    const state = await reopened.loadEngineState();
    expect(state.watchlists).toEqual([expect.objectContaining({ channel: "#terminal", platform: "terminal", tickers: ["NVDA"] })]);
    await reopened.close();
  }, 60_000);

  it.each(["SIGTERM", "SIGINT"] as const)("GIVEN a slow replay mid-episode, stdin open THEN %s stops it and exits 0", async (signal) => {
    const run = start({ CAPWATCH_REPLAY_SPEED: "60" });
    await until(() => run.output().includes("capwatch: REPLAY of"), 20_000, run.output);
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).not.toContain("replay finished");
  }, 60_000);
});
