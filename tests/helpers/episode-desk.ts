// The bundled episode replayed into a fresh store, with a desk for commands and what got delivered.
import { localDelivery, sinkPlatform } from "../../src/bot/terminal/terminal-platform.js";
import { Engine } from "../../src/alerts/engine.js";
import type { Alert } from "../../src/alerts/types.js";
import type { Caller, Desk } from "../../src/bot/commands/context.js";
import { answerCommand } from "../../src/bot/commands/handle-command.js";
import type { Reply } from "../../src/bot/replies/reply.js";
import { renderReplyText } from "../../src/bot/replies/text-renderer.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { MEMORY_STORE, openStore } from "../../src/store/open-store.js";

export const EPISODE = "data/episode-2026.jsonl";
export const ADMIN: Caller = { channel: "#markets", userId: "U_ADMIN", isAdmin: true };
export const MEMBER: Caller = { channel: "#markets", userId: "U_MEMBER", isAdmin: false };

export interface EpisodeDesk {
  desk: Desk;
  delivered: Alert[];
  ask(text: string, caller?: Caller): Promise<Reply & { rendered: string }>;
}

export async function episodeDesk(): Promise<EpisodeDesk> {
  const store = await openStore(MEMORY_STORE);
  const engine = await Engine.open(store);
  const delivered: Alert[] = [];
  const delivery = localDelivery(store, sinkPlatform({ deliver: (a) => void delivered.push(a) }));
  engine.onAlertsRecorded(() => delivery.drain().then(() => undefined));
  await runReplay(EPISODE, engine, { onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  const desk: Desk = {
    engine,
    store,
    dataNow: () => engine.dataTime() as number,
    wallNow: () => new Date("2026-11-26T12:00:00Z"),
    source: "test episode",
    deliveryState: () => "delivering",
  };
  return {
    desk,
    delivered,
    async ask(text, caller = ADMIN) {
      const reply = await answerCommand(text, caller, desk);
      return { ...reply, rendered: renderReplyText(reply) };
    },
  };
}
