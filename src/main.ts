// `npm start`: the bot on its embedded defaults — the bundled replay episode, the terminal as
// the chat. Slack, Discord and live providers plug in here as they arrive.
import { ConfigError, loadConfig, type Config } from "./config/config.js";
import { OutboxDelivery } from "./alerts/delivery/outbox-delivery.js";
import { Engine } from "./alerts/engine.js";
import { terminalSink } from "./bot/terminal/terminal-sink.js";
import { extractCapexGuidance } from "./sources/guidance/extract.js";
import { pacerFor } from "./sources/replay/pace.js";
import { runReplay } from "./sources/replay/run-replay.js";
import { MEMORY_STORE, openStore } from "./store/open-store.js";

async function main(): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let config: Config;
  try {
    config = loadConfig(process.env, { interactive });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`capwatch: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const pace = config.replaySpeed === "max" ? "as fast as it reads" : `${config.replaySpeed} market seconds per second`;
  process.stdout.write(
    [
      `capwatch: REPLAY of ${config.replayFile} (${pace}; set CAPWATCH_REPLAY_SPEED to change). These are recorded events, not live data.`,
      "capwatch: the terminal is the chat. Slack, Discord and live market data are not connected yet; see README.md, \"Connect Slack, Discord and live data\".",
      "",
    ].join("\n"),
  );

  // A replay runs on a fresh store every time, so the same episode always gives the same alerts.
  const store = await openStore(MEMORY_STORE);
  const engine = await Engine.open(store, extractCapexGuidance);
  const delivery = new OutboxDelivery(store, terminalSink(process.stdout, (t) => engine.companyName(t)));
  let alerts = 0;
  engine.onAlertsRecorded(async (recorded) => {
    alerts += recorded.length;
    await delivery.drain();
  });
  const summary = await runReplay(config.replayFile, engine, {
    pacer: pacerFor(config.replaySpeed),
    onProblem: ({ line, reason }) => process.stderr.write(`${config.replayFile}:${line}: ${reason}\n`),
  });
  process.stdout.write(`capwatch: replay finished: ${summary.events} events, ${alerts} alerts${summary.problems ? `, ${summary.problems} lines skipped` : ""}.\n`);
  await store.close();

  if (!interactive) return 0;
  process.stdout.write("capwatch: press Ctrl+C to quit.\n");
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`capwatch: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
