// What the chat has printed into the terminal (Ink <Static>), as an append-only list. <Static>
// prints items by position, so its list may only grow: a reply that Ctrl+R drops from the session
// stays on screen (it is in the scrollback), a dim note says it was asked again, and the new reply
// is printed after it — it must never take the old one's place and go unprinted.
//
// Interviewer replies are printed a paragraph at a time while they stream (only the unfinished
// paragraph stays live); a reply from history is cut the same way, so both look alike.
import { useRef } from 'react';
import { finishedParagraphs } from '../components/split.js';
import type { TranscriptEntry } from '../components/transcript.js';
import { formatDuration } from '../interview/export.js';
import type { Turn } from '../store/schema.js';

/** The printable parts of one turn. A streaming turn (`liveText` given) has only its finished paragraphs. */
export function turnParts(turn: Turn, liveText?: string): Omit<TranscriptEntry, 'id'>[] {
  const meta = turn.timing ? { meta: `${formatDuration(turn.timing.answeringMs)} · ${turn.timing.words} words` } : {};
  if (turn.role !== 'interviewer') return [{ role: turn.role, text: turn.text, ...(turn.cut ? { cut: true } : {}), ...meta }];
  const text = liveText ?? turn.text;
  const { paragraphs, rest } = finishedParagraphs(text);
  const parts: Omit<TranscriptEntry, 'id'>[] = paragraphs.map((p, k) => ({ role: 'interviewer', text: p, ...(k > 0 ? { continued: true } : {}) }));
  if (liveText === undefined) {
    parts.push({ role: 'interviewer', text: text.slice(rest), ...(parts.length ? { continued: true } : {}), ...(turn.cut ? { cut: true } : {}), ...meta });
  }
  return parts;
}

export const RETRIED_NOTE = '↻ Asked again: the reply above was dropped.';

/**
 * The list to give <MessageList>: same identity until something is added. `liveText` is the
 * shown text of the reply now streaming (the last turn), if any.
 */
export function useTranscriptLog(turns: readonly Turn[], liveText: string | undefined): TranscriptEntry[] {
  // Kept in a ref and brought up to date during render: it only ever appends, so rendering twice
  // appends nothing new the second time.
  // `seen`: the turn objects already laid out. Turns are replaced, never changed in place, so a turn
  // seen before has nothing new to print and is skipped (this runs on every keystroke).
  const log = useRef<{ items: TranscriptEntry[]; printed: number[]; seen: Turn[]; next: number }>({ items: [], printed: [], seen: [], next: 0 });
  const l = log.current;
  let items = l.items;
  const add = (part: Omit<TranscriptEntry, 'id'>): void => {
    items = [...items, { ...part, id: `t${l.next++}` }];
  };
  if (l.printed.length > turns.length) {
    const dropped = l.printed.slice(turns.length).some((n) => n > 0);
    l.printed.length = turns.length;
    l.seen.length = turns.length;
    if (dropped) add({ role: 'note', text: RETRIED_NOTE });
  }
  turns.forEach((turn, i) => {
    const streaming = turn.streaming === true && i === turns.length - 1;
    if (!streaming && l.seen[i] === turn) return;
    if (!streaming) l.seen[i] = turn;
    const parts = turnParts(turn, streaming ? (liveText ?? '') : undefined);
    const done = l.printed[i] ?? 0;
    for (const part of parts.slice(done)) add(part);
    l.printed[i] = Math.max(done, parts.length);
  });
  l.items = items;
  return items;
}
