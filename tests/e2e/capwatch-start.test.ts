// `capwatch start`: the bot from the `capwatch` executable, exactly as `npm start` runs it.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const env = { ...process.env, CAPWATCH_REPLAY_SPEED: "" };

describe("capwatch start", () => {
  it("GIVEN no configuration and a command piped in THEN it plays the bundled episode, answers, and exits 0 as npm start does", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "start"], { input: "quote MSFT\n", encoding: "utf8", env, timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^capwatch: REPLAY of \.\/data\/episode-2026\.jsonl/);
    expect(run.stdout).toContain("Thu, Jan 29, 2026, 09:30 ET · MARKET-CAP DROP · MSFT");
    expect(run.stdout.indexOf("> quote MSFT\nMSFT · Microsoft")).toBeGreaterThan(run.stdout.indexOf("replay finished"));
  });

  it("GIVEN a bad setting THEN its configuration error and status 2, as npm start", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "start"], { input: "", encoding: "utf8", env: { ...env, CAPWATCH_REPLAY_SPEED: "fast" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^capwatch: configuration error: CAPWATCH_REPLAY_SPEED/);
  });

  it("GIVEN arguments THEN it refuses them: the bot is configured by the environment", () => {
    const run = spawnSync(process.execPath, ["dist/cli.js", "start", "--live"], { input: "", encoding: "utf8", env });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("capwatch start: takes no arguments (got --live); it is configured by the environment and .env\n");
  });
});
