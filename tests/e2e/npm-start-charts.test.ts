// npm start shows charts as files: each market-cap alert's PNG and the `chart` answer's, written to
// CAPWATCH_CHART_DIR, their paths printed under the alert or the answer.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pngSize } from "../helpers/png.js";

const dir = mkdtempSync(join(tmpdir(), "capwatch-chart-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start with CAPWATCH_CHART_DIR", () => {
  const run = spawnSync(process.execPath, ["dist/main.js"], { input: "chart MSFT\n", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_SPEED: "", CAPWATCH_CHART_DIR: dir }, timeout: 90_000 });

  it("GIVEN the bundled episode THEN each market-cap alert is followed by its chart's path, a PNG of 800×400 in that directory", () => {
    expect(run.status).toBe(0);
    const out = run.stdout;
    const alerts = out.match(/MARKET-CAP (DROP|GAIN) · /g) ?? [];
    const charts = [...out.matchAll(/ {2}chart \(\w+ (?:market cap|price), \w{3}, [^)]+ to [^)]+\):\n {4}(\S+\.png)\n/g)].map((m) => m[1] as string);
    expect(alerts.length).toBeGreaterThan(5);
    expect(charts).toHaveLength(alerts.length);
    for (const path of charts) {
      expect(path.startsWith(`${dir}/`)).toBe(true);
      expect(pngSize(readFileSync(path))).toEqual({ width: 800, height: 400 });
    }
    // The chart comes right after its alert's text, before the next alert.
    const msft = out.indexOf("09:30 ET · MARKET-CAP DROP · MSFT · level 2");
    expect(out.slice(msft).search(/chart \(MSFT market cap/)).toBeLessThan(out.slice(msft + 1).search(/\[#markets\]/) + 1);
  });

  it("GIVEN chart MSFT piped in THEN the answer and the path of its PNG", () => {
    const answer = run.stdout.slice(run.stdout.indexOf("> chart MSFT"));
    expect(answer).toMatch(/^> chart MSFT\nChart: MSFT · Microsoft · 5d/);
    expect(answer).toContain(`  chart (MSFT price, 5d):\n    ${join(dir, "MSFT-5d-2026-02-13.png")}\n`);
    expect(readdirSync(dir)).toContain("MSFT-5d-2026-02-13.png");
  });
});
