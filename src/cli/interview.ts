// `mockview interview`: with --answers, a whole interview with no TTY — each interviewer message
// streams to stdout, answers come from the file (separated by lines of ---), the session is saved
// after every turn and every 2 s while a reply streams. Without --answers on a terminal it opens the
// setup screen prefilled. `mockview sessions list|export` reads the history.
import type { Command } from 'commander';
import { isProviderError } from '../bedrock/error-types.js';
import { readDocument, readDocumentAsync, readStdinText } from '../documents.js';
import { exportText, writeExportFile } from '../app/session-export.js';
import { buildInterviewRequest } from '../interview/prompts.js';
import { parseInterviewerReply } from '../interview/reply.js';
import { createSession, initialSessionState, recoverSession, resumeSessionState, sessionReducer, type SessionAction, type SessionState } from '../interview/session.js';
import { openProvider } from '../providers/index.js';
import { INTERVIEW_TYPES, isInterviewType, isLevel, LEVELS, type InterviewSetup, type Session } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { explainFailure } from './ask.js';
import { openFullScreen } from './interactive.js';
import { globalOptions, noModelNamed, out, printJson, storeFor, streamWriter } from './context.js';
import { CliExit, usageError } from './errors.js';
import { padCells } from './table.js';

const SAVE_WHILE_STREAMING_MS = 2000;

export interface InterviewFlags {
  model?: string;
  type: string;
  role?: string;
  level: string;
  company?: string;
  focus?: string;
  questions: string;
  jd?: string;
  resume?: string;
  language?: string;
  answers?: string;
  json?: boolean;
  continue?: string;
}

