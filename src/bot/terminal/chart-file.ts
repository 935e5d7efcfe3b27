// The terminal's way of showing a chart: the PNG written to a directory (CAPWATCH_CHART_DIR, else
// a temporary one made on the first chart) and its path printed where the alert or answer is.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChartImage } from "../charts/chart-spec.js";

export class ChartFiles {
  private dir: Promise<string> | undefined;

  constructor(private readonly configured?: string) {}

  /** Writes the chart and returns its path. */
  async write(chart: ChartImage): Promise<string> {
    this.dir ??= this.configured === undefined ? mkdtemp(join(tmpdir(), "capwatch-charts-")) : mkdir(this.configured, { recursive: true }).then(() => this.configured as string);
    const path = join(await this.dir, chart.filename);
    await writeFile(path, chart.png);
    return path;
  }
}

/** The line printed for a chart: its path, with the words that stand for it. */
export function chartLine(path: string, chart: ChartImage): string {
  return `  chart (${chart.title}):\n    ${path}`;
}
