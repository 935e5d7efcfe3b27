// The terminal as a chat: a prompt while alerts keep arriving, or piped lines answered in order.
import { clearLine, createInterface, cursorTo, type Interface } from "node:readline";
import { terminalSafe } from "../../alerts/render/terminal-safe.js";

export type Answer = (line: string) => Promise<string>;

const EXIT_WORDS = new Set(["exit", "quit", "/exit", "/quit"]);

/** Answers every non-empty line of `input` in order, once it is read to the end. */
export async function answerPipedLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, answer: Answer): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let answered = 0;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "" || EXIT_WORDS.has(line.toLowerCase())) continue;
    output.write(terminalSafe(`> ${line}\n${await answer(line)}\n\n`));
    answered++;
  }
  return answered;
}

export interface InteractiveChat {
  /** Prints above the prompt without losing what the person is typing. */
  print(text: string): void;
  /** Resolves when the person leaves (exit, Ctrl+D, Ctrl+C). */
  closed: Promise<void>;
  close(): void;
}

export function startInteractiveChat(input: NodeJS.ReadableStream, output: NodeJS.WritableStream & { isTTY?: boolean }, answer: Answer): InteractiveChat {
  const rl: Interface = createInterface({ input, output, prompt: "capwatch> ", terminal: true, historySize: 200 });
  let busy = Promise.resolve();
  const closed = new Promise<void>((resolve) => rl.once("close", () => resolve()));
  rl.on("line", (raw) => {
    const line = raw.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) {
      rl.close();
      return;
    }
    // Answers come out in the order the lines were typed, even if one takes longer.
    busy = busy.then(async () => {
      if (line !== "") output.write(terminalSafe(`${await answer(line)}\n\n`));
      rl.prompt();
    });
  });
  rl.on("SIGINT", () => rl.close());
  rl.prompt();
  return {
    print(text) {
      clearLine(output, 0);
      cursorTo(output, 0);
      output.write(terminalSafe(`${text}\n`));
      rl.prompt(true);
    },
    closed,
    close: () => rl.close(),
  };
}
