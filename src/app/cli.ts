// The `capwatch` executable: runs one command and exits with its status.
import type { CommandIo } from "./commands/io.js";
import { runCli } from "./commands/run-cli.js";

const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`capwatch: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
