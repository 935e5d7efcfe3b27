// Multi-row statements in bounded sizes. A database caps the parameters of one statement
// (SQLite: 32,766; 4,680 alert rows of 7 columns), so a burst of any size is written in chunks.
// Chunk sizes are powers of two up to the cap, so the few SQL texts they make stay prepared in
// the statement cache instead of one new statement per burst size.

/** Rows per statement at most: 256 rows of up to 10 columns is far below every database's cap. */
export const MAX_ROWS_PER_STATEMENT = 256;

/** `rows` in order, cut into chunks of `max` rows and then power-of-two sizes for the rest. */
export function boundedChunks<T>(rows: readonly T[], max = MAX_ROWS_PER_STATEMENT): T[][] {
  const chunks: T[][] = [];
  let at = 0;
  while (rows.length - at >= max) {
    chunks.push(rows.slice(at, at + max));
    at += max;
  }
  for (let size = max >> 1; size >= 1; size >>= 1) {
    if (rows.length - at >= size) {
      chunks.push(rows.slice(at, at + size));
      at += size;
    }
  }
  return chunks;
}
