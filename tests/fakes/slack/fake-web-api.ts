// A fake Slack Web API on 127.0.0.1: records every call, answers like Slack (auth.test,
// chat.postMessage, chat.update, users.info, users.conversations, conversations.members,
// views.publish, views.open,
// apps.connections.open), keeps each channel's posted messages with
// their metadata and reads them back (conversations.history), takes response_url posts, takes file
// uploads the way files.uploadV2 makes them (files.getUploadURLExternal, the bytes POSTed to the
// upload URL, files.completeUploadExternal sharing them into a channel), and lets a test script
// failures (429 with Retry-After, platform errors) per call.
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

/** A file uploaded through the external-upload flow, and where it was shared. */
export interface UploadedFile {
  id: string;
  filename: string;
  /** The length files.getUploadURLExternal was told. */
  length: number;
  altText?: string;
  /** The bytes POSTed to the upload URL (undefined until they arrive). */
  bytes?: Buffer;
  title?: string;
  /** The channel files.completeUploadExternal shared it in. */
  channel?: string;
}

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  /** Files by id, in the order their upload URLs were asked for. */
  readonly files = new Map<string, UploadedFile>();
  /** Each channel's messages, oldest first. */
  readonly channels = new Map<string, StoredMessage[]>();
  readonly responses: Array<{ path: string; body: Record<string, unknown> }> = [];
  readonly admins = new Set<string>();
  /** Each user's channels, as users.conversations lists them (and conversations.members reads back). */
  readonly memberships = new Map<string, string[]>();
  /**
   * The channels the bot is in, when a test says: then users.conversations lists only the user's
   * channels the bot is in too, as Slack does for a bot token. Undefined: all the user's channels.
   */
  botChannels: Set<string> | undefined;
  /** Private channels: conversations.members answers channel_not_found for one the bot is not in. */
  readonly privateChannels = new Set<string>();
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
      void readBody(req).then(async (bytes) => {
        const raw = bytes.toString("utf8");
        const path = req.url ?? "/";
        if (path.startsWith("/upload/")) return void res.writeHead(await this.takeUpload(path.slice("/upload/".length), bytes, req.headers["content-type"])).end("OK - uploaded");
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

  /** Files shared into `channel`, with their bytes. */
  sharedFiles(channel: string): UploadedFile[] {
    return [...this.files.values()].filter((f) => f.channel === channel);
  }

  /** The upload URL's POST: the bytes as a multipart `file` part (what the Web API client sends) or the raw body. */
  private async takeUpload(id: string, body: Buffer, contentType: string | undefined): Promise<number> {
    const file = this.files.get(id);
    if (file === undefined) return 404;
    if (contentType?.startsWith("multipart/form-data")) {
      const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
      const part = [...form.values()].find((v) => typeof v !== "string") as Blob | undefined;
      file.bytes = part ? Buffer.from(await part.arrayBuffer()) : undefined;
    } else file.bytes = body;
    return 200;
  }

  private answer(call: ApiCall): FakeAnswer {
    switch (call.method) {
      case "files.getUploadURLExternal": {
        const length = Number(call.params.length);
        if (!call.params.filename || !Number.isInteger(length) || length <= 0) return { body: { ok: false, error: "invalid_arguments" } };
        const id = `F${String(this.files.size + 1).padStart(6, "0")}`;
        this.files.set(id, { id, filename: call.params.filename, length, ...(call.params.alt_text ? { altText: call.params.alt_text } : {}) });
        return { body: { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id } };
      }
      case "files.completeUploadExternal": {
        const listed = JSON.parse(call.params.files ?? "[]") as Array<{ id: string; title?: string }>;
        const found = listed.map((f) => ({ entry: f, file: this.files.get(f.id) }));
        // Slack refuses to complete a file whose bytes never arrived, or whose size differs from the one announced.
        if (found.some(({ file }) => file?.bytes === undefined || file.bytes.length !== file.length)) return { body: { ok: false, error: "file_upload_failed" } };
        for (const { entry, file } of found) Object.assign(file!, { title: entry.title, channel: call.params.channel_id });
        return { body: { ok: true, files: found.map(({ file }) => ({ id: file!.id, title: file!.title ?? file!.filename, name: file!.filename })) } };
      }
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
        const ids = (this.memberships.get(call.params.user ?? "") ?? []).filter((id) => this.botChannels === undefined || this.botChannels.has(id));
        return { body: { ok: true, channels: ids.map((id) => ({ id, is_member: true })), response_metadata: { next_cursor: "" } } };
      }
      case "conversations.members": {
        // Any public channel's members; a private one's only when the bot is in it. Paged by `limit`.
        const channel = call.params.channel ?? "";
        const botIn = this.botChannels === undefined || this.botChannels.has(channel);
        if (this.privateChannels.has(channel) && !botIn) return { body: { ok: false, error: "channel_not_found" } };
        const members = [...this.memberships].filter(([, ids]) => ids.includes(channel)).map(([user]) => user);
        const start = Number(call.params.cursor || 0);
        const limit = Number(call.params.limit ?? 100);
        const more = start + limit < members.length;
        return { body: { ok: true, members: members.slice(start, start + limit), response_metadata: { next_cursor: more ? String(start + limit) : "" } } };
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
