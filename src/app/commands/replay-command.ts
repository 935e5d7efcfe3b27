// `capwatch replay FILE [--json] [--store PATH] [--speed N|max]` (docs/replay-format.md).
import { access, constants } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { AlertSink } from "../../bot/terminal/terminal-platform.js";
import { toReplayJson } from "../../alerts/render/replay-json.js";
import { renderAlertText } from "../../alerts/render/text.js";
import { ReplayReadError } from "../../sources/replay/line-reader.js";
import { openReplayInput } from "../../sources/replay/replay-input.js";
import { pacerFor, type ReplaySpeed } from "../../sources/replay/pace.js";
import { openReplayStore, replayIntoSink, type ReplayStore } from "../replay-session.js";
import { StoreLocationError } from "../../store/open-store.js";
import { bufferedOutput } from "./buffered-output.js";
import type { CommandIo } from "./io.js";

export const REPLAY_USAGE = `usage: capwatch replay FILE [--json] [--recap] [--store PATH] [--speed N|max]
  FILE          a replay file (JSON Lines; see docs/replay-format.md)
  --json        one JSON object per alert instead of readable text
  --recap       every channel also gets the daily recap at 16:15 ET of each trading day
  --store PATH  replay into this SQLite store, kept with its quote history for charts
                (default: a scratch store deleted at the end)
  --speed N     market seconds per real second (default: max, no waiting)`;

export async function replayCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean" }, recap: { type: "boolean" }, store: { type: "string" }, speed: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.stderr.write(`capwatch replay: ${(error as Error).message}\n${REPLAY_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${REPLAY_USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr.write(`capwatch replay: ${file === undefined ? "name the replay file to read" : `one file at a time (got ${parsed.positionals.length})`}\n${REPLAY_USAGE}\n`);
    return 2;
  }
  const speed = parseSpeed(parsed.values.speed);
  if (speed === null) {
    io.stderr.write(`capwatch replay: --speed must be a positive number or max (got ${parsed.values.speed})\n`);
    return 2;
  }
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    io.stderr.write(`capwatch replay: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})\n`);
    return 2;
  }
  // A pipe (/dev/stdin, <(…)) is copied once to a private file; a device or directory is refused.
  const input = await openReplayInput(file);
  if (!input.ok) {
    io.stderr.write(`capwatch replay: cannot read ${file} (${input.reason})\n`);
    return 2;
  }

  let replayStore: ReplayStore;
  try {
    // A fresh replay writes to a scratch file, not memory: its memory stays flat however many alerts it delivers.
    replayStore = await openReplayStore(parsed.values.store);
  } catch (error) {
    if (!(error instanceof StoreLocationError)) throw error;
    io.stderr.write(`capwatch replay: --store: ${error.message}\n`);
    return 2;
  }
  const { store } = replayStore;
  // Buffered at full speed; a paced replay prints each alert when it happens.
  const stdout = bufferedOutput(io.stdout, speed === "max" ? 1 << 16 : 0);
  try {
    const json = parsed.values.json === true;
    await replayIntoSink(input.path, store, {
      quoteHistory: replayStore.quoteHistory,
      sink: (engine): AlertSink => ({
        deliver(alert) {
          // The delivery loop waits while stdout is full; the undelivered rest waits in the store.
          return stdout.write(json ? `${JSON.stringify(toReplayJson(alert))}\n` : `${renderAlertText(alert, (t) => engine.market.companyName(t))}\n\n`);
        },
      }),
      pacer: pacerFor(speed),
      recap: parsed.values.recap === true,
      onProblem: ({ line, reason }) => io.stderr.write(`${file}:${line}: ${reason}\n`),
    });
    await stdout.flush();
    return 0;
  } catch (error) {
    void stdout.flush()?.catch(() => undefined); // what was delivered before the failure
    // Only the file's own reading failure is "cannot read" (exit 2); a store or sink failure is
    // named as what it is and exits 1, like any other failure of the command.
    if (error instanceof ReplayReadError) {
      io.stderr.write(`capwatch replay: cannot read ${file}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`capwatch replay: the replay of ${file} stopped: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await input.close();
    await store.close();
  }
}

function parseSpeed(value: string | undefined): ReplaySpeed | null {
  if (value === undefined || value === "max") return "max";
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}
