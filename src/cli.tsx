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
import { StoreError } from './store/types.js';

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
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and --version exit 0; every other commander complaint is bad usage.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof CliExit) {
      // Explanations (✗ title, indented fix) print as they are; one-line problems get our prefix.
      for (const line of e.lines) process.stderr.write(/^[✗ ]/.test(line) ? `${line}\n` : `mockview: ${line}\n`);
      process.exitCode = e.code;
    } else if (e instanceof StoreError) {
      process.stderr.write(`mockview: ${e.message}\n`);
      // What the user asked for is wrong (exit 2) or the machine failed us (exit 1).
      process.exitCode = e.code === 'not-found' || e.code === 'exists' || e.code === 'read-only' || e.code === 'invalid' ? 2 : 1;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`mockview: unexpected error: ${message}\n`);
      process.exitCode = 1;
    }
  }
}

await main();
