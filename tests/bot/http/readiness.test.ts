import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../../src/bot/http/http-server.js";
import { checkReadiness, serveReadiness, type ReadinessCheck } from "../../../src/bot/http/readiness.js";

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok = (name: string): ReadinessCheck => ({ name, problem: () => undefined });
const failing = (name: string, why: string): ReadinessCheck => ({ name, problem: () => why });

describe("readiness checks", () => {
  it("GIVEN every check passing THEN ready, each listed as ok", async () => {
    expect(await checkReadiness([ok("store"), ok("platform:slack")])).toEqual({ ready: true, checks: [{ name: "store", ok: true }, { name: "platform:slack", ok: true }] });
  });

  it("GIVEN a check that reports, one that throws and one that hangs THEN each fails with its reason, the hung one after the bound", async () => {
    const started = Date.now();
    const report = await checkReadiness(
      [
        ok("store"),
        failing("source:sec", "stale"),
        { name: "platform:discord", problem: () => Promise.reject(new Error("gateway closed")) },
        { name: "slow", problem: () => new Promise<undefined>(() => undefined) },
      ],
      100,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(report).toEqual({
      ready: false,
      checks: [
        { name: "store", ok: true },
        { name: "source:sec", ok: false, problem: "stale" },
        { name: "platform:discord", ok: false, problem: "gateway closed" },
        { name: "slow", ok: false, problem: "no answer within 100 ms" },
      ],
    });
  });

  it("GIVEN GET /readyz THEN 200 with every check when ready, 503 with only the failing ones when not; /healthz answers either way", async () => {
    let checks = [ok("store"), ok("source:finnhub")];
    server = new HttpServer();
    serveReadiness(server, () => checks);
    expect(server.hasRoutes).toBe(false); // health alone does not make a platform's server
    const base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: [{ name: "store", ok: true }, { name: "source:finnhub", ok: true }] });

    checks = [ok("store"), failing("source:finnhub", "stale (last fresh 900 s ago)")];
    const unready = await fetch(`${base}/readyz`);
    expect(unready.status).toBe(503);
    expect(await unready.json()).toEqual({ ready: false, failing: [{ name: "source:finnhub", ok: false, problem: "stale (last fresh 900 s ago)" }] });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
