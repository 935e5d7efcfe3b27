import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../../src/bot/http/http-server.js";

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the one HTTP server", () => {
  it("GIVEN routes from two adapters THEN each answers on its path, health answers, anything else is a 404", async () => {
    const logged: string[] = [];
    server = new HttpServer((m) => logged.push(m));
    server.route("POST", "/slack/events", (_req, res) => void res.writeHead(200).end("slack"));
    server.route("POST", "/discord/interactions", () => {
      throw new Error("boom");
    });
    const port = await server.listen(0, "127.0.0.1");
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/slack/events?x=1`, { method: "POST" })).text()).toBe("slack");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
    const failed = await fetch(`${base}/discord/interactions`, { method: "POST" });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: "internal error" });
    expect(logged).toEqual(["http POST /discord/interactions: boom"]);
  });
});
