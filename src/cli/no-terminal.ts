// What `mockview` says when it is not on a terminal: the subcommands that work without one. The
// descriptions line up by display width whatever the interface language.
import stringWidth from 'string-width';
import { t } from '../i18n/index.js';

export function noTerminalMessage(): string {
  const rows: [string, string][] = [
    [`mockview models list | models add | models test ${t('cli.help.metavars.name')}`, t('cli.noTerminal.models')],
    [`mockview ask ${t('cli.help.metavars.prompt')}`, t('cli.noTerminal.ask')],
    [`mockview interview --model ${t('cli.help.metavars.name')} --answers ${t('cli.help.metavars.file')}`, t('cli.noTerminal.interview')],
    ['mockview --help', t('cli.noTerminal.help')],
  ];
  const width = Math.max(...rows.map(([command]) => stringWidth(command)));
  const lines = rows.map(([command, what]) => `  ${command}${' '.repeat(width - stringWidth(command) + 3)}${what}`);
  return [t('cli.noTerminal.title'), ...lines].join('\n');
}
