// The interview setup's state machine: one reducer, every transition unit-tested without Ink
// (test/screens/interview-setup-state.test.ts).
import { cycle } from '../components/select-rows.js';
import { INTERVIEW_TYPES, LEVELS, type InterviewSetup } from '../store/schema.js';

export type SetupField = 'type' | 'role' | 'level' | 'company' | 'focus' | 'jd' | 'resume' | 'count' | 'language' | 'model' | 'start';
export const SETUP_TEXT_FIELDS = new Set<SetupField>(['role', 'company', 'focus', 'jd', 'resume']);
export const MAX_QUESTIONS = 20;

export interface SetupValues {
  type: InterviewSetup['type'];
  role: string;
  level: InterviewSetup['level'];
  company: string;
  focus: string;
  jd: string;
  resume: string;
  count: number;
  language: string;
  model: string;
}

export interface SetupState {
  initial: SetupValues;
  values: SetupValues;
  focus: SetupField;
  errors: Partial<Record<SetupField, string>>;
  /** 'discard': Esc with typed input asks first. */
  overlay: 'none' | 'discard';
  /** The new session is being saved (a busy lock may hold it): Enter does not start a second one. */
  saving: boolean;
  /** Why the last save did not go through (damaged sessions folder, lock held elsewhere…), one line. */
  saveError?: string;
}

export type SetupAction =
  | { type: 'edit'; field: 'role' | 'company' | 'focus' | 'jd' | 'resume'; value: string }
  | { type: 'move'; delta: number }
  /** ←/→ on a choice; the lists of models and languages come from the store. */
  | { type: 'change'; delta: number; models: readonly string[]; languages: readonly string[] }
  | { type: 'refused'; errors: Partial<Record<SetupField, string>> }
  | { type: 'ask-discard' }
  | { type: 'close' }
  | { type: 'saving' }
  | { type: 'save-failed'; message: string };

export function initialSetupState(prefill: Partial<InterviewSetup> | undefined, defaults: { language: string; model: string }): SetupState {
  const values: SetupValues = {
    type: prefill?.type ?? 'behavioural',
    role: prefill?.role ?? '',
    level: prefill?.level ?? 'mid',
    company: prefill?.company ?? '',
    focus: prefill?.focus ?? '',
    jd: prefill?.jdPath ?? '',
    resume: prefill?.resumePath ?? '',
    count: prefill?.questionCount ?? 5,
    language: prefill?.language ?? defaults.language,
    model: prefill?.modelName ?? defaults.model,
  };
  return { initial: values, values, focus: prefill?.role ? 'start' : 'role', errors: {}, overlay: 'none', saving: false };
}

export const setupFields = (v: SetupValues): SetupField[] => [
  'type',
  'role',
  'level',
  'company',
  ...(v.type === 'custom' ? (['focus'] as const) : []),
  'jd',
  'resume',
  'count',
  'language',
  'model',
  'start',
];

/** Text typed (or a choice changed) since the screen opened: Esc asks before dropping it. */
export const setupIsDirty = (s: SetupState): boolean => JSON.stringify(s.values) !== JSON.stringify(s.initial);

export function setupReducer(s: SetupState, a: SetupAction): SetupState {
  switch (a.type) {
    case 'edit': {
      const { [a.field]: _fixed, ...errors } = s.errors;
      return { ...s, values: { ...s.values, [a.field]: a.value }, errors };
    }
    case 'move': {
      const fields = setupFields(s.values);
      const i = Math.max(0, fields.indexOf(s.focus));
      return { ...s, focus: fields[(((i + a.delta) % fields.length) + fields.length) % fields.length] ?? 'role' };
    }
    case 'change': {
      const v = s.values;
      const d = a.delta;
      switch (s.focus) {
        case 'type':
          return { ...s, values: { ...v, type: cycle(INTERVIEW_TYPES, v.type, d) } };
        case 'level':
          return { ...s, values: { ...v, level: cycle(LEVELS, v.level, d) } };
        case 'count':
          return { ...s, values: { ...v, count: Math.min(MAX_QUESTIONS, Math.max(1, v.count + d)) } };
        case 'language':
          return { ...s, values: { ...v, language: cycle(a.languages.includes(v.language) ? a.languages : [v.language, ...a.languages], v.language, d) } };
        case 'model': {
          const { model: _fixed, ...errors } = s.errors;
          return { ...s, values: { ...v, model: cycle(a.models.includes(v.model) ? a.models : [v.model, ...a.models], v.model, d) }, errors };
        }
        default:
          return s;
      }
    }
    case 'refused':
      return { ...s, errors: a.errors, saveError: undefined };
    case 'saving':
      return { ...s, saving: true, saveError: undefined };
    case 'save-failed':
      return { ...s, saving: false, saveError: a.message };
    case 'ask-discard':
      return { ...s, overlay: 'discard' };
    case 'close':
      return { ...s, overlay: 'none' };
  }
}
