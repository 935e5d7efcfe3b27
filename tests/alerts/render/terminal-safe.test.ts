import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { answerPipedLines } from "../../../src/bot/terminal/chat.js";
import { terminalSafe } from "../../../src/alerts/render/terminal-safe.js";

describe("terminalSafe", () => {
  it.each([
    ["a window title (OSC … BEL)", "Acme\u001b]0;pwned\u0007 Corp", "Acme]0;pwned Corp"],
    ["a clear screen (CSI 2J)", "\u001b[2JAcme", "[2JAcme"],
    ["a C1 CSI", "Acme\u009b2J", "Acme2J"],
    ["a carriage return overwriting the line", "fake alert\rAcme", "fake alertAcme"],
    ["a right-to-left override", "Acme \u202Egnp.exe", "Acme gnp.exe"],
    ["isolates and marks", "\u2066A\u2069\u200E\u200F\u061C", "A"],
    ["NUL, backspace and DEL", "A\u0000B\u0008C\u007F", "ABC"],
  ])("GIVEN %s THEN it is removed", (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it("GIVEN line feeds, tabs and ordinary non-ASCII THEN they stay", () => {
    const text = "[#markets] CAPEX GUIDANCE · AMZN\n\t“about $200 billion” — Société Générale, 株式会社, €20bn";
    expect(terminalSafe(text)).toBe(text);
  });
});

describe("the terminal chat writes only safe text", () => {
  it("GIVEN an answer carrying terminal escapes (an admin's source, a company's name) THEN none reach the output", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (d: Buffer) => (text += d.toString()));
    input.end("consensus list\n");
    await answerPipedLines(input, output, async () => "ORCL FY2026 $50B (source: LSEG\u001b]0;owned\u0007\u001b[2J)");
    expect(text).toBe("> consensus list\nORCL FY2026 $50B (source: LSEG]0;owned[2J)\n\n");
  });
});

describe("alerts as text carry no control characters from data", () => {
  it("GIVEN a company whose name carries a window-title escape and a capex sentence with an RTL override THEN the alert's text has neither", async () => {
    const { renderAlertText } = await import("../../../src/alerts/render/text.js");
    const text = renderAlertText(
      { channel: "#m", kind: "capex_guidance", ticker: "EVIL", ts: "2026-02-05T21:05:00.000Z", period: "FY2026", low: 2e11, high: 2e11, value: 2e11, basis: "consensus", basisValue: 1.466e11, surprisePct: 36.4, vsConsensusPct: 36.4, vsPriorGuidancePct: null, vsPriorYearActualPct: null, sentence: "We expect \u202Eabout $200 billion\u001b[2J." } as never,
      () => "Evil\u001b]0;owned\u0007 Corp",
    );
    expect(text).toContain("Evil]0;owned Corp (EVIL)");
    expect(text).toContain("We expect about $200 billion[2J.");
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });
});
