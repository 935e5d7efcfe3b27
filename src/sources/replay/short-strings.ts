// One string per distinct short byte sequence (a ticker, a session name): the replay's quote
// lines name a few thousand symbols a million times, and a string made once per symbol is one
// allocation instead of a million, and a Map key whose hash V8 has already computed.

/** Longer sequences are not kept (no ticker is this long; the line is decoded the slow way). */
const MAX_BYTES = 32;
/** Distinct sequences kept at most; past it, new ones are made each time, not kept (memory bounded). */
const MAX_KEPT = 1 << 16;

export class ShortStrings {
  private readonly kept = new Map<number, string>();

  /** `bytes[start, end)` as a Latin-1 string, the same string every time for the same bytes. */
  of(bytes: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length > MAX_BYTES) return bytes.toString("latin1", start, end);
    // A hash of the bytes with their length; a hit is compared byte by byte before it is used.
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (bytes[i] as number)) | 0;
    const known = this.kept.get(hash);
    if (known !== undefined && sameBytes(known, bytes, start, end)) return known;
    const made = bytes.toString("latin1", start, end);
    if (known === undefined && this.kept.size < MAX_KEPT) this.kept.set(hash, made);
    return made;
  }
}

function sameBytes(text: string, bytes: Buffer, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}
