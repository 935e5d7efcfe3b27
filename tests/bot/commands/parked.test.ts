// A poison alert, parked after its platform refused it for good, is visible where people look:
// `alerts` marks it and says why, `watch list` counts it (issue 13).
import { describe, expect, it } from "vitest";
import type { Alert } from "../../../src/alerts/types.js";
import { episodeDesk } from "../../helpers/desk.js";

describe("parked alerts in the lookups", () => {
  it("GIVEN an alert the platform refused for good THEN alerts marks it not delivered with the reason, and watch list counts it", async () => {
    const d = await episodeDesk();
    const store = d.desk.store;
    expect((await d.ask("watch list")).fields?.some((f) => f.label === "Not delivered")).toBe(false);
    const alert = { channel: "#markets", kind: "earnings_upcoming", ts: "2026-02-14T13:00:00.000Z", items: [] } as Alert;
    await store.recordAlerts([{ alert, dedupe: { channel: "#markets", key: "poison", value: 1 }, platform: "slack" }]);
    const [row] = await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack");
    await store.parkOutbox((row as { id: number }).id, "invalid_blocks");

    const list = await d.ask("watch list");
    expect(list.fields).toContainEqual({ label: "Not delivered", value: "1 of the last alerts refused by the platform (latest: invalid_blocks); see alerts" });
    const alerts = await d.ask("alerts 3");
    expect(alerts.table?.rows[0]?.[2]).toContain("[not delivered: refused by the platform (invalid_blocks)]");
  });
});
