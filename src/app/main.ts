// `npm start`: the bot. By default on its embedded defaults — the bundled replay episode on a
// fresh in-memory store, the terminal as the chat; with CAPWATCH_SOURCES=live it polls real
// providers into the store at CAPWATCH_STORE. Slack and Discord connect when configured.
import { access, constants, stat } from "node:fs/promises";
import { renderAlertText } from "../alerts/render/text.js";
import type { Desk } from "../bot/commands/context.js";
import { answerCommand } from "../bot/commands/handle-command.js";
import { anyConfigured, loadPlatformConfigs, startPlatforms, type PlatformConfigs, type PlatformSide, type Platforms } from "./platforms.js";
import { renderReplyText } from "../bot/replies/text-renderer.js";
import { LIVE_TERMINAL_CHANNEL, terminalCaller } from "../bot/terminal/session.js";
import { writeFlushed } from "../bot/terminal/flushed-write.js";
import { ChartFiles, chartLine } from "../bot/terminal/chart-file.js";
import { answerPipedLines, startInteractiveChat, type InteractiveChat } from "../bot/terminal/chat.js";
import { ConfigError, loadConfig, type Config } from "../config/config.js";
import { applyEnvFile } from "../config/env-file.js";
import { httpPort, ingestConfig } from "../config/ingest.js";
import { LiveConfigError, loadLiveConfig, type LiveConfig } from "../config/live.js";
import { pacerFor } from "../sources/replay/pace.js";
import { DEFAULT_REPLAY_CHANNEL, runReplay } from "../sources/replay/run-replay.js";
import { MEMORY_STORE, redact, StoreLocationError } from "../store/open-store.js";
import { openDesk, type OpenDesk } from "./desk.js";
import { persistentRetry } from "../alerts/alert-writer.js";
import { setOperatorClosures } from "../market/nyse.js";
import { startRetention } from "../store/retention-job.js";
import { leaderLockFor } from "../store/leader-lock.js";
import { startLeadership } from "./leadership.js";
import { followOutbox, followSettings } from "./settings-sync.js";
import { startRecapSchedule } from "./recap-schedule.js";
import { replayPolicy } from "./replay-policy.js";
import { readinessChecks } from "./ready-checks.js";
import { createMetrics } from "./metrics.js";
import { createLog, logFormat, type Log } from "./logger.js";
import { boundedStep, stopSignals } from "./shutdown.js";
import type { LiveSources } from "../sources/live/start-live.js";

// Plain until the configuration says otherwise (CAPWATCH_LOG_FORMAT, possibly from .env).
let log: Log = createLog({ format: "plain" });

// From the start, a signal asks for a graceful stop instead of killing the process.
const signals = stopSignals();

