// Starts the real Discord side (discord.js) against a FakeDiscord, with a short-timed delivery.
import type { Desk } from "../../../src/bot/commands/context.js";
import { startDiscord, type DiscordSide } from "../../../src/bot/discord/start-discord.js";
import { HttpServer } from "../../../src/bot/http/http-server.js";
import type { DiscordConfig } from "../../../src/bot/discord/config.js";
import { APP_ID, FAKE_TOKEN, type FakeDiscord } from "./fake-discord.js";

export interface Harness {
  side: DiscordSide;
  http: HttpServer;
  httpPort: number;
  logs: string[];
  stop(): Promise<void>;
}

export async function startAgainstFake(fake: FakeDiscord, desk: Desk, config: Partial<DiscordConfig> = {}): Promise<Harness> {
  const http = new HttpServer();
  const logs: string[] = [];
  const side = await startDiscord({
    config: { token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl, port: 0, ...config },
    desk,
    http,
    log: (line) => logs.push(line),
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
