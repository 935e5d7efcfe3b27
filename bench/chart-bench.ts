// Charts: the two in-process renderers of issue 15 drawing the same charts (an alert's six trading
// days, a month, the capex bars), each in a fresh process so its peak RSS is its own; ms per chart
// (the first, which loads the libraries, apart) and the installed size of each with its
// dependencies. The loser is not in package.json; it is measured when installed by hand.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BarChart, ChartSpec, LineChart } from "../src/bot/charts/chart-spec.js";
import { renderChart } from "../src/bot/charts/render-chart.js";
import { loadVega, renderVega } from "./chart-vega.js";

export const CHART_LIBRARIES = {
  canvas: ["@napi-rs/canvas", "chart.js"],
  vega: ["vega", "vega-lite", "@resvg/resvg-js"],
} as const;

export type ChartLibrary = keyof typeof CHART_LIBRARIES;

const RUNS = 30;

function sampleLine(points: number): LineChart {
  const start = Date.parse("2026-01-22T14:30:00Z");
  const values = Array.from({ length: points }, (_, i) => ({ ts: start + i * 300_000, value: 3.5e12 * (1 - 0.1 * (i / points) + 0.01 * Math.sin(i / 7)), label: `Jan ${22 + Math.floor(i / 78)}` }));
  return {
    kind: "line", title: "MSFT market cap · Thu, Jan 22 – Thu, Jan 29, 2026", subtitle: "five-minute closes · source: bench", unit: "mcap",
    points: values, reference: { value: 3.58e12, label: "Reference close $3.58T" }, marker: { index: points - 3, label: "Level 2 crossed, 09:30 ET" },
  };
}

const BARS: BarChart = {
  kind: "bars", title: "Capex FY2026: MSFT GOOGL AMZN META", subtitle: "guidance midpoint, prior-year actual, consensus", categories: ["MSFT", "GOOGL", "AMZN", "META"],
  series: [
    { name: "Guidance", values: [150e9, 180e9, 200e9, 125e9] },
    { name: "Prior-year actual", values: [88e9, 91.4e9, 131e9, 72.2e9] },
    { name: "Consensus", values: [null, 115.3e9, 146.6e9, 110.7e9] },
  ],
};

const SPECS: ChartSpec[] = [sampleLine(6 * 78), sampleLine(400), BARS];

/** Child mode: draws RUNS charts with one library and prints its figures as one JSON line. */
export async function chartChild(library: ChartLibrary): Promise<void> {
  let render: (spec: ChartSpec) => Promise<Buffer>;
  const loadStart = performance.now();
  if (library === "vega") {
    const libs = await loadVega();
    if (libs === undefined) return void process.stdout.write(`${JSON.stringify({ installed: false })}\n`);
    render = (spec) => renderVega(libs, spec);
  } else render = renderChart;
  const first = await render(SPECS[0] as ChartSpec);
  const firstMs = performance.now() - loadStart;
  const times: number[] = [];
  let bytes = first.length;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const png = await render(SPECS[i % SPECS.length] as ChartSpec);
    times.push(performance.now() - t);
    bytes = Math.max(bytes, png.length);
  }
  times.sort((a, b) => a - b);
  const usage = process.resourceUsage();
  const result = { installed: true, first_ms: firstMs, median_ms: times[Math.floor(times.length / 2)], max_ms: times[times.length - 1], charts: RUNS, largest_png_kb: bytes / 1024, peak_rss_mb: usage.maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The installed size of the packages and everything they depend on (each package counted once). */
export function installedMb(roots: readonly string[], nodeModules = "node_modules"): number | null {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (name: string): boolean => {
    if (seen.has(name)) return true;
    const dir = join(nodeModules, name);
    if (!existsSync(join(dir, "package.json"))) return false;
    seen.add(name);
    bytes += sizeOf(dir);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
    // Only the platform binary installed here counts: npm skips the other platforms' packages.
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep);
    return true;
  };
  return roots.every(visit) ? Math.round((bytes / 1e6) * 10) / 10 : null;
}

/** Bytes under a directory, not following links; a nested node_modules is counted too (npm put it there for this package). */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
