// What a replay may read: a regular file as it is; a pipe, a FIFO or /dev/stdin (`replay
// /dev/stdin`, `replay <(cat f)`) copied once into a private temporary file, because a replay reads
// the lines that apply from the start before the others and a pipe cannot be read twice; anything
// else (a directory, /dev/zero, a socket) is refused with a message, never read.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

export type ReplayInput = { ok: true; path: string; close(): Promise<void> } | { ok: false; reason: string };

export async function openReplayInput(path: string): Promise<ReplayInput> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  if (info.isFile()) return { ok: true, path, close: async () => undefined };
  if (!info.isFIFO()) return { ok: false, reason: `${kindOf(info)}: a replay reads a regular file or a pipe` };
  const dir = await mkdtemp(join(tmpdir(), "capwatch-replay-input-"));
  const copy = join(dir, "input.jsonl");
  const close = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(createReadStream(path), createWriteStream(copy, { mode: 0o600 }));
  } catch (error) {
    await close();
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  return { ok: true, path: copy, close };
}

function kindOf(info: { isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "a directory";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}
