// Models (seed §2.1–2.2): saved configurations with provider, model, region, last test and the
// default marker. a add · Enter edit · d duplicate · x delete · t test · * default.
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { findModel } from '../bedrock/catalog.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import type { StreamResult } from '../hooks/useStream.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig } from '../store/schema.js';
import { TestConnection, testResultOf } from './TestConnection.js';
import { useKeys } from '../hooks/useKeys.js';

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function lastTestText(m: ModelConfig): string {
  if (m.provider === 'demo') return 'offline';
  if (!m.lastTest) return 'not tested';
  return m.lastTest.ok ? `✓ ${m.lastTest.firstTokenMs != null ? `${(m.lastTest.firstTokenMs / 1000).toFixed(2)}s` : 'ok'}` : `✗ ${m.lastTest.errorClass ?? 'failed'}`;
}

export function ModelsScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { rows } = useTerminalSize();
  const [, setVersion] = useState(0);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete' | 'test'>('list');
  const [flash, setFlash] = useState('');
  const models = store.listModels();
  const def = store.defaultModelName();
  const selected = models[Math.min(index, models.length - 1)];
  const refresh = (): void => setVersion((v) => v + 1);

  useEffect(() => {
    nav.setHints([
      { keys: 'a', action: 'add' },
      { keys: 'Enter', action: 'edit' },
      { keys: 't', action: 'test' },
      { keys: '*', action: 'default' },
      { keys: 'd', action: 'duplicate' },
      { keys: 'x', action: 'delete' },
    ]);
  }, [nav.setHints]);

  useKeys(
    (input, key) => {
      if (key.escape) return nav.back();
      if (key.upArrow || input === 'k') setIndex((i) => Math.max(0, i - 1));
      else if (key.downArrow || input === 'j') setIndex((i) => Math.min(models.length - 1, i + 1));
      else if (input === 'a') nav.go({ screen: 'provider' });
      else if (!selected) return;
      else if (input === 't') setMode('test');
      else if (input === '*' || input === 's') {
        store.setDefaultModel(selected.name);
        setFlash(`'${selected.name}' is now the default model.`);
        refresh();
      } else if (selected.provider === 'demo' && (key.return || input === 'd' || input === 'x')) {
        setFlash('The offline demo is built in: it cannot be edited, duplicated or deleted.');
      } else if (key.return) nav.go({ screen: 'model-form', mode: 'edit', name: selected.name });
      else if (input === 'd') nav.go({ screen: 'model-form', mode: 'duplicate', name: selected.name });
      else if (input === 'x' || key.delete) setMode('delete');
    },
    { isActive: mode === 'list' },
  );

  const recordTest = (result: StreamResult): void => {
    if (!selected || selected.provider === 'demo') return;
    store.updateModel(selected.name, { ...selected, lastTest: testResultOf(result) });
    refresh();
  };

  const visible = Math.max(3, rows - 10);
  const start = Math.max(0, Math.min(index - visible + 1, models.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models</Text>
      <Text dimColor>
        {'   '}
        {pad('NAME', 22)} {pad('MODEL', 22)} {pad('REGION', 14)} LAST TEST
      </Text>
      {models.slice(start, start + visible).map((m, i) => {
        const here = start + i === index;
        return (
          <Text key={m.name} inverse={here && mode === 'list'}>
            {here ? '›' : ' '}
            {m.name === def ? '*' : ' '} {pad(m.name, 22)} {pad(m.provider === 'demo' ? 'Offline demo' : (findModel(m.modelId)?.name ?? m.modelId), 22)}{' '}
            {pad(m.region, 14)} {lastTestText(m)}
          </Text>
        );
      })}
      {models.length === 1 ? <Text>{'\n'}No Bedrock model yet. Press a to add one (provider → form → test → save).</Text> : null}
      <Text dimColor>* default model</Text>
      {flash ? <Text color="yellow">{flash}</Text> : null}
      {mode === 'delete' && selected ? (
        <ConfirmDialog
          question={`Delete model '${selected.name}'?`}
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
            setFlash(`'${selected.name}' now uses ${profileId}.`);
            setMode('list');
          }}
        />
      ) : null}
    </Box>
  );
}
