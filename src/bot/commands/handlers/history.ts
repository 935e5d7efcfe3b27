// alerts [N | TICKER] and audit [N]: what the channel was told, and who changed what.
import { formatEasternTime } from "../../../alerts/render/format.js";
import { summarizeAlert } from "../../../alerts/render/summary.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import { asOf } from "./footnotes.js";

export async function alertsReply(desk: CommandDesk, channel: string, limit: number, ticker: string | undefined, share: boolean): Promise<Reply> {
  const alerts = await desk.store.recentAlerts(channel, limit, ticker);
  const title = `Recent alerts${ticker ? ` for ${ticker}` : ""} in ${channel}`;
  if (alerts.length === 0) return { title, text: "No alerts yet.", footnotes: [asOf(desk, desk.dataNow())], visibility: share ? "channel" : "private", tone: "info" };
  return {
    title,
    table: {
      columns: ["When (ET)", "Kind", "Alert"],
      rows: alerts.map((a) => [formatEasternTime(a.alert.ts).replace(/ ET$/, ""), a.alert.kind, `${summarizeAlert(a.alert)}${a.muted ? " [muted]" : ""}${a.parked !== undefined ? ` [not delivered: refused by the platform (${a.parked})]` : ""}`]),
    },
    footnotes: [
      `Newest first; up to ${limit}. Muted alerts are kept here but were not posted.`,
      ...(alerts.some((a) => a.parked !== undefined) ? ["An alert marked not delivered was refused by the platform each time it was tried; it is kept here and the channel's later alerts went on."] : []),
      asOf(desk, desk.dataNow()),
    ],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}

export async function auditReply(desk: CommandDesk, channel: string, limit: number): Promise<Reply> {
  const entries = await desk.store.recentAudit(channel, limit);
  const title = `Changes in ${channel}`;
  if (entries.length === 0) return { title, text: "No changes recorded yet.", visibility: "private", tone: "info" };
  return {
    title,
    table: {
      columns: ["When (UTC)", "Who", "What"],
      rows: entries.map((e) => [e.at.slice(0, 16).replace("T", " "), e.userId, `${e.action} ${describe(e.details)}`]),
    },
    footnotes: [`Newest first; up to ${limit}.`],
    visibility: "private",
    tone: "info",
  };
}

function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" ");
}
