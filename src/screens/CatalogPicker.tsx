// The model picker: what the form's credentials can call in its region, from Bedrock's own list
// APIs (through Services.listModels), merged with the built-in catalog and cached in the store.
// The built-in list shows at once and stays usable while Bedrock is asked; Ctrl+R asks again.
// A typed id that is not listed (an inference-profile id or ARN) can be used as it is.
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import { useEffect, useState, type ReactNode } from 'react';
import { builtInCallable, describeSource, type CallableModels } from '../bedrock/catalog-live.js';
import { isProviderError, type ProviderError } from '../models/provider-error.js';
import { SelectList } from '../components/SelectList.js';
import { TextField } from '../components/TextField.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { cell, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import type { CallableModel } from '../models/callable.js';
import { useRepositories } from '../app/use-repositories.js';
import { useServices } from '../navigation.js';
import { modelListCache } from '../app/model-catalog.js';
import type { ModelConfig } from '../store/schema.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { findModel } from '../models/catalog.js';
import { modelUse } from '../models/catalog-text.js';

type Handler = 'back' | 'refresh';

/** The list and the filter take their own keys (SelectList: filterable; not ink-select-input). */
export const catalogBindings = (): Binding<Handler>[] => [
  { on: ['up', 'down', 'pageup', 'pagedown'], keys: '↑↓', action: t('models.catalog.keys.move'), by: 'list' },
  { on: ['enter'], keys: 'Enter', action: t('models.catalog.keys.pick'), by: 'list' },
  { on: [], keys: t('models.catalog.keys.type'), action: t('models.catalog.keys.filter'), by: 'filter field' },
  // Not a bare `r`: the filter takes letters ("mistral", "deepseek-r1").
  { on: ['ctrl+r'], keys: 'Ctrl+R', action: t('models.catalog.keys.refresh'), handler: 'refresh' },
  { on: ['escape'], keys: 'Esc', action: t('models.catalog.keys.back'), handler: 'back' },
];

const one = (text: string): string => safeText(text, { oneLine: true });
/** Max output as AWS writes it (64000, 128000; "?" when the built-in catalog does not know the model). */
const tokens = (m: CallableModel): string => (m.maxOutput ? String(m.maxOutput) : '?');

/**
 * The fix under the notice. A refused list call is classified like a refused model call, whose fix
 * names the invoke permissions; listing needs its own two actions.
 */
function listFix(error: ProviderError): string {
  if (error.errorClass === 'iam-permission') {
    return t('models.catalog.listFix', {
      list: 'bedrock:ListFoundationModels',
      profiles: 'bedrock:ListInferenceProfiles',
      invoke: 'bedrock:InvokeModelWithResponseStream',
    });
  }
  return error.fix;
}

/** What a row says about how the model is called: Legacy, on demand or through a profile, unknown. */
export function modelFlags(m: CallableModel): string[] {
  return [
    ...(m.lifecycle === 'legacy' ? [t('models.catalog.flags.legacy')] : []),
    m.onDemand ? t('models.catalog.flags.onDemand') : t('models.catalog.flags.profile'),
    ...(m.known ? [] : [t('models.catalog.flags.unknown')]),
  ];
}

const matches = (m: CallableModel, q: string): boolean =>
  q.split(/\s+/).every((w) => [m.id, m.callableId, m.name, m.vendor].some((f) => f.toLowerCase().includes(w)));

export interface CatalogPickerProps {
  initialQuery: string;
  /** The form's configuration as it stands (credentials, region, endpoint); undefined while incomplete. */
  config: ModelConfig | undefined;
  region: string;
  onPick: (id: string) => void;
  onCancel: () => void;
}

