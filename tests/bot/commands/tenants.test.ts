// Tenants: two Slack workspaces and a Discord server on one desk, each changing everything it
// may. An admin's consensus belongs to their workspace or server: it changes only their channels'
// alerts and answers (issue 13: a Discord admin's `consensus set META` silenced a Slack
// workspace's capex alert). Market data (replay lines, figures read from documents) is shared.
import { beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "../../../src/bot/commands/context.js";
import { sourceEdge } from "../../../src/sources/documents/read-document.js";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";

const SLACK_A: Caller = { channel: "C_A", platform: "slack", workspace: "T_A", userId: "U_A", isAdmin: true };
const SLACK_B: Caller = { channel: "C_B", platform: "slack", workspace: "T_B", userId: "U_B", isAdmin: true };
const DISCORD: Caller = { channel: "1300000000000000009", platform: "discord", workspace: "1200000000000000009", userId: "1400000000000000009", isAdmin: true };
const ALL = [SLACK_A, SLACK_B, DISCORD];

let d: EpisodeDesk;
beforeEach(async () => {
  d = await episodeDesk();
  for (const caller of ALL) expect((await d.ask("watch add ORCL META", caller)).tone).toBe("success");
});

async function guidanceAlerts(caller: Caller, ticker: string) {
  return (await d.desk.store.recentAlerts(caller.channel, 10, ticker)).map((a) => a.alert).filter((a) => a.kind === "capex_guidance");
}

async function guide(ticker: string, text: string): Promise<void> {
  const edge = sourceEdge(d.desk.engine.market);
  await d.desk.engine.handle(edge({ type: "document", ts: (d.desk.dataNow() as number) + 60_000, ticker, text }));
  await d.desk.engine.flush();
}

describe("consensus belongs to the tenant that set it", () => {
  it("GIVEN each workspace sets its own ORCL consensus and the server none THEN each channel's alert is measured against its own, and the server's raises none", async () => {
    await d.ask("consensus set ORCL capex FY2026 50B LSEG", SLACK_A);
    await d.ask("consensus set ORCL capex FY2026 30B Visible Alpha", SLACK_B);
    await guide("ORCL", "We expect fiscal 2026 capital expenditures of about $35 billion.");
    expect(await guidanceAlerts(SLACK_A, "ORCL")).toMatchObject([{ basis: "consensus", basisValue: 50e9, surprisePct: -30, consensusSource: "LSEG" }]);
    expect(await guidanceAlerts(SLACK_B, "ORCL")).toMatchObject([{ basis: "consensus", basisValue: 30e9, consensusSource: "Visible Alpha" }]);
    expect(await guidanceAlerts(DISCORD, "ORCL")).toEqual([]);
  });

  it("GIVEN a Discord admin sets META's consensus to the guided figure THEN the Slack workspaces' alerts, measured against the shared consensus, still fire", async () => {
    await d.ask("consensus set META capex FY2026 150B", DISCORD);
    await guide("META", "We now expect 2026 capital expenditures to be in the range of $150-160 billion.");
    // The server measures against its own $150B; the workspaces against the shared $110.7B, as before.
    const [server] = await guidanceAlerts(DISCORD, "META");
    expect((server as { vsConsensusPct: number }).vsConsensusPct).toBeCloseTo(3.33, 2);
    for (const slack of [SLACK_A, SLACK_B]) {
      const [alert] = await guidanceAlerts(slack, "META");
      expect(alert).toMatchObject({ ticker: "META", period: "FY2026", basis: "consensus", basisValue: 110.7e9 });
      expect((alert as { vsConsensusPct: number }).vsConsensusPct).toBeCloseTo(40.02, 1);
    }
  });

  it("GIVEN figures set by two tenants THEN each one's consensus list and capex lookup show the shared figures and its own only", async () => {
    await d.ask("consensus set ORCL capex FY2026 50B LSEG", SLACK_A);
    await d.ask("consensus set META capex FY2026 999B Rumour", DISCORD);
    const listA = (await d.ask("consensus list ORCL", SLACK_A)).table?.rows;
    expect(listA).toEqual([["capex", "FY2026", "$50B", "LSEG (set here)", expect.any(String)]]);
    expect((await d.ask("consensus list ORCL", SLACK_B)).table).toBeUndefined();
    expect((await d.ask("consensus list META", SLACK_A)).table?.rows).toEqual([["capex", "FY2026", "$110.7B", expect.stringMatching(/CNBC/), expect.any(String)]]);
    expect((await d.ask("consensus list META", DISCORD)).table?.rows).toEqual([["capex", "FY2026", "$999B", "Rumour (set here)", expect.any(String)]]);
    expect((await d.ask("capex META", SLACK_B)).rendered).toContain("Consensus  FY2026 $110.7B");
    expect((await d.ask("capex META", SLACK_B)).rendered).not.toContain("999");
    // The terminal (the local tenant) sees only market data too.
    expect((await d.ask("consensus list ORCL")).table).toBeUndefined();
  });

  it("GIVEN a restart on the same store THEN each tenant's figure is still its own", async () => {
    await d.ask("consensus set ORCL capex FY2026 50B LSEG", SLACK_A);
    const { Engine } = await import("../../../src/alerts/engine.js");
    const reopened = await Engine.open(d.desk.store);
    expect(reopened.capex.capexBaselines("ORCL", "FY2026", { low: 35e9, high: 35e9 }, "slack:T_A").consensus).toBe(50e9);
    expect(reopened.capex.capexBaselines("ORCL", "FY2026", { low: 35e9, high: 35e9 }, "slack:T_B").consensus).toBeUndefined();
  });
});

describe("what every tenant shares is the operator's", () => {
  it("GIVEN a workspace's admin (not an operator) adds or removes a feed THEN refused, nothing changes; an operator may", async () => {
    const r = await d.ask("feeds add AMZN https://ir.aboutamazon.com/rss/news-releases.xml", SLACK_A);
    expect(r.tone).toBe("error");
    expect(r.title).toBe("Only capwatch's operators can change the news feeds");
    expect(await d.desk.store.newsFeeds()).toEqual([]);
    const operator: Caller = { ...SLACK_B, isOperator: true };
    expect((await d.ask("feeds add AMZN https://ir.aboutamazon.com/rss/news-releases.xml", operator)).tone).toBe("success");
    expect((await d.ask("feeds remove AMZN https://ir.aboutamazon.com/rss/news-releases.xml", DISCORD)).tone).toBe("error");
    expect(await d.desk.store.newsFeeds()).toHaveLength(1);
  });

  it("GIVEN each tenant's watch list, thresholds and mutes THEN one tenant's changes leave the others' unchanged", async () => {
    const before = await Promise.all([SLACK_B, DISCORD].map(async (c) => (await d.ask("watch list", c)).fields));
    await d.ask("thresholds set mcap-pct 1 capex-pct 50", SLACK_A);
    await d.ask("mute META 1d", SLACK_A);
    await d.ask("kinds disable capex_guidance", SLACK_A);
    await d.ask("watch remove ORCL", SLACK_A);
    const after = await Promise.all([SLACK_B, DISCORD].map(async (c) => (await d.ask("watch list", c)).fields));
    expect(after).toEqual(before);
  });
});
