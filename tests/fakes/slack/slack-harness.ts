// capwatch's Slack side started for real (Bolt, delivery, the one HTTP server) against the fakes.
import type { Desk } from "../../../src/bot/commands/context.js";
import { HttpServer } from "../../../src/bot/http/http-server.js";
import type { Sleep } from "../../../src/bot/delivery/sleep.js";
import { startSlack, type SlackSide } from "../../../src/bot/slack/start-slack.js";
import type { SlackConfig } from "../../../src/bot/slack/config.js";
import { FakeSocketServer } from "./fake-socket-server.js";
import { FakeSlackApi } from "./fake-web-api.js";
import { SIGNING_SECRET } from "./sign.js";

export interface SlackHarness {
  api: FakeSlackApi;
  socket?: FakeSocketServer;
  /** Base URL of the one HTTP server. */
  base: string;
  slack: SlackSide;
  logs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode?: "http" | "socket";
  admins?: string[];
  clock?: () => Date;
  sleep?: Sleep;
  /** Set up the fake before Bolt starts (scripts, admins). */
  prepare?: (api: FakeSlackApi) => void;
}

export async function slackHarness(desk: Desk, options: HarnessOptions = {}): Promise<SlackHarness> {
  const api = await new FakeSlackApi(() => (options.clock ?? (() => new Date()))().getTime()).start();
  options.prepare?.(api);
  let socket: FakeSocketServer | undefined;
  if (options.mode === "socket") {
    socket = new FakeSocketServer();
    api.socketUrl = await socket.start();
  }
  const config: SlackConfig = {
    mode: options.mode === "socket" ? { kind: "socket", botToken: "xoxb-test", appToken: "xapp-test" } : { kind: "http", botToken: "xoxb-test", signingSecret: SIGNING_SECRET },
    apiUrl: api.apiUrl,
    admins: new Set(options.admins ?? []),
    port: 0,
  };
  const logs: string[] = [];
  const http = new HttpServer((line) => logs.push(line));
  const slack = await startSlack({ config, desk, http, log: (line) => logs.push(line), clock: options.clock, sleep: options.sleep });
  const port = await http.listen(0, "127.0.0.1");
  return {
    api,
    socket,
    base: `http://127.0.0.1:${port}`,
    slack,
    logs,
    async close() {
      await slack.stop();
      await http.close();
      await socket?.close();
      await api.close();
    },
  };
}

/** A clock that only moves when the delivery sleeps: 429 waits and pacing take no real time. */
export function manualTime(startIso = "2026-02-16T15:00:00Z"): { clock: () => Date; sleep: Sleep; sleeps: number[] } {
  let now = Date.parse(startIso);
  const sleeps: number[] = [];
  return {
    clock: () => new Date(now),
    sleeps,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
