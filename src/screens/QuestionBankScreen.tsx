// Question bank (seed §3 "question generation"): browse the stored questions, filter (/), choose
// some (Space/Enter, ✓), add your own (a), edit one inline (e), delete (x), generate more with the
// default model (g) and start an interview that asks the chosen ones in the order chosen (s).
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import stringWidth from 'string-width';
import type { ProviderError } from '../bedrock/error-types.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { StatusLine } from '../components/StatusLine.js';
import { TextField } from '../components/TextField.js';
import { truncateToWidth } from '../components/text-layout.js';
import { readDocument } from '../documents.js';
import { buildQuestionGenerationPrompt, parseQuestionList } from '../interview/question-bank.js';
import { useStream } from '../hooks/useStream.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Store } from '../store/types.js';
import { INTERVIEW_TYPES, type BankQuestion, type InterviewType } from '../store/schema.js';
import { existingFor, filterQuestions, logUnreadableReply, MAX_PLANNED, plannedInterview, toBankQuestions } from '../interview/bank-questions.js';
import { QuestionGenerateForm, type GenerateDraft, type GenerateField } from './QuestionGenerateForm.js';
import { useKeys } from '../hooks/useKeys.js';

type Mode = 'list' | 'filter' | 'edit' | 'add' | 'delete' | 'form' | 'generating';

const SHORT_TYPE: Record<InterviewType, string> = {
  behavioural: 'Behavioural',
  technical: 'Technical',
  'system-design': 'System design',
  coding: 'Coding',
  custom: 'Role-specific',
};

/** `text` cut and padded to `width` columns, always leaving one blank column after it. */
const cell = (text: string, width: number): string => {
  const cut = truncateToWidth(text, width - 1);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
};

interface ShownError {
  title: string;
  fix?: string;
  errorClass?: ProviderError['errorClass'];
  logHint?: string;
}

export const NO_QUESTIONS_TITLE = "The model's reply had no questions I could read";

/**
 * The questions chosen, kept while the app runs: the screen is left for the interview setup (s)
 * and comes back on Esc, and a choice of ten questions should still be there.
 */
const chosenBefore = new WeakMap<Store, string[]>();

