// Interview setup: type, role, level, company, JD and résumé files, number of questions, language,
// and the model for this interview (the default model unless changed — seed §3). State lives in
// interview-setup-state.ts; Esc asks before dropping what was typed. Models and settings come from the
// app layer's cached snapshots (not re-read per keystroke); the new session is saved through it and a
// failed save is shown here with everything typed kept.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { PlainField } from '../components/PlainField.js';
import { readDocument } from '../documents.js';
import { useBindings } from '../hooks/useBindings.js';
import { createSession } from '../interview/session.js';
import { levelLabel, typeLabel } from '../interview/labels.js';
import { useT } from '../hooks/useT.js';
import { cell } from '../components/cells.js';
import type { Binding } from '../keys/bindings.js';
import { failureLine, findModel, usableModels, usableSettings } from '../app/screen-data.js';
import { useModels, useRepositories, useSettings } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { useNavigation, useServices } from '../navigation.js';
import type { InterviewSetup as Setup } from '../store/schema.js';
import { safeText } from '../terminal/safe-text.js';
import { initialSetupState, MAX_QUESTIONS, SETUP_TEXT_FIELDS, setupIsDirty, setupReducer, type SetupField } from './interview-setup-state.js';
import { interviewLanguageLabel, LANGUAGES } from './SettingsScreen.js';
import { interviewLanguageFor } from '../i18n/index.js';

const LABEL = 14;
type Handler = 'move' | 'change' | 'enter' | 'back';

