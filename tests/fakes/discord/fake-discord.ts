// A small fake of Discord on 127.0.0.1: the REST API under /api/v10 and the gateway (WebSocket)
// on the same port. It records every request, keeps each channel's messages (a post with
// `enforce_nonce` and a nonce it saw in the last few minutes gets that message back, as Discord
// does, instead of a second one), and lets a test script the next answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const FAKE_TOKEN = "fake-bot-token.for-tests.0123456789";
export const APP_ID = "1100000000000000001";
export const BOT_ID = "1100000000000000002";

/** A file part of a multipart request (an attachment). */
export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The JSON body, or a multipart request's payload_json. */
  body: unknown;
  /** A multipart request's files (attachments), in order. */
  files?: RecordedFile[];
  headers: IncomingMessage["headers"];
  at: number;
}

/** A scripted answer: status, JSON body (undefined: no body) and headers. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Script = (req: RecordedRequest) => FakeAnswer | undefined;

/** A message the fake took. */
export interface FakeMessage {
  id: string;
  nonce?: string;
  at: number;
  embeds: unknown[];
  /** The message's buttons (action rows), as posted. */
  components?: unknown[];
  /** The attachments' metadata from the payload, with their files' bytes. */
  attachments?: Array<{ filename: string; description?: string; bytes?: Buffer }>;
}

/** How long Discord remembers an enforced nonce ("a few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60_000;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Each channel's messages, oldest first. */
  readonly channels = new Map<string, FakeMessage[]>();
  private readonly scripts: Script[] = [];
  private readonly headerScripts: Array<(req: RecordedRequest) => Record<string, string> | undefined> = [];
  private readonly sockets = new Set<WebSocket>();
  private seq = 0;
  private server!: Server;
  private wss!: WebSocketServer;
  port = 0;

  /** Guilds READY lists (then sent as GUILD_CREATE). */
  constructor(private readonly guilds: string[] = []) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on("connection", (ws) => this.onGateway(ws));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers matching requests with `script` (first script that answers wins; undefined passes). */
  script(script: Script): void {
    this.scripts.push(script);
  }

  /** Adds headers to the answers a script left to the fake (as Discord sends X-RateLimit-* on every answer). */
  answerHeaders(headers: (req: RecordedRequest) => Record<string, string> | undefined): void {
    this.headerScripts.push(headers);
  }

  /** Sends a gateway dispatch to every connected client. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  /** The messages a channel holds, oldest first (their ids, as a reply refers to them). */
  messagesIn(channel: string): Array<{ id: string; nonce?: string }> {
    return [...(this.channels.get(channel) ?? [])];
  }

  /** Requests so far whose method and path match. */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > until) throw new Error("fake Discord: timed out waiting");
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op !== 2) return;
      const user = { id: BOT_ID, username: "capwatch", discriminator: "0", bot: true, avatar: null, global_name: null };
      const ready = {
        v: 10, user, guilds: this.guilds.map((id) => ({ id, unavailable: true })), session_id: "session-1",
        resume_gateway_url: `ws://127.0.0.1:${this.port}`, shard: [0, 1], application: { id: APP_ID, flags: 0 },
      };
      ws.send(JSON.stringify({ op: 0, t: "READY", s: ++this.seq, d: ready }));
      for (const id of this.guilds) ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++this.seq, d: guildPayload(id) }));
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? "/").split("?")[0]?.replace(/^\/api\/v10/, "") ?? "/";
    const contentType = req.headers["content-type"] ?? "";
    const { body, files } = contentType.startsWith("multipart/form-data") ? await readMultipart(raw, contentType) : { body: raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined, files: undefined };
    const recorded: RecordedRequest = { method: req.method ?? "GET", path, body, ...(files ? { files } : {}), headers: req.headers, at: Date.now() };
    this.requests.push(recorded);
    const scripted = this.scripts.map((s) => s(recorded)).find((a) => a !== undefined);
    const answer = scripted ?? this.defaultAnswer(recorded);
    if (scripted === undefined) for (const extra of this.headerScripts) answer.headers = { ...answer.headers, ...extra(recorded) };
    // A 204 must carry no content-type: @discordjs/rest parses by content type.
    if (answer.body === undefined) {
      res.writeHead(answer.status, answer.headers ?? {}).end();
      return;
    }
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify(answer.body));
  }

  private createMessage(channel: string, req: RecordedRequest): FakeAnswer {
    const body = req.body as { embeds?: unknown[]; components?: unknown[]; attachments?: Array<{ id: number | string; filename: string; description?: string }>; nonce?: string | number; enforce_nonce?: boolean };
    const nonce = body.nonce === undefined ? undefined : String(body.nonce);
    const messages = this.channels.get(channel) ?? [];
    const seen = body.enforce_nonce && nonce !== undefined ? messages.find((m) => m.nonce === nonce && req.at - m.at < NONCE_WINDOW_MS) : undefined;
    // Discord matches attachment `id` n to the multipart field files[n].
    const attachments = (body.attachments ?? []).map((a) => ({ filename: a.filename, description: a.description, bytes: req.files?.find((f) => f.field === `files[${a.id}]`)?.bytes }));
    const kept = seen ?? { id: String(this.requests.length), nonce, at: req.at, embeds: body.embeds ?? [], components: body.components ?? [], attachments };
    if (!seen) this.channels.set(channel, [...messages, kept]);
    return { status: 200, body: { id: kept.id, channel_id: channel, content: "", embeds: kept.embeds, components: kept.components, ...(nonce === undefined ? {} : { nonce }) } };
  }

  private defaultAnswer(req: RecordedRequest): FakeAnswer {
    const bot = req.headers.authorization;
    const needsAuth = !req.path.startsWith("/interactions/") && !req.path.startsWith("/webhooks/");
    if (needsAuth && bot !== `Bot ${FAKE_TOKEN}`) return { status: 401, body: { message: "401: Unauthorized", code: 0 } };
    if (req.method === "GET" && req.path === "/gateway/bot") {
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
    }
    if (req.path.startsWith("/interactions/")) return { status: 204 };
    const message = /^\/channels\/(\d+)\/messages$/.exec(req.path);
    if (req.method === "POST" && message) return this.createMessage(message[1]!, req);
    if (req.method === "PATCH" && req.path.startsWith("/webhooks/")) return { status: 200, body: { id: "1", ...(req.body as object) } };
    // A follow-up message through the interaction's webhook (`followUp`, or a POST to it).
    const followUp = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(req.path);
    if (req.method === "POST" && followUp) return this.createMessage(`webhook:${followUp[2]}`, req);
    if (req.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(req.path)) {
      return { status: 200, body: (req.body as Array<object>).map((c, i) => ({ id: String(9000 + i), application_id: APP_ID, version: "1", ...c })) };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }
}

function guildPayload(id: string): object {
  return {
    id, name: `Server ${id}`, unavailable: false, owner_id: "1100000000000000009", member_count: 2, features: [],
    channels: [], threads: [], roles: [], members: [], emojis: [], stickers: [], presences: [], voice_states: [],
    stage_instances: [], guild_scheduled_events: [], joined_at: "2026-01-01T00:00:00.000Z", large: false,
  };
}

/** A multipart body as Discord reads it: `payload_json` is the JSON body, `files[n]` the attachments. */
async function readMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const files: RecordedFile[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") body = JSON.parse(value);
      continue;
    }
    const blob = value as Blob & { name?: string };
    files.push({ field, name: blob.name ?? "", contentType: blob.type, bytes: Buffer.from(await blob.arrayBuffer()) });
  }
  return { body, files };
}
