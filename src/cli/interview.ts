// `mockview interview`: with --answers, a whole interview with no TTY through the interview driver — each interviewer message
// streams to stdout, answers come from the file (separated by lines of ---), the session is saved
// after every turn and every 2 s while a reply streams. Without --answers on a terminal it opens the
// setup screen prefilled. The history (`mockview sessions …`) is in sessions.ts.
import type { Command } from 'commander';
import { createInterviewDriver, flagLabels, interviewOver, previousQuestionsFor, type InterviewDriver } from '../app/interview-driver.js';
import { exportText } from '../app/session-export.js';
import { isProviderError } from '../models/provider-error.js';
import { readDocument, readDocumentAsync, readStdinText } from '../documents.js';
import { progressOf } from '../interview/plan.js';
import { createSession, recoverSession } from '../interview/session.js';
import { openProvider } from '../providers/index.js';
import type { Provider } from '../providers/types.js';
import { INTERVIEW_TYPES, isInterviewType, isLevel, LEVELS, type InterviewSetup, type Session } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { safeText } from '../terminal/safe-text.js';
import { t } from '../i18n/index.js';
import { explainFailure } from './ask.js';
import { openFullScreen } from './interactive.js';
import { globalOptions, noModelNamed, out, storeFor, streamWriter } from './context.js';
import { CliExit, usageError } from './errors.js';


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
  /** --no-feedback sets it false. */
  feedback?: boolean;
  grader?: string;
  minutes?: string;
}

/** US spelling and a few other ways people write the types. */
const TYPE_ALIASES: Record<string, string> = { behavioral: 'behavioural', 'system design': 'system-design', systemdesign: 'system-design', design: 'system-design', 'coding-discussion': 'coding' };
export const normaliseType = (t: string): string => TYPE_ALIASES[t.trim().toLowerCase()] ?? t.trim().toLowerCase();

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
  f = { ...f, type: normaliseType(f.type) };
  if (!isInterviewType(f.type)) problems.push(`--type: ${t('cli.common.notOneOf', { value: f.type, list: INTERVIEW_TYPES.join(', ') })}`);
  if (!isLevel(f.level)) problems.push(`--level: ${t('cli.common.notOneOf', { value: f.level, list: LEVELS.join(', ') })}`);
  // Digits only: Number() would take 0x3, 1e1 and ' 3 '.
  const count = /^\d{1,2}$/.test(f.questions) ? Number(f.questions) : NaN;
  if (!Number.isInteger(count) || count < 1 || count > 20) problems.push(`--questions: ${t('cli.common.notWholeFromTo', { value: f.questions, min: 1, max: 20 })}`);
  const minutes = f.minutes === undefined ? undefined : /^\d{1,3}$/.test(f.minutes) ? Number(f.minutes) : NaN;
  if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 5 || minutes > 240)) problems.push(`--minutes: ${t('cli.common.notWholeFromTo', { value: f.minutes, min: 5, max: 240 })}`);
  if (opts.roleRequired && !f.role?.trim()) problems.push(`--role: ${t('cli.common.roleRequired')}`);
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
    ...(minutes !== undefined ? { timeBudgetMinutes: minutes } : {}),
    language: f.language ?? store.settings().language,
    modelName: config!.name,
  };
}

export interface HeadlessResult {
  session: Session;
  /** The answers ran out before the interview was over: the session is kept in progress. */
  ranOut: boolean;
}

/** Prints the interviewer's messages as they stream (markers and notes stripped); `write` is the output guard. */
function printTo(driver: InterviewDriver, write: (text: string) => void): () => void {
  let open = false;
  let printed = '';
  let attempt = 0;
  let notice: string | undefined;
  return driver.subscribe(() => {
    const s = driver.getSnapshot();
    if (s.notice && s.notice !== notice) process.stderr.write(`mockview: ${safeText(s.notice, { oneLine: true })}\n`);
    notice = s.notice;
    if (s.live) {
      if (!open || s.live.attempt !== attempt) {
        if (open) {
          const why = s.rejected.at(-1);
          const what = why?.kind === 'remark' ? t('cli.interview.notMarked') : t('cli.interview.ruleBroken', { rules: why?.violations.map((v) => v.rule).join(', ') });
          write(`\n  ${t('cli.interview.retried', { what })}\n`);
        }
        write(t('cli.interview.interviewer'));
        open = true;
        printed = '';
        attempt = s.live.attempt;
      }
      if (s.live.text.startsWith(printed)) {
        write(s.live.text.slice(printed.length));
        printed = s.live.text;
      }
    } else if (open) {
      open = false;
      const last = s.session.turns.at(-1);
      if (last?.role === 'interviewer' && last.text.startsWith(printed)) write(last.text.slice(printed.length));
      if (last?.role === 'interviewer' && last.flags?.length) write(`\n  ${t('cli.interview.flagged', { flags: flagLabels(last.flags).join(t('cli.interview.flagSeparator')) })}`);
      write('\n\n');
    }
  });
}

/**
 * Runs the interview with the driver until it is over or the answers run out, printing as it goes,
 * then (with grade) grades it. A provider failure ends with CliExit(1); the session stays saved.
 */
