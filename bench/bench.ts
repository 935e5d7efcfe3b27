// `npm run bench [-- --json]`: replay throughput against a parse-only floor, peak memory, the
// time from `npm start` to the first alert, and news latency against a local feed server. Prints one JSON object; tests never time things.
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { forEachLine } from "../src/sources/replay/line-reader.js";
import { replayIntoSink } from "../src/app/replay-session.js";
import { MEMORY_STORE, openStore } from "../src/store/open-store.js";
import { generateReplay } from "./generate.js";
import { documentToOutboxMs } from "./document-latency.js";
import { writeGuidanceDocuments } from "./guidance-docs.js";
import { measureNewsLatency } from "./news-latency.js";

const { values } = parseArgs({
  options: {
    json: { type: "boolean" },
    child: { type: "string" },
    file: { type: "string" },
    quotes: { type: "string", default: "1000000" },
    tickers: { type: "string", default: "2000" },
    watchlists: { type: "string", default: "50" },
    runs: { type: "string", default: "5" },
  },
});

/** Child mode: one measured run in a fresh process, so peak RSS is that run's alone. */
async function child(mode: string, file: string): Promise<void> {
  const started = performance.now();
  let lines = 0;
  let alerts = 0;
  if (mode === "floor") {
    await forEachLine(file, (line) => {
      if (line.length > 0) {
        JSON.parse(line);
        lines++;
      }
    });
  } else {
    const store = await openStore(MEMORY_STORE);
    const summary = await replayIntoSink(file, store, {
      sink: () => ({ deliver: () => void alerts++ }),
      onProblem: () => undefined,
    });
    lines = summary.events;
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ lines, seconds, cpuSeconds, alerts, peakRssMb: usage.maxRSS / 1024 }) + "\n");
}

function runNode(args: string[]): Promise<{ lines: number; seconds: number; alerts: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [process.argv[1] as string, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop() as string)) : reject(new Error(`bench child exited ${code}`))));
  });
}

/** Seconds for `capwatch guidance extract --jsonl` to read `file` and print every line. */
function timeGuidanceExtract(file: string): Promise<{ seconds: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const p = spawn(process.execPath, ["dist/cli.js", "guidance", "extract", "--jsonl"], { stdio: [openSync(file, "r"), "pipe", "inherit"] });
    let lines = 0;
    p.stdout?.on("data", (d: Buffer) => {
      for (const byte of d) if (byte === 10) lines++;
    });
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve({ seconds: (performance.now() - started) / 1000, lines }) : reject(new Error(`guidance extract exited ${code}`))));
  });
}

/** Seconds from spawning `npm start` (stdin not a terminal) to the first alert block on stdout. */
function timeToFirstAlert(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const p = spawn("npm", ["start", "--silent"], { stdio: ["pipe", "pipe", "ignore"], env: { ...process.env, CAPWATCH_REPLAY_SPEED: "max" } });
    let out = "";
    let done = false;
    p.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!done && /^\[[^\]]+\] /m.test(out)) {
        done = true;
        resolve((performance.now() - started) / 1000);
        p.kill();
      }
    });
    p.on("error", reject);
    p.on("close", () => done || reject(new Error(`npm start printed no alert:\n${out}`)));
  });
}

async function main(): Promise<void> {
  if (values.child !== undefined) return child(values.child, values.file as string);
  const dir = mkdtempSync(join(tmpdir(), "capwatch-bench-"));
  const file = join(dir, "bench.jsonl");
  try {
    const generated = await generateReplay(file, { quotes: Number(values.quotes), tickers: Number(values.tickers), watchlists: Number(values.watchlists) });
    // Alternating runs, best of each: a shared 2-core machine is noisy, and the best run is the
    // one least disturbed by anything else.
    const floors = [];
    const replays = [];
    for (let i = 0; i < Number(values.runs); i++) {
      floors.push(await runNode(["--child", "floor", "--file", file]));
      replays.push(await runNode(["--child", "replay", "--file", file]));
    }
    const best = <T extends { seconds: number }>(runs: T[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const floor = best(floors);
    const replay = best(replays);
    const firstAlert = await timeToFirstAlert();
    const docsFile = join(dir, "documents.jsonl");
    const docsBytes = writeGuidanceDocuments("data/episode-2026.jsonl", docsFile, 1000);
    const guidance = await timeGuidanceExtract(docsFile);
    const latency = await documentToOutboxMs(200);
    const news = await measureNewsLatency();
    const floorRate = floor.lines / floor.seconds;
    const rate = replay.lines / replay.seconds;
    const result = {
      file: { lines: generated.lines, quotes: generated.quotes, tickers: generated.tickers, watchlists: generated.watchlists },
      alerts: replay.alerts,
      lines_per_s: Math.round(rate),
      floor_lines_per_s: Math.round(floorRate),
      ratio_to_floor: Number((rate / floorRate).toFixed(3)),
      peak_rss_mb: Number(Math.max(...replays.map((r) => r.peakRssMb)).toFixed(1)),
      runs: replays.length,
      replay_seconds: replays.map((r) => Number(r.seconds.toFixed(2))),
      floor_seconds: floors.map((r) => Number(r.seconds.toFixed(2))),
      floor_peak_rss_mb: Number(floor.peakRssMb.toFixed(1)),
      first_alert_s: Number(firstAlert.toFixed(3)),
      guidance_extract_1000_docs_s: Number(guidance.seconds.toFixed(3)),
      guidance_extract_docs: { documents: guidance.lines, megabytes: Number((docsBytes / 1e6).toFixed(2)) },
      document_to_outbox_ms: { median: Number(latency.median.toFixed(2)), max: Number(latency.max.toFixed(2)), documents: 200, alerts: latency.alerts },
      news_item_to_outbox: news,
      targets: {
        ratio_to_floor: ">= 0.33",
        peak_rss_mb: "<= 300",
        first_alert_s: "<= 2",
        guidance_extract_1000_docs_s: "a few seconds",
        document_to_outbox_ms: "<= 5000 (issue 11: a document's work, not the poll interval)",
        news_item_to_outbox_ms: "<= 5000 (a news pass through the real feed client; no request spacing, no poll interval)",
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, values.json ? 0 : 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
