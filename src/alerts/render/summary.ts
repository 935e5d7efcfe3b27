// One line per alert, for lists (the `alerts` command): the view's summary.
import type { Alert } from "../types.js";
import { alertView } from "../views/alert-view.js";

export function summarizeAlert(alert: Alert): string {
  return alertView(alert).summary;
}
