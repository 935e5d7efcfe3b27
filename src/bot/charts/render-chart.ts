// Draws a ChartSpec as a PNG in-process: Chart.js on @napi-rs/canvas (Skia, prebuilt for each
// platform in the npm package; no browser, no system library). Chosen over Vega-Lite with resvg
// by measurement (docs/benchmarks.md, "Charts"). Both are loaded on first use only: a run that
// draws no chart never pays for them.
import { formatUsd } from "../../alerts/render/format.js";
import { CHART_HEIGHT, CHART_WIDTH, type BarChart, type ChartSpec, type LineChart } from "./chart-spec.js";

type ChartModule = typeof import("chart.js");
type CanvasModule = typeof import("@napi-rs/canvas");

let loaded: Promise<{ chart: ChartModule; canvas: CanvasModule }> | undefined;

/** Chart.js and the canvas, imported and set up once (Chart.js's registry is global). */
function libraries(): Promise<{ chart: ChartModule; canvas: CanvasModule }> {
  loaded ??= Promise.all([import("chart.js"), import("@napi-rs/canvas")]).then(([chart, canvas]) => {
    chart.Chart.register(...chart.registerables);
    chart.Chart.defaults.font.family = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
    chart.Chart.defaults.color = "#333";
    return { chart, canvas };
  });
  return loaded;
}

const BLUE = "#1f6feb";
const GREY = "#6e7781";
const RED = "#cf222e";
const BAR_COLOURS = ["#1f6feb", "#8c959f", "#d4a72c", "#2da44e"];

/** The PNG of one chart, `CHART_WIDTH` × `CHART_HEIGHT`, on a white background. */
export async function renderChart(spec: ChartSpec): Promise<Buffer> {
  const { chart, canvas } = await libraries();
  const surface = canvas.createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const ctx = surface.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
  const config = spec.kind === "line" ? lineConfig(spec) : barConfig(spec);
  // Chart.js draws on any 2D context with the DOM's shape; Node has no DOM, so it takes its basic platform.
  const drawn = new chart.Chart(ctx as never, config as never);
  try {
    // Encoded on libuv's thread pool, not this thread: the PNG is about half a chart's time, and
    // the quote path and every other channel's delivery share this thread.
    return await surface.encode("png");
  } finally {
    drawn.destroy();
  }
}

const common = (title: string, subtitle: string) => ({
  responsive: false,
  animation: false as const,
  devicePixelRatio: 1,
  events: [] as never[],
  plugins: {
    title: { display: true, text: title, font: { size: 16, weight: "bold" as const } },
    subtitle: { display: true, text: subtitle, padding: { bottom: 8 } },
    legend: { position: "bottom" as const, labels: { boxWidth: 14 } },
    tooltip: { enabled: false },
  },
});

function axisValue(unit: LineChart["unit"]): (value: number | string) => string {
  return (value) => (unit === "mcap" ? usdTick(value) : `$${Number(value).toFixed(2)}`);
}

const usdTick = (value: number | string) => (Number(value) === 0 ? "$0" : formatUsd(Number(value)));

function lineConfig(spec: LineChart) {
  const labels = spec.points.map((p) => p.label);
  const values = spec.points.map((p) => p.value);
  const datasets: object[] = [
    { label: spec.unit === "mcap" ? "Market cap" : "Price", data: values, borderColor: BLUE, borderWidth: 2, pointRadius: 0, tension: 0 },
  ];
  if (spec.reference) {
    datasets.push({ label: spec.reference.label, data: values.map(() => spec.reference!.value), borderColor: GREY, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 });
  }
  if (spec.marker) {
    const at = spec.marker.index;
    datasets.push({ label: spec.marker.label, data: values.map((v, i) => (i === at ? v : null)), borderColor: RED, backgroundColor: RED, pointRadius: 6, pointStyle: "circle", showLine: false });
  }
  return {
    type: "line",
    data: { labels, datasets },
    options: {
      ...common(spec.title, spec.subtitle),
      scales: {
        x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 }, grid: { display: false } },
        y: { ticks: { callback: axisValue(spec.unit) } },
      },
    },
  };
}

function barConfig(spec: BarChart) {
  return {
    type: "bar",
    data: {
      labels: spec.categories,
      datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: BAR_COLOURS[i % BAR_COLOURS.length] })),
    },
    options: {
      ...common(spec.title, spec.subtitle),
      scales: { y: { beginAtZero: true, ticks: { callback: usdTick } } },
    },
  };
}