async function main(): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let config: Config;
  let live: LiveConfig;
  let platformConfigs: PlatformConfigs;
  let port: number;
  try {
    applyEnvFile(process.env); // .env in the working directory; the environment wins
    log = createLog({ format: logFormat(process.env, Boolean(process.stderr.isTTY)) });
    config = loadConfig(process.env, { interactive });
    live = loadLiveConfig(process.env);
    platformConfigs = { ...(await loadPlatformConfigs(process.env)), ingest: ingestConfig(config.ingestSecret, process.env) };
    port = httpPort(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LiveConfigError) {
      log.error(`configuration error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  setOperatorClosures(config.marketClosures ?? []); // before anything reads the calendar
  const isLive = live.sources === "live";
  if (!isLive) {
    const unreadable = await unreadableFile(config.replayFile);
    if (unreadable !== undefined) {
      log.error(`configuration error: CAPWATCH_REPLAY_FILE: cannot read ${config.replayFile} (${unreadable}); point it at a replay file (docs/replay-format.md)`);
      return 2;
    }
  }

  // A replay runs on a fresh store every time, so the same episode always gives the same alerts;
  // live running keeps its store across restarts.
  // The terminal delivers the terminal's channels (every alert not bound to a platform); Slack
  // and Discord deliver their own. Each burst is printed before the replay goes on.
  let chat: InteractiveChat | undefined;
  // An alert is delivered once its text has left for stdout (written and flushed, also into a pipe).
  const print = (text: string): Promise<void> | void => {
    if (chat) chat.print(`${text}\n`);
    else return writeFlushed(process.stdout, `${text}\n\n`);
  };
  // One registry for this process's /metrics (alerts, deliveries, providers, outbox depth, leader).
  const metrics = createMetrics({ processMetrics: true });
  const chartFiles = new ChartFiles(config.chartDir);
  let opened: OpenDesk;
  try {
    opened = await openDesk({
      store: isLive ? config.store : MEMORY_STORE,
      sink: (engine) => ({
        deliver: (alert) => print(renderAlertText(alert, (t) => engine.market.companyName(t))),
        chart: async (_alert, chart) => print(chartLine(await chartFiles.write(chart), chart)),
      }),
      charts: { source: isLive ? "live" : "replay" },
      follow: "await",
      platform: "terminal",
      metrics,
      // Live, a store that fails a write is tried until it answers; alerting resumes by itself.
      ...(isLive ? { writeRetry: persistentRetry(log), outboxLeaseMs: config.outboxLeaseSeconds * 1000 } : {}),
    });
  } catch (error) {
    if (!(error instanceof StoreLocationError)) throw error;
    log.error(`configuration error: CAPWATCH_STORE: ${error.message}`);
    return 2;
  }
  const { store, engine } = opened;
  const sides: PlatformSide[] = [];
  const desk: Desk = {
    engine,
    store,
    dataNow: () => (isLive ? Date.now() : (engine.market.dataTime() ?? Date.now())),
    wallNow: () => new Date(),
    source: isLive ? `live (${live.finnhubApiKey ? "Finnhub" : "Yahoo"} quotes, SEC EDGAR)` : `replay of ${config.replayFile}`,
    deliveryState: (channel) => sides.map((s) => s.deliveryState(channel)).find((d) => d !== undefined) ?? "delivering to this terminal",
    // Live, `watch add` also accepts what the providers know; the leader's sources answer, and
    // until this instance leads (or on a standby) a ticker not in the store is "could not check".
    ...(isLive
      ? {
          tickers: {
            name: "SEC EDGAR's company list or the quote provider",
            has: async (ticker: string) => liveSources?.tickers.has(ticker),
            tickers: async () => (await liveSources?.tickers.tickers()) ?? [],
          },
        }
      : {}),
  };
  // The HTTP server (health, readiness, platforms, ingest) runs wherever capwatch runs long; a
  // replay in a terminal opens it only when PORT is set, so a plain start never needs port 3000.
  const longRunning = isLive || anyConfigured(platformConfigs);
  let liveSources: LiveSources | undefined;
  const readiness = () => readinessChecks({ store, engine, sources: () => liveSources?.health(), platforms: () => sides });
  let platforms: Platforms;
  try {
    platforms = await startPlatforms(platformConfigs, desk, log, { always: longRunning || (process.env.PORT ?? "") !== "", port, readiness, metrics: () => metrics.scrape() });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`configuration error: ${error.message}`);
    await opened.close();
    return 2;
  }
  sides.push(...platforms.sides);
  const connected = platforms.sides.map((s) => s.description);

  const pace = config.replaySpeed === "max" ? "as fast as it reads" : `${config.replaySpeed} market seconds per second`;
  process.stdout.write(
    [
      isLive
        ? `capwatch: LIVE data into ${redact(config.store)}; polling on the NYSE schedule (CAPWATCH_SOURCES=live).`
        : `capwatch: REPLAY of ${config.replayFile} (${pace}; set CAPWATCH_REPLAY_SPEED to change). These are recorded events, not live data.`,
      connected.length > 0
        ? `capwatch: connected to ${connected.join(" and ")}${platforms.port !== undefined ? ` (HTTP on port ${platforms.port})` : ""}; a channel subscribes with /capwatch watch add TICKER. The terminal is the chat too.`
        : `capwatch: the terminal is the chat. ${isLive ? "Slack and Discord are" : "Slack, Discord and live market data are"} not connected; see docs/connect-slack.md, docs/connect-discord.md and docs/live-data.md.`,
      platforms.port !== undefined ? `capwatch: health on http://localhost:${platforms.port}/healthz, readiness on /readyz.` : "",
      platforms.ingest ? `capwatch: accepting signed pushed documents on POST /ingest/documents (HTTP on port ${platforms.port}).` : "",
      interactive ? `capwatch: type a command (help lists them; exit quits)${isLive ? "" : " while the episode plays"}.` : "",
      "",
    ]
      .filter((line, i, all) => line !== "" || i === all.length - 1)
      .join("\n"),
  );

  const caller = () => terminalCaller(engine.routing, isLive ? LIVE_TERMINAL_CHANNEL : DEFAULT_REPLAY_CHANNEL);
  const answer = async (line: string) => {
    const reply = await answerCommand(line, caller(), desk);
    if (reply.chart === undefined) return renderReplyText(reply);
    const chart = reply.chart;
    const shown = await chartFiles.write(chart).then((path) => chartLine(path, chart), (error: unknown) => `  chart not written: ${(error as Error).message}`);
    return `${renderReplyText(reply)}
${shown}`;
  };
  if (interactive) chat = startInteractiveChat(process.stdin, process.stdout, answer);

  let alerts = 0;
  engine.onAlertsRecorded((recorded) => {
    alerts += recorded.length;
  });
  await opened.deliver(); // what a previous run left undelivered (live store)

  let stopLive: (() => Promise<void>) | undefined;
  if (isLive) {
    const { startLiveSources } = await import("../sources/live/start-live.js");
    // On PostgreSQL several instances share the store: only the leader polls and detects; every
    // instance serves commands and delivers. On SQLite this instance is always the leader.
    let stopLeading: (() => Promise<void>) | undefined;
    metrics.setLeader(false); // until this instance holds the lead
    const leadership = startLeadership({
      lock: leaderLockFor(config.store, { log }),
      log,
      async onLead(takeover) {
        if (takeover) await engine.reload(); // continue from what the old leader wrote
        const sources = (liveSources = startLiveSources({ config: live, engine, log, newsFeeds: () => store.newsFeeds(), providerObserver: metrics.providers }));
        metrics.setLeader(true);
        // A live store grows for as long as the bot runs: what is past its age is pruned in the background.
        const stopRetention = startRetention(store, { alertsDays: config.retentionDays, auditDays: config.auditRetentionDays }, log);
        desk.dataState = sources.dataState;
        // The daily recap for channels that opted in: 16:15 ET on trading days, by the leader only.
        const stopRecap = startRecapSchedule(engine, { now: () => Date.now(), log: (line) => log.error(line) });
        stopLeading = async () => {
          stopRecap();
          stopRetention();
          await sources.stop();
          await engine.checkpoint();
        };
      },
      async onStandby() {
        metrics.setLeader(false);
        const stop = stopLeading;
        stopLeading = undefined;
        liveSources = undefined;
        desk.dataState = undefined;
        await stop?.();
      },
    });
    // Settings changed on another instance (watch add, mute, consensus) take effect here too.
    const settings = await followSettings(config.store, engine, { log });
    // Outbox rows another instance (the leader) wrote go out from here at once, not at the next poll.
    const outbox = await followOutbox(config.store, () => sides.forEach((s) => s.wake()), { log });
    stopLive = async () => {
      await leadership.stop();
      await settings.close();
      await outbox.close();
    };
    if (engine.routing.channels().length === 0) log("no channel watches anything yet: type `watch add MSFT` (or use /capwatch watch add in Slack or Discord).");
  } else {
    const replay = runReplay(config.replayFile, engine, {
      policy: replayPolicy(engine),
      pacer: pacerFor(config.replaySpeed),
      // A skipped line keeps its compiler-style form (file:line: reason) in the plain log.
      onProblem: ({ line, reason }) => (log.format === "json" ? log.warn(`${config.replayFile}:${line}: ${reason}`) : process.stderr.write(`${config.replayFile}:${line}: ${reason}\n`)),
    });
    // A signal mid-replay stops here; the rest of the episode is abandoned with the process.
    replay.catch(() => undefined);
    // So does the person leaving the chat (exit, Ctrl+C, Ctrl+D): a paced episode runs for minutes.
    const left = chat ? chat.closed.then(() => undefined) : new Promise<undefined>(() => undefined);
    const summary = await Promise.race([replay, signals.requested.then(() => undefined), left]);
    // Left before the episode's end: the replay is abandoned, and nothing else keeps the process.
    if (summary === undefined) replayAbandoned = true;
    if (summary !== undefined) {
      const finished = `capwatch: replay finished: ${summary.events} events, ${alerts} alerts${summary.problems ? `, ${summary.problems} lines skipped` : ""}.`;
      if (chat) chat.print(`${finished} Commands still work; exit quits.`);
      else process.stdout.write(`${finished}\n`);
    }
  }

  const stopped = signals.requested.then(() => undefined);
  if (chat) await Promise.race([chat.closed, stopped]);
  else if (!signals.stopping) {
    await Promise.race([answerPipedLines(process.stdin, process.stdout, answer), stopped]);
    // Live, with a platform connected or taking pushed documents, capwatch keeps serving after the terminal's input ends.
    if (!signals.stopping && longRunning) {
      const serving = [...connected, ...(platforms.ingest ? ["pushed documents"] : [])];
      process.stdout.write(`capwatch: still serving${serving.length > 0 ? ` ${serving.join(" and ")}` : ""}; Ctrl+C stops.\n`);
      await stopped;
    }
  }
  chat?.close();
  if (signals.stopping) log("stopping: sources, then deliveries in flight, then the engine's state and the store");
  // Deliveries still in flight after the bound stay in the outbox: the next start sends them.
  await boundedStep("stopping the live sources", async () => stopLive?.(), log);
  await boundedStep("finishing deliveries in flight", () => platforms.stop(), log);
  const saved = await boundedStep("saving the engine's state", () => engine.checkpoint(), log);
  const closed = await boundedStep("closing the store", () => opened.close(), log);
  return saved && closed ? 0 : 1;
}

/** Why `path` cannot be read as a file (ENOENT, EACCES, a directory), or undefined when it can. */
async function unreadableFile(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return "not a file";
    await access(path, constants.R_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

/** Set when the person or a signal ended npm start mid-episode: its timers would keep the process alive. */
let replayAbandoned = false;

/** How the bot ended: its exit status (`capwatch start` waits on it). */
export const exited: Promise<number> = main().then(
  (code) => {
    process.exitCode = code;
    signals.dispose();
    // Stopped by a signal, stdin (or an abandoned replay) may still hold the process open.
    if (signals.stopping || replayAbandoned) process.exit(code);
    return code;
  },
  (error: unknown) => {
    log.error((error as Error).stack ?? String(error));
    process.exitCode = 1;
    if (signals.stopping) process.exit(1);
    return 1;
  },
);
