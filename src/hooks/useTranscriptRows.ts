// The interview laid out in rows for the chat's viewport: one entry per turn (the interviewer's as
// Markdown), the reply now streaming last with the ▌ cursor. Finished turns are laid out once per
// width (turns are replaced, never changed in place), so a 500-turn session costs one array
// concatenation per frame, not a layout.
import { useMemo } from 'react';
import { lastSafeSplitPoint } from '../components/split.js';
import { GUTTER, layoutEntry, type TranscriptEntry, type TranscriptRow } from '../components/transcript.js';
import { flagLabels } from '../app/interview-driver.js';
import { formatDuration } from '../interview/export.js';
import { lengthLabel } from '../interview/words.js';
import type { Turn } from '../store/schema.js';

export interface ViewRow {
  row: TranscriptRow;
  role: TranscriptEntry['role'];
}

/** The entry shown for a finished turn. */
export function turnEntry(turn: Turn, id: string): TranscriptEntry {
  // A turn the app's rule checks flagged (it broke a rule even after one correction) says so.
  const flagged = turn.flags?.length ? `⚑ flagged: ${flagLabels(turn.flags).join('; ')}` : undefined;
  const timing = turn.timing ? `${formatDuration(turn.timing.answeringMs)} · ${lengthLabel(turn.text, turn.timing.words)}` : undefined;
  const text = [timing, flagged].filter(Boolean).join(' · ');
  const meta = text ? { meta: text } : {};
  return { id, role: turn.role, text: turn.text, ...(turn.cut ? { cut: true } : {}), ...meta };
}

const laidOut = new WeakMap<Turn, { width: number; rows: ViewRow[] }>();

export function turnRows(turn: Turn, width: number): ViewRow[] {
  const hit = laidOut.get(turn);
  if (hit && hit.width === width) return hit.rows;
  const entry = turnEntry(turn, 't');
  const rows = layoutEntry(entry, width).map((row) => ({ row, role: entry.role }));
  laidOut.set(turn, { width, rows });
  return rows;
}

const BLANK: ViewRow = { row: { gutter: '', text: '' }, role: 'interviewer' };
/** The blank row between two paragraphs, as a whole layout of them has it. */
const PARAGRAPH_GAP: ViewRow = { row: { gutter: ' '.repeat(GUTTER), text: '' }, role: 'interviewer' };
const finished = { width: 0, head: '', rows: [] as ViewRow[] };

/**
 * Rows of the reply now streaming: its shown text so far and the cursor. The finished paragraphs
 * (up to the last blank line outside a code fence) are laid out once and kept, each new run of
 * them laid out on its own and added below (a safe split point is a paragraph break outside a
 * fence, so they lay out as they would in one piece); only the paragraph still arriving is laid
 * out again on each batch, so a long reply costs the same per batch at its end as at its start.
 */
export function liveRows(text: string, width: number): ViewRow[] {
  const cut = lastSafeSplitPoint(text);
  const head = text.slice(0, cut);
  const tail = text.slice(cut);
  if (finished.width !== width || head !== finished.head) {
    const grows = finished.width === width && finished.head !== '' && head.startsWith(finished.head) && finished.rows.length > 0;
    const added = grows ? head.slice(finished.head.length) : head;
    const rows = added.trim() ? layoutEntry({ id: 'live', role: 'interviewer', text: added, continued: grows }, width, '').map((row) => ({ row, role: 'interviewer' as const })) : [];
    finished.rows = grows ? (rows.length ? [...finished.rows, PARAGRAPH_GAP, ...rows] : finished.rows) : rows;
    finished.width = width;
    finished.head = head;
  }
  const rest = layoutEntry({ id: 'live', role: 'interviewer', text: tail, continued: finished.rows.length > 0 }, width, '▌').map((row) => ({ row, role: 'interviewer' as const }));
  if (!finished.rows.length) return rest;
  return [...finished.rows, BLANK, ...rest];
}

/**
 * Every row of the transcript at `width`. `liveText` is the shown text of the last turn while it
 * streams (that turn is then drawn from it instead of from the stored turn).
 */
export function useTranscriptRows(turns: readonly Turn[], liveText: string | undefined, width: number): ViewRow[] {
  const streaming = liveText !== undefined && turns.at(-1)?.streaming === true;
  const done = streaming ? turns.slice(0, -1) : turns;
  // Keyed on the turn objects: while a reply streams only the last turn changes.
  const doneKey = done.length ? done[done.length - 1] : undefined;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `done` is a fresh slice each render; its length and last turn say when it changed
  const committed = useMemo(() => done.flatMap((t) => turnRows(t, width)), [done.length, doneKey, width]);
  return useMemo(() => (streaming ? [...committed, ...liveRows(liveText ?? '', width)] : committed), [committed, streaming, liveText, width]);
}
