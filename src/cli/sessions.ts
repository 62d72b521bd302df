// `mockview sessions list|export|grade`: the interview history, and grading (or re-grading) any saved
// session through the same interview driver the chat and `mockview interview` use.
import type { Command } from 'commander';
import { createInterviewDriver } from '../app/interview-driver.js';
import { exportText, writeExportFile } from '../app/session-export.js';
import { isProviderError } from '../models/provider-error.js';
import { recoverSession } from '../interview/session.js';
import { openProvider } from '../providers/index.js';
import { explainFailure } from './ask.js';
import { noModelNamed, out, printJson, storeFor } from './context.js';
import { CliExit, usageError } from './errors.js';
import { padCells } from './table.js';
import { t } from '../i18n/index.js';
import { localTime } from '../i18n/time.js';
import { statusLabel, typeLabel } from './labels.js';

async function grade(cmd: Command, id: string, opts: { model?: string; json?: boolean }): Promise<void> {
  const store = storeFor(cmd);
  const stored = store.getSession(id);
  if (!stored) throw usageError(t('cli.common.noSession', { id, command: 'mockview sessions list' }));
  // One run per session: grading while another process runs the interview would lose one side's writes.
  store.claimSession(id);
  const session = recoverSession(stored);
  if (!session.turns.some((turn) => turn.role === 'candidate')) throw usageError(t('cli.sessions.noAnswers', { id }));
  const name = opts.model ?? session.setup.graderModelName ?? session.setup.modelName;
  const config = store.getModel(name);
  if (!config) throw usageError(`--model: ${noModelNamed(store, name)}`);
  const provider = openProvider(config, { store, purpose: 'feedback' });
  const driver = createInterviewDriver({ session, provider, save: (s) => store.saveSession(s), grader: { provider, modelName: config.name } });
  if (!opts.json) process.stderr.write(`${session.status === 'finished' ? t('cli.sessions.grading', { id, model: config.name }) : t('cli.sessions.gradingUnfinished', { id, model: config.name })}\n`);
  try {
    if (driver.getSnapshot().state.phase === 'ended') await driver.regrade({ provider, modelName: config.name });
    else await driver.end({ grade: true });
  } finally {
    driver.dispose();
  }
  const snap = driver.getSnapshot();
  if (snap.failure) {
    if (isProviderError(snap.failure)) throw new CliExit(1, explainFailure(snap.failure));
    throw snap.failure;
  }
  out(exportText(snap.session, opts.json ? 'json' : 'md'));
}

export function registerSessions(program: Command): void {
  const sessions = program.command('sessions').description(t('cli.sessions.help.sessions'));
  sessions
    .command('list')
    .description(t('cli.sessions.help.list'))
    .option('--json', t('cli.common.printJson'))
    .action(function (this: Command, opts: { json?: boolean }) {
      const { summaries: list, damaged } = storeFor(this).listSessionsWithDamaged();
      // A damaged file is listed as damaged (with what is wrong), never silently left out.
      if (opts.json) return printJson([...list, ...damaged.map((d) => ({ id: d.id, status: 'damaged', file: d.file, problem: d.problem, updatedAt: d.updatedAt }))]);
      if (list.length === 0 && damaged.length === 0) return out(t('cli.sessions.none', { command: 'mockview', help: 'mockview interview --help' }));
      out(
        padCells([
          [t('cli.sessions.list.id'), t('cli.sessions.list.date'), t('cli.sessions.list.type'), t('cli.sessions.list.role'), t('cli.sessions.list.model'), t('cli.sessions.list.status'), t('cli.sessions.list.questions'), t('cli.sessions.list.score')],
          // Local time: when the user sat the interview, on their clock.
          ...list.map((s) => [s.id, localTime(s.createdAt), typeLabel(s.type), s.role, s.modelName, statusLabel(s.status), String(s.questionsAsked), s.score === undefined ? '—' : String(s.score)]),
          ...damaged.map((d) => [d.id, localTime(d.updatedAt), '', '', '', statusLabel('damaged'), '', '']),
        ]).join('\n'),
      );
      for (const d of damaged) out(t('cli.sessions.damaged', { file: d.file, problem: d.problem }));
    });
  sessions
    .command('export')
    .description(t('cli.sessions.help.export', { file: t('cli.help.metavars.file') }))
    .argument('<id>')
    .option('--format <format>', 'md | json', 'md')
    .option('--output <file>', t('cli.sessions.help.output'))
    .action(function (this: Command, id: string, opts: { format: string; output?: string }) {
      if (opts.format !== 'md' && opts.format !== 'json') throw usageError(`--format: ${t('cli.sessions.badFormat', { format: opts.format, md: 'md', json: 'json' })}`);
      const stored = storeFor(this).getSession(id);
      if (!stored) throw usageError(t('cli.common.noSession', { id, command: 'mockview sessions list' }));
      // A reply that was still streaming when the process died is shown as cut.
      const session = recoverSession(stored);
      const text = exportText(session, opts.format);
      if (opts.output) {
        writeExportFile(opts.output, text);
        out(t('cli.sessions.wrote', { file: opts.output }));
      } else out(text);
    });
  sessions
    .command('grade')
    .description(t('cli.sessions.help.grade'))
    .argument('<id>')
    .option('--model <name>', t('cli.sessions.help.model'))
    .option('--json', t('cli.sessions.help.json'))
    .action(async function (this: Command, id: string, opts: { model?: string; json?: boolean }) {
      await grade(this, id, opts);
    });
}
