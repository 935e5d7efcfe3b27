// Dedupe by episode: what each channel was already told. An alert opens an episode under its key
// (a ticker's move on one trading day, one guidance figure, one digest day); a later alert under
// the same key reaches the channel only when it goes higher (level 2 after level 1), never again at
// the same level. Pure: no store, no clock; the store keeps the marks through AlertStore.recordAlerts.
import type { DedupeRecord } from "./store-roles.js";

export class Episodes {
  /** channel → dedupe key → the highest value raised; nested so a lookup builds no string. */
  private readonly fired = new Map<string, Map<string, number>>();

  /** The marks as the store left them: a restart continues, it never re-posts. */
  load(marks: readonly DedupeRecord[]): void {
    for (const d of marks) this.firedIn(d.channel).set(d.key, d.value);
  }

  /** The highest value already raised in `channel` under `key` (0 when none). */
  firedLevel(channel: string, key: string): number {
    return this.fired.get(channel)?.get(key) ?? 0;
  }

  /** True, and remembered, when `value` is above what `channel` already had under `key`. */
  advance(channel: string, key: string, value: number): boolean {
    const byKey = this.firedIn(channel);
    if ((byKey.get(key) ?? 0) >= value) return false;
    byKey.set(key, value);
    return true;
  }

  private firedIn(channel: string): Map<string, number> {
    let byKey = this.fired.get(channel);
    if (byKey === undefined) this.fired.set(channel, (byKey = new Map()));
    return byKey;
  }
}
