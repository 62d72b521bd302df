// The whole command line: commander's program with every subcommand registered. Loaded only when
// the arguments are more than `mockview [--data-dir DIR] [--no-color]` (src/cli.tsx), so the
// full-screen app's start-up does not pay for commander and every subcommand's modules.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { applyLanguageChoice, flagValue, validLang } from './language.js';
import { startSettings } from './colour.js';
import { openFullScreen } from './interactive.js';
import { registerAsk } from './ask.js';
import { registerInterview } from './interview.js';
import { registerLogs } from './logs.js';
import { registerModels } from './models.js';
import { registerQuestions } from './questions.js';
import { registerSessions } from './sessions.js';

function buildProgram(): Command {
  const program = new Command('mockview')
    .description('Practise job interviews in your terminal with an LLM interviewer on Amazon Bedrock.')
    .version(MOCKVIEW_VERSION, '-v, --version')
    .option('--data-dir <dir>', 'where mockview keeps its data (default: $MOCKVIEW_HOME, else ~/.config/mockview)')
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .option('--lang <language>', 'interface language: en, zh-Hans or zh-Hant (MOCKVIEW_LANG works too; default: the Settings choice, else the locale)', (value: string) => {
      if (!validLang(value)) throw new InvalidArgumentError('must be en, zh-Hans or zh-Hant');
      return value;
    })
    .showHelpAfterError('(mockview --help for usage)')
    .exitOverride()
    .action(async function (this: Command) {
      process.exitCode = await openFullScreen(this.opts<{ dataDir?: string; color?: boolean; lang?: string }>());
    });
  const models = registerModels(program);
  registerAsk(program, models);
  registerInterview(program);
  registerSessions(program);
  registerLogs(program);
  registerQuestions(program);
  return program;
}

/** Parses argv and runs what it names; commander's own exits (help, --version, bad usage) set the exit code. */
export async function runProgram(argv: string[]): Promise<void> {
  // The language first: commander's help and every message are made in it.
  const args = argv.slice(2);
  await applyLanguageChoice(flagValue(args, '--lang'), startSettings(flagValue(args, '--data-dir')));
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    // Help and --version exit 0; every other commander complaint is bad usage.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  }
}

