// Alerts held in a channel's quiet hours leave the outbox as one message: when their rows come
// due (the window ended), the rows of each channel are gathered into one unit, posted as the
// quiet-hours summary and marked delivered together (or retried together).
import type { OutboxEntry } from "../../store/store.js";

/** An outbox row, or (`held`) a channel's held rows posted as one summary under the first one's id. */
export type SendUnit = OutboxEntry & { held?: readonly OutboxEntry[] };

/** `entries` (outbox order) with each channel's held rows gathered into one unit where the first stood. */
export function gatherHeld(entries: readonly OutboxEntry[]): SendUnit[] {
  const out: SendUnit[] = [];
  const groups = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    if (entry.heldUntil === undefined) {
      out.push(entry);
      continue;
    }
    const group = groups.get(entry.channel);
    if (group !== undefined) group.push(entry);
    else {
      const rows = [entry];
      groups.set(entry.channel, rows);
      out.push({ ...entry, held: rows });
    }
  }
  return out;
}

/** The outbox rows a unit stands for. */
export function rowIds(unit: SendUnit): number[] {
  return unit.held === undefined ? [unit.id] : unit.held.map((e) => e.id);
}
