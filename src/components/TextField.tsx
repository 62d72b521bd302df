// A labelled one-line input. Secrets are masked while typed and shown as ABCD••••wxyz otherwise.
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import type { ReactNode } from 'react';

export function maskForDisplay(value: string): string {
  if (!value) return '';
  return value.length >= 12 ? `${value.slice(0, 4)}${'•'.repeat(8)}${value.slice(-4)}` : '•'.repeat(value.length);
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  focused: boolean;
  secret?: boolean;
  placeholder?: string;
  error?: string;
  hint?: string;
  labelWidth?: number;
  onSubmit?: () => void;
}

export function TextField(props: TextFieldProps): ReactNode {
  const { label, value, focused, secret, placeholder, error, hint } = props;
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text>{focused ? '› ' : '  '}</Text>
          <Text bold={focused}>{label.padEnd(props.labelWidth ?? 12)} </Text>
        </Box>
        {focused ? (
          <TextInput
            value={value}
            onChange={(v) => props.onChange(v.replace(/[\t\r\n]/g, ''))}
            onSubmit={props.onSubmit}
            placeholder={placeholder}
            mask={secret ? '•' : undefined}
            focus
          />
        ) : (
          <Text dimColor={!value} wrap="truncate-end">
            {value ? (secret ? maskForDisplay(value) : value) : (placeholder ?? '—')}
          </Text>
        )}
      </Box>
      {hint && !error ? <Text dimColor wrap="truncate-end">{`${' '.repeat((props.labelWidth ?? 12) + 3)}${hint}`}</Text> : null}
      {error ? <Text color="red">{`    ✗ ${error}`}</Text> : null}
    </Box>
  );
}
