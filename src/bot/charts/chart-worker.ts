// The chart-drawing thread (dist/chart-worker.js, an entry of the build): draws each ChartSpec it
// is sent and answers with the PNG or the error's message. See draw-off-thread.ts.
import { parentPort } from "node:worker_threads";
import type { ChartSpec } from "./chart-spec.js";
import { renderChart } from "./render-chart.js";

parentPort?.on("message", (job: { id: number; spec: ChartSpec }) => {
  renderChart(job.spec).then(
    (png) => parentPort!.postMessage({ id: job.id, png }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: (error as Error).message ?? String(error) }),
  );
});
