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

async function grade(cmd: Command, id: string, opts: { model?: string; json?: boolean }): Promise<void> {
  const store = storeFor(cmd);
  const stored = store.getSession(id);
  if (!stored) throw usageError(`no session '${id}' (see mockview sessions list)`);
  // One run per session: grading while another process runs the interview would lose one side's writes.
  store.claimSession(id);
  const session = recoverSession(stored);
  if (!session.turns.some((t) => t.role === 'candidate')) throw usageError(`session '${id}' has no answers to grade`);
  const name = opts.model ?? session.setup.graderModelName ?? session.setup.modelName;
  const config = store.getModel(name);
  if (!config) throw usageError(`--model: ${noModelNamed(store, name)}`);
  const provider = openProvider(config, { store, purpose: 'feedback' });
  const driver = createInterviewDriver({ session, provider, save: (s) => store.saveSession(s), grader: { provider, modelName: config.name } });
  if (!opts.json) process.stderr.write(`Grading ${id} with ${config.name}${session.status === 'finished' ? '' : ' (the unfinished interview is ended first)'}…\n`);
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
  const sessions = program.command('sessions').description('interview history: list, export, grade');
  sessions
    .command('list')
    .description('past interviews, newest first')
    .option('--json', 'print JSON')
    .action(function (this: Command, opts: { json?: boolean }) {
      const { summaries: list, damaged } = storeFor(this).listSessionsWithDamaged();
      // A damaged file is listed as damaged (with what is wrong), never silently left out.
      if (opts.json) return printJson([...list, ...damaged.map((d) => ({ id: d.id, status: 'damaged', file: d.file, problem: d.problem, updatedAt: d.updatedAt }))]);
      if (list.length === 0 && damaged.length === 0) return out('No interviews yet. Start one: mockview (or mockview interview --help).');
      out(
        padCells([
          ['ID', 'DATE', 'TYPE', 'ROLE', 'MODEL', 'STATUS', 'QUESTIONS', 'SCORE'],
          ...list.map((s) => [s.id, s.createdAt.slice(0, 16).replace('T', ' '), s.type, s.role, s.modelName, s.status, String(s.questionsAsked), s.score === undefined ? '—' : String(s.score)]),
          ...damaged.map((d) => [d.id, d.updatedAt.slice(0, 16).replace('T', ' '), '', '', '', 'damaged', '', '']),
        ]).join('\n'),
      );
      for (const d of damaged) out(`damaged: ${d.file}: ${d.problem}`);
    });
  sessions
    .command('export')
    .description('one interview as Markdown or JSON (stdout, or --output FILE)')
    .argument('<id>')
    .option('--format <format>', 'md | json', 'md')
    .option('--output <file>', 'write to a file instead of stdout')
    .action(function (this: Command, id: string, opts: { format: string; output?: string }) {
      if (opts.format !== 'md' && opts.format !== 'json') throw usageError(`--format: '${opts.format}' is not md or json`);
      const stored = storeFor(this).getSession(id);
      if (!stored) throw usageError(`no session '${id}' (see mockview sessions list)`);
      // A reply that was still streaming when the process died is shown as cut.
      const session = recoverSession(stored);
      const text = exportText(session, opts.format);
      if (opts.output) {
        writeExportFile(opts.output, text);
        out(`Wrote ${opts.output}`);
      } else out(text);
    });
  sessions
    .command('grade')
    .description('grade (or re-grade) a saved interview; prints the feedback')
    .argument('<id>')
    .option('--model <name>', 'grader model (default: the interview’s grader, else its model)')
    .option('--json', 'print the session with its feedback as JSON')
    .action(async function (this: Command, id: string, opts: { model?: string; json?: boolean }) {
      await grade(this, id, opts);
    });
}
