// Runs a `capwatch` command in-process with captured streams.
import { PassThrough } from "node:stream";
import type { CommandIo } from "../../src/app/commands/io.js";
import { runCli } from "../../src/app/commands/run-cli.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs any command function on captured in-memory streams. */
export async function withCapturedIo(run: (io: CommandIo) => Promise<number>, stdin = ""): Promise<CliResult> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  input.end(stdin);
  const code = await run({ stdin: input, stdout, stderr });
  return { code, stdout: out, stderr: err };
}

export function runCapwatch(args: string[], stdin = ""): Promise<CliResult> {
  return withCapturedIo((io) => runCli(args, io), stdin);
}

export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split("\n")
    .filter((l) => l.trim().startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
