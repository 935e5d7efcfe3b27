// /healthz, /readyz and /metrics on `npm start`: a replay in a terminal opens the HTTP server only when PORT is set.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";

function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, CAPWATCH_REPLAY_SPEED: "", ...env } });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number, what: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  throw new Error(`timed out; output:\n${what()}`);
}

describe("npm start's health endpoints", () => {
  it("GIVEN PORT set on a replay THEN /healthz answers ok and /readyz lists the store check as ready; stdin ending still exits 0", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port) });
    await until(() => run.output().includes("replay finished"), 30_000, run.output);
    expect(run.output()).toContain(`capwatch: health on http://localhost:${port}/healthz, readiness on /readyz.`);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: [{ name: "store", ok: true }] });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^capwatch_alerts_delivered_total\{kind="mcap_drop",platform="terminal"\} [1-9]/m);
    expect(metrics).toMatch(/^capwatch_outbox_depth 0$/m);
    expect(metrics).toMatch(/^capwatch_process_resident_memory_bytes [1-9]/m);
    run.child.stdin.end();
    expect(await run.exited).toBe(0);
  }, 60_000);

  it("GIVEN no PORT on a replay THEN no HTTP server is opened", async () => {
    const run = start({ PORT: "" });
    run.child.stdin.end();
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain("health on");
  }, 60_000);
});
