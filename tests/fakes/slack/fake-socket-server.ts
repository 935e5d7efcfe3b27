// A fake Socket Mode server: says hello to the client, pushes envelopes, collects the acks.
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export class FakeSocketServer {
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  private wss: WebSocketServer | undefined;
  private client: WebSocket | undefined;

  async start(): Promise<string> {
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    this.wss = wss;
    await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
    wss.on("connection", (socket) => {
      this.client = socket;
      socket.on("message", (data) => this.acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" }, connection_info: { app_id: "A1" } }));
    });
    return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=t1`;
  }

  send(envelope: Record<string, unknown>): void {
    if (!this.client) throw new Error("fake socket: no client connected");
    this.client.send(JSON.stringify(envelope));
  }

  close(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate();
    return new Promise((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
