// Models (seed §2.1–2.2): saved configurations with provider, model, region, last test and the
// default marker. a add · Enter edit · d duplicate · x delete · t test · * default.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { findModel } from '../bedrock/catalog.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import type { StreamResult } from '../hooks/useStream.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig } from '../store/schema.js';
import { TestConnection, testResultOf } from './TestConnection.js';
import { cell, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';

type Handler = 'move' | 'add' | 'edit' | 'test' | 'makeDefault' | 'duplicate' | 'delete' | 'back';


function lastTestText(m: ModelConfig): string {
  if (m.provider === 'demo') return 'offline';
  if (!m.lastTest) return 'not tested';
  return m.lastTest.ok ? `✓ ${m.lastTest.firstTokenMs != null ? `${(m.lastTest.firstTokenMs / 1000).toFixed(2)}s` : 'ok'}` : `✗ ${m.lastTest.errorClass ?? 'failed'}`;
}

export function ModelsScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { rows, columns } = useTerminalSize();
  const [, setVersion] = useState(0);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete' | 'test'>('list');
  const [flash, setFlash] = useState('');
  const models = store.listModels();
  const def = store.defaultModelName();
  const selected = models[Math.min(index, models.length - 1)];
  const refresh = (): void => setVersion((v) => v + 1);

  const list = mode === 'list';
  const has = list && selected !== undefined;
  const editable = has && selected?.provider !== 'demo';
  const builtIn = (): void => setFlash('The offline demo is built in: it cannot be edited, duplicated or deleted.');
  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: 'move', handler: 'move', when: list, hint: false },
    { on: ['a'], keys: 'a', action: 'add', handler: 'add', when: list },
    { on: ['enter'], keys: 'Enter', action: 'edit', handler: 'edit', when: has },
    { on: ['t'], keys: 't', action: 'test', handler: 'test', when: has },
    { on: ['*', 's'], keys: '*', action: 'default', handler: 'makeDefault', when: has },
    { on: ['d'], keys: 'd', action: 'duplicate', handler: 'duplicate', when: has },
    { on: ['x', 'delete'], keys: 'x', action: 'delete', handler: 'delete', when: has },
    { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', when: list, hint: false },
    { on: ['y'], keys: 'y', action: 'delete', by: 'dialog', when: mode === 'delete' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: 'keep', by: 'dialog', when: mode === 'delete' },
  ];
  useBindings(bindings, {
    move: ({ name }) => setIndex((i) => (name === 'up' || name === 'k' ? Math.max(0, i - 1) : Math.min(models.length - 1, i + 1))),
    add: () => nav.go({ screen: 'provider' }),
    edit: () => (editable && selected ? nav.go({ screen: 'model-form', mode: 'edit', name: selected.name }) : builtIn()),
    test: () => setMode('test'),
    makeDefault: () => {
      if (!selected) return;
      store.setDefaultModel(selected.name);
      setFlash(`'${selected.name}' is now the default model.`);
      refresh();
    },
    duplicate: () => (editable && selected ? nav.go({ screen: 'model-form', mode: 'duplicate', name: selected.name }) : builtIn()),
    delete: () => (editable ? setMode('delete') : builtIn()),
    back: () => nav.back(),
  }, { isActive: mode !== 'test' }); // the test panel has its own

  const recordTest = (result: StreamResult): void => {
    if (!selected || selected.provider === 'demo') return;
    store.updateModel(selected.name, { ...selected, lastTest: testResultOf(result) });
    refresh();
  };

  const one = (text: string): string => safeText(text, { oneLine: true });
  const visible = Math.max(3, rows - 10);
  const start = Math.max(0, Math.min(index - visible + 1, models.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models</Text>
      <Text dimColor>{fitRow(`   ${cell('NAME', 22)} ${cell('MODEL', 22)} ${cell('REGION', 14)} LAST TEST`, columns - 2)}</Text>
      {models.slice(start, start + visible).map((m, i) => {
        const here = start + i === index;
        const known = findModel(m.modelId);
        // A saved model that AWS has since moved to Legacy or end of life says so in the list.
        const lifecycle = known?.lifecycle === 'legacy' ? ' Legacy' : known?.lifecycle === 'eol' ? ' EOL' : '';
        const model = m.provider === 'demo' ? 'Offline demo' : known ? `${known.name}${lifecycle}` : m.modelId;
        return (
          <Text key={m.name} inverse={here && mode === 'list'} wrap="truncate-end">
            {fitRow(`${here ? '›' : ' '}${m.name === def ? '*' : ' '} ${cell(m.name, 22)} ${cell(model, 22)} ${cell(m.region, 14)} ${cell(lastTestText(m), 14)}`, columns - 2)}
          </Text>
        );
      })}
      {models.length === 1 ? <Text>{'\n'}No Bedrock model yet. Press a to add one (provider → form → test → save).</Text> : null}
      <Text dimColor>* default model</Text>
      {flash ? (
        <Text color="yellow" wrap="truncate-end">
          {one(flash)}
        </Text>
      ) : null}
      {mode === 'delete' && selected ? (
        <ConfirmDialog
          question={`Delete model '${one(selected.name)}'?`}
          onAnswer={(yes) => {
            if (yes) {
              store.removeModel(selected.name);
              setIndex(0);
              setFlash(`Deleted '${selected.name}'.`);
            }
            setMode('list');
          }}
        />
      ) : null}
      {mode === 'test' && selected ? (
        <TestConnection
          config={selected}
          onResult={recordTest}
          onClose={() => setMode('list')}
          onUseProfile={(profileId) => {
            store.updateModel(selected.name, { ...selected, modelId: profileId });
            setFlash(`'${selected.name}' now uses ${profileId}.`); // shown through safeText
            setMode('list');
          }}
        />
      ) : null}
    </Box>
  );
}
