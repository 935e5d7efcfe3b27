// Discord's outbox delivery, composed around OutboxDelivery: an alert leaves the outbox only when
// Discord took it; a refused channel is paused (its alerts wait, one probe per interval checks
// whether it is back) while other channels go on; a refused token stops the Discord side.
import { OutboxDelivery, type AlertSink } from "../../alerts/delivery/outbox-delivery.js";
import type { Alert } from "../../alerts/types.js";
import type { Store } from "../../store/store.js";
import type { ChannelStates } from "./channel-states.js";
import { classifyPostError, type AlertPoster } from "./discord-sink.js";

export interface DiscordDeliveryOptions {
  store: Store;
  poster: AlertPoster;
  states: ChannelStates;
  log: (line: string) => void;
  clock?: () => Date;
  /** Called once when Discord refuses the token. */
  onInvalidToken: (message: string) => void;
  /** How often due retries are picked up (default 5 s). */
  retryEveryMs?: number;
  /** How often a paused channel is tried again (default 5 min). */
  probeEveryMs?: number;
}

/** Thrown for an alert held back without asking Discord: its channel is paused or stopped. */
class HeldBack extends Error {}

export class DiscordDelivery {
  private readonly outbox: OutboxDelivery;
  private readonly clock: () => Date;
  private readonly lastProbe = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private halted = false;

  constructor(private readonly options: DiscordDeliveryOptions) {
    this.clock = options.clock ?? (() => new Date());
    const sink: AlertSink = { deliver: (alert) => this.deliver(alert) };
    this.outbox = new OutboxDelivery(options.store, sink, this.clock, "discord");
  }

  start(): void {
    this.timer = setInterval(() => void this.kick(), this.options.retryEveryMs ?? 5_000);
    this.timer.unref();
    void this.kick();
  }

  /**
   * Delivers what is due; a call during a pass joins it and asks for one more.
   */
  kick(): Promise<void> {
    if (this.halted) return Promise.resolve();
    if (this.loop) {
      this.outbox.drain().catch(() => undefined); // joins the running pass and asks it for one more
      return this.loop;
    }
    // A held-back or refused channel stops only its own alerts; OutboxDelivery goes on with the rest.
    this.loop = this.outbox
      .drain()
      .then(() => undefined)
      .catch((error: unknown) => this.options.log(`discord: delivery failed, will retry: ${(error as Error).message}`))
      .finally(() => {
        this.loop = undefined;
      });
    return this.loop;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.halted = true;
    await this.loop;
  }

  private async deliver(alert: Alert): Promise<void> {
    if (this.halted) throw new Error("the Discord side has stopped");
    const state = this.options.states.stateOf(alert.channel);
    const now = this.clock().getTime();
    if (state === "stopped" || (state === "paused" && now - (this.lastProbe.get(alert.channel) ?? 0) < (this.options.probeEveryMs ?? 300_000))) {
      throw new HeldBack(`channel ${alert.channel} is ${state}`);
    }
    if (state === "paused") this.lastProbe.set(alert.channel, now);
    try {
      await this.options.poster.post(alert);
    } catch (error) {
      const failure = classifyPostError(error);
      if (failure.kind === "channel") {
        this.lastProbe.set(alert.channel, now);
        if (await this.options.states.set(alert.channel, "paused", failure.reason)) {
          this.options.log(`discord: paused channel ${alert.channel}: ${failure.reason}; its alerts wait in the outbox`);
        }
      } else if (failure.kind === "token") {
        this.halt(`discord: Discord refused DISCORD_TOKEN (${failure.reason}); the token is wrong or was reset. The Discord side has stopped; undelivered alerts stay in the outbox and go out after a restart with a valid token.`);
      }
      throw new Error(failure.reason, { cause: error });
    }
    if (state === "paused" && (await this.options.states.set(alert.channel, "active"))) {
      this.options.log(`discord: channel ${alert.channel} accepts alerts again; delivery resumed`);
    }
  }

  private halt(message: string): void {
    if (this.halted) return;
    this.halted = true;
    clearInterval(this.timer);
    this.options.log(message);
    this.options.onInvalidToken(message);
  }
}
