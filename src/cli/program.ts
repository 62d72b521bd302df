// The whole command line: commander's program with every subcommand registered. Loaded only when
// the arguments are more than `mockview [--data-dir DIR] [--no-color]` (src/cli.tsx), so the
// full-screen app's start-up does not pay for commander and every subcommand's modules.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { redactSecrets } from '../store/redact.js';
import { safeText } from '../terminal/safe-text.js';
import { t } from '../i18n/index.js';
import { commanderError, helpConfiguration, localiseHelpCommands } from './commander-text.js';
import { applyLanguageChoice, flagValue, validLang } from './language.js';
import { startSettings } from './colour.js';
import { openFullScreen } from './interactive.js';
import { registerAsk } from './ask.js';
import { registerInterview } from './interview.js';
import { registerLogs } from './logs.js';
import { registerModels } from './models.js';
import { registerQuestions } from './questions.js';
import { registerSessions } from './sessions.js';

const LANGS = { en: 'en', hans: 'zh-Hans', hant: 'zh-Hant' };

function buildProgram(): Command {
  const program = new Command('mockview')
    // Commander's own words (help titles, "(default: …)", usage errors) in the interface language;
    // set before the subcommands are made, which inherit them.
    .configureHelp(helpConfiguration)
    .configureOutput({ outputError: (str, write) => write(safeText(redactSecrets(commanderError(str)))) })
    .helpOption('-h, --help', t('cli.help.helpOption'))
    .description(t('cli.program.description'))
    .version(MOCKVIEW_VERSION, '-v, --version', t('cli.help.version'))
    .option('--data-dir <dir>', t('cli.program.dataDir'))
    .option('--no-color', t('cli.program.noColor'))
    .option('--lang <language>', t('cli.program.lang', LANGS), (value: string) => {
      if (!validLang(value)) throw new InvalidArgumentError(t('cli.program.langInvalid', LANGS));
      return value;
    })
    .showHelpAfterError(t('cli.help.afterError'))
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
  localiseHelpCommands(program);
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

