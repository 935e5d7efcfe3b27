// The terminal as a ChatPlatform (npm start prints alerts as text), and the local outputs that
// print each alert's record (replays, `poll --once`, tests): one worker in outbox order, so the
// output reads in the order the alerts were raised.
import { alertViewText } from "../../alerts/render/text.js";
import type { Alert } from "../../alerts/types.js";
import type { NameOf } from "../../alerts/views/alert-view.js";
import type { ChartImage } from "../charts/chart-spec.js";
import type { Platform } from "../../store/store.js";
import type { ChatPlatform, PlatformWords } from "../delivery/chat-platform.js";
import { ChannelStates } from "../delivery/channel-states.js";
import { DeliveryLoop, type DeliveryOutbox } from "../delivery/delivery-loop.js";
import { renderReplyText } from "../replies/text-renderer.js";

/** Where a local run's alerts go; throws when it could not take one (it is tried again later). */
export interface AlertSink {
  deliver(alert: Alert): Promise<void> | void;
  /** Shows an alert's chart (the terminal writes the file and prints its path); absent: no charts. */
  chart?(alert: Alert, chart: ChartImage): Promise<void> | void;
}

const TERMINAL_WORDS: PlatformWords = {
  delivering: "delivering to this terminal",
  pausedReason: "no reason given",
  stoppedReason: "no reason given",
  pausedHowTo: "nothing to do",
  tokenRefused: (reason) => `the terminal refused an alert (${reason})`,
};

const local = {
  name: "terminal" as const,
  renderReply: renderReplyText,
  classify: (error: unknown) => ({ kind: "retry_later" as const, reason: (error as Error).message }),
  pacing: { channelIntervalMs: 0, channels: "serial" as const },
  words: TERMINAL_WORDS,
};

/** Alerts as text blocks, handed to `print` (which adds the spacing its screen needs). */
export function terminalPlatform(print: (text: string) => void): ChatPlatform<string> {
  return { ...local, renderAlert: alertViewText, post: (_target, text) => print(text) };
}

/** The alert itself to the sink: outputs that print records (`--json`) or text of their own. */
export function sinkPlatform(sink: AlertSink): ChatPlatform<Alert | string> {
  return {
    ...local,
    renderAlert: alertViewText,
    renderRecord: (alert) => alert,
    post: ({ alert }) => sink.deliver(alert),
    ...(sink.chart ? { postChart: ({ alert }: { alert: Alert }, chart: ChartImage) => sink.chart!(alert, chart) } : {}),
  };
}

export interface LocalDeliveryOptions {
  nameOf?: NameOf;
  /** The terminal's own rows (npm start), or every platform's (a replay prints them all; the default). */
  rows?: Platform | "all";
  clock?: () => Date;
  /** Each alert's chart, for a sink that shows charts. */
  chartFor?: (alert: Alert) => Promise<ChartImage> | undefined;
}

/** The delivery loop for a local output: no state kept across runs, no pacing. */
export function localDelivery<M>(outbox: DeliveryOutbox, platform: ChatPlatform<M>, options: LocalDeliveryOptions = {}): DeliveryLoop<M> {
  const states = new ChannelStates(platform.name, platform.words);
  return new DeliveryLoop({ outbox, platform, states, nameOf: options.nameOf, rows: options.rows ?? "all", clock: options.clock, chartFor: options.chartFor });
}
