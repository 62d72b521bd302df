// Models › Add / Edit › Amazon Bedrock (seed §2.4): the basic form and the collapsible advanced
// panel, validated as you type by the same schema the CLI uses; Save stays refused while invalid.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FAMILY_NAMES, findModel, formatTokens, rulesFor } from '../bedrock/catalog.js';
import { applyPreset, PRESETS } from '../bedrock/presets.js';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { Slider } from '../components/Slider.js';
import { TextField } from '../components/TextField.js';
import type { StreamResult } from '../hooks/useStream.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig, TestResult } from '../store/schema.js';
import { CatalogPicker } from './CatalogPicker.js';
import {
  AUTH_TYPES,
  draftFromConfig,
  emptyDraft,
  fieldOfProblem,
  formFields,
  refitParams,
  TEXT_FIELDS,
  validateDraft,
  type FormField,
  type ModelDraft,
} from './model-draft.js';
import { RegionPicker } from './RegionPicker.js';
import { TestConnection, testResultOf } from './TestConnection.js';
import { useKeys } from '../hooks/useKeys.js';

const LABEL_WIDTH = 12;

export interface ModelFormProps {
  mode: 'add' | 'edit' | 'duplicate';
  /** The configuration edited or duplicated. */
  name?: string;
}

type Overlay = 'none' | 'catalog' | 'region' | 'test' | 'discard';

