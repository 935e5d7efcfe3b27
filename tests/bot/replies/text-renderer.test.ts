// Replies as terminal text: within 80 columns, nothing lost.
import { describe, expect, it } from "vitest";
import { renderReplyText, wrapLine } from "../../../src/bot/replies/text-renderer.js";

describe("wrapLine", () => {
  it("GIVEN a long indented line THEN it breaks at spaces, continuation lines indented two more, words whole", () => {
    const line = `  ${"word ".repeat(30).trim()}`;
    const lines = wrapLine(line, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith("    word"))).toBe(true);
    expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe(line.trim());
  });

  it("GIVEN a word longer than the line (a URL) THEN it stays whole on its own line", () => {
    const url = `https://example.com/${"x".repeat(100)}`;
    expect(wrapLine(`  see ${url} for more`, 40)).toEqual(["  see", `    ${url}`, "    for more"]);
  });
});

describe("renderReplyText", () => {
  it("GIVEN a narrow table THEN columns with a rule; a wide one THEN a list with the column names", () => {
    const narrow = renderReplyText({ title: "T", table: { columns: ["A", "B"], rows: [["1", "2"]] }, visibility: "private", tone: "info" });
    expect(narrow).toBe("T\n  A  B\n  -  -\n  1  2");
    const long = "z".repeat(90);
    const wide = renderReplyText({ title: "T", table: { columns: ["Period", "Guidance", "Note"], rows: [["FY2026", "$200B", long]] }, visibility: "private", tone: "info" });
    expect(wide.split("\n").slice(0, 3)).toEqual(["T", "  FY2026", "      Guidance: $200B"]);
    expect(wide).toContain(long);
  });
});