export function QuestionBankScreen(): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const { store } = services;
  const { rows } = useTerminalSize();
  const [version, setVersion] = useState(0);
  const [mode, setMode] = useState<Mode>('list');
  const [filter, setFilter] = useState('');
  const [cursorId, setCursorId] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string[]>(() => {
    const stored = new Set(store.listQuestions().map((q) => q.id));
    return (chosenBefore.get(store) ?? []).filter((id) => stored.has(id));
  });
  useEffect(() => {
    chosenBefore.set(store, chosen);
  }, [chosen]);
  const [draftText, setDraftText] = useState('');
  const [editError, setEditError] = useState<string | undefined>();
  // A question of your own: its type (Tab cycles) and role, taken from the highlighted one.
  const [adding, setAdding] = useState<{ type: InterviewType; role: string }>({ type: 'behavioural', role: '' });
  const [flash, setFlash] = useState('');
  const [error, setError] = useState<ShownError | undefined>();
  const [form, setForm] = useState<GenerateDraft>({ role: '', type: 'behavioural', count: 10, jd: '' });
  const [formFocus, setFormFocus] = useState<GenerateField>('role');
  const [formErrors, setFormErrors] = useState<Partial<Record<'role' | 'jd', string>>>({});
  const [generatingWith, setGeneratingWith] = useState('');
  const stream = useStream();
  const refresh = (): void => setVersion((v) => v + 1);

  // Read from disk when this screen changed the bank, not on every render (a generation re-renders
  // the screen 25 times a second).
  const all = useMemo(() => store.listQuestions(), [version]);
  const shown = filterQuestions(all, filter);
  const found = shown.findIndex((q) => q.id === cursorId);
  const index = found >= 0 ? found : 0;
  const current: BankQuestion | undefined = shown[index];
  const chosenSet = new Set(chosen);
  const defaultModel = store.defaultModelName();

  useEffect(() => {
    if (mode === 'form') return; // the form sets its own
    nav.setTyping(mode === 'filter' || mode === 'edit' || mode === 'add');
    if (mode === 'list') {
      nav.setHints([
        { keys: 'Space', action: 'choose' },
        { keys: 's', action: `start (${chosen.length})` },
        { keys: 'g', action: 'generate' },
        { keys: 'a', action: 'add' },
        { keys: '/', action: 'filter' },
        { keys: 'e', action: 'edit' },
        { keys: 'x', action: 'delete' },
      ]);
    } else if (mode === 'filter') nav.setHints([{ keys: 'Enter', action: 'keep filter' }, { keys: 'Esc', action: 'clear' }]);
    else if (mode === 'edit') nav.setHints([{ keys: 'Enter', action: 'save' }, { keys: 'Esc', action: 'cancel' }]);
    else if (mode === 'add') nav.setHints([{ keys: 'Enter', action: 'add' }, { keys: 'Tab', action: 'type' }, { keys: 'Esc', action: 'cancel' }]);
    else if (mode === 'generating') nav.setHints([{ keys: 'Esc', action: 'cancel' }]);
    else nav.setHints([{ keys: 'y', action: 'delete' }, { keys: 'n/Esc', action: 'keep' }]);
  }, [mode, chosen.length, nav.setHints, nav.setTyping]);

  const moveTo = (i: number): void => setCursorId(shown[Math.max(0, Math.min(shown.length - 1, i))]?.id);
  const visible = Math.max(3, rows - 8 - (mode === 'form' ? 9 : mode === 'generating' ? 5 : error ? 6 : mode === 'edit' || mode === 'add' ? 2 : 1));

  const toggle = (q: BankQuestion): void => {
    if (chosenSet.has(q.id)) setChosen((c) => c.filter((id) => id !== q.id));
    else if (chosen.length >= MAX_PLANNED) setFlash(`An interview takes at most ${MAX_PLANNED} questions.`);
    else setChosen((c) => [...c, q.id]);
  };

  const startInterview = (): void => {
    const picked = chosen.map((id) => all.find((q) => q.id === id)).filter((q): q is BankQuestion => q !== undefined);
    if (picked.length === 0) return setFlash('Choose questions first: Space marks the highlighted one with ✓.');
    nav.go({ screen: 'interview-setup', prefill: plannedInterview(picked) });
  };

  const openForm = (): void => {
    setForm((f) => ({ ...f, role: f.role || current?.role || '', type: f.role ? f.type : (current?.type ?? f.type) }));
    setFormErrors({});
    setFormFocus('role');
    setMode('form');
  };

  useKeys(
    (input, key) => {
      setFlash('');
      setError(undefined);
      if (key.escape) {
        if (filter) return setFilter('');
        return nav.back();
      }
      if (key.upArrow || input === 'k') moveTo(index - 1);
      else if (key.downArrow || input === 'j') moveTo(index + 1);
      else if (key.pageUp) moveTo(index - visible);
      else if (key.pageDown) moveTo(index + visible);
      else if (key.home) moveTo(0);
      else if (key.end) moveTo(shown.length - 1);
      else if (input === '/') setMode('filter');
      else if (input === 'g') openForm();
      else if (input === 's') startInterview();
      else if (input === 'a') {
        setAdding({ type: current?.type ?? 'behavioural', role: current?.role ?? '' });
        setDraftText('');
        setEditError(undefined);
        setMode('add');
      } else if (!current) return;
      else if (key.return || input === ' ') toggle(current);
      else if (input === 'e') {
        setDraftText(current.text);
        setEditError(undefined);
        setMode('edit');
      } else if (input === 'x') setMode('delete');
    },
    { isActive: mode === 'list' },
  );

  useKeys(
    (_input, key) => {
      if (mode === 'filter' && (key.escape || key.return)) {
        if (key.escape) setFilter('');
        setMode('list');
      } else if ((mode === 'edit' || mode === 'add') && key.escape) setMode('list');
      else if (mode === 'add' && key.tab) setAdding((a) => ({ ...a, type: INTERVIEW_TYPES[(INTERVIEW_TYPES.indexOf(a.type) + (key.shift ? -1 : 1) + INTERVIEW_TYPES.length) % INTERVIEW_TYPES.length] ?? a.type }));
      else if (mode === 'generating' && key.escape) stream.cancel();
    },
    { isActive: mode === 'filter' || mode === 'edit' || mode === 'add' || mode === 'generating' },
  );

  const saveEdit = (submitted?: string): void => {
    if (!current) return setMode('list');
    const text = (submitted ?? draftText).trim();
    if (!text) return setEditError('the question is empty (Esc cancels)');
    if (text !== current.text) {
      store.updateQuestion(current.id, text);
      setFlash('Saved.');
    }
    setMode('list');
    refresh();
  };

  const saveNew = (submitted?: string): void => {
    const text = (submitted ?? draftText).trim();
    if (!text) return setEditError('the question is empty (Esc cancels)');
    const { added } = toBankQuestions([text], { ...adding, source: 'manual', existing: store.listQuestions() });
    if (!added[0]) return setEditError('that question is already in the bank (Esc cancels)');
    store.addQuestions(added);
    setFilter('');
    setCursorId(added[0].id);
    setFlash('✓ Added.');
    setMode('list');
    refresh();
  };

  const generate = async (): Promise<void> => {
    const problems: Partial<Record<'role' | 'jd', string>> = {};
    if (!form.role.trim()) problems.role = 'role is empty (e.g. Backend engineer)';
    const jd = form.jd.trim() ? readDocument('job description', form.jd) : undefined;
    if (jd && !jd.ok) problems.jd = jd.error;
    setFormErrors(problems);
    const config = store.getModel(defaultModel);
    if (Object.keys(problems).length > 0) return;
    if (!config) {
      setMode('list');
      return setError({ title: `No model named '${defaultModel}'`, fix: 'Choose the default model in Settings, or add one in Models.' });
    }
    const role = form.role.trim();
    const type = form.type;
    const bank = store.listQuestions();
    const request = buildQuestionGenerationPrompt({
      role,
      type,
      count: form.count,
      language: store.settings().language,
      ...(jd?.ok ? { jdText: jd.text } : {}),
      existing: existingFor(bank, type, role),
    });
    setGeneratingWith(config.name);
    setMode('generating');
    const result = await stream.start(services.openProvider(config, 'questions'), request);
    setMode('list');
    if (result.status === 'cancelled') return setFlash('Cancelled; nothing was added.');
    if (result.status === 'failed' && result.error) {
      const e = result.error;
      return setError({ title: e.title, fix: e.fix, errorClass: e.errorClass, logHint: `Details: Logs screen${e.logId ? ` (entry ${e.logId})` : ''} · mockview logs` });
    }
    const parsed = parseQuestionList(result.text);
    if (parsed.length === 0) {
      const entry = logUnreadableReply(store, config, result.text);
      return setError({ title: NO_QUESTIONS_TITLE, fix: 'Try again (g), ask for fewer questions, or choose another default model in Settings.', logHint: `Its reply is in the log (entry ${entry.id}).` });
    }
    const { added, skipped } = toBankQuestions(parsed, { type, role, source: config.name, existing: store.listQuestions() });
    if (added.length) store.addQuestions(added);
    setFilter('');
    if (added[0]) setCursorId(added[0].id);
    setFlash(`✓ Added ${added.length} question${added.length === 1 ? '' : 's'} from '${config.name}'${skipped ? ` (${skipped} already in the bank)` : ''}.`);
    refresh();
  };

  const above = Math.max(0, Math.min(index - visible + 1, shown.length - visible));
  const start = Math.max(0, above);
  const window = shown.slice(start, start + visible);
  const below = shown.length - start - window.length;
  const tail = stream.state.text
    .split('\n')
    .filter((l) => l.trim())
    .slice(-3);
  const soFar = mode === 'generating' ? parseQuestionList(stream.state.text).length : 0;

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>
        Question bank <Text dimColor>· {all.length} question{all.length === 1 ? '' : 's'} · {chosen.length} chosen</Text>
      </Text>
      {mode === 'filter' ? (
        <TextField label="Filter" value={filter} onChange={setFilter} focused placeholder="words in the question, role or type" labelWidth={7} />
      ) : filter ? (
        <Text wrap="truncate-end">
          <Text dimColor>Filter: </Text>
          {filter} <Text dimColor>({shown.length} of {all.length} · / change · Esc clear)</Text>
        </Text>
      ) : null}
      <Text dimColor>
        {'    '}
        {cell('TYPE', 14)}
        {cell('ROLE', 18)}QUESTION
      </Text>
      {mode === 'add' ? (
        <TextField
          label={`+ ${cell(SHORT_TYPE[adding.type], 14)}${cell(adding.role || '—', 18)}`}
          value={draftText}
          onChange={setDraftText}
          onSubmit={saveNew}
          focused
          placeholder="your question · Tab changes the type"
          error={editError}
          labelWidth={34}
        />
      ) : null}
      {all.length === 0 && mode !== 'add' ? <Text>The bank is empty. Press g to generate questions with {defaultModel}, or a to add your own.</Text> : null}
      {all.length > 0 && shown.length === 0 ? <Text dimColor>  Nothing matches the filter.</Text> : null}
      {start > 0 ? <Text dimColor>  ↑ {start} more</Text> : null}
      {window.map((q) => {
        const here = q.id === current?.id;
        const mark = `${here && mode !== 'add' ? '›' : ' '} ${chosenSet.has(q.id) ? '✓' : ' '} `;
        if (here && mode === 'edit') {
          return <TextField key={q.id} label={`${mark}✎`} value={draftText} onChange={setDraftText} onSubmit={saveEdit} focused error={editError} labelWidth={5} />;
        }
        return (
          <Text key={q.id} wrap="truncate-end" inverse={here && mode === 'list'}>
            {mark}
            {cell(SHORT_TYPE[q.type], 14)}
            {cell(q.role || '—', 18)}
            {q.text}
          </Text>
        );
      })}
      {below > 0 ? <Text dimColor>  ↓ {below} more</Text> : null}
      {flash ? <Text color="yellow">{flash}</Text> : null}
      {error ? <ErrorBox title={error.title} fix={error.fix} errorClass={error.errorClass} logHint={error.logHint} /> : null}
      {mode === 'delete' && current ? (
        <ConfirmDialog
          question={`Delete “${truncateToWidth(current.text, 60)}”?`}
          onAnswer={(yes) => {
            if (yes) {
              store.removeQuestion(current.id);
              setChosen((c) => c.filter((id) => id !== current.id));
              setCursorId(shown[index + 1]?.id ?? shown[index - 1]?.id);
              setFlash('Deleted.');
            }
            setMode('list');
            refresh();
          }}
        />
      ) : null}
      {mode === 'form' ? (
        <QuestionGenerateForm
          draft={form}
          onChange={setForm}
          focus={formFocus}
          onFocus={setFormFocus}
          errors={formErrors}
          modelName={defaultModel}
          onSubmit={() => void generate()}
          onCancel={() => setMode('list')}
        />
      ) : null}
      {mode === 'generating' ? (
        <Box flexDirection="column">
          <StatusLine
            label={stream.state.text ? `generating with ${generatingWith}` : `asking ${generatingWith}`}
            busy
            extra={[`${soFar} question${soFar === 1 ? '' : 's'} so far`, 'Esc cancels']}
          />
          {tail.map((line, i) => (
            <Text key={i} dimColor wrap="truncate-end">
              {'  '}
              {line}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
