// Sessions for the grader tests and the gold set, built as plain stored data (validated by the
// store's schema) rather than through the interview reducer, so they read like the transcript.
import { SessionSchema, type InterviewSetup, type Session, type Turn } from '../../src/store/schema.js';

export type Line =
  | { q: number; ask: string }
  | { q: number; followUp: string }
  | { q: number; answer: string }
  | { close: string };

const AT = '2026-11-24T17:05:00.000Z';

export function buildSession(setup: Partial<InterviewSetup> & Pick<InterviewSetup, 'type'>, lines: Line[], id = 'gold'): Session {
  const turns: Turn[] = lines.map((l) => {
    if ('ask' in l) return { role: 'interviewer', text: l.ask, at: AT, questionNumber: l.q };
    if ('followUp' in l) return { role: 'interviewer', text: l.followUp, at: AT, questionNumber: l.q, followUp: true };
    if ('answer' in l) return { role: 'candidate', text: l.answer, at: AT, questionNumber: l.q };
    return { role: 'interviewer', text: l.close, at: AT };
  });
  const asked = new Set(lines.flatMap((l) => ('ask' in l ? [l.q] : []))).size;
  return SessionSchema.parse({
    version: 1,
    id,
    createdAt: AT,
    updatedAt: AT,
    status: 'finished',
    setup: { role: 'Backend engineer', level: 'senior', modelName: 'grader', questionCount: asked, language: 'English', ...setup },
    modelLabel: 'Gold',
    turns,
  });
}

/** A grader reply in the asked-for shape: per question, per criterion [score, quote, why?]. */
export function reply(questions: Record<number, Record<string, [number, string] | [number, string, string]>>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    questions: Object.entries(questions).map(([n, criteria]) => ({
      questionNumber: Number(n),
      criteria: Object.fromEntries(Object.entries(criteria).map(([k, [score, quote, why]]) => [k, { score, quote, why: why ?? `why ${k}` }])),
      strengths: ['A specific point'],
      improvements: ['Another specific point'],
      betterAnswer: 'A sketch.',
    })),
    summary: 'Summary.',
    ...extra,
  });
}
