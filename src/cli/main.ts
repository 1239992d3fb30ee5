/** The `chibo4tot` command: one line of Vietnamese on stderr for any mistake, never a stack trace. */
import { parseCommand } from "./args";
import { CliError } from "./cli-error";
import { runEvaluate } from "./evaluate";
import { HELP_TEXT } from "./help";
import { runInit } from "./init";
import { runTrackDues } from "./init-dues";
import { runRollUp } from "./roll-up";
import { terminalText } from "./terminal-text";
import { todayInVietnam } from "./today";

async function run(argv: readonly string[]): Promise<string> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case "help":
      return HELP_TEXT;
    case "init":
      return command.dues ? runTrackDues(command.file, todayInVietnam()) : runInit(command.file);
    case "evaluate":
      return runEvaluate({ ...command, today: todayInVietnam() });
    case "tong-hop":
      return runRollUp({ ...command, today: todayInVietnam() });
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

run(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(terminalText(output));
  },
  (error: unknown) => {
    const message =
      error instanceof CliError
        ? error.message
        : `Lỗi không mong đợi khi xử lý: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${terminalText(oneLine(message))}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
