// `npm start` as a newcomer runs it: no configuration, stdin not a terminal.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm start on the embedded defaults", () => {
  const run = spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_SPEED: "" }, timeout: 60_000 });

  it("GIVEN no terminal THEN it says it is a replay, how to connect platforms, runs the episode and exits 0", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^capwatch: REPLAY of \.\/data\/episode-2026\.jsonl/);
    expect(run.stdout).toContain("see docs/connect-slack.md, docs/connect-discord.md and docs/live-data.md");
    expect(run.stdout).toMatch(/replay finished: \d+ events, \d+ alerts\.\n$/);
  });

  it("GIVEN the bundled episode THEN Microsoft's Jan 29 drop, the three capex guidances, Amazon's fall, digests and results are raised", () => {
    const out = run.stdout;
    expect(out).toContain("Thu, Jan 29, 2026, 09:30 ET · MARKET-CAP DROP · MSFT");
    expect(out).toMatch(/\[#markets\] Wed, Jan 28, 2026, 16:05 ET · CAPEX GUIDANCE · META FY2026/);
    expect(out).toMatch(/\[#markets\] Wed, Feb 4, 2026, 16:05 ET · CAPEX GUIDANCE · GOOGL FY2026/);
    expect(out).toMatch(/\[#markets\] Thu, Feb 5, 2026, 16:05 ET · CAPEX GUIDANCE · AMZN FY2026/);
    expect(out).toMatch(/Feb \d+, 2026, [\d:]+ ET · MARKET-CAP DROP · AMZN/);
    expect(out).toContain("EARNINGS TODAY AND NEXT TRADING DAY");
    expect(out).toMatch(/EARNINGS RESULT · MSFT Q2-2026/);
  });

  it("GIVEN commands piped in THEN the episode plays to its end first, then each line is answered in order, then it exits", () => {
    const piped = spawnSync(process.execPath, ["dist/main.js"], { input: "quote MSFT\ncapex AMZN\n", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_SPEED: "" }, timeout: 60_000 });
    expect(piped.status).toBe(0);
    const out = piped.stdout;
    const finished = out.indexOf("replay finished");
    const quote = out.indexOf("> quote MSFT\nMSFT · Microsoft");
    const capex = out.indexOf("> capex AMZN\nCapex: AMZN · Amazon.com");
    expect(finished).toBeGreaterThan(out.lastIndexOf("MARKET-CAP DROP"));
    expect(quote).toBeGreaterThan(finished);
    expect(capex).toBeGreaterThan(quote);
    expect(out).toContain("  FY2026\n      Guidance: ~$200B\n");
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /^capwatch: configuration error: SLACK_/],
    [{ DISCORD_TOKEN: "abc" }, /^capwatch: configuration error: DISCORD_APPLICATION_ID/],
  ])("GIVEN a half-configured platform %j THEN it stops before the replay with the variable to set", (env, message) => {
    const bad = spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", env: { ...process.env, ...env } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(message);
    expect(bad.stdout).toBe("");
  });

  it.each([["/nonexistent/episode.jsonl", "ENOENT"], ["data", "not a file"]])("GIVEN CAPWATCH_REPLAY_FILE=%s THEN it stops with a message naming the variable and why (%s)", (file, why) => {
    const bad = spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_FILE: file } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`capwatch: configuration error: CAPWATCH_REPLAY_FILE: cannot read ${file} (${why}); point it at a replay file (docs/replay-format.md)\n`);
  });

  it("GIVEN a bad CAPWATCH_REPLAY_SPEED THEN it stops with a message naming the variable", () => {
    const bad = spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_SPEED: "fast" } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^capwatch: configuration error: CAPWATCH_REPLAY_SPEED: must be a positive number .* or max/);
  });
});
