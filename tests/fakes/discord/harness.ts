// Starts the real Discord side (discord.js) against a FakeDiscord, with a short-timed delivery.
import type { Desk } from "../../../src/bot/commands/context.js";
import { startDiscord, type DiscordSide } from "../../../src/bot/discord/start-discord.js";
import { HttpServer } from "../../../src/bot/http/http-server.js";
import type { DiscordConfig } from "../../../src/bot/discord/config.js";
import type { Sleep } from "../../../src/bot/delivery/sleep.js";
import { APP_ID, FAKE_TOKEN, type FakeDiscord } from "./fake-discord.js";

export interface Harness {
  side: DiscordSide;
  http: HttpServer;
  httpPort: number;
  logs: string[];
  stop(): Promise<void>;
}

/** A test's clock and sleep for the delivery (quiet hours ending, backoff waits taking no real time). */
export interface HarnessTime {
  clock?: () => Date;
  sleep?: Sleep;
}

export async function startAgainstFake(fake: FakeDiscord, desk: Desk, config: Partial<DiscordConfig> = {}, time: HarnessTime = {}): Promise<Harness> {
  const http = new HttpServer();
  const logs: string[] = [];
  const side = await startDiscord({
    config: { token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl, port: 0, ...config },
    desk,
    http,
    log: (line) => logs.push(line),
    ...(time.clock ? { clock: time.clock } : {}),
    ...(time.sleep ? { sleep: time.sleep } : {}),
    timings: { retryEveryMs: 50, probeEveryMs: 60_000, readyTimeoutMs: 5_000 },
  });
  const httpPort = await http.listen(0, "127.0.0.1");
  return {
    side,
    http,
    httpPort,
    logs,
    async stop() {
      await side.stop();
      await http.close();
    },
  };
}
