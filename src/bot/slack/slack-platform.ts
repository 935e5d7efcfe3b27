// Slack as a ChatPlatform: alerts as Block Kit, one message a second per channel (Slack's pace
// for chat.postMessage), each channel on its own so one channel's wait holds up no other.
import type { Alert } from "../../alerts/types.js";
import type { ChartImage } from "../charts/chart-spec.js";
import type { ChatPlatform, PlatformWords } from "../delivery/chat-platform.js";
import { alertViewBlocks } from "./blocks/alert-blocks.js";
import type { SlackMessage } from "./blocks/message.js";
import { renderReplyBlocks } from "./blocks/reply-blocks.js";
import { classifySlackError } from "./delivery/slack-errors.js";

/** Posts one message; throws the Web API's error when Slack did not take it. */
export type PostMessage = (target: { channel: string; workspace?: string; alertId?: number; alert: Alert }, message: SlackMessage) => Promise<void>;

/** Uploads a chart into the channel (files.uploadV2); throws the Web API's error when Slack did not take it. */
export type UploadChart = (target: { channel: string; workspace?: string }, chart: ChartImage) => Promise<void>;

/** Whether the channel already holds the alert's message (posted before a crash); see posted-alerts.ts. */
export type FindPosted = (target: { channel: string; workspace?: string; alertId: number }, since: Date) => Promise<boolean>;

export const SLACK_WORDS: PlatformWords = {
  delivering: "delivering to Slack",
  pausedReason: "no reason given",
  stoppedReason: "no reason given",
  pausedHowTo: "invite the app to the channel, or unarchive it",
  tokenRefused: (reason) =>
    `Slack refused the bot token (${reason}); delivery to Slack is stopped and every alert stays in the outbox. Replace SLACK_BOT_TOKEN (or re-install the app) and restart capwatch.`,
};

/**
 * Slack posts under way at once across channels (posts-in-flight.ts). Slack paces per channel,
 * so a fan-out's posts may all go at once, but their answers arriving together stalled the process
 * (posts-in-flight.ts). 16 is a round bound, not tuned: the load bench's 500 Slack posts still
 * end inside the Discord half's eleven seconds.
 */
export const SLACK_POSTS_IN_FLIGHT = 16;

export interface SlackPlatformOptions {
  post: PostMessage;
  /** Where the numbers come from, in each alert's context line. */
  source?: string;
  /** Each workspace has its own token (OAuth): a refused token stops only that workspace. */
  tokenPerWorkspace?: boolean;
  /** Looks for an alert posted before a crash; without it, such an alert is posted again. */
  find?: FindPosted;
  /** Least time between two messages in one channel (default 1 s). */
  channelIntervalMs?: number;
  /** Uploads market-cap alerts' charts under them; without it, alerts go out without charts. */
  uploadChart?: UploadChart;
}

export function slackPlatform(options: SlackPlatformOptions): ChatPlatform<SlackMessage> {
  return {
    name: "slack",
    renderAlert: (view) => alertViewBlocks(view, options.source),
    renderReply: renderReplyBlocks,
    post: ({ channel, workspace, alertId, alert }, message) => options.post({ channel, workspace, alertId, alert }, message),
    ...(options.find ? { inFlight: lookup(options.find) } : {}),
    ...(options.uploadChart ? { postChart: ({ channel, workspace }, chart) => options.uploadChart!({ channel, workspace }, chart), retriesCharts: true } : {}),
    classify: classifySlackError,
    // A paused channel waits for Slack to say it is back (invited, unarchived): no probing.
    pacing: { channelIntervalMs: options.channelIntervalMs ?? 1000, channels: "parallel", postsInFlight: SLACK_POSTS_IN_FLIGHT },
    tokenPerWorkspace: options.tokenPerWorkspace,
    words: SLACK_WORDS,
  };
}

function lookup(find: FindPosted): NonNullable<ChatPlatform["inFlight"]> {
  return { kind: "lookup", find: ({ channel, workspace, alertId }, since) => (alertId === undefined ? Promise.resolve(false) : find({ channel, workspace, alertId }, since)) };
}
