// The `capwatch` executable: runs one command and exits with its status.
import type { CommandIo } from "./commands/io.js";
import { runCli } from "./commands/run-cli.js";
import { ConfigError, loadMarketClosures } from "../config/config.js";
import { setOperatorClosures } from "../market/nyse.js";

const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** The operator's market closures apply to every command, as to `npm start`: set before anything reads the calendar. */
function withMarketClosures(): number | undefined {
  try {
    setOperatorClosures(loadMarketClosures(process.env));
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`capwatch: configuration error: ${error.message}\n`);
    return 2;
  }
}

const refused = withMarketClosures();
(refused !== undefined ? Promise.resolve(refused) : runCli(process.argv.slice(2), io)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`capwatch: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
