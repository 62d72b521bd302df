// The session regrouped by main question: the question, its follow-up, and what the candidate said.
// Grading, the checklist and the export all read it this way.
import type { Session, Turn } from '../store/schema.js';

export interface QuestionThread {
  questionNumber: number;
  /** The main question's text (empty if only a follow-up survived, which should not happen). */
  question: string;
  /** Every turn of this question in order: the question, answers, follow-up, answers. */
  turns: Turn[];
  answers: string[];
  /** The interviewer's private notes on this question (never displayed; for the grader). */
  notes: string[];
}

export function questionThreads(session: Session): QuestionThread[] {
  const byNumber = new Map<number, QuestionThread>();
  for (const turn of session.turns) {
    if (turn.questionNumber === undefined || turn.streaming) continue;
    let thread = byNumber.get(turn.questionNumber);
    if (!thread) {
      thread = { questionNumber: turn.questionNumber, question: '', turns: [], answers: [], notes: [] };
      byNumber.set(turn.questionNumber, thread);
    }
    thread.turns.push(turn);
    // The first main message is the question; a clarification repeating its number does not replace it.
    if (turn.role === 'interviewer' && !turn.followUp && !turn.continuation && !thread.question) thread.question = turn.text;
    if (turn.notes) thread.notes.push(turn.notes);
    if (turn.role === 'candidate') thread.answers.push(turn.text);
  }
  return [...byNumber.values()].sort((a, b) => a.questionNumber - b.questionNumber);
}

/** Only questions the candidate answered are graded or checked. */
export const answeredThreads = (session: Session): QuestionThread[] => questionThreads(session).filter((t) => t.answers.length > 0);
