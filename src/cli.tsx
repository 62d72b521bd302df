// Entry point: parse argv, run a subcommand or open the full-screen app. Nothing else lives here.
import { Command, CommanderError } from 'commander';
import { captureWarnings } from './cli/context.js';
import { openFullScreen } from './cli/interactive.js';
import { CliExit } from './cli/errors.js';
import { registerAsk } from './cli/ask.js';
import { registerInterview } from './cli/interview.js';
import { registerLogs } from './cli/logs.js';
import { registerModels } from './cli/models.js';
import { registerQuestions } from './cli/questions.js';
import { registerSessions } from './cli/sessions.js';
import { redactSecrets } from './store/redact.js';
import { StoreError } from './store/types.js';
import { safeText } from './terminal/safe-text.js';

/** Error lines carry server and store text: one guard before stderr, and no credential a server echoed. */
const errLine = (line: string): void => void process.stderr.write(`${safeText(redactSecrets(line))}\n`);

/**
 * `mockview logs | head -1`: the reader has what it wanted and closed the pipe. That is not a failure
 * of ours: stop quietly with exit 0 (stderr closing likewise ends the run without a stack trace).
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      throw e;
    });
  }
}

function buildProgram(): Command {
  const program = new Command('mockview')
    .description('Practise job interviews in your terminal with an LLM interviewer on Amazon Bedrock.')
    .version(MOCKVIEW_VERSION, '-v, --version')
    .option('--data-dir <dir>', 'where mockview keeps its data (default: $MOCKVIEW_HOME, else ~/.config/mockview)')
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .showHelpAfterError('(mockview --help for usage)')
    .exitOverride()
    .action(async function (this: Command) {
      process.exitCode = await openFullScreen(this.opts<{ dataDir?: string; color?: boolean }>());
    });
  const models = registerModels(program);
  registerAsk(program, models);
  registerInterview(program);
  registerSessions(program);
  registerLogs(program);
  registerQuestions(program);
  return program;
}

async function main(): Promise<void> {
  captureWarnings();
  quietOnClosedPipe();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and --version exit 0; every other commander complaint is bad usage.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof CliExit) {
      // Explanations (✗ title, indented fix) print as they are; one-line problems get our prefix.
      for (const line of e.lines) errLine(/^[✗ ]/.test(line) ? line : `mockview: ${line}`);
      process.exitCode = e.code;
    } else if (e instanceof StoreError) {
      errLine(`mockview: ${e.message}`);
      // What the user asked for is wrong (exit 2) or the machine failed us (exit 1).
      process.exitCode = e.code === 'not-found' || e.code === 'exists' || e.code === 'read-only' || e.code === 'invalid' ? 2 : 1;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      errLine(`mockview: unexpected error: ${message}`);
      process.exitCode = 1;
    }
  }
}

await main();
