// Progress per interview type: graded scores, oldest to newest, as a row of block characters on a
// fixed 0–100 scale (so the same height always means the same score), e.g. "behavioural ▃▅▆ 48→71".
import type { InterviewType, SessionSummary } from '../store/schema.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

export function sparkline(scores: readonly number[]): string {
  return scores.map((s) => BLOCKS[Math.max(0, Math.min(7, Math.floor((Math.max(0, Math.min(100, s)) / 100) * 8 - 1e-9)))] ?? '▁').join('');
}

export interface TypeProgress {
  type: InterviewType;
  scores: number[];
  line: string;
}

/** One entry per interview type with at least one graded session; at most `max` latest scores each. */
export function progressByType(summaries: readonly SessionSummary[], max = 12): TypeProgress[] {
  const byType = new Map<InterviewType, { at: string; score: number }[]>();
  for (const s of summaries) {
    if (s.score === undefined) continue;
    const list = byType.get(s.type) ?? [];
    list.push({ at: s.createdAt, score: Math.round(s.score) });
    byType.set(s.type, list);
  }
  return [...byType.entries()].map(([type, list]) => {
    const scores = list.sort((a, b) => a.at.localeCompare(b.at)).map((x) => x.score).slice(-max);
    const range = scores.length > 1 ? `${scores[0]}→${scores[scores.length - 1]}` : `${scores[0]}`;
    return { type, scores, line: `${type} ${sparkline(scores)} ${range}` };
  });
}