export async function runHeadless(
  store: Store,
  session: Session,
  answers: string[],
  opts: { print: boolean; grade: boolean; now?: () => number; provider?: Provider; graderModel?: string },
): Promise<HeadlessResult> {
  const config = store.getModel(session.setup.modelName);
  if (!config) throw usageError(`--model: ${t('cli.interview.noModel', { name: session.setup.modelName })}`);
  const provider = opts.provider ?? openProvider(config, { store, purpose: 'interview' });
  const graderName = opts.graderModel ?? session.setup.graderModelName;
  const graderConfig = graderName ? store.getModel(graderName) : undefined;
  if (graderName && !graderConfig) throw usageError(`--grader: ${noModelNamed(store, graderName)}`);
  const driver = createInterviewDriver({
    session,
    provider,
    save: (s) => store.saveSession(s),
    ...(opts.now ? { now: opts.now } : {}),
    previousQuestions: previousQuestionsFor(store, session),
    ...(graderConfig ? { grader: { provider: openProvider(graderConfig, { store, purpose: 'feedback' }), modelName: graderConfig.name } } : {}),
  });
  // The interviewer's words are the model's: through the output guard, piece by piece.
  const shown = streamWriter(process.stdout);
  const write = (text: string): void => {
    if (opts.print) shown.write(text);
  };
  const stop = printTo(driver, write);
  const failed = (): void => {
    const f = driver.getSnapshot().failure;
    if (!f) return;
    driver.dispose();
    if (isProviderError(f)) throw new CliExit(1, [...explainFailure(f), t('cli.interview.sessionSaved', { command: `mockview interview --continue ${session.id} --answers ${t('cli.help.metavars.file')}` })]);
    throw f;
  };
  let ranOut = false;
  try {
    await driver.start();
    failed();
    for (;;) {
      const snap = driver.getSnapshot();
      if (snap.finished || interviewOver(snap)) break;
      if (snap.state.phase !== 'answering') break;
      const answer = answers.shift();
      if (answer === undefined) {
        // No questions of one's own at the close is a fine way to finish; anywhere else the run is short.
        if (snap.session.turns.at(-1)?.stage !== 'close') ranOut = true;
        break;
      }
      write(`${t('cli.interview.you', { answer })}\n\n`);
      driver.answerStarted();
      await driver.answer(answer);
      failed();
    }
    if (!ranOut) {
      await driver.end({ grade: opts.grade });
      const f = driver.getSnapshot().failure;
      if (f && opts.print) process.stderr.write(`${t('cli.interview.gradingFailed', { why: isProviderError(f) ? f.title : String(f), command: `mockview sessions grade ${session.id}` })}\n`);
    }
  } finally {
    stop();
    if (opts.print) shown.end();
    driver.dispose();
  }
  return { session: driver.getSnapshot().session, ranOut };
}

async function interview(cmd: Command, flags: InterviewFlags): Promise<void> {
  const store = storeFor(cmd);
  if (!flags.answers) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw usageError(`--answers: ${t('cli.interview.answersRequired')}`);
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
  let session: Session;
  if (flags.continue) {
    // One run per session: a second run continuing it would silently lose one run's answers.
    store.claimSession(flags.continue);
    const stored = store.getSession(flags.continue);
    if (!stored) throw usageError(`--continue: ${t('cli.common.noSession', { id: flags.continue, command: 'mockview sessions list' })}`);
    session = recoverSession(stored);
  } else {
    const setup = setupFromFlags(store, flags);
    const label = openProvider(store.getModel(setup.modelName)!, { purpose: 'interview' }).label;
    session = createSession(setup, label, Date.now());
  }
  if (!flags.continue) store.claimSession(session.id);
  const result = await runHeadless(store, session, answers, { print: !flags.json, grade: flags.feedback !== false });
  const { session: done } = result;
  if (flags.json) out(exportText(done, 'json'));
  else {
    out('─'.repeat(60));
    out(exportText(done, 'md'));
    process.stderr.write(`${t('cli.interview.savedAs', { id: done.id, command: `mockview sessions export ${done.id}` })}\n`);
  }
  if (result.ranOut) {
    const asked = progressOf(done).asked;
    throw new CliExit(1, [
      `--answers: ${t('cli.interview.ranOut', { asked, total: done.setup.questionCount })}`,
      t('cli.interview.continueIt', { command: `mockview interview --continue ${done.id} --answers ${t('cli.help.metavars.moreAnswers')}` }),
    ]);
  }
}

export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description(t('cli.interview.help.interview', { file: t('cli.help.metavars.file') }))
    .option('--model <name>', t('cli.interview.help.model'))
    .option('--grader <name>', t('cli.interview.help.grader'))
    .option('--type <type>', t('cli.interview.help.type', { types: INTERVIEW_TYPES.join(' | '), alias: 'behavioral' }), 'behavioural')
    .option('--role <role>', t('cli.common.help.role'))
    .option('--level <level>', LEVELS.join(' | '), 'mid')
    .option('--company <name>', t('cli.interview.help.company'))
    .option('--focus <text>', t('cli.interview.help.focus'))
    .option('--questions <n>', t('cli.interview.help.questions'), '5')
    .option('--minutes <n>', t('cli.interview.help.minutes'))
    .option('--jd <file>', t('cli.common.help.jd'))
    .option('--resume <file>', t('cli.interview.help.resume'))
    .option('--language <lang>', t('cli.interview.help.language'))
    .option('--answers <file>', t('cli.interview.help.answers'))
    .option('--continue <id>', t('cli.interview.help.continue'))
    .option('--no-feedback', t('cli.interview.help.noFeedback'))
    .option('--json', t('cli.interview.help.json'))
    .action(async function (this: Command, flags: InterviewFlags) {
      await interview(this, flags);
    });
}
