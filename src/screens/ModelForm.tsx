// Models › Add / Edit › Amazon Bedrock (seed §2.4): the basic form and the collapsible advanced
// panel, validated as you type by the same schema the CLI uses; Save stays refused while invalid.
// Save goes through the app layer: an edit is written over the model as it was opened (`base`), so
// a model changed, renamed or removed by another mockview meanwhile is a conflict with the edit kept
// (save as new, or go back); a lock held too long is a line and Save again; a taken name marks Name.
import { Box, Text } from 'ink';
import { useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import type { WriteResult } from '../app/results.js';
import { failureLine, findModel as findStored, usableModels } from '../app/screen-data.js';
import { useModels, useRepositories } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { FAMILY_NAMES, findModel, formatTokens, rulesFor } from '../bedrock/catalog.js';
import { REASONING_EFFORTS } from '../models/catalog-types.js';
import { presetName, PRESETS } from '../bedrock/presets.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { Slider } from '../components/Slider.js';
import { PlainField } from '../components/PlainField.js';
import { TextField } from '../components/TextField.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import type { StreamResult } from '../hooks/useStream.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig } from '../store/schema.js';
import { initialFormState, isDirty, modelFormReducer, onTextField } from './model-form-state.js';
import { CatalogPicker } from './CatalogPicker.js';
import {
  AUTH_TYPES,
  budgetMax,
  DEADLINE_RANGE,
  draftFromConfig,
  emptyDraft,
  fieldOfProblem,
  listingConfig,
  REASONING_BUDGET_MIN,
  validateDraft,
  type FormField,
  type ModelDraft,
} from './model-draft.js';
import { RegionPicker } from './RegionPicker.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { regionName } from '../models/region-names.js';
import { cell } from '../components/cells.js';
import { localTime } from '../i18n/time.js';
import { TestConnection, testResultOf } from './TestConnection.js';

const LABEL_WIDTH = 12;

/** The sampling parameters as the form names them: temperature by its label, top_p and top_k by their API names. */
const SAMPLING_NAMES = (): { temperature: string; topP: string; topK: string } => ({
  temperature: t('models.form.labels.temperature'),
  topP: 'top_p',
  topK: 'top_k',
});

export interface ModelFormProps {
  mode: 'add' | 'edit' | 'duplicate';
  /** The configuration edited or duplicated. */
  name?: string;
}

const SLIDERS = new Set<FormField>(['temperature', 'maxTokens', 'topP', 'topK', 'reasoningBudget', 'replyDeadlineMs']);
/** Sliders whose value may be left unset (x clears it: not sent). */
const CLEARABLE = new Set<FormField>(['topP', 'topK', 'reasoningBudget', 'replyDeadlineMs']);
const PLAIN = new Set<FormField>(['name', 'profile', 'modelId', 'endpoint', 'stopSequences', 'guardrailId', 'guardrailVersion']);

type Handler = 'move' | 'change' | 'enter' | 'preset' | 'back';
type ConflictHandler = 'asNew' | 'leave';

/** One line for a save that lost a race with another mockview (or `mockview models remove`). */
function conflictLine(name: string, result: Extract<WriteResult<void, ModelConfig>, { ok: false }>): string {
  return result.reason === 'conflict' ? t('models.form.changedElsewhere', { name }) : t('models.form.removedElsewhere', { name });
}

