// Test connection (seed §2.5): sends a short prompt with the form's values, streams the reply live,
// then shows time to first token, latency and tokens — or the classified error with its fix, where
// the log entry is, and (when that is the cause) the inference-profile fix one key away. The model's
// reasoning is shown dim as "thinking", apart from the reply; every notice (the profile retry, a
// reply cut at max_tokens, a context-window overflow) is listed. The profile retry first learns the
// profile ids the cached live list holds for this account and region.
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { TEST_PROMPT } from '../models/test-prompt.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { useStream, type StreamResult } from '../hooks/useStream.js';
import { useRepositories } from '../app/use-repositories.js';
import { useServices } from '../navigation.js';
import type { Provider } from '../providers/types.js';
import { seedProfilesFor } from '../app/model-catalog.js';
import type { ModelConfig, TestResult } from '../store/schema.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';

type Handler = 'cancel' | 'useProfile' | 'save' | 'close';

/** The stored record of a finished connection test (seed §2.5), kept with the configuration. */
export function testResultOf(result: StreamResult, at = new Date().toISOString()): TestResult {
  return result.status === 'done'
    ? { ok: true, at, firstTokenMs: result.metrics?.firstTokenMs ?? null, totalMs: result.metrics?.totalMs, outputTokens: result.metrics?.outputTokens }
    : { ok: false, at, errorClass: result.error?.errorClass, message: result.error?.title };
}

const secs = (ms: number | null | undefined): string => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);

export interface TestConnectionProps {
  config: ModelConfig;
  /** Called once with the outcome, when the stream ends. */
  onResult?: (result: StreamResult, profileId?: string) => void;
  onClose: () => void;
  /** Offered when Bedrock needed an inference profile: keep it in the configuration. */
  onUseProfile?: (profileId: string) => void;
  onSave?: () => void;
}

/** What the panel shows besides the reply: reasoning, every notice, the profile id Bedrock took. */
interface Aside {
  reasoning: string;
  notices: string[];
  profileId?: string;
}

/** Reasoning arrives in many small deltas: the panel redraws it at most this often. */
const REASONING_FLUSH_MS = 80;

export function TestConnection({ config, onResult, onClose, onUseProfile, onSave }: TestConnectionProps): ReactNode {
  const t = useT();
  const services = useServices();
  const { paths } = useRepositories();
  const { state, start, cancel } = useStream();
  const reported = useRef(false);
  const [aside, setAside] = useState<Aside>({ reasoning: '', notices: [] });

  useEffect(() => {
    // The retry prefers the profile ids the live list saw for this account and region.
    seedProfilesFor(paths.dir, config, services.env);
    const inner = services.openProvider(config, 'test');
    let reasoning = '';
    let flushedAt = 0;
    const flushReasoning = (): void => {
      flushedAt = Date.now();
      const text = reasoning;
      setAside((a) => (a.reasoning === text ? a : { ...a, reasoning: text }));
    };
    // Reads the events useStream leaves aside (reasoning, every notice) and passes all of them on.
    const provider: Provider = {
      kind: inner.kind,
      label: inner.label,
      offline: inner.offline,
      async *stream(request, signal) {
        for await (const event of inner.stream(request, signal)) {
          if (event.type === 'reasoning') {
            reasoning += event.text;
            if (Date.now() - flushedAt >= REASONING_FLUSH_MS) flushReasoning();
          } else if (event.type === 'notice') {
            const { message, profileId } = event;
            setAside((a) => ({ ...a, notices: a.notices.includes(message) ? a.notices : [...a.notices, message], ...(profileId ? { profileId } : {}) }));
          }
          yield event;
        }
      },
    };
    void start(provider, TEST_PROMPT).then((result) => {
      flushReasoning();
      if (!reported.current) {
        reported.current = true;
        onResult?.(result);
      }
    });
    // Runs once per opened panel: a new test is a new panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const profileId = aside.profileId;
  const streaming = state.status === 'streaming';
  const bindings: Binding<Handler>[] = [
    { on: ['escape'], keys: 'Esc', action: t('models.test.keys.cancel'), handler: 'cancel', when: streaming },
    { on: ['p'], keys: 'p', action: t('models.test.keys.keep', { profile: profileId ?? t('models.test.keys.theProfile') }), handler: 'useProfile', when: !streaming && Boolean(profileId && onUseProfile) },
    { on: ['s'], keys: 's', action: t('models.test.keys.save'), handler: 'save', when: !streaming && Boolean(onSave) && state.status === 'done' },
    { on: ['enter', 'escape'], keys: 'Enter/Esc', action: t('models.test.keys.back'), handler: 'close', when: !streaming },
  ];
  useBindings(bindings, {
    cancel: () => cancel(),
    useProfile: () => profileId && onUseProfile?.(profileId),
    save: () => onSave?.(),
    close: () => onClose(),
  });
  const one = (text: string): string => safeText(text, { oneLine: true });

  const m = state.metrics;
  const blockedText = state.status === 'failed' && state.error?.errorClass === 'guardrail-blocked' && state.text.trim() !== '';
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>
        {t('models.test.title', { model: one(config.modelId), region: one(config.region) })}
      </Text>
      <Box marginLeft={2} flexDirection="column">
        {aside.reasoning ? (
          <Text dimColor wrap="truncate-end">
            {t('models.test.thinking', { text: safeText(aside.reasoning, { oneLine: true }).slice(-300) })}
          </Text>
        ) : null}
        {blockedText ? <Text dimColor>{t('models.test.guardrailAnswered')}</Text> : null}
        <Text wrap="wrap">{safeText(state.text, { tabWidth: 2 }) || (state.status === 'streaming' && !aside.reasoning ? ' ' : '')}</Text>
        {state.status === 'streaming' ? (
          <Text dimColor>
            <Spinner type="dots" />{' '}
            {t('models.test.escCancels', {
              state: state.firstTokenAt ? t('models.test.state.streaming') : aside.reasoning ? t('models.test.state.thinking') : t('models.test.state.waiting'),
            })}
          </Text>
        ) : null}
        {aside.notices.map((n) => (
          <Text key={n} color="yellow" wrap="wrap">
            ! {safeText(n)}
          </Text>
        ))}
        {state.status === 'done' && m ? (
          <Text color="green">
            {t('models.test.connected', { first: secs(m.firstTokenMs), total: secs(m.totalMs) })}
            {m.outputTokens !== undefined ? t('models.test.tokens', { input: m.inputTokens ?? 0, output: m.outputTokens }) : ''}
          </Text>
        ) : null}
        {state.status === 'cancelled' ? <Text dimColor>{t('models.test.cancelled')}</Text> : null}
      </Box>
      {state.status === 'failed' && state.error ? (
        <ErrorBox
          title={one(state.error.title)}
          fix={state.error.fix && safeText(state.error.fix)}
          logHint={t('models.test.logHint', { entry: state.error.logId ? t('models.test.logEntry', { id: state.error.logId }) : '' })}
        />
      ) : null}
      {state.status !== 'streaming' ? (
        <Text dimColor>
          {profileId && onUseProfile ? t('models.test.keepHint', { profile: one(profileId) }) : ''}
          {onSave && state.status === 'done' ? t('models.test.saveHint') : ''}
          {t('models.test.backHint')}
        </Text>
      ) : null}
    </Box>
  );
}
