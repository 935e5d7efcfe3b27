// Period phrases naming a fiscal year by a month or a day in it ("the year ended March 31, 2015",
// "March 2026", "FY3/2026"), and spans of years: split fiscal years ("2023-24"), plans ("FY26-FY28", "from 2025
// to 2027", "through 2030", "over the four years to 2029", "a five-year plan").
import { comingYears, fiscalYearOfMonth, planYears, throughYear } from "./period-context.js";
import { count, fy, FY_PREFIX, MONTH_NAME, MONTHS, NUM_WORD, PLAN_WORDS, Y4, year, yearSpan, type PeriodPattern } from "./period-words.js";

const INVESTED = /\b(?:invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|deploy(?:s|ed|ing)?|pour(?:s|ing)?|commit(?:s|ted|ting)?)\b/i;
const REACHED =
  /\b(?:reach(?:es|ing)?|ris(?:e|es|ing)|grow(?:s|ing)?|increas(?:e|es|ing)|climb(?:s|ing)?|hit(?:s|ting)?|doubl(?:e|es|ing)|tripl(?:e|es|ing)|ramp(?:s|ing)?\s+up)\b|\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:[A-Z]{2,3}\s?|US\$|[$€£¥₹])?\s?\d/i;

const TOTAL_REACHED = /\b(?:total|cumulative|combined|overall)\s+(?:capital\s+)?(?:investments?|spending|capex|capital\s+expenditures?)\s+(?:will|would|is\s+(?:set|expected)\s+to)\s+(?:reach|hit|total|amount\s+to)\b/i;
// "five-year, $22.5 to $26 billion capital spending plan": the plan's money between its length and its name.
const PLAN_MONEY = "(?:\\s+(?:US)?[$€£¥₹]?\\d[\\d.,]*(?:\\s*(?:to|-|–)\\s*[$€£¥₹]?\\d[\\d.,]*)?(?:\\s*(?:billion|million|trillion|bn|mn))?)?";
// "by the end of March 2027": a month named before the year a plan runs to.
const MONTH_BEFORE_YEAR = "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?";

