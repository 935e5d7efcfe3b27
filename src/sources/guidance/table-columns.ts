// Table rows (cells joined by " | "): the header row above names what each column holds
// ("2026 Outlook", "2025 Actual", "Low", "High"), so a figure takes its column's period and sense.
// Header and data rows are aligned from the right, since a header often leaves the label cell empty.
import type { Figure } from "./figures.js";
import type { Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import { findPeriods } from "./periods.js";

export interface ColumnHeader {
  period: Period | null;
  forward: boolean;
  actual: boolean;
  bound: "low" | "high" | null;
}

const CELL_SEPARATOR = " | ";
const FORWARD_HEADER = /\b(?:outlook|guidance|forecast|expected|estimated?|plan|planned|budget|target|projected|projection)\b/i;
const ACTUAL_HEADER = /\b(?:actual|reported|results?|as\s+reported|ended)\b/i;
const LOW_HEADER = /^\s*(?:low|from|min(?:imum)?|low\s+end)\s*$/i;
const HIGH_HEADER = /^\s*(?:high|to|max(?:imum)?|high\s+end)\s*$/i;

export function isTableRow(text: string): boolean {
  return text.includes(CELL_SEPARATOR);
}

export function readColumnHeaders(row: string, pc: PeriodContext): ColumnHeader[] {
  return row.split(CELL_SEPARATOR).map((cell) => ({
    period: findPeriods(cell, pc).find((m) => m.period !== null)?.period ?? null,
    forward: FORWARD_HEADER.test(cell),
    actual: ACTUAL_HEADER.test(cell) && !FORWARD_HEADER.test(cell),
    bound: LOW_HEADER.test(cell) ? "low" : HIGH_HEADER.test(cell) ? "high" : null,
  }));
}

function cellIndexAt(row: string, pos: number): number {
  let index = 0;
  for (let at = row.indexOf(CELL_SEPARATOR); at >= 0 && at < pos; at = row.indexOf(CELL_SEPARATOR, at + 1)) index += 1;
  return index;
}

/** The header of the column `figure` sits in, aligning the header row and this row from the right. */
export function columnOf(row: string, headers: ColumnHeader[], figure: Figure): ColumnHeader | null {
  const cells = row.split(CELL_SEPARATOR).length;
  const index = cellIndexAt(row, figure.start) - (cells - headers.length);
  return index >= 0 ? (headers[index] ?? null) : null;
}

/** Two points under "Low" and "High" columns of one row are one range. */
export function mergeLowHigh(row: string, headers: ColumnHeader[], figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i] as Figure;
    const b = figures[i + 1];
    if (
      b !== undefined &&
      a.shape === "point" &&
      b.shape === "point" &&
      a.currency === b.currency &&
      columnOf(row, headers, a)?.bound === "low" &&
      columnOf(row, headers, b)?.bound === "high" &&
      a.low !== null &&
      b.high !== null &&
      a.low < b.high
    ) {
      out.push({ start: a.start, end: b.end, low: a.low, high: b.high, currency: a.currency, shape: "range" });
      i += 1;
    } else {
      out.push(a);
    }
  }
  return out;
}
