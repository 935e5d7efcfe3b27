// The terminal can be left at any moment: `exit` while a paced episode plays ends npm start at once
// (issue 15: exit and Ctrl-C were ignored for up to a minute). A pseudo-terminal from `script`
// makes stdin and stdout a TTY, as a person's terminal is.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe.skipIf(process.platform !== "linux")("leaving npm start's chat mid-episode", () => {
  it("GIVEN the episode playing at one market second per second THEN exit typed at the prompt ends the process with status 0", async () => {
    const child = spawn("script", ["-qfec", "node dist/main.js", "/dev/null"], { env: { ...process.env, CAPWATCH_REPLAY_SPEED: "1" }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (!out.includes("capwatch> ") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain("while the episode plays");
    child.stdin.write("exit\r");
    const code = await Promise.race([exited, new Promise<"still running">((r) => setTimeout(() => r("still running"), 15_000))]);
    if (code === "still running") child.kill("SIGKILL");
    expect(code).toBe(0);
  }, 40_000);
});
