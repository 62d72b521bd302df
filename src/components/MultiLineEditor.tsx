// The interview answer editor: multi-line, Enter sends, Ctrl+J (or Alt/Shift+Enter where the
// terminal tells them apart) starts a new line, a multi-line paste stays a paste. Shows at most
// `maxRows` rows and scrolls to the cursor, so the live part of the screen keeps its height.
import { Box, Text } from 'ink';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import {
  bufferOf,
  bufferRows,
  cursorRow,
  deleteBackward,
  deleteToLineStart,
  deleteWordBackward,
  insertChunk,
  insertText,
  moveLeft,
  moveRight,
  moveToRowEdge,
  moveVertical,
  wordLeft,
  wordRight,
  type EditorBuffer,
} from './editor-buffer.js';
import { isBackspace, isModifiedEnter, isTextInput, PASTE_END, PASTE_START } from './keys.js';
import { stylesShown } from './styles.js';
import { useKeys } from '../hooks/useKeys.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';

export interface MultiLineEditorProps {
  /** Optional control: a value different from the last one reported replaces the text. */
  value?: string;
  onChange?: (text: string) => void;
  /** Enter with some text in the editor. */
  onSubmit: (text: string) => void;
  /** The first keystroke that edits the text since mount or the last clear (answer timing). */
  onFirstKey?: () => void;
  maxRows?: number;
  /** Columns for the text; one is kept free for the cursor. Default: terminal width − 2. */
  width?: number;
  placeholder?: string;
  disabled?: boolean;
  /** Empty the editor after onSubmit (default true). */
  clearOnSubmit?: boolean;
  /** 'inverse' needs text styles; 'bar' draws ▏ and stays visible with NO_COLOR. */
  cursorStyle?: 'inverse' | 'bar';
}

