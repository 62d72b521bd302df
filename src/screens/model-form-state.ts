// The model form's state machine: one reducer, every transition unit-tested without Ink
// (test/screens/model-form-state.test.ts). The screen only shows it and maps keys to actions.
import { applyPreset, presetName, PRESETS } from '../bedrock/presets.js';
import { t } from '../i18n/index.js';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
import { REASONING_EFFORTS } from '../models/catalog-types.js';
import type { TestResult } from '../store/schema.js';
import { cycle } from '../components/select-rows.js';
import { AUTH_TYPES, formFields, refitParams, TEXT_FIELDS, type FormField, type ModelDraft } from './model-draft.js';

/** `conflict`: Save found the model changed, renamed or removed elsewhere; the edit is kept. */
export type FormOverlay = 'none' | 'catalog' | 'region' | 'test' | 'discard' | 'conflict';

/** How Save writes: over the model as opened, or as a new one (add, duplicate, "save as new"). */
export type SaveAs = 'update' | 'add';

export interface ModelFormState {
  /** What the form opened with: leaving with anything else asks first. */
  initial: ModelDraft;
  draft: ModelDraft;
  advanced: boolean;
  focus: FormField;
  /** Fields the user has been in: their problems are shown. */
  touched: readonly FormField[];
  overlay: FormOverlay;
  flash: string;
  lastTest?: TestResult;
  /** Save (or test) was tried: every problem is shown. */
  saveTried: boolean;
  /** A slider is taking a typed number: Enter and Esc are its own. */
  sliderTyping: boolean;
  /** The model id the parameters were last fitted to: a typed id is fitted when the field is left. */
  fittedFor: string;
  saveAs: SaveAs;
  /** A save is on its way (it may wait for a lock): a second Save is not sent meanwhile. */
  saving: boolean;
  /** The store refused the name (taken meanwhile): shown on the Name field until it is edited. */
  nameError?: string;
}

export type ModelFormAction =
  | { type: 'edit'; patch: Partial<ModelDraft> }
  | { type: 'move'; delta: number }
  | { type: 'toggle-advanced' }
  | { type: 'cycle-auth'; delta: number }
  | { type: 'cycle-region'; delta: number }
  /** gpt-oss reasoning effort: not set → low → medium → high. */
  | { type: 'cycle-effort'; delta: number }
  | { type: 'pick-model'; modelId: string }
  | { type: 'pick-region'; region: string }
  | { type: 'preset'; key: string; modelName: string }
  | { type: 'open'; overlay: Exclude<FormOverlay, 'none' | 'discard'> }
  | { type: 'close' }
  /** Esc: leaves at once when nothing changed (the screen checks `isDirty`), else asks. */
  | { type: 'ask-discard' }
  | { type: 'refused'; message: string }
  | { type: 'tested'; result: TestResult }
  | { type: 'use-profile'; profileId: string }
  | { type: 'after-test-save' }
  | { type: 'slider-typing'; on: boolean }
  | { type: 'saving' }
  /** The write did not go through: `conflict` offers save-as-new, `name` marks the Name field, `other` is a line. */
  | { type: 'save-failed'; kind: 'conflict' | 'name' | 'other'; message: string }
  /** "Save as new": the edit keeps everything but takes a free name, and is added rather than updated. */
  | { type: 'as-new'; name: string };

export function initialFormState(draft: ModelDraft, opts: { advanced: boolean; lastTest?: TestResult; saveAs?: SaveAs }): ModelFormState {
  return {
    saveAs: opts.saveAs ?? 'add',
    saving: false,
    initial: draft,
    draft,
    advanced: opts.advanced,
    focus: 'name',
    touched: [],
    overlay: 'none',
    flash: '',
    saveTried: false,
    sliderTyping: false,
    fittedFor: draft.modelId,
    ...(opts.lastTest ? { lastTest: opts.lastTest } : {}),
  };
}

const refit = (s: ModelFormState): ModelFormState => ({
  ...s,
  draft: { ...s.draft, params: refitParams(s.draft.params, s.draft.modelId) },
  fittedFor: s.draft.modelId,
});

