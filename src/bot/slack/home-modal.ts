// The App Home's edit modal for one channel, and its submission read back: zod-checked, bounded,
// each field turned into the `/capwatch` command it stands for and parsed by the same parser, so a
// wrong value gets the same message as when typed (shown under its field).
import { z } from "zod";
import { ALERT_KINDS, type Watchlist } from "../../alerts/types.js";
import { formatUsd } from "../../alerts/render/format.js";
import { parseCommand } from "../commands/parse/parse-command.js";
import type { Command } from "../commands/types.js";
import { channelRef } from "./blocks/home-blocks.js";

export const EDIT_CALLBACK_ID = "capwatch_home_edit";
const MAX_FIELD_CHARS = 200;

/** The fields, by block id: the command each one becomes. */
const TEXT_FIELDS = {
  watch_add: { label: "Watch (add tickers)", hint: "MSFT NVDA" },
  watch_remove: { label: "Stop watching (tickers)", hint: "TSLA" },
  mcap_pct: { label: "Market-cap move, %", hint: "5" },
  mcap_usd: { label: "Market-cap move, money", hint: "100B" },
  capex_pct: { label: "Capex surprise, %", hint: "10" },
} as const;
type TextField = keyof typeof TEXT_FIELDS;

const metadataSchema = z.object({ channel: z.string().regex(/^[A-Z0-9_]{1,24}$/) });
const actionValue = z.object({
  value: z.string().max(MAX_FIELD_CHARS).nullish(),
  selected_options: z.array(z.object({ value: z.string().max(40) })).max(ALERT_KINDS.length).nullish(),
});
export const submissionSchema = z.object({
  private_metadata: z.string().max(200),
  state: z.object({ values: z.record(z.string().max(40), z.record(z.string().max(40), actionValue)) }),
});
export type Submission = z.infer<typeof submissionSchema>;

/** What the fields start with: the channel's current settings. */
function initial(w: Watchlist | undefined): Record<"mcap_pct" | "mcap_usd" | "capex_pct", string> {
  const t = w?.thresholds;
  return { mcap_pct: t ? String(t.mcapDropPct) : "", mcap_usd: t ? formatUsd(t.mcapDropUsd) : "", capex_pct: t ? String(t.capexSurprisePct) : "" };
}

export function editModal(channel: string, w: Watchlist | undefined): object {
  const start = initial(w);
  const text = (block: TextField) => ({
    type: "input",
    block_id: block,
    optional: true,
    label: { type: "plain_text", text: TEXT_FIELDS[block].label },
    element: { type: "plain_text_input", action_id: "value", max_length: MAX_FIELD_CHARS, placeholder: { type: "plain_text", text: TEXT_FIELDS[block].hint }, ...(block in start && start[block as keyof typeof start] ? { initial_value: start[block as keyof typeof start] } : {}) },
  });
  const option = (k: string) => ({ text: { type: "plain_text", text: k }, value: k });
  const kinds = w ? ALERT_KINDS.filter((k) => w.kinds.has(k)) : [];
  return {
    type: "modal",
    callback_id: EDIT_CALLBACK_ID,
    private_metadata: JSON.stringify({ channel }),
    title: { type: "plain_text", text: "Edit settings" },
    submit: { type: "plain_text", text: "Save" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      { type: "context", elements: [{ type: "mrkdwn", text: `${channelRef(channel)}: each change is audited like the /capwatch command it stands for.` }] },
      text("watch_add"),
      text("watch_remove"),
      text("mcap_pct"),
      text("mcap_usd"),
      text("capex_pct"),
      {
        type: "input",
        block_id: "kinds",
        optional: true,
        label: { type: "plain_text", text: "Alert kinds" },
        element: { type: "multi_static_select", action_id: "value", options: ALERT_KINDS.map(option), ...(kinds.length > 0 ? { initial_options: kinds.map(option) } : {}) },
      },
    ],
  };
}

export type ReadSubmission = { ok: true; channel: string; commands: Command[] } | { ok: false; errors: Record<string, string> };

/** The commands a submission stands for, or the message under each field that is wrong. */
export function readSubmission(raw: unknown, current: (channel: string) => Watchlist | undefined, ownChannel: (channel: string) => boolean): ReadSubmission {
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: { watch_add: "This form could not be read; close it and open Edit again." } };
  let metadata: unknown;
  try {
    metadata = JSON.parse(parsed.data.private_metadata);
  } catch {
    metadata = undefined;
  }
  const meta = metadataSchema.safeParse(metadata);
  if (!meta.success || !ownChannel(meta.data.channel)) return { ok: false, errors: { watch_add: "This form is not for a channel of this workspace; nothing was changed." } };
  const channel = meta.data.channel;
  const values = parsed.data.state.values;
  const field = (block: TextField) => (values[block]?.value?.value ?? "").trim();
  const start = initial(current(channel));
  const texts: Array<[string, string]> = [];
  if (field("watch_add")) texts.push(["watch_add", `watch add ${field("watch_add")}`]);
  if (field("watch_remove")) texts.push(["watch_remove", `watch remove ${field("watch_remove")}`]);
  for (const [block, name] of [["mcap_pct", "mcap-pct"], ["mcap_usd", "mcap-usd"], ["capex_pct", "capex-pct"]] as const) {
    if (field(block) && field(block) !== start[block]) texts.push([block, `thresholds set ${name} ${field(block)}`]);
  }
  const selected = values.kinds?.value?.selected_options;
  if (selected !== undefined && selected !== null) {
    const now = new Set(current(channel)?.kinds ?? []);
    const wanted = new Set(selected.map((o) => o.value));
    const on = [...wanted].filter((k) => !now.has(k as never));
    const off = [...now].filter((k) => !wanted.has(k));
    if (on.length > 0) texts.push(["kinds", `kinds enable ${on.join(" ")}`]);
    if (off.length > 0) texts.push(["kinds", `kinds disable ${off.join(" ")}`]);
  }
  const errors: Record<string, string> = {};
  const commands: Command[] = [];
  for (const [block, text] of texts) {
    const result = parseCommand(text);
    if (result.ok) commands.push(result.command);
    else errors[block] = result.error.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, channel, commands: mergeThresholds(commands) };
}

/** The three threshold fields, read one by one (for their own messages), change in one command. */
function mergeThresholds(commands: Command[]): Command[] {
  const thresholds = commands.filter((c): c is Extract<Command, { name: "thresholds_set" }> => c.name === "thresholds_set");
  if (thresholds.length <= 1) return commands;
  const merged: Command = { name: "thresholds_set", changes: Object.assign({}, ...thresholds.map((c) => c.changes)) };
  return [...commands.filter((c) => c.name !== "thresholds_set"), merged];
}
