// `mockview logs`: the seed's log management — failed test connections and chats, with details.
import type { Command } from 'commander';
import { out, printJson, storeFor } from './context.js';
import { padCells } from './table.js';
import { t } from '../i18n/index.js';
import { localTime } from '../i18n/time.js';
import { logKindLabel, logLevelLabel } from '../app/log-labels.js';

export function registerLogs(program: Command): void {
  program
    .command('logs')
    .description(t('cli.logs.help.logs'))
    .option('--json', t('cli.common.printJson'))
    .option('--clear', t('cli.logs.help.clear'))
    .action(function (this: Command, opts: { json?: boolean; clear?: boolean }) {
      const store = storeFor(this);
      if (opts.clear) {
        store.clearLogs();
        out(t('cli.logs.cleared'));
        return;
      }
      const entries = store.listLogs();
      if (opts.json) return printJson(entries);
      if (entries.length === 0) return out(t('cli.logs.empty', { file: store.paths.logs }));
      const rows = entries.map((e) => [
        // Local time, to the second: when it happened on the user's clock.
        localTime(e.at, { seconds: true }),
        logLevelLabel(e.level),
        logKindLabel(e.kind),
        e.configName ?? '',
        e.errorClass ?? '',
        e.message.replace(/\s+/g, ' '),
      ]);
      out(
        padCells([[t('cli.logs.list.time'), t('cli.logs.list.level'), t('cli.logs.list.kind'), t('cli.logs.list.model'), t('cli.logs.list.class'), t('cli.logs.list.message')], ...rows]).join('\n'),
      );
      const withDetails = entries.filter((e) => e.details);
      if (withDetails.length > 0) {
        out(`\n${t('cli.logs.details')}`);
        for (const e of withDetails.slice(0, 5)) {
          const d = e.details!;
          out(
            `  ${e.id}  ${[d.name, d.status && `HTTP ${d.status}`, d.requestId && t('cli.logs.request', { id: d.requestId })].filter(Boolean).join(' · ')}\n    ${d.message ?? ''}`,
          );
        }
      }
    });
}
