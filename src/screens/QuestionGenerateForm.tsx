// The question bank's "generate" form: role, type, how many, an optional job-description file.
// Tab/↑↓ move, ←/→ change type and count, Enter on [ Generate ] asks the default model.
// The draft lives with the caller; Esc asks it to close (it asks before dropping what was typed).
import { Box, Text } from 'ink';
import { useEffect, type ReactNode } from 'react';
import { PlainField } from '../components/PlainField.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { typeLabel } from '../interview/labels.js';
import { useT } from '../hooks/useT.js';
import { cell } from '../components/cells.js';
import { useNavigation } from '../navigation.js';
import { INTERVIEW_TYPES, type InterviewType } from '../store/schema.js';
import { MAX_GENERATE } from '../interview/bank-questions.js';
import { cycle } from '../components/select-rows.js';

export interface GenerateDraft {
  role: string;
  type: InterviewType;
  count: number;
  jd: string;
}

export type GenerateField = 'role' | 'type' | 'count' | 'jd' | 'go';
const FIELDS: GenerateField[] = ['role', 'type', 'count', 'jd', 'go'];
const LABEL = 10;

export interface GenerateFormProps {
  draft: GenerateDraft;
  onChange: (draft: GenerateDraft) => void;
  focus: GenerateField;
  onFocus: (field: GenerateField) => void;
  errors: Partial<Record<'role' | 'jd', string>>;
  modelName: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** false while a dialog over the form has the keys. Default true. */
  active?: boolean;
}

type Handler = 'move' | 'change' | 'enter' | 'close';


export function QuestionGenerateForm(props: GenerateFormProps): ReactNode {
  const t = useT();
  const { draft, onChange, focus, onFocus, errors } = props;
  const nav = useNavigation();
  const active = props.active !== false;
  const onText = focus === 'role' || focus === 'jd';
  const { setTyping } = nav;
  useEffect(() => {
    setTyping(onText && active);
    return () => setTyping(false);
  }, [onText, active, setTyping]);

  const move = (delta: number): void => onFocus(FIELDS[(FIELDS.indexOf(focus) + delta + FIELDS.length) % FIELDS.length] ?? 'role');
  const bindings: Binding<Handler>[] = [
    { on: ['tab', 'shift+tab', 'down', 'up'], keys: 'Tab/↑↓', action: t('questions.form.keys.field'), handler: 'move' },
    { on: ['left', 'right', 'shift+left', 'shift+right'], keys: '←→', action: focus === 'count' ? t('questions.form.keys.changeBy5') : t('questions.form.keys.change'), handler: 'change', when: focus === 'type' || focus === 'count' },
    { on: ['enter'], keys: 'Enter', action: focus === 'go' ? t('questions.form.keys.generate') : t('questions.form.keys.next'), handler: 'enter' },
    { on: ['escape'], keys: 'Esc', action: t('questions.form.keys.close'), handler: 'close' },
  ];
  useBindings(
    bindings,
    {
      move: ({ name }) => move(name === 'up' || name === 'shift+tab' ? -1 : 1),
      enter: () => (focus === 'go' ? props.onSubmit() : move(1)),
      close: () => props.onCancel(),
      change: ({ name, key }) => {
        const d = name.endsWith('right') ? 1 : -1;
        if (focus === 'type') onChange({ ...draft, type: cycle(INTERVIEW_TYPES, draft.type, d) });
        else if (focus === 'count') onChange({ ...draft, count: Math.min(MAX_GENERATE, Math.max(1, draft.count + (key.shift ? 5 * d : d))) });
      },
    },
    { isActive: active },
  );

  const choice = (f: GenerateField, label: string, value: string, note = ''): ReactNode => (
    <Text key={f}>
      {focus === f ? '› ' : '  '}
      <Text bold={focus === f}>{cell(label, LABEL)}</Text> ◂ {value} ▸<Text dimColor>{note}</Text>
    </Text>
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>
        {t('questions.form.title')}
        <Text dimColor>{t('questions.form.model', { model: props.modelName })}</Text>
      </Text>
      <PlainField label={t('questions.form.labels.role')} value={draft.role} onChange={(role) => onChange({ ...draft, role })} focused={focus === 'role' && active} placeholder={t('questions.form.placeholders.role')} error={errors.role} labelWidth={LABEL} />
      {choice('type', t('questions.form.labels.type'), typeLabel(draft.type))}
      {choice('count', t('questions.form.labels.count'), String(draft.count), t('questions.form.countRange', { max: MAX_GENERATE }))}
      <PlainField label={t('questions.form.labels.jd')} value={draft.jd} onChange={(jd) => onChange({ ...draft, jd })} focused={focus === 'jd' && active} placeholder={t('questions.form.placeholders.jd')} error={errors.jd} labelWidth={LABEL} />
      <Text>
        {focus === 'go' ? '› ' : '  '}
        <Text inverse={focus === 'go'}>{t('questions.form.go')}</Text>
      </Text>
    </Box>
  );
}
