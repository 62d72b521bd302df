// A labelled one-line input on ink-text-input. Secrets show • while typed and ABCD••••••••wxyz
// when the field is not focused; no frame ever holds the secret itself.
//   › API key      ••••••••••••••••
//                  ✗ the API key is empty
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import type { ReactNode } from 'react';

/** ABCD••••••••wxyz for 12+ characters, else only bullets; the count never reveals the length. */
export function maskForDisplay(value: string): string {
  if (!value) return '';
  const chars = Array.from(value);
  return chars.length >= 12 ? `${chars.slice(0, 4).join('')}${'•'.repeat(8)}${chars.slice(-4).join('')}` : '•'.repeat(8);
}

/** One line, no control characters: a pasted key often brings its trailing newline along. */
export const singleLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f]/g, '');

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  focused: boolean;
  /** Mask the value (API keys, secret keys, session tokens). */
  mask?: boolean;
  /** Same as `mask` (older name). */
  secret?: boolean;
  placeholder?: string;
  /** Shown in red under the field, prefixed with ✗. */
  error?: string;
  /** A dim line under the field when there is no error. */
  hint?: string;
  labelWidth?: number;
  onSubmit?: (value: string) => void;
}

export function TextField(props: TextFieldProps): ReactNode {
  const { label, value, focused, placeholder, error, hint } = props;
  const masked = Boolean(props.mask ?? props.secret);
  const labelWidth = props.labelWidth ?? 12;
  const indent = ' '.repeat(labelWidth + 3);
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text>{focused ? '› ' : '  '}</Text>
          <Text bold={focused}>{label.padEnd(labelWidth)} </Text>
        </Box>
        {focused ? (
          <TextInput
            value={value}
            onChange={(next) => {
              const clean = singleLine(next);
              if (clean !== value) props.onChange(clean);
            }}
            onSubmit={props.onSubmit}
            placeholder={placeholder}
            mask={masked ? '•' : undefined}
            focus
          />
        ) : (
          <Text dimColor={!value} wrap="truncate-end">
            {value ? (masked ? maskForDisplay(value) : value) : (placeholder ?? '—')}
          </Text>
        )}
      </Box>
      {hint && !error ? (
        <Text dimColor wrap="truncate-end">
          {indent}
          {hint}
        </Text>
      ) : null}
      {error ? <Text color="red">{`${indent}✗ ${error}`}</Text> : null}
    </Box>
  );
}