export function ModelForm({ mode, name }: ModelFormProps): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const original = name ? services.store.getModel(name) : undefined;
  const initial = useMemo<ModelDraft>(() => {
    if (!original) return emptyDraft(services.env);
    const d = draftFromConfig(original);
    return mode === 'duplicate' ? { ...d, name: `${d.name} copy` } : d;
  }, []);
  const [draft, setDraft] = useState<ModelDraft>(initial);
  const [advanced, setAdvanced] = useState(mode !== 'add');
  const [focus, setFocus] = useState<FormField>('name');
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [flash, setFlash] = useState<string>('');
  const [lastTest, setLastTest] = useState<TestResult | undefined>(mode === 'edit' ? original?.lastTest : undefined);
  const [saveTried, setSaveTried] = useState(false);
  // While a slider takes a typed number, Enter and Esc are the slider's.
  const [sliderTyping, setSliderTyping] = useState(false);

  const fields = formFields(draft, advanced);
  const rules = rulesFor(draft.modelId);
  const createdAt = mode === 'edit' && original ? original.createdAt : new Date().toISOString();
  const validation = validateDraft(draft, createdAt);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const problems = new Map<FormField, string>();
  if (!validation.ok) for (const p of validation.problems) if (!problems.has(fieldOfProblem(p.field))) problems.set(fieldOfProblem(p.field), p.message);
  const nameTaken =
    draft.name.trim() !== '' &&
    (mode !== 'edit' || draft.name.trim().toLowerCase() !== name?.toLowerCase()) &&
    services.store.getModel(draft.name.trim()) !== undefined;
  if (nameTaken && !problems.has('name')) problems.set('name', `a model named '${draft.name.trim()}' already exists`);
  const canSave = validation.ok && !nameTaken;
  const showError = (f: FormField): string | undefined => (touched.has(f) || saveTried ? problems.get(f) : undefined);

  useEffect(() => {
    nav.setTyping(TEXT_FIELDS.has(focus) && overlay === 'none');
    nav.setHints(
      overlay !== 'none'
        ? []
        : [
            { keys: 'Tab/↑↓', action: 'field' },
            { keys: '←→', action: 'change' },
            { keys: 'Enter', action: 'open/next' },
            ...(advanced
              ? [
                  { keys: 'x', action: 'clear an optional slider' },
                  { keys: 'PgUp/PgDn', action: 'big step' },
                  ...PRESETS.map((p) => ({ keys: p.key, action: `preset: ${p.name} (${p.nameZh})` })),
                ]
              : []),
          ],
    );
  }, [focus, overlay, advanced, nav.setHints, nav.setTyping]);

  const update = (patch: Partial<ModelDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((t) => new Set(t).add(focus));
    setFlash('');
  };
  const move = (delta: number): void => {
    const i = fields.indexOf(focus);
    const next = fields[(i + delta + fields.length) % fields.length] ?? 'name';
    setTouched((t) => new Set(t).add(focus));
    setFocus(next);
  };

  const configToSave = (): ModelConfig | undefined => {
    if (!validation.ok) return undefined;
    return { ...validation.config, ...(lastTest ? { lastTest } : {}) };
  };

  const save = (): void => {
    setSaveTried(true);
    const config = configToSave();
    if (!config || !canSave) {
      setFlash(`Cannot save yet: ${problems.size} problem${problems.size === 1 ? '' : 's'} to fix.`);
      return;
    }
    if (mode === 'edit' && name) services.store.updateModel(name, config);
    else services.store.addModel(config);
    nav.back();
  };

  const onTestResult = (result: StreamResult): void => setLastTest(testResultOf(result));

  useKeys(
    (input, key) => {
      if (key.escape) {
        if (dirty) setOverlay('discard');
        else nav.back();
        return;
      }
      if (key.tab) return move(key.shift ? -1 : 1);
      // Several Tabs can arrive in one read (fast typing, a slow link).
      if (/^\t+$/.test(input)) return move(input.length);
      if (key.downArrow) return move(1);
      if (key.upArrow) return move(-1);
      const onText = TEXT_FIELDS.has(focus);
      if (key.return) {
        if (focus === 'modelId') return setOverlay('catalog');
        if (focus === 'region') return setOverlay('region');
        if (focus === 'advanced') return setAdvanced((a) => !a);
        if (focus === 'test') {
          if (!validation.ok) {
            setSaveTried(true);
            setFlash('Fix the problems shown before testing.');
            return;
          }
          return setOverlay('test');
        }
        if (focus === 'save') return save();
        return move(1);
      }
      if (focus === 'auth' && (key.leftArrow || key.rightArrow)) {
        const i = AUTH_TYPES.findIndex((a) => a.type === draft.authType);
        const next = AUTH_TYPES[(i + (key.rightArrow ? 1 : -1) + AUTH_TYPES.length) % AUTH_TYPES.length]!;
        return update({ authType: next.type });
      }
      if (focus === 'region' && (key.leftArrow || key.rightArrow)) {
        const i = BEDROCK_REGIONS.findIndex((r) => r.id === draft.region);
        const next = BEDROCK_REGIONS[(i + (key.rightArrow ? 1 : -1) + BEDROCK_REGIONS.length) % BEDROCK_REGIONS.length]!;
        return update({ region: next.id });
      }
      if (advanced && !onText) {
        const preset = PRESETS.find((x) => x.key === input);
        if (preset) {
          setDraft((d) => ({ ...d, params: applyPreset(preset, d.modelId, d.params) }));
          setFlash(`Preset applied: ${preset.name} (fitted to ${rules.model?.name ?? 'this model'}).`);
        }
      }
    },
    { isActive: overlay === 'none' && !sliderTyping },
  );

  if (overlay === 'catalog') {
    return (
      <CatalogPicker
        initialQuery=""
        onPick={(modelId) => {
          setDraft((d) => ({ ...d, modelId, params: refitParams(d.params, modelId) }));
          setTouched((t) => new Set(t).add('modelId'));
          setOverlay('none');
        }}
        onCancel={() => setOverlay('none')}
      />
    );
  }
  if (overlay === 'region') {
    return (
      <RegionPicker
        current={draft.region}
        onPick={(region) => {
          update({ region });
          setOverlay('none');
        }}
        onCancel={() => setOverlay('none')}
      />
    );
  }

  const title = `Models › ${mode === 'edit' ? `Edit ${name}` : mode === 'duplicate' ? 'Duplicate' : 'Add'} › Amazon Bedrock`;
  const model = findModel(draft.modelId);
  const modelHint = model
    ? `${model.name} · ${formatTokens(model.maxOutput)} out${model.needsProfile ? ' · needs inference profile' : ''}`
    : 'not in the catalog: permissive rules';
  const p = draft.params;
  const field = (f: FormField, label: string, secret = false, placeholder?: string, hint?: string): ReactNode => (
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
      {field('modelId', 'Model', false, 'Enter picks from the catalog, or type an id/ARN', modelHint)}
      {field('endpoint', 'Endpoint', false, 'optional (VPC endpoint or proxy)')}
      <Text>
        {marker('advanced')}
        <Text bold>{advanced ? '▾ Advanced' : '▸ Advanced'}</Text>
        <Text dimColor>
          {advanced ? `  ${FAMILY_NAMES[rules.family]} rules · presets: ${PRESETS.map((x) => x.key).join(' ')} (? lists them)` : '  Enter opens'}
        </Text>
      </Text>
      {advanced ? (
        <>
          <Slider
            label="temperature"
            value={p.temperature}
            {...rules.temperature}
            optional={rules.noTemperatureWithTopP}
            focused={focus === 'temperature'}
            onChange={(v) => update({ params: withParam(p, 'temperature', v) })}
            onEditingChange={setSliderTyping}
            labelWidth={LABEL_WIDTH}
          />
          <Slider
            label="max_tokens"
            value={p.maxTokens}
            {...rules.maxTokens}
            focused={focus === 'maxTokens'}
            onChange={(v) => update({ params: withParam(p, 'maxTokens', v) })}
            onEditingChange={setSliderTyping}
            labelWidth={LABEL_WIDTH}
          />
          {rules.topP ? (
            <Slider
              label="top_p"
              value={p.topP}
              {...rules.topP}
              optional
              focused={focus === 'topP'}
              onChange={(v) => update({ params: withParam(p, 'topP', v) })}
            onEditingChange={setSliderTyping}
              labelWidth={LABEL_WIDTH}
            />
          ) : null}
          {rules.topK ? (
            <Slider
              label="top_k"
              value={p.topK}
              {...rules.topK}
              optional
              focused={focus === 'topK'}
              onChange={(v) => update({ params: withParam(p, 'topK', v) })}
            onEditingChange={setSliderTyping}
              labelWidth={LABEL_WIDTH}
            />
          ) : null}
          {(['temperature', 'topP', 'topK', 'maxTokens'] as const).map((f) =>
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
      {validation.ok && validation.notices.length > 0 ? <Text color="yellow">! {validation.notices[0]}</Text> : null}
      {flash ? <Text color="yellow">{flash}</Text> : null}
      {overlay === 'test' && validation.ok ? (
        <TestConnection
          config={validation.config}
          onResult={onTestResult}
          onClose={() => setOverlay('none')}
          onUseProfile={(profileId) => {
            setDraft((d) => ({ ...d, modelId: profileId }));
            setFlash(`Model id set to ${profileId}.`);
            setOverlay('none');
          }}
          onSave={() => {
            setOverlay('none');
            setFocus('save');
          }}
        />
      ) : null}
      {overlay === 'discard' ? (
        <ConfirmDialog
          question="Discard your changes?"
          onAnswer={(yes) => {
            setOverlay('none');
            if (yes) nav.back();
          }}
        />
      ) : null}
    </Box>
  );
}

function withParam(params: ModelConfig['params'], key: 'temperature' | 'maxTokens' | 'topP' | 'topK', value: number | undefined): ModelConfig['params'] {
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

