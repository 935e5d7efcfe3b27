// npm start's log form: plain "capwatch: …" lines by default, JSON lines (pino) when asked or in production off a terminal.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(env: NodeJS.ProcessEnv) {
  const { CAPWATCH_LOG_FORMAT: _format, NODE_ENV: _nodeEnv, ...inherited } = process.env;
  const r = spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", timeout: 30_000, env: { ...inherited, CAPWATCH_REPLAY_SPEED: "", PORT: "", ...env } });
  return { status: r.status, stderr: r.stderr };
}

const MISSING = { CAPWATCH_REPLAY_FILE: "/nonexistent/episode.jsonl" };
const WHY = "configuration error: CAPWATCH_REPLAY_FILE: cannot read /nonexistent/episode.jsonl (ENOENT); point it at a replay file (docs/replay-format.md)";

describe("npm start's log form", () => {
  it("GIVEN CAPWATCH_LOG_FORMAT=json THEN a configuration error is one JSON line with time, level and message", () => {
    const r = run({ ...MISSING, CAPWATCH_LOG_FORMAT: "json" });
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "error", name: "capwatch", msg: WHY });
    expect(Number.isNaN(Date.parse(entry.time as string))).toBe(false);
  });

  it("GIVEN NODE_ENV=production and stderr a pipe THEN the lines are JSON; CAPWATCH_LOG_FORMAT=plain keeps them plain", () => {
    expect(JSON.parse(run({ ...MISSING, NODE_ENV: "production" }).stderr)).toMatchObject({ level: "error", msg: WHY });
    expect(run({ ...MISSING, NODE_ENV: "production", CAPWATCH_LOG_FORMAT: "plain" }).stderr).toBe(`capwatch: ${WHY}\n`);
    expect(run(MISSING).stderr).toBe(`capwatch: ${WHY}\n`);
  });

  it("GIVEN an unknown CAPWATCH_LOG_FORMAT THEN it stops naming the variable", () => {
    const r = run({ CAPWATCH_LOG_FORMAT: "pretty" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('capwatch: configuration error: CAPWATCH_LOG_FORMAT: "pretty" is not a log format; use json or plain\n');
  });
});
