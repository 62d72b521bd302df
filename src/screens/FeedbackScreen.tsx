// Feedback for one interview (SPEC §7, §3.10). Grading runs in the one interview driver
// (src/app/interview-driver.ts: the grader at temperature 0, every score's quote verified, the
// interviewer's private notes passed as data). A session without feedback is graded here first (Esc
// cancels, r retries after a failure); g grades it again (a new grader, a better prompt) and the new
// feedback replaces the old. The report is long, so it is pre-wrapped into rows and shown as a
// scrolling window that fits the terminal. e / j export Markdown / JSON to <data dir>/exports.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createInterviewDriver, type InterviewDriver } from '../app/interview-driver.js';
import type { ModelsView } from '../app/repositories.js';
import { findModel, usableModels, usableSettings } from '../app/screen-data.js';
import { useModels, useRepositories, useSettings } from '../app/use-repositories.js';
import { isProviderError } from '../models/provider-error.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { StatusLine } from '../components/StatusLine.js';
import { scrollPager } from '../components/TranscriptPager.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { levelLabel, typeLabel } from '../interview/labels.js';
import { useT } from '../hooks/useT.js';
import { localTime } from '../i18n/time.js';
import { uiLanguage } from '../i18n/index.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig, Session, Settings } from '../store/schema.js';
import { tryExportSession, type ExportFormat } from './export-file.js';
import { feedbackLines } from './feedback-view.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { MissingSession } from './MissingSession.js';
import { safeText } from '../terminal/safe-text.js';

/** settings.graderModel if it exists, else the interview's grader, else its own model, else the demo. */
export function pickGrader(models: ModelsView, settings: Pick<Settings, 'graderModel'>, session: Session): ModelConfig {
  const names = [settings.graderModel, session.setup.graderModelName, session.setup.modelName, 'demo'];
  for (const name of names) {
    const config = name ? findModel(models, name) : undefined;
    if (config) return config;
  }
  return findModel(models, 'demo') ?? models.models.at(-1)!;
}

const hasAnswers = (s: Session): boolean => s.turns.some((t) => t.role === 'candidate' && !t.streaming && t.text.trim() !== '');

export function FeedbackScreen({ sessionId }: { sessionId: string }): ReactNode {
  const t = useT();
  const { sessions } = useRepositories();
  const [stored] = useState(() => sessions.get(sessionId));
  if (!stored) return <MissingSession id={sessionId} />;
  if (stored.status === 'damaged') return <Text color="red">{safeText(t('interview.chat.unreadable', { message: stored.message }), { oneLine: true })}</Text>;
  return <Grading key={sessionId} stored={stored.data} />;
}

type FeedbackHandler = 'cancel' | 'scroll' | 'grade' | 'markdown' | 'json' | 'back';

type Opened = { driver: InterviewDriver; grader: ModelConfig } | { locked: string };

/** Claims the session and creates its driver once; grades at once when there is no feedback yet. */
function Grading({ stored }: { stored: Session }): ReactNode {
  const services = useServices();
  const repositories = useRepositories();
  const models = usableModels(useModels());
  const settings = usableSettings(useSettings());
  const [opened] = useState<Opened>(() => {
    const claim = repositories.sessions.open(stored.id);
    if (!claim.ok) return { locked: claim.message };
    const grader = pickGrader(models, settings, stored);
    const provider = services.openProvider(grader, 'feedback');
    const driver = createInterviewDriver({
      session: stored,
      provider,
      save: (s) => repositories.sessions.save(s),
      now: services.now,
      grader: { provider, modelName: grader.name },
    });
    return { driver, grader };
  });

  useEffect(() => {
    if (!('driver' in opened)) return;
    const { driver } = opened;
    // Claimed again once mounted: the chat this screen replaced releases its claim as it unmounts.
    const claim = repositories.sessions.open(driver.getSnapshot().session.id);
    if (!driver.getSnapshot().session.feedback && hasAnswers(driver.getSnapshot().session)) void gradeNow(driver);
    // Leaving the screen stops a running grade; the session keeps what it had.
    return () => {
      driver.dispose();
      if (claim.ok) claim.value();
    };
  }, [opened, repositories]);

  if ('locked' in opened) return <Text color="yellow">{safeText(`✗ ${opened.locked}`, { oneLine: true })}</Text>;
  return <FeedbackView driver={opened.driver} grader={opened.grader} />;
}

/** Grades (or grades again) through the driver: an interview still open is ended first. */
function gradeNow(driver: InterviewDriver): Promise<void> {
  return driver.getSnapshot().state.phase === 'ended' ? driver.regrade() : driver.end({ grade: true });
}

