// Where a reply goes in the plan, from its marker and what the app asked for (the directive). The
// current number repeated is a continuation/clarification; a reply it cannot place is 'unplaced' and the
// driver asks the model once to re-mark it — it never guesses.
import type { TurnDirective } from '../providers/types.js';
import type { InterviewerReply } from './reply.js';

export type Placement =
  | { kind: 'main'; number: number }
  | { kind: 'follow-up'; number: number }
  | { kind: 'continuation'; number: number }
  | { kind: 'close' }
  | { kind: 'farewell' }
  | { kind: 'unplaced'; why: string };

export function placeReply(reply: InterviewerReply, d: TurnDirective): Placement {
  const current = d.current?.number;
  const n = reply.questionNumber;
  // Only notes or a bare marker: nothing the candidate could read.
  if (!reply.text.trim()) return { kind: 'unplaced', why: 'it has no text for the candidate' };
  if (d.kind === 'farewell') return { kind: 'farewell' };
  if (d.kind === 'close') {
    if (reply.marker === 'end') return { kind: 'farewell' };
    if (reply.marker === 'question' && n === current && current !== undefined) return { kind: 'continuation', number: current };
    // The app ends at the planned count itself: whatever else comes is the close.
    return { kind: 'close' };
  }
  switch (reply.marker) {
    case 'question':
      if (n !== undefined && d.next && n === d.next.number) return { kind: 'main', number: n };
      if (n !== undefined && current !== undefined && n === current) return { kind: 'continuation', number: current };
      // Past the planned count: kept as the close (the rule checker flags it).
      if (n !== undefined && n > d.total) return d.closeInstead ? { kind: 'close' } : { kind: 'unplaced', why: `it is numbered ${n}, but the interview has ${d.total} main questions` };
      return { kind: 'unplaced', why: `it is numbered ${n ?? '?'}, but the next main question is ${d.next ? `[Q${d.next.number}]` : 'not due'}` };
    case 'follow-up':
      return current !== undefined ? { kind: 'follow-up', number: current } : { kind: 'unplaced', why: 'it is marked as a follow-up, but no question has been asked yet' };
    case 'close':
    case 'end':
      if (d.closeInstead) return { kind: 'close' };
      // An early end: placed as the close so the rule checker can flag it; never ends the interview by itself.
      return reply.marker === 'end' ? { kind: 'farewell' } : { kind: 'close' };
    default:
      return { kind: 'unplaced', why: 'it starts with no marker' };
  }
}

/** After the one re-mark request failed: the only placement the plan allows, else a continuation (flagged 'unmarked'). */
export type KnownPlacement = Exclude<Placement, { kind: 'unplaced' }>;

export function fallbackPlacement(d: TurnDirective): KnownPlacement {
  if (d.kind === 'farewell') return { kind: 'farewell' };
  if (d.kind === 'close') return { kind: 'close' };
  if (d.current === undefined && d.next) return { kind: 'main', number: d.next.number };
  if (d.current !== undefined) return { kind: 'continuation', number: d.current.number };
  return { kind: 'close' };
}

/** The marker the model should have used, for the re-mark request. */
export function expectedMarkers(d: TurnDirective): string {
  if (d.kind === 'farewell') return '[End]';
  if (d.kind === 'close') return '[Close]';
  const options: string[] = [];
  if (d.next) options.push(`[Q${d.next.number}] for main question ${d.next.number}`);
  if (d.followUp) options.push('[Follow-up] for a follow-up');
  if (d.current) options.push(`[Q${d.current.number}] again for a clarification of the current question`);
  if (d.closeInstead) options.push('[Close] for the close');
  return options.join(', or ');
}
