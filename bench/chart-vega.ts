// The candidate that lost (docs/benchmarks.md, "Charts"): the same ChartSpec drawn with Vega-Lite
// compiled to Vega, rendered to SVG with no DOM, and rasterised by @resvg/resvg-js. Kept so the
// comparison can be run again: it loads the packages by name and reports them missing when they
// are not installed (they are not in package.json: `npm install --no-save vega vega-lite@5 @resvg/resvg-js`).
import { CHART_HEIGHT, CHART_WIDTH, type ChartSpec } from "../src/bot/charts/chart-spec.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the packages are optional here, so untyped */
type Loaded = { vega: any; vl: any; Resvg: any };

const names = { vega: "vega", vl: "vega-lite", resvg: "@resvg/resvg-js" };

/** The packages, or undefined when they are not installed. */
export async function loadVega(): Promise<Loaded | undefined> {
  try {
    const [vega, vl, resvg] = await Promise.all([import(names.vega), import(names.vl), import(names.resvg)]);
    return { vega, vl: vl.compile ? vl : vl.default, Resvg: resvg.Resvg ?? resvg.default.Resvg };
  } catch {
    return undefined;
  }
}

export async function renderVega(libs: Loaded, spec: ChartSpec): Promise<Buffer> {
  const compiled = libs.vl.compile(vegaLiteSpec(spec)).spec;
  const view = new libs.vega.View(libs.vega.parse(compiled), { renderer: "none" });
  const svg: string = await view.toSVG();
  view.finalize();
  const png = new libs.Resvg(svg, { fitTo: { mode: "width", value: CHART_WIDTH }, background: "white", font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return Buffer.from(png);
}

function vegaLiteSpec(spec: ChartSpec): object {
  const size = { width: CHART_WIDTH - 120, height: CHART_HEIGHT - 110, title: { text: spec.title, subtitle: spec.subtitle } };
  if (spec.kind === "bars") {
    const values = spec.series.flatMap((s) => s.values.map((v, i) => ({ company: spec.categories[i], figure: s.name, value: v })));
    return {
      ...size,
      data: { values: values.filter((v) => v.value !== null) },
      mark: "bar",
      encoding: { x: { field: "company", type: "nominal" }, xOffset: { field: "figure" }, y: { field: "value", type: "quantitative" }, color: { field: "figure" } },
    };
  }
  const values = spec.points.map((p, i) => ({ ts: p.ts, value: p.value, marked: i === spec.marker?.index }));
  const layers: object[] = [{ mark: { type: "line" }, encoding: { x: { field: "ts", type: "temporal" }, y: { field: "value", type: "quantitative", scale: { zero: false } } } }];
  if (spec.reference) layers.push({ mark: { type: "rule", strokeDash: [6, 4], color: "grey" }, encoding: { y: { datum: spec.reference.value } } });
  if (spec.marker) layers.push({ transform: [{ filter: "datum.marked" }], mark: { type: "point", filled: true, color: "red", size: 80 }, encoding: { x: { field: "ts", type: "temporal" }, y: { field: "value", type: "quantitative" } } });
  return { ...size, data: { values }, layer: layers };
}
