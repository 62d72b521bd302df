// Models › Add / Edit › Amazon Bedrock (seed §2.4): the basic form and the collapsible advanced
// panel, validated as you type by the same schema the CLI uses; Save stays refused while invalid.
import { Box, Text } from 'ink';
import { useEffect, useReducer, useState, type ReactNode } from 'react';
import { FAMILY_NAMES, findModel, formatTokens, rulesFor, TEMPERATURE_RANGE_NOTE } from '../bedrock/catalog.js';
import { REASONING_EFFORTS } from '../models/catalog-types.js';
import { PRESETS } from '../bedrock/presets.js';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
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
import { TestConnection, testResultOf } from './TestConnection.js';

const LABEL_WIDTH = 12;

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

export function ModelForm({ mode, name }: ModelFormProps): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  // Read once: the form re-renders on every key.
  const [original] = useState(() => (name ? services.store.getModel(name) : undefined));
  const [state, dispatch] = useReducer(modelFormReducer, undefined, () => {
    let draft = emptyDraft(services.env);
    if (original) {
      const d = draftFromConfig(original);
      draft = mode === 'duplicate' ? { ...d, name: `${d.name} copy` } : d;
    }
    return initialFormState(draft, { advanced: mode !== 'add', lastTest: mode === 'edit' ? original?.lastTest : undefined });
  });
  const { draft, advanced, focus, overlay, flash, lastTest, saveTried, sliderTyping } = state;
  const [takenNames] = useState(() => new Set(services.store.listModels().map((m) => m.name.toLowerCase())));

  const rules = rulesFor(draft.modelId);
  const [createdAt] = useState(() => (mode === 'edit' && original ? original.createdAt : new Date().toISOString()));
  const validation = validateDraft(draft, createdAt);
  const dirty = isDirty(state);
  const problems = new Map<FormField, string>();
  if (!validation.ok) for (const p of validation.problems) if (!problems.has(fieldOfProblem(p.field))) problems.set(fieldOfProblem(p.field), p.message);
  const nameTaken =
    draft.name.trim() !== '' &&
    (mode !== 'edit' || draft.name.trim().toLowerCase() !== name?.toLowerCase()) &&
    takenNames.has(draft.name.trim().toLowerCase());
  if (nameTaken && !problems.has('name')) problems.set('name', `a model named '${draft.name.trim()}' already exists`);
  const canSave = validation.ok && !nameTaken;
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

  const save = (): void => {
    if (!validation.ok || !canSave) {
      dispatch({ type: 'refused', message: `Cannot save yet: ${problems.size} problem${problems.size === 1 ? '' : 's'} to fix.` });
      return;
    }
    const config: ModelConfig = { ...validation.config, ...(lastTest ? { lastTest } : {}) };
    if (mode === 'edit' && name) services.store.updateModel(name, config);
    else services.store.addModel(config);
    nav.back();
  };

  const enterAction =
    focus === 'modelId' ? 'pick a model' : focus === 'region' ? 'pick a region' : focus === 'advanced' ? (advanced ? 'close advanced' : 'open advanced') : focus === 'test' ? 'test connection' : focus === 'save' ? 'save' : 'next field';
  const bindings: Binding<Handler>[] = [
    { on: ['tab', 'shift+tab', 'down', 'up'], keys: 'Tab/↑↓', action: 'field', handler: 'move' },
    { on: ['enter'], keys: 'Enter', action: enterAction, handler: 'enter' },
    {
      on: ['left', 'right'],
      keys: '←→',
      action: focus === 'auth' ? 'auth type' : focus === 'region' ? 'region' : 'reasoning effort',
      handler: 'change',
      when: focus === 'auth' || focus === 'region' || focus === 'reasoningEffort',
    },
    { on: ['left', 'right'], keys: '←→', action: 'step', by: 'slider', when: onSlider },
    { on: ['pageup', 'pagedown', 'shift+left', 'shift+right'], keys: 'PgUp/PgDn', action: 'big step', by: 'slider', when: onSlider },
    { on: ['x'], keys: 'x', action: 'clear (not sent)', by: 'slider', when: onSlider && clearable },
    ...PRESETS.map((p): Binding<Handler> => ({ on: [p.key], keys: p.key, action: `preset: ${p.name} (${p.nameZh})`, handler: 'preset', when: advanced && !onText, hint: false })),
    { on: ['escape'], keys: 'Esc', action: dirty ? 'back (asks before dropping changes)' : 'back', handler: 'back', hint: false },
  ];
  useBindings(
    bindings,
    {
      move: ({ name: k }) => dispatch({ type: 'move', delta: k === 'up' || k === 'shift+tab' ? -1 : 1 }),
      change: ({ name: k }) =>
        dispatch({ type: focus === 'auth' ? 'cycle-auth' : focus === 'region' ? 'cycle-region' : 'cycle-effort', delta: k === 'right' ? 1 : -1 }),
      preset: ({ input }) => dispatch({ type: 'preset', key: input, modelName: rules.model?.name ?? 'this model' }),
      back: () => (dirty ? dispatch({ type: 'ask-discard' }) : nav.back()),
      enter: () => {
        if (focus === 'modelId') return dispatch({ type: 'open', overlay: 'catalog' });
        if (focus === 'region') return dispatch({ type: 'open', overlay: 'region' });
        if (focus === 'advanced') return dispatch({ type: 'toggle-advanced' });
        if (focus === 'test') {
          if (!validation.ok) return dispatch({ type: 'refused', message: 'Fix the problems shown before testing.' });
          return dispatch({ type: 'open', overlay: 'test' });
        }
        if (focus === 'save') return save();
        dispatch({ type: 'move', delta: 1 });
      },
    },
    { isActive: overlay === 'none' && !sliderTyping },
  );
  const update = (patch: Partial<ModelDraft>): void => dispatch({ type: 'edit', patch });

  if (overlay === 'catalog') {
    return <CatalogPicker initialQuery="" config={listingConfig(draft)} region={draft.region} onPick={(modelId) => dispatch({ type: 'pick-model', modelId })} onCancel={() => dispatch({ type: 'close' })} />;
  }
  if (overlay === 'region') {
    return <RegionPicker current={draft.region} onPick={(region) => dispatch({ type: 'pick-region', region })} onCancel={() => dispatch({ type: 'close' })} />;
  }

  const title = `Models › ${mode === 'edit' ? `Edit ${safeText(name ?? '', { oneLine: true })}` : mode === 'duplicate' ? 'Duplicate' : 'Add'} › Amazon Bedrock`;
  const model = findModel(draft.modelId);
  const modelHint = model
    ? `${model.name}${model.lifecycle === 'legacy' ? ' · Legacy' : model.lifecycle === 'eol' ? ' · end of life' : ''} · ${formatTokens(model.maxOutput)} out${model.needsProfile ? ' · needs inference profile' : ''}`
    : 'not in the catalog: only the parameters you set are sent';
  const p = draft.params;
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

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      {field('name', 'Name', false, 'e.g. Bedrock Claude 4.5 Sonnet')}
      <Text>
        {marker('auth')}
        <Text bold={focus === 'auth'}>{'Auth'.padEnd(LABEL_WIDTH)} </Text>
        {AUTH_TYPES.map((a) => (a.type === draft.authType ? `● ${a.label}   ` : `○ ${a.label}   `)).join('')}
      </Text>
      {draft.authType === 'apiKey' ? field('apiKey', 'API key', true, 'paste the Bedrock API key') : null}
      {draft.authType === 'iam' ? (
        <>
          {field('accessKeyId', 'Access key', true, 'AKIA…')}
          {field('secretAccessKey', 'Secret key', true)}
          {field('sessionToken', 'Session tok.', true, 'optional')}
        </>
      ) : null}
      {draft.authType === 'profile' ? field('profile', 'Profile', false, 'empty: default credential chain') : null}
      <Text>
        {marker('region')}
        <Text bold={focus === 'region'}>{'Region'.padEnd(LABEL_WIDTH)} </Text>
        {draft.region} ▾<Text dimColor> {BEDROCK_REGIONS.find((r) => r.id === draft.region)?.name ?? ''}</Text>
      </Text>
      {showError('region') ? <Text color="red">{`    ✗ ${showError('region')}`}</Text> : null}
      {field('modelId', 'Model', false, 'Enter picks from the catalog, or type an id/ARN', showError('modelId') ? undefined : modelHint, false)}
      {/* Wrapped, not cut: an end-of-life refusal ends with the replacement's id. */}
      {showError('modelId') ? <Text color="red" wrap="wrap">{`    ✗ ${safeText(showError('modelId') ?? '', { oneLine: true })}`}</Text> : null}
      {field('endpoint', 'Endpoint', false, 'optional (VPC endpoint or proxy)')}
      <Text>
        {marker('advanced')}
        <Text bold>{advanced ? '▾ Advanced' : '▸ Advanced'}</Text>
        <Text dimColor>
          {advanced
            ? thinkingOn
              ? `  ${FAMILY_NAMES[rules.family]} rules · thinking on: temperature, top_p, top_k not sent`
              : `  ${FAMILY_NAMES[rules.family]} rules · presets: ${PRESETS.map((x) => x.key).join(' ')} (? lists them)`
            : '  Enter opens'}
        </Text>
      </Text>
      {/* While a test runs its panel takes the advanced fields' rows (the form must fit 24 rows). */}
      {advanced && overlay !== 'test' ? (
        <>
          {rules.sampling === 'none' ? (
            <Text dimColor wrap="truncate-end">{`  ${safeText(rules.model?.name ?? 'This model', { oneLine: true })} takes no temperature, top_p or top_k`}</Text>
          ) : (
            <Slider
              label="temperature"
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
            <Text dimColor wrap="wrap">{`${' '.repeat(LABEL_WIDTH + 3)}${TEMPERATURE_RANGE_NOTE}`}</Text>
          ) : null}
          <Slider
            label="max_tokens"
            value={p.maxTokens}
            {...rules.maxTokens}
            focused={focus === 'maxTokens'}
            onChange={(v) => update({ params: withParam(p, 'maxTokens', v) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
            labelWidth={LABEL_WIDTH}
          />
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
          {rules.reasoning === 'claude-budget' ? (
            <Slider
              label="thinking"
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
          {rules.reasoning === 'effort' ? (
            <Text>
              {marker('reasoningEffort')}
              <Text bold={focus === 'reasoningEffort'}>{'reasoning'.padEnd(LABEL_WIDTH)} </Text>
              {(['off', ...REASONING_EFFORTS] as const).map((e) => `${(p.reasoningEffort ?? 'off') === e ? '●' : '○'} ${e}  `).join('')}
              <Text dimColor>{focus === 'reasoningEffort' ? '←→' : ''}</Text>
            </Text>
          ) : null}
          <Slider
            label="deadline s"
            value={p.replyDeadlineMs === undefined ? undefined : p.replyDeadlineMs / 1000}
            {...DEADLINE_RANGE}
            recommended={300}
            optional
            focused={focus === 'replyDeadlineMs'}
            onChange={(v) => update({ params: withParam(p, 'replyDeadlineMs', v === undefined ? undefined : Math.round(v * 1000)) })}
            onEditingChange={(on) => dispatch({ type: 'slider-typing', on })}
            labelWidth={LABEL_WIDTH}
          />
          {(['temperature', 'topP', 'topK', 'maxTokens', 'reasoningBudget', 'reasoningEffort', 'replyDeadlineMs'] as const).map((f) =>
            showError(f) ? <Text key={`e-${f}`} color="red">{`    ✗ ${showError(f)}`}</Text> : null,
          )}
          {field('stopSequences', 'stop', false, `comma-separated, at most ${rules.maxStopSequences}`)}
          {field('guardrailId', 'guardrail id', false, 'optional')}
          {field('guardrailVersion', 'guardrail v.', false, 'optional, e.g. 1')}
        </>
      ) : null}
      <Text>
        {marker('test')}
        <Text inverse={focus === 'test'}>[ Test connection ]</Text>
        {'   '}
        <Text inverse={focus === 'save'} dimColor={!canSave}>
          [ Save ]
        </Text>
        {lastTest ? <Text color={lastTest.ok ? 'green' : 'red'}>{lastTest.ok ? '  ✓ tested' : '  ✗ test failed'}</Text> : null}
        {!canSave && focus === 'save' ? <Text dimColor> fix the marked fields first</Text> : null}
      </Text>
      {/* The temperature note stands in for the notices while it shows: the form must fit 24 rows. */}
      {validation.ok && focus !== 'temperature'
        ? validation.notices.slice(0, 2).map((n) => (
            <Text key={n} color="yellow" wrap="wrap">
              ! {safeText(n, { oneLine: true })}
            </Text>
          ))
        : null}
      {flash ? <Text color="yellow">{flash}</Text> : null}
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
          question="Discard your changes?"
          onAnswer={(yes) => (yes ? nav.back() : dispatch({ type: 'close' }))}
        />
      ) : null}
    </Box>
  );
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

