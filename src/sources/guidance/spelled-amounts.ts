// Amounts written in words: "seventy billion dollars", "two hundred billion", "a trillion won".
// Only with a scale word, so "one of two plants" is never money.
import type { AmountToken } from "./amounts.js";

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6 };
const CURRENCY: Record<string, string> = { dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pounds: "GBP", yen: "JPY", won: "KRW", rupees: "INR", yuan: "CNY" };

const UNIT = Object.keys(UNITS).join("|");
const TEN = Object.keys(TENS).join("|");
const DIGIT = "zero|one|two|three|four|five|six|seven|eight|nine";
// "two hundred and fifty", "seventy-five", "a hundred", "twelve"; "one point two" (its digits after "point"), "five and a half"
const SPELLED = new RegExp(
  `\\b((?:(?:${UNIT})\\s+hundred(?:\\s+(?:and\\s+)?)?)?(?:(?:${TEN})(?:[-\\s](?:${UNIT}))?|(?:${UNIT}))?|(?:${UNIT})\\s+hundred)(\\s+point(?:\\s+(?:${DIGIT}))+|\\s+and\\s+(?:a\\s+half|a\\s+quarter|three[-\\s]quarters))?\\s+(trillion|billion|million)(?:\\s+(?:(US|U\\.S\\.)\\s+)?(dollars?|euros?|pounds|yen|won|rupees|yuan))?\\b`,
  "gi",
);

function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[-\s]+/)) {
    if (w === "" || w === "and") continue;
    if (w === "hundred") current = (current || 1) * 100;
    else if (UNITS[w] !== undefined) current += UNITS[w];
    else if (TENS[w] !== undefined) current += TENS[w];
    else return null;
  }
  total += current;
  return total > 0 ? total : null;
}

// "five and a half billion": a fraction said after the whole number.
const FRACTIONS: Record<string, number> = { "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75 };
const DIGITS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** " point two five" → "25". */
function fractionDigits(words: string): string {
  return words.trim().split(/\s+/).slice(1).map((w) => DIGITS[w.toLowerCase()] ?? 0).join("");
}

export function findSpelledAmounts(sentence: string): AmountToken[] {
  const out: AmountToken[] = [];
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(sentence); m !== null; m = SPELLED.exec(sentence)) {
    const words = (m[1] ?? "").trim();
    if (words === "") continue;
    const whole = wordsToNumber(words);
    if (whole === null) continue;
    const num = m[2] === undefined ? whole : /\band\b/i.test(m[2]) ? whole + (FRACTIONS[m[2].trim().toLowerCase().replace(/^and\s+/, "").replace(/[-\s]+/g, " ")] ?? 0) : Number(`${whole}.${fractionDigits(m[2])}`);
    const dollarSign = /\$\s?$/.test(sentence.slice(Math.max(0, m.index - 2), m.index));
    const word = m[5]?.toLowerCase();
    const currency = word !== undefined ? (CURRENCY[word] ?? null) : dollarSign ? "USD" : null;
    out.push({
      start: m.index - (dollarSign ? 1 : 0),
      end: m.index + m[0].length,
      num,
      scale: SCALE[(m[3] ?? "").toLowerCase()] ?? null,
      currency,
      bare: false,
      yearLike: false,
    });
  }
  return out;
}
