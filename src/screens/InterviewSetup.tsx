// Interview setup: type, role, level, company, JD and résumé files, number of questions, language,
// and the model for this interview (the default model unless changed — seed §3). State lives in
// interview-setup-state.ts; Esc asks before dropping what was typed.
import { Box, Text } from 'ink';
import { useEffect, useReducer, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { PlainField } from '../components/PlainField.js';
import { readDocument } from '../documents.js';
import { useBindings } from '../hooks/useBindings.js';
import { createSession } from '../interview/session.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation, useServices } from '../navigation.js';
import type { InterviewSetup as Setup } from '../store/schema.js';
import { safeText } from '../terminal/safe-text.js';
import { initialSetupState, MAX_QUESTIONS, SETUP_TEXT_FIELDS, setupIsDirty, setupReducer, type SetupField } from './interview-setup-state.js';
import { LANGUAGES } from './SettingsScreen.js';

const LABEL = 14;
type Handler = 'move' | 'change' | 'enter' | 'back';

export function InterviewSetup({ prefill }: { prefill?: Partial<Setup> }): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const { store } = services;
  // Read once: this screen re-renders on every key.
  const [models] = useState(() => store.listModels().map((m) => m.name));
  const [state, dispatch] = useReducer(setupReducer, undefined, () =>
    initialSetupState(prefill, { language: store.settings().language, model: store.defaultModelName() }),
  );
  const { values: v, focus, errors, overlay } = state;
  const dirty = setupIsDirty(state);
  const onText = SETUP_TEXT_FIELDS.has(focus);
  const onChoice = focus === 'type' || focus === 'level' || focus === 'count' || focus === 'language' || focus === 'model';

  const { setTyping } = nav;
  useEffect(() => {
    setTyping(onText && overlay === 'none');
  }, [onText, overlay, setTyping]);

  const start = (): void => {
    const problems: Partial<Record<SetupField, string>> = {};
    if (!v.role.trim()) problems.role = 'role is empty (e.g. Backend engineer)';
    const jdDoc = v.jd.trim() ? readDocument('job description', v.jd) : undefined;
    const resumeDoc = v.resume.trim() ? readDocument('résumé', v.resume) : undefined;
    if (jdDoc && !jdDoc.ok) problems.jd = jdDoc.error;
    if (resumeDoc && !resumeDoc.ok) problems.resume = resumeDoc.error;
    const config = store.getModel(v.model);
    if (!config) problems.model = `no model named '${v.model}'`;
    if (Object.keys(problems).length > 0 || !config) return dispatch({ type: 'refused', errors: problems });
    const setup: Setup = {
      type: v.type,
      role: v.role.trim(),
      level: v.level,
      ...(v.company.trim() ? { company: v.company.trim() } : {}),
      ...(v.type === 'custom' && v.focus.trim() ? { focus: v.focus.trim() } : {}),
      ...(jdDoc?.ok ? { jdPath: jdDoc.path, jdText: jdDoc.text } : {}),
      ...(resumeDoc?.ok ? { resumePath: resumeDoc.path, resumeText: resumeDoc.text } : {}),
      questionCount: v.count,
      language: v.language,
      modelName: config.name,
      ...(prefill?.plannedQuestions ? { plannedQuestions: prefill.plannedQuestions } : {}),
    };
    const provider = services.openProvider(config, 'interview');
    const session = createSession(setup, provider.label, services.now());
    store.saveSession(session);
    nav.replace({ screen: 'interview', sessionId: session.id });
  };

  const bindings: Binding<Handler>[] = [
    { on: ['tab', 'shift+tab', 'down', 'up'], keys: 'Tab/↑↓', action: 'field', handler: 'move' },
    { on: ['left', 'right'], keys: '←→', action: 'change', handler: 'change', when: onChoice },
    { on: ['enter'], keys: 'Enter', action: focus === 'start' ? 'start' : 'next', handler: 'enter' },
    { on: ['escape'], keys: 'Esc', action: dirty ? 'back (asks before dropping changes)' : 'back', handler: 'back', hint: false },
  ];
  useBindings(
    bindings,
    {
      move: ({ name }) => dispatch({ type: 'move', delta: name === 'up' || name === 'shift+tab' ? -1 : 1 }),
      change: ({ name }) => dispatch({ type: 'change', delta: name === 'right' ? 1 : -1, models, languages: LANGUAGES }),
      enter: () => (focus === 'start' ? start() : dispatch({ type: 'move', delta: 1 })),
      back: () => (dirty ? dispatch({ type: 'ask-discard' }) : nav.back()),
    },
    { isActive: overlay === 'none' },
  );

  const choice = (f: SetupField, label: string, value: string, note = ''): ReactNode => (
    <Text key={f} wrap="truncate-end">
      {focus === f ? '› ' : '  '}
      <Text bold={focus === f}>{label.padEnd(LABEL)}</Text> ◂ {value} ▸<Text dimColor>{note}</Text>
    </Text>
  );
  const text = (f: 'role' | 'company' | 'focus' | 'jd' | 'resume', label: string, placeholder: string): ReactNode => (
    <PlainField
      key={f}
      label={label}
      value={v[f]}
      onChange={(value) => dispatch({ type: 'edit', field: f, value })}
      focused={focus === f && overlay === 'none'}
      placeholder={placeholder}
      error={errors[f]}
      labelWidth={LABEL}
    />
  );
  const modelConfig = store.getModel(v.model);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Interview › Setup</Text>
      {choice('type', 'Type', TYPE_LABELS[v.type])}
      {text('role', 'Role', 'e.g. Backend engineer')}
      {choice('level', 'Seniority', v.level)}
      {text('company', 'Company', 'optional')}
      {v.type === 'custom' ? text('focus', 'Focus', 'what to focus on, e.g. Kubernetes operations') : null}
      {text('jd', 'Job desc. file', 'optional path, e.g. ~/jobs/acme.txt')}
      {text('resume', 'Résumé file', 'optional path, e.g. ~/cv.md')}
      {choice('count', 'Questions', String(v.count), `  (1–${MAX_QUESTIONS})`)}
      {choice('language', 'Language', safeText(v.language, { oneLine: true }))}
      {choice('model', 'Model', safeText(v.model, { oneLine: true }), modelConfig?.provider === 'demo' ? '  offline demo: built-in questions, no grading' : '')}
      {errors.model ? <Text color="red" wrap="truncate-end">{`    ✗ ${safeText(errors.model, { oneLine: true })}`}</Text> : null}
      <Text>
        {focus === 'start' ? '› ' : '  '}
        <Text inverse={focus === 'start'}>[ Start interview ]</Text>
      </Text>
      {overlay === 'discard' ? (
        <ConfirmDialog question="Discard your changes?" onAnswer={(yes) => (yes ? nav.back() : dispatch({ type: 'close' }))} />
      ) : null}
    </Box>
  );
}
