// An alert's chart, posted under its text once the text was taken: drawn from the store, then
// uploaded within CHART_DEADLINE_MS. An upload the platform says to try again (a 429, a 5xx, the
// network: `retry_later`) keeps the row in the outbox with its text marked posted, due again after
// the one backoff (or the wait the platform asked for); that try sends the chart alone, so the
// alert's text is never posted twice and the chart is not lost. A chart that cannot be drawn (no
// quote history), an upload refused for good, or one past the deadline (it may have arrived) is
// logged, and the alert counts as delivered without it.
import type { Alert } from "../../alerts/types.js";
import type { OutboxEntry } from "../../store/store.js";
import type { ChartImage } from "../charts/chart-spec.js";
import { retryDelayMs, waitWords } from "./backoff.js";
import { withinDeadline } from "./within-deadline.js";
import type { ChatPlatform, DeliveryTarget } from "./chat-platform.js";

/** Drawing and uploading one chart may hold up its channel this long at most; then the alert goes on without it. */
export const CHART_DEADLINE_MS = 15_000;

/** `done`: posted, or given up (logged); `retry`: the row waits in the outbox for its chart alone. */
export type ChartOutcome = "done" | "retry";

export interface ChartSenderOptions<M> {
  platform: ChatPlatform<M>;
  chartFor?: (alert: Alert) => Promise<ChartImage> | undefined;
  /** Keeps a row whose text is posted pending for its chart; without it, a failed upload is only logged. */
  markChartPending?: (outboxId: number, postedAt: Date, error: string, retryAt: Date) => Promise<void>;
  clock: () => Date;
  log: (line: string) => void;
}

class UploadFailed extends Error {
  constructor(readonly original: unknown) {
    super((original as Error)?.message ?? String(original));
  }
}

export class ChartSender<M> {
  constructor(private readonly options: ChartSenderOptions<M>) {}

  /** Draws and posts the alert's chart; undefined when it has none. Never rejects on the chart's account. */
  post(entry: OutboxEntry, target: DeliveryTarget): Promise<ChartOutcome> | undefined {
    const { chartFor, platform } = this.options;
    if (chartFor === undefined || platform.postChart === undefined) return undefined;
    let drawing: Promise<ChartImage> | undefined;
    try {
      drawing = chartFor(entry.alert);
    } catch (error) {
      this.skipped(entry, error);
      return undefined;
    }
    if (drawing === undefined) return undefined;
    // Upload errors are told apart from drawing errors: only an upload is worth another try.
    const work = drawing.then(async (image) => {
      try {
        await platform.postChart!(target, image);
      } catch (error) {
        throw new UploadFailed(error);
      }
    });
    return withinDeadline(work, CHART_DEADLINE_MS, { unref: true }).then(
      (timed) => {
        if (timed.done) return "done" as const;
        timed.later.catch(() => undefined); // it may still arrive; the alert went on without waiting
        return this.failed(entry, new Error(`the chart took over ${CHART_DEADLINE_MS / 1000} s`));
      },
      (error: unknown) => this.failed(entry, error),
    );
  }

  private async failed(entry: OutboxEntry, error: unknown): Promise<ChartOutcome> {
    const { platform, markChartPending, clock, log } = this.options;
    const failure = error instanceof UploadFailed ? platform.classify(error.original) : undefined;
    if (failure?.kind !== "retry_later" || !platform.retriesCharts || markChartPending === undefined) {
      this.skipped(entry, error);
      return "done";
    }
    const waitMs = failure.afterMs ?? (await retryDelayMs(entry.attempts));
    const now = clock();
    await markChartPending(entry.id, entry.textPostedAt ?? now, failure.reason, new Date(now.getTime() + waitMs));
    log(`${platform.name}: ${entry.channel}: the chart of alert ${entry.alertId} was not taken (${failure.reason}); its text is posted, the chart is tried again in ${waitWords(waitMs)}`);
    return "retry";
  }

  private skipped(entry: OutboxEntry, error: unknown): void {
    this.options.log(`${this.options.platform.name}: ${entry.channel}: alert ${entry.alertId ?? ""} posted without its chart (${(error as Error).message})`);
  }
}
