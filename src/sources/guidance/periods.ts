// Period phrases in a sentence ("2026", "fiscal 2026", "FY26", "fiscal year 2023-24", "Q1FY26",
// "the first quarter", "this year", "next year", "the coming quarter", "five-year plan",
// "from 2025 to 2027", "今年", "2026年") and the fiscal period each one names.
import type { Period } from "./fiscal.js";
import { comingYears, fiscalYearOfMonth, throughYear, type PeriodContext } from "./period-context.js";
import { count, fy, halfOf, MONTHS, ordinal, quarterOf, quarterOfMonth, relativeYear, year, yearSpan } from "./period-words.js";

export interface PeriodMention {
  start: number;
  end: number;
  /** null for a phrase that looks like a period but names none (a calendar date). */
  period: Period | null;
  /** A quarter or half named without its year ("the third quarter"): its year is a guess. */
  guessed: boolean;
  /** The period something is compared with ("a 10% increase over 2025"), not the one it is for. */
  compared: boolean;
}

type Resolver = (m: RegExpExecArray, pc: PeriodContext) => Period | null;

interface PeriodPattern {
  re: RegExp;
  resolve: Resolver;
}

const Y4 = "(?:19|20)\\d{2}";
const FISCAL = "(?:fiscal|financial)\\s+(?:years?\\s+)?";
const FY_PREFIX = `(?:${FISCAL}|FY\\s?'?|F\\.Y\\.\\s?)`;
const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const NUM_WORD = "(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
const QUARTER_YEAR = `(?:\\s?(?:FY|F)\\s?'?(\\d{4}|\\d{2})|\\s?[-/']\\s?(\\d{4}|\\d{2})|\\s(${Y4})|\\s+of\\s+(?:${FY_PREFIX})?(${Y4})|(\\d{2})(?!\\d))?`;
const PLAN_WORDS = "(?:plans?|program(?:me)?s?|budgets?|capex|capital|investments?|spending|outlook|forecasts?|guidance|period|horizon|framework|targets?|roadmap)";

