// `capwatch discord register [--guild ID]` against the fake REST.
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordRegisterCommand } from "../../../src/app/commands/register-command.js";
import { APP_ID, FAKE_TOKEN, FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { GUILD } from "../../fakes/discord/interactions.js";

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(() => fake?.close());

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += String(c)));
  stderr.on("data", (c) => (err += String(c)));
  const code = await discordRegisterCommand(args, { stdin: new PassThrough(), stdout, stderr }, env);
  return { code, out, err };
}

describe("GIVEN DISCORD_TOKEN and DISCORD_APPLICATION_ID", () => {
  const env = () => ({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });

  it("THEN register --guild puts /capwatch (lookups) and /capwatch-admin (Manage Server) on that server", async () => {
    const { code, out } = await run(["register", "--guild", GUILD], env());
    expect(code).toBe(0);
    expect(out).toContain(`Registered /capwatch and /capwatch-admin in server ${GUILD}`);
    expect(out).toContain("Server Settings → Integrations");
    expect(out).toContain(`https://discord.com/oauth2/authorize?client_id=${APP_ID}&scope=bot+applications.commands&permissions=19456`);
    const [put] = fake.find("PUT", new RegExp(`^/applications/${APP_ID}/guilds/${GUILD}/commands$`));
    expect(put?.headers.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    type Option = { name: string; type: number; options?: Array<{ name: string; type: number; options?: unknown[] }> };
    const [command, admin] = put?.body as Array<{ name: string; contexts: number[]; default_member_permissions?: string | null; options: Option[] }>;
    expect(command?.name).toBe("capwatch");
    expect(command?.contexts).toEqual([0]);
    // Everyone sees the lookups; the server's owners may narrow it in Integrations.
    expect(command?.default_member_permissions ?? null).toBeNull();
    const byName = new Map(command?.options.map((o) => [o.name, o]));
    expect(["watch", "consensus", "feeds"].map((g) => byName.get(g)?.type)).toEqual([2, 2, 2]);
    expect(byName.get("feeds")?.options?.map((o) => o.name)).toEqual(["list"]);
    expect(byName.get("watch")?.options?.map((o) => o.name)).toEqual(["list"]);
    expect(byName.has("mute")).toBe(false);
    expect(byName.get("capex")?.options?.[0]).toMatchObject({ name: "ticker", type: 3, required: true, autocomplete: true });
    expect(byName.get("movers")?.options?.[0]).toMatchObject({ name: "count", type: 4, min_value: 1, max_value: 25 });

    expect(admin?.name).toBe("capwatch-admin");
    // Manage Server (0x20): Discord shows the command only to members who have it, by default.
    expect(admin?.default_member_permissions).toBe("32");
    expect(admin?.contexts).toEqual([0]);
    const adminByName = new Map(admin?.options.map((o) => [o.name, o]));
    expect([...adminByName.keys()]).toEqual(["watch", "thresholds", "kinds", "consensus", "feeds", "mute", "unmute", "quiet", "audit", "recap"]);
    expect(adminByName.get("recap")?.options?.map((o) => o.name)).toEqual(["on", "off"]);
    // `quiet HH:MM-HH:MM | quiet off`: a group of two, the window one required string.
    expect(adminByName.get("quiet")?.options?.map((o) => o.name)).toEqual(["set", "off"]);
    expect(adminByName.get("quiet")?.options?.[0]?.options).toEqual([expect.objectContaining({ name: "window", type: 3, required: true, max_length: 20 })]);
    // `thresholds set`: the six thresholds, each optional; Discord checks the ranges of the typed ones
    // (THRESHOLD_BOUNDS, as the command layer does), money stays text for the shared parser.
    const thresholdsSet = adminByName.get("thresholds")?.options?.find((o) => o.name === "set")?.options as Array<Record<string, unknown>>;
    expect(thresholdsSet.map((o) => [o.name, o.type, o.min_value, o.max_value, o.required ?? false])).toEqual([
      ["mcap-pct", 10, 0.01, 100, false],
      ["mcap-usd", 3, undefined, undefined, false],
      ["capex-pct", 10, 0.01, 1000, false],
      ["drawdown-pct", 10, 0.01, 100, false],
      ["drawdown-usd", 3, undefined, undefined, false],
      ["drawdown-days", 4, 2, 250, false],
    ]);
    expect(adminByName.get("watch")?.options?.map((o) => o.name)).toEqual(["add", "remove"]);
    expect(adminByName.get("feeds")?.options?.map((o) => o.name)).toEqual(["add", "remove"]);
  });

  it("THEN both commands keep within Discord's limits: 25 options and 25 choices at every level, names and descriptions in bounds", async () => {
    await run(["register", "--guild", GUILD], env());
    const puts = fake.find("PUT", new RegExp(`^/applications/${APP_ID}/guilds/${GUILD}/commands$`));
    type Node = { name: string; description: string; options?: Node[]; choices?: unknown[] };
    const counts: string[] = [];
    const walk = (node: Node, path: string) => {
      expect(node.name, path).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(node.description.length, path).toBeLessThanOrEqual(100);
      expect(node.options?.length ?? 0, path).toBeLessThanOrEqual(25);
      expect(node.choices?.length ?? 0, path).toBeLessThanOrEqual(25);
      if (node.options !== undefined) counts.push(`${path}: ${node.options.length}`);
      for (const o of node.options ?? []) walk(o, `${path} ${o.name}`);
    };
    for (const command of puts.at(-1)?.body as Node[]) walk(command, command.name);
    expect(counts).toContain("capwatch-admin: 10");
    expect(counts).toContain("capwatch-admin thresholds set: 6");
    expect(counts).toContain("capwatch-admin quiet: 2");
  });

  it("THEN register without --guild registers globally", async () => {
    const { code, out } = await run(["register"], env());
    expect(code).toBe(0);
    expect(out).toContain("Registered /capwatch and /capwatch-admin globally");
    expect(fake.find("PUT", new RegExp(`^/applications/${APP_ID}/commands$`))).toHaveLength(1);
  });

  it("THEN a refused token fails with Discord's words and exit code 1", async () => {
    const { code, err } = await run(["register"], { ...env(), DISCORD_TOKEN: "wrong-token-wrong-token-123" });
    expect(code).toBe(1);
    expect(err).toContain("Discord refused the registration: 401: Unauthorized");
  });
});
