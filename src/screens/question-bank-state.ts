// The question bank's state machine: one reducer, every transition unit-tested without Ink
// (test/screens/question-bank-state.test.ts). Store reads and writes stay in the screen; the
// reducer gets their outcome.
import type { ProviderError } from '../models/provider-error.js';
import { cycle } from '../components/select-rows.js';
import { MAX_PLANNED } from '../interview/bank-questions.js';
import { INTERVIEW_TYPES, type InterviewType } from '../store/schema.js';
import { t } from '../i18n/index.js';
import type { GenerateDraft, GenerateField } from './QuestionGenerateForm.js';

export type BankMode = 'list' | 'filter' | 'edit' | 'add' | 'delete' | 'form' | 'generating' | 'discard';

export interface ShownError {
  title: string;
  fix?: string;
  errorClass?: ProviderError['errorClass'];
  logHint?: string;
}

export interface QuestionBankState {
  mode: BankMode;
  /** Where Esc → "Discard your changes?" → No returns to. */
  discarding?: 'edit' | 'add' | 'form';
  filter: string;
  cursorId?: string;
  /** Chosen question ids, in the order chosen (the interview asks them so). */
  chosen: readonly string[];
  /** The question being edited or added, as typed, and the text it started from. */
  draftText: string;
  draftFrom: string;
  /**
   * Which opening of the add/edit line the draft belongs to. A save completes asynchronously, so a key
   * can reach the closing line's text input after the list is back; its change carries the old id and is
   * ignored instead of landing in the next line's draft.
   */
  draftId: number;
  editError?: string;
  /** The question being edited: its save goes to this id even if the list moved or it was removed elsewhere. */
  editing?: { id: string; type: InterviewType; role: string };
  adding: { type: InterviewType; role: string };
  flash: string;
  error?: ShownError;
  form: GenerateDraft;
  /** The form as it was when opened: Esc with changes asks first. */
  formFrom: GenerateDraft;
  formFocus: GenerateField;
  formErrors: Partial<Record<'role' | 'jd', string>>;
  generatingWith: string;
}

export type QuestionBankAction =
  | { type: 'key' } // any key in the list clears the last message
  | { type: 'cursor'; id: string | undefined }
  | { type: 'start-filter' }
  | { type: 'filter'; text: string }
  | { type: 'keep-filter' }
  | { type: 'clear-filter' }
  | { type: 'toggle'; id: string }
  | { type: 'start-add'; question?: { type: InterviewType; role: string } }
  | { type: 'cycle-add-type'; delta: number }
  | { type: 'start-edit'; text: string; question?: { id: string; type: InterviewType; role: string } }
  /** The edited question was removed elsewhere: the text typed becomes a new question to add (Enter) or drop (Esc). */
  | { type: 'edit-lost'; message: string }
  | { type: 'draft'; text: string; draftId?: number }
  | { type: 'edit-error'; message: string }
  | { type: 'ask-delete' }
  | { type: 'open-form'; question?: { type: InterviewType; role: string } }
  | { type: 'form'; draft: GenerateDraft }
  | { type: 'form-focus'; field: GenerateField }
  | { type: 'form-errors'; errors: Partial<Record<'role' | 'jd', string>> }
  | { type: 'generating'; modelName: string }
  /** Back to the list after a save, a delete, a generation or a cancel. */
  | { type: 'done'; flash?: string; error?: ShownError; cursorId?: string; clearFilter?: boolean; unchoose?: string }
  /** Esc in the add/edit line or the form: closes at once when nothing was typed, else asks. */
  | { type: 'escape' }
  | { type: 'discard'; yes: boolean }
  | { type: 'flash'; text: string };

export function initialBankState(chosen: readonly string[] = []): QuestionBankState {
  const form: GenerateDraft = { role: '', type: 'behavioural', count: 10, jd: '' };
  return {
    mode: 'list',
    filter: '',
    chosen,
    draftText: '',
    draftFrom: '',
    draftId: 0,
    adding: { type: 'behavioural', role: '' },
    flash: '',
    form,
    formFrom: form,
    formFocus: 'role',
    formErrors: {},
    generatingWith: '',
  };
}

const sameForm = (a: GenerateDraft, b: GenerateDraft): boolean => a.role === b.role && a.type === b.type && a.count === b.count && a.jd === b.jd;

