// The question bank's "generate" form: role, type, how many, an optional job-description file.
// Tab/↑↓ move, ←/→ change type and count, Enter on [ Generate ] asks the default model.
// The draft lives with the caller, so Esc closes the form without losing what was typed.
import { Box, Text } from 'ink';
import { useEffect, type ReactNode } from 'react';
import { TextField } from '../components/TextField.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import { useNavigation } from '../navigation.js';
import { INTERVIEW_TYPES, type InterviewType } from '../store/schema.js';
import { MAX_GENERATE } from '../interview/bank-questions.js';
import { useKeys } from '../hooks/useKeys.js';
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
}


export function QuestionGenerateForm(props: GenerateFormProps): ReactNode {
  const { draft, onChange, focus, onFocus, errors } = props;
  const nav = useNavigation();
  useEffect(() => {
    nav.setTyping(focus === 'role' || focus === 'jd');
    nav.setHints([
      { keys: 'Tab/↑↓', action: 'field' },
      { keys: '←→', action: 'change' },
      { keys: 'Enter', action: focus === 'go' ? 'generate' : 'next' },
      { keys: 'Esc', action: 'close' },
    ]);
  }, [focus, nav.setHints, nav.setTyping]);

  const move = (delta: number): void => onFocus(FIELDS[(FIELDS.indexOf(focus) + delta + FIELDS.length) % FIELDS.length] ?? 'role');
  useKeys((input, key) => {
    if (key.escape) return props.onCancel();
    if (key.tab) return move(key.shift ? -1 : 1);
    if (/^\t+$/.test(input)) return move(input.length);
    if (key.downArrow) return move(1);
    if (key.upArrow) return move(-1);
    if (key.return) return focus === 'go' ? props.onSubmit() : move(1);
    if (!key.leftArrow && !key.rightArrow) return;
    const d = key.rightArrow ? 1 : -1;
    if (focus === 'type') onChange({ ...draft, type: cycle(INTERVIEW_TYPES, draft.type, d) });
    else if (focus === 'count') onChange({ ...draft, count: Math.min(MAX_GENERATE, Math.max(1, draft.count + (key.shift ? 5 * d : d))) });
  });

  const choice = (f: GenerateField, label: string, value: string, note = ''): ReactNode => (
    <Text key={f}>
      {focus === f ? '› ' : '  '}
      <Text bold={focus === f}>{label.padEnd(LABEL)}</Text> ◂ {value} ▸<Text dimColor>{note}</Text>
    </Text>
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>
        Generate questions <Text dimColor>· model: {props.modelName} (the default; Settings changes it)</Text>
      </Text>
      <TextField label="Role" value={draft.role} onChange={(role) => onChange({ ...draft, role })} focused={focus === 'role'} placeholder="e.g. Backend engineer" error={errors.role} labelWidth={LABEL} />
      {choice('type', 'Type', TYPE_LABELS[draft.type])}
      {choice('count', 'How many', String(draft.count), `  (1–${MAX_GENERATE})`)}
      <TextField label="JD file" value={draft.jd} onChange={(jd) => onChange({ ...draft, jd })} focused={focus === 'jd'} placeholder="optional path, e.g. ~/jobs/acme.txt" error={errors.jd} labelWidth={LABEL} />
      <Text>
        {focus === 'go' ? '› ' : '  '}
        <Text inverse={focus === 'go'}>[ Generate ]</Text>
      </Text>
    </Box>
  );
}
