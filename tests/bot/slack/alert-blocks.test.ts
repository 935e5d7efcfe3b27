// Slack renders an AlertView as Block Kit, escaping every piece of text.
import { describe, expect, it } from "vitest";
import { alertViewBlocks } from "../../../src/bot/slack/blocks/alert-blocks.js";
import { handMade } from "../../alerts/views/hand-made-view.js";

describe("Slack renders a view natively", () => {
  it("GIVEN a view THEN a header, the escaped sentence, fields, the quote and a context line with the link", () => {
    const message = alertViewBlocks(handMade, "replay");
    expect(message.text).toBe("TEST · *X*: X did &lt;something&gt; &amp; more.");
    expect(message.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "section", "context"]);
    expect(JSON.stringify(message.blocks[1])).toContain("X did &lt;something&gt; &amp; more.");
    expect(message.blocks[2]).toEqual({ type: "section", fields: [{ type: "mrkdwn", text: "*Figure*\n$1B_", verbatim: true }] });
    expect(JSON.stringify(message.blocks[3])).toContain("— _in X's call_");
    const context = JSON.stringify(message.blocks[4]);
    expect(context).toContain("source: replay");
    expect(context).toContain("consensus: FactSet");
    expect(context).toContain("<https://example.com/doc|Read the document>");
  });
});
