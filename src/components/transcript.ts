// How one chat message lays out in rows: a speaker gutter, the text wrapped beside it, and
// continuation rows indented under the text. The interviewer's words are Markdown (markdown.ts);
// the candidate's are shown as typed. Pure, so a reply wraps the same while it streams and after.
//   Interviewer  Tell me about a time you had to push back
//                on a deadline.
import stringWidth from 'string-width';
import { safeText } from '../terminal/safe-text.js';
import { markdownRows, type Span } from './markdown.js';
import { padToWidth, truncateToWidth, wrapText } from './text-layout.js';
import { t } from '../i18n/index.js';

export interface TranscriptEntry {
  /** Stable id: the React key of the printed item. */
  id: string;
  role: 'interviewer' | 'candidate' | 'note';
  text: string;
  /** The reply was cut off (cancelled or failed mid-stream): shown as a dim "(cut)". */
  cut?: boolean;
  /** A dim remark after the text, e.g. "1m 52s · 214 words". */
  meta?: string;
  /** A later part of the previous message (its earlier paragraphs were committed): no speaker. */
  continued?: boolean;
}

/** The name in the gutter, in the interface language. */
export function speakerName(role: TranscriptEntry['role']): string {
  return role === 'interviewer' ? t('common.transcript.interviewer') : role === 'candidate' ? t('common.transcript.you') : '';
}
export const GUTTER = 13;

export interface TranscriptRow {
  gutter: string;
  /** The row's text, plain. */
  text: string;
  /** The same text with Markdown styles, when it has any. */
  spans?: Span[];
  /** Dim text after `text` on the same row ("(cut)", meta). */
  dim?: string;
  /** The streaming cursor ▌ after the text, drawn plain: it moves on every batch, and styling it would cost bytes each time. */
  cursor?: boolean;
}

/** The dim tail of an entry: "(cut)" and/or "(1m 52s · 214 words)". */
export function entrySuffix(entry: Pick<TranscriptEntry, 'cut' | 'meta'>): string {
  return [entry.cut ? t('common.transcript.cut') : '', entry.meta ? `(${entry.meta})` : ''].filter(Boolean).join(' ');
}

/** Rows of an entry at `width` columns in all (gutter included). `tail` is appended dim. */
export function layoutEntry(entry: TranscriptEntry, width: number, tail = entrySuffix(entry)): TranscriptRow[] {
  const gutterWidth = entry.role === 'note' ? 0 : GUTTER;
  // One column stays free for the streaming cursor ▌, in the committed copy too, so a reply
  // wraps the same before and after it is committed.
  const room = Math.max(8, width - gutterWidth);
  // Text our code did not write (the model's, the store's) is made safe before it is laid out.
  const clean = safeText(entry.text, { tabWidth: 4 }).replace(/\s+$/, '');
  const lines: { text: string; spans?: Span[] }[] =
    entry.role === 'interviewer' ? markdownRows(clean, room - 1) : wrapText(clean, room - 1).map((text) => ({ text }));
  if (!lines.length) lines.push({ text: '' });
  const blank = ' '.repeat(gutterWidth);
  const rows: TranscriptRow[] = lines.map((line, i) => ({
    gutter: i === 0 && !entry.continued ? padToWidth(speakerName(entry.role), gutterWidth) : blank,
    text: line.text,
    ...(line.spans && line.spans.some((sp) => sp.bold || sp.italic || sp.code || sp.dim || sp.heading || sp.strike) ? { spans: line.spans } : {}),
  }));
  if (tail === '▌') {
    const last = rows[rows.length - 1] as TranscriptRow;
    if (stringWidth(last.text) + 1 <= room) last.cursor = true;
    else rows.push({ gutter: blank, text: '', cursor: true });
  } else if (tail) {
    const last = rows[rows.length - 1] as TranscriptRow;
    const sep = last.text && !tail.startsWith('▌') ? ' ' : '';
    if (stringWidth(last.text) + stringWidth(sep + tail) <= room) last.dim = sep + tail;
    else rows.push({ gutter: blank, text: '', dim: truncateToWidth(tail, room) });
  }
  return rows;
}
