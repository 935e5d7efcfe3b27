// Splitting the text of a `/capwatch` command into words.

const PREFIX = /^\/?capwatch$/i;

/** The words of a command, without a leading `/capwatch` or `capwatch`. */
export function tokenize(text: string): string[] {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  if (words.length > 0 && PREFIX.test(words[0] as string)) words.shift();
  return words;
}

/** Lower-cases A–Z only, so no non-ASCII letter turns into a command word (like the Kelvin sign into `k`). */
export function asciiLower(word: string): string {
  return word.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Upper-cases a–z only, so `ß` or `ﬁ` never turn into a valid-looking ticker. */
export function asciiUpper(word: string): string {
  return word.replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** Takes a trailing `share` off the words of a lookup. */
export function takeShare(words: readonly string[]): { words: string[]; share: boolean } {
  const last = words[words.length - 1];
  if (last !== undefined && asciiLower(last) === "share") return { words: words.slice(0, -1), share: true };
  return { words: [...words], share: false };
}

/** Words split further on commas: `MSFT,NVDA` and `MSFT, NVDA` both give two words. */
export function splitCommas(words: readonly string[]): string[] {
  return words.flatMap((w) => w.split(",")).filter((w) => w.length > 0);
}
