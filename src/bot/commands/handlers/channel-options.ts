// recap on|off: a channel's opt-ins beyond thresholds and kinds, changed with an audit entry in
// the same transaction, like every setting.
import type { Reply } from "../../replies/reply.js";
import type { Caller, CommandDesk } from "../context.js";
import { audit, currentRecord, done } from "./channel-settings.js";

export async function recapChange(desk: CommandDesk, caller: Caller, on: boolean): Promise<Reply> {
  const record = currentRecord(desk, caller.channel, caller);
  if ((record.options?.recap === true) === on) {
    return { title: "Nothing changed", text: `The daily recap is already ${on ? "on" : "off"} in ${caller.channel}.`, visibility: "private", tone: "info" };
  }
  await desk.engine.routing.setWatchlist({ ...record, options: { ...record.options, recap: on } }, audit(desk, caller, `recap ${on ? "on" : "off"}`, {}));
  return on
    ? done("Daily recap on", `${caller.channel} gets a recap at 16:15 ET each trading day: the watched tickers' close-to-close moves (largest first), the day's alerts, and the reports due next trading day.`)
    : done("Daily recap off", `${caller.channel} no longer gets the daily recap.`);
}
