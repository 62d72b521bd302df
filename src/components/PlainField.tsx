// A labelled one-line field for plain text (a name, a region, an endpoint, a role, a path) on
// ink-text-input, the design card's package. Secrets keep TextField (ink-text-input masks every
// character or none; we show ABCD••••wxyz), multi-line answers keep MultiLineEditor.
//   › Role          Backend engineer▌
//                   ✗ role is empty
// ink-text-input inserts whatever input a key carries, so Ctrl+U would type "u": a guard that hears
// each key before the input does lets only text, Backspace and ←/→ change the value, and strips
// control characters (a pasted value often brings its newline). Keys typed ahead land in the right
// field because src/terminal/key-by-key.ts hands Ink one key per render.
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useRef, type ReactNode } from 'react';
import { useKeys } from '../hooks/useKeys.js';
import { isBackspace, isTextInput } from './keys.js';
import { safeText } from '../terminal/safe-text.js';
import { FieldNotes } from './FieldNotes.js';
import { padToWidth } from './text-layout.js';
import { singleLine } from './TextField.js';

export interface PlainFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  focused: boolean;
  placeholder?: string;
  /** Shown in red under the field, prefixed with ✗. */
  error?: string;
  /** A dim line under the field when there is no error. */
  hint?: string;
  labelWidth?: number;
  onSubmit?: (value: string) => void;
}

/** Listens before the text input (mounted first, never re-subscribed) and says whether this key may edit. */
function KeyGuard({ onKey }: { onKey: (mayEdit: boolean) => void }): null {
  useKeys((input, key) => {
    onKey(!key.ctrl && !key.meta && (isTextInput(input, key) || isBackspace(key) || key.leftArrow || key.rightArrow));
  });
  return null;
}

export function PlainField({ label, value: stored, onChange, focused, placeholder, error, hint, labelWidth = 12, onSubmit }: PlainFieldProps): ReactNode {
  const allowed = useRef(false);
  // A value read from the store may hold escape sequences: the field shows (and edits) its safe form.
  const value = safeText(stored, { oneLine: true });
  const indent = ' '.repeat(labelWidth + 3);
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text>{focused ? '› ' : '  '}</Text>
          <Text bold={focused}>{padToWidth(label, labelWidth)} </Text>
        </Box>
        <KeyGuard
          onKey={(mayEdit) => {
            allowed.current = mayEdit;
          }}
        />
        {focused ? (
          <Box flexGrow={1} overflow="hidden">
            <TextInput
              value={value}
              focus
              placeholder={placeholder}
              onChange={(next) => {
                if (!allowed.current) return;
                const clean = singleLine(next);
                if (clean !== stored) onChange(clean);
              }}
              onSubmit={onSubmit ? () => onSubmit(value) : undefined}
            />
          </Box>
        ) : (
          <Text dimColor={!value} wrap="truncate-end">
            {value || (placeholder ?? '—')}
          </Text>
        )}
      </Box>
      <FieldNotes indent={indent} hint={hint} error={error} />
    </Box>
  );
}