export function CatalogPicker({ initialQuery, config, region, onPick, onCancel }: CatalogPickerProps): ReactNode {
  const t = useT();
  const services = useServices();
  const { paths } = useRepositories();
  const [query, setQuery] = useState(initialQuery);
  const [asked, setAsked] = useState(0);
  const [loading, setLoading] = useState(Boolean(config && services.listModels));
  const [list, setList] = useState<CallableModels>(() => ({ source: 'built-in', region, fetchedAt: null, models: builtInCallable(region) }));
  const [highlighted, setHighlighted] = useState<string | undefined>(undefined);
  const { rows, columns } = useTerminalSize();
  const canAsk = Boolean(config && services.listModels);

  useEffect(() => {
    const listModels = services.listModels;
    if (!config || !listModels) return;
    const ctrl = new AbortController();
    // The form's credentials, saved or not; the cache keeps the last list per region and account.
    listModels(config, { signal: ctrl.signal, cache: modelListCache(paths.dir), refresh: asked > 0, env: services.env, region })
      .then((next) => {
        if (ctrl.signal.aborted) return;
        setList(next);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted || (isProviderError(e) && e.errorClass === 'cancelled')) return;
        setList((l) => ({ ...l, notice: t('models.live.couldNotAsk', { why: e instanceof Error ? e.message : String(e) }) }));
        setLoading(false);
      });
    return () => ctrl.abort();
    // Asked again only on Ctrl+R: the picker is opened fresh for other credentials.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked]);

  // Ctrl+R only where there is someone to ask (credentials filled in, a list service).
  const bindings = catalogBindings().map((b) => (b.handler === 'refresh' ? { ...b, when: canAsk } : b));
  useBindings(bindings, { back: () => onCancel(), refresh: () => {
    if (!canAsk || loading) return;
    setLoading(true);
    setAsked((n) => n + 1);
  } });

  const width = Math.max(20, columns - 6);
  const q = query.trim().toLowerCase();
  const models = q ? list.models.filter((m) => matches(m, q)) : list.models;
  // Name, the id a configuration gets (as wide as the terminal allows), max output, Legacy.
  const idWidth = Math.max(12, width - 37);
  const items = models.map((m) => ({
    key: m.callableId,
    label: fitRow(`${cell(one(m.name), 22)} ${cell(one(m.callableId), idWidth)} ${tokens(m).padStart(6)} ${m.lifecycle === 'legacy' ? t('models.catalog.flags.legacy') : ''}`, width),
  }));
  const typed = query.trim();
  if (typed && !/\s/.test(typed) && !models.some((m) => m.callableId === typed) && /[.:/]/.test(typed)) {
    items.unshift({ key: `typed:${typed}`, label: fitRow(t('models.catalog.useTyped', { id: one(typed) }), width) });
  }
  const current = models.find((m) => m.callableId === highlighted) ?? models.find((m) => m.callableId === items[0]?.key);
  const source = loading ? t('models.catalog.asking', { source: describeSource(list) }) : describeSource(list);
  // What the highlighted model is good for, in the interface language (the catalog knows it in both).
  const known = current ? findModel(current.id) : undefined;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {t('models.catalog.title', { region: one(list.region), source, n: models.length })}
        {loading ? (
          <Text dimColor>
            {' '}
            <Spinner type="dots" />
          </Text>
        ) : null}
      </Text>
      {list.notice ? (
        <Text color="yellow" wrap="wrap">
          ! {safeText(list.notice)}
        </Text>
      ) : null}
      {list.error?.fix ? (
        <Text dimColor wrap="wrap">
          {safeText(listFix(list.error))}
        </Text>
      ) : null}
      {!config ? <Text dimColor>{t('models.catalog.fillCredentials')}</Text> : null}
      <TextField
        label={t('models.catalog.filter')}
        labelWidth={6}
        value={query}
        onChange={setQuery}
        focused
        placeholder={t('models.catalog.filterPlaceholder', { examples: 'haiku, llama' })}
      />
      {items.length === 0 ? (
        <Text dimColor>{t('models.catalog.noMatch')}</Text>
      ) : (
        <SelectList
          items={items}
          maxRows={Math.max(4, rows - 10)}
          letterKeys={false}
          onHighlight={(item) => setHighlighted(item.key)}
          onSelect={(item) => onPick(item.key.startsWith('typed:') ? item.key.slice('typed:'.length) : item.key)}
        />
      )}
      {current ? (
        <Text dimColor wrap="truncate-end">
          {fitRow(`${one(current.callableId)} · ${current.maxOutput ? t('models.catalog.out', { tokens: tokens(current) }) : t('models.catalog.maxOutputUnknown')} · ${modelFlags(current).join(' · ')}`, width + 2)}
        </Text>
      ) : null}
      {known ? (
        <Text dimColor wrap="truncate-end">
          {fitRow(modelUse(known), width + 2)}
        </Text>
      ) : null}
      <Text dimColor>
        {canAsk ? t('models.catalog.askAgainHint') : ''}
        {t('models.catalog.footer')}
      </Text>
    </Box>
  );
}