export function ModelForm({ mode, name }: ModelFormProps): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const services = useServices();
  const repositories = useRepositories();
  // The models as they are now (cached; follows other processes' writes), for the taken names.
  const stored = usableModels(useModels());
  // The model as opened: an edit is saved over exactly this (`base`), or refused as a conflict.
  const [original] = useState(() => (name ? findStored(usableModels(repositories.models.getSnapshot()), name) : undefined));
  const [state, dispatch] = useReducer(modelFormReducer, undefined, () => {
    let draft = emptyDraft(services.env);
    if (original) {
      const d = draftFromConfig(original);
      draft = mode === 'duplicate' ? { ...d, name: t('models.form.copyName', { name: d.name }) } : d;
    }
    const state = initialFormState(draft, {
      advanced: mode !== 'add',
      lastTest: mode === 'edit' ? original?.lastTest : undefined,
      saveAs: mode === 'edit' && original ? 'update' : 'add',
    });
    // Gone between the list and this form (another mockview): say so; Save adds it as new.
    return name && !original ? { ...state, flash: t('models.form.noLonger', { name }) } : state;
  });
  const { draft, advanced, focus, overlay, flash, lastTest, saveTried, sliderTyping, saving, saveAs } = state;
  const takenNames = new Set(stored.models.map((m) => m.name.trim().toLowerCase()));
  // Still there under its name? If not, Save will offer to save the edit as new.
  const goneElsewhere = !stored.damaged && saveAs === 'update' && original !== undefined && !findStored(stored, original.name);
  /** A name no stored model has, or undefined while config.json cannot be read. */
  const freeName = (wanted: string): string | undefined => {
    try {
      return repositories.models.freeName(wanted);
    } catch {
      return undefined;
    }
  };
  // A save's result may arrive after the user left (Esc is refused while saving, but unmounts happen).
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const rules = rulesFor(draft.modelId);
  const [createdAt] = useState(() => (mode === 'edit' && original ? original.createdAt : new Date().toISOString()));
  const validation = validateDraft(draft, createdAt);
  const dirty = isDirty(state);
  const problems = new Map<FormField, string>();
  if (!validation.ok) for (const p of validation.problems) if (!problems.has(fieldOfProblem(p.field))) problems.set(fieldOfProblem(p.field), p.message);
  const nameTaken =
    draft.name.trim() !== '' &&
    (saveAs !== 'update' || draft.name.trim().toLowerCase() !== original?.name.trim().toLowerCase()) &&
    takenNames.has(draft.name.trim().toLowerCase());
  if (nameTaken && !problems.has('name')) problems.set('name', t('models.form.nameTaken', { name: draft.name.trim() }));
  if (state.nameError && !problems.has('name')) problems.set('name', state.nameError);
  const canSave = validation.ok && !nameTaken && !state.nameError;
  const showError = (f: FormField): string | undefined => (state.touched.includes(f) || saveTried ? problems.get(f) : undefined);
  const onText = onTextField(state);
  const onSlider = SLIDERS.has(focus);
  // An unknown id sends only what the user sets, so its temperature may be cleared too.
  const temperatureOptional = rules.noTemperatureWithTopP || rules.model === undefined;
  const clearable = CLEARABLE.has(focus) || (focus === 'temperature' && temperatureOptional);

  const { setTyping } = nav;
  useEffect(() => {
    setTyping(onText && overlay === 'none');
  }, [onText, overlay, setTyping]);

  /** Writes without blocking: a busy lock shows as the activity line and keys keep working. */
  const write = async (edit: ModelConfig, how: 'update' | 'add'): Promise<void> => {
    dispatch({ type: 'saving' });
    const result = how === 'update' && original ? await repositories.models.update(original, edit) : await repositories.models.add(edit);
    if (!mounted.current) return;
    if (result.ok) return nav.back();
    if (how === 'update' && (result.reason === 'conflict' || result.reason === 'not-found')) {
      return dispatch({ type: 'save-failed', kind: 'conflict', message: conflictLine(original?.name ?? edit.name, result) });
    }
    if (result.reason === 'exists') return dispatch({ type: 'save-failed', kind: 'name', message: t('models.form.nameTaken', { name: edit.name }) });
    // The store's line says what happened (a lock: which file, and to try again); the form adds that nothing typed is lost.
    dispatch({ type: 'save-failed', kind: 'other', message: t('models.form.editKept', { line: failureLine(t('models.form.notSaved'), result) }) });
  };
  const edited = (): ModelConfig | undefined => (validation.ok ? { ...validation.config, ...(lastTest ? { lastTest } : {}) } : undefined);
  const save = (): void => {
    if (saving) return;
    const edit = edited();
    if (!edit || !canSave) {
      dispatch({ type: 'refused', message: t('models.form.cannotSave', { count: problems.size }) });
      return;
    }
    void write(edit, saveAs);
  };
  const saveAsNew = (): void => {
    const edit = edited();
    if (!edit || saving) return;
    const free = freeName(edit.name);
    if (!free) return dispatch({ type: 'save-failed', kind: 'other', message: t('models.form.notSavedBecause', { why: stored.damaged ?? t('models.form.cannotRead', { file: 'config.json' }) }) });
    dispatch({ type: 'as-new', name: free });
    void write({ ...edit, name: free }, 'add');
  };

  const enterAction =
    focus === 'modelId'
      ? t('models.form.enter.pickModel')
      : focus === 'region'
        ? t('models.form.enter.pickRegion')
        : focus === 'advanced'
          ? advanced
            ? t('models.form.enter.closeAdvanced')
            : t('models.form.enter.openAdvanced')
          : focus === 'test'
            ? t('models.form.enter.test')
            : focus === 'save'
              ? t('models.form.enter.save')
              : t('models.form.enter.next');
  const bindings: Binding<Handler>[] = [
    { on: ['tab', 'shift+tab', 'down', 'up'], keys: 'Tab/↑↓', action: t('models.form.keys.field'), handler: 'move' },
    { on: ['enter'], keys: 'Enter', action: enterAction, handler: 'enter' },
    {
      on: ['left', 'right'],
      keys: '←→',
      action: focus === 'auth' ? t('models.form.keys.authType') : focus === 'region' ? t('models.form.keys.region') : t('models.form.keys.effort'),
      handler: 'change',
      when: focus === 'auth' || focus === 'region' || focus === 'reasoningEffort',
    },
    { on: ['left', 'right'], keys: '←→', action: t('models.form.keys.step'), by: 'slider', when: onSlider },
    { on: ['pageup', 'pagedown', 'shift+left', 'shift+right'], keys: 'PgUp/PgDn', action: t('models.form.keys.bigStep'), by: 'slider', when: onSlider },
    { on: ['x'], keys: 'x', action: t('models.form.keys.clear'), by: 'slider', when: onSlider && clearable },
    ...PRESETS.map((p): Binding<Handler> => ({ on: [p.key], keys: p.key, action: t('models.form.keys.preset', { name: presetName(p) }), handler: 'preset', when: advanced && !onText, hint: false })),
    { on: ['escape'], keys: 'Esc', action: dirty ? t('models.form.keys.backAsks') : t('models.form.keys.back'), handler: 'back', hint: false },
  ];
  useBindings(
    bindings,
    {
      move: ({ name: k }) => dispatch({ type: 'move', delta: k === 'up' || k === 'shift+tab' ? -1 : 1 }),
      change: ({ name: k }) =>
        dispatch({ type: focus === 'auth' ? 'cycle-auth' : focus === 'region' ? 'cycle-region' : 'cycle-effort', delta: k === 'right' ? 1 : -1 }),
      preset: ({ input }) => dispatch({ type: 'preset', key: input, modelName: rules.model?.name ?? t('models.form.thisModel') }),
      back: () =>
        saving ? dispatch({ type: 'refused', message: t('models.form.savingEsc') }) : dirty ? dispatch({ type: 'ask-discard' }) : nav.back(),
      enter: () => {
        if (focus === 'modelId') return dispatch({ type: 'open', overlay: 'catalog' });
        if (focus === 'region') return dispatch({ type: 'open', overlay: 'region' });
        if (focus === 'advanced') return dispatch({ type: 'toggle-advanced' });
        if (focus === 'test') {
          if (!validation.ok) return dispatch({ type: 'refused', message: t('models.form.fixBeforeTest') });
          return dispatch({ type: 'open', overlay: 'test' });
        }
        if (focus === 'save') return save();
        dispatch({ type: 'move', delta: 1 });
      },
    },
    { isActive: overlay === 'none' && !sliderTyping },
  );
  const conflictBindings: Binding<ConflictHandler>[] = [
    { on: ['n'], keys: 'n', action: t('models.form.keys.saveAsNew'), handler: 'asNew' },
    { on: ['escape'], keys: 'Esc', action: t('models.form.keys.goBack'), handler: 'leave' },
  ];
  useBindings(conflictBindings, { asNew: saveAsNew, leave: () => dispatch({ type: 'ask-discard' }) }, { isActive: overlay === 'conflict' && !saving });
  const update = (patch: Partial<ModelDraft>): void => dispatch({ type: 'edit', patch });

  if (overlay === 'catalog') {
    return <CatalogPicker initialQuery="" config={listingConfig(draft)} region={draft.region} onPick={(modelId) => dispatch({ type: 'pick-model', modelId })} onCancel={() => dispatch({ type: 'close' })} />;
  }
  if (overlay === 'region') {
    return <RegionPicker current={draft.region} onPick={(region) => dispatch({ type: 'pick-region', region })} onCancel={() => dispatch({ type: 'close' })} />;
  }

  const title = t('models.form.title', {
    what: mode === 'edit' ? t('models.form.edit', { name: safeText(name ?? '', { oneLine: true }) }) : mode === 'duplicate' ? t('models.form.duplicate') : t('models.form.add'),
  });
  const model = findModel(draft.modelId);
  const modelHint = model
    ? t('models.form.modelHint', {
        name: model.name,
        lifecycle: model.lifecycle === 'legacy' ? t('models.form.hintLegacy') : model.lifecycle === 'eol' ? t('models.form.hintEol') : '',
        tokens: formatTokens(model.maxOutput),
        profile: model.needsProfile ? t('models.form.hintNeedsProfile') : '',
      })
    : t('models.form.notInCatalog');
  const p = draft.params;
  const family = rules.family === 'unknown' ? t('models.form.unknownFamily') : FAMILY_NAMES[rules.family];
  // Claude extended thinking goes without sampling parameters: the request leaves them out (bedrock/params.ts).
  const thinkingOn = rules.reasoning === 'claude-budget' && p.reasoningBudget !== undefined;
  const field = (f: FormField, label: string, secret = false, placeholder?: string, hint?: string, inlineError = true): ReactNode =>
    PLAIN.has(f) && !secret ? (
      <PlainField
        key={f}
        label={label}
        value={fieldValue(draft, f)}
        onChange={(v) => update(setFieldValue(f, v))}
        focused={focus === f && overlay === 'none'}
        placeholder={placeholder}
        hint={hint}
        error={inlineError ? showError(f) : undefined}
        labelWidth={LABEL_WIDTH}
      />
    ) : (
    <TextField
      key={f}
      label={label}
      value={fieldValue(draft, f)}
      onChange={(v) => update(setFieldValue(f, v))}
      focused={focus === f && overlay === 'none'}
      secret={secret}
      placeholder={placeholder}
      hint={hint}
      error={showError(f)}
      labelWidth={LABEL_WIDTH}
    />
  );
  const marker = (f: FormField): string => (focus === f ? '› ' : '  ');
  // What the focused advanced setting does, in the seed guide's words (one row, in place of a second notice).
  const explain = (f: FormField): ReactNode =>
    focus === f && overlay === 'none' ? (
      <Text dimColor wrap="truncate-end">
        {`${' '.repeat(LABEL_WIDTH + 3)}${explanation(f)}`}
      </Text>
    ) : null;

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      {field('name', t('models.form.labels.name'), false, t('models.form.placeholders.name'))}
      <Text>
        {marker('auth')}
        <Text bold={focus === 'auth'}>{cell(t('models.form.labels.auth'), LABEL_WIDTH)} </Text>
        {AUTH_TYPES.map((a) => (a.type === draft.authType ? `● ${a.label()}   ` : `○ ${a.label()}   `)).join('')}
      </Text>
      {draft.authType === 'apiKey' ? field('apiKey', t('models.form.labels.apiKey'), true, t('models.form.placeholders.apiKey')) : null}
      {draft.authType === 'iam' ? (
        <>
          {field('accessKeyId', t('models.form.labels.accessKey'), true, 'AKIA…')}
          {field('secretAccessKey', t('models.form.labels.secretKey'), true)}
          {field('sessionToken', t('models.form.labels.sessionToken'), true, t('models.form.placeholders.optional'))}
        </>
      ) : null}
      {draft.authType === 'profile' ? field('profile', t('models.form.labels.profile'), false, t('models.form.placeholders.profile')) : null}
      <Text>
        {marker('region')}
        <Text bold={focus === 'region'}>{cell(t('models.form.labels.region'), LABEL_WIDTH)} </Text>
        {draft.region} ▾<Text dimColor> {regionName(draft.region)}</Text>
      </Text>
      {showError('region') ? <Text color="red">{`    ✗ ${showError('region')}`}</Text> : null}
      {field('modelId', t('models.form.labels.model'), false, t('models.form.placeholders.model'), showError('modelId') ? undefined : modelHint, false)}
      {/* Wrapped, not cut: an end-of-life refusal ends with the replacement's id. */}
      {showError('modelId') ? <Text color="red" wrap="wrap">{`    ✗ ${safeText(showError('modelId') ?? '', { oneLine: true })}`}</Text> : null}
      {field('endpoint', t('models.form.labels.endpoint'), false, t('models.form.placeholders.endpoint'))}
      <Text>
        {marker('advanced')}
        <Text bold>{advanced ? t('models.form.advancedOpen') : t('models.form.advancedClosed')}</Text>
        <Text dimColor>
          {advanced
            ? thinkingOn
              ? t('models.form.rulesThinking', { family, ...SAMPLING_NAMES() })
              : t('models.form.rulesPresets', { family, keys: PRESETS.map((x) => x.key).join(' ') })
            : t('models.form.enterOpens')}
        </Text>
      </Text>
      {/* While a test runs its panel takes the advanced fields' rows (the form must fit 24 rows). */}
      {advanced && overlay !== 'test' ? (
        <>
          {rules.sampling === 'none' ? (
            <Text dimColor wrap="truncate-end">{t('models.form.noSampling', { model: safeText(rules.model?.name ?? t('models.form.thisModelCap'), { oneLine: true }), ...SAMPLING_NAMES() })}</Text>
          ) : (
            <Slider
              label={t('models.form.labels.temperature')}
              value={p.temperature}
              {...rules.temperature}
              optional={temperatureOptional}
              focused={focus === 'temperature'}
              onChange={(v) => update({ params: withParam(p, 'temperature', v) })}
              onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
              labelWidth={LABEL_WIDTH}
            />
          )}
          {focus === 'temperature' ? (
            // In a box under the slider's track, so that a wrapped second line keeps the indent.
            <Box marginLeft={LABEL_WIDTH + 3}>
              <Text dimColor wrap="wrap">
                {t('models.form.temperatureNote')}
              </Text>
            </Box>
          ) : null}
          <Slider
            label={t('models.form.labels.maxTokens')}
            value={p.maxTokens}
            {...rules.maxTokens}
            focused={focus === 'maxTokens'}
            onChange={(v) => update({ params: withParam(p, 'maxTokens', v) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
            labelWidth={LABEL_WIDTH}
          />
          {explain('maxTokens')}
          {rules.topP && rules.sampling !== 'none' ? (
            <Slider
              label="top_p"
              value={p.topP}
              {...rules.topP}
              optional
              focused={focus === 'topP'}
              onChange={(v) => update({ params: withParam(p, 'topP', v) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
              labelWidth={LABEL_WIDTH}
            />
          ) : null}
          {explain('topP')}
          {rules.topK && rules.sampling !== 'none' ? (
            <Slider
              label="top_k"
              value={p.topK}
              {...rules.topK}
              optional
              focused={focus === 'topK'}
              onChange={(v) => update({ params: withParam(p, 'topK', v) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
              labelWidth={LABEL_WIDTH}
            />
          ) : null}
          {explain('topK')}
          {rules.reasoning === 'claude-budget' ? (
            <Slider
              label={t('models.form.labels.thinking')}
              value={p.reasoningBudget}
              min={REASONING_BUDGET_MIN}
              max={budgetMax(draft.modelId)}
              step={1024}
              recommended={4096}
              optional
              focused={focus === 'reasoningBudget'}
              onChange={(v) => update({ params: withParam(p, 'reasoningBudget', v) })}
              onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
              labelWidth={LABEL_WIDTH}
            />
          ) : null}
          {explain('reasoningBudget')}
          {rules.reasoning === 'effort' ? (
            <Text>
              {marker('reasoningEffort')}
              <Text bold={focus === 'reasoningEffort'}>{cell(t('models.form.labels.reasoning'), LABEL_WIDTH)} </Text>
              {(['off', ...REASONING_EFFORTS] as const).map((e) => `${(p.reasoningEffort ?? 'off') === e ? '●' : '○'} ${effortName(e)}  `).join('')}
              <Text dimColor>{focus === 'reasoningEffort' ? '←→' : ''}</Text>
            </Text>
          ) : null}
          {explain('reasoningEffort')}
          <Slider
            label={t('models.form.labels.deadline')}
            value={p.replyDeadlineMs === undefined ? undefined : p.replyDeadlineMs / 1000}
            {...DEADLINE_RANGE}
            recommended={300}
            optional
            focused={focus === 'replyDeadlineMs'}
            onChange={(v) => update({ params: withParam(p, 'replyDeadlineMs', v === undefined ? undefined : Math.round(v * 1000)) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
            labelWidth={LABEL_WIDTH}
          />
          {explain('replyDeadlineMs')}
          {(['temperature', 'topP', 'topK', 'maxTokens', 'reasoningBudget', 'reasoningEffort', 'replyDeadlineMs'] as const).map((f) =>
            showError(f) ? <Text key={`e-${f}`} color="red">{`    ✗ ${showError(f)}`}</Text> : null,
          )}
          {field('stopSequences', t('models.form.labels.stop'), false, t('models.form.placeholders.stop', { n: rules.maxStopSequences }))}
          {explain('stopSequences')}
          {field('guardrailId', t('models.form.labels.guardrailId'), false, t('models.form.placeholders.optional'))}
          {field('guardrailVersion', t('models.form.labels.guardrailVersion'), false, t('models.form.placeholders.guardrailVersion'))}
          {explain('guardrailId')}
          {explain('guardrailVersion')}
        </>
      ) : null}
      <Text>
        {marker('test')}
        <Text inverse={focus === 'test'}>{t('models.form.testButton')}</Text>
        {'   '}
        <Text inverse={focus === 'save'} dimColor={!canSave}>
          {t('models.form.saveButton')}
        </Text>
        {lastTest ? <Text color={lastTest.ok ? 'green' : 'red'}>{t(lastTest.ok ? 'models.form.tested' : 'models.form.testFailed', { when: localTime(lastTest.at) })}</Text> : null}
        {!canSave && focus === 'save' ? <Text dimColor>{t('models.form.fixFirst')}</Text> : null}
      </Text>
      {/* The temperature note stands in for the notices while it shows, an explanation for the second one: the form must fit 24 rows. */}
      {validation.ok && focus !== 'temperature'
        ? validation.notices.slice(0, EXPLAINED.has(focus) ? 1 : 2).map((n) => (
            <Text key={n} color="yellow" wrap="wrap">
              ! {safeText(n, { oneLine: true })}
            </Text>
          ))
        : null}
      {stored.damaged ? (
        <Text color="red" wrap="truncate-end">{t('models.form.damaged', { file: 'config.json', why: safeText(stored.damaged, { oneLine: true }) })}</Text>
      ) : null}
      {goneElsewhere && overlay !== 'conflict' ? (
        <Text color="yellow" wrap="truncate-end">{t('models.form.goneElsewhere', { name: safeText(original?.name ?? '', { oneLine: true }) })}</Text>
      ) : null}
      {flash ? (
        <Text color={overlay === 'conflict' || flash.startsWith('✗') ? 'red' : 'yellow'} wrap="wrap">
          {safeText(flash, { oneLine: true })}
        </Text>
      ) : null}
      {overlay === 'conflict' ? (
        <Text wrap="truncate-end">{t('models.form.conflictKeys', { name: safeText(freeName(draft.name) ?? draft.name, { oneLine: true }) })}</Text>
      ) : null}
      <ActivityLine />
      {overlay === 'test' && validation.ok ? (
        <TestConnection
          config={validation.config}
          onResult={(result: StreamResult) => dispatch({ type: 'tested', result: testResultOf(result) })}
          onClose={() => dispatch({ type: 'close' })}
          onUseProfile={(profileId) => dispatch({ type: 'use-profile', profileId })}
          onSave={() => dispatch({ type: 'after-test-save' })}
        />
      ) : null}
      {overlay === 'discard' ? (
        <ConfirmDialog
          question={t('models.form.discard')}
          onAnswer={(yes) => (yes ? nav.back() : dispatch({ type: 'close' }))}
        />
      ) : null}
    </Box>
  );
}

/** Settings explained under their row while focused (temperature has its range note instead). */
const EXPLAINED = new Set<FormField>(['maxTokens', 'topP', 'topK', 'reasoningBudget', 'reasoningEffort', 'replyDeadlineMs', 'stopSequences', 'guardrailId', 'guardrailVersion']);

function explanation(f: FormField): string {
  switch (f) {
    case 'maxTokens':
      return t('models.form.explain.maxTokens');
    case 'topP':
      return t('models.form.explain.topP', { temperature: t('models.form.labels.temperature') });
    case 'topK':
      return t('models.form.explain.topK');
    case 'reasoningBudget':
      return t('models.form.explain.thinking', { maxTokens: t('models.form.labels.maxTokens') });
    case 'reasoningEffort':
      return t('models.form.explain.effort');
    case 'replyDeadlineMs':
      return t('models.form.explain.deadline');
    case 'stopSequences':
      return t('models.form.explain.stop');
    case 'guardrailId':
    case 'guardrailVersion':
      return t('models.form.explain.guardrail');
    default:
      return '';
  }
}

/** A reasoning effort as the form shows it (the value sent stays low / medium / high). */
function effortName(e: 'off' | 'low' | 'medium' | 'high'): string {
  switch (e) {
    case 'off':
      return t('models.form.efforts.off');
    case 'low':
      return t('models.form.efforts.low');
    case 'medium':
      return t('models.form.efforts.medium');
    case 'high':
      return t('models.form.efforts.high');
  }
}

function withParam(
  params: ModelConfig['params'],
  key: 'temperature' | 'maxTokens' | 'topP' | 'topK' | 'reasoningBudget' | 'replyDeadlineMs',
  value: number | undefined,
): ModelConfig['params'] {
  const next = { ...params };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function fieldValue(d: ModelDraft, f: FormField): string {
  switch (f) {
    case 'stopSequences':
      return d.stopText;
    case 'name':
    case 'apiKey':
    case 'accessKeyId':
    case 'secretAccessKey':
    case 'sessionToken':
    case 'profile':
    case 'modelId':
    case 'endpoint':
    case 'guardrailId':
    case 'guardrailVersion':
      return d[f];
    default:
      return '';
  }
}

function setFieldValue(f: FormField, v: string): Partial<ModelDraft> {
  if (f === 'stopSequences') return { stopText: v };
  return { [f]: v } as Partial<ModelDraft>;
}

