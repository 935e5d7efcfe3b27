// Period phrases for quarters, halves, single fiscal years, relative years and quarters ("this
// year", "the coming quarter"), bare years and Chinese period words.
import { comingYears, yearToDate } from "./period-context.js";
import {
  count,
  fy,
  FY_PREFIX,
  halfOf,
  MONTH_NAME,
  MONTHS,
  ordinal,
  QUARTER_YEAR,
  quarterOf,
  quarterOfMonth,
  relativeYear,
  Y4,
  year,
  yearSpan,
  type PeriodPattern,
} from "./period-words.js";

// "fiscal" used as a noun: what may follow it (punctuation, a verb, a preposition), never another noun.
const FISCAL_ENDS =
  "(?=\\s*(?:[.,;:!?)'\"’”]|$)|\\s+(?:alone|so\\s+far|to\\s+date|ending|ended|and|or|as|is|was|will|would|amid|on|in|at|for|from|till|until|by|with|against|compared|versus|vs|when|while|which|that|after|before|too|itself|also|but|of|followed|then|rising|falling|up|down)\\b)";

export const PATTERNS: PeriodPattern[] = [
  // Quarters: "Q1FY26", "Q4 2025", "1Q25", "Q1", "Q4 of fiscal 2025".
  {
    re: new RegExp(`\\b(?:Q([1-4])|([1-4])Q)${QUARTER_YEAR}\\b`, "g"),
    resolve: (m, pc) => quarterOf(Number(m[1] ?? m[2]), year(m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]), pc),
  },
  // "the first quarter", "first quarter of fiscal 2025", "fourth-quarter 2025", "2026 first quarter".
  {
    re: new RegExp(
      `\\b(first|second|third|fourth|1st|2nd|3rd|4th|final)[-\\s](?:fiscal\\s+)?quarter\\b(?:\\s+of\\s+(?:the\\s+)?(?:${FY_PREFIX})?(${Y4})\\b|\\s+(?:${FY_PREFIX})(\\d{4}|\\d{2})\\b|\\s+(${Y4})\\b|\\s+of\\s+(this|next|the\\s+current|the\\s+coming|the)\\s+(?:fiscal\\s+|financial\\s+)?year\\b)?`,
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
  // "the last quarter of the fiscal", "the final quarter of last year": a fourth quarter.
  {
    re: /\b(?:the\s+)?(?:ongoing\s+|current\s+)?(?:last|final|fourth)[-\s]quarter\s+of\s+(this|next|last|the\s+previous|the\s+prior|the\s+current|the\s+coming|the)\s+(?:fiscal(?:\s+year)?|financial\s+year|year)\b/gi,
    resolve: (m, pc) => quarterOf(4, /last|previous|prior/i.test(m[1] ?? "") ? pc.currentFy - 1 : relativeYear(m[1], pc), pc),
  },
  // "year to date", "so far this year": the months of this fiscal year already over.
  {
    re: /\b(?:(?:so\s+far|to\s+date|thus\s+far)\s+(?:this|in\s+the\s+current|in\s+the|in\s+this)\s+(?:fiscal\s+|financial\s+)?year|(?:fiscal\s+)?year[-\s]to[-\s]date|YTD)\b/gi,
    resolve: (_m, pc) => yearToDate(pc),
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
  // "the first six months of 2020", "the first-six months of the year": the first half.
  {
    re: new RegExp(`\\b(?:the\\s+)?first[-\\s](?:six|6)[-\\s]months\\b(?:\\s+of\\s+(?:${FY_PREFIX})?(${Y4})\\b|\\s+of\\s+(this|the\\s+current|the)\\s+(?:fiscal\\s+|financial\\s+)?year\\b)?`, "gi"),
    resolve: (m, pc) => {
      const explicit = year(m[1]);
      if (explicit !== null) return halfOf(1, explicit, pc);
      return m[2] !== undefined ? halfOf(1, relativeYear(m[2], pc), pc) : halfOf(1, null, pc);
    },
  },
  // Fiscal years: "fiscal 2026", "FY26", "FY 2024", "calendar 2026", "2026 fiscal year", "full year 2025";
  // "fiscal 26th" is how speech-to-text writes "fiscal '26".
  {
    re: new RegExp(`\\b(?:${FY_PREFIX}|calendar\\s+(?:year\\s+)?|CY\\s?'?|full[-\\s]year\\s+(?:${FY_PREFIX})?)['’]?(${Y4}|\\d{2})(?:st|nd|rd|th)?\\b`, "gi"),
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
    re: /\b(?:(?:this|the\s+current|current|the\s+present)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year|(?:the\s+)?full[-\s]year|the\s+(?:fiscal\s+|financial\s+)?year(?![-\s](?:ago|earlier|before|ahead|after|end|ended|ending|through|thru)\b)(?![-\s]to[-\s](?:date|the\s+end|end|January|February|March|April|May|June|July|August|September|October|November|December|\d)))\b(?!\s+'?\d{2,4}\b)/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy }),
  },
  // "$1.2 billion in 2025 and $1.5 billion the following year": the year after the one named before (periods.ts).
  {
    re: /\bthe\s+(?:(?:following|subsequent|succeeding)\s+(?:fiscal\s+|financial\s+)?year|(?:fiscal\s+|financial\s+)?year\s+after(?:\s+that)?)\b(?!\s+next\b)/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy + 1 }),
    follows: true,
  },
  { re: /\bthe\s+year\s+after\s+next\b/gi, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy + 2 }) },
  { re: /\bnext\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b/gi, resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy + 1 }) },
  {
    re: /\b(?:the\s+)?(?:coming|upcoming)\s+(?:fiscal\s+|financial\s+)?year\b|\bthe\s+year\s+ahead\b|\b(?:the|this)\s+new\s+(?:fiscal\s+|financial\s+)?year\b(?!['’]s|\s+(?:holidays?|break|celebrations?|festivities|period|day|eve|honou?rs?|address|message|resolutions?)\b)/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.comingFy }),
  },
  {
    re: /\b(?:last|past|previous|prior)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+prior[-\s]year\b/gi,
    resolve: (_m, pc) => ({ kind: "FY", fy: pc.currentFy - 1 }),
  },
  // "in the current fiscal", "this fiscal", "next fiscal", "the last fiscal", "last FY" (Indian usage), not "the fiscal deficit".
  {
    re: new RegExp(`\\b(this|the\\s+current|current|the\\s+ongoing|ongoing|the\\s+present|next|the\\s+next|the\\s+coming|coming|last|the\\s+last|previous|the\\s+previous|prior|the\\s+prior)\\s+(?:fiscal\\b${FISCAL_ENDS}|FY\\b(?!\\s*[-'’]?\\d))`, "gi"),
    resolve: (m, pc) => {
      const which = (m[1] ?? "").toLowerCase();
      if (/last|previous|prior/.test(which)) return { kind: "FY", fy: pc.currentFy - 1 };
      return { kind: "FY", fy: /coming/.test(which) ? pc.comingFy : relativeYear(which, pc) };
    },
  },
  // "next year's first quarter", "this fiscal year's second half", "fiscal 2026's back half": a part of the year named before it.
  {
    re: new RegExp(`\\b(?:(this|next|last|the\\s+current|the\\s+coming)\\s+(?:fiscal\\s+|financial\\s+)?year|(?:${FY_PREFIX})?(${Y4}))['’]s\\s+(?:(first|second|third|fourth|final)[-\\s](?:fiscal\\s+)?quarter|(first|second|back|front|latter)[-\\s]half)\\b`, "gi"),
    resolve: (m, pc) => {
      const which = (m[1] ?? "").toLowerCase();
      const y = m[2] !== undefined ? Number(m[2]) : which === "last" ? pc.currentFy - 1 : relativeYear(which, pc);
      if (m[3] !== undefined) return quarterOf(ordinal(m[3]), y, pc);
      return halfOf(/first|front/i.test(m[4] ?? "") ? 1 : 2, y, pc);
    },
  },
  // Relative halves: "this half", "the current half-year", "the next half".
  {
    re: /\b(this|the\s+current|current|the\s+next|next|the\s+coming|coming)\s+(?:fiscal\s+)?half(?:[-\s]year)?\b(?!\s+of\b)/gi,
    resolve: (m, pc) => {
      const { fy, q } = pc.currentQuarter;
      const h = q <= 2 ? 1 : 2;
      if (!/next|coming/i.test(m[1] ?? "")) return { kind: "H", fy, h };
      return h === 1 ? { kind: "H", fy, h: 2 } : { kind: "H", fy: fy + 1, h: 1 };
    },
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
  // "capital expenditures for 24 are forecast to …", "in 24 and 25" (said on calls): a year's last two
  // digits after "in"/"for", before a verb or the end of the phrase, within a few years of the document.
  {
    re: /\b(?:in|for)\s+(\d{2})(?=\s*(?:[.,;:)]|$)|\s+(?:and|are|is|was|will|we|versus|vs)\b)/g,
    resolve: (m, pc) => {
      const y = 2000 + Number(m[1]);
      return Math.abs(y - pc.currentFy) <= 3 ? fy(y) : null;
    },
    onlyWhenResolved: true,
  },
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
