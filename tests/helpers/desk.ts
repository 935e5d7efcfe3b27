// The one fixture for "a desk" in tests: the app's own openDesk (store, engine, outbox delivery)
// on a fresh in-memory store or a given one, with what it delivered; the bundled episode replayed
// into one; replay text run through the whole path; and the command side (`ask`).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReplayJson } from "../../src/alerts/render/replay-json.js";
import type { Alert } from "../../src/alerts/types.js";
import { openDesk, type DeskConfig, type OpenDesk } from "../../src/app/desk.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { replayIntoSink } from "../../src/app/replay-session.js";
import type { Caller, Desk } from "../../src/bot/commands/context.js";
import { answerCommand } from "../../src/bot/commands/handle-command.js";
import type { Reply } from "../../src/bot/replies/reply.js";
import { renderReplyText } from "../../src/bot/replies/text-renderer.js";
import type { Extractor } from "../../src/sources/documents/read-document.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { MEMORY_STORE } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

export const EPISODE = "data/episode-2026.jsonl";
export const ADMIN: Caller = { channel: "#markets", userId: "U_ADMIN", isAdmin: true, isOperator: true };
export const MEMBER: Caller = { channel: "#markets", userId: "U_MEMBER", isAdmin: false };

export interface TestDesk extends OpenDesk {
  /** What the desk's delivery took, in order. */
  delivered: Alert[];
  /** The command side over this desk: data time from the engine unless given, a fixed wall clock. */
  commands(options?: { dataNow?: () => number; source?: string }): Desk;
  ask(text: string, caller?: Caller, desk?: Desk): Promise<Reply & { rendered: string }>;
}

export interface TestDeskOptions {
  /** A location or an open store (a test reopening what a replay wrote); a fresh in-memory one by default. */
  store?: string | Store;
  /** "await" (default): each burst is delivered before the engine goes on, so `delivered` is current after every handle. */
  follow?: DeskConfig["follow"];
  clock?: () => Date;
  /** Called for each alert before it counts as delivered; throwing refuses it (the outbox keeps it). */
  deliver?: (alert: Alert) => void;
  /** false: the desk delivers nothing itself (a platform under test delivers from the outbox). */
  delivers?: boolean;
}

export async function testDesk(options: TestDeskOptions = {}): Promise<TestDesk> {
  const delivered: Alert[] = [];
  const opened = await openDesk({
    store: options.store ?? MEMORY_STORE,
    ...(options.delivers === false
      ? {}
      : {
          sink: () => ({
            deliver(alert: Alert) {
              options.deliver?.(alert);
              delivered.push(alert);
            },
          }),
          follow: options.follow ?? "await",
        }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const commands = (o: { dataNow?: () => number; source?: string } = {}): Desk => ({
    engine: opened.engine,
    store: opened.store,
    dataNow: o.dataNow ?? (() => opened.engine.market.dataTime() as number),
    wallNow: () => new Date("2026-11-26T12:00:00Z"),
    source: o.source ?? "test",
    deliveryState: () => "delivering",
  });
  return {
    ...opened,
    delivered,
    commands,
    async ask(text, caller = ADMIN, desk = commands()) {
      const reply = await answerCommand(text, caller, desk);
      return { ...reply, rendered: renderReplyText(reply) };
    },
  };
}

export interface EpisodeDesk {
  desk: Desk;
  delivered: Alert[];
  ask(text: string, caller?: Caller): Promise<Reply & { rendered: string }>;
}

/** The bundled episode replayed into a fresh desk. */
export async function episodeDesk(): Promise<EpisodeDesk> {
  const d = await testDesk();
  await runReplay(EPISODE, d.engine, {
    policy: replayPolicy(d.engine),
    onProblem: (p) => {
      throw new Error(`episode line ${p.line}: ${p.reason}`);
    },
  });
  const desk = d.commands({ source: "test episode" });
  return { desk, delivered: d.delivered, ask: (text, caller = ADMIN) => d.ask(text, caller, desk) };
}

/** A stand-in extractor for engine tests: "GUIDE FY2026 115e9 135e9" → one statement. */
export const tokenGuidanceReader: Extractor = (text) =>
  [...text.matchAll(/GUIDE (\S+) (\S+) (\S+)/g)].map((m) => ({
    metric: "capex" as const,
    period: m[1] as string,
    low: m[2] === "null" ? null : Number(m[2]),
    high: m[3] === "null" ? null : Number(m[3]),
    currency: "USD",
    text: m[0],
  }));

export function writeReplayFile(lines: Array<object | string>): string {
  const dir = mkdtempSync(join(tmpdir(), "capwatch-replay-"));
  const path = join(dir, "test.jsonl");
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

export interface ReplayOutcome {
  alerts: Record<string, unknown>[];
  raw: Alert[];
  problems: string[];
}

/** Replay text through the real engine, store and outbox (as `capwatch replay`), collecting what reaches a channel. */
export async function replayThrough(path: string, options: { store?: Store; reader?: Extractor } = {}): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { alerts: [], raw: [], problems: [] };
  await replayIntoSink(path, options.store ?? MEMORY_STORE, {
    extract: options.reader ?? tokenGuidanceReader,
    sink: () => ({
      deliver(alert) {
        outcome.raw.push(alert);
        outcome.alerts.push(toReplayJson(alert));
      },
    }),
    onProblem: (p) => outcome.problems.push(`${p.line}: ${p.reason}`),
  });
  return outcome;
}