const PATTERNS: PeriodPattern[] = [
  // "the year ended March 31, 2015", "fiscal year ending June 30, 2026": the fiscal year holding that day.
  {
    re: new RegExp(`\\b(?:fiscal\\s+|financial\\s+)?year\\s+(?:ended|ending|that\\s+ended|to)\\s+(?:on\\s+)?(${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(${Y4})\\b`, "gi"),
    resolve: (m, pc) => fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc),
  },
  // Calendar dates name no period: "January 30, 2026", "30 January 2026", "2026-01-30".
  { re: new RegExp(`\\b${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${Y4}\\b`, "gi"), resolve: () => null },
  { re: new RegExp(`\\b\\d{1,2}\\s+${MONTH_NAME}\\.?,?\\s+${Y4}\\b`, "gi"), resolve: () => null },
  { re: /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g, resolve: () => null },
  // "March 2026": the fiscal year holding that month.
  {
    re: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(${Y4})\\b`, "gi"),
    resolve: (m, pc) => fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc),
  },
  // "fiscal year 2023-24", "FY2024-25", "2023-24 fiscal", "2025-27".
  {
    re: new RegExp(`\\b(${FY_PREFIX})?(${Y4})\\s?[-–/]\\s?(\\d{2})\\b(?!-\\d)(\\s+(?:fiscal|financial)(?:\\s+year)?)?`, "gi"),
    resolve: (m) => {
      const first = Number(m[2]);
      const last = Math.floor(first / 100) * 100 + Number(m[3]);
      return yearSpan(first, last, true);
    },
  },
  // "FY26-FY28" (a plan), "FY24-25" (one fiscal year).
  {
    re: /\b(?:FY|fiscal\s+(?:years?\s+)?)\s?'?(\d{2}|(?:19|20)\d{2})\s*[-–—/]\s*(FY\s?'?)?(\d{2}|(?:19|20)\d{2})\b(?!-\d)/gi,
    resolve: (m) => {
      const first = year(m[1]);
      const last = year(m[3]);
      if (first === null || last === null) return null;
      return yearSpan(first, last, m[2] === undefined);
    },
  },
  // "from 2025 to 2027", "2025-2027", "between 2026 and 2030", "FY2026-FY2030".
  {
    re: new RegExp(
      `\\b(?:(?:from\\s+)?(${FY_PREFIX})?(${Y4})\\s*(?:-|–|—|to|through|thru|until)\\s*(?:${FY_PREFIX})?(${Y4})|between\\s+(${FY_PREFIX})?(${Y4})\\s+and\\s+(?:${FY_PREFIX})?(${Y4}))\\b`,
      "gi",
    ),
    resolve: (m) =>
      m[2] !== undefined
        ? yearSpan(Number(m[2]), Number(m[3]), m[1] !== undefined)
        : yearSpan(Number(m[5]), Number(m[6]), m[4] !== undefined),
  },
  // "through March 2030": to the fiscal year holding that month.
  {
    re: new RegExp(`\\b(?:through|thru|until|till)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_NAME})\\.?\\s+(${Y4})\\b`, "gi"),
    resolve: (m, pc) => {
      const last = fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc);
      return last.kind === "FY" ? throughYear(last.fy, pc) : null;
    },
  },
  // "through 2027", "until fiscal 2030".
  {
    re: new RegExp(`\\b(?:through|thru|until|till)\\s+(?:to\\s+)?(?:the\\s+end\\s+of\\s+)?(?:(?:${FY_PREFIX})(\\d{4}|\\d{2})|(${Y4}))\\b`, "gi"),
    resolve: (m, pc) => {
      const last = year(m[1] ?? m[2]);
      return last === null ? null : throughYear(last, pc);
    },
  },
  // "for 2024 and 2025", "in both 2026 and 2027": two consecutive years, one plan.
  {
    re: new RegExp(`\\b(?:for|in|over|during|across)\\s+(?:both\\s+|each\\s+of\\s+)?(?:${FY_PREFIX})?(${Y4})\\s+and\\s+(?:${FY_PREFIX})?(${Y4})\\b(?!\\s+combined)`, "gi"),
    resolve: (m) => {
      const first = Number(m[1]);
      const last = Number(m[2]);
      return last === first + 1 ? { kind: "MULTI", from: first, to: last } : null;
    },
  },
  // "between FY28 and FY30".
  {
    re: /\bbetween\s+FY\s?'?(\d{2}|(?:19|20)\d{2})\s+and\s+FY\s?'?(\d{2}|(?:19|20)\d{2})\b/gi,
    resolve: (m) => {
      const first = year(m[1]);
      const last = year(m[2]);
      return first === null || last === null ? null : yearSpan(first, last, false);
    },
  },
  // "in each of the next two years".
  {
    re: new RegExp(`\\bin\\s+each\\s+of\\s+the\\s+(?:next|coming|following)\\s+${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
  },
  // "over the four years to 2029", "in the five years through fiscal 2030": the years ending with that one.
  {
    re: new RegExp(`\\b(?:over|in|during|for|across|within)\\s+the\\s+(?:next\\s+|coming\\s+|following\\s+)?${NUM_WORD}\\s+(?:fiscal\\s+)?years\\s+(?:to|through|thru|until|till|ending(?:\\s+in)?)\\s+(?:the\\s+end\\s+of\\s+)?(?:(${MONTH_NAME})\\.?\\s+)?(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m, pc) => {
      const years = count(m[1]);
      const closing = m[2] !== undefined ? fiscalYearOfMonth(Number(m[3]), MONTHS[m[2].slice(0, 3).toLowerCase()] ?? 6, pc) : null;
      const last = closing?.kind === "FY" ? closing.fy : Number(m[3]);
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: last - years + 1, to: last } : null;
    },
  },
  // "five-year $63 billion capital plan through 2028": the five years ending then.
  {
    re: new RegExp(`\\b${NUM_WORD}[-\\s]year\\b[^.;]{0,50}?\\b(?:through|thru|to|until|till|ending(?:\\s+in)?)\\s+(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m) => {
      const years = count(m[1]);
      const last = Number(m[2]);
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: last - years + 1, to: last } : null;
    },
  },
  // "over the next five years", "five-year capital plan".
  {
    re: new RegExp(`\\b(?:over|in|during|for|across|within)\\s+(?:each\\s+of\\s+)?the\\s+(?:(?:next|coming|following)\\s+)?${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b(?!\\s+(?:ago|earlier|before|to\\s+(?:19|20)\\d{2}))`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
  },
  {
    re: new RegExp(`\\b${NUM_WORD}[-\\s]year\\b(?=(?:\\s+[\\w-]+){0,3}?\\s+${PLAN_WORDS}\\b)`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
  },
  // Quarters: "Q1FY26", "Q4 2025", "1Q25", "Q1", "Q4 of fiscal 2025".
  {
    re: new RegExp(`\\b(?:Q([1-4])|([1-4])Q)${QUARTER_YEAR}\\b`, "g"),
    resolve: (m, pc) => quarterOf(Number(m[1] ?? m[2]), year(m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]), pc),
  },
  // "the first quarter", "first quarter of fiscal 2025", "fourth-quarter 2025", "2026 first quarter".
  {
    re: new RegExp(
      `\\b(first|second|third|fourth|1st|2nd|3rd|4th|final)[-\\s]quarter\\b(?:\\s+of\\s+(?:the\\s+)?(?:${FY_PREFIX})?(${Y4})\\b|\\s+(?:${FY_PREFIX})(\\d{4}|\\d{2})\\b|\\s+(${Y4})\\b|\\s+of\\s+(this|next|the\\s+current|the\\s+coming|the)\\s+(?:fiscal\\s+|financial\\s+)?year\\b)?`,
      "gi",
    ),
    resolve: (m, pc) => {
      const q = ordinal(m[1]);
      const explicit = year(m[2] ?? m[3] ?? m[4]);
      if (explicit !== null) return quarterOf(q, explicit, pc);
      if (m[5] !== undefined) return quarterOf(q, relativeYear(m[5], pc), pc);
      return quarterOf(q, null, pc);
    },
  },
  {
    re: new RegExp(`\\b(?:fiscal\\s+)?(${Y4})\\s+(first|second|third|fourth)[-\\s]quarter\\b`, "gi"),
    resolve: (m, pc) => quarterOf(ordinal(m[2]), Number(m[1]), pc),
  },
  // Halves: "H1 2026", "1H26", "the second half of 2026", "the second half of the year".
  {
    re: new RegExp(`\\b(?:H([12])|([12])H)${QUARTER_YEAR}\\b`, "g"),
    resolve: (m, pc) => halfOf(Number(m[1] ?? m[2]), year(m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]), pc),
  },
  {
    re: new RegExp(
      `\\b(first|second|1st|2nd|back|front|latter)[-\\s]half\\b(?:\\s+of\\s+(?:${FY_PREFIX})?(${Y4})\\b|\\s+of\\s+(this|next|the\\s+current|the\\s+coming|the)\\s+(?:fiscal\\s+|financial\\s+)?year\\b)?`,
      "gi",
    ),
    resolve: (m, pc) => {
      const word = (m[1] ?? "").toLowerCase();
      const h = word === "first" || word === "1st" || word === "front" ? 1 : 2;
      const explicit = year(m[2]);
      if (explicit !== null) return halfOf(h, explicit, pc);
      if (m[3] !== undefined) return halfOf(h, relativeYear(m[3], pc), pc);
      return halfOf(h, null, pc);
    },
  },
  // Fiscal years: "fiscal 2026", "FY26", "FY 2024", "calendar 2026", "2026 fiscal year", "full year 2025".
  {
    re: new RegExp(`\\b(?:${FY_PREFIX}|calendar\\s+(?:year\\s+)?|CY\\s?'?|full[-\\s]year\\s+(?:${FY_PREFIX})?)'?(${Y4}|\\d{2})\\b`, "gi"),
    resolve: (m) => fy(year(m[1])),
  },
  { re: new RegExp(`\\b(${Y4})\\s+(?:fiscal|financial|calendar)\\s+year\\b`, "gi"), resolve: (m) => fy(Number(m[1])) },
  // Nine months: "the first nine months of 2025", "nine months ended September 30".
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:first\\s+)?(?:nine|9)[-\\s]months?\\b(?:\\s+of\\s+(?:${FY_PREFIX})?(${Y4})\\b)?`, "gi"),
    resolve: (m, pc) => ({ kind: "9M", fy: m[1] !== undefined ? Number(m[1]) : pc.currentFy }),
  },
  // Relative years.
  {
    re: /\b(?:(?:this|the\s+current|current|the\s+present)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year|(?:the\s+)?full[-\s]year|the\s+(?:fiscal\s+|financial\s+)?year(?![-\s](?:ago|earlier|before|ahead|after|end|ended|ending|to)\b))\b(?!\s+'?\d{2,4}\b)/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy }),
  },
  { re: /\bnext\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b/gi, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy + 1 }) },
  {
    re: /\b(?:the\s+)?(?:coming|upcoming)\s+(?:fiscal\s+|financial\s+)?year\b|\bthe\s+year\s+ahead\b/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.comingFy }),
  },
  {
    re: /\b(?:last|past|previous|prior)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+prior[-\s]year\b/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy - 1 }),
  },
  // Relative quarters.
  { re: /\b(?:this|the\s+current|current)\s+(?:fiscal\s+)?quarter\b/gi, resolve: (_m, pc) => ({ kind: "Q", ...pc.currentQuarter }) },
  {
    re: /\b(?:the\s+)?(?:next|coming|upcoming)\s+(?:fiscal\s+)?quarter\b/gi,
    resolve: (_m, pc) => ({ kind: "Q", ...pc.comingQuarter }),
  },
  {
    re: /\b(?:the\s+)?(?:last|previous|prior|latest|most\s+recent)\s+(?:fiscal\s+)?quarter\b|\bthe\s+(?:fiscal\s+)?quarter\b/gi,
    resolve: (_m, pc) => ({ kind: "Q", ...pc.lastQuarter }),
  },
  // "over 2026 and 2027 combined".
  {
    re: new RegExp(`\\b(?:over|in|for|across|during)\\s+(${Y4})\\s+and\\s+(${Y4})\\s+combined\\b`, "gi"),
    resolve: (m) => yearSpan(Number(m[1]), Number(m[2]), false),
  },
  // "the December quarter": the fiscal quarter holding the nearest such month.
  {
    re: new RegExp(`\\bthe\\s+(${MONTH_NAME})\\s+quarter\\b`, "gi"),
    resolve: (m, pc) => quarterOfMonth(MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 0, pc),
  },
  // Estimate columns and labels: "2026E", "FY26E", "2026F".
  { re: /\b(?:FY\s?)?((?:19|20)\d{2}|\d{2})[EF]\b/g, resolve: (m) => fy(year(m[1])) },
  // A bare year: "2026", "in 2025".
  { re: /(?<![\w$€£¥₹.,/'-])((?:19|20)\d{2})(?![\w%]|[.,]\d|\s?-\s?\d)/g, resolve: (m) => fy(Number(m[1])) },
  // Chinese: "2024年前三季", "2026年第一季", "2026年上半年", "2026年", "今年", "明年", "去年", "未來五年".
  { re: /((?:19|20)\d{2})\s*年(?:度)?\s*前\s*(?:三|3)\s*季/g, resolve: (m) => ({ kind: "9M", fy: Number(m[1]) }) },
  {
    re: /((?:19|20)\d{2})\s*年(?:度)?\s*(?:第\s*([一二三四1-4])\s*季|Q([1-4]))/g,
    resolve: (m, pc) => quarterOf(ordinal(m[2] ?? m[3]), Number(m[1]), pc),
  },
  { re: /((?:19|20)\d{2})\s*年(?:度)?\s*([上下])半年/g, resolve: (m, pc) => halfOf(m[2] === "上" ? 1 : 2, Number(m[1]), pc) },
  { re: /((?:19|20)\d{2})\s*年(?:度)?/g, resolve: (m) => fy(Number(m[1])) },
  { re: /今年度?|本年度?/g, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy }) },
  { re: /明年度?/g, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy + 1 }) },
  { re: /去年度?|上年度/g, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy - 1 }) },
  { re: /本季|當季|当季/g, resolve: (_m, pc) => ({ kind: "Q", ...pc.currentQuarter }) },
  { re: /下一?季/g, resolve: (_m, pc) => ({ kind: "Q", ...pc.comingQuarter }) },
  { re: /上一?季/g, resolve: (_m, pc) => ({ kind: "Q", ...pc.lastQuarter }) },
  { re: /第\s*([一二三四1-4])\s*季/g, resolve: (m, pc) => quarterOf(ordinal(m[1]), null, pc) },
  { re: /([上下])半年/g, resolve: (m, pc) => halfOf(m[1] === "上" ? 1 : 2, null, pc) },
  { re: /未[來来]\s*([一二三四五六七八九十\d]{1,2})\s*年/g, resolve: (m, pc) => comingYears(count(m[1]), pc) },
];

interface Candidate extends PeriodMention {
  order: number;
}

const COMPARED_BEFORE = /\b(?:over|versus|vs\.?|compared\s+(?:with|to)|than|relative\s+to|from|against|since)\s+(?:the\s+|fiscal\s+)?$/i;
// "the company's Q4 earnings results", "its fourth-quarter earnings call": the report, not the figure's period.
const NAMES_A_REPORT = /^[-\s]*(?:earnings|results|report|call|conference|release|financial\s+results|update|presentation|letter)\b/i;
const WRITTEN_YEAR = /(?:19|20)\d{2}|(?:FY|F|'|Q[1-4]|H[12]|[1-4]Q|[12]H)\s?\d{2}(?!\d)|年/i;

/** The period phrases of `sentence`, left to right, without overlaps (the longest wins). */
export function findPeriods(sentence: string, pc: PeriodContext): PeriodMention[] {
  const candidates: Candidate[] = [];
  PATTERNS.forEach((pattern, order) => {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(sentence); m !== null; m = pattern.re.exec(sentence)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex += 1;
        continue;
      }
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const names = NAMES_A_REPORT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const period = names ? null : pattern.resolve(m, pc);
      const guessed = (period?.kind === "Q" || period?.kind === "H") && !WRITTEN_YEAR.test(m[0]) && !/\b(?:this|next|coming|upcoming|current|last|previous|prior|latest|recent)\b|[本當当上下]一?季/i.test(m[0]);
      const compared = period !== null && period.kind !== "MULTI" && COMPARED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
      candidates.push({ start, end: m.index + m[0].trimEnd().length, period, guessed, compared, order });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: PeriodMention[] = [];
  let coveredTo = -1;
  for (const c of candidates) {
    if (c.start < coveredTo) continue;
    kept.push({ start: c.start, end: c.end, period: c.period, guessed: c.guessed, compared: c.compared });
    coveredTo = c.end;
  }
  return kept;
}
