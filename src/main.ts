// `npm start`: the bot on its embedded defaults — the bundled replay episode, the terminal as
// the chat. Slack, Discord and live providers plug in here as they arrive.
import { userInfo } from "node:os";
import { OutboxDelivery } from "./alerts/delivery/outbox-delivery.js";
import { Engine } from "./alerts/engine.js";
import { renderAlertText } from "./alerts/render/text.js";
import type { Desk } from "./bot/commands/context.js";
import { answerCommand } from "./bot/commands/handle-command.js";
import { renderReplyText } from "./bot/replies/text-renderer.js";
import { loadPlatformConfigs, startPlatforms, type PlatformConfigs, type PlatformSide } from "./bot/platforms.js";
import { answerPipedLines, startInteractiveChat, type InteractiveChat } from "./bot/terminal/chat.js";
import { ConfigError, loadConfig, type Config } from "./config/config.js";
import { extractCapexGuidance } from "./sources/guidance/extract.js";
import { pacerFor } from "./sources/replay/pace.js";
import { DEFAULT_REPLAY_CHANNEL, runReplay } from "./sources/replay/run-replay.js";
import { MEMORY_STORE, openStore } from "./store/open-store.js";

async function main(): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let config: Config;
  let platformConfigs: PlatformConfigs;
  try {
    config = loadConfig(process.env, { interactive });
    platformConfigs = await loadPlatformConfigs(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`capwatch: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const log = (line: string) => process.stderr.write(`capwatch: ${line}\n`);

  // A replay runs on a fresh store every time, so the same episode always gives the same alerts.
  const store = await openStore(MEMORY_STORE);
  const engine = await Engine.open(store, extractCapexGuidance);
  const sides: PlatformSide[] = [];
  const desk: Desk = {
    engine,
    store,
    dataNow: () => engine.dataTime() ?? Date.now(),
    wallNow: () => new Date(),
    source: `replay of ${config.replayFile}`,
    deliveryState: (channel) => sides.map((s) => s.deliveryState(channel)).find((d) => d !== undefined) ?? "delivering to this terminal",
  };
  const platforms = await startPlatforms(platformConfigs, desk, log);
  sides.push(...platforms.sides);
  const connected = platforms.sides.map((s) => s.description);

  const pace = config.replaySpeed === "max" ? "as fast as it reads" : `${config.replaySpeed} market seconds per second`;
  process.stdout.write(
    [
      `capwatch: REPLAY of ${config.replayFile} (${pace}; set CAPWATCH_REPLAY_SPEED to change). These are recorded events, not live data.`,
      connected.length > 0
        ? `capwatch: connected to ${connected.join(" and ")}${platforms.port !== undefined ? ` (HTTP on port ${platforms.port})` : ""}; a channel subscribes with /capwatch watch add TICKER. The terminal is the chat too.`
        : "capwatch: the terminal is the chat. Slack, Discord and live market data are not connected; see README.md, \"Connect Slack, Discord and live data\".",
      interactive ? "capwatch: type a command (help lists them; exit quits) while the episode plays." : "",
      "",
    ]
      .filter((line, i, all) => line !== "" || i === all.length - 1)
      .join("\n"),
  );

  // The terminal is the channel the episode's watchlist declares; its local user is an admin.
  const caller = () => ({ channel: engine.channels()[0] ?? DEFAULT_REPLAY_CHANNEL, userId: `terminal:${userInfo().username}`, isAdmin: true });
  const answer = async (line: string) => renderReplyText(await answerCommand(line, caller(), desk));

  let chat: InteractiveChat | undefined;
  const print = (text: string): void => {
    if (chat) chat.print(`${text}\n`);
    else process.stdout.write(`${text}\n\n`);
  };
  if (interactive) chat = startInteractiveChat(process.stdin, process.stdout, answer);

  // The terminal delivers the terminal's channels; Slack and Discord deliver their own.
  const delivery = new OutboxDelivery(store, { deliver: (alert) => print(renderAlertText(alert, (t) => engine.companyName(t))) }, undefined, "terminal");
  let alerts = 0;
  engine.onAlertsRecorded(async (recorded) => {
    alerts += recorded.length;
    await delivery.drain();
  });
  const summary = await runReplay(config.replayFile, engine, {
    pacer: pacerFor(config.replaySpeed),
    onProblem: ({ line, reason }) => process.stderr.write(`${config.replayFile}:${line}: ${reason}\n`),
  });
  const finished = `capwatch: replay finished: ${summary.events} events, ${alerts} alerts${summary.problems ? `, ${summary.problems} lines skipped` : ""}.`;

  if (chat) {
    chat.print(`${finished} Commands still work; exit quits.`);
    await chat.closed;
  } else {
    process.stdout.write(`${finished}\n`);
    await answerPipedLines(process.stdin, process.stdout, answer);
    // With a platform connected, capwatch keeps serving its commands after the replay.
    if (connected.length > 0) {
      process.stdout.write(`capwatch: still serving ${connected.join(" and ")}; Ctrl+C stops.\n`);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", () => resolve());
        process.once("SIGTERM", () => resolve());
      });
    }
  }
  await platforms.stop();
  await store.close();
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
