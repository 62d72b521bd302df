// One status line under a streaming reply: "⠹ streaming · 48 tok/s · first token 0.41 s".
// The spinner only turns while `busy`; figures that are not known yet are left out.
import { Text } from 'ink';
import Spinner from 'ink-spinner';
import type { ReactNode } from 'react';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const formatRate = (tokensPerSecond: number): string => `${Math.round(tokensPerSecond)} tok/s`;

export interface StatusLineProps {
  /** e.g. 'streaming', 'waiting for the first token', 'done', 'cut'. */
  label: string;
  busy?: boolean;
  tokensPerSecond?: number | null;
  firstTokenMs?: number | null;
  /** Further parts, e.g. '124 tokens' or 'Esc cancels'. */
  extra?: readonly string[];
}

export function statusText({ label, tokensPerSecond, firstTokenMs, extra = [] }: StatusLineProps): string {
  const parts = [label];
  if (tokensPerSecond != null && Number.isFinite(tokensPerSecond)) parts.push(formatRate(tokensPerSecond));
  if (firstTokenMs != null) parts.push(t('common.status.firstToken', { seconds: formatSeconds(firstTokenMs) }));
  return [...parts, ...extra].join(' · ');
}

export function StatusLine(props: StatusLineProps): ReactNode {
  useT();
  return (
    <Text dimColor wrap="truncate-end">
      {props.busy ? (
        <>
          <Spinner type="dots" />{' '}
        </>
      ) : null}
      {statusText(props)}
    </Text>
  );
}
