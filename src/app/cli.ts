// The `capwatch` executable: runs one command and exits with its status.
import type { CommandIo } from "./commands/io.js";
import { runCli } from "./commands/run-cli.js";
import { ConfigError, loadMarketClosures } from "../config/config.js";
import { setOperatorClosures } from "../market/nyse.js";
import { applyEnvFile } from "../config/env-file.js";
import { createLog, logFormat, type Log } from "./logger.js";

const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
// The CLI's own failures (a command's usage and answers stay on its stdout and stderr as they are).
let log: Log = createLog({ format: "plain" });

/**
 * As for `npm start`: .env is read first (the environment wins), and the operator's market
 * closures apply to every command, set before anything reads the calendar.
 */
function prepareEnvironment(): number | undefined {
  try {
    applyEnvFile(process.env);
    log = createLog({ format: logFormat(process.env, Boolean(process.stderr.isTTY)) });
    setOperatorClosures(loadMarketClosures(process.env));
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`configuration error: ${error.message}`);
    return 2;
  }
}

const refused = prepareEnvironment();
(refused !== undefined ? Promise.resolve(refused) : runCli(process.argv.slice(2), io)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log.error((error as Error).stack ?? String(error));
    process.exitCode = 1;
  },
);
