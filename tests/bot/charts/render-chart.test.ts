// The charts are real PNGs of the promised size: checked by their bytes (signature, IHDR), not by eye.
import { describe, expect, it } from "vitest";
import { CHART_HEIGHT, CHART_WIDTH, chartFilename, thinPoints, type LineChart } from "../../../src/bot/charts/chart-spec.js";
import { renderChart } from "../../../src/bot/charts/render-chart.js";
import { pngSize } from "../../helpers/png.js";

const line = (n: number): LineChart => ({
  kind: "line",
  title: "MSFT market cap down -8.64% · level 2",
  subtitle: "Thu Jan 22 – Thu, Jan 29, 2026, 09:30 ET",
  unit: "mcap",
  points: Array.from({ length: n }, (_, i) => ({ ts: i * 300_000, value: 3.5e12 - i * 1e9, label: `p${i}` })),
  reference: { value: 3.58e12, label: "Reference close $3.58T" },
  marker: { index: n - 1, label: "Level 2 crossed" },
});

describe("chart rendering (Chart.js on @napi-rs/canvas)", () => {
  it("GIVEN an alert's line chart THEN it is an 800×400 PNG between 5 KB and 500 KB", async () => {
    const png = await renderChart(line(400));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(500_000);
  });

  it("GIVEN grouped bars with an unknown figure THEN it still draws an 800×400 PNG", async () => {
    const png = await renderChart({ kind: "bars", title: "Capex FY2026", subtitle: "", categories: ["MSFT", "GOOGL"], series: [{ name: "Guidance", values: [150e9, 180e9] }, { name: "Consensus", values: [null, 115e9] }] });
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it("GIVEN thousands of points THEN at most the limit are kept, with the first, the last and the marked one", () => {
    const points = Array.from({ length: 5_000 }, (_, i) => i);
    const { points: kept, kept: marked } = thinPoints(points, 400, 4_321);
    expect(kept.length).toBeLessThanOrEqual(401);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(4_999);
    expect(kept[marked as number]).toBe(4_321);
  });

  it("GIVEN words with spaces and slashes THEN the file name keeps letters, digits, dots and dashes only", () => {
    expect(chartFilename("BRK.B", "mcap drop", "2026-01-29", "../x")).toBe("BRK.B-mcap-drop-2026-01-29-.-x.png");
    expect(chartFilename("/etc/passwd")).toBe("etc-passwd.png");
  });
});
