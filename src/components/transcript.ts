// How one chat message lays out in rows: a speaker gutter, the text wrapped beside it, and
// continuation rows indented under the text. Pure, so the committed (Static) copy of a reply wraps
// exactly like its live copy did.
//   Interviewer  Tell me about a time you had to push back
//                on a deadline.
import stringWidth from 'string-width';
import { sanitizeText, truncateToWidth, wrapText } from './text-layout.js';

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

export const SPEAKERS: Record<TranscriptEntry['role'], string> = { interviewer: 'Interviewer', candidate: 'You', note: '' };
export const GUTTER = 13;

export interface TranscriptRow {
  gutter: string;
  text: string;
  /** Dim text after `text` on the same row ("(cut)", meta, "▌"). */
  dim?: string;
}

/** The dim tail of an entry: "(cut)" and/or "(1m 52s · 214 words)". */
export function entrySuffix(entry: Pick<TranscriptEntry, 'cut' | 'meta'>): string {
  return [entry.cut ? '(cut)' : '', entry.meta ? `(${entry.meta})` : ''].filter(Boolean).join(' ');
}

/** Rows of an entry at `width` columns in all (gutter included). `tail` is appended dim. */
export function layoutEntry(entry: TranscriptEntry, width: number, tail = entrySuffix(entry)): TranscriptRow[] {
  const gutterWidth = entry.role === 'note' ? 0 : GUTTER;
  // One column stays free for the streaming cursor ▌, in the committed copy too, so a reply
  // wraps the same before and after it is committed.
  const room = Math.max(8, width - gutterWidth);
  const lines = wrapText(sanitizeText(entry.text).replace(/\s+$/, ''), room - 1);
  const blank = ' '.repeat(gutterWidth);
  const rows: TranscriptRow[] = lines.map((text, i) => ({
    gutter: i === 0 && !entry.continued ? SPEAKERS[entry.role].padEnd(gutterWidth) : blank,
    text,
  }));
  if (tail) {
    const last = rows[rows.length - 1] as TranscriptRow;
    const sep = last.text && !tail.startsWith('▌') ? ' ' : '';
    if (stringWidth(last.text) + stringWidth(sep + tail) <= room) last.dim = sep + tail;
    else rows.push({ gutter: blank, text: '', dim: truncateToWidth(tail, room) });
  }
  return rows;
}

/**
 * The last `maxRows` rows of an entry; when rows are dropped the first shown row says how many,
 * and keeps the speaker in the gutter so it is clear who is talking.
 */
export function clipToLastRows(rows: readonly TranscriptRow[], maxRows: number, speaker: string): TranscriptRow[] {
  if (rows.length <= maxRows) return [...rows];
  const keep = Math.max(1, maxRows - 1);
  const hidden = rows.length - keep;
  const gutter = speaker ? speaker.padEnd(GUTTER) : '';
  return [{ gutter, text: '', dim: `⋮ ${hidden} more line${hidden === 1 ? '' : 's'} above` }, ...rows.slice(-keep)];
}