function FeedbackView({ driver, grader }: { driver: InterviewDriver; grader: ModelConfig }): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const repositories = useRepositories();
  const { columns, rows } = useTerminalSize();
  const snap = useSyncExternalStore(driver.subscribe, driver.getSnapshot);
  const session = snap.session;
  const [cancelled, setCancelled] = useState(false);
  const [top, setTop] = useState(0);
  const [flash, setFlash] = useState('');
  const grading = snap.state.phase === 'grading';
  const failure = !grading && snap.state.error && !cancelled ? snap.failure : undefined;
  const phase = grading ? 'grading' : cancelled ? 'cancelled' : snap.state.error ? 'failed' : session.feedback ? 'ready' : hasAnswers(session) ? 'waiting' : 'nothing';
  const error = failure
    ? isProviderError(failure)
      ? { title: failure.title, fix: failure.fix, logId: failure.logId }
      : { title: t('feedback.screen.failed', { why: failure instanceof Error ? failure.message : String(failure) }), fix: t('feedback.screen.saved') }
    : snap.state.error && !cancelled && !grading
      ? { title: t('feedback.screen.failed', { why: snap.state.error }), fix: t('feedback.screen.saved') }
      : undefined;
  const received = snap.grading?.length ?? 0;

  const regrade = (): void => {
    setCancelled(false);
    setTop(0);
    setFlash('');
    void gradeNow(driver);
  };

  const width = Math.max(20, columns - 3);
  // Laid out again when the interface language changes (Settings) as well as the width.
  const lang = uiLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- feedbackLines reads the language through t()
  const lines = useMemo(() => (session.feedback ? feedbackLines(session.feedback, width) : []), [session.feedback, width, lang]);
  // Title 1 + footer 1 + the shell's key-hint bar 1 + a spare row: the window is rows − 4.
  const windowRows = Math.max(3, rows - 4);
  const maxTop = Math.max(0, lines.length - windowRows);
  const shownTop = Math.min(top, maxTop);

  const canGrade = hasAnswers(session);

  const doExport = (format: ExportFormat): void => {
    const result = tryExportSession(repositories, session, format);
    setFlash(result.ok ? t('feedback.screen.exported', { path: result.value }) : t('feedback.screen.exportFailed', { why: safeText(result.message, { oneLine: true }) }));
  };

  // The keys as data: what they do, and (from the same table) the hint bar and `?` help.
  const idle = phase !== 'grading';
  const bindings: Binding<FeedbackHandler>[] = [
    { on: ['escape'], keys: 'Esc', action: t('feedback.screen.keys.cancel'), handler: 'cancel', when: !idle },
    { on: ['up', 'down', 'pageup', 'pagedown', 'home', 'end'], keys: '↑↓ PgUp PgDn', action: t('feedback.screen.keys.scroll'), handler: 'scroll', when: idle },
    { on: ['r'], keys: 'r', action: t('feedback.screen.keys.retry'), handler: 'grade', when: phase === 'failed' || phase === 'cancelled' },
    { on: ['g'], keys: 'g', action: t('feedback.screen.keys.regrade'), handler: 'grade', when: canGrade && phase === 'ready' },
    { on: ['e'], keys: 'e', action: t('feedback.screen.keys.exportMarkdown'), handler: 'markdown', when: idle },
    { on: ['j'], keys: 'j', action: t('feedback.screen.keys.exportJson'), handler: 'json', when: idle },
    { on: ['escape'], keys: 'Esc', action: t('feedback.screen.keys.back'), handler: 'back', when: idle, hint: false },
  ];
  useBindings(bindings, {
    cancel: () => {
      setCancelled(true);
      driver.cancel();
    },
    scroll: ({ key }) => {
      const to = scrollPager(shownTop, lines.length, windowRows, key);
      if (to !== undefined) setTop(to);
    },
    grade: regrade,
    markdown: () => doExport('md'),
    json: () => doExport('json'),
    back: () => nav.back(),
  });

  const { setup } = session;
  // The role and the report are stored text (the grader's words among them): made safe for the terminal.
  const title = t('feedback.screen.title', { type: typeLabel(setup.type), role: safeText(setup.role, { oneLine: true }), level: levelLabel(setup.level), when: localTime(session.createdAt) });
  const shown = lines.slice(shownTop, shownTop + windowRows);
  const position = lines.length > windowRows ? t('feedback.screen.position', { from: shownTop + 1, to: shownTop + shown.length, total: lines.length }) : '';

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      {phase === 'grading' ? (
        <StatusLine label={t('feedback.screen.grading', { model: grader.name })} busy extra={[...(received ? [t('feedback.screen.received', { n: received })] : []), t('feedback.screen.escCancels')]} />
      ) : null}
      {phase === 'failed' && error ? (
        <ErrorBox
          title={error.title}
          fix={t('feedback.screen.retryFix', { fix: error.fix })}
          logHint={error.logId ? t('feedback.screen.logHintEntry', { id: error.logId }) : t('feedback.screen.logHint')}
          width={columns - 2}
        />
      ) : null}
      {phase === 'cancelled' ? <Text color="yellow">{t('feedback.screen.cancelled')}</Text> : null}
      {phase === 'nothing' ? <Text>{t('feedback.screen.nothing')}</Text> : null}
      {shown.map((line, i) => (
        <Text key={shownTop + i} wrap="truncate-end" bold={line.bold} dimColor={line.dim} color={line.color}>
          {safeText(line.text, { oneLine: true, tabWidth: 2 }) || ' '}
        </Text>
      ))}
      {flash ? (
        <Text color={flash.startsWith('✗') ? 'red' : 'green'} wrap="truncate-middle">
          {flash}
        </Text>
      ) : position ? (
        <Text dimColor>{position}</Text>
      ) : null}
    </Box>
  );
}
