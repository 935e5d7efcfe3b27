// Clauses inside a sentence: the stretches between commas (not thousands separators),
// semicolons, colons, brackets, dashes and "while"/"but". Cues like "analysts expect" or
// "up from" only reach the figures of their own clause.

export interface Clauses {
  /** Start offsets of the clauses, ascending, beginning with 0. */
  starts: number[];
  length: number;
}

const PUNCT_BOUNDARY = /[;:()[\]，、；：（）「」]|,(?!\d{2,3}\b)|\s[–—-]{1,2}\s|--|\s(?:while|whereas|but|although|though)\s/gi;

export function findClauses(sentence: string): Clauses {
  const starts = [0];
  PUNCT_BOUNDARY.lastIndex = 0;
  for (let m = PUNCT_BOUNDARY.exec(sentence); m !== null; m = PUNCT_BOUNDARY.exec(sentence)) {
    // A comma between digits ("14,000") is a thousands separator, not a boundary.
    if (m[0] === "," && /\d/.test(sentence[m.index - 1] ?? "") && /\d/.test(sentence[m.index + 1] ?? "")) continue;
    const at = m.index + m[0].length;
    if (at > (starts[starts.length - 1] ?? 0)) starts.push(at);
  }
  return { starts, length: sentence.length };
}

export function clauseStart(c: Clauses, pos: number): number {
  let lo = 0;
  for (const s of c.starts) {
    if (s <= pos) lo = s;
    else break;
  }
  return lo;
}

export function clauseEnd(c: Clauses, pos: number): number {
  for (const s of c.starts) if (s > pos) return s;
  return c.length;
}
