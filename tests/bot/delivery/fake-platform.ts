// A ChatPlatform that records what it is given and fails as a test scripts it, on a manual clock.
import type { Alert } from "../../../src/alerts/types.js";
import type { ChatPlatform, Failure, Pacing } from "../../../src/bot/delivery/chat-platform.js";
import { ChannelStates } from "../../../src/bot/delivery/channel-states.js";
import { DeliveryLoop } from "../../../src/bot/delivery/delivery-loop.js";
import type { Store } from "../../../src/store/store.js";

/** Thrown by the fake's post; its `failure` is what classify answers. */
export class Scripted extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

export interface Posted {
  channel: string;
  workspace?: string;
  title: string;
  at: number;
}

export function fakePlatform(pacing: Partial<Pacing> = {}, script: (channel: string, n: number) => Failure | undefined = () => undefined, tokenPerWorkspace = false) {
  const posted: Posted[] = [];
  let clockMs = Date.parse("2026-02-16T15:00:00Z");
  let tries = 0;
  const sleeps: number[] = [];
  const platform: ChatPlatform<string> = {
    name: "slack",
    renderAlert: (view) => view.title,
    renderReply: (reply) => reply.title,
    post({ channel, workspace }, title) {
      const failure = script(channel, tries++);
      if (failure) throw new Scripted(failure);
      posted.push({ channel, workspace, title, at: clockMs });
    },
    classify: (error) => (error instanceof Scripted ? error.failure : { kind: "retry_later", reason: String(error) }),
    pacing: { channelIntervalMs: 0, channels: "parallel", ...pacing },
    tokenPerWorkspace,
    words: {
      delivering: "delivering",
      pausedNote: "fix it",
      pausedReason: "refused",
      stoppedReason: "left",
      pausedHowTo: "invite it",
      tokenRefused: (reason) => `token refused (${reason})`,
    },
  };
  return {
    platform,
    posted,
    sleeps,
    clock: () => new Date(clockMs),
    advance: (ms: number) => void (clockMs += ms),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clockMs += ms;
    },
  };
}

export type Fake = ReturnType<typeof fakePlatform>;

export async function loopOver(store: Store, fake: Fake, channels: Array<{ channel: string; workspace?: string }> = []) {
  const logs: string[] = [];
  const halts: string[] = [];
  const states = await ChannelStates.load("slack", fake.platform.words, store, () => fake.clock().getTime());
  const loop = new DeliveryLoop({
    outbox: store,
    platform: fake.platform,
    states,
    channels: () => channels,
    log: (l) => logs.push(l),
    clock: fake.clock,
    sleep: fake.sleep,
    onHalt: (m) => halts.push(m),
  });
  return { loop, logs, halts };
}

/** `count` market-cap alerts per channel, interleaved, into the outbox for Slack. */
export async function seed(store: Store, channels: string[], count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    for (const channel of channels) {
      const alert = { channel, kind: "mcap_drop", ticker: "MSFT", ts: new Date(Date.UTC(2026, 0, 29, 14, i)).toISOString(), level: i + 1, marketCap: 3e12, referenceMarketCap: 3.3e12, changeUsd: -3e11, changePct: -9 } as Alert;
      await store.recordAlerts([{ alert, platform: "slack", dedupe: { channel, key: `k${i}`, value: i } }]);
    }
  }
}