/** Answers are separated by lines holding only `---`. */
export function parseAnswers(text: string): string[] {
  return text
    .split(/^\s*---\s*$/m)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The interview the flags describe. The full-screen setup asks for a missing role itself, so there it is optional. */
function setupFromFlags(store: Store, f: InterviewFlags, opts: { roleRequired: boolean } = { roleRequired: true }): InterviewSetup {
  const problems: string[] = [];
  if (!isInterviewType(f.type)) problems.push(`--type: '${f.type}' is not one of ${INTERVIEW_TYPES.join(', ')}`);
  if (!isLevel(f.level)) problems.push(`--level: '${f.level}' is not one of ${LEVELS.join(', ')}`);
  // Digits only: Number() would take 0x3, 1e1 and ' 3 '.
  const count = /^\d{1,2}$/.test(f.questions) ? Number(f.questions) : NaN;
  if (!Number.isInteger(count) || count < 1 || count > 20) problems.push(`--questions: '${f.questions}' is not a whole number from 1 to 20`);
  if (opts.roleRequired && !f.role?.trim()) problems.push('--role: required, e.g. --role "Backend engineer"');
  const modelName = f.model ?? store.defaultModelName();
  const config = store.getModel(modelName);
  if (!config) problems.push(`--model: ${noModelNamed(store, modelName)}`);
  const jd = f.jd ? readDocument('--jd', f.jd) : undefined;
  const resume = f.resume ? readDocument('--resume', f.resume) : undefined;
  if (jd && !jd.ok) problems.push(jd.error);
  if (resume && !resume.ok) problems.push(resume.error);
  if (problems.length > 0) throw usageError(...problems);
  return {
    type: f.type as InterviewSetup['type'],
    role: (f.role ?? '').trim(),
    level: f.level as InterviewSetup['level'],
    ...(f.company ? { company: f.company } : {}),
    ...(f.focus ? { focus: f.focus } : {}),
    ...(jd?.ok ? { jdPath: jd.path, jdText: jd.text } : {}),
    ...(resume?.ok ? { resumePath: resume.path, resumeText: resume.text } : {}),
    questionCount: count,
    language: f.language ?? store.settings().language,
    modelName: config!.name,
  };
}

/** Runs the interview to its end (or until the answers run out), printing as it goes. */
export async function runHeadless(store: Store, start: SessionState, answers: string[], opts: { print: boolean; now?: () => number }): Promise<Session> {
  const now = opts.now ?? Date.now;
  let state = start;
  let lastSave = 0;
  const dispatch = (action: SessionAction): void => {
    state = sessionReducer(state, action);
  };
  const save = (force: boolean): void => {
    if (!force && now() - lastSave < SAVE_WHILE_STREAMING_MS) return;
    lastSave = now();
    store.saveSession(state.session);
  };
  // The interviewer's words are the model's: through the output guard, piece by piece.
  const shown = streamWriter(process.stdout);
  const write = (text: string): void => {
    if (opts.print) shown.write(text);
  };
  const config = store.getModel(state.session.setup.modelName);
  if (!config) throw usageError(`--model: no model named '${state.session.setup.modelName}'`);
  const provider = openProvider(config, { store, purpose: 'interview' });
  const previous: string[] = [];
  if (state.phase === 'setup') dispatch({ type: 'start', atMs: now() });
  save(true);

  for (;;) {
    if (state.phase === 'asking' && state.reply === 'idle') {
      dispatch({ type: 'streamStarted', atMs: now() });
      write('Interviewer: ');
      let raw = '';
      let printed = '';
      try {
        for await (const event of provider.stream(buildInterviewRequest(state.session, { previousQuestions: previous }))) {
          if (event.type !== 'text') continue;
          raw += event.text;
          dispatch({ type: 'streamDelta', text: event.text });
          // Markers ([Q2], [Follow-up]) are for us, not the reader: print the parsed text as it grows.
          const shown = parseInterviewerReply(raw).text;
          if (shown.startsWith(printed)) {
            write(shown.slice(printed.length));
            printed = shown;
          }
          save(false);
        }
        dispatch({ type: 'streamDone', atMs: now() });
        write('\n\n');
        save(true);
      } catch (e) {
        dispatch({ type: 'streamFailed', error: isProviderError(e) ? e.title : String(e), atMs: now() });
        save(true);
        write('\n');
        if (isProviderError(e)) throw new CliExit(1, [...explainFailure(e), `  the session is saved: mockview sessions export ${state.session.id}`]);
        throw e;
      }
    } else if (state.phase === 'answering') {
      const answer = answers.shift();
      if (answer === undefined) {
        dispatch({ type: 'end', atMs: now(), grade: false });
        save(true);
        break;
      }
      const at = now();
      dispatch({ type: 'answerStarted', atMs: at });
      dispatch({ type: 'answerSubmitted', text: answer, atMs: at });
      write(`You: ${answer}\n\n`);
      save(true);
    } else {
      break;
    }
  }
  if (state.session.status !== 'finished') dispatch({ type: 'end', atMs: now(), grade: false });
  save(true);
  return state.session;
}

async function interview(cmd: Command, flags: InterviewFlags): Promise<void> {
  const store = storeFor(cmd);
  if (!flags.answers) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw usageError('--answers: required without a terminal (a file of answers separated by lines of ---)');
    }
    // One run per session, in the full-screen app too: held until this process ends.
    if (flags.continue) store.claimSession(flags.continue);
    const setup = flags.continue ? undefined : setupFromFlags(store, flags, { roleRequired: false });
    process.exitCode = await openFullScreen({
      ...globalOptions(cmd),
      initialRoute: flags.continue ? { screen: 'interview', sessionId: flags.continue } : { screen: 'interview-setup', prefill: setup },
    });
    return;
  }
  // Regular files only, at most 1 MB, with a deadline (src/documents.ts): /dev/zero or a FIFO is refused.
  const read = flags.answers === '-' ? await readStdinText('--answers') : await readDocumentAsync('--answers', flags.answers, { allowEmpty: true });
  if (!read.ok) throw usageError(read.error);
  const answers = parseAnswers(read.text);
  let start: SessionState;
  if (flags.continue) {
    // One run per session: a second run continuing it would silently lose one run's answers.
    store.claimSession(flags.continue);
    const stored = store.getSession(flags.continue);
    if (!stored) throw usageError(`--continue: no session '${flags.continue}' (see mockview sessions list)`);
    start = resumeSessionState(stored, Date.now());
  } else {
    const setup = setupFromFlags(store, flags);
    const label = openProvider(store.getModel(setup.modelName)!, { purpose: 'interview' }).label;
    start = initialSessionState(createSession(setup, label, Date.now()));
  }
  if (!flags.continue) store.claimSession(start.session.id);
  const session = await runHeadless(store, start, answers, { print: !flags.json });
  if (flags.json) out(exportText(session, 'json'));
  else {
    out('─'.repeat(60));
    out(exportText(session, 'md'));
    process.stderr.write(`Saved as ${session.id} (mockview sessions export ${session.id})\n`);
  }
}

export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('an interview: headless with --answers FILE, else the setup screen prefilled')
    .option('--model <name>', 'model for this interview (default: the default model)')
    .option('--type <type>', INTERVIEW_TYPES.join(' | '), 'behavioural')
    .option('--role <role>', 'target role, e.g. "Backend engineer"')
    .option('--level <level>', LEVELS.join(' | '), 'mid')
    .option('--company <name>', 'company (optional)')
    .option('--focus <text>', 'what a custom interview focuses on')
    .option('--questions <n>', 'number of main questions (1–20)', '5')
    .option('--jd <file>', 'job description file')
    .option('--resume <file>', 'résumé file')
    .option('--language <lang>', 'interview language (default: settings)')
    .option('--answers <file>', "answers separated by lines of --- ('-' reads stdin): runs with no terminal")
    .option('--continue <id>', 'continue an unfinished session')
    .option('--json', 'print the session as JSON at the end instead of the transcript')
    .action(async function (this: Command, flags: InterviewFlags) {
      await interview(this, flags);
    });

  const sessions = program.command('sessions').description('interview history: list, export');
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
}
