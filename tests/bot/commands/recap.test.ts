// recap on|off: admin, audited, kept across settings changes; a channel that opted in gets the
// recap in a replay at the replay's clock (16:15 ET), with Microsoft's −$357.8B close.
import { describe, expect, it } from "vitest";
import type { DailyRecapAlert } from "../../../src/alerts/types.js";
import { renderAlertText } from "../../../src/alerts/render/text.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { ADMIN, EPISODE, MEMBER, episodeDesk, testDesk } from "../../helpers/desk.js";
import { runCapwatch } from "../../helpers/run-cli.js";

describe("recap on|off", () => {
  it("GIVEN a member THEN refused, nothing changed; GIVEN an admin THEN on, audited, shown in watch list, kept by a thresholds change, then off", async () => {
    const d = await episodeDesk();
    expect(await d.ask("recap on", MEMBER)).toMatchObject({ tone: "error", title: "Only admins can change this channel's settings" });
    expect(d.desk.engine.routing.watchlistOf("#markets")?.options.recap).toBeUndefined();
    expect(await d.ask("recap on")).toMatchObject({ tone: "success", title: "Daily recap on" });
    expect((await d.ask("recap on")).title).toBe("Nothing changed");
    await d.ask("thresholds set mcap-pct 6");
    expect(d.desk.engine.routing.watchlistOf("#markets")?.options.recap).toBe(true);
    expect((await d.ask("watch list")).fields?.find((f) => f.label === "Recap")?.value).toMatch(/^daily at 16:15 ET/);
    expect(await d.ask("recap off")).toMatchObject({ tone: "success", title: "Daily recap off" });
    expect((await d.desk.store.recentAudit("#markets", 5)).map((e) => e.action)).toEqual(["recap off", "thresholds set", "recap on"]);
    expect((await d.ask("recap maybe")).text).toMatch(/Expected one of: on, off/);
  });

  it("GIVEN recap on persisted THEN a store reloaded has it (migration 013)", async () => {
    const d = await testDesk();
    await d.engine.handle({ type: "company", ts: 0, ticker: "MSFT" });
    await d.ask("watch add MSFT", { ...ADMIN, channel: "#x" });
    await d.ask("recap on", { ...ADMIN, channel: "#x" });
    expect((await d.store.loadEngineState()).watchlists.find((w) => w.channel === "#x")?.options).toEqual({ recap: true });
  });
});

describe("the recap in a replay of the bundled episode", () => {
  it("GIVEN #markets with recap on before the episode plays THEN at 16:15 ET on Jan 29 its recap leads with Microsoft's -$357.8B close, then the day's alerts", async () => {
    const d = await testDesk();
    // The episode's companies and watchlist first (its untimed lines), then the channel opts in.
    let opted = false;
    await runReplay(EPISODE, d.engine, {
      policy: replayPolicy(d.engine),
      onProblem: (p) => {
        throw new Error(p.reason);
      },
      pacer: {
        waitFor: () => {
          if (opted || d.engine.routing.watchlistOf("#markets") === undefined) return undefined;
          opted = true;
          return d.ask("recap on").then(() => undefined);
        },
      },
    });
    const recaps = d.delivered.filter((a): a is DailyRecapAlert => a.kind === "daily_recap");
    const jan29 = recaps.find((r) => r.day === "2026-01-29");
    expect(jan29?.ts).toBe("2026-01-29T21:15:00.000Z");
    const text = renderAlertText(jan29!, (t) => d.engine.market.companyName(t));
    expect(text.split("\n").slice(0, 4)).toEqual([
      "[#markets] Thu, Jan 29, 2026, 16:15 ET · DAILY RECAP · Thu, Jan 29",
      "  Close to close on Thu, Jan 29, largest first: MSFT -$357.8B (-9.99%).",
      "  Close to close:",
      "    MSFT   -$357.8B (-9.99%), close $433.50",
    ]);
    expect(text).toContain("09:30 ET  MSFT market cap down $309.4B (-8.64%), level 2");
    // Weekends and holidays have none: one per trading day from the first opted-in one.
    expect(recaps.every((r) => ![0, 6].includes(new Date(`${r.day}T12:00:00Z`).getUTCDay()))).toBe(true);
  });

  it("GIVEN capwatch replay --recap THEN the command line prints it; without --recap the output is unchanged", async () => {
    const withRecap = await runCapwatch(["replay", EPISODE, "--recap"]);
    expect(withRecap.stdout).toContain("DAILY RECAP · Thu, Jan 29\n  Close to close on Thu, Jan 29, largest first: MSFT -$357.8B (-9.99%).");
    const plain = await runCapwatch(["replay", EPISODE, "--json"]);
    expect(plain.stdout).not.toContain("daily_recap");
  });
});
