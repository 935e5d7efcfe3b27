// Charts are drawn on a thread of their own in the built bot: drawing one holds a thread for about
// 70 ms (Chart.js laying out and painting; the PNG is encoded on libuv's pool), and on the main
// thread that was 70 ms in which no quote was written to the outbox and no other channel was
// served (the load bench's quote-to-outbox p99). One worker, made on the first chart and unref'd
// (it never keeps the process alive); if it dies, the charts it had fail (each alert goes out
// without its chart, as for any chart failure) and the next chart starts another.
// Run from source (vitest), there is no built worker file: charts are drawn in-process, as before.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ChartSpec } from "./chart-spec.js";
import { renderChart } from "./render-chart.js";

/** Beside the bundle's chunks in dist/; absent when running from source. */
const WORKER_URL = new URL("./chart-worker.js", import.meta.url);
const built = WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(png: Buffer): void; reject(error: Error): void }>();

function drawingThread(): Worker {
  if (worker !== undefined) return worker;
  // A small heap: a chart needs a few MB, and the process's peak RSS is the thread's too.
  const started = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
  started.unref();
  started.on("message", (answer: { id: number; png?: Uint8Array; error?: string }) => {
    const job = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) started.unref();
    if (answer.png !== undefined) job?.resolve(Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength));
    else job?.reject(new Error(answer.error ?? "the chart thread gave no picture"));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`the chart thread ended (${code})`)));
  worker = started;
  return started;
}

/** The PNG of `spec`, drawn on the chart thread when the bot is built, in-process otherwise. */
export function drawChart(spec: ChartSpec): Promise<Buffer> {
  if (!built) return renderChart(spec);
  const thread = drawingThread();
  const id = nextId++;
  // Held while a chart is being drawn (an answer is awaited), let go when none is.
  thread.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.postMessage({ id, spec });
  });
}
