// `mockview logs`: the seed's log management — failed test connections and chats, with details.
import type { Command } from 'commander';
import { out, printJson, storeFor } from './context.js';
import { padCells } from './table.js';

export function registerLogs(program: Command): void {
  program
    .command('logs')
    .description('the log: errors of test connections and chats, with details (newest first)')
    .option('--json', 'print JSON')
    .option('--clear', 'delete every entry')
    .action(function (this: Command, opts: { json?: boolean; clear?: boolean }) {
      const store = storeFor(this);
      if (opts.clear) {
        store.clearLogs();
        out('Log cleared.');
        return;
      }
      const entries = store.listLogs();
      if (opts.json) return printJson(entries);
      if (entries.length === 0) return out(`The log is empty (${store.paths.logs}).`);
      const rows = entries.map((e) => [
        e.at.replace('T', ' ').slice(0, 19),
        e.level,
        e.kind,
        e.configName ?? '',
        e.errorClass ?? '',
        e.message.replace(/\s+/g, ' '),
      ]);
      out(padCells([['TIME (UTC)', 'LEVEL', 'KIND', 'MODEL', 'CLASS', 'MESSAGE'], ...rows]).join('\n'));
      const withDetails = entries.filter((e) => e.details);
      if (withDetails.length > 0) {
        out('\nDetails (newest first):');
        for (const e of withDetails.slice(0, 5)) {
          const d = e.details!;
          out(
            `  ${e.id}  ${[d.name, d.status && `HTTP ${d.status}`, d.requestId && `request ${d.requestId}`].filter(Boolean).join(' · ')}\n    ${d.message ?? ''}`,
          );
        }
      }
    });
}
