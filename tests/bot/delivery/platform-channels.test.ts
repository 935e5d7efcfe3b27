// A platform's channels from the watchlists: its own only, with their workspace.
import { describe, expect, it } from "vitest";
import { platformChannels } from "../../../src/bot/delivery/platform-channels.js";

const watchlists = new Map([
  ["C1", { channel: "C1", platform: "slack", workspace: "T1" }],
  ["C2", { channel: "C2", platform: "slack", workspace: "T2" }],
  ["D1", { channel: "D1", platform: "discord", workspace: "G1" }],
  ["#markets", { channel: "#markets", platform: "terminal" }],
]);
const routing = { channels: () => [...watchlists.keys()], watchlistOf: (c: string) => watchlists.get(c) as never };

describe("platformChannels", () => {
  it("GIVEN watchlists of several platforms THEN each platform sees its own channels, their workspaces, and one workspace's channels", () => {
    const slack = platformChannels(routing, "slack");
    expect(slack.channels()).toEqual([{ channel: "C1", workspace: "T1" }, { channel: "C2", workspace: "T2" }]);
    expect(slack.workspaceOf("C2")).toBe("T2");
    expect(slack.workspaceOf("D1")).toBeUndefined(); // another platform's channel
    expect(slack.workspaceOf("C9")).toBeUndefined();
    expect(slack.inWorkspace("T1")).toEqual(["C1"]);
    expect(platformChannels(routing, "discord").channels()).toEqual([{ channel: "D1", workspace: "G1" }]);
  });
});
