// The alert's buttons as Discord message components: one action row (five buttons at most, and an
// alert has at most five). A custom_id carries only the action and an alert id or a ticker
// (bot/commands/action-click.ts reads it back); Open source is a link button, https only.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";
import type { AlertAction } from "../../alerts/views/alert-actions.js";
import { customIdOf } from "../commands/action-click.js";

export type AlertRow = APIActionRowComponent<APIButtonComponent>;

/** Discord's limit of buttons in one row. */
const ROW_MAX = 5;

function button(action: AlertAction): APIButtonComponent {
  if (action.kind === "open") return { type: ComponentType.Button, style: ButtonStyle.Link, label: action.label, url: action.url };
  const style = action.kind === "ack" ? ButtonStyle.Primary : ButtonStyle.Secondary;
  return { type: ComponentType.Button, style, label: action.label, custom_id: customIdOf(action) };
}

/** The row of buttons, or none when the alert has no buttons. */
export function alertComponents(actions: readonly AlertAction[]): AlertRow[] {
  if (actions.length === 0) return [];
  return [{ type: ComponentType.ActionRow, components: actions.slice(0, ROW_MAX).map(button) }];
}
