// `mockview sessions list|export|grade`: the interview history, and grading (or re-grading) any saved
// session through the same interview driver the chat and `mockview interview` use.
import fs from 'node:fs';
import type { Command } from 'commander';
import { createInterviewDriver } from '../app/interview-driver.js';
import { isProviderError } from '../bedrock/error-types.js';
import { sessionToJson, sessionToMarkdown } from '../interview/export.js';
import { recoverSession } from '../interview/session.js';
import { openProvider } from '../providers/index.js';
import { safeText } from '../terminal/safe-text.js';
import { explainFailure } from './ask.js';
import { noModelNamed, out, printJson, storeFor } from './context.js';
import { CliExit, usageError } from './errors.js';
import { padCells } from './table.js';

async function grade(cmd: Command, id: string, opts: { model?: string; json?: boolean }): Promise<void> {
  const store = storeFor(cmd);
  const stored = store.getSession(id);
  if (!stored) throw usageError(`no session '${id}' (see mockview sessions list)`);
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
  if (opts.json) out(sessionToJson(snap.session));
  else out(safeText(sessionToMarkdown(snap.session)));
}

export function registerSessions(program: Command): void {
  const sessions = program.command('sessions').description('interview history: list, export, grade');
  sessions
    .command('list')
    .description('past interviews, newest first')
    .option('--json', 'print JSON')
    .action(function (this: Command, opts: { json?: boolean }) {
      const list = storeFor(this).listSessions();
      if (opts.json) return printJson(list);
      if (list.length === 0) return out('No interviews yet. Start one: mockview (or mockview interview --help).');
      out(
        safeText(
          padCells([
            ['ID', 'DATE', 'TYPE', 'ROLE', 'MODEL', 'STATUS', 'QUESTIONS', 'SCORE'],
            ...list.map((s) => [s.id, s.createdAt.slice(0, 16).replace('T', ' '), s.type, s.role, s.modelName, s.status, String(s.questionsAsked), s.score === undefined ? '—' : String(s.score)]),
          ]).join('\n'),
        ),
      );
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
      const text = opts.format === 'json' ? sessionToJson(session) : sessionToMarkdown(session);
      if (opts.output) {
        fs.writeFileSync(opts.output, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
        out(`Wrote ${opts.output}`);
      } else out(opts.format === 'json' ? text : safeText(text));
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
