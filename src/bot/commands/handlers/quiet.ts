// quiet HH:MM-HH:MM | quiet off: when the channel's alerts are held and summarised. Audited.
import { formatQuietWindow, type QuietWindow } from "../../../alerts/quiet-hours.js";
import type { Reply } from "../../replies/reply.js";
import type { Caller, CommandDesk } from "../context.js";

const auditOf = (desk: CommandDesk, caller: Caller, action: string, details: Record<string, unknown>) => ({ at: desk.wallNow().toISOString(), channel: caller.channel, userId: caller.userId, action, details });

export async function quietChange(desk: CommandDesk, caller: Caller, window: QuietWindow | undefined): Promise<Reply> {
  const routing = desk.engine.routing;
  if (window === undefined) {
    if (routing.quietHoursOf(caller.channel) === undefined) return { title: "Nothing changed", text: `${caller.channel} has no quiet hours.`, visibility: "private", tone: "info" };
    await routing.setQuietHours(caller.channel, undefined, auditOf(desk, caller, "quiet off", {}));
    return { title: "Quiet hours off", text: `Alerts in ${caller.channel} post as they come again; any held so far go out now, as one summary.`, visibility: "private", tone: "success" };
  }
  const shown = formatQuietWindow(window);
  await routing.setQuietHours(caller.channel, window, auditOf(desk, caller, "quiet", { window: shown }));
  return {
    title: "Quiet hours set",
    text: `Every day from ${shown} (weekends too), alerts in ${caller.channel} are held, nothing lost, and posted as one summary when the window ends.`,
    visibility: "private",
    tone: "success",
  };
}