export function MultiLineEditor(props: MultiLineEditorProps): ReactNode {
  useT();
  const { maxRows = 5, placeholder, disabled = false, clearOnSubmit = true } = props;
  const { columns } = useTerminalSize();
  const width = Math.max(4, (props.width ?? columns - 2) - 1);
  const cursorStyle = props.cursorStyle ?? (stylesShown() ? 'inverse' : 'bar');

  // Several keys can arrive in one stdin chunk and are handled before React re-renders, so the
  // buffer lives in a ref (always current) for the key handler; the render draws `view`, the
  // buffer as of the last key.
  const buffer = useRef<EditorBuffer>(bufferOf(props.value ?? ''));
  const reported = useRef(props.value ?? '');
  const firstKeySent = useRef(false);
  const pasting = useRef(false);
  const [view, setView] = useState<EditorBuffer>(() => bufferOf(props.value ?? ''));
  const [top, setTop] = useState(0);
  const rerender = (): void => setView(buffer.current);

  useEffect(() => {
    if (props.value === undefined || props.value === reported.current) return;
    buffer.current = bufferOf(props.value);
    reported.current = props.value;
    if (props.value === '') firstKeySent.current = false;
    rerender();
  }, [props.value]);

  const apply = (next: EditorBuffer): void => {
    const before = buffer.current;
    buffer.current = next;
    if (next.text !== before.text) {
      if (!firstKeySent.current) {
        firstKeySent.current = true;
        props.onFirstKey?.();
      }
      reported.current = next.text;
      props.onChange?.(next.text);
    }
    rerender();
  };

  useKeys(
    (input, key) => {
      const b = buffer.current;
      if (input === PASTE_START || input === PASTE_END) {
        pasting.current = input === PASTE_START;
        return;
      }
      const submit = (): void => {
        const text = buffer.current.text;
        if (text.trim() === '') return;
        props.onSubmit(text);
        if (clearOnSubmit) {
          buffer.current = bufferOf('');
          reported.current = '';
          firstKeySent.current = false;
          props.onChange?.('');
          rerender();
        }
      };
      if (key.return && !pasting.current && !isModifiedEnter(input, key)) return submit();
      // Several keys in one chunk (Ink splits chunks only at escape sequences).
      if (input.length > 1 && !pasting.current && /^[\r\u007f\b]+$/.test(input)) {
        // Only Backspaces and Enters: keys typed ahead, not a paste.
        for (const ch of input) {
          if (ch === '\r') submit();
          else apply(deleteBackward(buffer.current));
        }
        return;
      }
      if (input.length > 1 && /[\u007f\b]/.test(input) && isTextInput(input, key)) return apply(insertChunk(b, input));
      // Ctrl+J comes as '\n' (handled as text below), or as ctrl+'j' under the kitty protocol.
      if (key.return || isModifiedEnter(input, key) || (key.ctrl && input === 'j')) return apply(insertText(b, '\n'));
      if (isBackspace(key)) return apply(key.meta ? deleteWordBackward(b) : deleteBackward(b));
      if (key.leftArrow) return apply(key.ctrl || key.meta ? wordLeft(b) : moveLeft(b));
      if (key.rightArrow) return apply(key.ctrl || key.meta ? wordRight(b) : moveRight(b));
      if (key.upArrow) return apply(moveVertical(b, width, -1));
      if (key.downArrow) return apply(moveVertical(b, width, 1));
      if (key.home) return apply(moveToRowEdge(b, width, 'start'));
      if (key.end) return apply(moveToRowEdge(b, width, 'end'));
      if (key.ctrl && input === 'u') return apply(deleteToLineStart(b));
      if (key.ctrl && input === 'w') return apply(deleteWordBackward(b));
      if (key.meta && input === 'b') return apply(wordLeft(b));
      if (key.meta && input === 'f') return apply(wordRight(b));
      // Ctrl+J arrives as '\n'; a paste as one string whose line breaks are '\r'.
      if (isTextInput(input, key)) apply(insertText(b, input));
    },
    { isActive: !disabled },
  );

  const b = view;
  const chars = Array.from(b.text);
  const rows = bufferRows(b, width);
  const cursorAt = cursorRow(rows, b.cursor);
  const overflow = rows.length > maxRows;
  const visible = overflow ? Math.max(1, maxRows - 1) : maxRows;
  // The window follows the cursor, kept from render to render (state adjusted while rendering).
  let first = top;
  if (cursorAt < first) first = cursorAt;
  if (cursorAt >= first + visible) first = cursorAt - visible + 1;
  first = Math.max(0, Math.min(first, rows.length - visible));
  if (first !== top) setTop(first);
  const shown = rows.slice(first, first + visible);
  const above = first;
  const below = rows.length - first - shown.length;

  if (b.text === '' && placeholder) {
    return (
      <Text dimColor wrap="truncate-end">
        {disabled ? '' : cursorStyle === 'bar' ? '▏' : <Text inverse> </Text>}
        {placeholder}
      </Text>
    );
  }

  return (
    <Box flexDirection="column">
      {shown.map((row, i) => {
        const index = first + i;
        const text = chars.slice(row.start, row.end).join('');
        if (disabled || index !== cursorAt) {
          return (
            <Text key={index} dimColor={disabled}>
              {text.trimEnd() || ' '}
            </Text>
          );
        }
        const at = b.cursor - row.start;
        const rowChars = Array.from(text);
        const before = rowChars.slice(0, at).join('');
        const under = rowChars[at];
        // Trailing spaces are invisible; dropping them keeps a row with the ▏ glyph within the width.
        const after = rowChars.slice(at + 1).join('').trimEnd();
        return (
          <Text key={index}>
            {before}
            {cursorStyle === 'bar' ? (under === undefined ? '▌' : `▏${under}`) : <Text inverse>{under ?? ' '}</Text>}
            {after}
          </Text>
        );
      })}
      {overflow ? (
        <Text dimColor>{moreLines(above, below)}</Text>
      ) : null}
    </Box>
  );
}

function moreLines(above: number, below: number): string {
  const parts = [above > 0 ? `↑ ${above}` : '', below > 0 ? `↓ ${below}` : ''].filter(Boolean);
  return t('common.editor.moreLines', { where: parts.join(' · '), count: above + below });
}
