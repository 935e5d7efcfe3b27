// One line per alert, for lists (the `alerts` command).
import type { Alert } from "../types.js";
import { formatPct, formatPrice, formatUsd } from "./format.js";

export function summarizeAlert(alert: Alert): string {
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
      return `${alert.ticker} market cap ${alert.kind === "mcap_drop" ? "down" : "up"} ${formatUsd(Math.abs(alert.changeUsd))} (${formatPct(alert.changePct)}), level ${alert.level}`;
    case "capex_guidance":
      return `${alert.ticker} ${alert.period} capex guidance ${formatUsd(alert.value)}, ${formatPct(alert.surprisePct)} vs ${alert.basis.replace(/_/g, " ")}`;
    case "capex_actual":
      return `${alert.ticker} ${alert.period} capex ${formatUsd(alert.value)}, ${formatPct(alert.surprisePct)} vs consensus`;
    case "earnings_upcoming":
      return `earnings: ${alert.items.map((i) => `${i.ticker} ${i.date}`).join(", ")}`;
    case "earnings_result":
      return `${alert.ticker} results: EPS ${formatPrice(alert.epsActual)} (${formatPct(alert.epsSurprisePct)}), revenue ${alert.revenueActual === null ? "n/a" : formatUsd(alert.revenueActual)} (${formatPct(alert.revenueSurprisePct)})`;
  }
}