/** Whether Esc would drop something typed in the current mode. */
export function hasTypedInput(s: QuestionBankState): boolean {
  if (s.mode === 'edit' || s.mode === 'add') return s.draftText.trim() !== s.draftFrom.trim();
  if (s.mode === 'form') return !sameForm(s.form, s.formFrom);
  return false;
}

export function questionBankReducer(s: QuestionBankState, a: QuestionBankAction): QuestionBankState {
  switch (a.type) {
    case 'key':
      return s.flash || s.error ? { ...s, flash: '', error: undefined } : s;
    case 'cursor':
      return { ...s, cursorId: a.id };
    case 'start-filter':
      return { ...s, mode: 'filter' };
    case 'filter':
      return { ...s, filter: a.text };
    case 'keep-filter':
      return { ...s, mode: 'list' };
    case 'clear-filter':
      return { ...s, filter: '', mode: s.mode === 'filter' ? 'list' : s.mode };
    case 'toggle':
      if (s.chosen.includes(a.id)) return { ...s, chosen: s.chosen.filter((id) => id !== a.id) };
      if (s.chosen.length >= MAX_PLANNED) return { ...s, flash: t('questions.flash.atMost', { max: MAX_PLANNED }) };
      return { ...s, chosen: [...s.chosen, a.id] };
    case 'start-add':
      return { ...s, mode: 'add', adding: a.question ?? { type: 'behavioural', role: '' }, draftText: '', draftFrom: '', draftId: s.draftId + 1, editError: undefined };
    case 'cycle-add-type':
      return { ...s, adding: { ...s.adding, type: cycle(INTERVIEW_TYPES, s.adding.type, a.delta) } };
    case 'start-edit':
      return { ...s, mode: 'edit', draftText: a.text, draftFrom: a.text, draftId: s.draftId + 1, editError: undefined, editing: a.question };
    case 'edit-lost':
      return {
        ...s,
        mode: 'add',
        adding: s.editing ? { type: s.editing.type, role: s.editing.role } : s.adding,
        editing: undefined,
        draftFrom: '',
        editError: a.message,
      };
    case 'draft':
      if ((a.draftId !== undefined && a.draftId !== s.draftId) || (s.mode !== 'add' && s.mode !== 'edit')) return s;
      return { ...s, draftText: a.text, editError: undefined };
    case 'edit-error':
      return { ...s, editError: a.message };
    case 'ask-delete':
      return { ...s, mode: 'delete' };
    case 'open-form': {
      // The draft of an earlier visit is kept; a first visit starts from the highlighted question.
      const f = s.form;
      const form = f.role ? f : { ...f, role: a.question?.role ?? '', type: a.question?.type ?? f.type };
      return { ...s, mode: 'form', form, formFrom: form, formErrors: {}, formFocus: 'role' };
    }
    case 'form':
      return { ...s, form: a.draft };
    case 'form-focus':
      return { ...s, formFocus: a.field };
    case 'form-errors':
      return { ...s, formErrors: a.errors };
    case 'generating':
      return { ...s, mode: 'generating', generatingWith: a.modelName };
    case 'done':
      return {
        ...s,
        mode: 'list',
        editing: undefined,
        flash: a.flash ?? '',
        error: a.error,
        ...(a.clearFilter ? { filter: '' } : {}),
        ...(a.cursorId !== undefined ? { cursorId: a.cursorId } : {}),
        ...(a.unchoose ? { chosen: s.chosen.filter((id) => id !== a.unchoose) } : {}),
      };
    case 'escape': {
      if (s.mode !== 'edit' && s.mode !== 'add' && s.mode !== 'form') return s;
      if (hasTypedInput(s)) return { ...s, mode: 'discard', discarding: s.mode };
      return { ...s, mode: 'list' };
    }
    case 'discard': {
      const from = s.discarding ?? 'edit';
      if (!a.yes) return { ...s, mode: from, discarding: undefined };
      const base = { ...s, mode: 'list' as const, discarding: undefined };
      if (from === 'form') return { ...base, form: s.formFrom };
      return { ...base, draftText: '', draftFrom: '', editError: undefined };
    }
    case 'flash':
      return { ...s, flash: a.text };
  }
}
