// A fake Slack Web API on 127.0.0.1: records every call, answers like Slack (auth.test,
// chat.postMessage, chat.update, users.info, users.conversations, views.publish, views.open,
// apps.connections.open), keeps each channel's posted messages with
// their metadata and reads them back (conversations.history), takes response_url posts, and lets a
// test script failures (429 with Retry-After, platform errors) per call.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  params: Record<string, string>;
  authorization?: string;
  /** The test's clock when the call arrived. */
  at: number;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** Returns an answer to override the default one, or undefined to answer as Slack would. */
export type Script = (call: ApiCall) => FakeAnswer | undefined;

/** A message the fake took, as conversations.history returns it. */
export interface StoredMessage {
  ts: string;
  text?: string;
  /** The blocks as sent (JSON), replaced by chat.update. */
  blocks?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  /** Each channel's messages, oldest first. */
  readonly channels = new Map<string, StoredMessage[]>();
  readonly responses: Array<{ path: string; body: Record<string, unknown> }> = [];
  readonly admins = new Set<string>();
  /** Each user's channels, as users.conversations lists them. */
  readonly memberships = new Map<string, string[]>();
  /** The last view views.publish put on each user's Home tab (parsed). */
  readonly homes = new Map<string, { type: string; blocks: unknown[] }>();
  script: Script = () => undefined;
  socketUrl = "";
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The Web API base for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response_url/${id}`;
  }

  posts(): ApiCall[] {
    return this.calls.filter((c) => c.method === "chat.postMessage");
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const path = req.url ?? "/";
        if (path.startsWith("/response_url/")) {
          this.responses.push({ path, body: JSON.parse(raw) as Record<string, unknown> });
          return void res.writeHead(200).end("ok");
        }
        const call: ApiCall = { method: path.replace(/^\/api\//, ""), params: Object.fromEntries(new URLSearchParams(raw)), authorization: req.headers.authorization, at: this.now() };
        this.calls.push(call);
        const answer = this.script(call) ?? this.answer(call);
        res.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Waits (really, briefly) until `check` holds: the listener answers after the ack. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > until) throw new Error("fake Slack: timed out waiting");
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private answer(call: ApiCall): FakeAnswer {
    switch (call.method) {
      case "auth.test":
        return { body: { ok: true, team_id: "T1", team: "Test team", user_id: "UBOT", bot_id: "B1", url: "https://test.slack.com/" } };
      case "chat.postMessage": {
        // Slack's ts is the post's time, unique per channel.
        const ts = `${Math.floor(this.now() / 1000)}.${String(this.calls.length).padStart(6, "0")}`;
        const message: StoredMessage = { ts, text: call.params.text, blocks: call.params.blocks, ...(call.params.metadata ? { metadata: JSON.parse(call.params.metadata) as StoredMessage["metadata"] } : {}) };
        const channel = call.params.channel ?? "";
        this.channels.set(channel, [...(this.channels.get(channel) ?? []), message]);
        return { body: { ok: true, channel, ts, message: { text: call.params.text } } };
      }
      case "chat.update": {
        // Slack edits a message it has; an unknown ts is message_not_found.
        const message = (this.channels.get(call.params.channel ?? "") ?? []).find((m) => m.ts === call.params.ts);
        if (message === undefined) return { body: { ok: false, error: "message_not_found" } };
        message.text = call.params.text;
        message.blocks = call.params.blocks;
        return { body: { ok: true, channel: call.params.channel, ts: message.ts, text: message.text } };
      }
      case "conversations.history": {
        // Newest first, from `oldest` on; metadata only when asked for, as Slack does.
        const oldest = Number(call.params.oldest ?? 0);
        const limit = Number(call.params.limit ?? 100);
        const all = (this.channels.get(call.params.channel ?? "") ?? []).filter((m) => Number(m.ts) >= oldest).reverse();
        const start = Number(call.params.cursor ?? 0);
        const page = all.slice(start, start + limit).map(({ metadata, ...m }) => (call.params.include_all_metadata === "true" && metadata ? { ...m, metadata } : m));
        const more = start + limit < all.length;
        return { body: { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : "" } } };
      }
      case "users.info": {
        const id = call.params.user ?? "";
        return { body: { ok: true, user: { id, is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false } } };
      }
      case "users.conversations": {
        const ids = this.memberships.get(call.params.user ?? "") ?? [];
        return { body: { ok: true, channels: ids.map((id) => ({ id, is_member: true })), response_metadata: { next_cursor: "" } } };
      }
      case "views.publish": {
        // A Home view of more than 100 blocks, or without a user, is refused as Slack does.
        const view = JSON.parse(call.params.view ?? "{}") as { type: string; blocks: unknown[] };
        if (!call.params.user_id || view.type !== "home" || view.blocks.length > 100) return { body: { ok: false, error: "invalid_arguments" } };
        this.homes.set(call.params.user_id, view);
        return { body: { ok: true, view: { id: "V_HOME", ...view } } };
      }
      case "views.open": {
        const view = JSON.parse(call.params.view ?? "{}") as { type: string; blocks?: unknown[] };
        if (!call.params.trigger_id || view.type !== "modal" || (view.blocks?.length ?? 0) > 100) return { body: { ok: false, error: "invalid_arguments" } };
        return { body: { ok: true, view: { id: "V_MODAL", ...view } } };
      }
      case "apps.connections.open":
        return { body: { ok: true, url: this.socketUrl } };
      default:
        return { body: { ok: false, error: "unknown_method" } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
