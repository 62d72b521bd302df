// Interview setup: type, role, level, company, JD and résumé files, number of questions, language,
// and the model for this interview (the default model unless changed — seed §3).
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { TextField } from '../components/TextField.js';
import { readDocument } from '../documents.js';
import { createSession } from '../interview/session.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import { useNavigation, useServices } from '../navigation.js';
import { INTERVIEW_TYPES, LEVELS, type InterviewSetup as Setup } from '../store/schema.js';
import { LANGUAGES } from './SettingsScreen.js';
import { useKeys } from '../hooks/useKeys.js';
import { cycle } from '../components/select-rows.js';

type Field = 'type' | 'role' | 'level' | 'company' | 'focus' | 'jd' | 'resume' | 'count' | 'language' | 'model' | 'start';
const TEXT = new Set<Field>(['role', 'company', 'focus', 'jd', 'resume']);
const LABEL = 14;

export function InterviewSetup({ prefill }: { prefill?: Partial<Setup> }): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const { store } = services;
  // Read once: this screen re-renders on every key.
  const models = useMemo(() => store.listModels().map((m) => m.name), []);
  const [type, setType] = useState<Setup['type']>(prefill?.type ?? 'behavioural');
  const [role, setRole] = useState(prefill?.role ?? '');
  const [level, setLevel] = useState<Setup['level']>(prefill?.level ?? 'mid');
  const [company, setCompany] = useState(prefill?.company ?? '');
  const [focusText, setFocusText] = useState(prefill?.focus ?? '');
  const [jd, setJd] = useState(prefill?.jdPath ?? '');
  const [resume, setResume] = useState(prefill?.resumePath ?? '');
  const [count, setCount] = useState(prefill?.questionCount ?? 5);
  const [language, setLanguage] = useState(() => prefill?.language ?? store.settings().language);
  const [model, setModel] = useState(() => prefill?.modelName ?? store.defaultModelName());
  const [focus, setFocus] = useState<Field>(prefill?.role ? 'start' : 'role');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const fields: Field[] = ['type', 'role', 'level', 'company', ...(type === 'custom' ? (['focus'] as const) : []), 'jd', 'resume', 'count', 'language', 'model', 'start'];
  useEffect(() => {
    nav.setTyping(TEXT.has(focus));
    nav.setHints([
      { keys: 'Tab/↑↓', action: 'field' },
      { keys: '←→', action: 'change' },
      { keys: 'Enter', action: focus === 'start' ? 'start' : 'next' },
    ]);
  }, [focus, nav.setHints, nav.setTyping]);

  const move = (delta: number): void => setFocus((f) => fields[(fields.indexOf(f) + delta + fields.length) % fields.length] ?? 'role');

  const start = (): void => {
    const problems: Partial<Record<Field, string>> = {};
    if (!role.trim()) problems.role = 'role is empty (e.g. Backend engineer)';
    const jdDoc = jd.trim() ? readDocument('job description', jd) : undefined;
    const resumeDoc = resume.trim() ? readDocument('résumé', resume) : undefined;
    if (jdDoc && !jdDoc.ok) problems.jd = jdDoc.error;
    if (resumeDoc && !resumeDoc.ok) problems.resume = resumeDoc.error;
    const config = store.getModel(model);
    if (!config) problems.model = `no model named '${model}'`;
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !config) return;
    const setup: Setup = {
      type,
      role: role.trim(),
      level,
      ...(company.trim() ? { company: company.trim() } : {}),
      ...(type === 'custom' && focusText.trim() ? { focus: focusText.trim() } : {}),
      ...(jdDoc?.ok ? { jdPath: jdDoc.path, jdText: jdDoc.text } : {}),
      ...(resumeDoc?.ok ? { resumePath: resumeDoc.path, resumeText: resumeDoc.text } : {}),
      questionCount: count,
      language,
      modelName: config.name,
      ...(prefill?.plannedQuestions ? { plannedQuestions: prefill.plannedQuestions } : {}),
    };
    const provider = services.openProvider(config, 'interview');
    const session = createSession(setup, provider.label, services.now());
    store.saveSession(session);
    nav.replace({ screen: 'interview', sessionId: session.id });
  };

  useKeys((input, key) => {
    if (key.escape) return nav.back();
    if (key.tab) return move(key.shift ? -1 : 1);
    if (/^\t+$/.test(input)) return move(input.length);
    if (key.downArrow) return move(1);
    if (key.upArrow) return move(-1);
    if (key.return) return focus === 'start' ? start() : move(1);
    if (!key.leftArrow && !key.rightArrow) return;
    const d = key.rightArrow ? 1 : -1;
    if (focus === 'type') setType(cycle(INTERVIEW_TYPES, type, d));
    else if (focus === 'level') setLevel(cycle(LEVELS, level, d));
    else if (focus === 'count') setCount((c) => Math.min(20, Math.max(1, c + d)));
    else if (focus === 'language') setLanguage(cycle(LANGUAGES.includes(language) ? LANGUAGES : [language, ...LANGUAGES], language, d));
    else if (focus === 'model') setModel(cycle(models, model, d));
  });

  const choice = (f: Field, label: string, value: string, note = ''): ReactNode => (
    <Text key={f}>
      {focus === f ? '› ' : '  '}
      <Text bold={focus === f}>{label.padEnd(LABEL)}</Text> ◂ {value} ▸<Text dimColor>{note}</Text>
    </Text>
  );
  const text = (f: Field, label: string, value: string, set: (v: string) => void, placeholder: string): ReactNode => (
    <TextField key={f} label={label} value={value} onChange={set} focused={focus === f} placeholder={placeholder} error={errors[f]} labelWidth={LABEL} />
  );
  const modelConfig = store.getModel(model);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Interview › Setup</Text>
      {choice('type', 'Type', TYPE_LABELS[type])}
      {text('role', 'Role', role, setRole, 'e.g. Backend engineer')}
      {choice('level', 'Seniority', level)}
      {text('company', 'Company', company, setCompany, 'optional')}
      {type === 'custom' ? text('focus', 'Focus', focusText, setFocusText, 'what to focus on, e.g. Kubernetes operations') : null}
      {text('jd', 'Job desc. file', jd, setJd, 'optional path, e.g. ~/jobs/acme.txt')}
      {text('resume', 'Résumé file', resume, setResume, 'optional path, e.g. ~/cv.md')}
      {choice('count', 'Questions', String(count), '  (1–20)')}
      {choice('language', 'Language', language)}
      {choice('model', 'Model', model, modelConfig?.provider === 'demo' ? '  offline demo: built-in questions, no grading' : '')}
      {errors.model ? <Text color="red">{`    ✗ ${errors.model}`}</Text> : null}
      <Text>
        {focus === 'start' ? '› ' : '  '}
        <Text inverse={focus === 'start'}>[ Start interview ]</Text>
      </Text>
    </Box>
  );
}