export const isDirty = (s: ModelFormState): boolean => JSON.stringify(s.draft) !== JSON.stringify(s.initial);
export const fieldsOf = (s: ModelFormState): FormField[] => formFields(s.draft, s.advanced);
export const onTextField = (s: ModelFormState): boolean => TEXT_FIELDS.has(s.focus);
const touch = (s: ModelFormState, f: FormField): readonly FormField[] => (s.touched.includes(f) ? s.touched : [...s.touched, f]);

export function modelFormReducer(s: ModelFormState, a: ModelFormAction): ModelFormState {
  switch (a.type) {
    case 'edit': {
      const { nameError: _gone, ...rest } = s;
      return { ...('name' in a.patch ? rest : s), draft: { ...s.draft, ...a.patch }, touched: touch(s, s.focus), flash: '' };
    }
    case 'move': {
      const fields = fieldsOf(s);
      const i = Math.max(0, fields.indexOf(s.focus));
      const next = fields[(((i + a.delta) % fields.length) + fields.length) % fields.length] ?? 'name';
      // Leaving a model id typed by hand: the parameters follow the new model, as when picked.
      const fitted = s.focus === 'modelId' && s.draft.modelId !== s.fittedFor ? refit(s) : s;
      return { ...fitted, focus: next, touched: touch(s, s.focus) };
    }
    case 'toggle-advanced':
      return { ...s, advanced: !s.advanced };
    case 'cycle-auth': {
      const next = cycle(
        AUTH_TYPES.map((x) => x.type),
        s.draft.authType,
        a.delta,
      );
      return modelFormReducer(s, { type: 'edit', patch: { authType: next } });
    }
    case 'cycle-region': {
      const ids = BEDROCK_REGIONS.map((r) => r.id);
      const next = cycle(ids.includes(s.draft.region) ? ids : [s.draft.region, ...ids], s.draft.region, a.delta);
      return modelFormReducer(s, { type: 'edit', patch: { region: next } });
    }
    case 'cycle-effort': {
      const next = cycle(['off', ...REASONING_EFFORTS] as const, s.draft.params.reasoningEffort ?? 'off', a.delta);
      const { reasoningEffort: _old, ...rest } = s.draft.params;
      return modelFormReducer(s, { type: 'edit', patch: { params: next === 'off' ? rest : { ...rest, reasoningEffort: next } } });
    }
    case 'pick-model':
      return {
        ...s,
        draft: { ...s.draft, modelId: a.modelId, params: refitParams(s.draft.params, a.modelId) },
        fittedFor: a.modelId,
        touched: touch(s, 'modelId'),
        overlay: 'none',
        flash: '',
      };
    case 'pick-region':
      return { ...s, draft: { ...s.draft, region: a.region }, touched: touch(s, 'region'), overlay: 'none', flash: '' };
    case 'preset': {
      const preset = PRESETS.find((p) => p.key === a.key);
      if (!preset) return s;
      return {
        ...s,
        draft: { ...s.draft, params: applyPreset(preset, s.draft.modelId, s.draft.params) },
        flash: t('models.form.presetApplied', { name: presetName(preset), model: a.modelName }),
      };
    }
    case 'open':
      return { ...s, overlay: a.overlay };
    case 'close':
      return { ...s, overlay: 'none' };
    case 'ask-discard':
      return { ...s, overlay: 'discard' };
    case 'refused':
      return { ...s, saveTried: true, flash: a.message };
    case 'tested':
      return { ...s, lastTest: a.result };
    case 'use-profile':
      return { ...s, draft: { ...s.draft, modelId: a.profileId }, fittedFor: a.profileId, flash: t('models.form.modelIdSet', { id: a.profileId }), overlay: 'none' };
    case 'after-test-save':
      return { ...s, overlay: 'none', focus: 'save' };
    case 'slider-typing':
      return s.sliderTyping === a.on ? s : { ...s, sliderTyping: a.on };
    case 'saving':
      return { ...s, saving: true, flash: t('models.form.saving') };
    case 'save-failed':
      if (a.kind === 'conflict') return { ...s, saving: false, overlay: 'conflict', flash: a.message };
      if (a.kind === 'name') return { ...s, saving: false, overlay: 'none', focus: 'name', saveTried: true, nameError: a.message, flash: '' };
      return { ...s, saving: false, overlay: 'none', flash: a.message };
    case 'as-new':
      return { ...s, draft: { ...s.draft, name: a.name }, saveAs: 'add', overlay: 'none', flash: '' };
  }
}
