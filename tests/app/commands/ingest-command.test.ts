// `capwatch ingest FILE|-` into a SQLite store: the same edge, engine and outbox as the endpoint.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toReplayJson } from "../../../src/alerts/render/replay-json.js";
import { ingestCommand } from "../../../src/app/commands/ingest-command.js";
import { openStore } from "../../../src/store/open-store.js";
import { writeReplayFile } from "../../helpers/desk.js";
import { runCapwatch, withCapturedIo } from "../../helpers/run-cli.js";
import { ANALYST, JASSY, SETUP_LINES } from "../../sources/ingest/ingest-helpers.js";

/** A SQLite store with Amazon, a #markets watchlist and the consensus, written by a replay. */
async function preparedStore(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "capwatch-ingest-")), "capwatch.db");
  const replay = await runCapwatch(["replay", writeReplayFile(SETUP_LINES), "--store", path]);
  expect(replay).toMatchObject({ code: 0, stderr: "" });
  return path;
}

const ingest = (args: string[], store: string, stdin = "") => withCapturedIo((io) => ingestCommand(args, io, { env: { CAPWATCH_STORE: store } }), stdin);

describe("capwatch ingest", () => {
  it("GIVEN a JSON Lines file into CAPWATCH_STORE THEN each line is accepted or reported as FILE:LINE, and Jassy's $200B waits in the outbox", async () => {
    const store = await preparedStore();
    const file = writeReplayFile([ANALYST, "", { ...JASSY, ticker: "amzn" }, JASSY]);
    const result = await ingest([file], store);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${file}:3: ticker: must be an upper-case symbol like MSFT or BRK.B\n`);
    expect(result.stdout).toContain(`${file}:1: accepted  AMZN transcript “Amazon.com (AMZN) Q4 2025 Earnings Call Transcript”\n${file}:4: accepted  AMZN transcript`);
    expect(result.stdout).toContain(`capwatch ingest: 2 accepted, 0 duplicates, 1 skipped, into ${store}; 1 alert queued for delivery:`);
    expect(result.stdout).toContain("— in Amazon's Q4 call, Andy Jassy (CEO)");

    const opened = await openStore(store);
    const pending = await opened.pendingOutbox(10, new Date());
    expect(pending.map((e) => toReplayJson(e.alert))).toEqual([
      expect.objectContaining({ kind: "capex_guidance", ticker: "AMZN", value: 200e9, surprisePct: 36.43, provenance: expect.objectContaining({ said: "in Amazon's Q4 call, Andy Jassy (CEO)" }) }),
    ]);
    await opened.close();
  });

  it("GIVEN a document already ingested, again on stdin in a JSON array THEN it is a duplicate (line of its element) and nothing new is queued", async () => {
    const store = await preparedStore();
    expect((await ingest([writeReplayFile([JASSY])], store)).code).toBe(0);
    const again = await ingest(["-"], store, JSON.stringify([ANALYST, JASSY], null, 2));
    expect(again).toMatchObject({ code: 0, stderr: "" });
    expect(again.stdout).toContain("stdin:2: accepted  AMZN transcript");
    expect(again.stdout).toContain("stdin:10: duplicate AMZN transcript");
    expect(again.stdout).toContain("1 accepted, 1 duplicate, into");
    expect(again.stdout).toContain("0 alerts queued for delivery.");
  });

  it("GIVEN 250 documents THEN all are taken, in pushes of 100", async () => {
    const store = await preparedStore();
    const many = Array.from({ length: 250 }, (_, i) => ({ ...ANALYST, url: `https://example.com/notes/${i}` }));
    const result = await ingest([writeReplayFile(many)], store);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("capwatch ingest: 250 accepted, 0 duplicates, into");
  });

  it("GIVEN no file, a missing file or a broken array THEN exit 2 with the reason; help lists ingest", async () => {
    const store = await preparedStore();
    expect(await ingest([], store)).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: capwatch ingest FILE|-") });
    expect(await ingest(["/nonexistent/docs.jsonl"], store)).toMatchObject({ code: 2, stderr: "capwatch ingest: cannot read /nonexistent/docs.jsonl (ENOENT)\n" });
    expect(await ingest(["-"], store, "[{")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^capwatch ingest: cannot read stdin: not a valid JSON array/) });
    expect((await runCapwatch(["help"])).stdout).toContain("ingest FILE|- [--store PATH]");
  });
});