export const SPAN_PATTERNS: PeriodPattern[] = [
  // "the year ended March 31, 2015", "fiscal year ending June 30, 2026", "the fiscal year through
  // March 2027": the fiscal year holding that day or month.
  {
    // (also the day first: "the financial year to 30-Sep-2020", "year ending 31 December 2012")
    re: new RegExp(`\\b(?:fiscal\\s+|financial\\s+)?year\\s+(?:ended|ending|that\\s+ended|to|through|thru)\\s+(?:on\\s+|in\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?[-\\s]+)?(${MONTH_NAME})\\.?[-\\s]+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(${Y4})\\b`, "gi"),
    resolve: (m, pc) => fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc),
  },
  // "the fiscal year starting April 1, 2026", "the year beginning in April", "the fiscal year that began in June 2025".
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(?:fiscal\\s+|financial\\s+)?year\\s+(starting|beginning|(?:that|which)\\s+(?:starts|begins|began|started))\\s+(?:on\\s+|in\\s+)?(${MONTH_NAME})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(${Y4}))?\\b`,
      "gi",
    ),
    resolve: (m, pc) => {
      const month = MONTHS[(m[2] ?? "").slice(0, 3).toLowerCase()] ?? 0;
      if (month === 0) return null;
      const past = /began|started/i.test(m[1] ?? "");
      const y = m[3] !== undefined ? Number(m[3]) : past ? (month <= pc.date.m ? pc.date.y : pc.date.y - 1) : month >= pc.date.m ? pc.date.y : pc.date.y + 1;
      return fiscalYearOfMonth(y, month, pc);
    },
  },
  // "from April 2021 through March 2026", "between April 1, 2025 and March 31, 2030": the fiscal
  // years holding the first and the last month.
  {
    re: new RegExp(
      `\\b(?:from\\s+|between\\s+)?(${MONTH_NAME})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(${Y4})\\s*(?:-|–|—|to|through|thru|until|and)\\s*(?:the\\s+end\\s+of\\s+)?(${MONTH_NAME})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(${Y4})\\b`,
      "gi",
    ),
    resolve: (m, pc) => {
      const first = fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc);
      const last = fiscalYearOfMonth(Number(m[4]), MONTHS[(m[3] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc);
      if (first.kind !== "FY" || last.kind !== "FY" || last.fy < first.fy) return null;
      return last.fy === first.fy ? first : { kind: "MULTI", from: first.fy, to: last.fy };
    },
  },
  // "FY3/2026", "FY 3/26", "FY2026/3": the fiscal year ending in that month (Japanese usage).
  {
    re: /\bFY\s?(?:(\d{1,2})\/((?:19|20)\d{2}|\d{2})|((?:19|20)\d{2})\/(\d))(?![\d/])/g,
    resolve: (m, pc) => {
      const month = Number(m[1] ?? m[4]);
      const y = year(m[2] ?? m[3]);
      return y === null || month < 1 || month > 12 ? null : fiscalYearOfMonth(y, month, pc);
    },
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
  // "fiscal year 2023-24", "FY2024-25", "2023-24 fiscal", "2025-27"; a company whose years are
  // calendar years has no year "2025-26": written bare, it is the two years.
  {
    re: new RegExp(`\\b(${FY_PREFIX})?(${Y4})\\s?[-–/]\\s?(\\d{2})\\b(?!-\\d)(\\s+(?:fiscal|financial)(?:\\s+year)?)?`, "gi"),
    resolve: (m, pc) => {
      const first = Number(m[2]);
      const last = Math.floor(first / 100) * 100 + Number(m[3]);
      const named = m[1] !== undefined || m[4] !== undefined;
      return yearSpan(first, last, named || !pc.calendarYears, pc);
    },
  },
  // "FY26-FY28" (a plan), "FY24-25" (one fiscal year).
  {
    re: /\b(?:FY|fiscal\s+(?:years?\s+)?)\s?[-'’]?(\d{2}|(?:19|20)\d{2})\s*[-–—/]\s*(FY\s?[-'’]?)?(\d{2}|(?:19|20)\d{2})\b(?!-\d)/gi,
    resolve: (m, pc) => {
      const first = year(m[1]);
      const last = year(m[3]);
      if (first === null || last === null) return null;
      return yearSpan(first, last, m[2] === undefined, pc);
    },
  },
  // "from 2025 to 2027", "2025-2027", "between 2026 and 2030", "FY2026-FY2030".
  {
    re: new RegExp(
      `\\b(?:(?:from\\s+)?(${FY_PREFIX})?(${Y4})\\s*(?:-|–|—|to|through|thru|until)\\s*(?:${FY_PREFIX})?(${Y4})|between\\s+(${FY_PREFIX})?(${Y4})\\s+and\\s+(?:${FY_PREFIX})?(${Y4}))\\b`,
      "gi",
    ),
    resolve: (m, pc) =>
      m[2] !== undefined
        ? yearSpan(Number(m[2]), Number(m[3]), m[1] !== undefined, pc)
        : yearSpan(Number(m[5]), Number(m[6]), m[4] !== undefined, pc),
  },
  // "through March 2030": to the fiscal year holding that month.
  {
    re: new RegExp(`\\b(?:through|thru|until|till)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_NAME})\\.?\\s+(${Y4})\\b`, "gi"),
    resolve: (m, pc) => {
      const last = fiscalYearOfMonth(Number(m[2]), MONTHS[(m[1] ?? "").slice(0, 3).toLowerCase()] ?? 6, pc);
      return last.kind === "FY" ? throughYear(last.fy, pc) : null;
    },
  },
  // "through 2027", "until fiscal 2030", "through the 2019 calendar year", "between now and 2028",
  // "between this year and 2011".
  {
    re: new RegExp(
      `\\b(?:through|thru|until|till|between\\s+(?:now|this\\s+year|today)\\s+and|from\\s+(?:now|this\\s+year)\\s+(?:to|through|until|till))\\s+(?:to\\s+)?(?:the\\s+end\\s+of\\s+)?(?:(?:${FY_PREFIX})(\\d{4}|\\d{2})|(?:the\\s+)?(${Y4})(?:\\s+(?:fiscal|financial|calendar)\\s+year)?)\\b`,
      "gi",
    ),
    resolve: (m, pc) => {
      const last = year(m[1] ?? m[2]);
      return last === null ? null : throughYear(last, pc);
    },
  },
  // "the remaining five years of our original 10-year capital investment plan that runs through 2030": the last five years to 2030.
  {
    re: new RegExp(`\\bthe\\s+remaining\\s+${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b[^.;$€£¥₹]{0,80}?\\b(?:through|thru|to|until|till)\\s+(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m) => {
      const years = count(m[1]);
      const last = Number(m[2]);
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: last - years + 1, to: last } : null;
    },
  },
  // "its revised Net-Zero Acceleration Program (NZAP) to 2027": a plan named with its last year runs through it.
  {
    re: new RegExp(`\\bto(?<=\\b(?:plan|program(?:me)?|strategy|framework)s?\\s*(?:\\([^)]{1,30}\\)\\s*)?to)\\s+(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m, pc) => {
      const last = year(m[1]);
      return last === null ? null : throughYear(last, pc);
    },
  },
  // "plans to invest €58 billion by 2028": what is invested by then, from now; "to rise to $50 billion by 2028" is that year's level.
  {
    re: new RegExp(`\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:(?:${FY_PREFIX})(\\d{4}|\\d{2})|${MONTH_BEFORE_YEAR}(${Y4}))\\b`, "gi"),
    resolve: (m, pc) => {
      const last = year(m[1] ?? m[2]);
      if (last === null) return null;
      const before = m.input.slice(Math.max(0, m.index - 80), m.index);
      // "Total investment will reach $109 billion by 2030": a total reached by then is what is invested until then.
      return INVESTED.test(before) && (!REACHED.test(before) || TOTAL_REACHED.test(before)) ? throughYear(last, pc) : fy(last);
    },
  },
  // "for 2024 and 2025", "in both 2026 and 2027": two consecutive years, one plan.
  {
    re: new RegExp(`\\b(?:for|in|over|during|across)\\s+(?:both\\s+|each\\s+of\\s+(?:the\\s+)?)?(?:${FY_PREFIX})?(${Y4})\\s+and\\s+(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m) => {
      const first = Number(m[1]);
      const last = Number(m[2]);
      return last === first + 1 ? { kind: "MULTI", from: first, to: last } : null;
    },
  },
  // "in each of 2025, 2026 and 2027": three consecutive years, one plan (other lists are their years one by one).
  {
    re: new RegExp(`\\b(?:for|in|over|during|across)\\s+(?:each\\s+of\\s+(?:the\\s+)?)?(?:${FY_PREFIX})?(${Y4}),\\s*(?:${FY_PREFIX})?(${Y4}),?\\s+and\\s+(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m) => {
      const first = Number(m[1]);
      return Number(m[2]) === first + 1 && Number(m[3]) === first + 2 ? { kind: "MULTI", from: first, to: first + 2 } : null;
    },
    onlyWhenResolved: true,
  },
  // "from fiscal 24 to fiscal 28", "from FY25 through FY29": a plan over the years named.
  {
    re: /\bfrom\s+(?:FY|fiscal\s+(?:year\s+)?)\s?'?(\d{2}|(?:19|20)\d{2})\s+(?:to|through|thru|until)\s+(?:FY|fiscal\s+(?:year\s+)?)\s?'?(\d{2}|(?:19|20)\d{2})\b/gi,
    resolve: (m) => {
      const first = year(m[1]);
      const last = year(m[2]);
      return first === null || last === null ? null : yearSpan(first, last, false);
    },
  },
  // "between financial year 2025-26 (FY26) and 2029-30 (FY30)", "from 2025-26 to 2029-30": a plan over split years, each named by its end.
  {
    re: new RegExp(
      `\\b(?:between|from)\\s+(?:(?:the\\s+)?(?:fiscal|financial)\\s+years?\\s+)?(${Y4})\\s*[-–/]\\s*(\\d{2})(?:\\s*\\(FY\\s?'?\\d{2}\\))?\\s+(?:and|to|till|until|through)\\s+(?:(?:fiscal|financial)\\s+(?:year\\s+)?)?(${Y4})\\s*[-–/]\\s*(\\d{2})\\b`,
      "gi",
    ),
    resolve: (m) => {
      const first = Number(m[1]) + 1;
      const last = Number(m[3]) + 1;
      return first % 100 === Number(m[2]) && last % 100 === Number(m[4]) ? yearSpan(first, last, false) : null;
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
  // "this year and in each of the following two fiscal years", "next year and the year after": one plan.
  {
    re: new RegExp(
      `\\b(this|the\\s+current|next)\\s+(?:fiscal\\s+|financial\\s+)?year\\s+and\\s+(?:(?:in|for)\\s+)?(?:each\\s+of\\s+)?the\\s+(?:(?:next|following|coming|subsequent)\\s+${NUM_WORD}\\s+(?:fiscal\\s+|financial\\s+)?years|(?:year|one)\\s+after(?:\\s+that)?)\\b`,
      "gi",
    ),
    resolve: (m, pc) => {
      const first = /next/i.test(m[1] ?? "") ? pc.currentFy + 1 : pc.currentFy;
      const more = m[2] === undefined ? 1 : count(m[2]);
      return Number.isInteger(more) && more >= 1 && more <= 30 ? { kind: "MULTI", from: first, to: first + more } : null;
    },
  },
  // "for this fiscal and the next", "this financial year and the next one": the year under way and the one after.
  {
    re: /\b(?:this|the\s+current)\s+(?:fiscal|financial)(?:\s+year)?\s+and\s+the\s+next(?:\s+(?:one|fiscal(?:\s+year)?|financial\s+year|year))?\b/gi,
    resolve: (_m, pc) => ({ kind: "MULTI", from: pc.currentFy, to: pc.currentFy + 1 }),
  },
  // "$6-8 billion in 2023 and $7-9 billion in each of the following two fiscal years": the years after the one named before (periods.ts).
  {
    re: new RegExp(`\\b(?:(?:in|over|for|during)\\s+)?(?:each\\s+of\\s+)?the\\s+(?:following|subsequent|succeeding)\\s+${NUM_WORD}\\s+(?:fiscal\\s+|financial\\s+)?years\\b`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
    follows: true,
  },
  // "in each of the next two years".
  {
    re: new RegExp(`\\bin\\s+each\\s+of\\s+the\\s+(?:next|coming|following)\\s+${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
    fromComingYear: true,
  },
  // "over the four years to 2029", "in the five years through fiscal 2030", "over the next five years,
  // until 2030": the years ending with that one.
  {
    // ("in the two financial years ending FY26": a fiscal year written with two digits.)
    // ("over five years to 2028–2029": a fiscal year written as the two years it spans ends in the second.)
    re: new RegExp(`\\b(?:over|in|during|for|across|within)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+)?${NUM_WORD}\\s+(?:fiscal\\s+|financial\\s+)?years\\s*,?\\s+(?:to|through|thru|until|till|ending(?:\\s+in)?)\\s+(?:the\\s+end\\s+of\\s+)?(?:(${MONTH_NAME})\\.?\\s+)?(?:(?:${FY_PREFIX})?(${Y4})(?:[-–](${Y4})(?!\\d))?|FY\\s?[-'’]?(\\d{2}))\\b`, "gi"),
    resolve: (m, pc) => {
      const years = count(m[1]);
      const spanned = m[4] !== undefined && Number(m[4]) === Number(m[3]) + 1 ? Number(m[4]) : undefined;
      const year = spanned ?? (m[3] !== undefined ? Number(m[3]) : 2000 + Number(m[5]));
      const closing = m[2] !== undefined ? fiscalYearOfMonth(year, MONTHS[m[2].slice(0, 3).toLowerCase()] ?? 6, pc) : null;
      const last = closing?.kind === "FY" ? closing.fy : year;
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: last - years + 1, to: last } : null;
    },
  },
  // "over the three years from 2026", "in five years starting in fiscal 2026", "a three-year plan
  // beginning in 2026": the years from that one (to the year named after it, if one is).
  {
    re: new RegExp(
      `\\b(?:(?:over|in|during|for|across|within)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+)?${NUM_WORD}\\s+(?:fiscal\\s+)?years\\s+(?:from|starting|beginning|commencing)|${NUM_WORD}[-\\s]year\\b[^.;]{0,50}?\\b(?:starting|beginning|commencing))(?:\\s+(?:in|with|from))?\\s+(?:${FY_PREFIX})?(${Y4})(?:\\s*(?:-|–|—|to|through|thru|until)\\s*(?:${FY_PREFIX})?(${Y4}))?\\b`,
      "gi",
    ),
    resolve: (m) => {
      const years = count(m[1] ?? m[2]);
      const first = Number(m[3]);
      if (m[4] !== undefined) return yearSpan(first, Number(m[4]), false);
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: first, to: first + years - 1 } : null;
    },
  },
  // "five-year $63 billion capital plan through 2028", "five-year $19 to $22.5 billion … through 2028": the five years ending then.
  // ("the three-year period ending December 2023": the month closing the span dates its last fiscal year.)
  {
    re: new RegExp(`\\b${NUM_WORD}[-\\s]year\\b(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,50}?\\b(?:through|thru|to|until|till|ending(?:\\s+in)?)\\s+(?:(${MONTH_NAME})\\.?\\s+)?(?:${FY_PREFIX})?(${Y4})\\b`, "gi"),
    resolve: (m, pc) => {
      const years = count(m[1]);
      const closing = m[2] !== undefined ? fiscalYearOfMonth(Number(m[3]), MONTHS[m[2].slice(0, 3).toLowerCase()] ?? 6, pc) : null;
      const last = closing?.kind === "FY" ? closing.fy : Number(m[3]);
      return Number.isInteger(years) && years >= 2 && years <= 30 ? { kind: "MULTI", from: last - years + 1, to: last } : null;
    },
  },
  // "($40-$42 billion over 10 years)", "across five years": a span with no "the" is read as "over the next 10 years" is.
  {
    re: new RegExp(`\\b(?:over|across)\\s+${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b(?!\\s+(?:ago|earlier|before|of\\b|to\\s+(?:19|20)\\d{2}))`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
  },
  // "over the next five years": from the coming year.
  {
    re: new RegExp(`\\b(?:over|in|during|for|across|within)\\s+(?:each\\s+of\\s+)?the\\s+(?:(?:next|coming|following)\\s+)?${NUM_WORD}\\s+(?:fiscal\\s+)?years\\b(?!\\s+(?:ago|earlier|before|to\\s+(?:19|20)\\d{2}))`, "gi"),
    resolve: (m, pc) => comingYears(count(m[1]), pc),
    fromComingYear: true,
  },
  // "a five-year capital plan", "five-year, $22.5 to $26 billion capital spending plan": from the year under way, as a plan "through 2030" is.
  {
    re: new RegExp(`\\b${NUM_WORD}[-\\s]year\\b(?=,?${PLAN_MONEY}(?:\\s+[\\w-]+){0,3}?\\s+${PLAN_WORDS}\\b)`, "gi"),
    resolve: (m, pc) => planYears(count(m[1]), pc),
  },
];
