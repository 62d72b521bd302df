// Models (seed §2.1–2.2): saved configurations with provider, model, region, last test and the
// default marker. a add · Enter edit · d duplicate · x delete · t test · * default. The list is the
// app layer's snapshot, so a model removed or renamed by another mockview leaves it by itself; every
// write (delete, default, a test's result, keeping a profile) shows its result and never ends the app.
import { Box, Text } from 'ink';
import { useRef, useState, type ReactNode } from 'react';
import type { WriteResult } from '../app/results.js';
import { failureLine, findModel as findStored, usableModels } from '../app/screen-data.js';
import { useModels, useRepositories } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { findModel } from '../bedrock/catalog.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import type { StreamResult } from '../hooks/useStream.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation } from '../navigation.js';
import type { ModelConfig } from '../store/schema.js';
import { TestConnection, testResultOf } from './TestConnection.js';
import { cell, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { errorClassLabel } from '../models/provider-error.js';

type Handler = 'move' | 'add' | 'edit' | 'test' | 'makeDefault' | 'duplicate' | 'delete' | 'back';


function lastTestText(m: ModelConfig): string {
  if (m.provider === 'demo') return t('models.list.offline');
  if (!m.lastTest) return t('models.list.notTested');
  if (m.lastTest.ok) return `✓ ${m.lastTest.firstTokenMs != null ? `${(m.lastTest.firstTokenMs / 1000).toFixed(2)}s` : t('models.list.ok')}`;
  return `✗ ${m.lastTest.errorClass ? errorClassLabel(m.lastTest.errorClass) : t('models.list.failed')}`;
}

export function ModelsScreen(): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const repositories = useRepositories();
  const { rows, columns } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete' | 'test'>('list');
  // The model the test panel (or the delete question) is about, as it was when opened: the list may
  // change under it meanwhile (another mockview).
  const [target, setTarget] = useState<ModelConfig | undefined>();
  const [flash, setFlash] = useState('');
  const { models, defaultName: def } = usableModels(useModels());
  const selected = models[Math.min(index, models.length - 1)];
  // Writes run one after another (a test's result, then keeping its profile), each on the models as they are then.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const run = (write: () => Promise<WriteResult>, done: string, what: string): void => {
    queue.current = queue.current.then(async () => {
      const result = await write();
      setFlash(result.ok ? done : failureLine(what, result));
    });
  };

  const list = mode === 'list';
  const has = list && selected !== undefined;
  const editable = has && selected?.provider !== 'demo';
  const builtIn = (): void => setFlash(t('models.list.builtIn'));
  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: t('models.list.keys.move'), handler: 'move', when: list, hint: false },
    { on: ['a'], keys: 'a', action: t('models.list.keys.add'), handler: 'add', when: list },
    { on: ['enter'], keys: 'Enter', action: t('models.list.keys.edit'), handler: 'edit', when: has },
    { on: ['t'], keys: 't', action: t('models.list.keys.test'), handler: 'test', when: has },
    { on: ['*', 's'], keys: '*', action: t('models.list.keys.default'), handler: 'makeDefault', when: has },
    { on: ['d'], keys: 'd', action: t('models.list.keys.duplicate'), handler: 'duplicate', when: has },
    { on: ['x', 'delete'], keys: 'x', action: t('models.list.keys.delete'), handler: 'delete', when: has },
    { on: ['escape'], keys: 'Esc', action: t('models.list.keys.back'), handler: 'back', when: list, hint: false },
    { on: ['y'], keys: 'y', action: t('models.list.keys.delete'), by: 'dialog', when: mode === 'delete' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: t('models.list.keys.keep'), by: 'dialog', when: mode === 'delete' },
  ];
  useBindings(bindings, {
    // From the row shown: the list may have shrunk under the index (a model removed elsewhere).
    move: ({ name }) => setIndex((at) => {
      const i = Math.min(at, models.length - 1);
      return name === 'up' || name === 'k' ? Math.max(0, i - 1) : Math.min(models.length - 1, i + 1);
    }),
    add: () => nav.go({ screen: 'provider' }),
    edit: () => (editable && selected ? nav.go({ screen: 'model-form', mode: 'edit', name: selected.name }) : builtIn()),
    test: () => {
      setTarget(selected);
      setMode('test');
    },
    makeDefault: () => {
      if (!selected) return;
      const { name } = selected;
      run(() => repositories.models.setDefault(name), t('models.list.nowDefault', { name }), t('models.list.defaultNotChanged'));
    },
    duplicate: () => (editable && selected ? nav.go({ screen: 'model-form', mode: 'duplicate', name: selected.name }) : builtIn()),
    delete: () => {
      if (!editable) return builtIn();
      setTarget(selected);
      setMode('delete');
    },
    back: () => nav.back(),
  }, { isActive: mode !== 'test' }); // the test panel has its own

  const recordTest = (tested: ModelConfig, result: StreamResult): void => {
    if (tested.provider === 'demo') return;
    const lastTest = testResultOf(result);
    queue.current = queue.current.then(async () => {
      const outcome = await repositories.models.recordTest(tested.name, lastTest);
      if (!outcome.ok) setFlash(failureLine(t('models.list.testNotRecorded'), outcome));
    });
  };
  /** Keeps the inference profile Bedrock needed: an edit of the model as it is stored now. */
  const keepProfile = (tested: ModelConfig, profileId: string): void => {
    queue.current = queue.current.then(async () => {
      const current = findStored(usableModels(repositories.models.getSnapshot()), tested.name);
      const result = current
        ? await repositories.models.update(current, { ...current, modelId: profileId })
        : ({ ok: false, reason: 'not-found', message: t('models.list.goneElsewhere', { name: tested.name }) } as const);
      setFlash(result.ok ? t('models.list.nowUses', { name: tested.name, profile: profileId }) : failureLine(t('models.list.profileNotKept'), result));
    });
  };

  const one = (text: string): string => safeText(text, { oneLine: true });
  const visible = Math.max(3, rows - 10);
  const start = Math.max(0, Math.min(index - visible + 1, models.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('models.list.title')}</Text>
      <Text dimColor>{fitRow(`   ${cell(t('models.list.columns.name'), 22)} ${cell(t('models.list.columns.model'), 22)} ${cell(t('models.list.columns.region'), 14)} ${t('models.list.columns.lastTest')}`, columns - 2)}</Text>
      {models.slice(start, start + visible).map((m, i) => {
        const here = start + i === index;
        const known = findModel(m.modelId);
        // A saved model that AWS has since moved to Legacy or end of life says so in the list.
        const lifecycle = known?.lifecycle === 'legacy' ? ` ${t('models.list.legacy')}` : known?.lifecycle === 'eol' ? ` ${t('models.list.eol')}` : '';
        const model = m.provider === 'demo' ? t('models.offlineDemo') : known ? `${known.name}${lifecycle}` : m.modelId;
        return (
          <Text key={m.name} inverse={here && mode === 'list'} wrap="truncate-end">
            {fitRow(`${here ? '›' : ' '}${m.name === def ? '*' : ' '} ${cell(m.name, 22)} ${cell(model, 22)} ${cell(m.region, 14)} ${cell(lastTestText(m), 14)}`, columns - 2)}
          </Text>
        );
      })}
      {models.length === 1 ? <Text>{'\n'}{t('models.list.empty')}</Text> : null}
      <Text dimColor>{t('models.list.defaultMarker')}</Text>
      {flash ? (
        <Text color="yellow" wrap="truncate-end">
          {one(flash)}
        </Text>
      ) : null}
      <ActivityLine />
      {mode === 'delete' && target ? (
        <ConfirmDialog
          question={t('models.list.deleteQuestion', { name: one(target.name) })}
          onAnswer={(yes) => {
            if (yes) {
              const { name } = target;
              setIndex(0);
              run(() => repositories.models.remove(name), t('models.list.deleted', { name }), t('models.list.notDeleted'));
            }
            setMode('list');
          }}
        />
      ) : null}
      {mode === 'test' && target ? (
        <TestConnection
          config={target}
          onResult={(result) => recordTest(target, result)}
          onClose={() => setMode('list')}
          onUseProfile={(profileId) => {
            keepProfile(target, profileId);
            setMode('list');
          }}
        />
      ) : null}
    </Box>
  );
}
