// A classified error: what went wrong, what to do, where the details are. Never wider than the
// terminal less one column (an 80-column box in an 80-column terminal wraps its border on some
// terminals and wrecks the frame under it), at most 80 wide; every row is wrapped here, so its
// height is known before it is drawn (errorBoxHeight) and a screen can make room for it.
// The ✗ and the border carry the meaning when colour is off.
//   ╭──────────────────────────────────────────────╮
//   │ ✗ Model access not granted  (model-access-denied)
//   │ Fix: open the Bedrock console → Model access …
//   │ Details: mockview logs                        │
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ErrorClass } from '../models/provider-error.js';
import stringWidth from 'string-width';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { safeText } from '../terminal/safe-text.js';
import { wrapText } from './text-layout.js';

export interface ErrorBoxProps {
  title: string;
  /** What to do; several lines may be separated by '\n'. */
  fix?: string;
  errorClass?: ErrorClass;
  /** Where the full error is; default "Details: mockview logs". */
  logHint?: string;
  width?: number;
}

/** The box's width in a terminal of `columns`. */
export const errorBoxWidth = (columns: number, width?: number): number => Math.max(20, Math.min(width ?? columns, columns - 1, 80));

/** Rows of text inside the border. Error text may come from a server: it is made safe first. */
function errorBoxRows({ title, fix, errorClass, logHint }: ErrorBoxProps, boxWidth: number): { title: string[]; fix: string[]; hint: string[] } {
  const inner = boxWidth - 4; // border and padding
  const fixWidth = stringWidth(t('common.errorBox.fix'));
  const head = `✗ ${safeText(title, { oneLine: true })}${errorClass && errorClass !== 'unknown' ? `  (${errorClass})` : ''}`;
  return {
    title: wrapText(head, inner),
    // "Fix: " takes 5 columns ("解决办法：" 10); continuation rows line up under the text.
    fix: safeText(fix ?? '', { tabWidth: 2 })
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((line) => wrapText(line.trim(), inner - fixWidth)),
    hint: wrapText(safeText(logHint ?? t('common.errorBox.details', { command: 'mockview logs' }), { oneLine: true }), inner),
  };
}

/** How many rows the box takes (border included). */
export function errorBoxHeight(props: ErrorBoxProps & { columns?: number }): number {
  const r = errorBoxRows(props, errorBoxWidth(props.columns ?? props.width ?? 80, props.width));
  return 2 + r.title.length + r.fix.length + r.hint.length;
}

export function ErrorBox(props: ErrorBoxProps): ReactNode {
  useT();
  const fix = t('common.errorBox.fix');
  const { columns } = useTerminalSize();
  const boxWidth = errorBoxWidth(columns, props.width);
  const r = errorBoxRows(props, boxWidth);
  const classPart = props.errorClass && props.errorClass !== 'unknown' ? `  (${props.errorClass})` : '';
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1} width={boxWidth} flexShrink={0}>
      {r.title.map((row, i) => {
        // The class is dim; it sits at the end of the last title row when it fits there.
        const dim = i === r.title.length - 1 && classPart && row.endsWith(classPart.trim()) ? classPart : '';
        const main = dim ? row.slice(0, row.length - classPart.length) : row;
        return (
          <Text key={`t${i}`} color="red" bold wrap="truncate-end">
            {main}
            {dim ? <Text dimColor bold={false}>{dim}</Text> : null}
          </Text>
        );
      })}
      {r.fix.map((row, i) => (
        <Text key={`f${i}`} wrap="truncate-end">
          {i === 0 ? fix : ' '.repeat(stringWidth(fix))}
          {row}
        </Text>
      ))}
      {r.hint.map((row, i) => (
        <Text key={`h${i}`} dimColor wrap="truncate-end">
          {row}
        </Text>
      ))}
    </Box>
  );
}
