// Quarters and halves named by the month they end in: "the quarter ending March 31, 2026", "the
// three months to December 2025", "the December 2025 quarter", "the six months ended June 30,
// 2026", "the half year to June 2026" — the fiscal quarter or half holding that month.
import { fiscalQuarterOf, type Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import { MONTH_NAME, MONTHS, Y4, type PeriodPattern } from "./period-words.js";

const ENDING = "(?:ending|ended|that\\s+ended|that\\s+ends|to|through|thru)\\s+(?:on\\s+|in\\s+)?";
const MONTH_DAY_YEAR = `(${MONTH_NAME})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(${Y4})`;

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? "").slice(0, 3).toLowerCase()] ?? 0;
}

function quarterHolding(monthName: string | undefined, y: string | undefined, pc: PeriodContext): { fy: number; q: number } | null {
  const month = monthOf(monthName);
  if (month === 0 || y === undefined) return null;
  return fiscalQuarterOf({ y: Number(y), m: month, d: 15 }, pc.cal);
}

export const MONTH_PATTERNS: PeriodPattern[] = [
  // "the quarter ending March 31, 2026", "the three months to December 2025", "the fiscal quarter ended June 30, 2025".
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:(?:fiscal\\s+)?quarter|(?:three|3)[-\\s]months?(?:\\s+period)?)\\s+${ENDING}${MONTH_DAY_YEAR}\\b`, "gi"),
    resolve: (m, pc): Period | null => {
      const q = quarterHolding(m[1], m[2], pc);
      return q === null ? null : { kind: "Q", ...q };
    },
  },
  // "the December 2025 quarter".
  {
    re: new RegExp(`\\bthe\\s+(${MONTH_NAME})\\.?\\s+(${Y4})\\s+quarter\\b`, "gi"),
    resolve: (m, pc): Period | null => {
      const q = quarterHolding(m[1], m[2], pc);
      return q === null ? null : { kind: "Q", ...q };
    },
  },
  // "the six months ended June 30, 2026", "the half year to June 2026", "the half ending December 2025".
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:(?:six|6)[-\\s]months?(?:\\s+period)?|half(?:[-\\s]year)?)\\s+${ENDING}${MONTH_DAY_YEAR}\\b`, "gi"),
    resolve: (m, pc): Period | null => {
      const q = quarterHolding(m[1], m[2], pc);
      return q === null || q.q % 2 !== 0 ? null : { kind: "H", fy: q.fy, h: q.q / 2 };
    },
  },
];
