// `npm start` with CAPWATCH_INGEST_SECRET: after its replay it keeps serving POST /ingest/documents,
// and a signed call transcript pushed to it is printed as the alert in the terminal's channel.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { signBody } from "../../src/sources/ingest/signature.js";
import { freePort } from "../helpers/free-port.js";
import { writeReplayFile } from "../helpers/desk.js";
import { JASSY, SECRET, SETUP_LINES } from "../sources/ingest/ingest-helpers.js";

let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  child?.kill("SIGKILL");
});

describe("npm start taking pushed documents", () => {
  it("GIVEN CAPWATCH_INGEST_SECRET and PORT THEN a signed transcript raises the alert; a forged one is refused", async () => {
    const port = await freePort();
    let out = "";
    child = spawn(process.execPath, ["dist/main.js"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CAPWATCH_INGEST_SECRET: SECRET, PORT: String(port), CAPWATCH_REPLAY_FILE: writeReplayFile(SETUP_LINES), CAPWATCH_REPLAY_SPEED: "max" },
    });
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    const waitFor = async (what: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (what()) return;
      throw new Error(`timed out; output so far:\n${out}`);
    };
    await waitFor(() => out.includes("still serving pushed documents"), 15_000);
    expect(out).toContain(`accepting signed pushed documents on POST /ingest/documents (HTTP on port ${port})`);

    const url = `http://127.0.0.1:${port}/ingest/documents`;
    const body = JSON.stringify(JASSY);
    const ts = Math.floor(Date.now() / 1000);
    const forged = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-capwatch-timestamp": String(ts), "x-capwatch-signature": signBody("not-the-secret-at-all", ts, body) } });
    expect(forged.status).toBe(401);
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-capwatch-timestamp": String(ts), "x-capwatch-signature": signBody(SECRET, ts, body) } });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0 });
    await waitFor(() => out.includes("CAPEX GUIDANCE · AMZN FY2026"), 5_000);
    expect(out).toContain("— in Amazon's Q4 call, Andy Jassy (CEO)");
    expect(out.match(/CAPEX GUIDANCE/g)).toHaveLength(1);
  });
});
