// The `capwatch` commands: start, replay, guidance extract, ingest, poll, discord register, help. Heavy modules load only when used.
import type { CommandIo } from "./io.js";

const USAGE = `capwatch: a market desk for Slack and Discord

usage: capwatch <command> [options]

commands:
  start
      run the bot, as \`npm start\` does (configured by the environment and .env)
  replay FILE [--json] [--store PATH] [--speed N|max]
      run a replay file and print the alerts it raises
  guidance extract [--date YYYY-MM-DD] [--fiscal-year-end MM-DD] [--ticker T [--company-name NAME]] [--kind KIND] [--json | --jsonl] [--html]
      read text on stdin and print its capex guidance statements
  ingest FILE|- [--store PATH]
      push documents (a JSON array or JSON Lines; - for stdin) into the store, as POST /ingest/documents does
  poll --once --tickers T1,T2 [--json] [--store PATH]
      run every live source once for those tickers and print events and alerts
  discord register [--guild ID]
      put /capwatch on Discord (one server with --guild, else global)
  help
      this text

Run the bot with \`capwatch start\` or \`npm start\`.`;

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "start": {
      if (rest.length > 0) {
        io.stderr.write(`capwatch start: takes no arguments (got ${rest.join(" ")}); it is configured by the environment and .env\n`);
        return 2;
      }
      // The bot itself, the module \`npm start\` runs: it starts on import and settles with its exit status.
      const { exited } = await import("../main.js");
      return exited;
    }
    case "replay": {
      const { replayCommand } = await import("./replay-command.js");
      return replayCommand(rest, io);
    }
    case "guidance": {
      const [sub, ...args] = rest;
      if (sub !== "extract") {
        io.stderr.write(`capwatch guidance: unknown subcommand ${sub ?? "(none)"}; try: capwatch guidance extract --help\n`);
        return 2;
      }
      const { guidanceExtractCommand } = await import("./extract-command.js");
      return guidanceExtractCommand(args, io);
    }
    case "ingest": {
      const { ingestCommand } = await import("./ingest-command.js");
      return ingestCommand(rest, io);
    }
    case "poll": {
      const { pollCommand } = await import("./poll-command.js");
      return pollCommand(rest, io);
    }
    case "discord": {
      const { discordRegisterCommand } = await import("./register-command.js");
      return discordRegisterCommand(rest, io);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`capwatch: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

