// The terminal as a chat: alerts print as readable blocks, as they would read in a channel.
import type { AlertSink } from "../../alerts/delivery/outbox-delivery.js";
import { renderAlertText, type NameOf } from "../../alerts/render/text.js";

export function terminalSink(out: NodeJS.WritableStream, nameOf: NameOf): AlertSink {
  return {
    deliver(alert) {
      out.write(`${renderAlertText(alert, nameOf)}\n\n`);
    },
  };
}
