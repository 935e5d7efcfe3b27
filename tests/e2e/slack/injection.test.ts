import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type CapexGuidanceAlert } from "../../../src/alerts/types.js";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { signedHeaders, slashCommandBody } from "../../fakes/slack/sign.js";

const HOSTILE = "<!channel> @here <@U123> &lt;";
let episode: EpisodeDesk;
let h: SlackHarness;

beforeAll(async () => {
  episode = await episodeDesk();
  h = await slackHarness(episode.desk, { admins: ["U_ADMIN"] });
});
afterAll(() => h.close());

/** Nothing in `json` can ping, link or decode to markup in Slack. */
function expectInert(json: string) {
  expect(json).not.toMatch(/<[!@#]/);
  expect(json).not.toContain("&lt;!channel&gt;&lt;"); // sanity: escaping happened once, not zero times
  expect(json).toContain("&lt;!channel&gt;");
  expect(json).toContain("&lt;@U123&gt;");
  expect(json).toContain("&amp;lt;");
  expect(json).not.toContain("javascript:");
}

describe("Slack: text from outside capwatch is inert", () => {
  it("GIVEN a consensus source holding <!channel>, @here, <@U123> and &lt; THEN the answer shows them as text", async () => {
    // Slack sends what people type with &, < and > as entities: `&amp;lt;` is a typed `&lt;`.
    const typed = HOSTILE.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const body = slashCommandBody({ text: `consensus set MSFT capex FY2027 150B ${typed}`, user_id: "U_ADMIN", response_url: h.api.responseUrl("inj") });
    const res = await fetch(`${h.base}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(Date.now() / 1000)) });
    expect(res.status).toBe(200);
    const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.path.endsWith("/inj"))?.body);
    expectInert(JSON.stringify({ text: answer.text, blocks: answer.blocks }));
    expect(answer).not.toHaveProperty("link_names");
    expect(answer).not.toHaveProperty("parse");
  });

  it("GIVEN an alert whose ticker, quoted sentence and consensus source hold mentions THEN the posted message is inert and has no link_names or parse", async () => {
    const alert: CapexGuidanceAlert = {
      channel: "C_HOSTILE",
      kind: "capex_guidance",
      ts: "2026-02-04T21:05:00.000Z",
      ticker: HOSTILE,
      period: "FY2026",
      low: 175e9,
      high: 185e9,
      value: 180e9,
      basis: "consensus",
      basisValue: 115.3e9,
      surprisePct: 56.17,
      vsConsensusPct: 56.17,
      vsPriorGuidancePct: null,
      vsPriorYearActualPct: 96.94,
      sentence: `We expect ${HOSTILE} capex of $180 billion.`,
      consensusSource: HOSTILE,
      url: "javascript:alert(1)",
    };
    await episode.desk.engine.routing.setWatchlist({ channel: "C_HOSTILE", platform: "slack", workspace: "T1", tickers: "*", thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["capex_guidance"] });
    await episode.desk.store.recordAlerts([{ alert, dedupe: { channel: "C_HOSTILE", key: "hostile", value: 1 }, platform: "slack" }]);
    await h.slack.flush();
    const post = h.api.posts().find((p) => p.params.channel === "C_HOSTILE");
    expect(post).toBeDefined();
    expectInert(JSON.stringify({ text: post!.params.text, blocks: post!.params.blocks }));
    expect(post!.params).not.toHaveProperty("link_names");
    expect(post!.params).not.toHaveProperty("parse");
  });
});
