// What a chart shows, in no library's terms: built here from stored quotes, an alert or the capex
// book (pure functions of their inputs), drawn by render-chart.ts. A chart is a picture of
// figures capwatch already states in words, so every one of them has a text twin.

/** One stored price: the last trade of its five-minute bucket. */
export interface PricePoint {
  /** Epoch ms. */
  ts: number;
  price: number;
}

/** A line over time: the price, or the market cap (price × shares), with what the reader compares it to. */
export interface LineChart {
  kind: "line";
  title: string;
  /** Under the title: the window and where the numbers come from. */
  subtitle: string;
  /** The y axis's unit, for its labels: dollars per share, or market value. */
  unit: "price" | "mcap";
  /** Oldest first; x labels are the points' Eastern times. */
  points: Array<{ ts: number; value: number; label: string }>;
  /** A horizontal line: the reference close. */
  reference?: { value: number; label: string };
  /** The point marked: where the alert's level was crossed. */
  marker?: { index: number; label: string };
}

/** Grouped bars: one group per company, one bar per figure (guidance, prior-year actual, consensus). */
export interface BarChart {
  kind: "bars";
  title: string;
  subtitle: string;
  categories: string[];
  /** Values in USD; null where the figure is unknown (no bar drawn). */
  series: Array<{ name: string; values: Array<number | null> }>;
}

export type ChartSpec = LineChart | BarChart;

/** The picture a platform uploads: the PNG, its file name, and the words that stand for it. */
export interface ChartImage {
  png: Buffer;
  /** `MSFT-2026-01-29.png`: letters, digits, dots and dashes only. */
  filename: string;
  title: string;
  /** What the chart shows, in words (Slack's alt text, Discord's description, the terminal's line). */
  altText: string;
}

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 400;

/** A file name for a chart: anything but letters, digits, dots and dashes becomes a dash. */
export function chartFilename(...parts: string[]): string {
  const stem = parts.join("-").replace(/[^A-Za-z0-9.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
  return `${stem || "chart"}.png`;
}

/**
 * At most `max` points, evenly picked, always keeping the first, the last and `keep` (the marked
 * point): a month of five-minute buckets is thousands of points; a chart 800 pixels wide shows ~400.
 */
export function thinPoints<T>(points: readonly T[], max: number, keep?: number): { points: T[]; kept?: number } {
  if (points.length <= max) return { points: [...points], kept: keep };
  const step = (points.length - 1) / (max - 1);
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round(i * step));
  if (keep !== undefined) picked.add(keep);
  const indices = [...picked].sort((a, b) => a - b);
  return { points: indices.map((i) => points[i] as T), kept: keep === undefined ? undefined : indices.indexOf(keep) };
}