export function InterviewSetup({ prefill }: { prefill?: Partial<Setup> }): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const services = useServices();
  const repositories = useRepositories();
  // Cached snapshots: config.json is parsed again only when it changes, not on each key.
  const modelsView = usableModels(useModels());
  const settings = usableSettings(useSettings());
  const models = useMemo(() => modelsView.models.map((m) => m.name), [modelsView]);
  const [state, dispatch] = useReducer(setupReducer, undefined, () =>
    initialSetupState(prefill, { language: interviewLanguageFor(settings.language), model: modelsView.defaultName }),
  );
  const { values: v, focus, errors, overlay, saving, saveError } = state;
  const dirty = setupIsDirty(state);
  const onText = SETUP_TEXT_FIELDS.has(focus);
  const onChoice = focus === 'type' || focus === 'level' || focus === 'count' || focus === 'language' || focus === 'model';

  const { setTyping } = nav;
  useEffect(() => {
    // Cleared when the screen goes: otherwise `?` stayed a typed character on every screen after it.
    setTyping(onText && overlay === 'none');
    return () => setTyping(false);
  }, [onText, overlay, setTyping]);

  const start = async (): Promise<void> => {
    if (saving) return;
    const problems: Partial<Record<SetupField, string>> = {};
    if (!v.role.trim()) problems.role = t('interview.setup.errors.roleEmpty');
    const jdDoc = v.jd.trim() ? readDocument(t('interview.setup.documents.jd'), v.jd) : undefined;
    const resumeDoc = v.resume.trim() ? readDocument(t('interview.setup.documents.resume'), v.resume) : undefined;
    if (jdDoc && !jdDoc.ok) problems.jd = jdDoc.error;
    if (resumeDoc && !resumeDoc.ok) problems.resume = resumeDoc.error;
    const config = findModel(modelsView, v.model);
    if (!config) {
      problems.model = modelsView.damaged
        ? t('interview.setup.errors.modelDamaged', { model: v.model })
        : t('interview.setup.errors.noModel', { model: v.model });
    }
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
    dispatch({ type: 'saving' });
    const saved = await repositories.sessions.save(session);
    if (!saved.ok) return dispatch({ type: 'save-failed', message: failureLine(t('interview.setup.notStarted'), saved) });
    nav.replace({ screen: 'interview', sessionId: session.id });
  };

  const bindings: Binding<Handler>[] = [
    { on: ['tab', 'shift+tab', 'down', 'up'], keys: 'Tab/↑↓', action: t('interview.setup.keys.field'), handler: 'move' },
    { on: ['left', 'right'], keys: '←→', action: t('interview.setup.keys.change'), handler: 'change', when: onChoice },
    { on: ['enter'], keys: 'Enter', action: focus === 'start' ? t('interview.setup.keys.start') : t('interview.setup.keys.next'), handler: 'enter' },
    { on: ['escape'], keys: 'Esc', action: dirty ? t('interview.setup.keys.backAsks') : t('interview.setup.keys.back'), handler: 'back', hint: false },
  ];
  useBindings(
    bindings,
    {
      move: ({ name }) => dispatch({ type: 'move', delta: name === 'up' || name === 'shift+tab' ? -1 : 1 }),
      change: ({ name }) => dispatch({ type: 'change', delta: name === 'right' ? 1 : -1, models, languages: LANGUAGES }),
      enter: () => (focus === 'start' ? void start() : dispatch({ type: 'move', delta: 1 })),
      back: () => (dirty ? dispatch({ type: 'ask-discard' }) : nav.back()),
    },
    { isActive: overlay === 'none' },
  );

  const choice = (f: SetupField, label: string, value: string, note = ''): ReactNode => (
    <Text key={f} wrap="truncate-end">
      {focus === f ? '› ' : '  '}
      <Text bold={focus === f}>{cell(label, LABEL)}</Text> ◂ {value} ▸<Text dimColor>{note}</Text>
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
  const modelConfig = findModel(modelsView, v.model);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('interview.setup.title')}</Text>
      {choice('type', t('interview.setup.labels.type'), typeLabel(v.type))}
      {text('role', t('interview.setup.labels.role'), t('interview.setup.placeholders.role'))}
      {choice('level', t('interview.setup.labels.level'), levelLabel(v.level))}
      {text('company', t('interview.setup.labels.company'), t('interview.setup.placeholders.company'))}
      {v.type === 'custom' ? text('focus', t('interview.setup.labels.focus'), t('interview.setup.placeholders.focus')) : null}
      {text('jd', t('interview.setup.labels.jd'), t('interview.setup.placeholders.jd'))}
      {text('resume', t('interview.setup.labels.resume'), t('interview.setup.placeholders.resume'))}
      {choice('count', t('interview.setup.labels.count'), String(v.count), t('interview.setup.countRange', { max: MAX_QUESTIONS }))}
      {choice('language', t('interview.setup.labels.language'), safeText(interviewLanguageLabel(v.language), { oneLine: true }))}
      {choice('model', t('interview.setup.labels.model'), safeText(v.model, { oneLine: true }), modelConfig?.provider === 'demo' ? t('interview.setup.demoNote') : '')}
      {errors.model ? <Text color="red" wrap="truncate-end">{`    ✗ ${safeText(errors.model, { oneLine: true })}`}</Text> : null}
      <Text>
        {focus === 'start' ? '› ' : '  '}
        <Text inverse={focus === 'start'}>{t('interview.setup.start')}</Text>
        {saving ? <Text dimColor>{t('interview.setup.saving')}</Text> : null}
      </Text>
      {saveError ? (
        <Text color="red" wrap="truncate-end">
          {'  '}
          {safeText(saveError, { oneLine: true })}
        </Text>
      ) : null}
      {modelsView.damaged ? (
        <Text color="yellow" wrap="truncate-end">
          {'  '}
          {t('interview.setup.onlyDemo', { why: safeText(modelsView.damaged, { oneLine: true }) })}
        </Text>
      ) : null}
      <ActivityLine />
      {overlay === 'discard' ? (
        <ConfirmDialog question={t('interview.setup.discard')} onAnswer={(yes) => (yes ? nav.back() : dispatch({ type: 'close' }))} />
      ) : null}
    </Box>
  );
}
