import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeDesk } from "../../helpers/desk.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";

let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness((await episodeDesk()).desk, { mode: "socket" });
});
afterAll(() => h.close());

describe("Slack over Socket Mode: /capwatch", () => {
  it("GIVEN a slash_commands envelope THEN the envelope is acked and the answer arrives at the response_url", async () => {
    expect(h.api.calls.map((c) => c.method)).toContain("apps.connections.open");
    h.socket!.send({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: { command: "/capwatch", text: "capex GOOGL", team_id: "T1", channel_id: "C_MARKETS", user_id: "U_MEMBER", response_url: h.api.responseUrl("s1"), trigger_id: "1.2.3", api_app_id: "A1" },
    });
    await h.api.waitFor(() => h.socket!.acks.find((a) => a.envelope_id === "env-1"));
    const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.path.endsWith("/s1"))?.body);
    expect(answer.response_type).toBe("ephemeral");
    expect(answer.text).toContain("Capex: GOOGL");
    expect(JSON.stringify(answer.blocks)).toContain("```");
  });
});
