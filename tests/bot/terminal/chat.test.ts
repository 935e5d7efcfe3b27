import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { answerPipedLines, startInteractiveChat } from "../../../src/bot/terminal/chat.js";

const collect = (stream: PassThrough) => {
  let text = "";
  stream.on("data", (d: Buffer) => (text += d.toString()));
  return () => text;
};

describe("piped lines", () => {
  it("GIVEN lines with blanks and exit THEN each command is answered once, in order, after its echo", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    input.end("quote MSFT\n\n  capex AMZN  \nexit\n");
    const answered = await answerPipedLines(input, output, async (line) => `answer to ${line}`);
    expect(answered).toBe(2);
    expect(read()).toBe("> quote MSFT\nanswer to quote MSFT\n\n> capex AMZN\nanswer to capex AMZN\n\n");
  });
});

describe("the interactive prompt", () => {
  it("GIVEN a slow answer then a fast one THEN answers come in the order typed; an alert prints above the prompt; exit closes", async () => {
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const read = collect(output);
    const chat = startInteractiveChat(input, output, async (line) => {
      if (line === "slow") await new Promise((r) => setTimeout(r, 30));
      return `answer to ${line}`;
    });
    input.write("slow\r");
    input.write("fast\r");
    await new Promise((r) => setTimeout(r, 80));
    chat.print("[#markets] ALERT");
    input.write("exit\r");
    await chat.closed;
    const text = read();
    expect(text.indexOf("answer to slow")).toBeGreaterThan(-1);
    expect(text.indexOf("answer to slow")).toBeLessThan(text.indexOf("answer to fast"));
    expect(text).toContain("[#markets] ALERT\n");
    expect(text).toContain("capwatch> ");
  });
});
