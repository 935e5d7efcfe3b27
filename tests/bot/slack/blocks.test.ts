// Block Kit's pure pieces: escaping (no mention or link can form from data), links, and the limits
// a message is cut to instead of being refused.
import { describe, expect, it } from "vitest";
import { escapeMrkdwn, safeLink } from "../../../src/bot/slack/blocks/escape.js";
import { LIMITS, capBlocks, clip, fitLines } from "../../../src/bot/slack/blocks/limits.js";

describe("escapeMrkdwn and safeLink", () => {
  it("GIVEN text with a channel ping, a user mention and a link THEN none can form", () => {
    expect(escapeMrkdwn("<!channel> <@U123> <https://evil|click> & more")).toBe("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt; &amp; more");
  });

  it("GIVEN link addresses THEN only http(s) ones become links, with | and > unable to end them early", () => {
    expect(safeLink("javascript:alert(1)", "x")).toBeUndefined();
    expect(safeLink("not a url", "x")).toBeUndefined();
    expect(safeLink("https://ex.com/a|b>c", "Read <it>")).toBe("<https://ex.com/a%7Cb%3Ec|Read &lt;it&gt;>");
  });
});

describe("Block Kit limits", () => {
  it("GIVEN a text too long THEN clipped with an ellipsis, never inside a surrogate pair", () => {
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("ab😀cd", 4)).toBe("ab…");
    expect(clip("short", 10)).toBe("short");
  });

  it("GIVEN more lines than fit THEN whole lines, then how many were left out", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const fitted = fitLines(lines, 60);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted.split("\n").at(-1)).toMatch(/^…and \d+ more lines$/);
  });

  it("GIVEN 60 blocks THEN 50, the last counting the 11 left out", () => {
    const blocks = Array.from({ length: 60 }, () => ({ type: "divider" as const }));
    const capped = capBlocks(blocks);
    expect(capped).toHaveLength(LIMITS.blocks);
    expect(capped.at(-1)).toEqual({ type: "section", text: { type: "mrkdwn", text: "…and 11 more blocks" } });
  });
});
