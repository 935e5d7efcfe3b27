// Money amounts as written: "$115", "135 billion", "US$52 billion", "£5.1 bn", "$8.8B",
// "Rs 14,000 crore", "440 billion yen", "29.88 billion dollars", "新台幣340億元", "560億美元".
// A token keeps what it states (number, scale, currency); ranges and bounds are read elsewhere.
import { findSpelledAmounts } from "./spelled-amounts.js";

export interface AmountToken {
  start: number;
  end: number;
  /** The number as written, without its scale. */
  num: number;
  /** The scale word's factor (billion = 1e9, crore = 1e7, 億 = 1e8), null when none is written. */
  scale: number | null;
  /** ISO 4217 code, null when the token names no currency. */
  currency: string | null;
  /** A plain number: no scale and no currency (it can still be the low end of "70-80億元"). */
  bare: boolean;
  /** A four-digit whole number like 2026, which is more likely a year than an amount. */
  yearLike: boolean;
}

// ISO 4217 codes the extractor reads, written before or after an amount.
export const ISO_CODE_LIST = ["USD", "EUR", "GBP", "JPY", "INR", "TWD", "CNY", "KRW", "CHF", "CAD", "AUD", "HKD", "SGD", "DKK", "NOK", "SEK", "BRL", "MXN", "ZAR", "SAR", "AED", "IDR", "MYR", "THB", "NZD", "PLN", "TRY", "PHP"];
const ISO_ALT = ISO_CODE_LIST.join("|");
// A number not glued to a word before it: "14,000", "1.5", "520"; not the "26" of "FY26".
// A currency code glued to the number still counts: "USD5.1 billion", "CNY173 billion", "Rs.23,239 crore", "P76 billion" (pesos), "DKr2bn".
const NUMBER_RE = new RegExp(
  String.raw`(?:(?<=(?:^|[^A-Za-z])(?:${ISO_ALT}|NTD|RMB|P|Rs\.?|DKr|NKr|SKr|SFr|Rp|RM|R|Bt|Dhs|Dh))|(?<!\w|\d[.,]))(\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
  "g",
);
const PERCENT_AFTER = /\s?(?:%|％|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b|basis\s+points?\b|bps\b)/iy;

// "the low $70 billions": a plural scale word after a number is the same scale.
const SCALE_WORD_AFTER = /\s?-?(lakh[\s-]crores?|trillions?|tn|trn|billions?|bn|bln|bil|millions?|mn|mln|thousand|crores?|cr|lakhs?|lacs?|lac)(?![A-Za-z])/iy;
const SCALE_MM_AFTER = /\s?(mm)(?![A-Za-z])/y;
const SCALE_LETTER_AFTER = /([TBMKbmk])(?![A-Za-z])/y;
// "$1.1B-1.3B": the upper bound's letter scale counts though its currency sign is left out.
const AFTER_RANGE_DASH = /[$€£¥₹]\s?[\d.,]+\s?[A-Za-z]{0,2}\s?[-–—]\s?$/;
const CODE_AFTER_LETTER = new RegExp(String.raw`^[TBMK]\s?(?:${ISO_ALT})\b`);
const SCALE_CJK_AFTER = /\s?([千百]?)(兆|億|亿|萬|万)/y;

const SCALES: Record<string, number> = {
  trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, bil: 1e9, b: 1e9,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mm: 1e6, m: 1e6,
  thousand: 1e3, k: 1e3,
  crore: 1e7, crores: 1e7, cr: 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5,
  兆: 1e12, 億: 1e8, 亿: 1e8, 萬: 1e4, 万: 1e4, 千: 1e3, 百: 1e2,
};

const CURRENCY_BEFORE =
  /(?:(?<![A-Za-z])(US|U\.S\.|NT|HK|C|A|S|R|MX|AU|AUS|CA|CAD|AUD|NZ|NZD|SGD|HKD|USD)\$|(\$)|(€)|(£)|(¥)|(₹)|(₩)|(₱)|(₦)|(?<![A-Za-z])(P)|(?<![A-Za-z])(Rs|DKr|NKr|SKr|SFr|Dkr|Nkr|Skr|Rp|RM|Bt|Dhs|Dh|PHP|INR|USD|EUR|GBP|JPY|TWD|NTD|CNY|RMB|KRW|CHF|CAD|AUD|HKD|SGD|DKK|NOK|SEK|BRL|MXN|ZAR|SAR|AED|IDR|MYR|THB|NZD|PLN|TRY)\.?|(新台幣|新臺幣|台幣|臺幣|人民幣|人民币|美金|港幣|港币))\s?~?\s?$/;
const CURRENCY_WORD_AFTER =
  /\s?(?:(US|U\.S\.|NT|New\s+Taiwan|Taiwan(?:ese)?|Hong\s+Kong|Canadian|Australian|Singapore|New\s+Zealand|Mexican|Philippine|Chilean|Colombian|Argentine|(?:South\s+)?Korean|Indian|Chinese|Japanese|Brazilian|Russian|South\s+African|Saudi|Malaysian|Indonesian|Thai|Polish|Turkish|UAE|Emirati|Egyptian|Lebanese|British|Pakistani|Sri\s+Lankan|Nepalese|Nigerian|Kenyan)\s+)?(dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|won|rupees?|yuan|renminbi|Swiss\s+francs|reais|real|rubles?|roubles?|(?:Danish|Norwegian|Swedish)\s+(?:crowns|kroner|kronor|krone)|kroner|kronor|rand|riyals?|ringgit|rupiah|baht|zlotys?|lira|pesos?|dirhams?|naira|shillings?|USD|EUR|GBP|JPY|INR|TWD|NTD|CNY|RMB|KRW|CHF|CAD|AUD|HKD|SGD|DKK|NOK|SEK|BRL|MXN|ZAR|SAR|AED|IDR|MYR|THB|NZD|PLN|TRY)(?![A-Za-z])/iy;
const CURRENCY_CJK_AFTER = /\s?(美元|美金|日圓|日元|日幣|歐元|欧元|英鎊|英镑|人民幣|人民币|韓元|韩元|新台幣|新臺幣|台幣|臺幣|港元|港幣|港币|元)/y;

const RAND_BEFORE = /(?:^|[^A-Za-z&])R$/;
// "R35-39 billion": a dash, then the high end with its scale.
const RANGE_TO_SCALED = /^\s*[-–]\s*R?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)\b/i;

const PREFIX_CURRENCY: Record<string, string> = {
  US: "USD", "U.S.": "USD", NT: "TWD", HK: "HKD", C: "CAD", CA: "CAD", CAD: "CAD", A: "AUD", AU: "AUD", AUS: "AUD", AUD: "AUD",
  NZD: "NZD", SGD: "SGD", HKD: "HKD", USD: "USD", S: "SGD", R: "BRL", MX: "MXN", NZ: "NZD",
  // The English financial press's abbreviations (the FT's DKr, NKr, SKr, SFr; Rp, RM in Asia).
  DKr: "DKK", Dkr: "DKK", NKr: "NOK", Nkr: "NOK", SKr: "SEK", Skr: "SEK", SFr: "CHF", Rp: "IDR", RM: "MYR",
  // Thailand's baht as its English-language press writes it ("Bt83.66 billion").
  Bt: "THB",
  // The UAE dirham as the Gulf's English-language press writes it ("Dh1.5 billion").
  Dh: "AED", Dhs: "AED",
  $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₱": "PHP", "₦": "NGN", P: "PHP", Rs: "INR", NTD: "TWD", RMB: "CNY",
  新台幣: "TWD", 新臺幣: "TWD", 台幣: "TWD", 臺幣: "TWD", 人民幣: "CNY", 人民币: "CNY", 美金: "USD", 港幣: "HKD", 港币: "HKD",
};
const WORD_CURRENCY: Record<string, string> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", sterling: "GBP", yen: "JPY", won: "KRW",
  rupee: "INR", rupees: "INR", yuan: "CNY", renminbi: "CNY", "swiss francs": "CHF", reais: "BRL", ruble: "RUB", rubles: "RUB",
  rouble: "RUB", roubles: "RUB", ntd: "TWD", rmb: "CNY",
  "danish crowns": "DKK", "danish kroner": "DKK", "danish krone": "DKK", "norwegian crowns": "NOK", "norwegian kroner": "NOK",
  "norwegian krone": "NOK", "swedish crowns": "SEK", "swedish kronor": "SEK", kroner: "NOK", kronor: "SEK", rand: "ZAR",
  riyal: "SAR", riyals: "SAR", ringgit: "MYR", rupiah: "IDR", baht: "THB", zloty: "PLN", zlotys: "PLN", lira: "TRY",
  dirham: "AED", dirhams: "AED", naira: "NGN",
  美元: "USD", 美金: "USD", 日圓: "JPY", 日元: "JPY", 日幣: "JPY", 歐元: "EUR", 欧元: "EUR", 英鎊: "GBP", 英镑: "GBP",
  人民幣: "CNY", 人民币: "CNY", 韓元: "KRW", 韩元: "KRW", 新台幣: "TWD", 新臺幣: "TWD", 台幣: "TWD", 臺幣: "TWD",
  港元: "HKD", 港幣: "HKD", 港币: "HKD",
};
const DOLLAR_QUALIFIER: Record<string, string> = {
  us: "USD", "u.s.": "USD", nt: "TWD", "new taiwan": "TWD", taiwan: "TWD", taiwanese: "TWD", "hong kong": "HKD",
  canadian: "CAD", australian: "AUD", singapore: "SGD", "new zealand": "NZD",
};
/** The currencies written with a "$" sign and a qualifier ("NZ$", "C$", "MX$"): a bare "$" beside one can be the same dollar. */
export const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([...Object.values(DOLLAR_QUALIFIER), "MXN"]);
const NATIONAL_UNIT: Record<string, string> = {
  "egyptian pound": "EGP", "lebanese pound": "LBP", "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR",
  "nigerian naira": "NGN", "kenyan shilling": "KES",
};
const PESO_QUALIFIER: Record<string, string> = { mexican: "MXN", philippine: "PHP", chilean: "CLP", colombian: "COP", argentine: "ARS" };
const ISO_CODES: ReadonlySet<string> = new Set(ISO_CODE_LIST);

// Characters only traditional (Taiwan) or only simplified (mainland) Chinese use, to read a bare 元.
const TRADITIONAL_ONLY = /[億資與將為臺萬會這個們業產營預計劃發場幣額較據實際]/;
const SIMPLIFIED_ONLY = /[亿资与将为万会这个们业产营预计划发场币额较据实际]/;

const UNITS_NOTE = /\bin\s+(thousands|millions|billions)\b/i;
const UNIT_SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

/** The scale a note like "(in millions, except per share data)" sets for the figures under it. */
export function unitsNote(text: string): number | null {
  const m = UNITS_NOTE.exec(text);
  return m ? (UNIT_SCALES[(m[1] ?? "").toLowerCase()] ?? null) : null;
}

function normalizeSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function currencyOfWord(qualifier: string | undefined, word: string, peso: string | null, rupee: string): string | null {
  const w = normalizeSpaces(word);
  if (ISO_CODES.has(w.toUpperCase()) && w === w.toUpperCase()) return w.toUpperCase();
  const lower = w.toLowerCase();
  if (lower.startsWith("dollar") && qualifier !== undefined) {
    return DOLLAR_QUALIFIER[normalizeSpaces(qualifier).toLowerCase()] ?? "USD";
  }
  // "Egyptian pounds", "Pakistani rupees": the country's own pound or rupee.
  const own = qualifier === undefined ? undefined : NATIONAL_UNIT[`${normalizeSpaces(qualifier).toLowerCase()} ${lower.replace(/s$/, "")}`];
  if (own !== undefined) return own;
  if (lower.startsWith("pound")) return "GBP";
  // "pesos" name several currencies: only a country says which, before them or in the document.
  if (lower.startsWith("peso")) return qualifier === undefined ? peso : (PESO_QUALIFIER[normalizeSpaces(qualifier).toLowerCase()] ?? null);
  // "rupees" alone: the document's rupee (Pakistan's in a text about Karachi's utility).
  if (qualifier === undefined && /^rupees?$/.test(lower)) return rupee;
  // "real" alone is an adjective far more often than Brazil's currency.
  if (lower === "real") return qualifier !== undefined && /^brazilian$/i.test(normalizeSpaces(qualifier)) ? "BRL" : null;
  return WORD_CURRENCY[lower] ?? WORD_CURRENCY[w] ?? null;
}

/** The currency a bare 元 means: NT dollars in traditional script, renminbi in simplified. */
function yuanCurrency(sentence: string): string | null {
  if (TRADITIONAL_ONLY.test(sentence)) return "TWD";
  if (SIMPLIFIED_ONLY.test(sentence)) return "CNY";
  return null;
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// Only a number word right before the scale word can start an amount written out ("seventy billion").
const SPELLED_SCALE = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|quarters?|[a-z]+teen)[-\s]+(?:trillion|billion|million)\b/i;

/** The amount a number stands for at its scale ("4.1" and 1e9 → 4,100,000,000); the number itself without one. */
export function scaledAmount(num: number, scale: number | null): number {
  // toPrecision drops the binary noise of 4.1 × 1e9 = 4099999999.9999995.
  return scale === null ? num : Number((num * scale).toPrecision(12));
}

/** Every number in `sentence` with the scale and currency written around it; percentages left out. */
/**
 * `dollar`: what a bare "$" means in this document (US dollars unless the issuer is Canadian, Australian, …);
 * `peso`: what "pesos" with no country before them mean in it (none when the document does not say);
 * `rupee`: what "Rs" and "rupees" with no country before them mean in it (India's unless it says otherwise).
 */
export function findAmounts(sentence: string, defaultScale: number | null = null, dollar = "USD", peso: string | null = null, rupee = "INR"): AmountToken[] {
  const tokens = spelledRangeStarts(sentence, findNumericAmounts(sentence, defaultScale, dollar, peso, rupee));
  if (!SPELLED_SCALE.test(sentence)) return tokens;
  const spelled = findSpelledAmounts(sentence).filter((s) => !tokens.some((t) => s.start < t.end && t.start < s.end));
  return spelled.length === 0 ? tokens : [...tokens, ...spelled].sort((a, b) => a.start - b.start);
}

// "in the range of two to $2.1 billion", "five to five and a half billion": a range's first end spoken as a word, with the unit of the second.
const SPELLED_RANGE_START =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|-|–)\s+(?=(?:[A-Z]{2,3}\s?|US\$|[$€£¥₹])\s?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+and\s+a\s+(?:half|quarter)|\s+point\s+[a-z]+)?\s+(?:trillion|billion|million)\b)/gi;
const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function spelledRangeStarts(sentence: string, tokens: AmountToken[]): AmountToken[] {
  SPELLED_RANGE_START.lastIndex = 0;
  const added: AmountToken[] = [];
  for (let m = SPELLED_RANGE_START.exec(sentence); m !== null; m = SPELLED_RANGE_START.exec(sentence)) {
    const word = m[1] ?? "";
    const start = m.index;
    added.push({ start, end: start + word.length, num: SMALL_NUMBERS[word.toLowerCase()] ?? 0, scale: null, currency: null, bare: true, yearLike: false });
  }
  return added.length === 0 ? tokens : [...tokens, ...added].sort((a, b) => a.start - b.start);
}

function findNumericAmounts(sentence: string, defaultScale: number | null, dollar: string, peso: string | null, rupee: string): AmountToken[] {
  const tokens: AmountToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(sentence); m !== null; m = NUMBER_RE.exec(sentence)) {
    const raw = m[1] ?? "";
    const numStart = m.index;
    let end = numStart + raw.length;
    if (stickyMatch(PERCENT_AFTER, sentence, end)) continue;
    const num = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(num)) continue;

    let currency: string | null = null;
    let start = numStart;
    const before = CURRENCY_BEFORE.exec(sentence.slice(Math.max(0, numStart - 12), numStart));
    if (before) {
      const symbol = before.slice(1).find((g) => g !== undefined) ?? "";
      const code = before[1] !== undefined ? PREFIX_CURRENCY[before[1]] : symbol === "$" ? dollar : symbol === "Rs" ? rupee : (PREFIX_CURRENCY[symbol] ?? symbol);
      currency = code ?? null;
      start = numStart - before[0].length;
    }

    let scale: number | null = null;
    const word = stickyMatch(SCALE_WORD_AFTER, sentence, end);
    const cjk = word ? null : stickyMatch(SCALE_CJK_AFTER, sentence, end);
    const mm = word || cjk || currency === null ? null : stickyMatch(SCALE_MM_AFTER, sentence, end);
    const afterRangeDash = AFTER_RANGE_DASH.test(sentence.slice(Math.max(0, start - 16), start));
    // "25-28B USD": a letter scale with the currency code written after it.
    const codeAfter = currency === null && CODE_AFTER_LETTER.test(sentence.slice(end, end + 6));
    const letter = word || cjk || mm || (currency === null && !afterRangeDash && !codeAfter) ? null : stickyMatch(SCALE_LETTER_AFTER, sentence, end);
    if (word) {
      scale = SCALES[(word[1] ?? "").toLowerCase().replace(/[\s-]+/, " ")] ?? null;
      end += word[0].length;
    } else if (cjk) {
      scale = (SCALES[cjk[2] ?? ""] ?? 1) * (cjk[1] ? (SCALES[cjk[1]] ?? 1) : 1);
      end += cjk[0].length;
    } else if (mm) {
      scale = 1e6;
      end += mm[0].length;
    } else if (letter) {
      scale = SCALES[(letter[1] ?? "").toLowerCase()] ?? null;
      end += letter[0].length;
    }

    // "R28bn-R33bn", "R1.2 billion", "R35-39 billion": South Africa's rand is written "R" before a scaled amount.
    // "R35-39 billion": the low end of a range whose high end carries the scale.
    const scaledRangeAfter = scale === null && RANGE_TO_SCALED.test(sentence.slice(end, end + 30));
    if (currency === null && (scale !== null || scaledRangeAfter) && RAND_BEFORE.test(sentence.slice(Math.max(0, numStart - 2), numStart))) {
      currency = "ZAR";
      start = numStart - 1;
    }

    const suffix = stickyMatch(CURRENCY_WORD_AFTER, sentence, end);
    const suffixCjk = suffix ? null : stickyMatch(CURRENCY_CJK_AFTER, sentence, end);
    if (suffix && (scale !== null || currency !== null || !/^\s?won$/i.test(suffix[0]))) {
      const named = currencyOfWord(suffix[1], suffix[2] ?? "", peso, rupee);
      // "$3.4 billion CAD": a code written after the amount says which dollars a bare "$" meant.
      currency = currency === null || (currency === "USD" && before?.[2] === "$" && named !== null && ISO_CODES.has(suffix[2] ?? "")) ? named : currency;
      end += suffix[0].length;
    } else if (suffixCjk) {
      const w = suffixCjk[1] ?? "";
      currency = currency ?? (w === "元" ? yuanCurrency(sentence) : (WORD_CURRENCY[w] ?? null));
      end += suffixCjk[0].length;
    }

    // In a table headed "(in millions)", "$1,100" means $1.1 billion.
    if (scale === null && currency !== null && defaultScale !== null) scale = defaultScale;
    const bare = scale === null && currency === null;
    tokens.push({
      start,
      end,
      num,
      scale,
      currency,
      bare,
      yearLike: bare && /^\d{4}$/.test(raw) && num >= 1900 && num <= 2100,
    });
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end);
  }
  return tokens;
}
