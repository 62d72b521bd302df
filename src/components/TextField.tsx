// A labelled one-line input. Secrets show • while typed and ABCD••••••••wxyz when the field is
// not focused; no frame ever holds the secret itself. Not ink-text-input: its key handler reads
// the value of the render before, so text typed ahead over a slow link (several keys in one read)
// was lost or landed in the previous field; here keys go through useKeys and build on the value
// just typed.
//   › API key      ••••••••••••••••
//                  ✗ the API key is empty
import { Box, Text } from 'ink';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useKeys } from '../hooks/useKeys.js';
import { safeText } from '../terminal/safe-text.js';
import { FieldNotes } from './FieldNotes.js';
import { padToWidth } from './text-layout.js';
import { bufferOf, deleteBackward, deleteToLineStart, insertText, moveLeft, moveRight, type EditorBuffer } from './editor-buffer.js';
import { isBackspace, isTextInput, PASTE_END, PASTE_START } from './keys.js';

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
  // Listening while not focused too (and ignoring keys then): a field that just got focus must
  // take the next key at once, even when it arrived in the same read as the key that moved focus.
  const cursor = useLineKeys(props, focused);
  const masked = Boolean(props.mask ?? props.secret);
  const labelWidth = props.labelWidth ?? 12;
  const indent = ' '.repeat(labelWidth + 3);
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text>{focused ? '› ' : '  '}</Text>
          <Text bold={focused}>{padToWidth(label, labelWidth)} </Text>
        </Box>
        {focused ? (
          <LineView value={value} cursor={cursor} placeholder={placeholder} masked={masked} />
        ) : (
          <Text dimColor={!value} wrap="truncate-end">
            {value ? (masked ? maskForDisplay(value) : safeText(value, { oneLine: true })) : (placeholder ?? '—')}
          </Text>
        )}
      </Box>
      <FieldNotes indent={indent} hint={hint} error={error} />
    </Box>
  );
}


/** Keys for a one-line value: ←/→ Home/End (Ctrl+A/E), Backspace, Ctrl+U, text and paste, Enter. Returns the cursor. */
function useLineKeys(props: Pick<TextFieldProps, 'value' | 'onChange' | 'onSubmit'>, focused: boolean): number {
  const { value } = props;
  const [cursor, setCursorState] = useState(Array.from(value).length);
  // What was just typed, ahead of the re-render that brings it back as `value`; edited with the
  // answer editor's own operations (editor-buffer.ts), on one line.
  const typed = useRef<EditorBuffer>(bufferOf(value, cursor));
  useLayoutEffect(() => {
    typed.current = bufferOf(value, Math.min(cursor, Array.from(value).length));
  });
  // Focus arrives with the cursor at the end of what is there.
  useLayoutEffect(() => {
    if (!focused) return;
    typed.current = bufferOf(typed.current.text);
    setCursorState(typed.current.cursor);
  }, [focused]);
  const apply = (next: EditorBuffer): void => {
    typed.current = next;
    setCursorState(next.cursor);
    if (next.text !== props.value) props.onChange(next.text);
  };
  useKeys(
    (input, key) => {
      const b = typed.current;
      if (key.return) return props.onSubmit?.(b.text);
      if (key.leftArrow) return apply(moveLeft(b));
      if (key.rightArrow) return apply(moveRight(b));
      if (key.home || (key.ctrl && input === 'a')) return apply(bufferOf(b.text, 0));
      if (key.end || (key.ctrl && input === 'e')) return apply(bufferOf(b.text));
      if (key.ctrl && input === 'u') return apply(deleteToLineStart(b));
      if (isBackspace(key)) return apply(deleteBackward(b));
      if (isTextInput(input, key)) apply(insertText(b, singleLine(input.replaceAll(PASTE_START, '').replaceAll(PASTE_END, ''))));
    },
    { isActive: focused },
  );
  return Math.min(cursor, Array.from(value).length);
}

/** The focused line: the value (or bullets) with an inverse cursor, or the placeholder. */
function LineView({ value, cursor, placeholder, masked }: { value: string; cursor: number; placeholder?: string; masked: boolean }): ReactNode {
  const chars = Array.from(value);
  if (!chars.length) {
    return (
      <Text>
        <Text inverse>{placeholder?.[0] ?? ' '}</Text>
        <Text dimColor>{placeholder?.slice(1) ?? ''}</Text>
      </Text>
    );
  }
  // Character by character, so the cursor keeps its place: a control character shows as its picture.
  const shown = masked ? chars.map(() => '•') : chars.map((c) => safeText(c, { oneLine: true }) || '·');
  return (
    <Text wrap="truncate-start">
      {shown.slice(0, cursor).join('')}
      <Text inverse>{shown[cursor] ?? ' '}</Text>
      {shown.slice(cursor + 1).join('')}
    </Text>
  );
}
